//! Configuration space of one endpoint function, built from the generated types.
//!
//! Layout (offsets are the generated names'):
//! - Type 0 header: the registers every PCI function shares take their layout, offset, reset
//!   value and access tags from the root port's generated `pcie_rp_cfg::REGISTERS` table;
//!   values that differ for an endpoint (IDs, class, header layout, no INTx) are set here. BAR0
//!   and BAR1 (`Bar0::OFFSET`, `Bar1::OFFSET`, the same in both header types) form one 64-bit
//!   memory BAR (`pcie_ep_caps::MemBar`).
//! - PCI Express Capability at `PCIE_CAP_BASE` (Endpoint), then Power Management at
//!   `PM_CAP_BASE`, the same positions as in the root port, from the same table.
//! - Extended capabilities from `EXT_CAP_LIST_BASE`: PASID, ATS, PRI (each when configured),
//!   one after the other.
//!
//! Access semantics follow the access tags: `ro`/`hwinit` fields ignore writes, `rw`/`warl`
//! take them (a `warl` enum field only its legal encodings), `rw1c` bits clear on a 1, `wo`
//! bits read zero and are reported to the caller. Writes carry byte enables.

use driver::regmeta::{Access, FieldInfo, RegisterInfo};
use driver::regs::pcie_ep_caps::{
    AtsCap, AtsCtrl, AtsExtCap, BarMemType, ExtCapHdr, ExtCapId, HeaderLayout, MemBar, PasidCap,
    PasidCtrl, PasidExtCap, PriCtrl, PriExtCap, PriReqAlloc, PriReqCapacity, PriStatus,
    ATS_CAP_VERSION, EXT_CAP_LIST_BASE, PASID_CAP_VERSION, PAYLOAD_SIZE_UNIT, PRI_CAP_VERSION,
};
use driver::regs::pcie_rp_cfg::{
    self as rp, Bar0, Bar1, CacheLineSize, CapPtr, ClassRev, Command, Devcap, Devcap2, Devctl,
    Devctl2, DeviceId, Devsta, HeaderType, InterruptLine, InterruptPin, PcieCapHdr, PcieCaps,
    PciePortType, PmCapHdr, Pmc, Pmcsr, Status, VendorId, REGBLOCK_BYTES,
};
use thiserror::Error;

use crate::tlp::DW_BYTES;

/// A function configuration the model cannot build.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum ConfigError {
    /// The root port's register table lacks a register the endpoint shares with it.
    #[error("register at {0:#x} missing from pcie_rp_cfg::REGISTERS")]
    MissingRegister(usize),
    /// BAR size not a power of two of at least 128 bytes.
    #[error("BAR size {0:#x} must be 0 or a power of two of at least 128 bytes")]
    BarSize(u64),
    /// A payload size that is not 128 << n for an encodable n.
    #[error("{what} {bytes} bytes is not 128 << n (n = 0..5)")]
    PayloadSize {
        /// Which size.
        what: &'static str,
        /// The value.
        bytes: usize,
    },
    /// Max End-End TLP prefixes outside 1..=4.
    #[error("max End-End TLP prefixes {0} must be 1 to 4")]
    MaxPrefixes(u8),
    /// A field value that does not fit.
    #[error("{field} = {value} does not fit its field")]
    FieldRange {
        /// The field.
        field: &'static str,
        /// The value.
        value: u64,
    },
    /// No function, or more than eight.
    #[error("a device has 1 to 8 functions, not {0}")]
    FunctionCount(usize),
}

/// PASID capability parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
pub struct PasidParams {
    /// Max PASID Width: PASIDs below `1 << max_width` (1..=20).
    pub max_width: u8,
    /// Execute Permission Supported.
    pub exec_supported: bool,
    /// Privileged Mode Supported.
    pub priv_supported: bool,
}

