//! The host half of the root port (`hw/rootport/`: rp_cfg, rp_host, rp_msg, rp_ats_msg,
//! rp_tx) passes its unit testbench (`tests/rtl/tb_rp_host.sv`): the own configuration space
//! (DEVCAP2 from build parameters, MPS WARL), ECAM to Type 0 / Type 1 configuration requests
//! and their completions (UR, CA, CRS with and without software visibility, time-out,
//! unexpected completions), the MMIO window gating, AER logging (first error, masks,
//! severity, advisory non-fatal, header and TLP Prefix Log), error and PME messages, ATS
//! PRG responses and invalidate requests with and without the PASID prefix, prefix blocking,
//! and the egress arbiter.
//!
//! Built with Verilator `--binary --timing --assert` (assertions in the RTL fail the run).
//! Needs Verilator: `VERILATOR` (and `VERILATOR_ROOT`) as `cargo xtask test` exports them,
//! else `verilator` on `PATH`; a missing tool fails the test under `KIT_REQUIRE_TOOLS` or
//! `CI` (`tests/common/mod.rs`).

mod common;

/// Checks the testbench makes today; fewer means checks were lost.
const MIN_CHECKS: usize = 111;

#[test]
fn root_port_host_half_passes_its_testbench() {
    common::run_testbench(
        "tb_rp_host",
        &|f| {
            f.starts_with("regmaps")
                || f.starts_with("hw/rootport")
                || (f.starts_with("hw/gen")
                    && f.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with("pcie_rp_cfg")))
        },
        &[
            "hw/rootport/rp_cfg.sv",
            "hw/rootport/rp_host.sv",
            "hw/rootport/rp_msg.sv",
            "hw/rootport/rp_ats_msg.sv",
            "hw/rootport/rp_tx.sv",
        ],
        MIN_CHECKS,
    );
}
