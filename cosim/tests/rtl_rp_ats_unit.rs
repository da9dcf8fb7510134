//! The page-request and ATS-invalidation half of the root port (`hw/rootport/`: rp_msg built
//! with PRI_SUPPORTED, rp_ats_msg) passes its unit testbench (`tests/rtl/tb_rp_ats.sv`):
//! Page Request / Stop Marker messages with and without the PASID prefix become the exact
//! page-request record, held under back-pressure; malformed ones (routing, data) are Malformed,
//! without PRI Unsupported; Invalidate Requests take distinct ITags round robin and the 33rd
//! waits; Invalidate Completions count against CC (0 means 8) per ITag and requester, stray
//! ones change nothing; the time-out retires an ITag between 1x and 1.5x INVAL_TIMEOUT_CYCLES
//! and its flag stays until acknowledged; busy follows the outstanding ITags.
//!
//! Built with Verilator `--binary --timing --assert` (assertions in the RTL fail the run).
//! Needs Verilator: `VERILATOR` (and `VERILATOR_ROOT`) as `cargo xtask test` exports them,
//! else `verilator` on `PATH`; a missing tool fails the test under `KIT_REQUIRE_TOOLS` or
//! `CI` (`tests/common/mod.rs`).

mod common;

/// Checks the testbench makes today; fewer means checks were lost.
const MIN_CHECKS: usize = 56;

#[test]
fn root_port_page_requests_and_itags_pass_their_testbench() {
    common::run_testbench(
        "tb_rp_ats",
        &|f| {
            f.starts_with("regmaps")
                || f.starts_with("hw/rootport")
                || (f.starts_with("hw/gen")
                    && f.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with("pcie_rp_cfg")))
        },
        &["hw/rootport/rp_msg.sv", "hw/rootport/rp_ats_msg.sv", "hw/rootport/rp_tlp_ser.sv"],
        MIN_CHECKS,
    );
}
