//! Replay on the RTL harness: the JSON-lines format of [`cosim_common::replay`] (re-exported
//! here, so `cosim::replay::{Stimulus, Observation, ...}` keep working) run on a fresh
//! [`Harness`].

pub use cosim_common::replay::*;

use crate::harness::{Config, Harness};

/// Run parsed stimulus on a fresh harness; returns the observations.
pub fn run(
    source_name: &str,
    steps: &[(usize, Stimulus)],
    trace: Option<&std::path::Path>,
) -> Result<Vec<Observation>, ReplayError> {
    let config = match steps.first() {
        Some((_, Stimulus::Config(c))) => c.clone(),
        _ => Config::default(),
    };
    let err = |line: usize, message: String| ReplayError {
        source_name: source_name.to_string(),
        line,
        message,
    };
    let h = Harness::new(config).map_err(|e| err(1, e.to_string()))?;
    if let Some(path) = trace {
        h.trace_open(path).map_err(|e| err(0, format!("waveform {}: {e}", path.display())))?;
    }
    for (line, s) in steps {
        h.apply(s).map_err(|e| err(*line, e.to_string()))?;
    }
    h.trace_close();
    Ok(h.take_observations())
}
