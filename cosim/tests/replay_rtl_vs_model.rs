//! Register-level replay files (written against the IOMMU register map and host memory
//! only) give the same observations on the IOMMU RTL (`iommu_sim_top`) and on the reference
//! model: every register read, every fault record and fence word the IOMMU writes, every
//! interrupt edge, in the same order (cycle stamps aside: the model has no clock).

use std::path::{Path, PathBuf};

use cosim::replay::{self, Observation, RunOptions};

fn files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut v = vec![
        root.join("model/tests/replay/bare_identity.jsonl"),
        root.join("model/tests/replay/ddt1_pdt_fault.jsonl"),
    ];
    // The shared sample from ../shared (beside the clone in CI).
    let shared = root.join("../../shared/vectors-sample/bare_identity.jsonl");
    assert!(shared.exists(), "{} is missing", shared.display());
    v.push(shared);
    v
}

/// An observation without its cycle stamp.
fn timeless(o: &Observation) -> serde_json::Value {
    let mut v = serde_json::to_value(o).expect("observations serialize");
    if let Some(m) = v.as_object_mut() {
        m.remove("cycle");
    }
    v
}

#[test]
fn register_level_files_agree_on_rtl_and_model() {
    for path in files() {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        let steps = replay::parse(&name, &text).unwrap_or_else(|e| panic!("{e}"));
        let options = RunOptions { top: Some("iommu_sim_top"), ..RunOptions::default() };
        let rtl = replay::run(&name, &steps, &options).unwrap_or_else(|e| panic!("{e}"));
        let model = iommu_model::replay::run(&name, &steps).unwrap_or_else(|e| panic!("{e}"));
        let (r, m): (Vec<_>, Vec<_>) =
            (rtl.iter().map(timeless).collect(), model.iter().map(timeless).collect());
        for (i, (a, b)) in r.iter().zip(&m).enumerate() {
            assert_eq!(a, b, "{name}: observation {i} differs (RTL left, model right)");
        }
        assert_eq!(r.len(), m.len(), "{name}: RTL {} observations, model {}", r.len(), m.len());
        assert!(r.len() >= 10, "{name}: only {} observations", r.len());
    }
}
