//! SVG plots of the sweeps and the page-fault timeline, drawn with `plotters` (SVG backend:
//! text goes out as `<text>` elements, no font library involved), from the benchmarks' JSON.

use std::path::{Path, PathBuf};

use plotters::coord::ranged1d::SegmentValue;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use serde::Deserialize;

use crate::{ReportError, Result};

/// The plots: (file name, JSON stem it is drawn from).
pub const PLOTS: [(&str, &str); 4] = [
    ("dma_throughput.svg", "dma_sweep"),
    ("fault_latency_depth.svg", "sva_depth"),
    ("iotlb_hit_rate.svg", "iotlb"),
    ("page_fault_timeline.svg", "timeline"),
];

const FONT: &str = "sans-serif";

/// A line of a plot: its legend, how to read its value from a point, its colour.
type Series<P> = (&'static str, fn(&P) -> f64, RGBColor);

#[derive(Deserialize)]
struct DmaSweep {
    read_latency: u32,
    payload: u32,
    link_bytes_per_cycle: f64,
    points: Vec<DmaPoint>,
}

#[derive(Deserialize)]
struct DmaPoint {
    size: usize,
    write_one: f64,
    write_stream: f64,
    read_one: f64,
    read_stream: f64,
}

#[derive(Deserialize)]
struct DepthSweep {
    backend: String,
    pq_entries: u32,
    pri_allocation: u32,
    points: Vec<DepthPoint>,
}

#[derive(Deserialize)]
struct DepthPoint {
    depth: usize,
    cycles_mean: f64,
    cycles_min: u64,
    cycles_max: u64,
}

#[derive(Deserialize)]
struct Iotlb {
    read_latency: u32,
    points: Vec<HitPoint>,
}

#[derive(Deserialize)]
struct HitPoint {
    entries: u32,
    pattern: String,
    working_set: usize,
    hit_rate: f64,
}

/// The page-fault timeline as `cosim timeline` writes it.
#[derive(Deserialize)]
pub struct Timeline {
    /// Simulation top.
    pub top: String,
    /// Stages in causal order.
    pub events: Vec<Event>,
    /// Cycles from the first event to the last.
    pub end_to_end: u64,
}

/// One stage of the timeline.
#[derive(Deserialize)]
pub struct Event {
    /// Its name.
    pub stage: String,
    /// Its cycle.
    pub cycle: u64,
}

fn load<T: serde::de::DeserializeOwned>(dir: &Path, stem: &str) -> Result<T> {
    let path = dir.join(format!("{stem}.json"));
    let v = crate::read_json(&path)?;
    serde_json::from_value(v).map_err(|source| ReportError::Json { path, source })
}

fn plot_err(name: &str) -> impl Fn(&dyn std::fmt::Display) -> ReportError + '_ {
    move |e| ReportError::Plot { name: name.to_string(), what: e.to_string() }
}

/// The charts' coordinates: log2 of the swept quantity against the figure.
type Chart<'a, 'b> = ChartContext<'a, SVGBackend<'b>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// One line per series over `points`, at x = log2 of `x(p)`, with its legend entry.
fn draw_lines<P>(
    chart: &mut Chart<'_, '_>,
    points: &[P],
    x: fn(&P) -> f64,
    series: &[Series<P>],
    e: &impl Fn(&dyn std::fmt::Display) -> ReportError,
) -> Result<()> {
    for &(label, get, color) in series {
        let pts: Vec<(f64, f64)> = points.iter().map(|p| (x(p).log2(), get(p))).collect();
        chart
            .draw_series(LineSeries::new(pts, color.stroke_width(2)).point_size(3))
            .map_err(|x| e(&x))?
            .label(label)
            .legend(move |(x, y)| PathElement::new([(x, y), (x + 20, y)], color.stroke_width(2)));
    }
    Ok(())
}

/// The legend box at `position`.
fn draw_legend<'a, 'b: 'a>(
    chart: &mut Chart<'a, 'b>,
    position: SeriesLabelPosition,
    font_size: u32,
    e: &impl Fn(&dyn std::fmt::Display) -> ReportError,
) -> Result<()> {
    chart
        .configure_series_labels()
        .position(position)
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .label_font((FONT, font_size))
        .draw()
        .map_err(|x| e(&x))
}

