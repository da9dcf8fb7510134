//! `hw/rtl_files.f`: the one list of synthesizable SystemVerilog sources.
//!
//! Format (a Verilator `-f` file, so `verilator -f hw/rtl_files.f` works as is from the
//! workspace root): one path per line, relative to the workspace root, in compile order;
//! `//` starts a comment; a comment line `// top: <module>` names a top-level module (lint and
//! synthesis run once per top); `// sim-top: <module>` names a simulation-only top (the
//! co-simulation harnesses under `hw/sim/`: linted and verilated by `cosim`, not synthesized). Options (`-...`, `+...`) and `/* */` comments are not allowed,
//! so that every reader can parse it with these few rules. Every `*.sv` file under `regmaps/`
//! and `hw/` must be listed (checked by [`FileList::load`]), apart from the formal wrappers
//! under `hw/formal/`, which only `cargo xtask formal` reads (Yosys `-formal`).

use std::fs;
use std::path::{Path, PathBuf};

use std::fmt;

/// What is wrong with the list (one message, possibly several lines).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(pub String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// Result of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

macro_rules! bail {
    ($($arg:tt)*) => {
        return Err(Error(format!($($arg)*)))
    };
}

trait Context<T> {
    fn context<S: Into<String>>(self, what: impl FnOnce() -> S) -> Result<T>;
}

impl<T, E: fmt::Display> Context<T> for std::result::Result<T, E> {
    fn context<S: Into<String>>(self, what: impl FnOnce() -> S) -> Result<T> {
        self.map_err(|e| Error(format!("{}: {e}", what().into())))
    }
}

/// Path of the list, relative to the workspace root.
pub const FILE_LIST: &str = "hw/rtl_files.f";

/// Folders whose `*.sv` files must all appear in the list.
const SOURCE_DIRS: [&str; 2] = ["regmaps", "hw"];
/// Formal wrappers (`cargo xtask formal`): not RTL, never in the list.
const FORMAL_DIR: &str = "hw/formal";

#[derive(Clone, Debug, Default)]
pub struct FileList {
    /// Sources in compile order, relative to the workspace root.
    pub files: Vec<PathBuf>,
    /// Top-level modules (`// top: <module>`), in the order written.
    pub tops: Vec<String>,
    /// Simulation-only tops (`// sim-top: <module>`), in the order written.
    pub sim_tops: Vec<String>,
}

impl FileList {
    /// Read and check `<root>/hw/rtl_files.f`: syntax, duplicates, missing files, and
    /// `*.sv` files under `regmaps/` or `hw/` that the list forgets.
    pub fn load(root: &Path) -> Result<FileList> {
        let path = root.join(FILE_LIST);
        let text = fs::read_to_string(&path).context(|| format!("cannot read {FILE_LIST}"))?;
        let list = parse(&text)?;

        let mut problems = Vec::new();
        for (i, f) in list.files.iter().enumerate() {
            if list.files[..i].contains(f) {
                problems.push(format!("{FILE_LIST}: {} is listed twice", f.display()));
            }
            if !root.join(f).is_file() {
                let hint =
                    if f.starts_with("hw/gen") { " (run `cargo xtask codegen`)" } else { "" };
                problems.push(format!("{FILE_LIST}: {} does not exist{hint}", f.display()));
            }
        }
        for dir in SOURCE_DIRS {
            for f in sv_files(root, Path::new(dir))? {
                if !list.files.contains(&f) {
                    problems.push(format!(
                        "{} is not listed in {FILE_LIST} \
                         (every *.sv under regmaps/ and hw/ must be)",
                        f.display()
                    ));
                }
            }
        }
        if !problems.is_empty() {
            bail!("{}", problems.join("\n"));
        }
        Ok(list)
    }

    /// The listed files under `regmaps/` (the register-map packages).
    pub fn packages(&self) -> impl Iterator<Item = &PathBuf> {
        self.files.iter().filter(|f| f.starts_with("regmaps"))
    }

