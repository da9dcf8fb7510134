//! The demo on the reference model (`--backend model`): a root complex written in Rust
//! carries the endpoint model's TLPs to the IOMMU model (`iommu-model`) and back, the way the
//! RTL root port does, so the same scenario and the same device run in milliseconds.
//!
//! What it does with each TLP of the device:
//! - ATS Translation Request: the model's answer for each page (`RequestKind::AtsTranslation`)
//!   becomes a translation completion (Success entries, or UR / CA);
//! - memory write / read (untranslated with the PASID prefix, or translated): translated page
//!   by page; allowed bytes go to / come from host memory; a faulting write is dropped (the
//!   model wrote the fault record), a faulting read is answered Unsupported Request;
//! - Page Request: the page-request record the root port would build, to
//!   `Model::page_request`;
//! - Invalidate Completion: retires the Invalidate Requests of its ITags (Completion Count
//!   completions each), and the model's ATS.INVAL with them.
//!
//! The model's ATS messages (ATS.INVAL, ATS.PRGR, automatic PRG responses) become Invalidate
//! Requests (ITags 0..31, timed out after [`INVAL_TIMEOUT`] exchanges) and PRG Responses with
//! the PASID prefix when `PV` is set.
//!
//! There is no root port and no ECAM here: the functions' PASID / ATS / PRI capabilities and
//! Bus Master Enable are programmed with configuration writes straight to the device (the
//! End-End prefix path check of the PCI layer is an RTL-backend step). A "cycle" is one
//! exchange: the device ticks once, every TLP it has ready is handled, and the model's
//! messages are delivered; model-backend cycle counts are not RTL cycles. Each register
//! access of the driver is one exchange too ([`PumpedRegs`]), as bus time passes on the RTL.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, VecDeque};
use std::rc::Rc;

use driver::dma::{DmaMemory, PhysAddr};
use driver::fake::FakeDma;
use driver::iommu::Iommu;
use driver::mmio::Mmio;
use driver::pci::{AtsEnabled, PasidEnabled};
use driver::regs::iommu_mem::{
    AtsFunc3, AtsInvalPayload, AtsPrgrPayload, CmdAts, PageRequest as PrRecord, PrPayload,
    PAGE_SHIFT,
};
use driver::regs::pcie_ep_caps::{
    AtsCtrl, AtsExtCap, PasidCtrl, PasidExtCap, PriCtrl, PriExtCap, PriReqAlloc, RoutingId,
};
use driver::regs::pcie_rp_cfg::Command;
use driver::regs::tlp::{At, CplStatus, PrgRespCode};
use driver::sva::{PasidAllocator, Sva, SvaDevice};
use iommu_model::{
    AtsCompletion, AtsMessage, Config as ModelConfig, DeviceRequest, InvalidationPolicy, Model,
    RequestKind, Response,
};
use pcie_endpoint::ats::{Translation, TranslationRequest};
use pcie_endpoint::tlp::{
    Completion, ConfigRequest, MemRequest, Message, Pasid, PasidPrefix, Tlp, TlpBody, DW_BYTES,
};
use pcie_endpoint::Device;

use super::rtl::PRI_ALLOCATION;
use super::{DemoError, Function, Link, Options, SvaJob};
use crate::endpoint_link::SharedDevice;

/// Host memory of the model backend.
const MEM_BASE: u64 = 0x8000_0000;
/// Its size.
const MEM_BYTES: usize = 64 << 20;
/// The bus the device sits on (below the absent root port).
const DEVICE_BUS: u8 = 1;
/// Read completions end on this boundary (the Read Completion Boundary).
const RCB: u64 = 64;
/// Invalidate tags (5 bits).
const ITAGS: u8 = 32;
const PAGE: u64 = 1 << PAGE_SHIFT;

/// Exchanges an Invalidate Request may wait for its completions before the root complex
/// gives up on it (the kit's root port: `INVAL_TIMEOUT_CYCLES` of `kit_sim_top`).
pub const INVAL_TIMEOUT: u64 = 4096;

/// An Invalidate Request waiting for its completions.
struct Outstanding {
    /// Completions received so far.
    received: u8,
    /// Exchange it was sent at.
    sent: u64,
}

