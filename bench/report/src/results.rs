//! One result of all benchmarks: every figure with its unit, flattened from each
//! benchmark's own JSON, with the raw reports kept, the command, the date and the machine.

use std::path::Path;

use serde::Serialize;
use serde_json::Value;

use crate::facts::Machine;
use crate::{ReportError, Result};

/// The benchmarks this crate knows, in the order of the results: (file stem, what it is).
/// Another file with a `figures` array joins after them (e.g. `cocotb`).
pub const KNOWN: [(&str, &str); 9] = [
    ("cosim", "co-simulation speed, Rust-driven against a pure C++ loop (cargo xtask bench cosim)"),
    (
        "model",
        "IOMMU reference model, translations per second on one core (cargo xtask bench model)",
    ),
    ("iommu", "IOMMU RTL translation port (cargo xtask bench iommu)"),
    ("dma", "device DMA through root port + IOMMU (cargo xtask bench dma)"),
    ("dma_sweep", "DMA bytes per cycle against transfer size (cargo xtask bench dma)"),
    (
        "sva",
        "page fault served end to end, driver page requests per second (cargo xtask bench sva)",
    ),
    (
        "sva_depth",
        "fault-service latency against faults outstanding at once (cargo xtask bench sva)",
    ),
    ("iotlb", "IOTLB hit rate against working set and IOTLB entries (cargo xtask bench iotlb)"),
    ("timeline", "one page fault, stage by stage (cargo xtask bench timeline)"),
];

/// One figure.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Figure {
    /// The benchmark (file stem).
    pub bench: String,
    /// What was measured.
    pub what: String,
    /// The value.
    pub value: f64,
    /// Its unit.
    pub unit: String,
}

/// Everything `cargo xtask bench` measured.
#[derive(Clone, Debug, Serialize)]
pub struct Results {
    /// The command that produced them.
    pub command: String,
    /// When they were combined (UTC).
    pub date: String,
    /// Build profile of the benchmarks.
    pub build_profile: String,
    /// The machine.
    pub machine: Machine,
    /// Benchmarks whose JSON was not found.
    pub missing: Vec<String>,
    /// Every figure.
    pub figures: Vec<Figure>,
    /// Each benchmark's own report, as it wrote it.
    pub reports: serde_json::Map<String, Value>,
}

/// Field access with the report's name in the error.
struct Report<'a> {
    name: &'a str,
}

