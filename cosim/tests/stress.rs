//! The stress suite (cosim/src/stress/), bounded for CI, on both backends: isolation with 64
//! PASIDs on two functions under a random DMA stream judged DMA by DMA against the
//! reference with full memory comparisons, a page-request storm that overflows the queue,
//! bind/unbind churn with DMA in flight, exit storms. Fixed seeds; each part must find 0
//! violations, and each sabotage must be caught.

use cosim::stress::{run, Part, PartReport, Sabotage, StressOptions};
use cosim::sva::Backend;

/// DMAs of the isolation stream in CI (debug build; the long runs are `cargo xtask stress`,
/// README "## Stress"): the RTL and the model.
const RTL_DMAS: u64 = 500;
const MODEL_DMAS: u64 = 20_000;

/// Processes of the storm, churn and exit parts: fewer on the RTL (a debug build simulates
/// about ten times slower than release; `cargo xtask stress --backend rtl` runs 64).
fn processes(backend: Backend) -> usize {
    match backend {
        Backend::Model => 64,
        Backend::Rtl => 24,
    }
}

fn one(backend: Backend, part: Part, dmas: u64, seed: u64) -> PartReport {
    let mut o = StressOptions::new(backend, dmas, seed);
    o.parts = vec![part];
    o.processes = processes(backend);
    run_one(o)
}

fn run_one(o: StressOptions) -> PartReport {
    let r = run(&o).unwrap();
    assert_eq!(r.parts.len(), 1);
    r.parts.into_iter().next().unwrap()
}

/// What every clean part must show.
fn clean(r: &PartReport) {
    assert_eq!(r.violations, 0, "{:#?}", r.first_violations);
    assert!(r.memory_checks >= 2, "{r:?}");
    assert!(r.bytes_compared > 0, "{r:?}");
}

fn isolation(backend: Backend, dmas: u64, plain_percent: u8) {
    let mut o = StressOptions::new(backend, dmas, 7);
    o.parts = vec![Part::Isolation];
    o.plain_percent = plain_percent;
    // Short runs compare all memory (and munmap a page) more often.
    o.check_every = 8;
    let r = run_one(o);
    clean(&r);
    assert!(r.dmas >= dmas, "{r:?}");
    assert!(r.pasids >= 64, "{r:?}");
    assert_eq!(r.functions, 2);
    // The stream reaches every outcome: completions, refusals, page requests answered both
    // ways, pages munmapped during the run, fault records of plain requests.
    assert!(r.completed > dmas / 3 && r.refused > dmas / 20, "{r:?}");
    assert!(r.prg_success > 0 && r.prg_invalid > 0, "{r:?}");
    assert!(r.bytes_written > 0 && r.bytes_read > 0 && r.munmaps > 0, "{r:?}");
    if plain_percent > 0 {
        assert!(r.fault_records > 0, "{r:?}");
    }
}

#[test]
fn isolation_on_model() {
    isolation(Backend::Model, MODEL_DMAS, 25);
}

/// Work items only (ATS + PRI): see the next test for plain requests on the RTL.
#[test]
fn isolation_on_rtl() {
    isolation(Backend::Rtl, RTL_DMAS, 0);
}

/// Plain untranslated requests too: the fault-record storm that found a fence claiming the
/// write port under an in-flight record write, so `fqt` covered a slot never written
/// (README, "## Stress", findings).
#[test]
fn isolation_on_rtl_with_plain_requests() {
    isolation(Backend::Rtl, 3_000, 25);
}

fn storm(backend: Backend) {
    let r = one(backend, Part::Storm, 0, 3);
    clean(&r);
    assert!(r.pq_overflows > 0, "{r:?}");
    assert_eq!(r.refused, 0, "every work item of the storm completes: {r:?}");
    assert!(r.completed >= processes(backend) as u64 * 2 * 3, "{r:?}");
}

#[test]
fn storm_on_model() {
    storm(Backend::Model);
}

#[test]
fn storm_on_rtl() {
    storm(Backend::Rtl);
}

fn churn(backend: Backend) {
    let rounds = if backend == Backend::Rtl { 6 } else { 16 };
    let r = one(backend, Part::Churn, rounds * 32, 5);
    clean(&r);
    assert!(r.unbinds >= rounds && r.pasid_reuses > 0 && r.stop_markers >= rounds, "{r:?}");
}

#[test]
fn churn_on_model() {
    churn(Backend::Model);
}

#[test]
fn churn_on_rtl() {
    churn(Backend::Rtl);
}

fn exits(backend: Backend) {
    let r = one(backend, Part::Exit, 2 * 32 * 16, 9);
    clean(&r);
    // Processes exited mid-DMA: their page requests were answered quietly.
    assert!(r.exits >= 4 && r.quiet_page_requests > 0, "{r:?}");
}

#[test]
fn exit_storm_on_model() {
    exits(Backend::Model);
}

#[test]
fn exit_storm_on_rtl() {
    exits(Backend::Rtl);
}

fn sabotaged(backend: Backend, s: Sabotage, dmas: u64) -> PartReport {
    let mut o = StressOptions::new(backend, dmas, 11);
    o.parts = vec![Part::Isolation];
    o.sabotage = Some(s);
    o.check_every = 16;
    let r = run(&o).unwrap();
    r.parts.into_iter().next().unwrap()
}

#[test]
fn crossed_page_tables_are_caught_on_model() {
    let r = sabotaged(Backend::Model, Sabotage::CrossedPageTables, 1_000);
    assert!(r.violations > 0, "{r:?}");
}

#[test]
fn crossed_page_tables_are_caught_on_rtl() {
    let r = sabotaged(Backend::Rtl, Sabotage::CrossedPageTables, 300);
    assert!(r.violations > 0, "{r:?}");
}

#[test]
fn a_skipped_invalidation_is_caught_on_model() {
    let r = sabotaged(Backend::Model, Sabotage::SkipInvalidation, 20_000);
    assert!(r.violations > 0, "{r:?}");
}

/// Completions the endpoint refuses (here: late ones, for reads that timed out) are
/// violations in the report; the run keeps its figures instead of ending with an error.
#[test]
fn refused_completions_are_caught_on_rtl() {
    let r = sabotaged(Backend::Rtl, Sabotage::ShortCompletionTimeout, 40);
    assert!(r.violations > 0, "{r:?}");
    let text = r.first_violations.join("\n");
    assert!(
        text.contains("the endpoint refused a TLP of the root port: unexpected completion"),
        "{text}"
    );
}

#[test]
fn a_stray_write_is_caught_on_model() {
    let r = sabotaged(Backend::Model, Sabotage::StrayWrite, 500);
    assert!(r.violations > 0, "{r:?}");
}
