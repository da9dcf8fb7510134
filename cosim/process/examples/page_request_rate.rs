//! Page requests per second the driver's SVA layer serves on the reference model: one
//! process, one device, groups of one request (Last) for fresh pages, handled 32 at a time
//! (queue drain, fault-in of the page, one ATS.PRGR each, one IOFENCE.C per batch).
//!
//! `cargo run --release -p process-model --example page_request_rate [groups]`

use std::rc::Rc;
use std::time::Instant;

use driver::dma::{DmaMemory, PhysAddr};
use driver::fake::FakeDma;
use driver::iommu::{Config, Iommu, Requirements};
use driver::regs::iommu_mem::{PageRequest, PrPayload, PAGE_SHIFT};
use driver::sva::{AddressSpace, BindFlags, PasidAllocator, Sva, SvaDevice};
use iommu_model::{Model, PageRequestOutcome};
use process_model::{Perms, Process};

fn main() {
    let groups: u64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(20_000);
    let dma = Rc::new(FakeDma::new(PhysAddr(0x8000_0000), 256 << 20));
    let model = Model::new(Rc::clone(&dma), iommu_model::Config::default());
    let config = Config {
        requirements: Requirements {
            sv39: false,
            sv48: true,
            ats: true,
            ..Requirements::default()
        },
        page_request_queue_entries: 64,
        ..Config::default()
    };
    let iommu = Iommu::init(&model, &*dma, config).expect("bring-up");
    let mut sva = Sva::new(iommu, PasidAllocator::new());
    sva.add_device(SvaDevice::full(0x100, 20)).expect("device");
    let p = Process::new(Rc::clone(&dma) as Rc<dyn DmaMemory>).expect("process");
    let base = 0x10_0000_0000u64;
    p.mmap(base, groups << PAGE_SHIFT, Perms::RW).expect("mmap");
    let bond =
        sva.bind(0x100, Rc::clone(&p) as Rc<dyn AddressSpace>, BindFlags::default()).expect("bind");
    let start = Instant::now();
    let mut sent = 0u64;
    while sent < groups {
        let batch = (groups - sent).min(32);
        for i in 0..batch {
            let page = (base >> PAGE_SHIFT) + sent + i;
            let payload = PrPayload::default()
                .with_r(true)
                .with_w(true)
                .with_l(true)
                .with_prgi(((sent + i) % 512) as u16)
                .with_page_addr(page);
            let msg = PageRequest::default()
                .with_did(0x100)
                .with_pv(true)
                .with_pid(bond.pasid())
                .with_payload(payload);
            assert_eq!(model.page_request(&msg), PageRequestOutcome::Queued);
        }
        sva.handle_page_requests().expect("handle");
        model.take_outbound_ats();
        sent += batch;
    }
    let secs = start.elapsed().as_secs_f64();
    let t = sva.page_request_totals();
    assert_eq!(t.success, groups);
    println!(
        "{{\"page_requests\":{},\"seconds\":{:.3},\"per_second\":{:.0}}}",
        t.requests,
        secs,
        t.requests as f64 / secs
    );
}