impl<'a> Report<'a> {
    fn at(&self, v: &'a Value, path: &str) -> Result<&'a Value> {
        path.split('.')
            .try_fold(v, |v, k| v.get(k))
            .ok_or_else(|| ReportError::Field { file: self.name.into(), field: path.into() })
    }
    fn num(&self, v: &'a Value, path: &str) -> Result<f64> {
        self.at(v, path)?
            .as_f64()
            .ok_or_else(|| ReportError::Field { file: self.name.into(), field: path.into() })
    }
    fn text(&self, v: &'a Value, path: &str) -> Result<String> {
        let x = self.at(v, path)?;
        Ok(x.as_str().map_or_else(|| x.to_string(), str::to_string))
    }
    fn list(&self, v: &'a Value, path: &str) -> Result<&'a Vec<Value>> {
        self.at(v, path)?
            .as_array()
            .ok_or_else(|| ReportError::Field { file: self.name.into(), field: path.into() })
    }
}

/// The figures of the report `name` (its JSON `v`).
pub fn figures(name: &str, v: &Value) -> Result<Vec<Figure>> {
    let r = Report { name };
    let mut out = Vec::new();
    let mut fig = |what: String, value: f64, unit: &str| {
        out.push(Figure { bench: name.into(), what, value, unit: unit.into() });
    };
    match name {
        "cosim" => {
            for t in r.list(v, "tops")? {
                let top = r.text(t, "top")?;
                fig(format!("{top}: C++ loop"), r.num(t, "cpp_cycles_per_second")?, "cycles/s");
                fig(format!("{top}: Rust loop"), r.num(t, "rust_cycles_per_second")?, "cycles/s");
                let h = r.num(t, "harness_cycles_per_second")?;
                fig(format!("{top}: full harness"), h, "cycles/s");
                fig(format!("{top}: ratio Rust / C++"), r.num(t, "ratio_rust_cpp")?, "ratio");
            }
        }
        "model" => {
            let unit = "translations/s";
            fig("warm, same page".into(), r.num(v, "warm_same_page_per_second")?, unit);
            fig(
                "warm, 256 pages round robin".into(),
                r.num(v, "warm_round_robin_per_second")?,
                unit,
            );
            fig("cold, full walks".into(), r.num(v, "cold_per_second")?, unit);
        }
        "iommu" => {
            let t = r.at(v, "throughput")?;
            fig("IOTLB hit throughput".into(), r.num(t, "per_cycle")?, "translations/cycle");
            fig("one hit alone".into(), r.num(t, "hit_latency")?, "cycles");
            for m in r.list(v, "miss_latency")? {
                let lat = r.num(m, "read_latency")?;
                let c = r.num(m, "ctx_cached_cycles")?;
                fig(format!("miss, memory latency {lat}, DC+PC cached"), c, "cycles");
                let c = r.num(m, "cold_cycles")?;
                fig(format!("miss, memory latency {lat}, nothing cached"), c, "cycles");
            }
            let h = r.at(v, "hit_under_miss")?;
            fig(
                format!("hits under one miss (memory latency {})", r.num(h, "read_latency")?),
                r.num(h, "hits_during_miss")?,
                "hits",
            );
            for c in r.list(v, "concurrent")? {
                let n = r.num(c, "misses")?;
                fig(format!("{n} concurrent misses"), r.num(c, "cycles")?, "cycles");
            }
        }
        "dma" => {
            for f in r.list(v, "figures")? {
                let what = r.text(f, "what")?;
                fig(what.clone(), r.num(f, "bytes_per_cycle")?, "bytes/cycle");
                fig(format!("{what}, of the link"), 100.0 * r.num(f, "link_fraction")?, "%");
            }
        }
        "dma_sweep" => {
            for p in r.list(v, "points")? {
                let size = r.num(p, "size")?;
                for (key, what) in [
                    ("write_one", "write alone"),
                    ("write_stream", "write stream"),
                    ("read_one", "read alone"),
                    ("read_stream", "read stream"),
                ] {
                    fig(format!("{size} B, {what}"), r.num(p, key)?, "bytes/cycle");
                }
            }
        }
        "sva" => {
            for f in r.list(v, "fault_service")? {
                let b = r.text(f, "backend")?;
                let unit = if b == "rtl" { "cycles" } else { "link exchanges" };
                fig(
                    format!("{b}: page fault served end to end, mean"),
                    r.num(f, "cycles_mean")?,
                    unit,
                );
                fig(format!("{b}: the same write, ATC warm"), r.num(f, "warm_cycles_mean")?, unit);
                fig(format!("{b}: wall time per fault"), r.num(f, "wall_us_mean")?, "us");
            }
            let rate = r.num(v, "driver_page_requests_per_second")?;
            fig("driver page requests (model)".into(), rate, "requests/s");
        }
        "sva_depth" => {
            let sweeps = v.as_array().ok_or_else(|| ReportError::Field {
                file: name.into(),
                field: "(an array of sweeps)".into(),
            })?;
            for s in sweeps {
                let b = r.text(s, "backend")?;
                let unit = if b == "rtl" { "cycles" } else { "link exchanges" };
                for p in r.list(s, "points")? {
                    let d = r.num(p, "depth")?;
                    fig(
                        format!("{b}: {d} faults at once, mean per fault"),
                        r.num(p, "cycles_mean")?,
                        unit,
                    );
                    fig(
                        format!("{b}: {d} faults at once, last served"),
                        r.num(p, "cycles_max")?,
                        unit,
                    );
                }
            }
        }
        "iotlb" => {
            for p in r.list(v, "points")? {
                let what = format!(
                    "{} entries, {} pages, {}",
                    r.num(p, "entries")?,
                    r.num(p, "working_set")?,
                    r.text(p, "pattern")?
                );
                fig(what, 100.0 * r.num(p, "hit_rate")?, "% hits");
            }
        }
        "timeline" => {
            let events = r.list(v, "events")?;
            let first = events.first().map(|e| r.num(e, "cycle")).transpose()?.unwrap_or(0.0);
            for e in events {
                fig(r.text(e, "stage")?, r.num(e, "cycle")? - first, "cycle");
            }
            fig("end to end".into(), r.num(v, "end_to_end")?, "cycles");
        }
        _ => {
            for f in r.list(v, "figures")? {
                fig(r.text(f, "what")?, r.num(f, "value")?, &r.text(f, "unit")?);
            }
        }
    }
    Ok(out)
}

/// Combine the JSON reports in `dir` (the known ones, then any other `*.json` with a
/// `figures` array, `results.json` excluded).
pub fn combine(
    dir: &Path,
    command: &str,
    build_profile: &str,
    load_at_start: Option<f64>,
) -> Result<Results> {
    let mut names: Vec<String> = KNOWN.iter().map(|(n, _)| n.to_string()).collect();
    let mut others: Vec<String> = std::fs::read_dir(dir)
        .map_err(|source| ReportError::Io { path: dir.into(), source })?
        .flatten()
        .filter_map(|e| {
            let p = e.path();
            let stem = p.file_stem()?.to_str()?.to_string();
            (p.extension()? == "json" && stem != "results" && !names.contains(&stem))
                .then_some(stem)
        })
        .collect();
    others.sort();
    names.extend(others);
    let mut missing = Vec::new();
    let mut all = Vec::new();
    let mut reports = serde_json::Map::new();
    for name in names {
        let path = dir.join(format!("{name}.json"));
        if !path.is_file() {
            missing.push(name);
            continue;
        }
        let v = crate::read_json(&path)?;
        all.extend(figures(&name, &v)?);
        reports.insert(name, v);
    }
    Ok(Results {
        command: command.into(),
        date: crate::facts::now_utc(),
        build_profile: build_profile.into(),
        machine: Machine::now(load_at_start),
        missing,
        figures: all,
        reports,
    })
}

/// A value as a table shows it: integers plain, others to 3 significant decimals at most.
fn show(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        let s = format!("{}", v as i64);
        // Thousands separated: 1234567 -> 1,234,567.
        let (sign, digits) = s.strip_prefix('-').map_or(("", s.as_str()), |d| ("-", d));
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        format!("{sign}{out}")
    } else if v.abs() >= 1000.0 {
        show(v.round())
    } else if v.abs() >= 10.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.3}")
    }
}

