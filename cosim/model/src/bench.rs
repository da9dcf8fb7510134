//! Translation rates of the model on one core (`iommu-model bench`, `cargo xtask bench model`).
//!
//! The setup is the deepest the configuration allows: a 3-level DDT (`ddtp` 3LVL) holding
//! device [`DEVICE_ID`], whose device context points to a 3-level process directory (PD20)
//! holding process [`PROCESS_ID`], whose process context points to an Sv48 page table that
//! maps [`PAGES`] distinct 4 KiB pages from [`IOVA_BASE`]; every index of every level is
//! non-zero. The tables are written with the generated types, as the specification lays them
//! out. Three paths are timed, each the best of `trials` runs:
//! - warm: the same page again (the default [`CachePolicy::Sticky`]: after the first walk the
//!   answer comes from the memoised history);
//! - warm over 256 pages round robin (one memoised answer per page);
//! - cold: every request a page other than the one before, each a full walk of memory
//!   ([`CachePolicy::Fresh`]: 3 DDT + 3 PDT + 4 page-table reads).
//!
//! Every answer is checked (its PPN against the mapping), so a broken model fails the bench
//! instead of measuring it.

use std::rc::Rc;
use std::time::Instant;

use driver::dma::{DmaError, DmaMemory, PhysAddr};
use driver::fake::FakeDma;
use driver::regs::iommu_mem::{
    DcFsc, DcTc, Ddte, DeviceContext, IosatpMode, PcFsc, PcTa, Pdte, PdtpMode, ProcessContext, Pte,
    DDI0_BITS, DDI1_BITS, DDI1_SHIFT, DDI2_BITS, DDI2_SHIFT, DDTE_BYTES, DEVICE_CONTEXT_BYTES,
    PAGE_SHIFT, PDI0_BITS, PDI1_BITS, PDI1_SHIFT, PDI2_BITS, PDI2_SHIFT, PDTE_BYTES,
    PROCESS_CONTEXT_BYTES, PTE_BYTES, PT_VPN_BITS, SV48_LEVELS,
};
use driver::regs::iommu_regs::{Ddtp, IommuMode, IommuRegs};

use crate::model::{CachePolicy, Config, Model};
use crate::request::{DeviceRequest, Response};

/// The device: index 3 in the leaf level, 4 in the middle one, 1 at the root.
pub const DEVICE_ID: u32 = 1 << DDI2_SHIFT | 4 << DDI1_SHIFT | 3;
/// The process: index 0x21 in the leaf level, 0x43 in the middle one, 5 at the root.
pub const PROCESS_ID: u32 = 5 << PDI2_SHIFT | 0x43 << PDI1_SHIFT | 0x21;
/// First mapped IOVA: index 0x24 at the Sv48 root, 0x151 and 0x105 below it.
pub const IOVA_BASE: u64 =
    (0x24 << (3 * PT_VPN_BITS) | 0x151 << (2 * PT_VPN_BITS) | 0x105 << PT_VPN_BITS) << PAGE_SHIFT;
/// Pages mapped (and walked in turn by the cold path).
pub const PAGES: u64 = 4096;
/// PPN of the first mapped page; page n maps to `PPN_BASE + n`.
pub const PPN_BASE: u64 = 0x10_0000;

const MEMORY_BASE: u64 = 0x8000_0000;
const MEMORY_BYTES: usize = 16 << 20;

/// How much to measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BenchOptions {
    /// Translations per trial of the warm same-page path (the round-robin path does a quarter).
    pub warm: u64,
    /// Translations per trial of the cold path.
    pub cold: u64,
    /// Timed trials of each path; the best counts.
    pub trials: u32,
}

impl Default for BenchOptions {
    fn default() -> Self {
        BenchOptions { warm: 20_000_000, cold: 500_000, trials: 5 }
    }
}

/// The rates measured, translations per second (best trial).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BenchReport {
    /// The same page again.
    pub warm_same_page: f64,
    /// 256 pages round robin.
    pub warm_round_robin: f64,
    /// Distinct pages, full walks.
    pub cold: f64,
}

/// What stops a bench.
#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    /// The tables did not fit the bench's memory.
    #[error("bench setup: {0}")]
    Setup(DmaError),
    /// A translation gave another answer than the mapping (a model bug).
    #[error("{path}: the translation of {iova:#x} answered {got:?}, expected PPN {expected:#x}")]
    WrongAnswer {
        /// Which path.
        path: &'static str,
        /// The request's IOVA.
        iova: u64,
        /// The mapped PPN.
        expected: u64,
        /// The model's answer.
        got: Response,
    },
    /// Options that measure nothing.
    #[error("bench options: {0}")]
    Options(&'static str),
}