/// ATS capability parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
pub struct AtsParams {
    /// Invalidate Queue Depth (1..=32).
    pub inval_queue_depth: u8,
    /// Global Invalidate Supported.
    pub global_inval: bool,
}

/// PRI capability parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
pub struct PriParams {
    /// Outstanding Page Request Capacity.
    pub capacity: u32,
    /// PRG Response PASID Required.
    pub prg_resp_pasid_required: bool,
}

/// What one function is: identity, BAR, capabilities, requester limits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FunctionConfig {
    /// Vendor ID.
    pub vendor_id: u16,
    /// Device ID.
    pub device_id: u16,
    /// Base class, sub-class, programming interface.
    pub class: (u8, u8, u8),
    /// Revision ID.
    pub revision: u8,
    /// Size of the 64-bit memory BAR0 in bytes (0: no BAR).
    pub bar0_size: u64,
    /// Max Payload Size Supported in bytes (128 << n).
    pub max_payload_supported: usize,
    /// End-End TLP Prefix Supported with this Max End-End TLP Prefixes (1..=4); None: not
    /// supported.
    pub max_ee_prefixes: Option<u8>,
    /// PASID capability, if any.
    pub pasid: Option<PasidParams>,
    /// ATS capability, if any.
    pub ats: Option<AtsParams>,
    /// PRI capability, if any.
    pub pri: Option<PriParams>,
    /// Configuration requests answered with Configuration Request Retry Status after reset
    /// (the function is "not ready" until then).
    pub crs_requests: u32,
    /// Non-posted requests the function keeps outstanding at most (1..=32, 5-bit tags).
    pub max_outstanding_reads: usize,
    /// Completion time-out of the function's requests, in ticks.
    pub completion_timeout: u64,
    /// Entries of the Address Translation Cache (least recently used evicted first; 0: a
    /// translation serves the one access it was asked for).
    pub atc_entries: usize,
    /// Translation requests a work item sends for one page before it gives up (each page
    /// request answered Success is followed by another translation request).
    pub translation_attempts: u32,
    /// Pages a work item asks for in one page request group at most: the faulting page and
    /// the next ones it will touch without a usable translation (bounded by the allocation
    /// left).
    pub page_request_batch: usize,
}

impl Default for FunctionConfig {
    /// A function with PASID (20 bits, exec and priv), ATS, PRI, one End-End prefix, a 1 MiB
    /// BAR, 512-byte max payload, 16 outstanding reads, a 10,000-tick time-out, a 32-entry
    /// ATC, 4 translation attempts per page, page request groups of up to 4 pages.
    fn default() -> Self {
        FunctionConfig {
            vendor_id: VendorId::RESET.0,
            device_id: DeviceId::RESET.0.wrapping_add(1),
            class: (0xff, 0, 0),
            revision: 1,
            bar0_size: 1 << 20,
            max_payload_supported: 512,
            max_ee_prefixes: Some(1),
            pasid: Some(PasidParams { max_width: 20, exec_supported: true, priv_supported: true }),
            ats: Some(AtsParams { inval_queue_depth: 8, global_inval: true }),
            pri: Some(PriParams { capacity: 64, prg_resp_pasid_required: true }),
            crs_requests: 0,
            max_outstanding_reads: 16,
            completion_timeout: 10_000,
            atc_entries: 32,
            translation_attempts: 4,
            page_request_batch: 4,
        }
    }
}

/// Encoding n of a size `PAYLOAD_SIZE_UNIT << n` (Max Payload / Read Request Size).
pub fn payload_code(what: &'static str, bytes: usize) -> Result<u8, ConfigError> {
    let unit = PAYLOAD_SIZE_UNIT as usize;
    // Both fields are 3-bit encodings of 128 << n (MPS is WARL: read the MRRS field).
    let max = Devctl(u16::MAX).max_read_request_size();
    (0..=max).find(|&n| unit << n == bytes).ok_or(ConfigError::PayloadSize { what, bytes })
}

