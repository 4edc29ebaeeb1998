//! Reading a text: from a file or standard input, as UTF-8, with errors a
//! person can act on.

use std::fmt;
use std::io::Read;
use std::path::Path;

#[derive(Debug)]
pub enum InputError {
    Missing(String),
    Directory(String),
    NotUtf8 {
        source: String,
        byte: usize,
    },
    Io {
        source: String,
        error: std::io::Error,
    },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Missing(p) => write!(f, "{p}: no such file"),
            InputError::Directory(p) => write!(f, "{p}: is a directory, expected a text file (use `toancanh batch` for directories)"),
            InputError::NotUtf8 { source, byte } => write!(
                f,
                "{source}: not valid UTF-8 text (invalid byte at offset {byte}); convert it to UTF-8 first, e.g. `iconv -f WINDOWS-1258 -t UTF-8`"
            ),
            InputError::Io { source, error } => write!(f, "{source}: {error}"),
        }
    }
}

/// A text read as bytes and found to be UTF-8.
pub struct Text(Vec<u8>);

impl Text {
    pub fn as_str(&self) -> &str {
        // Checked in `decode` and never changed since: this cannot fail.
        // (The check is SIMD: a millisecond or two for 16 MB.)
        simdutf8::basic::from_utf8(&self.0).unwrap_or_default()
    }
}

/// Reads `path` ("-" is standard input) as UTF-8.
pub fn read_input(path: &str) -> Result<Text, InputError> {
    let (name, bytes) = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|error| InputError::Io {
                source: "<stdin>".into(),
                error,
            })?;
        ("<stdin>".to_string(), buf)
    } else {
        (path.to_string(), read_file(Path::new(path))?)
    };
    decode(&name, bytes)
}

pub fn read_file(path: &Path) -> Result<Vec<u8>, InputError> {
    let name = path.display().to_string();
    if path.is_dir() {
        return Err(InputError::Directory(name));
    }
    std::fs::read(path).map_err(|error| match error.kind() {
        std::io::ErrorKind::NotFound => InputError::Missing(name),
        _ => InputError::Io {
            source: name,
            error,
        },
    })
}

/// `bytes` as a text, or where they stop being UTF-8.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<Text, InputError> {
    match simdutf8::compat::from_utf8(&bytes) {
        Ok(_) => Ok(Text(bytes)),
        Err(e) => Err(InputError::NotUtf8 {
            source: name.to_string(),
            byte: e.valid_up_to(),
        }),
    }
}
