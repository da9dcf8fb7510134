//! Replay on the RTL harness: the JSON-lines format of [`cosim_common::replay`] (re-exported
//! here, so `cosim::replay::{Stimulus, Observation, ...}` keep working) run on a fresh
//! [`Harness`] hosting the top the file (or the caller) names.

pub use cosim_common::replay::*;

use std::path::Path;

use crate::harness::{Config, Harness, DEFAULT_TOP};

/// How to run a replay file on the RTL.
#[derive(Clone, Copy, Debug, Default)]
pub struct RunOptions<'a> {
    /// The top to host, over the `top` of the file's `config` line (default:
    /// [`DEFAULT_TOP`]).
    pub top: Option<&'a str>,
    /// Write an FST waveform of the run here.
    pub trace: Option<&'a Path>,
}

/// Run parsed stimulus on a fresh harness; returns the observations.
pub fn run(
    source_name: &str,
    steps: &[(usize, Stimulus)],
    options: &RunOptions<'_>,
) -> Result<Vec<Observation>, ReplayError> {
    let mut config = match steps.first() {
        Some((_, Stimulus::Config(c))) => c.clone(),
        _ => Config::default(),
    };
    let err = |line: usize, message: String| ReplayError {
        source_name: source_name.to_string(),
        line,
        message,
    };
    let top = options.top.or(config.top.as_deref()).unwrap_or(DEFAULT_TOP).to_string();
    config.top = Some(top.clone());
    let h = Harness::new(&top, config).map_err(|e| err(1, e.to_string()))?;
    if let Some(path) = options.trace {
        h.trace_open(path).map_err(|e| err(0, e.to_string()))?;
    }
    for (line, s) in steps {
        h.apply(s).map_err(|e| err(*line, e.to_string()))?;
    }
    h.trace_close();
    Ok(h.take_observations())
}
