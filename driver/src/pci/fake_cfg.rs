//! A fake PCI hierarchy for the PCI layer's tests: functions as byte images with per-bit
//! access masks, bridges that route configuration requests by their live bus numbers.
//!
//! Bridges (root ports, switch ports) are built from `pcie_rp_cfg::REGISTERS`: their reset
//! values and the access tag of every field decide what a write does (rw stores, rw1c
//! clears, warl keeps only legal encodings, the rest ignores writes). Endpoints are built
//! from the `pcie_ep_caps` types with the access the capability descriptions give.

use alloc::vec;
use alloc::vec::Vec;
use core::cell::RefCell;

use super::config::{Bdf, ConfigSpace, Lanes};
use crate::mmio::Mmio;
use crate::regmeta::{Access, FieldInfo};
use crate::regs::kit_map::EcamAddr;
use crate::regs::pcie_ep_caps::{
    AtsCap, AtsCtrl, AtsExtCap, ExtCapHdr, ExtCapId, PasidCap, PasidCtrl, PasidExtCap, PriCtrl,
    PriExtCap, PriReqAlloc, PriReqCapacity, PriStatus,
};
use crate::regs::pcie_rp_cfg::{
    self, AcsCaps, AcsCtrl, AcsExtCapHdr, Bar0, Bar1, BaseAddress, CapPtr, ClassRev, Command,
    Devcap2, DeviceId, HeaderType, PciCapHdr, PciCapId, PcieCapHdr, PcieCaps, PciePortType,
    SecondaryBus, Status, SubordinateBus, VendorId,
};

const SPACE: usize = 4096;

/// One function: bytes, which bits a write stores / clears, enum fields with legal values.
#[derive(Clone)]
pub struct FakeFunction {
    pub bytes: Vec<u8>,
    rw: Vec<u8>,
    w1c: Vec<u8>,
    warl: Vec<(usize, FieldInfo)>,
    /// Offset of the PRI capability, whose Stopped / Reset behaviour the fake models.
    pri: Option<usize>,
    /// PRI keeps reporting requests outstanding (Stopped stays clear).
    pub pri_stuck: bool,
    /// Below this bridge (empty for an endpoint): (device, function, node).
    pub children: Vec<(u8, u8, FakeFunction)>,
}

impl FakeFunction {
    fn blank() -> Self {
        FakeFunction {
            bytes: vec![0; SPACE],
            rw: vec![0; SPACE],
            w1c: vec![0; SPACE],
            warl: Vec::new(),
            pri: None,
            pri_stuck: false,
            children: Vec::new(),
        }
    }

    /// Set `len` bytes at `off` (little-endian) to `value`.
    pub fn poke(&mut self, off: usize, len: usize, value: u64) {
        self.bytes[off..off + len].copy_from_slice(&value.to_le_bytes()[..len]);
    }

    /// Read `len` bytes at `off`.
    pub fn peek(&self, off: usize, len: usize) -> u64 {
        let mut b = [0u8; 8];
        b[..len].copy_from_slice(&self.bytes[off..off + len]);
        u64::from_le_bytes(b)
    }

    fn set_mask(mask: &mut [u8], off: usize, len: usize, bits: u64) {
        for (i, m) in mask[off..off + len].iter_mut().enumerate() {
            *m |= (bits >> (8 * i)) as u8;
        }
    }

    fn rw(&mut self, off: usize, len: usize, bits: u64) {
        Self::set_mask(&mut self.rw, off, len, bits);
    }

    /// A Type 1 function laid out and behaving as `pcie_rp_cfg::REGISTERS` says, with its
    /// Device/Port Type replaced by `port_type`.
    pub fn bridge(port_type: PciePortType) -> Self {
        let mut f = Self::blank();
        for reg in pcie_rp_cfg::REGISTERS {
            for n in 0..reg.count {
                let off = reg.offset + n * reg.stride;
                f.poke(off, reg.bytes, reg.reset);
                for field in reg.fields {
                    match field.access {
                        Access::Rw => Self::set_mask(&mut f.rw, off, reg.bytes, field.mask()),
                        Access::Rw1c => Self::set_mask(&mut f.w1c, off, reg.bytes, field.mask()),
                        Access::Warl if field.legal.is_some() => f.warl.push((off, *field)),
                        Access::Warl => Self::set_mask(&mut f.rw, off, reg.bytes, field.mask()),
                        _ => {}
                    }
                }
            }
        }
        let caps = PcieCaps::from_bits(f.peek(PcieCaps::OFFSET, PcieCaps::BYTES) as u16);
        f.poke(PcieCaps::OFFSET, PcieCaps::BYTES, u64::from(caps.with_port_type(port_type).0));
        f
    }

    /// The root port as the register map describes it.
    pub fn root_port() -> Self {
        Self::bridge(PciePortType::ROOT_PORT)
    }