/// Bytes of a Max Payload / Read Request Size encoding.
pub fn payload_bytes(code: u8) -> usize {
    (PAYLOAD_SIZE_UNIT as usize) << code
}

/// One register: where it is, its value and how writes act on it.
#[derive(Clone, Debug)]
struct Reg {
    offset: usize,
    bytes: usize,
    value: u64,
    /// Bits software writes (rw, warl).
    rw: u64,
    /// Bits a written 1 clears.
    w1c: u64,
    /// Write-only bits: stored nowhere, reported.
    wo: u64,
    /// Fields with legal encodings (warl enums) that ignore other values.
    legal: &'static [FieldInfo],
}

/// A write-only bit written to 1, for the function to act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WoWrite {
    /// Offset of the register.
    pub offset: usize,
    /// The write-only bits written to 1.
    pub bits: u64,
}

/// Offsets of the extended capabilities a function has.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CapOffsets {
    /// PASID capability.
    pub pasid: Option<usize>,
    /// ATS capability.
    pub ats: Option<usize>,
    /// PRI capability.
    pub pri: Option<usize>,
}

/// The configuration space of one function.
#[derive(Clone, Debug)]
pub struct ConfigSpace {
    regs: Vec<Reg>,
    caps: CapOffsets,
    bar0_size: u64,
}

fn access_mask(info: &RegisterInfo, tags: &[Access]) -> u64 {
    tags.iter().fold(0, |m, &t| m | info.mask(t))
}

/// Mask of a register type's field, from the generated setter: all ones with the field set to
/// zero, inverted.
macro_rules! field_mask {
    ($ty:ident, $with:ident, $zero:expr) => {
        u64::from(!$ty(!0).$with($zero).0)
    };
}

impl ConfigSpace {
    /// Build the configuration space of function `func` of a device with `functions`
    /// functions.
    pub fn new(fc: &FunctionConfig, functions: usize) -> Result<Self, ConfigError> {
        let mut cs = ConfigSpace { regs: Vec::new(), caps: CapOffsets::default(), bar0_size: 0 };
        cs.build_header(fc, functions)?;
        cs.build_pcie_cap(fc)?;
        cs.build_ext_caps(fc)?;
        cs.regs.sort_by_key(|r| r.offset);
        Ok(cs)
    }

    /// Add a register shared with the root port, from its table entry: reset value, rw/warl
    /// and rw1c masks from the access tags; `value` replaces the reset value and `ro` removes
    /// bits from the writable masks (fields an endpoint hardwires).
    fn shared(&mut self, offset: usize, value: Option<u64>, ro: u64) -> Result<(), ConfigError> {
        let info = rp::REGISTERS
            .iter()
            .find(|r| r.offset == offset)
            .ok_or(ConfigError::MissingRegister(offset))?;
        self.regs.push(Reg {
            offset,
            bytes: info.bytes,
            value: value.unwrap_or(info.reset),
            rw: access_mask(info, &[Access::Rw, Access::Warl]) & !ro,
            w1c: info.mask(Access::Rw1c) & !ro,
            wo: info.mask(Access::Wo) & !ro,
            legal: info.fields,
        });
        Ok(())
    }

    fn own(&mut self, offset: usize, bytes: usize, value: u64, rw: u64, w1c: u64, wo: u64) {
        self.regs.push(Reg { offset, bytes, value, rw, w1c, wo, legal: &[] });
    }