/// The Rust root complex over the reference model.
pub struct ModelRootComplex<'a> {
    model: &'a Model<Rc<FakeDma>>,
    mem: &'a FakeDma,
    dev: SharedDevice,
    cycle: Cell<u64>,
    itags: RefCell<BTreeMap<u8, Outstanding>>,
    next_itag: Cell<u8>,
    /// ATS.INVAL messages waiting for a free ITag.
    queued: RefCell<VecDeque<CmdAts>>,
    /// The first error of an exchange made during a register access (reported by the next
    /// [`Link::run`]).
    error: RefCell<Option<DemoError>>,
}

/// The model's registers as the driver reaches them: every access also lets one exchange of
/// the link happen, as time passes on a real bus (the device answers an Invalidate Request
/// while the driver polls for the fence that waits for it).
pub struct PumpedRegs<'r, 'a> {
    rc: &'r ModelRootComplex<'a>,
}

impl PumpedRegs<'_, '_> {
    fn pump(&self) {
        if self.rc.error.borrow().is_some() {
            return;
        }
        if let Err(e) = self.rc.exchange() {
            *self.rc.error.borrow_mut() = Some(e);
        }
    }
}

impl Mmio for PumpedRegs<'_, '_> {
    fn read32(&self, offset: usize) -> u32 {
        self.pump();
        self.rc.model.read32(offset)
    }
    fn write32(&self, offset: usize, value: u32) {
        self.rc.model.write32(offset, value);
        self.pump();
    }
    fn write16(&self, offset: usize, value: u16) {
        self.rc.model.write16(offset, value);
        self.pump();
    }
    fn write8(&self, offset: usize, value: u8) {
        self.rc.model.write8(offset, value);
        self.pump();
    }
    fn read64(&self, offset: usize) -> u64 {
        self.pump();
        self.rc.model.read64(offset)
    }
    fn write64(&self, offset: usize, value: u64) {
        self.rc.model.write64(offset, value);
        self.pump();
    }
    fn read16(&self, offset: usize) -> u16 {
        self.pump();
        self.rc.model.read16(offset)
    }
    fn read8(&self, offset: usize) -> u8 {
        self.pump();
        self.rc.model.read8(offset)
    }
}

/// The root complex's own routing ID (requester of the messages it sends).
fn rc_id() -> RoutingId {
    RoutingId::default()
}

fn encode(prefix: Option<PasidPrefix>, body: TlpBody) -> Result<Vec<u32>, DemoError> {
    Tlp { prefix, body }.encode().map_err(|e| DemoError::Check(format!("encode: {e}")))
}

impl<'a> ModelRootComplex<'a> {
    /// A root complex between `model` (its memory `mem`) and `dev`.
    pub fn new(model: &'a Model<Rc<FakeDma>>, mem: &'a FakeDma, dev: SharedDevice) -> Self {
        ModelRootComplex {
            model,
            mem,
            dev,
            cycle: Cell::new(0),
            itags: RefCell::new(BTreeMap::new()),
            next_itag: Cell::new(0),
            queued: RefCell::new(VecDeque::new()),
            error: RefCell::new(None),
        }
    }

    /// The driver's view of the model's registers.
    pub fn regs(&self) -> PumpedRegs<'_, 'a> {
        PumpedRegs { rc: self }
    }

    /// One exchange: the device ticks, every TLP it has ready is handled, the model's
    /// messages are delivered.
    fn exchange(&self) -> Result<(), DemoError> {
        self.dev.borrow_mut().tick(1);
        loop {
            let tlp = self.dev.borrow_mut().transmit();
            let Some(dws) = tlp else { break };
            self.handle(&dws)?;
        }
        self.deliver()?;
        self.cycle.set(self.cycle.get() + 1);
        Ok(())
    }

