//! `cargo xtask synth`: Yosys `synth_xilinx` (7-series) and `synth_ecp5` of every top in
//! `hw/rtl_files.f`, with a table of cells, LUTs and flip-flops per top. A Yosys warning
//! fails the run (the RTL must synthesize clean). Logs and `stat -json` output go to
//! `target/xtask/synth/<top>.<target>.{log,json}`. `--param NAME=VALUE` sets a top parameter
//! (`chparam -set`) first. Place and route (`--pnr ecp5`) is in [`crate::pnr`].

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::error::{bail, Context, Error, Result};
use crate::lint::run_yosys;
use crate::pnr::Param;
use crate::proc;
use crate::rtl::FileList;
use crate::tools::Tools;

const OUT_DIR: &str = "target/xtask/synth";

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Target {
    /// AMD/Xilinx 7-series: `synth_xilinx -flatten`; LUT1..LUT6, FD* flip-flops.
    Xilinx,
    /// Lattice ECP5: `synth_ecp5`; LUT4, TRELLIS_FF.
    Ecp5,
}

impl Target {
    pub const ALL: [Target; 2] = [Target::Xilinx, Target::Ecp5];

    fn name(self) -> &'static str {
        match self {
            Target::Xilinx => "xilinx",
            Target::Ecp5 => "ecp5",
        }
    }

    fn command(self, top: &str) -> String {
        match self {
            Target::Xilinx => format!("synth_xilinx -flatten -top {top}"),
            Target::Ecp5 => format!("synth_ecp5 -top {top}"),
        }
    }

    fn is_lut(self, cell: &str) -> bool {
        match self {
            Target::Xilinx => {
                cell.len() == 4
                    && cell.starts_with("LUT")
                    && matches!(cell.as_bytes()[3], b'1'..=b'6')
            }
            Target::Ecp5 => cell == "LUT4",
        }
    }

    fn is_ff(self, cell: &str) -> bool {
        match self {
            Target::Xilinx => cell.starts_with("FD"),
            Target::Ecp5 => cell == "TRELLIS_FF",
        }
    }
}

struct Job {
    top: String,
    target: Target,
}

#[derive(Default)]
struct Stats {
    cells: u64,
    luts: u64,
    ffs: u64,
}

struct Outcome {
    stats: Option<Stats>,
    elapsed: Duration,
    /// Empty when the run was clean.
    details: String,
}

/// Synthesize `tops` (all tops of the list when empty) for `targets`; print the table.
pub fn synth(
    root: &Path,
    tools: &Tools,
    tops: &[String],
    targets: &[Target],
    params: &[Param],
) -> Result<()> {
    let start = Instant::now();
    let list = FileList::load(root)?;
    for t in tops {
        if !list.tops.contains(t) {
            bail!("{t} is not a top of {} (tops: {})", crate::rtl::FILE_LIST, list.tops.join(", "));
        }
    }
    let tops: Vec<&String> =
        list.tops.iter().filter(|t| tops.is_empty() || tops.contains(t)).collect();
    if tops.is_empty() {
        println!("synth: no tops in {} (lines `// top: <module>`)", crate::rtl::FILE_LIST);
        return Ok(());
    }
    let out_dir = root.join(OUT_DIR);
    fs::create_dir_all(&out_dir).context(|| format!("cannot create {}", out_dir.display()))?;

    let jobs: Vec<Job> = tops
        .iter()
        .flat_map(|top| targets.iter().map(|&target| Job { top: top.to_string(), target }))
        .collect();
    println!(
        "synth: {} top(s) x {} target(s), {} jobs in parallel",
        tops.len(),
        targets.len(),
        proc::jobs()
    );
    let outcomes = proc::parallel_map(
        &jobs,
        proc::jobs(),
        |job| {
            run(root, tools, &list, job, params).unwrap_or_else(|e| Outcome {
                stats: None,
                elapsed: Duration::ZERO,
                details: e.to_string(),
            })
        },
        |job, outcome| {
            println!(
                "  {} {} {:.1} s{}",
                job.top,
                job.target.name(),
                outcome.elapsed.as_secs_f64(),
                if outcome.details.is_empty() { "" } else { " FAILED" }
            )
        },
    );

    println!();
    println!(
        "{:<28} {:<7} {:>8} {:>8} {:>8} {:>9}",
        "top", "target", "cells", "LUTs", "FFs", "time"
    );
    let mut failed = Vec::new();
    for (job, outcome) in jobs.iter().zip(&outcomes) {
        let secs = format!("{:.1} s", outcome.elapsed.as_secs_f64());
        match &outcome.stats {
            Some(s) => println!(
                "{:<28} {:<7} {:>8} {:>8} {:>8} {:>9}",
                job.top,
                job.target.name(),
                s.cells,
                s.luts,
                s.ffs,
                secs
            ),
            None => println!(
                "{:<28} {:<7} {:>8} {:>8} {:>8} {:>9}",
                job.top,
                job.target.name(),
                "-",
                "-",
                "-",
                secs
            ),
        }
        if !outcome.details.is_empty() {
            failed.push((job, outcome));
        }
    }
    for (job, outcome) in &failed {
        println!("\n{} {}:", job.top, job.target.name());
        for line in outcome.details.lines() {
            println!("    {line}");
        }
    }
    let secs = start.elapsed().as_secs_f64();
    if !failed.is_empty() {
        return Err(Error::new(format!(
            "synth: {} of {} runs failed or warned ({secs:.1} s)",
            failed.len(),
            jobs.len()
        )));
    }
    println!("synth: {} runs clean ({secs:.1} s)", jobs.len());
    Ok(())
}

