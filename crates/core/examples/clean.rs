//! Prints the clean text the extractors read, one paragraph per line:
//! `cargo run -p toancanh-core --example clean -- FILE`.
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: clean FILE");
        std::process::exit(2);
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => print!("{}", toancanh_core::text::Prepared::new(&text).text),
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    }
}
