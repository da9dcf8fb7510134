//! A test bench: host memory, the model, and table builders that write the in-memory
//! structures with the generated types, as the specification lays them out. The builders are
//! written from the specification (radix-tree indexing by DDI/PDI/VPN), not from the model.

#![allow(dead_code)]

use std::rc::Rc;

use driver::dma::{DmaMemory, PhysAddr};
use driver::fake::FakeDma;
use driver::mmio::Mmio;
use driver::regs::iommu_mem::*;
use driver::regs::iommu_regs::*;
use iommu_model::{CachePolicy, Config, Model};

/// Start of host memory; anything outside [BASE, BASE + SIZE) is refused.
pub const BASE: u64 = 0x8000_0000;
pub const SIZE: usize = 64 << 20;
/// A physical page number outside host memory (its accesses are refused).
pub const NOWHERE_PPN: u64 = 0x10;

pub struct Bench {
    pub dma: Rc<FakeDma>,
    pub model: Model<Rc<FakeDma>>,
}

pub type Regs<'a> = IommuRegs<&'a Model<Rc<FakeDma>>>;

impl Bench {
    pub fn new() -> Self {
        Self::with(Config::default())
    }

    pub fn fresh() -> Self {
        Self::with(Config { policy: CachePolicy::Fresh, ..Config::default() })
    }

    pub fn with(config: Config) -> Self {
        let dma = Rc::new(FakeDma::new(PhysAddr(BASE), SIZE));
        let model = Model::new(Rc::clone(&dma), config);
        Bench { dma, model }
    }

