//! The IOMMU benchmark's short run measures what the translation engine's header promises
//! (hw/iommu/iommu_xlate.sv): hits one per cycle with no memory read, a miss costing one
//! memory round trip per level read plus a few cycles, hits flowing under a miss, and two
//! walks overlapping (WALKERS = 2). Cycle counts, not wall-clock time.

use cosim::bench_iommu::{concurrent, hit_under_miss, miss_latency, run, throughput};

#[test]
fn hits_stream_one_per_cycle_without_memory_reads() {
    let t = throughput(8, 2_000).unwrap();
    assert_eq!(t.reads_during_stream, 0, "{t:?}");
    assert_eq!(t.responses, t.window_cycles, "{t:?}");
    // Accepted into S1, then S2 (IOTLB), S3 (decide) and the output register.
    assert_eq!(t.hit_latency, 4, "{t:?}");
}

#[test]
fn a_miss_costs_a_round_trip_per_level() {
    for latency in [10, 40] {
        let m = miss_latency(latency, 3).unwrap();
        // Sv39 with a 4 KiB leaf: three page-table reads once the contexts are cached; the
        // device and process directories add reads when nothing is cached.
        assert_eq!(m.ctx_cached_reads, 3.0, "{m:?}");
        assert!(m.cold_reads > m.ctx_cached_reads, "{m:?}");
        assert!(m.round_trip >= f64::from(latency), "{m:?}");
        // Within a few cycles of "one round trip per level + 6".
        assert!((m.ctx_cached_cycles - m.ctx_cached_model).abs() <= 8.0, "{m:?}");
        assert!((m.cold_cycles - m.cold_model).abs() <= 16.0, "{m:?}");
    }
}

#[test]
fn hits_complete_under_a_miss_and_two_walks_overlap() {
    let h = hit_under_miss(40).unwrap();
    assert!(h.hits_during_miss >= h.miss_cycles / 2, "{h:?}");
    let c = concurrent(40, &[1, 2, 4]).unwrap();
    assert_eq!(c[0].cycles, c[0].serial_cycles);
    // Two walks take about as long as one; four about as long as two pairs.
    assert!(c[1].cycles * 10 < c[1].serial_cycles * 6, "{c:?}");
    assert!(c[2].cycles * 10 < c[2].serial_cycles * 6, "{c:?}");
}

#[test]
fn the_quick_report_serializes() {
    let r = run(true).unwrap();
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["top"], "iommu_sim_top");
    assert_eq!(json["miss_latency"].as_array().map(Vec::len), Some(2));
    assert!(cosim::bench_iommu::table(&r).contains("translations/cycle"));
}