fn run(
    root: &Path,
    tools: &Tools,
    list: &FileList,
    job: &Job,
    params: &[Param],
) -> Result<Outcome> {
    let base = format!("{}.{}", job.top, job.target.name());
    let json = Path::new(OUT_DIR).join(format!("{base}.json"));
    let log = Path::new(OUT_DIR).join(format!("{base}.log"));
    let _ = fs::remove_file(root.join(&json));
    let chparams: String = params
        .iter()
        .map(|p| format!("chparam -set {} {} {}; ", p.name, p.value, job.top))
        .collect();
    let script = format!(
        "read_verilog -sv {}; {chparams}{}; tee -q -o {} stat -json",
        list.joined(),
        job.target.command(&job.top),
        json.display()
    );
    let run = run_yosys(root, tools, &log, &script)?;
    let stats = fs::read_to_string(root.join(&json)).ok().and_then(|text| parse_stat(&text)).map(
        |(cells, by_type)| Stats {
            cells,
            luts: by_type.iter().filter(|(c, _)| job.target.is_lut(c)).map(|(_, n)| n).sum(),
            ffs: by_type.iter().filter(|(c, _)| job.target.is_ff(c)).map(|(_, n)| n).sum(),
        },
    );
    let mut details = run.details();
    if details.is_empty() && stats.is_none() {
        details = format!("no statistics in {} (full log: {})", json.display(), log.display());
    }
    Ok(Outcome { stats, elapsed: run.elapsed, details })
}

/// Total cells and cells by type of the whole design from Yosys `stat -json` output (the
/// `"design"` section; the first module when there is none).
pub(crate) fn parse_stat(json: &str) -> Option<(u64, BTreeMap<String, u64>)> {
    let section = match json.find("\"design\"") {
        Some(i) => &json[i..],
        None => json,
    };
    let cells = number_after(section, "\"num_cells\":")?;
    let start = section.find("\"num_cells_by_type\":")?;
    let body = &section[start..];
    let open = body.find('{')?;
    let close = body.find('}')?;
    let mut by_type = BTreeMap::new();
    let mut rest = &body[open + 1..close];
    while let Some(q) = rest.find('"') {
        // Cell type names are JSON strings; skip escaped characters while looking for the end.
        let s = &rest[q + 1..];
        let mut end = None;
        let mut escaped = false;
        for (i, c) in s.char_indices() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => {
                    end = Some(i);
                    break;
                }
                _ => {}
            }
        }
        let end = end?;
        let name = s[..end].replace("\\\\", "\\");
        let after = &s[end + 1..];
        let n = number_after(after, ":")?;
        by_type.insert(name, n);
        rest = match after.find(',') {
            Some(c) => &after[c + 1..],
            None => "",
        };
    }
    Some((cells, by_type))
}

fn number_after(text: &str, key: &str) -> Option<u64> {
    let i = text.find(key)? + key.len();
    let digits: String =
        text[i..].trim_start().chars().take_while(|c| c.is_ascii_digit()).collect();
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_stat_json() {
        let json = r#"{
   "creator": "Yosys 0.70",
   "modules": {
      "\\top": { "num_cells": 3, "num_cells_by_type": { "X": 3 } }
   },
      "design": {
         "num_wires":         70,
         "num_cells":         66,
         "num_submodules":       0,
         "num_cells_by_type": {
            "CCU2C": 16,
            "LUT4": 18,
            "TRELLIS_FF": 32
         }
      }
}"#;
        let (cells, by_type) = parse_stat(json).unwrap();
        assert_eq!(cells, 66);
        assert_eq!(by_type["LUT4"], 18);
        assert_eq!(by_type["TRELLIS_FF"], 32);
        assert_eq!(by_type.len(), 3);
    }

    #[test]
    fn lut_and_ff_names() {
        assert!(Target::Xilinx.is_lut("LUT6") && !Target::Xilinx.is_lut("LUT7"));
        assert!(Target::Xilinx.is_ff("FDRE") && !Target::Xilinx.is_ff("LUT2"));
        assert!(Target::Ecp5.is_lut("LUT4") && Target::Ecp5.is_ff("TRELLIS_FF"));
    }
}