    pub fn regs(&self) -> Regs<'_> {
        IommuRegs::new(&self.model)
    }

    /// A zeroed 4 KiB page; its PPN.
    pub fn page(&self) -> u64 {
        self.alloc(1 << PAGE_SHIFT, 1 << PAGE_SHIFT)
    }

    /// `bytes` zeroed bytes aligned to `align`; the PPN of the start.
    pub fn alloc(&self, bytes: usize, align: usize) -> u64 {
        self.dma.alloc(bytes, align).unwrap().ppn()
    }

    pub fn read_u64(&self, addr: u64) -> u64 {
        self.dma.read_u64(PhysAddr(addr)).unwrap()
    }

    pub fn write_u64(&self, addr: u64, v: u64) {
        self.dma.write_u64(PhysAddr(addr), v).unwrap()
    }

    pub fn write(&self, addr: u64, bytes: &[u8]) {
        DmaMemory::write(&*self.dma, PhysAddr(addr), bytes).unwrap()
    }

    pub fn read<const N: usize>(&self, addr: u64) -> [u8; N] {
        let mut b = [0u8; N];
        DmaMemory::read(&*self.dma, PhysAddr(addr), &mut b).unwrap();
        b
    }

    // ---- register programming -----------------------------------------------------

    /// Set `ddtp` (one 64-bit write) with a fresh root page for DDT modes; the root PPN.
    pub fn set_mode(&self, mode: IommuMode) -> u64 {
        let root = self.page();
        self.regs().ddtp().write(Ddtp::default().with_iommu_mode(mode).with_ppn(root));
        root
    }

    /// Fault queue of 2^log2sz records, enabled (with `fie`); its base PPN.
    pub fn enable_fq(&self, log2sz: u8) -> u64 {
        let bytes = (1usize << log2sz) * FAULT_RECORD_BYTES;
        let ppn = self.alloc(bytes.max(4096), bytes.max(4096));
        self.regs().fqb().write(QueueBase::default().with_ppn(ppn).with_log2szm1(log2sz - 1));
        self.regs().fqh().write(QueueIndex::default());
        self.regs().fqcsr().write(Fqcsr::default().with_fqen(true).with_fie(true));
        ppn
    }

    /// Command queue of 2^log2sz entries, enabled (with `cie`); its base PPN.
    pub fn enable_cq(&self, log2sz: u8) -> u64 {
        let bytes = (1usize << log2sz) * CMD_BYTES;
        let ppn = self.alloc(bytes.max(4096), bytes.max(4096));
        self.regs().cqb().write(QueueBase::default().with_ppn(ppn).with_log2szm1(log2sz - 1));
        self.regs().cqt().write(QueueIndex::default());
        self.regs().cqcsr().write(Cqcsr::default().with_cqen(true).with_cie(true));
        ppn
    }

    /// Put `cmds` in the command queue at the tail and advance `cqt` once.
    pub fn submit(&self, cmds: &[[u8; 16]]) {
        let base = self.regs().cqb().read();
        let entries = 1u32 << (base.log2szm1() + 1);
        let mut tail = self.regs().cqt().read().index();
        for c in cmds {
            self.write((base.ppn() << PAGE_SHIFT) + u64::from(tail) * CMD_BYTES as u64, c);
            tail = (tail + 1) % entries;
        }
        self.regs().cqt().write(QueueIndex::default().with_index(tail));
    }

    /// The fault records between `fqh` and `fqt`, consumed (fqh moved to fqt).
    pub fn take_faults(&self) -> Vec<FaultRecord> {
        let base = self.regs().fqb().read();
        let entries = 1u32 << (base.log2szm1() + 1);
        let tail = self.regs().fqt().read().index();
        let mut head = self.regs().fqh().read().index();
        let mut out = Vec::new();
        while head != tail {
            let addr = (base.ppn() << PAGE_SHIFT) + u64::from(head) * FAULT_RECORD_BYTES as u64;
            out.push(FaultRecord::from_le_bytes(self.read(addr)));
            head = (head + 1) % entries;
        }
        self.regs().fqh().write(QueueIndex::default().with_index(head));
        out
    }

    // ---- directory and page-table builders ------------------------------------------

    /// Address of the DC slot of `did` in a DDT of `levels` levels at `root`, creating the
    /// non-leaf entries on the way.
    pub fn dc_slot(&self, root: u64, levels: u32, did: u32) -> u64 {
        let splits = [(0, DDI0_BITS), (DDI1_SHIFT, DDI1_BITS), (DDI2_SHIFT, DDI2_BITS)];
        let index = |l: usize| u64::from(did >> splits[l].0) & ((1 << splits[l].1) - 1);
        let mut table = root << PAGE_SHIFT;
        for level in (1..levels as usize).rev() {
            let at = table + index(level) * DDTE_BYTES as u64;
            let mut e = Ddte(self.read_u64(at));
            if !e.v() {
                e = Ddte::default().with_v(true).with_ppn(self.page());
                self.write_u64(at, e.0);
            }
            table = e.ppn() << PAGE_SHIFT;
        }
        table + index(0) * DEVICE_CONTEXT_BYTES as u64
    }

    /// Write `dc` for `did`; the address it went to.
    pub fn set_dc(&self, root: u64, levels: u32, did: u32, dc: DeviceContext) -> u64 {
        let at = self.dc_slot(root, levels, did);
        self.write(at, &dc.to_le_bytes());
        at
    }

    /// Address of the PC slot of `pid` in a PDT of `levels` levels at `root`.
    pub fn pc_slot(&self, root: u64, levels: u32, pid: u32) -> u64 {
        let splits = [(0, PDI0_BITS), (PDI1_SHIFT, PDI1_BITS), (PDI2_SHIFT, PDI2_BITS)];
        let index = |l: usize| u64::from(pid >> splits[l].0) & ((1 << splits[l].1) - 1);
        let mut table = root << PAGE_SHIFT;
        for level in (1..levels as usize).rev() {
            let at = table + index(level) * PDTE_BYTES as u64;
            let mut e = Pdte(self.read_u64(at));
            if !e.v() {
                e = Pdte::default().with_v(true).with_ppn(self.page());
                self.write_u64(at, e.0);
            }
            table = e.ppn() << PAGE_SHIFT;
        }
        table + index(0) * PROCESS_CONTEXT_BYTES as u64
    }

    pub fn set_pc(&self, root: u64, levels: u32, pid: u32, pc: ProcessContext) -> u64 {
        let at = self.pc_slot(root, levels, pid);
        self.write(at, &pc.to_le_bytes());
        at
    }

    /// Address of the PTE of `iova` at `level` in the page table at `root` (`levels`
    /// levels), creating non-leaf PTEs above it.
    pub fn pte_slot(&self, root: u64, levels: u32, iova: u64, level: u32) -> u64 {
        let vpn = |l: u32| (iova >> (PAGE_SHIFT + l * PT_VPN_BITS)) & ((1 << PT_VPN_BITS) - 1);
        let mut table = root << PAGE_SHIFT;
        for l in (level + 1..levels).rev() {
            let at = table + vpn(l) * PTE_BYTES as u64;
            let mut e = Pte(self.read_u64(at));
            if !e.v() || e.r() || e.x() {
                // No pointer here (nothing, or a leaf): put a fresh table in.
                e = Pte::default().with_v(true).with_ppn(self.page());
                self.write_u64(at, e.0);
            }
            table = e.ppn() << PAGE_SHIFT;
        }
        table + vpn(level) * PTE_BYTES as u64
    }

    /// Map `iova` with the leaf `pte` at `level`; the PTE address.
    pub fn map(&self, root: u64, levels: u32, iova: u64, level: u32, pte: Pte) -> u64 {
        let at = self.pte_slot(root, levels, iova, level);
        self.write_u64(at, pte.0);
        at
    }
}

