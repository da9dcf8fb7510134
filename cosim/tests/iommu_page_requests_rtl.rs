//! The IOMMU RTL's page-request path (`hw/iommu/iommu_pq.sv`) beyond the shared scenarios
//! (`scenarios_on_rtl.rs` runs those): the record of a queued page request with the device
//! context cold and cached, with the cycles from `pr_valid` until the record is written and
//! `pqt` has advanced (printed as `measure` lines); a refused record write (`pqmf`,
//! Response Failure, later messages refused without a write), held to the model; and page
//! requests racing fault records for the shared memory write port.

use cosim::platform::RtlPlatform;
use driver::dma::DmaMemory;
use driver::iommu::{Config, DeviceConfig};
use driver::regs::iommu_mem::{FaultCause, PageRequest, PrgResp, PAGE_REQUEST_BYTES};
use driver::regs::iommu_regs::{IommuRegs, Pqcsr};
use iommu_model::port::encode_request;
use iommu_model::{DeviceRequest, PageRequestOutcome};
use scenarios::lockstep::Lockstep;
use scenarios::platform::Platform;
use scenarios::suite::page_requests::{expected_record, expected_response, message, DEVICE, PASID};
use scenarios::suite::{full_config, init};

fn config() -> Config {
    Config { page_request_queue_entries: 16, ..full_config() }
}

fn pri_device(prpr: bool) -> DeviceConfig {
    DeviceConfig { ats: true, pri: true, prg_response_pasid: prpr, ..DeviceConfig::bare() }
}

#[test]
fn queued_records_and_their_latency() {
    let p = RtlPlatform::new().unwrap();
    let iommu = init(&p, config());
    let mut iommu = iommu;
    iommu.attach(DEVICE, pri_device(true)).unwrap();
    p.run_until_idle();
    let regs = IommuRegs::new(p.regs());
    let (base, _) = iommu.page_request_queue().unwrap();
    // Attaching invalidated the device's context: the first lookup walks the DDT.
    let first = message(DEVICE, Some((PASID, true, false)), 0x1a5, false, true, false);
    let (o, miss) = p.page_request_raw(&first).unwrap();
    assert_eq!(o, PageRequestOutcome::Queued);
    let second = message(DEVICE, None, 0x1a5, true, true, true);
    let (o, hit) = p.page_request_raw(&second).unwrap();
    assert_eq!(o, PageRequestOutcome::Queued);
    assert_eq!(regs.pqt().read().index(), 2);
    for (i, m) in [first, second].iter().enumerate() {
        let mut b = [0u8; PAGE_REQUEST_BYTES];
        p.memory().read(base.add((i * PAGE_REQUEST_BYTES) as u64), &mut b).unwrap();
        assert_eq!(PageRequest::from_le_bytes(b), expected_record(m), "record {i}");
    }
    assert!(p.take_ats_messages().is_empty(), "queued requests are not answered");
    assert!(hit < miss, "a cached device context is faster ({hit} vs {miss} cycles)");
    println!("measure page_request_to_pqt_cycles dc_miss={miss} dc_hit={hit}");
}

#[test]
fn a_refused_record_write_sets_pqmf() {
    let p = Lockstep::strict(RtlPlatform::new().unwrap());
    let mut iommu = init(&p, config());
    iommu.attach(DEVICE, pri_device(false)).unwrap();
    p.run_until_idle();
    let regs = IommuRegs::new(p.regs());
    let on = regs.pqcsr().read();
    regs.pqcsr().write(Pqcsr::default().with_pie(on.pie()));
    p.run_until_idle();
    let good = regs.pqb().read();
    regs.pqb().write(good.with_ppn(p.refused_address().ppn()));
    regs.pqcsr().write(on);
    p.run_until_idle();
    assert!(regs.pqcsr().read().pqon());

    let last = message(DEVICE, Some((PASID, false, false)), 5, true, true, true);
    let want = expected_response(&last, PrgResp::FAILURE, false);
    assert!(want.pv(), "Failure keeps the PASID whatever PRPR says");
    assert_eq!(p.page_request(&last), PageRequestOutcome::Responded(want));
    let csr = regs.pqcsr().read();
    assert!(csr.pqmf() && !csr.pqof(), "{csr:?}");
    assert_eq!(regs.pqt().read().index(), 0, "nothing written");
    assert!(regs.ipsr().read().pip(), "pqmf sets pip with pie");
    // While pqmf is set: no write; Last is answered Failure, the rest dropped.
    let not_last = message(DEVICE, None, 6, false, true, false);
    assert_eq!(p.page_request(&not_last), PageRequestOutcome::Discarded);
    let stop = message(DEVICE, Some((PASID, false, false)), 7, true, false, false);
    assert_eq!(p.page_request(&stop), PageRequestOutcome::Discarded, "a Stop Marker");
    assert_eq!(p.take_ats_messages().len(), 1);
    assert_eq!(p.check(), Ok(()));
}

/// A faulting translation (an unattached device: its context is not valid, cause 258, the
/// record written to the fault queue) and a queued page request started `delay` cycles
/// later, for delays that put the page-request record write before, during and after the
/// fault-record write: both records land intact, one each, in every round.
#[test]
fn page_request_and_fault_records_share_the_write_port() {
    const STRANGER: u32 = 0x99;
    let p = RtlPlatform::new().unwrap();
    let mut iommu = init(&p, config());
    iommu.attach(DEVICE, pri_device(false)).unwrap();
    p.run_until_idle();
    let h = p.harness();
    let high = |pin: &str| h.peek(pin).unwrap()[0] & 1 == 1;
    for delay in 0..48u32 {
        let m = message(DEVICE, Some((PASID, false, true)), delay as u16, false, true, true);
        let req = DeviceRequest::read(STRANGER, 0x1000 * u64::from(delay + 1));
        h.poke("xlate_req", &encode_request(&req, delay as u8).to_bits()).unwrap();
        h.poke("xlate_req_valid", &[1]).unwrap();
        let (mut x_taken, mut pr_taken, mut pr_done) = (false, false, false);
        for c in 0..2_000u32 {
            if c == delay {
                h.poke("pr_i", &m.0).unwrap();
                h.poke("pr_valid_i", &[1]).unwrap();
            }
            h.run(1).unwrap();
            if !x_taken && high("xlate_req_ready") {
                x_taken = true;
                h.poke("xlate_req_valid", &[0]).unwrap();
            }
            if c >= delay {
                let ready = high("pr_ready_o");
                if !pr_taken && ready {
                    pr_taken = true;
                    h.poke("pr_valid_i", &[0]).unwrap();
                } else if pr_taken && ready {
                    pr_done = true;
                }
            }
            if x_taken && pr_done && c > delay + 200 {
                break;
            }
        }
        assert!(
            x_taken && pr_done,
            "round {delay}: translation taken {x_taken}, page request done {pr_done}"
        );
        let faults = iommu.drain_faults().unwrap();
        assert_eq!(faults.reports.len(), 1, "round {delay}: {faults:?}");
        let f = &faults.reports[0];
        assert_eq!((f.cause, f.device_id, f.iotval), (FaultCause::DDT_INVALID, STRANGER, req.iova));
        let prs = iommu.drain_page_requests().unwrap();
        assert_eq!(prs.requests, vec![expected_record(&m)], "round {delay}");
        assert!(!prs.overflow && !prs.memory_fault, "round {delay}: {prs:?}");
    }
    assert!(p.take_ats_messages().is_empty());
}
