//! The demo on the RTL: `kit_sim_top` (root port + IOMMU) in Verilator, the endpoint model on
//! its link, the driver over the ECAM and IOMMU windows of the harness.

use std::rc::Rc;

use driver::dma::{DmaError, DmaMemory, PhysAddr};
use driver::pci::PasidFlags;
use driver::sva::{PasidAllocator, Sva, SvaDevice};

use super::{DemoError, Function, Link, Options, SvaJob};
use crate::endpoint_link::SharedDevice;
use crate::harness::Config;
use crate::kit::{endpoint, Kit, TOP};

/// Outstanding page requests the driver allocates to each function's PRI.
pub const PRI_ALLOCATION: u32 = 16;

/// The host memory of the kit, shared (the process model keeps a handle).
struct KitMemory(Rc<Kit>);

impl DmaMemory for KitMemory {
    fn alloc(&self, bytes: usize, align: usize) -> Result<PhysAddr, DmaError> {
        self.0.h.alloc(bytes, align)
    }
    fn free(&self, addr: PhysAddr, bytes: usize) {
        self.0.h.free(addr, bytes)
    }
    fn read(&self, addr: PhysAddr, buf: &mut [u8]) -> Result<(), DmaError> {
        self.0.h.read(addr, buf)
    }
    fn write(&self, addr: PhysAddr, data: &[u8]) -> Result<(), DmaError> {
        self.0.h.write(addr, data)
    }
}

impl Link for Kit {
    fn run(&self, cycles: u64) -> Result<(), DemoError> {
        Ok(self.h.run(cycles).map_err(crate::kit::KitError::from)?)
    }
    fn cycle(&self) -> u64 {
        self.h.cycle()
    }
    fn interrupts(&self) -> Result<u16, DemoError> {
        let v = self.h.peek("iommu_irq_o").map_err(crate::kit::KitError::from)?;
        Ok(v.first().copied().unwrap_or(0) as u16)
    }
    fn device(&self) -> &SharedDevice {
        &self.dev
    }
    fn settle(&self) -> Result<(), DemoError> {
        Ok(Kit::settle(self, SETTLE_CYCLES, SETTLE_TIMEOUT)?)
    }
    fn harness(&self) -> Option<&crate::harness::Harness> {
        Some(&self.h)
    }
    fn refused(&self) -> Vec<String> {
        Kit::refused(self).iter().map(|(e, tlp)| format!("{e} ({} DWs)", tlp.len())).collect()
    }
}

/// Cycles a write the root port took needs to reach memory (translation, AXI response).
const SETTLE_CYCLES: u64 = 300;
/// Cycles the link may take to drain.
const SETTLE_TIMEOUT: u64 = 200_000;

/// `Ok(None)` when the function lacks the capability.
fn optional<T>(r: Result<T, driver::pci::Error>) -> Result<Option<T>, DemoError> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(driver::pci::Error::MissingCapability { .. }) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Enumerate, enable PASID / ATS / PRI / bus mastering on each function (the PCI layer checks
/// the End-End TLP prefix path), bring the IOMMU up, register the functions with the SVA
/// layer, and run `job`; the endpoint must not have refused any TLP of the root port.
pub fn with_kit<J: SvaJob>(options: &Options, job: J) -> Result<J::Out, DemoError> {
    let kit = Rc::new(Kit::new(TOP, Config::default(), options.functions.clone())?);
    if let Some(path) = &options.trace {
        if options.trace_from == 0 {
            kit.h.trace_open(path).map_err(crate::kit::KitError::from)?;
        } else {
            kit.h.trace_from(path, options.trace_from);
        }
    }
    let mut pci = kit.pci()?;
    let mut devices = Vec::new();
    for func in 0..options.functions.len() as u8 {
        let bdf = endpoint(func);
        // What the function has (a missing capability is left to the SVA layer's checks,
        // which refuse the bind; any other refusal of the PCI layer is an error here).
        let pasid = optional(pci.enable_pasid(bdf, PasidFlags { exec: true, privileged: true }))?;
        let ats = optional(pci.enable_ats(bdf, driver::regs::iommu_mem::PAGE_SHIFT))?;
        let pri = optional(pci.enable_pri(bdf, PRI_ALLOCATION))?.is_some();
        pci.enable_bus_master(bdf)?;
        let device_id = kit
            .device_id(func)
            .ok_or_else(|| DemoError::Check(format!("function {func} has no routing ID")))?;
        let pasid_required = kit
            .dev
            .borrow()
            .config(func)
            .and_then(|c| c.pri_status())
            .is_some_and(|s| s.prg_resp_pasid_required());
        let dev = SvaDevice::from_pci(device_id, pasid, ats, pri, pasid_required);
        devices.push((Function { func, device_id }, dev));
    }
    let iommu = driver::iommu::Iommu::init(
        kit.h.mmio("iommu").map_err(crate::kit::KitError::from)?,
        &kit.h,
        options.iommu_config(),
    )?;
    let mut sva = Sva::new(iommu, PasidAllocator::new());
    for (_, dev) in &devices {
        sva.add_device(*dev)?;
    }
    let memory: Rc<dyn DmaMemory> = Rc::new(KitMemory(kit.clone()));
    let funcs: Vec<Function> = devices.iter().map(|(f, _)| *f).collect();
    let out = job.run(&*kit, &mut sva, memory, &funcs);
    if options.trace.is_some() {
        kit.h.trace_close();
    }
    let refused = kit.refused();
    let out = out?;
    if !refused.is_empty() && options.refused_fails {
        return Err(DemoError::Check(format!(
            "the endpoint refused {} TLPs of the root port (first: {})",
            refused.len(),
            refused[0].0
        )));
    }
    Ok(out)
}