    fn build_header(&mut self, fc: &FunctionConfig, functions: usize) -> Result<(), ConfigError> {
        self.shared(VendorId::OFFSET, Some(fc.vendor_id.into()), 0)?;
        self.shared(DeviceId::OFFSET, Some(fc.device_id.into()), 0)?;
        // No I/O BAR: I/O Space Enable is hardwired to zero (PCIe Base 6.x 7.5.1.1.3 permits it).
        let io = field_mask!(Command, with_io_space_en, false);
        self.shared(Command::OFFSET, None, io)?;
        self.shared(Status::OFFSET, None, 0)?;
        let class = ClassRev::default()
            .with_base_class(fc.class.0)
            .with_sub_class(fc.class.1)
            .with_prog_if(fc.class.2)
            .with_revision_id(fc.revision);
        self.shared(ClassRev::OFFSET, Some(class.0.into()), 0)?;
        self.shared(CacheLineSize::OFFSET, None, 0)?;
        // Multi-Function Device: set in every function of a device with more than one.
        let ht = HeaderType::default()
            .with_multi_function(functions > 1)
            .with_layout(HeaderLayout::TYPE0.0);
        self.shared(HeaderType::OFFSET, Some(ht.0.into()), 0)?;
        self.shared(CapPtr::OFFSET, None, 0)?;
        self.shared(InterruptLine::OFFSET, None, 0)?;
        // No INTx: Interrupt Pin 0.
        self.shared(InterruptPin::OFFSET, Some(0), 0)?;
        // BAR0/BAR1: one 64-bit memory BAR; address bits below the size are hardwired zero.
        let size = fc.bar0_size;
        if size != 0 && (!size.is_power_of_two() || size < u64::from(PAYLOAD_SIZE_UNIT)) {
            return Err(ConfigError::BarSize(size));
        }
        self.bar0_size = size;
        if size != 0 {
            let low = MemBar::default().with_mem_type(BarMemType::TYPE_64);
            let addr_bits = field_mask!(MemBar, with_address, 0);
            let below = size - 1;
            self.own(
                Bar0::OFFSET,
                Bar0::BYTES,
                low.0.into(),
                addr_bits & !below & u64::from(u32::MAX),
                0,
                0,
            );
            let high_rw = !below >> u32::BITS;
            self.own(Bar1::OFFSET, Bar1::BYTES, 0, high_rw, 0, 0);
        }
        Ok(())
    }

    fn build_pcie_cap(&mut self, fc: &FunctionConfig) -> Result<(), ConfigError> {
        self.shared(PcieCapHdr::OFFSET, None, 0)?;
        let caps = PcieCaps::RESET.with_port_type(PciePortType::ENDPOINT);
        self.shared(PcieCaps::OFFSET, Some(caps.0.into()), 0)?;
        let mps = payload_code("max payload supported", fc.max_payload_supported)?;
        let devcap = Devcap::RESET.with_max_payload_supported(mps).with_ext_tag_supported(false);
        self.shared(Devcap::OFFSET, Some(devcap.0.into()), 0)?;
        self.shared(Devctl::OFFSET, None, 0)?;
        self.shared(Devsta::OFFSET, None, 0)?;
        let mut devcap2 = Devcap2::default().with_completion_timeout_disable_supported(true);
        if let Some(n) = fc.max_ee_prefixes {
            let max_field = Devcap2(!0).max_ee_prefixes();
            if n == 0 || usize::from(n) > usize::from(max_field) + 1 {
                return Err(ConfigError::MaxPrefixes(n));
            }
            // 00b means four (the field's all-ones plus one).
            let code = n % (max_field + 1);
            devcap2 = devcap2
                .with_ee_prefix_supported(true)
                .with_ext_fmt_field_supported(true)
                .with_max_ee_prefixes(code);
        }
        self.shared(Devcap2::OFFSET, Some(devcap2.0.into()), 0)?;
        // End-End TLP Prefix Blocking applies to ports that forward TLPs; an endpoint
        // hardwires it (PCIe Base 6.x 7.5.3.16: RsvdP for other functions).
        let blocking = field_mask!(Devctl2, with_ee_prefix_blocking, false);
        self.shared(Devctl2::OFFSET, Some(0), blocking)?;
        self.shared(PmCapHdr::OFFSET, None, 0)?;
        self.shared(Pmc::OFFSET, None, 0)?;
        self.shared(Pmcsr::OFFSET, None, 0)?;
        Ok(())
    }