/// The results as Markdown: the run's facts, then one table per benchmark.
pub fn markdown(r: &Results) -> String {
    let m = &r.machine;
    let load = |l: Option<f64>| l.map_or("?".to_string(), |l| format!("{l:.2}"));
    let mut s = String::from("# Benchmark results\n\n");
    s += &format!(
        "- command: `{}`\n- date: {}\n- build profile: {}\n",
        r.command, r.date, r.build_profile
    );
    s += &format!(
        "- machine: {} cores{}{}, {}; load (1 min) {} at the start, {} at the end\n",
        m.cores,
        m.cpu.as_deref().map_or(String::new(), |c| format!(" ({c})")),
        m.memory_gib.map_or(String::new(), |g| format!(", {g} GiB")),
        m.os,
        load(m.load_at_start),
        load(m.load_at_end)
    );
    if !r.missing.is_empty() {
        s += &format!("- not run: {}\n", r.missing.join(", "));
    }
    let mut benches: Vec<&str> = Vec::new();
    for f in &r.figures {
        if !benches.contains(&f.bench.as_str()) {
            benches.push(&f.bench);
        }
    }
    for b in benches {
        let title = KNOWN.iter().find(|(n, _)| *n == b).map_or(b, |(_, t)| t);
        s += &format!("\n## {b}: {title}\n\n| what | value | unit |\n|---|---:|---|\n");
        for f in r.figures.iter().filter(|f| f.bench == b) {
            s += &format!("| {} | {} | {} |\n", f.what, show(f.value), f.unit);
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn figures_of_known_and_generic_reports() {
        let dma = json!({"figures": [{"what": "write", "bytes": 4096, "cycles": 512,
            "bytes_per_cycle": 8.0, "link_fraction": 1.0}]});
        let f = figures("dma", &dma).unwrap();
        assert_eq!(f.len(), 2);
        assert_eq!((f[0].value, f[0].unit.as_str()), (8.0, "bytes/cycle"));
        assert_eq!((f[1].value, f[1].unit.as_str()), (100.0, "%"));
        let cocotb =
            json!({"figures": [{"what": "cycles per second", "value": 1e4, "unit": "cycles/s"}]});
        let f = figures("cocotb", &cocotb).unwrap();
        assert_eq!(f[0].bench, "cocotb");
        assert_eq!(f[0].value, 1e4);
        // A report without the field its benchmark writes is an error that names it.
        let e = figures("model", &json!({"cold_per_second": 1.0})).unwrap_err();
        assert!(e.to_string().contains("warm_same_page_per_second"), "{e}");
    }

    #[test]
    fn combine_reads_a_folder_and_renders_markdown() {
        let dir = tempfile::tempdir().unwrap();
        let model = json!({"warm_same_page_per_second": 9.5e7,
            "warm_round_robin_per_second": 9.0e7, "cold_per_second": 9.1e5});
        std::fs::write(dir.path().join("model.json"), model.to_string()).unwrap();
        let extra = json!({"figures": [{"what": "x", "value": 2.5, "unit": "u"}]});
        std::fs::write(dir.path().join("cocotb.json"), extra.to_string()).unwrap();
        let r = combine(dir.path(), "cargo xtask bench", "release", Some(0.5)).unwrap();
        assert_eq!(r.figures.len(), 4);
        assert!(r.missing.contains(&"dma".to_string()));
        assert!(!r.missing.contains(&"cocotb".to_string()));
        let md = markdown(&r);
        assert!(md.contains("| warm, same page | 95,000,000 | translations/s |"), "{md}");
        assert!(md.contains("| x | 2.500 | u |"), "{md}");
        assert!(md.contains("load (1 min) 0.50 at the start"), "{md}");
    }

    #[test]
    fn numbers_are_shown_readably() {
        assert_eq!(show(1234567.0), "1,234,567");
        assert_eq!(show(-1000.0), "-1,000");
        assert_eq!(show(7.583), "7.583");
        assert_eq!(show(42.26), "42.3");
        assert_eq!(show(812345.6), "812,346");
    }
}