/// `bytes` as a short label: 64, 1K, 64K.
fn size_label(bytes: f64) -> String {
    let b = bytes.round() as u64;
    if b >= 1024 && b % 1024 == 0 {
        format!("{}K", b / 1024)
    } else {
        b.to_string()
    }
}

/// DMA bytes per cycle against transfer size (log2 axis).
pub fn dma_throughput(dir: &Path) -> Result<String> {
    let s: DmaSweep = load(dir, "dma_sweep")?;
    let name = "dma_throughput";
    if s.points.is_empty() {
        return Err(ReportError::NoData { name: "dma_throughput", what: "no points".into() });
    }
    let e = plot_err(name);
    let lo = s.points.iter().map(|p| (p.size as f64).log2()).fold(f64::MAX, f64::min);
    let hi = s.points.iter().map(|p| (p.size as f64).log2()).fold(f64::MIN, f64::max);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (900, 520)).into_drawing_area();
        root.fill(&WHITE).map_err(|x| e(&x))?;
        let caption = format!(
            "DMA through root port + IOMMU: bytes per cycle against transfer size \
             (MPS {} B, memory latency {})",
            s.payload, s.read_latency
        );
        let mut chart = ChartBuilder::on(&root)
            .caption(caption, (FONT, 18))
            .margin(12)
            .x_label_area_size(45)
            .y_label_area_size(55)
            .build_cartesian_2d(lo - 0.2..hi + 0.2, 0f64..s.link_bytes_per_cycle + 0.5)
            .map_err(|x| e(&x))?;
        chart
            .configure_mesh()
            .x_desc("transfer size (bytes, log scale)")
            .y_desc("bytes per cycle")
            .x_labels((hi - lo) as usize + 1)
            .x_label_formatter(&|v| size_label(v.exp2()))
            .label_style((FONT, 13))
            .draw()
            .map_err(|x| e(&x))?;
        let link = s.link_bytes_per_cycle;
        chart
            .draw_series(LineSeries::new([(lo - 0.2, link), (hi + 0.2, link)], BLACK.mix(0.4)))
            .map_err(|x| e(&x))?
            .label(format!("link: {link} bytes/cycle"))
            .legend(|(x, y)| PathElement::new([(x, y), (x + 20, y)], BLACK.mix(0.4)));
        let series: [Series<DmaPoint>; 4] = [
            ("write, stream", |p| p.write_stream, RGBColor(200, 40, 40)),
            ("write, one transfer", |p| p.write_one, RGBColor(240, 150, 150)),
            ("read, stream", |p| p.read_stream, RGBColor(30, 80, 200)),
            ("read, one transfer", |p| p.read_one, RGBColor(140, 170, 240)),
        ];
        draw_lines(&mut chart, &s.points, |p| p.size as f64, &series, &e)?;
        draw_legend(&mut chart, SeriesLabelPosition::LowerRight, 13, &e)?;
        root.present().map_err(|x| e(&x))?;
    }
    Ok(svg)
}

