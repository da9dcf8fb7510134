//! The translation engine `iommu_xlate` passes its unit testbench
//! (`tests/rtl/tb_iommu_xlate.sv`): every ddtp mode, DDT and PDT levels, each fault cause,
//! leaf size and permission rule, ATS classes, the caches and every invalidation kind, with
//! the throughput, hit-under-miss and miss-latency numbers it prints.
//!
//! Built with Verilator `--binary --timing --assert` (assertions in the RTL fail the run).
//! Needs Verilator: `VERILATOR` (and `VERILATOR_ROOT`) as `cargo xtask test` exports them,
//! else `verilator` on `PATH`; a missing tool fails the test under `KIT_REQUIRE_TOOLS` or
//! `CI` (`tests/common/mod.rs`).

mod common;

/// Checks the testbench makes today; fewer means checks were lost.
const MIN_CHECKS: usize = 166;

#[test]
fn translation_engine_passes_its_testbench() {
    common::run_testbench(
        "tb_iommu_xlate",
        &|f| f.starts_with("regmaps") || f.starts_with("hw/iommu"),
        &["hw/iommu/iommu_xlate.sv"],
        MIN_CHECKS,
    );
}
