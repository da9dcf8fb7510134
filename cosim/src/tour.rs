//! A tour of the kit (`cosim tour`; the demo of issue E): the driver brings up the whole
//! kit on the RTL (`kit_sim_top`: root port + IOMMU) with the endpoint model on the link, and
//! a device works in a process's address space through its PASID:
//!
//! 1. enumeration through the ECAM window (bus numbers, BARs, ACS, capability lists);
//! 2. PASID enable, checked hop by hop (End-End TLP prefixes all the way to the root port);
//! 3. the IOMMU: a device context with a process directory, one process with an Sv39 address
//!    space whose pages are scattered in host memory;
//! 4. device DMA with the PASID prefix: a write lands at the translated addresses, a read
//!    returns it;
//! 5. a DMA with a PASID the device was never given: the IOMMU refuses it and records the
//!    fault, memory is untouched;
//! 6. a malformed TLP (two PASID prefixes): the root port drops it and logs it in AER with its
//!    header and prefixes.
//!
//! Each step prints what happened and at which simulated cycle. The main demo is
//! [`crate::sva`] (shared virtual addressing through the page-request path).

use std::path::Path;

use driver::dma::{DmaMemory, PhysAddr};
use driver::iommu::{DeviceConfig, PagingMode, ProcessConfig};
use driver::mmio::Mmio;
use driver::pci::{Header, PasidFlags};
use driver::regs::pcie_rp_cfg::{
    AerCapCtrl, AerHeaderLog, AerLogDw, AerTlpPrefixLog, AerUncorErrors, AerUncorStatus, Devcap2,
    AER_HEADER_LOG_COUNT, AER_HEADER_LOG_STRIDE, AER_TLP_PREFIX_LOG_COUNT,
    AER_TLP_PREFIX_LOG_STRIDE,
};
use driver::regs::tlp::At;
use pcie_endpoint::tlp::{Attrs, MemRequest, PasidPrefix, Tlp, TlpBody};
use pcie_endpoint::{FunctionConfig, Job, JobState, Pasid};
use scenarios::page_tables::{Flags, PageSize, PageTables};

use crate::harness::Config;
use crate::kit::{endpoint, Kit, KitError, ROOT_PORT, TOP};

/// The process the device works for.
const PASID: u32 = 0x2b;
/// Its buffer's first VA.
const VA: u64 = 0x7f00_0000;
/// Cycles a DMA may take.
const TIMEOUT: u64 = 200_000;

fn check(ok: bool, what: &str) -> Result<(), KitError> {
    if ok {
        Ok(())
    } else {
        Err(KitError::Check(what.to_string()))
    }
}