/// A valid device context with the given first stage (PDTV = 0).
pub fn dc_iosatp(mode: IosatpMode, root: u64, pscid: u32) -> DeviceContext {
    DeviceContext::default()
        .with_tc(DcTc::default().with_v(true))
        .with_ta(DcTa::default().with_pscid(pscid))
        .with_fsc(DcFsc::default().with_mode(mode.0).with_ppn(root))
}

/// A valid device context with a process directory (PDTV = 1).
pub fn dc_pdt(mode: PdtpMode, root: u64) -> DeviceContext {
    DeviceContext::default()
        .with_tc(DcTc::default().with_v(true).with_pdtv(true))
        .with_fsc(DcFsc::default().with_mode(mode.0).with_ppn(root))
}

/// A valid process context.
pub fn pc(mode: IosatpMode, root: u64, pscid: u32) -> ProcessContext {
    ProcessContext::default()
        .with_ta(PcTa::default().with_v(true).with_pscid(pscid))
        .with_fsc(PcFsc::default().with_mode(mode).with_ppn(root))
}

/// A leaf PTE with A = D = 1 and the given permissions.
pub fn leaf(ppn: u64, r: bool, w: bool, x: bool, u: bool) -> Pte {
    Pte::default()
        .with_v(true)
        .with_r(r)
        .with_w(w)
        .with_x(x)
        .with_u(u)
        .with_a(true)
        .with_d(true)
        .with_ppn(ppn)
}

/// TTYP of a request, from the spec's table (FAULT_QUEUE): 1/2/3 untranslated read for
/// execute / read / write, 5/6/7 the same translated, 8 ATS translation request, 9 PCIe
/// message request.
pub fn spec_ttyp(req: &iommu_model::DeviceRequest) -> u8 {
    use iommu_model::RequestKind::*;
    let base = match req.kind {
        Untranslated => 0,
        Translated => 4,
        AtsTranslation => return 8,
        PageRequest => return 9,
    };
    base + if req.execute {
        1
    } else if req.write {
        3
    } else {
        2
    }
}