    /// Add `child` at `device`/`function` below this bridge.
    pub fn with_child(mut self, device: u8, function: u8, child: FakeFunction) -> Self {
        self.children.push((device, function, child));
        self
    }

    fn is_bridge(&self) -> bool {
        HeaderType::from_bits(self.bytes[HeaderType::OFFSET]).layout() == 1
    }

    fn write(&mut self, off: usize, value: u32, lanes: Lanes) {
        for lane in 0..4 {
            if lanes & (1 << lane) == 0 {
                continue;
            }
            let v = (value >> (8 * lane)) as u8;
            let (rw, w1c) = (self.rw[off + lane], self.w1c[off + lane]);
            let b = &mut self.bytes[off + lane];
            *b = (*b & !rw) | (v & rw);
            *b &= !(v & w1c);
        }
        // WARL enum fields: a legal encoding replaces the field, anything else is ignored.
        for (reg_off, field) in self.warl.clone() {
            let bytes = (field.lsb + field.width).div_ceil(8) as usize;
            if reg_off < off || reg_off + bytes > off + 4 {
                continue;
            }
            let shift = 8 * (reg_off - off) as u32 + field.lsb;
            let v = u64::from(value >> shift) & (field.mask() >> field.lsb);
            let cur = self.peek(reg_off, bytes);
            if field.is_legal(v) {
                self.poke(reg_off, bytes, (cur & !field.mask()) | (v << field.lsb));
            }
        }
        if let Some(pri) = self.pri {
            let ctrl_off = pri + PriExtCap::CTRL_BYTE_OFFSET;
            let status_off = pri + PriExtCap::STATUS_BYTE_OFFSET;
            let mut status = PriStatus::from_bits(self.peek(status_off, 2) as u16);
            let hits_ctrl = off == ctrl_off & !3 && lanes & (0b11 << (ctrl_off & 3)) != 0;
            let written = PriCtrl::from_bits((value >> (8 * (ctrl_off & 3))) as u16);
            if hits_ctrl && written.reset() {
                status = status.with_response_failure(false).with_unexpected_prg_index(false);
            }
            let enabled = PriCtrl::from_bits(self.peek(ctrl_off, 2) as u16).enable();
            status.set_stopped(!enabled && !self.pri_stuck);
            self.poke(status_off, 2, u64::from(status.0));
        }
    }
}

/// What an endpoint function offers.
#[derive(Clone)]
pub struct EndpointSpec {
    pub vendor_id: u16,
    pub device_id: u16,
    pub multi_function: bool,
    /// (BAR index, size, 64-bit, prefetchable).
    pub bars: Vec<(u8, u64, bool, bool)>,
    pub ee_prefix_supported: bool,
    pub pasid: Option<PasidCap>,
    pub ats: Option<AtsCap>,
    /// (capacity, PRG Response PASID Required).
    pub pri: Option<(u32, bool)>,
    pub acs: Option<AcsCaps>,
}

impl EndpointSpec {
    /// A PASID/ATS/PRI endpoint with a 64-bit 1 MiB BAR and a 32-bit 16 KiB BAR.
    pub fn sva() -> Self {
        EndpointSpec {
            vendor_id: 0x1234,
            device_id: 0x5ead,
            multi_function: false,
            bars: vec![(0, 1 << 20, true, true), (2, 16 << 10, false, false)],
            ee_prefix_supported: true,
            pasid: Some(PasidCap::default().with_max_pasid_width(20).with_exec_supported(true)),
            ats: Some(AtsCap::default().with_inval_queue_depth(0)),
            pri: Some((32, false)),
            acs: None,
        }
    }

    /// A plain endpoint: one 32-bit 64 KiB BAR, no PASID/ATS/PRI.
    pub fn plain() -> Self {
        EndpointSpec {
            vendor_id: 0x1234,
            device_id: 0x0001,
            multi_function: false,
            bars: vec![(0, 64 << 10, false, false)],
            ee_prefix_supported: true,
            pasid: None,
            ats: None,
            pri: None,
            acs: None,
        }
    }

