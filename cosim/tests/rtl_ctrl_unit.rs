//! The IOMMU control block (`hw/iommu/iommu_ctrl.sv` with `iommu_cq.sv`) and the AXI4 master
//! (`iommu_axi_master.sv`) pass their self-checking testbench `tests/rtl/tb_iommu_ctrl.sv`:
//! register WARL and busy rules, every command kind and the illegal ones, `cqmf`, IOFENCE.C
//! data writes and `fence_w_ip`, fault records, overflow and `fqmf`, interrupt vectors and the
//! debug translation interface, against an AXI memory and a stub translation engine.
//!
//! Built with Verilator `--binary --timing --assert` from the sources of `hw/rtl_files.f` (in
//! its order), by `common::run_testbench` (the tool policy of `tests/common/mod.rs`).

mod common;

/// Checks the testbench makes today; fewer means checks were lost.
const MIN_CHECKS: usize = 174;

#[test]
fn iommu_ctrl_passes_its_testbench() {
    common::run_testbench(
        "tb_iommu_ctrl",
        &|_| true,
        &["hw/iommu/iommu_ctrl.sv", "hw/iommu/iommu_cq.sv"],
        MIN_CHECKS,
    );
}