    /// A configuration write of `value` (`bytes` wide at byte `offset`) to `func`.
    fn config_write(
        &self,
        func: u8,
        offset: usize,
        bytes: usize,
        value: u32,
    ) -> Result<(), DemoError> {
        let shift = offset % DW_BYTES;
        let first_be = (((1u16 << bytes) - 1) << shift) as u8;
        let data = (value << (8 * shift)).to_le_bytes();
        let target = RoutingId::default().with_bus(DEVICE_BUS).with_device(0).with_func(func);
        let req = ConfigRequest {
            write: true,
            type1: false,
            requester_id: rc_id(),
            tag: 0,
            first_be,
            target,
            register: (offset / DW_BYTES) as u16,
            data,
        };
        let dws = encode(None, TlpBody::Config(req))?;
        self.dev.borrow_mut().receive(&dws).map_err(|e| DemoError::Check(e.to_string()))?;
        // The completion of the write: nothing to learn from it.
        while self.dev.borrow_mut().transmit().is_some() {}
        Ok(())
    }

    /// Enable what `func` has of PASID (with Execute and Privileged when supported), ATS and
    /// PRI (allocation `PRI_ALLOCATION`), and bus mastering, as the PCI layer would; what was
    /// enabled, for the SVA layer (which refuses what is missing).
    fn enable(&self, func: u8) -> Result<SvaDevice, DemoError> {
        let missing = |what: &str| DemoError::Check(format!("function {func} has no {what}"));
        let (caps, pasid_cap) = {
            let dev = self.dev.borrow();
            let cfg = dev.config(func).ok_or_else(|| missing("configuration space"))?;
            (cfg.caps(), cfg.pasid_cap())
        };
        let w16 = |at: usize, v: u16| self.config_write(func, at, 2, v.into());
        let mut pasid = None;
        if let (Some(at), Some(cap)) = (caps.pasid, pasid_cap) {
            let ctrl = PasidCtrl::default()
                .with_enable(true)
                .with_exec_en(cap.exec_supported())
                .with_priv_en(cap.priv_supported());
            w16(at + PasidExtCap::CTRL_BYTE_OFFSET, ctrl.0)?;
            pasid = Some(PasidEnabled {
                width: cap.max_pasid_width(),
                exec: cap.exec_supported(),
                privileged: cap.priv_supported(),
            });
        }
        let mut ats = None;
        if let Some(at) = caps.ats {
            w16(at + AtsExtCap::CTRL_BYTE_OFFSET, AtsCtrl::default().with_enable(true).0)?;
            ats = Some(AtsEnabled { stu: 0, invalidate_queue_depth: ITAGS });
        }
        let mut pri = false;
        if let Some(at) = caps.pri {
            let alloc = PriReqAlloc::default().with_alloc(PRI_ALLOCATION).0;
            self.config_write(func, at + PriExtCap::REQ_ALLOC_BYTE_OFFSET, 4, alloc)?;
            w16(at + PriExtCap::CTRL_BYTE_OFFSET, PriCtrl::default().with_enable(true).0)?;
            pri = true;
        }
        w16(Command::OFFSET, Command::default().with_bus_master_en(true).0)?;
        let dev = self.dev.borrow();
        let cfg = dev.config(func).ok_or_else(|| missing("configuration space"))?;
        let required = cfg.pri_status().is_some_and(|s| s.prg_resp_pasid_required());
        let rid = dev.routing_id(func).ok_or_else(|| missing("routing ID"))?;
        Ok(SvaDevice::from_pci(u32::from(rid.0), pasid, ats, pri, required))
    }