/// Fault-service latency against faults outstanding at once (the RTL sweep).
pub fn fault_latency_depth(dir: &Path) -> Result<String> {
    let sweeps: Vec<DepthSweep> = load(dir, "sva_depth")?;
    let name = "fault_latency_depth";
    let s = sweeps
        .iter()
        .find(|s| s.backend == "rtl")
        .ok_or(ReportError::NoData { name: "fault_latency_depth", what: "no RTL sweep".into() })?;
    if s.points.is_empty() {
        return Err(ReportError::NoData { name: "fault_latency_depth", what: "no points".into() });
    }
    let e = plot_err(name);
    let hi = s.points.iter().map(|p| (p.depth as f64).log2()).fold(0.0, f64::max);
    let top = s.points.iter().map(|p| p.cycles_max).max().unwrap_or(1) as f64 * 1.1;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (900, 520)).into_drawing_area();
        root.fill(&WHITE).map_err(|x| e(&x))?;
        let caption = format!(
            "Page faults outstanding at once on the RTL: cycles per fault served end to end \
             (PQ {} entries, PRI allocation {})",
            s.pq_entries, s.pri_allocation
        );
        let mut chart = ChartBuilder::on(&root)
            .caption(caption, (FONT, 17))
            .margin(12)
            .x_label_area_size(45)
            .y_label_area_size(65)
            .build_cartesian_2d(-0.2..hi + 0.2, 0f64..top)
            .map_err(|x| e(&x))?;
        chart
            .configure_mesh()
            .x_desc("faults submitted in the same cycle (log scale)")
            .y_desc("cycles from submission to the write sent")
            .x_labels(hi as usize + 1)
            .x_label_formatter(&|v| format!("{}", v.exp2().round()))
            .label_style((FONT, 13))
            .draw()
            .map_err(|x| e(&x))?;
        for (k, label) in [(s.pq_entries, "PQ entries"), (s.pri_allocation, "PRI allocation")] {
            let x = f64::from(k).log2();
            if x <= hi {
                let gray = BLACK.mix(0.35);
                chart
                    .draw_series(LineSeries::new([(x, 0.0), (x, top)], gray))
                    .map_err(|x| e(&x))?;
                chart
                    .draw_series([Text::new(
                        format!("{label} ({k})"),
                        (x + 0.04, top * 0.97),
                        (FONT, 12).into_font(),
                    )])
                    .map_err(|x| e(&x))?;
            }
        }
        let series: [Series<DepthPoint>; 3] = [
            ("last served (max)", |p| p.cycles_max as f64, RGBColor(200, 40, 40)),
            ("mean", |p| p.cycles_mean, RGBColor(30, 80, 200)),
            ("first served (min)", |p| p.cycles_min as f64, RGBColor(40, 150, 60)),
        ];
        draw_lines(&mut chart, &s.points, |p| p.depth as f64, &series, &e)?;
        draw_legend(&mut chart, SeriesLabelPosition::UpperLeft, 13, &e)?;
        root.present().map_err(|x| e(&x))?;
    }
    Ok(svg)
}

/// IOTLB hit rate against working-set size, one line per IOTLB size and pattern.
pub fn iotlb_hit_rate(dir: &Path) -> Result<String> {
    let s: Iotlb = load(dir, "iotlb")?;
    let name = "iotlb_hit_rate";
    if s.points.is_empty() {
        return Err(ReportError::NoData { name: "iotlb_hit_rate", what: "no points".into() });
    }
    let e = plot_err(name);
    let hi = s.points.iter().map(|p| (p.working_set as f64).log2()).fold(0.0, f64::max);
    let mut entries: Vec<u32> = s.points.iter().map(|p| p.entries).collect();
    entries.sort_unstable();
    entries.dedup();
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (900, 540)).into_drawing_area();
        root.fill(&WHITE).map_err(|x| e(&x))?;
        let caption = format!(
            "IOTLB hit rate on the RTL against working-set size (requests one at a time, \
             memory latency {})",
            s.read_latency
        );
        let mut chart = ChartBuilder::on(&root)
            .caption(caption, (FONT, 18))
            .margin(12)
            .x_label_area_size(45)
            .y_label_area_size(55)
            .build_cartesian_2d(-0.2..hi + 0.2, 0f64..105.0)
            .map_err(|x| e(&x))?;
        chart
            .configure_mesh()
            .x_desc("working set (distinct 4 KiB pages, log scale)")
            .y_desc("hit rate (%)")
            .x_labels(hi as usize + 1)
            .x_label_formatter(&|v| format!("{}", v.exp2().round()))
            .label_style((FONT, 13))
            .draw()
            .map_err(|x| e(&x))?;
        for (i, &n) in entries.iter().enumerate() {
            let color = Palette99::pick(i).to_rgba();
            for (pattern, width, points) in [("random", 2, 0), ("round-robin", 1, 3)] {
                let mut pts: Vec<(f64, f64)> = s
                    .points
                    .iter()
                    .filter(|p| p.entries == n && p.pattern == pattern)
                    .map(|p| ((p.working_set as f64).log2(), 100.0 * p.hit_rate))
                    .collect();
                pts.sort_by(|a, b| a.0.total_cmp(&b.0));
                if pts.is_empty() {
                    continue;
                }
                chart
                    .draw_series(LineSeries::new(pts, color.stroke_width(width)).point_size(points))
                    .map_err(|x| e(&x))?
                    .label(format!("{n} entries, {pattern}"))
                    .legend(move |(x, y)| {
                        PathElement::new([(x, y), (x + 20, y)], color.stroke_width(width))
                    });
            }
        }
        draw_legend(&mut chart, SeriesLabelPosition::LowerLeft, 12, &e)?;
        root.present().map_err(|x| e(&x))?;
    }
    Ok(svg)
}

