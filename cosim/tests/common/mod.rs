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