    /// One TLP of the device.
    fn handle(&self, dws: &[u32]) -> Result<(), DemoError> {
        if let Some((prefix, tr)) =
            TranslationRequest::decode(dws).map_err(|e| DemoError::Check(e.to_string()))?
        {
            return self.translation(prefix, &tr);
        }
        let tlp = Tlp::decode(dws).map_err(|e| DemoError::Check(format!("decode: {e}")))?;
        match tlp.body {
            TlpBody::Mem(m) => self.memory(tlp.prefix, &m),
            TlpBody::Message(Message::PageRequest(pr)) => {
                let payload = PrPayload::default()
                    .with_r(pr.read)
                    .with_w(pr.write)
                    .with_l(pr.last)
                    .with_prgi(pr.prg_index)
                    .with_page_addr(pr.page_addr >> PAGE_SHIFT);
                let mut rec = PrRecord::default().with_did(u32::from(pr.requester_id.0));
                if let Some(p) = tlp.prefix {
                    rec = rec
                        .with_pv(true)
                        .with_pid(p.pasid.value())
                        .with_priv(p.privileged)
                        .with_exec(p.execute);
                }
                self.model.page_request(&rec.with_payload(payload));
                Ok(())
            }
            TlpBody::Message(Message::AtsInvalCompletion { itag_vector, cc, .. }) => {
                let need = if cc == 0 { 8 } else { cc };
                let mut itags = self.itags.borrow_mut();
                for itag in 0..ITAGS {
                    if itag_vector & (1 << itag) == 0 {
                        continue;
                    }
                    let done = itags.get_mut(&itag).is_some_and(|o| {
                        o.received += 1;
                        o.received >= need
                    });
                    if done {
                        itags.remove(&itag);
                        self.model.complete_invalidations(1);
                    }
                }
                Ok(())
            }
            // Completions to the root complex's own requests (none are sent), other messages.
            _ => Ok(()),
        }
    }

    /// An ATS Translation Request.
    fn translation(
        &self,
        prefix: Option<PasidPrefix>,
        tr: &TranslationRequest,
    ) -> Result<(), DemoError> {
        let mut entries = Vec::new();
        let mut status = CplStatus::SC;
        for i in 0..tr.translations as u64 {
            let req = DeviceRequest {
                device_id: u32::from(tr.requester_id.0),
                process_id: prefix.map(|p| p.pasid.value()),
                privileged: prefix.is_some_and(|p| p.privileged),
                kind: RequestKind::AtsTranslation,
                iova: tr.address + i * PAGE,
                write: !tr.no_write,
                execute: prefix.is_some_and(|p| p.execute),
            };
            match self.model.translate(&req) {
                Response::Ats(AtsCompletion::Success(s)) => {
                    let size = 1u64 << s.size_log2;
                    entries.push(Translation {
                        translated: (s.ppn << PAGE_SHIFT) & !(size - 1),
                        size,
                        read: s.r,
                        write: s.w,
                        execute: s.x,
                        privileged: s.privileged,
                        untranslated_only: false,
                        global: s.global,
                        no_snoop: false,
                    });
                }
                Response::Ats(AtsCompletion::UnsupportedRequest(_)) => {
                    status = CplStatus::UR;
                    break;
                }
                _ => {
                    status = CplStatus::CA;
                    break;
                }
            }
        }
        let data = if status == CplStatus::SC {
            Translation::encode_data(&entries).map_err(|e| DemoError::Check(e.to_string()))?
        } else {
            Vec::new()
        };
        let cpl = Completion {
            completer_id: rc_id(),
            status,
            bcm: false,
            byte_count: if data.is_empty() { 4 } else { data.len() },
            requester_id: tr.requester_id,
            tag: tr.tag,
            lower_address: 0,
            attrs: tr.attrs,
            data,
        };
        self.send(None, TlpBody::Completion(cpl))
    }

    /// The model's answer for one page of a memory request.
    fn page(&self, prefix: Option<PasidPrefix>, m: &MemRequest, addr: u64) -> Option<u64> {
        let translated = m.at == At::TRANSLATED;
        let req = DeviceRequest {
            device_id: u32::from(m.requester_id.0),
            process_id: if translated { None } else { prefix.map(|p| p.pasid.value()) },
            privileged: !translated && prefix.is_some_and(|p| p.privileged),
            kind: if translated { RequestKind::Translated } else { RequestKind::Untranslated },
            iova: addr,
            write: m.write,
            execute: !m.write && prefix.is_some_and(|p| p.execute),
        };
        match self.model.translate(&req) {
            Response::Allowed(t) => Some((t.ppn << PAGE_SHIFT) | (addr & (PAGE - 1))),
            _ => None,
        }
    }