/// The timeline of one page fault: one row per stage, a bar from the stage before it to its
/// own cycle, the cycle written beside it.
pub fn page_fault_timeline(dir: &Path) -> Result<String> {
    let t: Timeline = load(dir, "timeline")?;
    render_timeline(&t)
}

/// Draw `t` (see [`page_fault_timeline`]).
pub fn render_timeline(t: &Timeline) -> Result<String> {
    let name = "page_fault_timeline";
    let e = plot_err(name);
    let n = t.events.len() as i32;
    if n == 0 {
        return Err(ReportError::NoData { name: "page_fault_timeline", what: "no events".into() });
    }
    let start = t.events[0].cycle;
    let end = (t.events[t.events.len() - 1].cycle - start).max(1) as f64;
    let row = |k: usize| n - 1 - k as i32;
    let stages: Vec<String> = t.events.iter().map(|ev| ev.stage.clone()).collect();
    let mut svg = String::new();
    {
        let root =
            SVGBackend::with_string(&mut svg, (1100, 40 * n as u32 + 110)).into_drawing_area();
        root.fill(&WHITE).map_err(|x| e(&x))?;
        let caption = format!(
            "One page fault served end to end on {}: {} cycles, each stage at its simulated cycle",
            t.top, t.end_to_end
        );
        let mut chart = ChartBuilder::on(&root)
            .caption(caption, (FONT, 18))
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(370)
            .build_cartesian_2d(0f64..end * 1.02, (0..n).into_segmented())
            .map_err(|x| e(&x))?;
        let label = |v: &SegmentValue<i32>| match v {
            SegmentValue::CenterOf(r) if (0..n).contains(r) => stages[(n - 1 - r) as usize].clone(),
            _ => String::new(),
        };
        chart
            .configure_mesh()
            .x_desc("cycles since the job was submitted")
            .y_labels(n as usize)
            .y_label_formatter(&label)
            .disable_y_mesh()
            .label_style((FONT, 13))
            .draw()
            .map_err(|x| e(&x))?;
        let mut prev = 0f64;
        for (k, ev) in t.events.iter().enumerate() {
            let at = (ev.cycle - start) as f64;
            let r = row(k);
            let color = Palette99::pick(k).to_rgba();
            let (x0, x1) = (prev, at.max(prev + end * 0.004));
            chart
                .draw_series([Rectangle::new(
                    [(x0, SegmentValue::Exact(r)), (x1, SegmentValue::Exact(r + 1))],
                    color.filled(),
                )])
                .map_err(|x| e(&x))?;
            let text = format!("{} (+{})", at as u64, (at - prev) as u64);
            let (x, h) = if at > end * 0.6 {
                (x0 - end * 0.005, HPos::Right)
            } else {
                (x1 + end * 0.005, HPos::Left)
            };
            let style = TextStyle::from((FONT, 13).into_font()).pos(Pos::new(h, VPos::Center));
            chart
                .draw_series([Text::new(text, (x, SegmentValue::CenterOf(r)), style)])
                .map_err(|x| e(&x))?;
            prev = at;
        }
        root.present().map_err(|x| e(&x))?;
    }
    Ok(svg)
}

