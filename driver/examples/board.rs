//! The driver on a board (`docs/board.md`): `pcie_iommu_top`'s IOMMU registers and ECAM
//! window mapped through UIO, a DMA buffer from `u-dma-buf` or a third UIO map, the IOMMU
//! brought up, the link enumerated, and the IOMMU's interrupt served once.
//!
//! ```text
//! cargo run -p driver --features std --example board -- uio0 [udmabuf0] [--wait-irq]
//! ```
//!
//! UIO device `uio0` must have map 0 = the IOMMU registers (`IOMMU_REGS_SIZE` bytes), map 1 =
//! the ECAM window (`ECAM_SIZE` bytes) and, without a `u-dma-buf` name, map 2 = reserved
//! memory for the IOMMU's tables and queues.

use std::error::Error;

use driver::iommu::{Config, Iommu};
use driver::pci::{Ecam, EnumerateConfig, Pci};
use driver::platform::{page_size, MappedBar, UdmaBuf, UioInterrupt, UioMap};
use driver::regs::iommu_regs;

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let wait_irq = args.iter().any(|a| a == "--wait-irq");
    let mut names = args.iter().filter(|a| !a.starts_with("--"));
    let uio = names.next().ok_or("usage: board UIO [UDMABUF] [--wait-irq] (docs/board.md)")?;
    let udmabuf = names.next();

    let page = page_size()?;
    // A 32-bit path from the CPU is safe with the default split 64-bit accesses; use
    // `.with_access64(Access64::Single)` when the path is 64 bits wide end to end.
    let regs: MappedBar = UioMap::read(uio, 0)?.open_bar(page)?;
    regs.check_registers(iommu_regs::REGISTERS)?;
    let ecam = UioMap::read(uio, 1)?.open_bar(page)?;
    let dma = match udmabuf {
        Some(name) => UdmaBuf::read(name)?.open()?,
        None => UioMap::read(uio, 2)?.open_dma(page)?,
    };
    println!("DMA buffer: {} bytes at bus address {:#x}", dma.len(), dma.bus_base().0);

    let mut iommu = Iommu::init(&regs, &dma, Config::default())?;
    println!("IOMMU up: capabilities {:#x}", iommu.capabilities().0);

    let pci = Pci::enumerate(Ecam::new(&ecam), &EnumerateConfig::kit())?;
    for f in pci.topology().functions() {
        println!("{} {:04x}:{:04x}", f.bdf, f.vendor_id, f.device_id);
    }

    if wait_irq {
        // uio_pdrv_genirq masks the (level) interrupt when it fires: serve it, then unmask.
        let mut irq = UioInterrupt::open(format!("/dev/{uio}"))?;
        irq.unmask()?;
        let count = irq.wait()?;
        let pending = iommu.pending_interrupts();
        let faults = iommu.drain_faults()?;
        iommu.clear_interrupts(pending);
        irq.unmask()?;
        println!("interrupt {count}: {pending:?}, {} fault records", faults.reports.len());
        for r in &faults.reports {
            println!("  {r:?}");
        }
    }
    if regs.rejected() != 0 {
        return Err(format!("refused register accesses: {:?}", regs.last_rejected()).into());
    }
    Ok(())
}