/// The request's fault record must be the only new one, with every field as the spec's
/// fault-record layout says for it.
pub fn expect_record(b: &Bench, req: &iommu_model::DeviceRequest, cause: FaultCause) {
    let recs = b.take_faults();
    assert_eq!(recs.len(), 1, "records: {recs:?}");
    let r = recs[0];
    assert_eq!(r.cause(), cause, "cause");
    assert_eq!(r.ttyp().0, spec_ttyp(req), "ttyp");
    assert_eq!(r.did(), req.device_id, "did");
    assert_eq!(r.pv(), req.process_id.is_some(), "pv");
    assert_eq!(r.pid(), req.process_id.unwrap_or(0), "pid");
    assert_eq!(r.r#priv(), req.privileged && req.process_id.is_some(), "priv");
    assert_eq!(r.iotval(), req.iova, "iotval");
    assert_eq!(r.iotval2(), 0, "iotval2");
}

/// `req` faults with `cause`, a record is queued and says so field by field.
pub fn expect_fault(b: &Bench, req: &iommu_model::DeviceRequest, cause: FaultCause) {
    match b.model.translate(req) {
        iommu_model::Response::Fault(f) => {
            assert_eq!(f.cause, cause, "cause of {req:?}");
            assert_eq!(f.ttyp.0, spec_ttyp(req));
            assert!(f.queued, "not queued");
        }
        other => panic!("{req:?}: expected fault {cause:?}, got {other:?}"),
    }
    expect_record(b, req, cause);
}

/// `req` is allowed; the translation.
pub fn expect_allowed(b: &Bench, req: &iommu_model::DeviceRequest) -> iommu_model::Translation {
    match b.model.translate(req) {
        iommu_model::Response::Allowed(t) => {
            assert!(b.take_faults().is_empty());
            t
        }
        other => panic!("{req:?}: expected an allowed access, got {other:?}"),
    }
}

/// Touch the Mmio trait so that the import is used in every test crate.
pub fn raw32(m: &impl Mmio, off: usize) -> u32 {
    m.read32(off)
}

// ---- commands -----------------------------------------------------------------------

/// IOTINVAL.VMA with GV = 0: AV = `addr.is_some()`, PSCV = `pscid.is_some()`.
pub fn iotinval_vma(addr: Option<u64>, pscid: Option<u32>) -> [u8; 16] {
    CmdIotinval::default()
        .with_opcode(CmdOpcode::IOTINVAL)
        .with_func3(IotinvalFunc3::VMA)
        .with_av(addr.is_some())
        .with_addr(addr.unwrap_or(0) >> PAGE_SHIFT)
        .with_pscv(pscid.is_some())
        .with_pscid(pscid.unwrap_or(0))
        .to_le_bytes()
}

/// IODIR.INVAL_DDT: DV = `did.is_some()`.
pub fn iodir_ddt(did: Option<u32>) -> [u8; 16] {
    CmdIodir::default()
        .with_opcode(CmdOpcode::IODIR)
        .with_func3(IodirFunc3::DDT)
        .with_dv(did.is_some())
        .with_did(did.unwrap_or(0))
        .to_le_bytes()
}

/// IODIR.INVAL_PDT for (`did`, `pid`).
pub fn iodir_pdt(did: u32, pid: u32) -> [u8; 16] {
    CmdIodir::default()
        .with_opcode(CmdOpcode::IODIR)
        .with_func3(IodirFunc3::PDT)
        .with_dv(true)
        .with_did(did)
        .with_pid(pid)
        .to_le_bytes()
}

/// IOFENCE.C, optionally writing `data` at `addr` and/or setting fence_w_ip.
pub fn iofence(write: Option<(u64, u32)>, wsi: bool) -> [u8; 16] {
    let (addr, data) = write.unwrap_or((0, 0));
    CmdIofence::default()
        .with_opcode(CmdOpcode::IOFENCE)
        .with_func3(IofenceFunc3::C)
        .with_av(write.is_some())
        .with_wsi(wsi)
        .with_addr(addr >> 2)
        .with_data(data)
        .to_le_bytes()
}
