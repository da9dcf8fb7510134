//! The page-request and ATS-invalidation scenarios (`scenarios::suite::page_requests`,
//! `scenarios::suite::ats_invalidation`) on the reference model, alone and held to a second
//! model in lockstep; and a backend that answers page requests wrongly is caught.

use driver::dma::PhysAddr;
use driver::regs::iommu_mem::{PageRequest, PrgResp};
use iommu_model::{AtsMessage, Config, DeviceRequest, PageRequestOutcome, Response};
use scenarios::lockstep::Lockstep;
use scenarios::platform::{ModelPlatform, Platform, MODEL_MEMORY_BYTES};
use scenarios::suite::{ats_invalidation, page_requests};

fn slow() -> ModelPlatform {
    ModelPlatform::with(Config { busy_polls: 2, ..Config::default() }, MODEL_MEMORY_BYTES)
}

#[test]
fn page_requests_are_queued() {
    page_requests::records_are_queued(ModelPlatform::new);
    page_requests::records_are_queued(slow);
}

#[test]
fn refused_lookups_are_answered_and_logged() {
    page_requests::lookup_refusals(ModelPlatform::new);
}

#[test]
fn lookup_faults_before_the_device_context_are_answered_and_logged() {
    page_requests::lookup_faults(ModelPlatform::new);
    page_requests::lookup_faults(slow);
}

#[test]
fn a_full_queue_answers_success() {
    page_requests::queue_full(ModelPlatform::new);
    page_requests::queue_full(slow);
}

#[test]
fn a_disabled_queue_answers_failure() {
    page_requests::queue_disabled(ModelPlatform::new);
    page_requests::queue_disabled(slow);
}

#[test]
fn a_queue_in_refused_memory_sets_pqmf() {
    page_requests::queue_memory_fault(ModelPlatform::new);
    page_requests::queue_memory_fault(slow);
}

#[test]
fn fences_wait_for_invalidation_completions() {
    ats_invalidation::fence_waits_for_the_completion(ModelPlatform::holding_invalidations);
}

#[test]
fn invalidation_timeouts_set_cmd_to() {
    ats_invalidation::timeout_sets_cmd_to(ModelPlatform::holding_invalidations);
}

#[test]
#[should_panic(expected = "must hold Invalidation Requests")]
fn the_invalidation_scenarios_refuse_a_platform_that_answers_at_once() {
    ats_invalidation::fence_waits_for_the_completion(ModelPlatform::new);
}

#[test]
fn every_pri_scenario_in_lockstep() {
    let strict = || Lockstep::strict(ModelPlatform::new());
    page_requests::records_are_queued(strict);
    page_requests::lookup_refusals(strict);
    page_requests::lookup_faults(strict);
    page_requests::queue_full(strict);
    page_requests::queue_disabled(strict);
    page_requests::queue_memory_fault(strict);
    let holding = || Lockstep::strict(ModelPlatform::holding_invalidations());
    ats_invalidation::fence_waits_for_the_completion(holding);
    ats_invalidation::timeout_sets_cmd_to(holding);
}

/// A backend whose IOMMU answers Success where the specification says Invalid Request.
struct AnswersSuccess {
    inner: ModelPlatform,
}

impl Platform for AnswersSuccess {
    type Regs<'a> = <ModelPlatform as Platform>::Regs<'a>;
    type Memory<'a> = <ModelPlatform as Platform>::Memory<'a>;
    fn name(&self) -> &'static str {
        "answers-success"
    }
    fn regs(&self) -> Self::Regs<'_> {
        self.inner.regs()
    }
    fn memory(&self) -> Self::Memory<'_> {
        self.inner.memory()
    }
    fn request(&self, req: &DeviceRequest) -> Response {
        self.inner.request(req)
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
        match self.inner.page_request(msg) {
            PageRequestOutcome::Responded(c) => {
                let payload = driver::regs::iommu_mem::AtsPrgrPayload(c.payload())
                    .with_resp_code(PrgResp::SUCCESS);
                PageRequestOutcome::Responded(c.with_payload(payload.0))
            }
            other => other,
        }
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
fn lockstep_catches_a_wrong_automatic_response() {
    let lock = Lockstep::new(AnswersSuccess { inner: ModelPlatform::new() });
    let _iommu = scenarios::suite::init(&lock, scenarios::suite::full_config());
    // No device attached: the context is not valid (258), the answer must be Failure.
    let m = page_requests::message(0x99, None, 1, true, true, false);
    match lock.page_request(&m) {
        PageRequestOutcome::Responded(c) => assert_eq!(
            driver::regs::iommu_mem::AtsPrgrPayload(c.payload()).resp_code(),
            PrgResp::SUCCESS,
            "the backend lies"
        ),
        other => panic!("{other:?}"),
    }
    let mismatch = lock.mismatch().expect("the lie is caught");
    assert!(mismatch.contains("page request") && mismatch.contains("permits only"), "{mismatch}");
    // The same message answered truthfully is accepted.
    let honest = Lockstep::new(ModelPlatform::new());
    let _iommu = scenarios::suite::init(&honest, scenarios::suite::full_config());
    honest.page_request(&m);
    assert_eq!(honest.mismatch(), None);
    assert_eq!(honest.check(), Ok(()));
}
