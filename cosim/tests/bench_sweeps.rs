//! The benchmark sweeps measure what the RTL does: DMA bytes per cycle grow with the
//! transfer size and stay under the link's 8 bytes per cycle; IOTLB hits follow the
//! round-robin victim choice of hw/iommu/iommu_xlate.sv (a working set that fits always
//! hits, a round-robin one larger than the IOTLB never does); more faults outstanding at once
//! take longer in all on the RTL, each still served.

use cosim::bench_iotlb::{hit_rates, working_sets, Pattern, DEFAULT_ENTRIES};
use cosim::sva::Backend;

#[test]
fn iotlb_hit_rate_follows_the_victim_choice() {
    let e = DEFAULT_ENTRIES as usize;
    let sets = [1, e, 2 * e];
    let p =
        hit_rates(DEFAULT_ENTRIES, &sets, &[Pattern::RoundRobin, Pattern::Random], 128).unwrap();
    let rate = |w: usize, pat: Pattern| {
        p.iter().find(|x| x.working_set == w && x.pattern == pat).map(|x| x.hit_rate).unwrap()
    };
    for pat in [Pattern::RoundRobin, Pattern::Random] {
        assert_eq!(rate(1, pat), 1.0, "{p:#?}");
        assert_eq!(rate(e, pat), 1.0, "{p:#?}");
    }
    // Round robin over twice the entries: each page was evicted e requests before its turn.
    assert_eq!(rate(2 * e, Pattern::RoundRobin), 0.0, "{p:#?}");
    // At random over twice the entries: about half the pages are present.
    let r = rate(2 * e, Pattern::Random);
    assert!(r > 0.2 && r < 0.8, "{p:#?}");
    // A miss is one Sv39 walk of three reads (the contexts stay cached).
    for x in &p {
        assert_eq!(x.reads, 3 * (x.translations - x.hits), "{x:?}");
    }
    assert_eq!(working_sets(16, false), [1, 4, 8, 12, 16, 20, 24, 32, 48, 64]);
}

#[test]
fn dma_bytes_per_cycle_grow_with_the_transfer_size() {
    let s = cosim::bench_dma::sweep(true, 20).unwrap();
    let sizes: Vec<usize> = s.points.iter().map(|p| p.size).collect();
    assert_eq!(sizes, [64, 1024, 8192]);
    for w in s.points.windows(2) {
        assert!(w[0].write_one < w[1].write_one, "{s:#?}");
        assert!(w[0].read_one < w[1].read_one, "{s:#?}");
    }
    for p in &s.points {
        for v in [p.write_one, p.write_stream, p.read_one, p.read_stream] {
            assert!(v > 0.0 && v <= s.link_bytes_per_cycle, "{p:?}");
        }
        // A stream hides the first transfer's latency.
        assert!(p.write_stream >= p.write_one, "{p:?}");
    }
}

#[test]
fn more_faults_at_once_take_longer_in_all() {
    let sweeps = cosim::sva::bench::depth_sweep(true, &[Backend::Rtl, Backend::Model]).unwrap();
    assert_eq!(sweeps.len(), 2);
    for s in &sweeps {
        let depths: Vec<usize> = s.points.iter().map(|p| p.depth).collect();
        assert_eq!(depths, [1, 2, 4]);
        for p in &s.points {
            assert!(p.cycles_min <= p.cycles_max, "{p:?}");
            assert!(p.page_requests >= p.depth as u64, "{p:?}");
        }
        // The RTL serves them one record, one register access at a time; the model backend
        // answers every request of an exchange at once (its cycles are link exchanges).
        match s.backend {
            Backend::Rtl => assert!(s.points[2].cycles_max > s.points[0].cycles_max, "{s:#?}"),
            Backend::Model => assert!(s.points[2].cycles_max >= s.points[0].cycles_max),
        }
    }
    assert!(cosim::sva::bench::depth_table(&sweeps).contains("overflows"));
}