    fn build_ext_caps(&mut self, fc: &FunctionConfig) -> Result<(), ConfigError> {
        let mut list: Vec<(ExtCapId, u8, usize)> = Vec::new();
        if fc.pasid.is_some() {
            list.push((ExtCapId::PASID, PASID_CAP_VERSION as u8, PasidExtCap::BYTES));
        }
        if fc.ats.is_some() {
            list.push((ExtCapId::ATS, ATS_CAP_VERSION as u8, AtsExtCap::BYTES));
        }
        if fc.pri.is_some() {
            list.push((ExtCapId::PRI, PRI_CAP_VERSION as u8, PriExtCap::BYTES));
        }
        let mut at = EXT_CAP_LIST_BASE as usize;
        for (i, &(id, version, bytes)) in list.iter().enumerate() {
            let next = if i + 1 < list.len() { at + bytes } else { 0 };
            let hdr =
                ExtCapHdr::default().with_id(id.0).with_version(version).with_next(next as u16);
            self.own(at, ExtCapHdr::BYTES, hdr.0.into(), 0, 0, 0);
            match id {
                ExtCapId::PASID => self.pasid_regs(at, fc)?,
                ExtCapId::ATS => self.ats_regs(at, fc)?,
                _ => self.pri_regs(at, fc),
            }
            at += bytes;
        }
        Ok(())
    }

    fn pasid_regs(&mut self, at: usize, fc: &FunctionConfig) -> Result<(), ConfigError> {
        let Some(p) = fc.pasid else { return Ok(()) };
        let max_width = PasidCap(!0).max_pasid_width();
        if p.max_width == 0 || p.max_width > max_width {
            return Err(ConfigError::FieldRange {
                field: "max_pasid_width",
                value: p.max_width.into(),
            });
        }
        let cap = PasidCap::default()
            .with_max_pasid_width(p.max_width)
            .with_exec_supported(p.exec_supported)
            .with_priv_supported(p.priv_supported);
        self.own(at + PasidExtCap::CAP_BYTE_OFFSET, PasidCap::BYTES, cap.0.into(), 0, 0, 0);
        // Execute / Privileged Mode Enable are hardwired zero unless supported (7.8.9.3).
        let rw = PasidCtrl::default()
            .with_enable(true)
            .with_exec_en(p.exec_supported)
            .with_priv_en(p.priv_supported);
        self.own(at + PasidExtCap::CTRL_BYTE_OFFSET, PasidCtrl::BYTES, 0, rw.0.into(), 0, 0);
        self.caps.pasid = Some(at);
        Ok(())
    }

    fn ats_regs(&mut self, at: usize, fc: &FunctionConfig) -> Result<(), ConfigError> {
        let Some(a) = fc.ats else { return Ok(()) };
        let depth_max = usize::from(AtsCap(!0).inval_queue_depth()) + 1;
        let depth = usize::from(a.inval_queue_depth);
        if depth == 0 || depth > depth_max {
            return Err(ConfigError::FieldRange {
                field: "inval_queue_depth",
                value: depth as u64,
            });
        }
        let cap = AtsCap::default()
            .with_inval_queue_depth((depth % depth_max) as u8)
            .with_global_inval(a.global_inval);
        self.own(at + AtsExtCap::CAP_BYTE_OFFSET, AtsCap::BYTES, cap.0.into(), 0, 0, 0);
        let rw = field_mask!(AtsCtrl, with_enable, false) | field_mask!(AtsCtrl, with_stu, 0);
        self.own(at + AtsExtCap::CTRL_BYTE_OFFSET, AtsCtrl::BYTES, 0, rw, 0, 0);
        self.caps.ats = Some(at);
        Ok(())
    }