impl From<DmaError> for BenchError {
    fn from(e: DmaError) -> Self {
        BenchError::Setup(e)
    }
}

/// Host memory and a model with the bench's tables.
struct Setup {
    model: Model<Rc<FakeDma>>,
    /// The memory and the device context's address: the tests change the tables.
    #[cfg_attr(not(test), allow(dead_code))]
    dma: Rc<FakeDma>,
    #[cfg_attr(not(test), allow(dead_code))]
    dc_addr: u64,
}

impl Setup {
    fn new(policy: CachePolicy) -> Result<Self, BenchError> {
        let dma = Rc::new(FakeDma::new(PhysAddr(MEMORY_BASE), MEMORY_BYTES));
        let page = || -> Result<u64, DmaError> {
            let a = dma.alloc(1 << PAGE_SHIFT, 1 << PAGE_SHIFT)?;
            Ok(a.ppn())
        };
        let index = |id: u64, shift: u32, bits: u32| id >> shift & ((1 << bits) - 1);

        // DDT, 3 levels: DDI[2] and DDI[1] select non-leaf entries, DDI[0] the device context.
        let ddt_root = page()?;
        let did = u64::from(DEVICE_ID);
        let mut table = ddt_root;
        for (shift, bits) in [(DDI2_SHIFT, DDI2_BITS), (DDI1_SHIFT, DDI1_BITS)] {
            let next = page()?;
            let at = (table << PAGE_SHIFT) + index(did, shift, bits) * DDTE_BYTES as u64;
            dma.write_u64(PhysAddr(at), Ddte::default().with_v(true).with_ppn(next).0)?;
            table = next;
        }
        let pdt_root = page()?;
        let dc = DeviceContext::default()
            .with_tc(DcTc::default().with_v(true).with_pdtv(true))
            .with_fsc(DcFsc::default().with_mode(PdtpMode::PD20.0).with_ppn(pdt_root));
        let dc_addr =
            (table << PAGE_SHIFT) + index(did, 0, DDI0_BITS) * DEVICE_CONTEXT_BYTES as u64;
        dma.write(PhysAddr(dc_addr), &dc.to_le_bytes())?;

        // PDT, 3 levels (PD20).
        let pid = u64::from(PROCESS_ID);
        let mut table = pdt_root;
        for (shift, bits) in [(PDI2_SHIFT, PDI2_BITS), (PDI1_SHIFT, PDI1_BITS)] {
            let next = page()?;
            let at = (table << PAGE_SHIFT) + index(pid, shift, bits) * PDTE_BYTES as u64;
            dma.write_u64(PhysAddr(at), Pdte::default().with_v(true).with_ppn(next).0)?;
            table = next;
        }
        let pt_root = page()?;
        let pc = ProcessContext::default()
            .with_ta(PcTa::default().with_v(true).with_pscid(77))
            .with_fsc(PcFsc::default().with_mode(IosatpMode::SV48).with_ppn(pt_root));
        let at = (table << PAGE_SHIFT) + index(pid, 0, PDI0_BITS) * PROCESS_CONTEXT_BYTES as u64;
        dma.write(PhysAddr(at), &pc.to_le_bytes())?;

        // Sv48: one path of non-leaf PTEs down to the level-0 tables that hold the leaves.
        let vpn =
            |iova: u64, level: u32| index(iova, PAGE_SHIFT + level * PT_VPN_BITS, PT_VPN_BITS);
        let mut leaf_table = None;
        for n in 0..PAGES {
            let iova = IOVA_BASE + (n << PAGE_SHIFT);
            if vpn(iova, 0) == 0 || leaf_table.is_none() {
                let mut table = pt_root;
                for level in (1..SV48_LEVELS).rev() {
                    let at = (table << PAGE_SHIFT) + vpn(iova, level) * PTE_BYTES as u64;
                    let mut e = Pte(dma.read_u64(PhysAddr(at))?);
                    if !e.v() {
                        e = Pte::default().with_v(true).with_ppn(page()?);
                        dma.write_u64(PhysAddr(at), e.0)?;
                    }
                    table = e.ppn();
                }
                leaf_table = Some(table);
            }
            let Some(table) = leaf_table else { continue };
            let leaf = Pte::default()
                .with_v(true)
                .with_r(true)
                .with_w(true)
                .with_u(true)
                .with_a(true)
                .with_d(true)
                .with_ppn(PPN_BASE + n);
            let at = (table << PAGE_SHIFT) + vpn(iova, 0) * PTE_BYTES as u64;
            dma.write_u64(PhysAddr(at), leaf.0)?;
        }

        let model = Model::new(Rc::clone(&dma), Config { policy, ..Config::default() });
        IommuRegs::new(&model)
            .ddtp()
            .write(Ddtp::default().with_iommu_mode(IommuMode::LVL3).with_ppn(ddt_root));
        model.run_until_idle();
        Ok(Setup { model, dma, dc_addr })
    }

