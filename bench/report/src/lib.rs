//! The benchmarks' combined results and their plots (`cargo xtask bench`, `cargo xtask bench
//! plots`).
//!
//! Each benchmark writes its own JSON into `target/bench/` (`cosim`, `model`, `iommu`, `dma`,
//! `sva`, and the sweeps `dma_sweep`, `sva_depth`, `iotlb`, the page-fault `timeline`). This
//! crate reads them:
//! - [`results`]: one `results.json` (every figure with its unit, the raw reports, the
//!   command, the date, the machine: cores, load, build profile) and `results.md` (Markdown
//!   tables);
//! - [`plots`]: SVG plots with `plotters` (SVG backend only: no font library), DMA throughput
//!   against transfer size, fault-service latency against queue depth, IOTLB hit rate
//!   against working set and IOTLB entries, and the timeline of one page fault.
//!
//! A benchmark this crate does not know (e.g. the cocotb comparison) joins the results by
//! writing `target/bench/<name>.json` with a `figures` array of `{what, value, unit}`.

pub mod facts;
pub mod plots;
pub mod results;

use std::path::PathBuf;

/// What can go wrong reading the benchmarks' JSON or writing the outputs.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A file is not JSON.
    #[error("{}: {source}", path.display())]
    Json {
        /// The file.
        path: PathBuf,
        /// Why.
        source: serde_json::Error,
    },
    /// A report lacks a field or has it with another type.
    #[error("{file}: no {field} (a number, string or array as the benchmark writes it)")]
    Field {
        /// The report (bench name).
        file: String,
        /// The field's path.
        field: String,
    },
    /// Drawing a plot failed.
    #[error("plot {name}: {what}")]
    Plot {
        /// The plot.
        name: String,
        /// The backend's error.
        what: String,
    },
    /// A plot's data is missing or empty.
    #[error("plot {name}: {what}")]
    NoData {
        /// The plot.
        name: &'static str,
        /// What is missing.
        what: String,
    },
}

/// Result of this crate.
pub type Result<T, E = ReportError> = std::result::Result<T, E>;

/// Read a JSON file.
pub fn read_json(path: &std::path::Path) -> Result<serde_json::Value> {
    let text = std::fs::read_to_string(path)
        .map_err(|source| ReportError::Io { path: path.to_path_buf(), source })?;
    serde_json::from_str(&text).map_err(|source| ReportError::Json { path: path.into(), source })
}

/// Write a file, creating its folder.
pub fn write_file(path: &std::path::Path, text: &str) -> Result<()> {
    let io = |source| ReportError::Io { path: path.to_path_buf(), source };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    std::fs::write(path, text).map_err(io)
}
