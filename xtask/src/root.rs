//! Where the workspace is, decided when the task runs, not when it was compiled.
//!
//! With a shared `CARGO_TARGET_DIR`, one `xtask` binary can serve several clones of the
//! repository; a root baked in with `env!("CARGO_MANIFEST_DIR")` would make a binary built in
//! one clone operate on another. `cargo run` (the `cargo xtask` alias) sets
//! `CARGO_MANIFEST_DIR` in the environment to this crate's folder in the clone it runs in;
//! without it (the binary started by hand) `cargo locate-project --workspace` answers from the
//! current folder.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::error::{bail, Context, Result};
use crate::proc;

/// The workspace root of the clone this run belongs to.
pub fn workspace_root() -> Result<PathBuf> {
    resolve(std::env::var_os("CARGO_MANIFEST_DIR"), locate_project)
}

/// The root from `manifest_dir` (this crate's folder, as `cargo run` reports it) when given,
/// else from `locate` (the workspace `Cargo.toml`). Either way the folder must hold a
/// `Cargo.toml`; the result is canonical.
pub fn resolve(
    manifest_dir: Option<OsString>,
    locate: impl FnOnce() -> Result<PathBuf>,
) -> Result<PathBuf> {
    let root = match manifest_dir.filter(|d| !d.is_empty()) {
        Some(dir) => {
            let dir = PathBuf::from(dir);
            match dir.parent() {
                Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
                _ => bail!("CARGO_MANIFEST_DIR={} has no parent folder", dir.display()),
            }
        }
        None => {
            let manifest = locate()?;
            match manifest.parent() {
                Some(parent) => parent.to_path_buf(),
                None => bail!("workspace manifest {} has no parent folder", manifest.display()),
            }
        }
    };
    if !root.join("Cargo.toml").is_file() {
        bail!("{} is not a cargo workspace (no Cargo.toml)", root.display());
    }
    root.canonicalize().context(|| format!("cannot resolve {}", root.display()))
}

/// `cargo locate-project --workspace --message-format plain`, from the current folder.
fn locate_project() -> Result<PathBuf> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args(["locate-project", "--workspace", "--message-format", "plain"]);
    let out = proc::capture(&mut cmd)?;
    if !out.status.success() {
        bail!("`{}` failed ({}):\n{}", proc::show(&cmd), out.status, out.text());
    }
    let path = out.stdout.trim();
    if path.is_empty() {
        bail!("`{}` printed no path", proc::show(&cmd));
    }
    Ok(Path::new(path).to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

    /// A fake clone: `<tmp>/Cargo.toml` and `<tmp>/xtask/`.
    fn fake_clone() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("Cargo.toml"), "[workspace]\n").unwrap();
        std::fs::create_dir(dir.path().join("xtask")).unwrap();
        dir
    }

    fn never() -> Result<PathBuf> {
        Err(Error::new("locate-project must not run when CARGO_MANIFEST_DIR is set"))
    }

    #[test]
    fn run_time_manifest_dir_wins() {
        let clone = fake_clone();
        let root = resolve(Some(clone.path().join("xtask").into()), never).unwrap();
        assert_eq!(root, clone.path().canonicalize().unwrap());
        // Not the folder this binary was compiled in.
        assert_ne!(root, Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap());
    }

    #[test]
    fn falls_back_to_locate_project() {
        let clone = fake_clone();
        let manifest = clone.path().join("Cargo.toml");
        for unset in [None, Some(OsString::new())] {
            let m = manifest.clone();
            let root = resolve(unset, move || Ok(m)).unwrap();
            assert_eq!(root, clone.path().canonicalize().unwrap());
        }
    }

    #[test]
    fn a_folder_without_cargo_toml_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("xtask")).unwrap();
        let err = resolve(Some(dir.path().join("xtask").into()), never).unwrap_err();
        assert!(err.to_string().contains("not a cargo workspace"), "{err}");
        let err = resolve(None, || Err(Error::new("no cargo here"))).unwrap_err();
        assert_eq!(err.to_string(), "no cargo here");
    }

    #[test]
    fn locate_project_finds_this_workspace() {
        // Tests run in this crate's folder; cargo reports the workspace manifest above it.
        let manifest = locate_project().unwrap();
        let expected = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().join("Cargo.toml");
        assert_eq!(manifest.canonicalize().unwrap(), expected.canonicalize().unwrap());
    }
}
