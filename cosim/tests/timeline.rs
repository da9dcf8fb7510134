//! The timeline of one page fault (`cosim timeline`, `cargo xtask bench timeline`) comes
//! from a real RTL run's events: every stage is found, in causal order, and the stages'
//! cycles add up to the end-to-end figure.

use cosim::sva::timeline::{run, table, STAGES};

#[test]
fn a_page_fault_goes_through_every_stage_in_causal_order() {
    let t = run().unwrap();
    let names: Vec<&str> = t.events.iter().map(|e| e.stage.as_str()).collect();
    assert_eq!(names, STAGES, "{t:#?}");
    // Causal order: each stage at or after the one before it; a message crossing the link
    // or the memory takes at least a cycle, so these never coincide.
    for w in t.events.windows(2) {
        assert!(w[0].cycle <= w[1].cycle, "{} after {}: {t:#?}", w[1].stage, w[0].stage);
    }
    let strictly =
        [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (7, 8), (8, 9), (9, 10), (10, 11), (11, 12)];
    for (a, b) in strictly {
        assert!(t.events[a].cycle < t.events[b].cycle, "{} / {}: {t:#?}", STAGES[a], STAGES[b]);
    }
    let stages = t.stage_cycles();
    assert_eq!(stages[0], 0);
    assert_eq!(stages.iter().sum::<u64>(), t.end_to_end, "{t:#?}");
    assert_eq!(t.events[12].cycle - t.events[0].cycle, t.end_to_end);
    // The job ends for the device when its write has been sent: between the write leaving
    // (stage 11) and the write in memory (stage 12), as `cosim bench-sva` counts a fault.
    let sent = t.events[11].cycle - t.events[0].cycle;
    assert!(sent <= t.until_sent && t.until_sent <= t.end_to_end, "{t:#?}");
    // A fault takes a few dozen cycles at least (two translations, a message each way, a
    // queue record, register accesses) and far less than a thousand with the driver
    // looking at the wire every cycle.
    assert!((40..1000).contains(&t.end_to_end), "{t:#?}");
    let md = table(&t);
    assert!(md.contains("| 12 | data write in memory (AXI4 write) |"), "{md}");
}