    /// Translate page `n`; an error unless it maps to `PPN_BASE + n`.
    #[inline]
    fn check(&self, path: &'static str, n: u64) -> Result<(), BenchError> {
        let req = DeviceRequest::read(DEVICE_ID, IOVA_BASE + (n << PAGE_SHIFT) + 0x123)
            .with_pasid(PROCESS_ID);
        match self.model.translate(&req) {
            Response::Allowed(t) if t.ppn == PPN_BASE + n => Ok(()),
            got => {
                Err(BenchError::WrongAnswer { path, iova: req.iova, expected: PPN_BASE + n, got })
            }
        }
    }

    /// Best rate over `trials` runs of `count` translations of the pages `page(i)`.
    fn best(
        &self,
        path: &'static str,
        count: u64,
        trials: u32,
        page: impl Fn(u64) -> u64,
    ) -> Result<f64, BenchError> {
        let mut best = 0f64;
        for _ in 0..trials {
            let start = Instant::now();
            for i in 0..count {
                self.check(path, page(i))?;
            }
            best = best.max(count as f64 / start.elapsed().as_secs_f64());
        }
        Ok(best)
    }
}

/// Measure the three paths (see the module documentation).
pub fn run(options: BenchOptions) -> Result<BenchReport, BenchError> {
    if options.trials == 0 || options.warm < 4 || options.cold == 0 {
        return Err(BenchError::Options("at least 1 trial, 4 warm and 1 cold translation"));
    }
    let sticky = Setup::new(CachePolicy::Sticky)?;
    let warm_same_page = sticky.best("warm, same page", options.warm, options.trials, |_| 0)?;
    let warm_round_robin =
        sticky.best("warm, 256 pages", options.warm / 4, options.trials, |i| i % 256)?;
    let fresh = Setup::new(CachePolicy::Fresh)?;
    let cold = fresh.best("cold", options.cold, options.trials, |i| i % PAGES)?;
    Ok(BenchReport { warm_same_page, warm_round_robin, cold })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_level_index_is_non_zero() {
        let did = u64::from(DEVICE_ID);
        for (shift, bits) in [(0, DDI0_BITS), (DDI1_SHIFT, DDI1_BITS), (DDI2_SHIFT, DDI2_BITS)] {
            assert_ne!(did >> shift & ((1 << bits) - 1), 0);
        }
        let pid = u64::from(PROCESS_ID);
        for (shift, bits) in [(0, PDI0_BITS), (PDI1_SHIFT, PDI1_BITS), (PDI2_SHIFT, PDI2_BITS)] {
            assert_ne!(pid >> shift & ((1 << bits) - 1), 0);
        }
        for level in 1..SV48_LEVELS {
            assert_ne!(IOVA_BASE >> (PAGE_SHIFT + level * PT_VPN_BITS) & 0x1ff, 0);
        }
        // Sv48: bits 63:48 equal bit 47 (canonical).
        assert_eq!(IOVA_BASE >> 47, 0);
    }

    #[test]
    fn a_short_run_checks_every_answer() {
        let r = run(BenchOptions { warm: 400, cold: PAGES + 10, trials: 1 }).unwrap();
        assert!(r.warm_same_page > 0.0 && r.warm_round_robin > 0.0 && r.cold > 0.0);
        assert!(run(BenchOptions { trials: 0, ..BenchOptions::default() }).is_err());
    }

    /// The cold path reads memory from the DDT root on every request, the warm path does not:
    /// after the device context is cleared in memory (no invalidation), a cold request faults
    /// and a warm one keeps its cached answer (CACHING permits both).
    #[test]
    fn cold_walks_memory_each_time_and_warm_does_not() {
        for (policy, still_answers) in [(CachePolicy::Fresh, false), (CachePolicy::Sticky, true)] {
            let s = Setup::new(policy).unwrap();
            s.check("first", 7).unwrap();
            s.dma.write(PhysAddr(s.dc_addr), &[0; DEVICE_CONTEXT_BYTES]).unwrap();
            match s.check("again", 7) {
                Ok(()) => assert!(still_answers, "{policy:?} used a cached device context"),
                Err(BenchError::WrongAnswer { got: Response::Fault(f), .. }) => {
                    assert!(!still_answers, "{policy:?} walked memory");
                    assert_eq!(f.cause, driver::regs::iommu_mem::FaultCause::DDT_INVALID);
                }
                Err(e) => panic!("{e}"),
            }
        }
    }
}
