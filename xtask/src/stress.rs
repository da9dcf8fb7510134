//! `cargo xtask stress`: the isolation and storm stress suite (`cosim stress`, release
//! build) on the RTL kit or the model root complex.

use std::path::Path;

use crate::error::Result;
use crate::tools::Tools;

/// How to run it.
pub struct StressArgs {
    /// DMAs of the isolation stream.
    pub dmas: u64,
    /// `rtl` or `model`.
    pub backend: String,
    /// Seed.
    pub seed: u64,
    /// Only these parts (`isolation`, `storm`, `churn`, `exit`); empty: all.
    pub parts: Vec<String>,
}

/// Run the suite; it prints one JSON line per part and fails on a violation.
pub fn stress(root: &Path, tools: &Tools, a: &StressArgs) -> Result<()> {
    let dmas = a.dmas.to_string();
    let seed = a.seed.to_string();
    let mut args = vec!["run", "--quiet", "--release", "--package", "cosim", "--", "stress"];
    args.extend([
        "--backend",
        a.backend.as_str(),
        "--dmas",
        dmas.as_str(),
        "--seed",
        seed.as_str(),
    ]);
    args.push("--verbose");
    for p in &a.parts {
        args.extend(["--part", p.as_str()]);
    }
    println!(
        "stress ({}): {} DMAs from 64 processes judged against the reference, page-request \
         storms, bind/unbind churn and exit storms, seed {}",
        a.backend, a.dmas, a.seed
    );
    crate::ci::cargo(root, tools, &args)
}