    fn pri_regs(&mut self, at: usize, fc: &FunctionConfig) {
        let Some(p) = fc.pri else { return };
        let enable = field_mask!(PriCtrl, with_enable, false);
        let reset = field_mask!(PriCtrl, with_reset, false);
        self.own(at + PriExtCap::CTRL_BYTE_OFFSET, PriCtrl::BYTES, 0, enable, 0, reset);
        // Stopped reads 1 while enable is clear and nothing is outstanding (reset state).
        let status = PriStatus::default()
            .with_prg_resp_pasid_required(p.prg_resp_pasid_required)
            .with_stopped(true);
        let w1c = field_mask!(PriStatus, with_response_failure, false)
            | field_mask!(PriStatus, with_unexpected_prg_index, false);
        self.own(at + PriExtCap::STATUS_BYTE_OFFSET, PriStatus::BYTES, status.0.into(), 0, w1c, 0);
        let cap = PriReqCapacity::default().with_capacity(p.capacity);
        self.own(
            at + PriExtCap::REQ_CAPACITY_BYTE_OFFSET,
            PriReqCapacity::BYTES,
            cap.0.into(),
            0,
            0,
            0,
        );
        let alloc = field_mask!(PriReqAlloc, with_alloc, 0);
        self.own(at + PriExtCap::REQ_ALLOC_BYTE_OFFSET, PriReqAlloc::BYTES, 0, alloc, 0, 0);
        self.caps.pri = Some(at);
    }

    /// Offsets of the extended capabilities.
    pub fn caps(&self) -> CapOffsets {
        self.caps
    }

    /// Size of BAR0 (0: none).
    pub fn bar0_size(&self) -> u64 {
        self.bar0_size
    }

    fn reg_at(&self, byte: usize) -> Option<&Reg> {
        self.regs.iter().find(|r| byte >= r.offset && byte < r.offset + r.bytes)
    }

    /// Read one byte of configuration space (zero outside any register).
    pub fn read_byte(&self, byte: usize) -> u8 {
        self.reg_at(byte).map_or(0, |r| (r.value >> (8 * (byte - r.offset))) as u8)
    }

    /// Read the DW `register` (DW index): byte k of the result's little-endian image is the
    /// byte at offset `4 * register + k`.
    pub fn read_dw(&self, register: u16) -> u32 {
        let base = usize::from(register) * DW_BYTES;
        let mut b = [0u8; DW_BYTES];
        for (k, v) in b.iter_mut().enumerate() {
            *v = self.read_byte(base + k);
        }
        u32::from_le_bytes(b)
    }

    /// Read `bytes` (1, 2, 4 or 8) little-endian at `offset`.
    pub fn read(&self, offset: usize, bytes: usize) -> u64 {
        (0..bytes).fold(0, |v, k| v | u64::from(self.read_byte(offset + k)) << (8 * k))
    }

    /// A configuration write of DW `register` with `data` (address order) and byte enables
    /// `be` (bit k = byte k). Returns the write-only bits written to 1.
    pub fn write_dw(&mut self, register: u16, data: [u8; DW_BYTES], be: u8) -> Vec<WoWrite> {
        let base = usize::from(register) * DW_BYTES;
        if base >= REGBLOCK_BYTES {
            return Vec::new();
        }
        let mut wo = Vec::new();
        for r in self.regs.iter_mut() {
            let lo = r.offset.max(base);
            let hi = (r.offset + r.bytes).min(base + DW_BYTES);
            if lo >= hi {
                continue;
            }
            let mut wdata = 0u64;
            let mut bmask = 0u64;
            for byte in lo..hi {
                let k = byte - base;
                if be & (1 << k) == 0 {
                    continue;
                }
                let shift = 8 * (byte - r.offset);
                wdata |= u64::from(data[k]) << shift;
                bmask |= 0xff << shift;
            }
            let old = r.value;
            let mut new = (old & !(r.rw & bmask)) | (wdata & r.rw & bmask);
            new &= !(wdata & r.w1c & bmask);
            for f in r.legal.iter().filter(|f| f.access == Access::Warl && f.legal.is_some()) {
                let m = f.mask();
                if !f.is_legal((new & m) >> f.lsb) {
                    new = (new & !m) | (old & m);
                }
            }
            r.value = new;
            if wdata & r.wo & bmask != 0 {
                wo.push(WoWrite { offset: r.offset, bits: wdata & r.wo & bmask });
            }
        }
        wo
    }