    /// The files as one space-separated string, for Yosys `read_verilog -sv`.
    pub fn joined(&self) -> String {
        self.files.iter().map(|f| f.display().to_string()).collect::<Vec<_>>().join(" ")
    }
}

/// Parse the text of a file list (see the module documentation for the format).
pub fn parse(text: &str) -> Result<FileList> {
    let mut list = FileList::default();
    for (n, line) in text.lines().enumerate() {
        let n = n + 1;
        let (code, comment) = match line.find("//") {
            Some(i) => (&line[..i], Some(&line[i + 2..])),
            None => (line, None),
        };
        let tagged = comment.map(str::trim).and_then(|c| {
            c.strip_prefix("top:")
                .map(|rest| ("top", rest))
                .or_else(|| c.strip_prefix("sim-top:").map(|rest| ("sim-top", rest)))
        });
        if let Some((tag, rest)) = tagged {
            if !code.trim().is_empty() {
                bail!("{FILE_LIST}:{n}: `// {tag}:` must be on a line of its own");
            }
            let names: Vec<&str> = rest.split([',', ' ', '\t']).filter(|s| !s.is_empty()).collect();
            if names.is_empty() {
                bail!("{FILE_LIST}:{n}: `// {tag}:` without a module name");
            }
            for name in names {
                if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    bail!("{FILE_LIST}:{n}: {name:?} is not a module name");
                }
                if list.tops.iter().chain(&list.sim_tops).any(|t| t == name) {
                    bail!("{FILE_LIST}:{n}: {name} is named as a top twice");
                }
                let tops = if tag == "top" { &mut list.tops } else { &mut list.sim_tops };
                tops.push(name.to_string());
            }
            continue;
        }
        for word in code.split_whitespace() {
            if word.starts_with(['-', '+']) || word.starts_with("/*") {
                bail!("{FILE_LIST}:{n}: {word:?}: only paths and `//` comments are allowed here");
            }
            if Path::new(word).is_absolute() || word.split('/').any(|c| c == "..") {
                bail!("{FILE_LIST}:{n}: {word:?}: paths are relative to the workspace root");
            }
            list.files.push(PathBuf::from(word));
        }
    }
    Ok(list)
}

/// `*.sv` files under `root/dir`, recursively, relative to `root`, sorted.
fn sv_files(root: &Path, dir: &Path) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(rel) = pending.pop() {
        let abs = root.join(&rel);
        let Ok(entries) = fs::read_dir(&abs) else { continue };
        for entry in entries {
            let entry = entry.context(|| format!("cannot list {}", abs.display()))?;
            let kind =
                entry.file_type().context(|| format!("cannot stat {}", entry.path().display()))?;
            let child = rel.join(entry.file_name());
            if kind.is_dir() {
                if child != Path::new(FORMAL_DIR) {
                    pending.push(child);
                }
            } else if child.extension().is_some_and(|e| e == "sv") {
                found.push(child);
            }
        }
    }
    found.sort();
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_paths_tops_and_comments() {
        let list = parse(
            "// header\n// top: a_top\n//top: b_top, c_top\n\n\
             regmaps/x_pkg.sv  // why\n  hw/gen/y.sv\n",
        )
        .unwrap();
        assert_eq!(list.tops, ["a_top", "b_top", "c_top"]);
        assert!(list.sim_tops.is_empty());
        assert_eq!(list.files, [PathBuf::from("regmaps/x_pkg.sv"), PathBuf::from("hw/gen/y.sv")]);
    }

    #[test]
    fn sim_tops_are_kept_apart() {
        let list = parse("// top: a\n// sim-top: h1 h2\nx.sv\n").unwrap();
        assert_eq!(list.tops, ["a"]);
        assert_eq!(list.sim_tops, ["h1", "h2"]);
    }

    #[test]
    fn rejects_options_and_escapes() {
        for bad in [
            "-Wall\n",
            "+incdir+hw\n",
            "/* c */ a.sv\n",
            "../a.sv\n",
            "/abs/a.sv\n",
            "// top:\n",
            "// sim-top:\n",
            "// top: a\n// sim-top: a\n",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
    }
}
