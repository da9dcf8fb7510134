//! `cargo xtask formal [--depth N] [PROOF...]`: formal proofs of the IOMMU RTL's key
//! properties with SymbiYosys, yosys-smtbmc and Boolector (all pinned PyPI packages in
//! `.tools/formal-venv`, see `tools.rs`).
//!
//! Each proof is a wrapper in `hw/formal/` (the environment: free inputs, assumptions on the
//! neighbours' handshakes) around one RTL block whose `ifdef FORMAL` section holds the checks
//! (immediate assertions: the open-source Yosys front end takes no concurrent properties).
//! Yosys reads with `-formal -D SYNTHESIS`: SYNTHESIS skips the Verilator-only SVA blocks,
//! FORMAL adds the formal ones. A proof runs by k-induction (`prove`: true for every depth)
//! when its checks are inductive, else as bounded model checking (`bmc`: no failure within
//! the depth). The run directory is `target/formal/<proof>/` (SymbiYosys logs, the
//! counterexample as VCD and as a Verilog testbench on failure).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::error::{bail, Context, Result};
use crate::proc;
use crate::tools::FormalTools;

const RUN_DIR: &str = "target/formal";

/// How a proof is run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// k-induction (SymbiYosys `prove`): the base case and the induction step at `depth`.
    Prove,
    /// Bounded model checking to `depth` cycles from reset.
    Bmc,
}

impl Mode {
    fn sby(self) -> &'static str {
        match self {
            Mode::Prove => "prove",
            Mode::Bmc => "bmc",
        }
    }
}

/// One proof: a wrapper top in `hw/formal/`, the files it reads, its parameters.
struct Proof {
    name: &'static str,
    /// What it proves (one line, for `--list` and the summary).
    what: &'static str,
    top: &'static str,
    files: &'static [&'static str],
    defines: &'static [&'static str],
    params: &'static [(&'static str, &'static str)],
    /// Cells of this module type become free outputs (Yosys `cutpoint`).
    cut: Option<&'static str>,
    mode: Mode,
    depth: u32,
    /// SymbiYosys time-out in seconds; a run that reaches it fails.
    timeout_s: u32,
}

const PKGS: [&str; 3] =
    ["regmaps/iommu_mem_pkg.sv", "regmaps/iommu_regs_pkg.sv", "regmaps/iommu_xlate_pkg.sv"];

const PROOFS: &[Proof] = &[
    Proof {
        name: "decide_contract",
        what: "iommu_xlate_decide: every answer carries the request's tag (assumed where cut)",
        top: "iommu_xlate_decide",
        files: &[
            PKGS[0],
            PKGS[1],
            PKGS[2],
            "hw/iommu/iommu_core_pkg.sv",
            "hw/iommu/iommu_xlate_decide.sv",
        ],
        defines: &[],
        params: &[],
        cut: None,
        mode: Mode::Prove,
        depth: 1,
        timeout_s: 120,
    },
    Proof {
        name: "xlate",
        what: "iommu_xlate: no hit on an IOTLB / DDTC / PDTC entry an accepted invalidation \
               covered until refilled, no lookup result used in S2 / S3 after an invalidation \
               covering its entry was accepted, no fill from a walk an invalidation overtook, \
               one response per accepted tag, walker bookkeeping",
        top: "xlate_formal",
        files: &[
            PKGS[0],
            PKGS[1],
            PKGS[2],
            "hw/iommu/iommu_core_pkg.sv",
            "hw/iommu/iommu_xlate_decide.sv",
            "hw/iommu/iommu_xlate_walker.sv",
            "hw/iommu/iommu_xlate.sv",
            "hw/formal/xlate_formal.sv",
        ],
        defines: &["FORMAL_CUT_DECIDE"],
        params: &[
            ("IOTLB_ENTRIES", "2"),
            ("DDTC_ENTRIES", "1"),
            ("PDTC_ENTRIES", "1"),
            ("WALKERS", "1"),
            ("DEBUG_PORT", "0"),
        ],
        cut: Some("iommu_xlate_decide"),
        mode: Mode::Bmc,
        depth: 14,
        timeout_s: 600,
    },
    Proof {
        name: "cq_fence",
        what: "iommu_cq: an invalidation command completes only with the engine's handshake \
               and its operands; no fetch and no IOFENCE.C completion while one is owed; the \
               SVA block",
        top: "cq_formal",
        files: &[
            PKGS[0],
            PKGS[1],
            "hw/iommu/iommu_core_pkg.sv",
            "hw/iommu/iommu_cq.sv",
            "hw/formal/cq_formal.sv",
        ],
        defines: &[],
        params: &[],
        cut: None,
        mode: Mode::Prove,
        depth: 10,
        timeout_s: 300,
    },
    Proof {
        name: "queue_ptrs",
        what: "iommu_ctrl (+ iommu_cq): cqh / cqt / fqh / fqt / pqh / pqt within LOG2SZ for \
               any register writes; write-port ownership, busy rules, stable bases",
        top: "ctrl_formal",
        files: &[
            PKGS[0],
            PKGS[1],
            PKGS[2],
            "hw/gen/iommu_regs_reg_pkg.sv",
            "hw/iommu/iommu_core_pkg.sv",
            "hw/iommu/iommu_cq.sv",
            "hw/iommu/iommu_ctrl.sv",
            "hw/formal/ctrl_formal.sv",
        ],
        defines: &[],
        params: &[],
        cut: None,
        mode: Mode::Bmc,
        depth: 30,
        timeout_s: 600,
    },
    Proof {
        name: "pq",
        what: "iommu_pq: one outcome per page request, the spec's (record, response code and \
               PASID, silent discard); records only into a queue that is on, not full, \
               without pqof / pqmf; pqof on a full queue, pqmf on a failed write; one write \
               in flight, handshakes held; iommu_ctrl's assumptions on the unit",
        top: "pq_formal",
        files: &[
            PKGS[0],
            PKGS[1],
            PKGS[2],
            "regmaps/tlp_pkg.sv",
            "hw/iommu/iommu_core_pkg.sv",
            "hw/iommu/iommu_pq.sv",
            "hw/formal/pq_formal.sv",
        ],
        defines: &[],
        params: &[],
        cut: None,
        mode: Mode::Prove,
        depth: 4,
        timeout_s: 120,
    },
    Proof {
        name: "walk_bound",
        what: "iommu_xlate_walker, decide cut to its walk contract: a walk issues at most 10 \
               reads, receives at most 14 beats and, with a read taken within 2 cycles and \
               each beat within 2, is done within 39 cycles",
        top: "walk_formal",
        files: &[
            PKGS[0],
            PKGS[1],
            PKGS[2],
            "hw/iommu/iommu_core_pkg.sv",
            "hw/iommu/iommu_xlate_decide.sv",
            "hw/iommu/iommu_xlate_walker.sv",
            "hw/formal/walk_formal.sv",
        ],
        defines: &["FORMAL_CUT_DECIDE", "FORMAL_WALK_BOUND"],
        params: &[],
        cut: Some("iommu_xlate_decide"),
        mode: Mode::Prove,
        depth: 4,
        timeout_s: 120,
    },
];