/// Run the tour; `trace` writes an FST waveform of the whole run.
pub fn run(trace: Option<&Path>) -> Result<(), KitError> {
    let kit = Kit::new(TOP, Config::default(), vec![FunctionConfig::default(); 2])?;
    if let Some(path) = trace {
        kit.h.trace_open(path)?;
    }
    let ecam = kit.h.mmio("ecam")?;
    let pasid = Pasid::new(PASID).map_err(|e| KitError::Check(e.to_string()))?;

    println!("== 1. enumeration through the ECAM window ({TOP})");
    let mut pci = kit.pci()?;
    for f in pci.topology().functions() {
        let kind = match &f.header {
            Header::Bridge(b) => format!("bridge, buses {}..{}", b.secondary, b.subordinate),
            _ => "endpoint".to_string(),
        };
        let caps: Vec<&str> = [
            (f.caps.pasid.is_some(), "PASID"),
            (f.caps.ats.is_some(), "ATS"),
            (f.caps.pri.is_some(), "PRI"),
            (f.caps.acs.is_some(), "ACS"),
        ]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, n)| *n)
        .collect();
        println!(
            "   {}  {:04x}:{:04x}  {kind}  caps {}  BARs {}",
            f.bdf,
            f.vendor_id,
            f.device_id,
            caps.join(" "),
            f.bars.len()
        );
    }
    let dev2 = Devcap2(ecam.read32(ROOT_PORT.ecam_addr(Devcap2::OFFSET as u16).0 as usize));
    println!(
        "   root port DEVCAP2: End-End TLP Prefix Supported {}, Max End-End TLP Prefixes {}",
        dev2.ee_prefix_supported(),
        driver::pci::decode_max_ee_prefixes(dev2)
    );
    println!("   cycle {}", kit.h.cycle());

    println!("== 2. PASID enable on {}, checked hop by hop", endpoint(0));
    let on = pci.enable_pasid(endpoint(0), PasidFlags::default())?;
    pci.enable_bus_master(endpoint(0))?;
    println!("   enabled: PASID width {} bits; bus mastering on the path", on.width);

    println!("== 3. IOMMU: process directory for the device, process {PASID:#x}");
    let did = kit.device_id(0).ok_or_else(|| KitError::Check("no routing ID".into()))?;
    let mut mmu = kit.iommu()?;
    mmu.attach(did, DeviceConfig::process_directory(20))?;
    let mut pt =
        PageTables::new(&kit.h, PagingMode::Sv39).map_err(|e| KitError::Check(format!("{e:?}")))?;
    let mut pages = Vec::new();
    for i in 0..3u64 {
        let pa = kit.h.alloc(4096, 4096).map_err(|e| KitError::Check(format!("{e:?}")))?;
        kit.h.alloc(4096, 4096).map_err(|e| KitError::Check(format!("{e:?}")))?; // a gap
        pt.map(VA + 4096 * i, pa.0, PageSize::Size4K, Flags::USER_RW)
            .map_err(|e| KitError::Check(format!("{e:?}")))?;
        println!("   VA {:#x} -> PA {:#x}", VA + 4096 * i, pa.0);
        pages.push(pa);
    }
    let root = PhysAddr(pt.root_ppn() << 12);
    mmu.set_process(did, PASID, ProcessConfig::user(PagingMode::Sv39, root, 1))?;
    println!("   device {did:#06x} attached, cycle {}", kit.h.cycle());

    println!("== 4. device DMA with the PASID prefix");
    let data: Vec<u8> = (0..10_000u32).map(|i| (i * 7 + 1) as u8).collect();
    let start = kit.h.cycle();
    let state = kit.run(0, Job::write(VA + 0x123, data.clone()).pasid(pasid), TIMEOUT)?;
    check(matches!(state, JobState::Done { .. }), "the DMA write failed")?;
    kit.settle(600, TIMEOUT)?;
    let mut got = Vec::new();
    for pa in &pages {
        let mut page = vec![0u8; 4096];
        kit.h.read(*pa, &mut page).map_err(|e| KitError::Check(format!("{e:?}")))?;
        got.extend(page);
    }
    check(got[0x123..0x123 + data.len()] == data[..], "memory differs from the written data")?;
    println!(
        "   write of {} bytes at VA {:#x}: landed byte for byte on 3 scattered pages, {} cycles",
        data.len(),
        VA + 0x123,
        kit.h.cycle() - start
    );
    let start = kit.h.cycle();
    let state = kit.run(0, Job::read(VA + 0x123, data.len()).pasid(pasid), TIMEOUT)?;
    check(matches!(&state, JobState::Done { data: Some(d) } if *d == data), "the read differs")?;
    println!("   read back through the same translation: equal, {} cycles", kit.h.cycle() - start);

    println!("== 5. DMA with PASID {:#x}, never given to the device", PASID + 1);
    let other = Pasid::new(PASID + 1).map_err(|e| KitError::Check(e.to_string()))?;
    kit.run(0, Job::write(VA, vec![0xEE; 256]).pasid(other), TIMEOUT)?;
    kit.settle(600, TIMEOUT)?;
    let mut first = vec![0u8; 512];
    kit.h.read(pages[0], &mut first).map_err(|e| KitError::Check(format!("{e:?}")))?;
    check(
        first[..0x123].iter().all(|&b| b == 0) && first[0x123..] == data[..512 - 0x123],
        "the refused write reached memory",
    )?;
    for r in mmu.drain_faults()?.reports {
        println!(
            "   fault record: cause {} ({}), device {:#06x}, PASID {:?}, iotval {:#x}",
            r.cause.0,
            r.cause.name().unwrap_or("?"),
            r.device_id,
            r.pasid,
            r.iotval
        );
    }
    println!("   memory untouched");

    println!("== 6. a malformed TLP: a write with two PASID prefixes");
    let rid = kit.dev.borrow().routing_id(0).ok_or_else(|| KitError::Check("no ID".into()))?;
    let write = Tlp {
        prefix: Some(PasidPrefix { pasid, privileged: false, execute: false }),
        body: TlpBody::Mem(MemRequest {
            write: true,
            requester_id: rid,
            tag: 0,
            address: VA,
            length_dw: 1,
            first_be: 0xf,
            last_be: 0,
            at: At::UNTRANSLATED,
            attrs: Attrs::default(),
            data: vec![0xAB; 4],
        }),
    };
    let mut dws = write.encode().map_err(|e| KitError::Check(e.to_string()))?;
    dws.insert(0, dws[0]);
    kit.h.send_tlp(&dws)?;
    kit.settle(600, TIMEOUT)?;
    let aer = |off: usize| ecam.read32(ROOT_PORT.ecam_addr(off as u16).0 as usize);
    let status = AerUncorErrors(aer(AerUncorStatus::OFFSET));
    let ctrl = AerCapCtrl(aer(AerCapCtrl::OFFSET));
    let header: Vec<String> = (0..AER_HEADER_LOG_COUNT)
        .map(|i| {
            format!("{:08x}", AerLogDw(aer(AerHeaderLog::OFFSET + i * AER_HEADER_LOG_STRIDE)).0)
        })
        .collect();
    let prefixes: Vec<String> = (0..AER_TLP_PREFIX_LOG_COUNT)
        .map(|i| {
            format!(
                "{:08x}",
                AerLogDw(aer(AerTlpPrefixLog::OFFSET + i * AER_TLP_PREFIX_LOG_STRIDE)).0
            )
        })
        .collect();
    println!(
        "   AER uncorrectable status {:#010x} (malformed {}, unsupported request {}), first error pointer {}",
        status.0,
        status.malformed_tlp(),
        status.unsupported_request(),
        ctrl.first_error_pointer()
    );
    println!(
        "   header log {}  prefix log {} (present {})",
        header.join(" "),
        prefixes.join(" "),
        ctrl.tlp_prefix_log_present()
    );
    check(
        status.malformed_tlp() || status.unsupported_request(),
        "the root port did not log the TLP with two PASID prefixes",
    )?;
    let refused = kit.refused();
    check(refused.is_empty(), "the endpoint refused TLPs of the root port")?;
    if trace.is_some() {
        kit.h.trace_close();
    }
    println!("== done at cycle {}", kit.h.cycle());
    Ok(())
}