    pub fn build(&self) -> FakeFunction {
        let mut f = FakeFunction::blank();
        f.poke(VendorId::OFFSET, 2, u64::from(self.vendor_id));
        f.poke(DeviceId::OFFSET, 2, u64::from(self.device_id));
        let class = ClassRev::default().with_base_class(2);
        f.poke(ClassRev::OFFSET, 4, u64::from(class.0));
        let header = HeaderType::default().with_multi_function(self.multi_function);
        f.poke(HeaderType::OFFSET, 1, u64::from(header.0));
        f.rw(
            Command::OFFSET,
            2,
            u64::from(Command::default().with_mem_space_en(true).with_bus_master_en(true).0),
        );
        f.poke(Status::OFFSET, 2, u64::from(Status::default().with_cap_list(true).0));
        let stride = Bar1::OFFSET - Bar0::OFFSET;
        for &(index, size, is64, pref) in &self.bars {
            let off = Bar0::OFFSET + usize::from(index) * stride;
            let flags = BaseAddress::default()
                .with_mem_type(if is64 { 2 } else { 0 })
                .with_prefetchable(pref);
            f.poke(off, 4, u64::from(flags.0));
            let addr_bits = !(size - 1);
            f.rw(off, 4, addr_bits & u64::from(BaseAddress::from_bits(u32::MAX).address()) << 4);
            if is64 {
                f.rw(off + stride, 4, addr_bits >> 32);
            }
        }
        // PCI Express capability, alone on the PCI list.
        let pcie = PcieCapHdr::OFFSET;
        f.poke(CapPtr::OFFSET, 1, pcie as u64);
        f.poke(pcie, 2, u64::from(PciCapHdr::default().with_cap_id(PciCapId::PCIE).0));
        let caps = PcieCaps::default().with_version(2).with_port_type(PciePortType::ENDPOINT);
        f.poke(PcieCaps::OFFSET, 2, u64::from(caps.0));
        let devcap2 = Devcap2::default()
            .with_ee_prefix_supported(self.ee_prefix_supported)
            .with_ext_fmt_field_supported(true)
            .with_max_ee_prefixes(1);
        f.poke(Devcap2::OFFSET, 4, u64::from(devcap2.0));

        // Extended capabilities, one after the other from 100h.
        let mut list: Vec<(u16, usize)> = Vec::new();
        if self.pasid.is_some() {
            list.push((ExtCapId::PASID.0, PasidExtCap::BYTES));
        }
        if self.ats.is_some() {
            list.push((ExtCapId::ATS.0, AtsExtCap::BYTES));
        }
        if self.pri.is_some() {
            list.push((ExtCapId::PRI.0, PriExtCap::BYTES));
        }
        if self.acs.is_some() {
            list.push((pcie_rp_cfg::ExtCapId::ACS.0, AcsCtrl::OFFSET + 2 - AcsExtCapHdr::OFFSET));
        }
        let mut off = pcie_rp_cfg::AER_CAP_BASE as usize;
        for (i, &(id, len)) in list.iter().enumerate() {
            let next = if i + 1 < list.len() { off + len } else { 0 };
            let hdr = ExtCapHdr::default().with_id(id).with_version(1).with_next(next as u16);
            f.poke(off, 4, u64::from(hdr.0));
            if id == ExtCapId::PASID.0 {
                let cap = self.pasid.unwrap_or_default();
                f.poke(off + PasidExtCap::CAP_BYTE_OFFSET, 2, u64::from(cap.0));
                let ctrl =
                    PasidCtrl::default().with_enable(true).with_exec_en(true).with_priv_en(true);
                f.rw(off + PasidExtCap::CTRL_BYTE_OFFSET, 2, u64::from(ctrl.0));
            } else if id == ExtCapId::ATS.0 {
                let cap = self.ats.unwrap_or_default();
                f.poke(off + AtsExtCap::CAP_BYTE_OFFSET, 2, u64::from(cap.0));
                let ctrl = AtsCtrl::default()
                    .with_enable(true)
                    .with_stu(AtsCtrl::from_bits(u16::MAX).stu());
                f.rw(off + AtsExtCap::CTRL_BYTE_OFFSET, 2, u64::from(ctrl.0));
            } else if id == ExtCapId::PRI.0 {
                let (capacity, pasid_required) = self.pri.unwrap_or_default();
                let status = PriStatus::default()
                    .with_stopped(true)
                    .with_prg_resp_pasid_required(pasid_required);
                f.poke(off + PriExtCap::STATUS_BYTE_OFFSET, 2, u64::from(status.0));
                let rw1c = PriStatus::default()
                    .with_response_failure(true)
                    .with_unexpected_prg_index(true);
                FakeFunction::set_mask(
                    &mut f.w1c,
                    off + PriExtCap::STATUS_BYTE_OFFSET,
                    2,
                    u64::from(rw1c.0),
                );
                let cap = PriReqCapacity::default().with_capacity(capacity);
                f.poke(off + PriExtCap::REQ_CAPACITY_BYTE_OFFSET, 4, u64::from(cap.0));
                f.rw(
                    off + PriExtCap::CTRL_BYTE_OFFSET,
                    2,
                    u64::from(PriCtrl::default().with_enable(true).0),
                );
                f.rw(
                    off + PriExtCap::REQ_ALLOC_BYTE_OFFSET,
                    4,
                    u64::from(PriReqAlloc::from_bits(u32::MAX).0),
                );
                f.pri = Some(off);
            } else {
                let caps = self.acs.unwrap_or_default();
                f.poke(off + AcsCaps::OFFSET - AcsExtCapHdr::OFFSET, 2, u64::from(caps.0));
                let ctrl = AcsCtrl::default()
                    .with_source_validation_en(caps.source_validation())
                    .with_p2p_request_redirect_en(caps.p2p_request_redirect())
                    .with_p2p_completion_redirect_en(caps.p2p_completion_redirect())
                    .with_upstream_forwarding_en(caps.upstream_forwarding());
                f.rw(off + AcsCtrl::OFFSET - AcsExtCapHdr::OFFSET, 2, u64::from(ctrl.0));
            }
            off += len;
        }
        f
    }
}