    /// A memory read or write.
    fn memory(&self, prefix: Option<PasidPrefix>, m: &MemRequest) -> Result<(), DemoError> {
        let span = 4 * m.length_dw as u64;
        let head = u64::from(m.first_be.trailing_zeros().min(4));
        let tail = if m.length_dw == 1 {
            u64::from(4 - (8 - m.first_be.leading_zeros().min(8)).min(4))
        } else {
            u64::from(m.last_be.leading_zeros().saturating_sub(4))
        };
        let first = m.address + head;
        let end = m.address + span - tail;
        // Physical address of every page of the request, or the fault.
        let mut phys = Vec::new();
        let mut at = first & !(PAGE - 1);
        while at < end {
            match self.page(prefix, m, at.max(first)) {
                Some(pa) => phys.push(pa & !(PAGE - 1)),
                None => break,
            }
            at += PAGE;
        }
        let pages = (end.saturating_sub(1) / PAGE + 1).saturating_sub(first / PAGE);
        let allowed = phys.len() as u64 == pages;
        let pa_of = |va: u64| phys[((va / PAGE) - (first / PAGE)) as usize] | (va & (PAGE - 1));
        if m.write {
            if allowed {
                for va in first..end {
                    let i = (va - m.address) as usize;
                    let enabled = if va - m.address < 4 {
                        m.first_be & (1 << i) != 0
                    } else if va - m.address >= span - 4 {
                        m.last_be & (1 << (i % 4)) != 0
                    } else {
                        true
                    };
                    if enabled {
                        self.mem.write(PhysAddr(pa_of(va)), &m.data[i..=i])?;
                    }
                }
            }
            return Ok(());
        }
        if !allowed {
            let cpl = Completion {
                completer_id: rc_id(),
                status: CplStatus::UR,
                bcm: false,
                byte_count: (end - first) as usize,
                requester_id: m.requester_id,
                tag: m.tag,
                lower_address: (first & 0x7f) as u8,
                attrs: m.attrs,
                data: Vec::new(),
            };
            return self.send(None, TlpBody::Completion(cpl));
        }
        // Completions that end on RCB boundaries.
        let mut start = first;
        while start < end {
            let stop = ((start / RCB + 1) * RCB).min(end);
            let dw_start = start & !3;
            let dw_end = (stop + 3) & !3;
            let mut data = vec![0u8; (dw_end - dw_start) as usize];
            for va in start..stop {
                let mut b = [0u8];
                self.mem.read(PhysAddr(pa_of(va)), &mut b)?;
                data[(va - dw_start) as usize] = b[0];
            }
            let cpl = Completion {
                completer_id: rc_id(),
                status: CplStatus::SC,
                bcm: false,
                byte_count: (end - start) as usize,
                requester_id: m.requester_id,
                tag: m.tag,
                lower_address: (start & 0x7f) as u8,
                attrs: m.attrs,
                data,
            };
            self.send(None, TlpBody::Completion(cpl))?;
            start = stop;
        }
        Ok(())
    }

    fn send(&self, prefix: Option<PasidPrefix>, body: TlpBody) -> Result<(), DemoError> {
        let dws = encode(prefix, body)?;
        self.dev.borrow_mut().receive(&dws).map_err(|e| DemoError::Check(format!("device: {e}")))
    }

    /// The PASID prefix of an ATS command with `PV`.
    fn prefix_of(c: &CmdAts) -> Result<Option<PasidPrefix>, DemoError> {
        if !c.pv() {
            return Ok(None);
        }
        let pasid = Pasid::new(c.pid()).map_err(|e| DemoError::Check(e.to_string()))?;
        Ok(Some(PasidPrefix { pasid, privileged: false, execute: false }))
    }

