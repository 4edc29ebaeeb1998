//! `toancanh` — the command-line face of the analyzer.
//!
//! Exit codes: 0 success, 2 bad input (missing file, a directory, invalid
//! UTF-8, a bad flag), 1 an internal error. It never panics on input.

mod batch;
mod input;
mod values_cmd;

use std::io::Write;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use toancanh_core::{analyze, export, CivilDate, Options};

use crate::input::{read_input, InputError};

#[derive(Parser)]
#[command(
    name = "toancanh",
    version,
    about = "Đọc văn bản hành chính, nghị quyết, kết luận và tin hội nghị: chỉ tiêu, cuộc họp, nhiệm vụ, văn bản dẫn chiếu, nhân sự."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyze one text (a file, or "-" / nothing for standard input).
    Analyze {
        file: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Indent the JSON.
        #[arg(long)]
        pretty: bool,
        /// Date that relative expressions ("hôm qua") count from, YYYY-MM-DD.
        #[arg(long, value_parser = parse_date)]
        ref_date: Option<CivilDate>,
    },
    /// Analyze many files and directories (recursively), one JSON line per file.
    Batch {
        #[arg(required = true)]
        paths: Vec<String>,
        #[arg(long)]
        out: String,
        #[arg(long, value_parser = parse_date)]
        ref_date: Option<CivilDate>,
    },
    /// List every value (number, money, percent, date, period …) found in TEXT, as JSON.
    Values {
        /// The text; it may start with "-" ("-1,2M").
        #[arg(allow_hyphen_values = true)]
        text: String,
        #[arg(long, value_parser = parse_date)]
        ref_date: Option<CivilDate>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Csv,
    Md,
}

fn parse_date(s: &str) -> Result<CivilDate, String> {
    CivilDate::parse_iso(s).ok_or_else(|| format!("'{s}' is not a date of the form YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    // An internal error must not look like a crash with a backtrace.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("toancanh: internal error: {info}");
    }));
    match std::panic::catch_unwind(|| run(cli)) {
        Ok(code) => code,
        Err(_) => ExitCode::from(1),
    }
}

fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Analyze {
            file,
            format,
            pretty,
            ref_date,
        } => {
            let text = match read_input(file.as_deref().unwrap_or("-")) {
                Ok(t) => t,
                Err(e) => return fail(&e),
            };
            let analysis = analyze(text.as_str(), &Options { ref_date });
            let out = match format {
                Format::Json if pretty => serde_json::to_string_pretty(&analysis),
                Format::Json => serde_json::to_string(&analysis),
                Format::Csv => Ok(export::indicators_csv(&analysis, Some(text.as_str()))),
                Format::Md => Ok(export::markdown_report(&analysis)),
            };
            match out {
                Ok(s) => print_out(&s),
                Err(e) => {
                    eprintln!("toancanh: internal error: {e}");
                    ExitCode::from(1)
                }
            }
        }
        Command::Batch {
            paths,
            out,
            ref_date,
        } => batch::run(&paths, &out, Options { ref_date }),
        Command::Values { text, ref_date } => print_out(&values_cmd::run(&text, ref_date)),
    }
}

fn print_out(s: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error worth a message.
    let _ = writeln!(stdout, "{s}");
    ExitCode::SUCCESS
}

fn fail(e: &InputError) -> ExitCode {
    eprintln!("toancanh: {e}");
    ExitCode::from(2)
}
