//! Bring the generated files on disk in line with the register maps (or check that they are).
//!
//! One run = [`crate::load`] + [`crate::generate`], then a comparison of every [`Output`] with
//! the file under the workspace root. In [`Mode::Write`] only files whose bytes differ are
//! written (unchanged files keep their mtime, so builds that depend on them do not rerun) and
//! stale `*.rs` / `*.sv` / `*.svd` / `*.md` files in [`GENERATED_DIRS`] that the run did not
//! produce are deleted. In [`Mode::Check`] nothing is written; the [`Summary`] lists what
//! would change. Both the `codegen` binary and `cargo xtask codegen` call [`sync`].

use std::collections::BTreeSet;
use std::fmt;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, Instant};

use crate::{Error, Output, GENERATED_DIRS};

/// Extensions of the files that codegen owns inside [`GENERATED_DIRS`]; anything else there
/// (a `.gitkeep`, an editor's swap file) is left alone.
pub const GENERATED_EXTENSIONS: [&str; 4] = ["rs", "sv", "svd", "md"];

/// Last line printed when a check finds differences.
pub const OUT_OF_DATE: &str =
    "generated files are out of date; regenerate with: cargo xtask codegen";

/// Write the outputs, or only compare them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Write,
    Check,
}

/// What happens (or would happen) to one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChangeKind {
    /// The run produces a file that does not exist yet.
    Create,
    /// The file exists with other contents.
    Change,
    /// A stale file in a generated folder that the run does not produce.
    Delete,
}

impl ChangeKind {
    fn verb(self, mode: Mode) -> &'static str {
        match (self, mode) {
            (ChangeKind::Create, Mode::Check) => "create",
            (ChangeKind::Change, Mode::Check) => "change",
            (ChangeKind::Delete, Mode::Check) => "delete",
            (ChangeKind::Create, Mode::Write) => "created",
            (ChangeKind::Change, Mode::Write) => "changed",
            (ChangeKind::Delete, Mode::Write) => "deleted",
        }
    }
}

/// One file that differs; `path` is relative to the workspace root, with `/` separators.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    pub path: PathBuf,
    pub kind: ChangeKind,
}

/// Result of a run.
#[derive(Clone, Debug)]
pub struct Summary {
    pub mode: Mode,
    /// Packages read from the regmaps folder.
    pub packages: usize,
    /// Files the run produces.
    pub files: usize,
    /// Files created, changed or deleted (written) or that would be (checked), by path.
    pub changes: Vec<Change>,
    pub elapsed: Duration,
}

impl Summary {
    /// True when the files on disk are (now) what the register maps give.
    pub fn up_to_date(&self) -> bool {
        self.changes.is_empty()
    }

    /// One line per changed file: `  created hw/gen/x.sv` / `  change driver/src/regs/y.rs`.
    pub fn change_lines(&self) -> Vec<String> {
        self.changes
            .iter()
            .map(|c| format!("  {:<7} {}", c.kind.verb(self.mode), c.path.display()))
            .collect()
    }
}

impl fmt::Display for Summary {
    /// `codegen: 5 packages, 17 files, 0 changed (0.21 s)`, or with `--check`
    /// `codegen --check: 5 packages, 17 files, 2 out of date (0.21 s)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (what, label) = match self.mode {
            Mode::Write => ("codegen", "changed"),
            Mode::Check => ("codegen --check", "out of date"),
        };
        write!(
            f,
            "{what}: {} package{}, {} file{}, {} {label} ({:.2} s)",
            self.packages,
            plural(self.packages),
            self.files,
            plural(self.files),
            self.changes.len(),
            self.elapsed.as_secs_f64()
        )
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Load `regmaps`, generate, and write the outputs under `root` (or compare, see [`Mode`]).
///
/// Paths in diagnostics are `regmaps` joined with the file name, so pass a path relative to
/// the current directory (e.g. `regmaps`) to get `regmaps/x.sv:12: error[...]` messages.
pub fn sync(regmaps: &Path, root: &Path, mode: Mode) -> Result<Summary, Error> {
    let start = Instant::now();
    let maps = crate::load(regmaps)?;
    let outputs = crate::generate(&maps)?;
    let changes = plan(root, &outputs)?;
    if mode == Mode::Write {
        apply(root, &outputs, &changes)?;
    }
    Ok(Summary {
        mode,
        packages: maps.packages.len(),
        files: outputs.len(),
        changes,
        elapsed: start.elapsed(),
    })
}

/// Compare `outputs` with the files under `root`: what must be created, changed or deleted.
pub fn plan(root: &Path, outputs: &[Output]) -> Result<Vec<Change>, Error> {
    let mut produced = BTreeSet::new();
    let mut changes = Vec::new();
    for out in outputs {
        check_output_path(&out.path)?;
        if !produced.insert(out.path.clone()) {
            return Err(io_error(&out.path, "generated twice in one run"));
        }
        let file = root.join(&out.path);
        match fs::read(&file) {
            Ok(bytes) if bytes == out.contents.as_bytes() => {}
            Ok(_) => changes.push(Change { path: out.path.clone(), kind: ChangeKind::Change }),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                changes.push(Change { path: out.path.clone(), kind: ChangeKind::Create })
            }
            Err(source) => return Err(Error::Io { path: file, source }),
        }
    }
    for dir in GENERATED_DIRS {
        for path in generated_files(root, Path::new(dir))? {
            if !produced.contains(&path) {
                changes.push(Change { path, kind: ChangeKind::Delete });
            }
        }
    }
    changes.sort();
    Ok(changes)
}