    /// Deliver the model's ATS messages; time out Invalidate Requests not answered in time
    /// (the model then reports `cmd_to` at the next IOFENCE.C: every ATS.INVAL it still
    /// waits for expires, an approximation of per-ITag expiry that is exact when one is
    /// outstanding).
    fn deliver(&self) -> Result<(), DemoError> {
        let now = self.cycle.get();
        let expired: Vec<u8> = self
            .itags
            .borrow()
            .iter()
            .filter(|(_, o)| now - o.sent > INVAL_TIMEOUT)
            .map(|(t, _)| *t)
            .collect();
        if !expired.is_empty() {
            for t in expired {
                self.itags.borrow_mut().remove(&t);
            }
            self.model.expire_invalidations();
        }
        for msg in self.model.take_outbound_ats() {
            match msg {
                AtsMessage::PageRequestGroupResponse(c) => {
                    let p = AtsPrgrPayload::from_bits(c.payload());
                    let body = TlpBody::Message(Message::PrgResponse {
                        requester_id: rc_id(),
                        tag: 0,
                        destination_id: RoutingId(c.rid()),
                        code: PrgRespCode(p.resp_code().0),
                        prg_index: p.prgi(),
                    });
                    self.send(Self::prefix_of(&c)?, body)?;
                }
                AtsMessage::Invalidate(c) => self.queued.borrow_mut().push_back(c),
            }
        }
        // Invalidate Requests while ITags are free.
        loop {
            if self.itags.borrow().len() >= usize::from(ITAGS) {
                break;
            }
            let Some(c) = self.queued.borrow_mut().pop_front() else { break };
            debug_assert_eq!(c.func3(), AtsFunc3::INVAL);
            let mut itag = self.next_itag.get();
            while self.itags.borrow().contains_key(&itag) {
                itag = (itag + 1) % ITAGS;
            }
            self.next_itag.set((itag + 1) % ITAGS);
            let sent = self.cycle.get();
            self.itags.borrow_mut().insert(itag, Outstanding { received: 0, sent });
            let p = AtsInvalPayload::from_bits(c.payload());
            let body = TlpBody::Message(Message::AtsInvalRequest {
                requester_id: rc_id(),
                itag,
                device_id: RoutingId(c.rid()),
                address: p.addr() << PAGE_SHIFT,
                size: p.s(),
                global: p.g(),
            });
            self.send(Self::prefix_of(&c)?, body)?;
        }
        Ok(())
    }
}

impl Link for ModelRootComplex<'_> {
    fn run(&self, cycles: u64) -> Result<(), DemoError> {
        if let Some(e) = self.error.borrow_mut().take() {
            return Err(e);
        }
        for _ in 0..cycles {
            self.exchange()?;
        }
        Ok(())
    }
    fn cycle(&self) -> u64 {
        self.cycle.get()
    }
    fn interrupts(&self) -> Result<u16, DemoError> {
        Ok(self.model.interrupt_lines())
    }
    fn device(&self) -> &SharedDevice {
        &self.dev
    }
    fn settle(&self) -> Result<(), DemoError> {
        // Writes reach memory when the root complex takes them.
        Ok(())
    }
}

/// Bring up the model, the device and the driver, and run `job`.
pub fn with_model<J: SvaJob>(options: &Options, job: J) -> Result<J::Out, DemoError> {
    if options.trace.is_some() {
        return Err(DemoError::Unsupported(
            "--trace writes an RTL waveform: it needs --backend rtl",
        ));
    }
    let dma = Rc::new(FakeDma::new(PhysAddr(MEM_BASE), MEM_BYTES));
    let config =
        ModelConfig { ats_invalidations: InvalidationPolicy::Hold, ..ModelConfig::default() };
    let model = Model::new(dma.clone(), config);
    let functions = options.functions.clone();
    let dev: SharedDevice =
        Rc::new(RefCell::new(Device::new(functions).map_err(|e| DemoError::Check(e.to_string()))?));
    let rc = ModelRootComplex::new(&model, &dma, dev);
    let mut devices = Vec::new();
    for func in 0..options.functions.len() as u8 {
        let sva_dev = rc.enable(func)?;
        devices.push((Function { func, device_id: sva_dev.device_id }, sva_dev));
    }
    let iommu = Iommu::init(rc.regs(), &*dma, options.iommu_config())?;
    let mut sva = Sva::new(iommu, PasidAllocator::new());
    for (_, d) in &devices {
        sva.add_device(*d)?;
    }
    let memory: Rc<dyn DmaMemory> = dma.clone();
    let funcs: Vec<Function> = devices.iter().map(|(f, _)| *f).collect();
    job.run(&rc, &mut sva, memory, &funcs)
}
