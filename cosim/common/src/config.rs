//! The vocabulary a replay file shares with every backend: the run configuration (the
//! `config` line) and the names of register-block hardware-interface leaves. Register ports
//! are named by the interface prefix of the top that runs (`"iommu"` is the
//! `iommu_s_axil_*` port), so they are plain strings.

use serde::{Deserialize, Serialize};

/// The simulation top a replay runs on when its `config` line names none: the harness top of
/// the bus, memory and link models (hw/sim/cosim_harness_top.sv).
pub const DEFAULT_TOP: &str = "cosim_harness_top";

/// Top, seed and bus-model settings of a run (the `config` line of a replay file). Backends
/// without bus models (the reference model) use the seed only.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The simulation top (`// sim-top:` of hw/rtl_files.f) the RTL harness hosts; `None`:
    /// [`DEFAULT_TOP`]. The reference model ignores it (it is the IOMMU alone).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top: Option<String>,
    /// Seed of every random choice of the bus models.
    pub seed: u64,
    /// Host-memory AXI4 slave timing and backpressure.
    pub mem: AxiMemConfig,
    /// Probability that an AXI4-Lite VALID starts late / a READY is low in a cycle.
    pub axil_jitter: f64,
    /// Probability that the link source offers a beat in a cycle.
    pub tlp_valid_chance: f64,
    /// Probability that the link sink is ready in a cycle.
    pub tlp_ready_chance: f64,
    /// Start the design from random initial values drawn from this seed (nonzero) instead of
    /// zeros: every state element the reset does not define then shows (RTL only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub random_init: Option<u32>,
    /// Put the PCIe endpoint model (`pcie-endpoint`) on the link with this many functions
    /// (default configuration each), driven by `endpoint` steps (RTL tops with a link only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<u8>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            top: None,
            seed: 1,
            mem: AxiMemConfig::default(),
            axil_jitter: 0.0,
            tlp_valid_chance: 1.0,
            tlp_ready_chance: 1.0,
            random_init: None,
            endpoint: None,
        }
    }
}

/// Timing and backpressure of the host-memory AXI4 slave model.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AxiMemConfig {
    /// Cycles from an AR handshake to the earliest first R beat (>= 1).
    pub read_latency: u32,
    /// Cycles from the last W beat to the earliest B response (>= 1).
    pub write_latency: u32,
    /// Probability that a ready or a pending response is offered in a cycle (0 < p <= 1).
    pub ready_chance: f64,
    /// Bursts that may wait per direction.
    pub max_outstanding: usize,
}

impl Default for AxiMemConfig {
    fn default() -> Self {
        AxiMemConfig { read_latency: 4, write_latency: 2, ready_chance: 1.0, max_outstanding: 4 }
    }
}

/// Which leaf of a field's reg2hw/hw2reg member (`"q"`, `"qe"`, ... in replay files).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Signal {
    /// `reg2hw.<reg>.<field>.q`: the value software wrote.
    Q,
    /// `reg2hw.<reg>.<field>.qe`: one-cycle pulse on a software write.
    Qe,
    /// `hw2reg.<reg>.<field>.d`: the value hardware drives (ro) or loads (warl).
    D,
    /// `hw2reg.<reg>.<field>.de`: load `d` into a warl field.
    De,
    /// `hw2reg.<reg>.<field>.set`: bits to set in a rw1c field.
    Set,
    /// `hw2reg.<reg>.<field>.clr`: bits to clear in a rw1s field.
    Clr,
    /// `reg2hw.<reg>.be`: byte enables of the last software write to a register held by the
    /// core (`<NAME>_HWEXT`), bit k = byte k; such a register's leaves (`q`, `qe`, `be`, `d`)
    /// belong to the register, not a field.
    Be,
}