/// Draw every plot whose JSON is in `dir` into `out`; the files written, and the plots
/// skipped for want of their JSON.
pub fn draw_all(dir: &Path, out: &Path) -> Result<(Vec<PathBuf>, Vec<&'static str>)> {
    let mut written = Vec::new();
    let mut skipped = Vec::new();
    for (file, stem) in PLOTS {
        if !dir.join(format!("{stem}.json")).is_file() {
            skipped.push(file);
            continue;
        }
        let svg = match stem {
            "dma_sweep" => dma_throughput(dir)?,
            "sva_depth" => fault_latency_depth(dir)?,
            "iotlb" => iotlb_hit_rate(dir)?,
            _ => page_fault_timeline(dir)?,
        };
        let path = out.join(file);
        crate::write_file(&path, &svg)?;
        written.push(path);
    }
    Ok((written, skipped))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn dir_with(files: &[(&str, serde_json::Value)]) -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        for (stem, v) in files {
            std::fs::write(d.path().join(format!("{stem}.json")), v.to_string()).unwrap();
        }
        d
    }

    #[test]
    fn every_plot_renders_svg_with_its_labels() {
        let d = dir_with(&[
            (
                "dma_sweep",
                json!({"read_latency": 20, "payload": 512, "link_bytes_per_cycle": 8.0,
                "points": [
                    {"size": 64, "write_one": 0.5, "write_stream": 2.0, "read_one": 0.4, "read_stream": 1.5},
                    {"size": 65536, "write_one": 7.5, "write_stream": 7.6, "read_one": 7.3, "read_stream": 7.4}]}),
            ),
            (
                "sva_depth",
                json!([{"backend": "rtl", "pq_entries": 8, "pri_allocation": 16, "points": [
                    {"depth": 1, "cycles_mean": 110.0, "cycles_min": 110, "cycles_max": 110},
                    {"depth": 32, "cycles_mean": 900.0, "cycles_min": 120, "cycles_max": 1800}]}]),
            ),
            (
                "iotlb",
                json!({"read_latency": 10, "points": [
                    {"entries": 16, "pattern": "random", "working_set": 1, "hit_rate": 1.0},
                    {"entries": 16, "pattern": "random", "working_set": 64, "hit_rate": 0.25},
                    {"entries": 16, "pattern": "round-robin", "working_set": 64, "hit_rate": 0.0}]}),
            ),
            (
                "timeline",
                json!({"top": "kit_sim_top", "end_to_end": 120, "events": [
                    {"stage": "job submitted", "cycle": 1000},
                    {"stage": "ATS Translation Request sent", "cycle": 1003},
                    {"stage": "data write in memory", "cycle": 1120}]}),
            ),
        ]);
        let out = tempfile::tempdir().unwrap();
        let (written, skipped) = draw_all(d.path(), out.path()).unwrap();
        assert_eq!(written.len(), 4);
        assert!(skipped.is_empty());
        let read = |f: &str| std::fs::read_to_string(out.path().join(f)).unwrap();
        let dma = read("dma_throughput.svg");
        assert!(dma.starts_with("<svg"), "{}", &dma[..60.min(dma.len())]);
        assert!(dma.contains("write, stream") && dma.contains("64K"));
        assert!(read("fault_latency_depth.svg").contains("PQ entries (8)"));
        assert!(read("iotlb_hit_rate.svg").contains("16 entries, round-robin"));
        let tl = read("page_fault_timeline.svg");
        assert!(tl.contains("ATS Translation Request sent"));
        // The last stage's cycle and its duration.
        assert!(tl.contains("120 (+117)"), "{tl}");
    }

    #[test]
    fn a_missing_json_skips_its_plot_and_bad_data_is_an_error() {
        let d = dir_with(&[("iotlb", json!({"read_latency": 10, "points": []}))]);
        let out = tempfile::tempdir().unwrap();
        let e = draw_all(d.path(), out.path()).unwrap_err();
        assert!(e.to_string().contains("no points"), "{e}");
        let d = dir_with(&[]);
        let (written, skipped) = draw_all(d.path(), out.path()).unwrap();
        assert!(written.is_empty());
        assert_eq!(skipped.len(), 4);
    }
}