/// The result of one proof run.
struct Outcome {
    name: &'static str,
    mode: Mode,
    depth: u32,
    passed: bool,
    elapsed: Duration,
    /// Failed assertions and trace paths (empty on success).
    details: Vec<String>,
}

/// Print the proofs `cargo xtask formal` knows.
pub fn list() {
    for p in PROOFS {
        println!("{:<16} {:<5} depth {:>2}  {}", p.name, p.mode.sby(), p.depth, p.what);
    }
}

/// Run the named proofs (all when `names` is empty), at `depth` instead of each proof's own
/// when given. Fails when any proof fails or times out.
pub fn formal(
    root: &Path,
    tools: &FormalTools,
    names: &[String],
    depth: Option<u32>,
) -> Result<()> {
    let selected: Vec<&Proof> = if names.is_empty() {
        PROOFS.iter().collect()
    } else {
        let mut v = Vec::new();
        for n in names {
            match PROOFS.iter().find(|p| p.name == n) {
                Some(p) => v.push(p),
                None => bail!(
                    "formal: no proof `{n}` (known: {})",
                    PROOFS.iter().map(|p| p.name).collect::<Vec<_>>().join(", ")
                ),
            }
        }
        v
    };
    println!("formal: {} ({} proofs)", tools.versions, selected.len());
    let mut outcomes = Vec::new();
    for p in selected {
        let outcome = run(root, tools, p, depth.unwrap_or(p.depth))?;
        let verdict = if outcome.passed { "PASS" } else { "FAIL" };
        println!(
            "formal: {verdict} {:<16} {} depth {} in {:.1} s",
            outcome.name,
            outcome.mode.sby(),
            outcome.depth,
            outcome.elapsed.as_secs_f64()
        );
        for d in &outcome.details {
            println!("    {d}");
        }
        outcomes.push(outcome);
    }
    let failed: Vec<&str> = outcomes.iter().filter(|o| !o.passed).map(|o| o.name).collect();
    println!("\nformal: summary");
    for o in &outcomes {
        let how = match (o.mode, o.passed) {
            (Mode::Prove, true) => format!("k-induction, k = {}: holds for every depth", o.depth),
            (Mode::Bmc, true) => format!("bounded: no failure within {} cycles of reset", o.depth),
            (mode, false) => {
                format!("{} depth {}: counterexample or no verdict", mode.sby(), o.depth)
            }
        };
        let verdict = if o.passed { "pass" } else { "FAIL" };
        println!("  {:<16} {verdict:<4}  {how} ({:.1} s)", o.name, o.elapsed.as_secs_f64());
    }
    if !failed.is_empty() {
        bail!(
            "formal: {} of {} proofs failed: {}",
            failed.len(),
            outcomes.len(),
            failed.join(", ")
        );
    }
    println!("{} passed, 0 failed", outcomes.len());
    Ok(())
}