/// Carry out `changes` (from [`plan`]); removes folders that deleting stale files emptied.
pub fn apply(root: &Path, outputs: &[Output], changes: &[Change]) -> Result<(), Error> {
    for change in changes {
        let file = root.join(&change.path);
        match change.kind {
            ChangeKind::Create | ChangeKind::Change => {
                let Some(out) = outputs.iter().find(|o| o.path == change.path) else {
                    return Err(io_error(&change.path, "change planned for a file not generated"));
                };
                if let Some(parent) = file.parent() {
                    fs::create_dir_all(parent)
                        .map_err(|source| Error::Io { path: parent.to_path_buf(), source })?;
                }
                fs::write(&file, out.contents.as_bytes())
                    .map_err(|source| Error::Io { path: file.clone(), source })?;
            }
            ChangeKind::Delete => {
                fs::remove_file(&file)
                    .map_err(|source| Error::Io { path: file.clone(), source })?;
                remove_empty_parents(root, &change.path);
            }
        }
    }
    Ok(())
}

/// Outputs must be relative, stay inside the root and lie in one of [`GENERATED_DIRS`]
/// (otherwise a file that stops being generated would never be found stale).
fn check_output_path(path: &Path) -> Result<(), Error> {
    if !path.components().all(|c| matches!(c, Component::Normal(_))) {
        return Err(io_error(path, "generated path must be relative to the workspace root"));
    }
    if !GENERATED_DIRS.iter().any(|dir| path.starts_with(dir)) {
        return Err(io_error(
            path,
            &format!("generated path lies outside the generated folders {GENERATED_DIRS:?}"),
        ));
    }
    Ok(())
}

/// Every file with a generated extension under `root/dir`, recursively, as paths relative
/// to `root`. Symbolic links are not followed.
fn generated_files(root: &Path, dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(rel) = pending.pop() {
        let abs = root.join(&rel);
        let entries = match fs::read_dir(&abs) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(source) => return Err(Error::Io { path: abs, source }),
        };
        for entry in entries {
            let entry = entry.map_err(|source| Error::Io { path: abs.clone(), source })?;
            let kind =
                entry.file_type().map_err(|source| Error::Io { path: entry.path(), source })?;
            let child = rel.join(entry.file_name());
            if kind.is_dir() {
                pending.push(child);
            } else if kind.is_file() && has_generated_extension(&child) {
                found.push(child);
            }
        }
    }
    found.sort();
    Ok(found)
}

fn has_generated_extension(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| GENERATED_EXTENSIONS.contains(&e))
}

/// Remove the folders above a deleted file that are now empty, up to (not including) the
/// generated folder itself.
fn remove_empty_parents(root: &Path, deleted: &Path) {
    let Some(top) = GENERATED_DIRS.iter().find(|d| deleted.starts_with(d)) else { return };
    let mut dir = deleted.parent();
    while let Some(d) = dir {
        if d == Path::new(top) || !d.starts_with(top) {
            break;
        }
        // Fails (and stops) when the folder still holds something: exactly what we want.
        if fs::remove_dir(root.join(d)).is_err() {
            break;
        }
        dir = d.parent();
    }
}

fn io_error(path: &Path, message: &str) -> Error {
    Error::Io {
        path: path.to_path_buf(),
        source: io::Error::new(io::ErrorKind::InvalidInput, message.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn out(path: &str, contents: &str) -> Output {
        Output { path: PathBuf::from(path), contents: contents.to_string() }
    }

    #[test]
    fn plan_and_apply_create_change_delete() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("hw/gen/doc")).unwrap();
        fs::write(root.join("hw/gen/same.sv"), "same\n").unwrap();
        fs::write(root.join("hw/gen/old.sv"), "old\n").unwrap();
        fs::write(root.join("hw/gen/doc/stale.md"), "stale\n").unwrap();
        fs::write(root.join("hw/gen/.gitkeep"), "").unwrap();
        let outputs = vec![
            out("driver/src/regs/mod.rs", "mod\n"),
            out("hw/gen/old.sv", "new\n"),
            out("hw/gen/same.sv", "same\n"),
        ];
        let changes = plan(root, &outputs).unwrap();
        let got: Vec<_> = changes.iter().map(|c| (c.path.to_str().unwrap(), c.kind)).collect();
        assert_eq!(
            got,
            [
                ("driver/src/regs/mod.rs", ChangeKind::Create),
                ("hw/gen/doc/stale.md", ChangeKind::Delete),
                ("hw/gen/old.sv", ChangeKind::Change),
            ]
        );
        apply(root, &outputs, &changes).unwrap();
        assert_eq!(fs::read_to_string(root.join("hw/gen/old.sv")).unwrap(), "new\n");
        assert!(!root.join("hw/gen/doc").exists(), "emptied folder removed");
        assert!(root.join("hw/gen/.gitkeep").exists(), "non-generated file kept");
        assert!(plan(root, &outputs).unwrap().is_empty());
    }

    #[test]
    fn rejects_paths_outside_generated_dirs() {
        let dir = tempfile::tempdir().unwrap();
        for bad in ["../x.rs", "/abs/x.rs", "src/x.rs"] {
            assert!(plan(dir.path(), &[out(bad, "")]).is_err(), "{bad}");
        }
    }
}
