//! Copies the lexicon data files (`src/lexicon/data/*`) into `OUT_DIR`
//! without their comment and blank lines, so the comments documenting the
//! data do not end up in the binary (the page's wasm). The lines kept are
//! byte for byte the ones `lexicon::fold::data_lines` yields: a line whose
//! trimmed form is empty or starts with `#` is dropped, and only such lines
//! (a `#` inside a data line is data).

use std::{env, fs, path::Path};

fn main() {
    let src = Path::new("src/lexicon/data");
    let out = Path::new(&env::var_os("OUT_DIR").expect("OUT_DIR")).join("lexicon");
    fs::create_dir_all(&out).expect("create OUT_DIR/lexicon");
    println!("cargo:rerun-if-changed=src/lexicon/data");
    let mut entries: Vec<_> = fs::read_dir(src)
        .expect("read src/lexicon/data")
        .map(|e| e.expect("dir entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if !path.is_file() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("lexicon data is UTF-8");
        let mut kept = String::with_capacity(text.len());
        for line in text.lines() {
            let line = line.trim_end_matches('\r');
            let t = line.trim();
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            kept.push_str(line);
            kept.push('\n');
        }
        let name = path.file_name().expect("file name");
        let dest = out.join(name);
        // rewrite only on change, so dependants are not rebuilt needlessly
        if fs::read_to_string(&dest).ok().as_deref() != Some(kept.as_str()) {
            fs::write(&dest, kept).expect("write stripped lexicon");
        }
    }
}