/// The SymbiYosys script of one proof.
fn sby_script(root: &Path, p: &Proof, depth: u32) -> String {
    let mut s = format!(
        "[options]\nmode {}\ndepth {depth}\ntimeout {}\n\n[engines]\nsmtbmc boolector\n\n[script]\n",
        p.mode.sby(),
        p.timeout_s
    );
    let base = |f: &str| Path::new(f).file_name().map(|n| n.to_string_lossy().into_owned());
    let names: Vec<String> = p.files.iter().filter_map(|f| base(f)).collect();
    let defines: String = p.defines.iter().map(|d| format!(" -D {d}")).collect();
    s += &format!("read_verilog -sv -formal -D SYNTHESIS{defines} {}\n", names.join(" "));
    if !p.params.is_empty() {
        let sets: String = p.params.iter().map(|(k, v)| format!(" -set {k} {v}")).collect();
        s += &format!("chparam{sets} {}\n", p.top);
    }
    s += &format!("hierarchy -check -top {}\n", p.top);
    if let Some(cell) = p.cut {
        s += &format!("cutpoint -noscopeinfo t:{cell}\n");
    }
    s += &format!("prep -top {}\n\n[files]\n", p.top);
    for f in p.files {
        s += &format!("{}\n", root.join(f).display());
    }
    s
}

fn run(root: &Path, tools: &FormalTools, p: &Proof, depth: u32) -> Result<Outcome> {
    let dir = root.join(RUN_DIR);
    fs::create_dir_all(&dir).context(|| format!("cannot create {}", dir.display()))?;
    let sby_file = dir.join(format!("{}.sby", p.name));
    fs::write(&sby_file, sby_script(root, p, depth))
        .context(|| format!("cannot write {}", sby_file.display()))?;
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut dirs = vec![tools.solver_dir.clone()];
    dirs.extend(std::env::split_paths(&path));
    let path = std::env::join_paths(dirs).context(|| "cannot build PATH for the solver")?;
    let mut cmd = Command::new(&tools.sby);
    cmd.current_dir(&dir)
        .env("PATH", path)
        .arg("--yosys")
        .arg(&tools.yosys)
        .arg("--smtbmc")
        .arg(&tools.smtbmc)
        .arg("-f")
        .arg(&sby_file);
    let out = proc::capture(&mut cmd)?;
    let text = out.text();
    let log = dir.join(format!("{}.log", p.name));
    fs::write(&log, &text).context(|| format!("cannot write {}", log.display()))?;
    let workdir: PathBuf = dir.join(p.name);
    let done = text.lines().rev().find(|l| l.contains("DONE ("));
    let passed = out.status.success() && done.is_some_and(|l| l.contains("DONE (PASS"));
    let mut details = Vec::new();
    if !passed {
        details.push(done.map_or_else(
            || format!("SymbiYosys ended without a verdict ({})", out.status),
            |l| l.trim().to_string(),
        ));
        for line in text.lines() {
            let keep = ["failed assertion", "counterexample trace", "ERROR", "TIMEOUT"];
            if keep.iter().any(|k| line.contains(k)) {
                details.push(line.trim().to_string());
            }
        }
        details.push(format!("log: {}; run directory: {}", log.display(), workdir.display()));
    }
    Ok(Outcome { name: p.name, mode: p.mode, depth, passed, elapsed: out.elapsed, details })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proofs_name_existing_files_and_unique_names() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        for (i, p) in PROOFS.iter().enumerate() {
            assert!(PROOFS[..i].iter().all(|q| q.name != p.name), "{} twice", p.name);
            for f in p.files {
                assert!(root.join(f).is_file(), "{}: {f} missing", p.name);
            }
            assert!(p.depth >= 1 && p.timeout_s >= 60);
        }
        // The CI bound the README states: the sum of the time-outs.
        assert_eq!(PROOFS.iter().map(|p| p.timeout_s).sum::<u32>(), 1860);
    }

    #[test]
    fn script_reads_files_sets_params_and_cuts() {
        let p = PROOFS.iter().find(|p| p.name == "xlate").unwrap();
        let s = sby_script(Path::new("/r"), p, 7);
        assert!(s.contains("mode bmc\ndepth 7\n"));
        assert!(s.contains("read_verilog -sv -formal -D SYNTHESIS -D FORMAL_CUT_DECIDE "));
        assert!(s.contains("chparam -set IOTLB_ENTRIES 2"));
        assert!(s.contains("cutpoint -noscopeinfo t:iommu_xlate_decide\nprep -top xlate_formal"));
        assert!(s.contains("\n/r/hw/iommu/iommu_xlate.sv\n"));
    }
}
