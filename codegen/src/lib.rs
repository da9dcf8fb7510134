//! Register-map code generator.
//!
//! `regmaps/*.sv` (SystemVerilog packages, the single source of every hardware layout) are
//! read by [`parse`] into one intermediate [`model`], checked by [`validate`] against the
//! rules of `regmaps/README.md`, and rendered by [`render`] into typed Rust
//! (`driver/src/regs/`), RTL register blocks (`hw/gen/`), SVD and Markdown reference pages,
//! and the co-simulation's layout of the blocks' hardware interface (`cosim/src/gen/`).
//! Rendering is a pure function of the model: identical sources give identical bytes.

pub mod diag;
pub mod model;
pub mod parse;
pub mod render;
pub mod sync;
pub mod validate;

use std::path::{Path, PathBuf};

pub use diag::{Diagnostic, Diagnostics, Rule};
pub use model::Regmaps;

/// One generated file: a path relative to the workspace root and its full contents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Output {
    pub path: PathBuf,
    pub contents: String,
}

/// Errors of a whole generation run.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Regmap(#[from] Diagnostics),
    #[error("cannot read {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("template {template}: {message}")]
    Render { template: String, message: String },
}

/// Name of a package's source as written in generated headers: `regmaps/<file name>`,
/// independent of where the sources were read from.
pub fn source_name(pkg: &model::Package) -> String {
    let file = pkg.loc.file.file_name().map(|f| f.to_string_lossy().into_owned());
    format!("regmaps/{}", file.unwrap_or_default())
}

/// Parse and validate every `*.sv` file in `dir` (sorted by file name).
pub fn load(dir: &Path) -> Result<Regmaps, Error> {
    let maps = parse::parse_dir(dir)?;
    validate::validate(&maps)?;
    Ok(maps)
}

/// Render every output for validated register maps.
pub fn generate(maps: &Regmaps) -> Result<Vec<Output>, Error> {
    let mut out = Vec::new();
    out.extend(render::rust::render(maps)?);
    out.extend(render::sv::render(maps)?);
    out.extend(render::svd::render(maps)?);
    out.extend(render::markdown::render(maps)?);
    out.extend(render::hwif::render(maps)?);
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

/// The folders whose contents are entirely generated (stale files there are errors).
pub const GENERATED_DIRS: [&str; 3] = ["driver/src/regs", "hw/gen", "cosim/src/gen"];
