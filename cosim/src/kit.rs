//! The whole kit in co-simulation: `kit_sim_top` (root port + IOMMU) with the endpoint model
//! (`pcie-endpoint`) on the link and the driver on the host side. Shared by the root-port
//! tests, the DMA benchmark and the demo.

use std::cell::RefCell;
use std::rc::Rc;

use driver::iommu::{self, Iommu};
use driver::mmio::Mmio;
use driver::pci::{Bdf, Ecam, EnumerateConfig, Pci};
use driver::regs::kit_map;
use driver::regs::pcie_ep_caps::PAYLOAD_SIZE_UNIT;
use driver::regs::pcie_rp_cfg::{Devctl, Mps, PcieCapHdr};
use pcie_endpoint::{Device, DeviceError, FunctionConfig, Job, JobId, JobState};

use crate::endpoint_link::{EndpointLink, Refused, SharedDevice};
use crate::harness::{Config, Harness, HarnessError, HarnessMmio};

/// The simulation top with End-End TLP prefix support.
pub const TOP: &str = "kit_sim_top";
/// The same top built without it.
pub const TOP_NO_PREFIX: &str = "kit_sim_top_noprefix";

/// What can go wrong driving the kit.
#[derive(Debug, thiserror::Error)]
pub enum KitError {
    /// The simulation.
    #[error(transparent)]
    Harness(#[from] HarnessError),
    /// The endpoint model refused its configuration.
    #[error("endpoint configuration: {0}")]
    Endpoint(#[from] pcie_endpoint::ConfigError),
    /// The endpoint model refused a job.
    #[error("endpoint: {0}")]
    Job(#[from] pcie_endpoint::JobError),
    /// The PCI layer of the driver.
    #[error("pci: {0}")]
    Pci(#[from] driver::pci::Error),
    /// The IOMMU layer of the driver.
    #[error("iommu: {0:?}")]
    Iommu(iommu::Error),
    /// A check of what the kit did failed (wrong data, a refused TLP, a setup step).
    #[error("{0}")]
    Check(String),
    /// Something did not finish in time.
    #[error("{what} not finished after {cycles} cycles")]
    Timeout {
        /// What.
        what: &'static str,
        /// Cycles waited.
        cycles: u64,
    },
}

impl From<iommu::Error> for KitError {
    fn from(e: iommu::Error) -> Self {
        KitError::Iommu(e)
    }
}

/// The kit with an endpoint on the link.
pub struct Kit {
    /// The simulation.
    pub h: Harness,
    /// The endpoint device (shared with the link).
    pub dev: SharedDevice,
    refused: Refused,
}

/// The root port's address on the root bus (`kit_map`: RP_BUS / RP_DEVICE / RP_FUNCTION).
pub const ROOT_PORT: Bdf =
    match Bdf::new(kit_map::RP_BUS as u8, kit_map::RP_DEVICE as u8, kit_map::RP_FUNCTION as u8) {
        Some(b) => b,
        None => panic!("kit_map places the root port at an invalid address"),
    };

/// Function `func` (0..=7) of the endpoint below the root port (its secondary bus, 1, once
/// enumerated).
pub const fn endpoint(func: u8) -> Bdf {
    match Bdf::new(ROOT_PORT.bus() + 1, 0, func) {
        Some(b) => b,
        None => panic!("a function number is 0..=7"),
    }
}

impl Kit {
    /// `top` with `functions` endpoint functions on its link.
    pub fn new(top: &str, config: Config, functions: Vec<FunctionConfig>) -> Result<Kit, KitError> {
        let h = Harness::new(top, config)?;
        h.poke("cq_stall_i", &[0])?;
        let dev: SharedDevice = Rc::new(RefCell::new(Device::new(functions)?));
        let (link, refused) = EndpointLink::new(dev.clone());
        h.attach_link_agent(Box::new(link))?;
        Ok(Kit { h, dev, refused })
    }

    /// Enumerate through the ECAM window.
    pub fn pci(&self) -> Result<Pci<Ecam<HarnessMmio<'_>>>, KitError> {
        Ok(Pci::enumerate(Ecam::new(self.h.mmio("ecam")?), &EnumerateConfig::kit())?)
    }

    /// The IOMMU brought up by the driver, its tables in host memory.
    pub fn iommu(&self) -> Result<Iommu<HarnessMmio<'_>, &Harness>, KitError> {
        let config = iommu::Config { device_id_bits: 16, ..iommu::Config::default() };
        Ok(Iommu::init(self.h.mmio("iommu")?, &self.h, config)?)
    }

    /// Device ID of endpoint function `func` as the IOMMU sees it: its routing ID.
    pub fn device_id(&self, func: u8) -> Option<u32> {
        self.dev.borrow().routing_id(func).map(|r| u32::from(r.0))
    }

    /// Set Max_Payload_Size (and, for an endpoint, Max_Read_Request_Size) of `bdf` in bytes,
    /// in its Device Control register found through its PCI Express capability.
    pub fn set_payload_sizes(
        &self,
        pci: &Pci<Ecam<HarnessMmio<'_>>>,
        bdf: Bdf,
        mps: u32,
        mrrs: u32,
    ) -> Result<(), KitError> {
        let f = pci.topology().function(bdf)?;
        let Some(cap) = f.caps.pcie else { return Ok(()) };
        let code = |bytes: u32| (bytes / PAYLOAD_SIZE_UNIT).trailing_zeros() as u8;
        let ecam = self.h.mmio("ecam")?;
        let at =
            bdf.ecam_addr(cap.offset + (Devctl::OFFSET - PcieCapHdr::OFFSET) as u16).0 as usize;
        let v = Devctl(ecam.read16(at))
            .with_max_payload_size(Mps(code(mps)))
            .with_max_read_request_size(code(mrrs));
        ecam.write16(at, v.0);
        Ok(())
    }

    /// Submit a DMA job of function `func`.
    pub fn submit(&self, func: u8, job: Job) -> Result<JobId, KitError> {
        Ok(self.dev.borrow_mut().submit(func, job)?)
    }

    /// Run until job `id` is no longer pending.
    pub fn wait(&self, id: JobId, timeout: u64) -> Result<JobState, KitError> {
        let start = self.h.cycle();
        loop {
            if let Some(state) = self.dev.borrow().job(id) {
                if !matches!(state, JobState::Pending) {
                    return Ok(state.clone());
                }
            }
            if self.h.cycle() - start >= timeout {
                return Err(KitError::Timeout { what: "DMA job", cycles: timeout });
            }
            self.h.run(1)?;
        }
    }

    /// Submit a job and run it to its end.
    pub fn run(&self, func: u8, job: Job, timeout: u64) -> Result<JobState, KitError> {
        let id = self.submit(func, job)?;
        self.wait(id, timeout)
    }

    /// Run until every TLP the device transmitted was taken by the root port, then `settle`
    /// cycles more (a posted write's way to memory).
    pub fn settle(&self, settle: u64, timeout: u64) -> Result<(), KitError> {
        let start = self.h.cycle();
        while !self.h.link_idle() {
            if self.h.cycle() - start >= timeout {
                return Err(KitError::Timeout { what: "the link", cycles: timeout });
            }
            self.h.run(1)?;
        }
        Ok(self.h.run(settle)?)
    }

    /// TLPs of the root port the endpoint refused so far.
    pub fn refused(&self) -> Vec<(DeviceError, Vec<u32>)> {
        self.refused.borrow().clone()
    }
}