    /// Hardware update of a register: the bits in `mask` take `value` (whatever the tags).
    pub fn hw_update(&mut self, offset: usize, mask: u64, value: u64) {
        if let Some(r) = self.regs.iter_mut().find(|r| r.offset == offset) {
            r.value = (r.value & !mask) | (value & mask);
        }
    }

    /// Command register.
    pub fn command(&self) -> Command {
        Command(self.read(Command::OFFSET, Command::BYTES) as u16)
    }

    /// Device Control register.
    pub fn devctl(&self) -> Devctl {
        Devctl(self.read(Devctl::OFFSET, Devctl::BYTES) as u16)
    }

    /// Device Control 2 register.
    pub fn devctl2(&self) -> Devctl2 {
        Devctl2(self.read(Devctl2::OFFSET, Devctl2::BYTES) as u16)
    }

    /// Device Capabilities register.
    pub fn devcap(&self) -> Devcap {
        Devcap(self.read(Devcap::OFFSET, Devcap::BYTES) as u32)
    }

    /// PASID Control, if the function has the capability.
    pub fn pasid_ctrl(&self) -> Option<PasidCtrl> {
        self.caps.pasid.map(|at| {
            PasidCtrl(self.read(at + PasidExtCap::CTRL_BYTE_OFFSET, PasidCtrl::BYTES) as u16)
        })
    }

    /// PASID Capability, if the function has it.
    pub fn pasid_cap(&self) -> Option<PasidCap> {
        self.caps.pasid.map(|at| {
            PasidCap(self.read(at + PasidExtCap::CAP_BYTE_OFFSET, PasidCap::BYTES) as u16)
        })
    }

    /// ATS Control, if the function has the capability.
    pub fn ats_ctrl(&self) -> Option<AtsCtrl> {
        self.caps
            .ats
            .map(|at| AtsCtrl(self.read(at + AtsExtCap::CTRL_BYTE_OFFSET, AtsCtrl::BYTES) as u16))
    }

    /// PRI Control, if the function has the capability.
    pub fn pri_ctrl(&self) -> Option<PriCtrl> {
        self.caps
            .pri
            .map(|at| PriCtrl(self.read(at + PriExtCap::CTRL_BYTE_OFFSET, PriCtrl::BYTES) as u16))
    }

    /// PRI Status, if the function has the capability.
    pub fn pri_status(&self) -> Option<PriStatus> {
        self.caps.pri.map(|at| {
            PriStatus(self.read(at + PriExtCap::STATUS_BYTE_OFFSET, PriStatus::BYTES) as u16)
        })
    }

    /// PRI Outstanding Page Request Allocation, if the function has the capability.
    pub fn pri_alloc(&self) -> Option<u32> {
        self.caps.pri.map(|at| {
            PriReqAlloc(self.read(at + PriExtCap::REQ_ALLOC_BYTE_OFFSET, PriReqAlloc::BYTES) as u32)
                .alloc()
        })
    }

    /// Base address programmed in BAR0/BAR1 (None without a BAR).
    pub fn bar0_base(&self) -> Option<u64> {
        if self.bar0_size == 0 {
            return None;
        }
        let low = MemBar(self.read(Bar0::OFFSET, Bar0::BYTES) as u32);
        let addr_bits = field_mask!(MemBar, with_address, 0);
        let high = self.read(Bar1::OFFSET, Bar1::BYTES);
        Some((high << u32::BITS) | (u64::from(low.0) & addr_bits))
    }
}
