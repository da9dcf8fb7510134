//! The lockstep differential test with the reference model as the backend under test: the
//! checker accepts every permitted answer (the model's own, sticky or fresh caches) and
//! catches a backend that grants what the specification forbids. The RTL runs the same
//! `differential::run` (cosim/tests).

use std::cell::Cell;

use driver::dma::PhysAddr;
use driver::regs::iommu_mem::PageRequest;
use iommu_model::{AtsMessage, CachePolicy, Config, DeviceRequest, PageRequestOutcome, Response};
use scenarios::lockstep::Lockstep;
use scenarios::platform::{ModelPlatform, Platform, MODEL_MEMORY_BYTES};
use scenarios::suite::differential::{run, Counts};

#[test]
fn the_model_agrees_with_itself_on_random_runs() {
    let mut total = Counts::default();
    for seed in 1..=12u64 {
        let lock = Lockstep::new(ModelPlatform::new());
        match run(&lock, seed, 2_000) {
            Ok(c) => total.add(&c),
            Err(m) => panic!("{m}"),
        }
    }
    println!("{total:?}");
    // The stream exercises every branch, not only one kind of answer.
    assert!(total.translations >= 24_000);
    assert!(total.allowed > 1_000 && total.faults > 1_000 && total.ats > 500, "{total:?}");
    assert!(total.pte_changes > 100 && total.invalidations > 100 && total.debug > 50, "{total:?}");
    assert!(total.context_changes > 100 && total.checks > 100, "{total:?}");
    // Page requests: queued records, discarded messages, the IOMMU's own PRG responses.
    let [queued, discarded, responded] = total.page_requests;
    assert!(queued > 50 && discarded > 50 && responded > 50, "{total:?}");
    assert!(total.ats_messages >= responded, "{total:?}");
}

#[test]
fn fresh_caches_give_other_permitted_answers_and_still_agree() {
    for seed in 100..=105u64 {
        let dut = ModelPlatform::with(
            Config { policy: CachePolicy::Fresh, ..Config::default() },
            MODEL_MEMORY_BYTES,
        );
        let lock = Lockstep::new(dut);
        if let Err(m) = run(&lock, seed, 2_000) {
            panic!("{m}");
        }
    }
}

/// A backend that grants write permission on every read-only translation.
struct GrantsWrites {
    inner: ModelPlatform,
    lies: Cell<u64>,
}

impl Platform for GrantsWrites {
    type Regs<'a> = <ModelPlatform as Platform>::Regs<'a>;
    type Memory<'a> = <ModelPlatform as Platform>::Memory<'a>;
    fn name(&self) -> &'static str {
        "grants-writes"
    }
    fn regs(&self) -> Self::Regs<'_> {
        self.inner.regs()
    }
    fn memory(&self) -> Self::Memory<'_> {
        self.inner.memory()
    }
    fn request(&self, req: &DeviceRequest) -> Response {
        match self.inner.request(req) {
            Response::Allowed(t) if !t.w => {
                self.lies.set(self.lies.get() + 1);
                Response::Allowed(iommu_model::Translation { w: true, ..t })
            }
            other => other,
        }
    }
    fn permitted(&self, req: &DeviceRequest) -> Vec<Response> {
        self.inner.permitted(req)
    }
    fn run_until_idle(&self) {
        self.inner.run_until_idle()
    }
    fn interrupt_lines(&self) -> u16 {
        self.inner.interrupt_lines()
    }
    fn refused_address(&self) -> PhysAddr {
        self.inner.refused_address()
    }
    fn hold_commands(&self, hold: bool) {
        self.inner.hold_commands(hold)
    }
    fn page_request(&self, msg: &PageRequest) -> PageRequestOutcome {
        self.inner.page_request(msg)
    }
    fn take_ats_messages(&self) -> Vec<AtsMessage> {
        self.inner.take_ats_messages()
    }
    fn complete_invalidations(&self, n: usize) {
        self.inner.complete_invalidations(n)
    }
    fn expire_invalidations(&self) {
        self.inner.expire_invalidations()
    }
    fn pending_invalidations(&self) -> usize {
        self.inner.pending_invalidations()
    }
}

#[test]
fn a_backend_that_grants_writes_is_caught_at_its_first_lie() {
    let lock = Lockstep::new(GrantsWrites { inner: ModelPlatform::new(), lies: Cell::new(0) });
    let err = run(&lock, 7, 2_000).expect_err("the lie is caught");
    assert!(err.what.contains("permits only"), "{err}");
    // Caught at the first lie, at the step that told it.
    assert_eq!(lock.dut().lies.get(), 1, "{err}");
    println!("caught: {err}");
}