/// One write seen by [`FakeConfig`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Write {
    pub bdf: Bdf,
    pub offset: u16,
    pub value: u32,
    pub lanes: Lanes,
}

/// A hierarchy: the functions of the root bus (device, function, node) and a write log.
pub struct FakeConfig {
    root_bus: u8,
    pub root: RefCell<Vec<(u8, u8, FakeFunction)>>,
    log: RefCell<Vec<Write>>,
}

impl FakeConfig {
    pub fn new(root_bus: u8, root: Vec<(u8, u8, FakeFunction)>) -> Self {
        FakeConfig { root_bus, root: RefCell::new(root), log: RefCell::new(Vec::new()) }
    }

    /// The kit: one root port at 00:00.0 with `below` on its link.
    pub fn kit(below: Vec<(u8, u8, FakeFunction)>) -> Self {
        let mut rp = FakeFunction::root_port();
        rp.children = below;
        FakeConfig::new(0, vec![(0, 0, rp)])
    }

    pub fn writes(&self) -> Vec<Write> {
        self.log.borrow().clone()
    }

    pub fn clear_log(&self) {
        self.log.borrow_mut().clear();
    }

    /// Run `f` on the function that answers `bdf` now (by the bridges' live bus numbers).
    pub fn with<R>(&self, bdf: Bdf, f: impl FnOnce(&mut FakeFunction) -> R) -> Option<R> {
        let mut root = self.root.borrow_mut();
        route(&mut root, self.root_bus, bdf).map(f)
    }
}

fn route(nodes: &mut [(u8, u8, FakeFunction)], bus: u8, bdf: Bdf) -> Option<&mut FakeFunction> {
    for (device, function, node) in nodes.iter_mut() {
        if bus == bdf.bus() {
            if *device == bdf.device() && *function == bdf.function() {
                return Some(node);
            }
            continue;
        }
        if node.is_bridge() {
            let secondary = node.bytes[SecondaryBus::OFFSET];
            let subordinate = node.bytes[SubordinateBus::OFFSET];
            if secondary > bus && (secondary..=subordinate).contains(&bdf.bus()) {
                return route(&mut node.children, secondary, bdf);
            }
        }
    }
    None
}

impl ConfigSpace for FakeConfig {
    fn read_dw(&self, bdf: Bdf, offset: u16) -> u32 {
        assert_eq!(offset % 4, 0, "unaligned configuration read");
        self.with(bdf, |f| f.peek(usize::from(offset), 4) as u32).unwrap_or(u32::MAX)
    }

    fn write_dw(&self, bdf: Bdf, offset: u16, value: u32, lanes: Lanes) {
        assert_eq!(offset % 4, 0, "unaligned configuration write");
        self.log.borrow_mut().push(Write { bdf, offset, value, lanes });
        self.with(bdf, |f| f.write(usize::from(offset), value, lanes));
    }
}

/// The hierarchy behind an ECAM window, to run [`super::Ecam`] end to end.
pub struct EcamWindow<'a>(pub &'a FakeConfig);

impl EcamWindow<'_> {
    fn split(offset: usize) -> (Bdf, u16) {
        let a = EcamAddr::from_bits(offset as u32);
        (Bdf::new(a.bus(), a.device(), a.func()).unwrap(), a.offset())
    }
}

impl Mmio for EcamWindow<'_> {
    fn read32(&self, offset: usize) -> u32 {
        let (bdf, off) = Self::split(offset);
        self.0.read_dw(bdf, off)
    }
    fn write32(&self, offset: usize, value: u32) {
        let (bdf, off) = Self::split(offset);
        self.0.write_dw(bdf, off, value, 0b1111)
    }
    fn write16(&self, offset: usize, value: u16) {
        let (bdf, off) = Self::split(offset);
        self.0.write_dw(bdf, off & !3, u32::from(value) << ((off & 2) * 8), 0b11 << (off & 2))
    }
    fn write8(&self, offset: usize, value: u8) {
        let (bdf, off) = Self::split(offset);
        self.0.write_dw(bdf, off & !3, u32::from(value) << ((off & 3) * 8), 1 << (off & 3))
    }
}
