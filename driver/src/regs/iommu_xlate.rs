// Generated from regmaps/iommu_xlate_pkg.sv by codegen (`cargo xtask codegen`); do not edit.
//! IOMMU translation port: what the root port (or a co-simulation request source) asks the
//! IOMMU core for one inbound transaction, and the answer it gets.
//!
//! The RISC-V IOMMU specification names the inputs of a translation (iommu_intro.adoc,
//! "Device translation request interface" and the IO bridge): device_id, process_id with its
//! valid bit, Privileged Mode Requested, Execute Requested, read or write, the IOVA, and
//! whether the request is untranslated, translated (ATS-translated address) or a PCIe ATS
//! Translation Request; and, for page requests, whether the device context accepts them. The
//! answer is the physical page and what it allows, or the fault.
//! The port is a valid/ready request channel and a valid/ready response channel; every
//! request gets exactly one response, carrying the request's tag. Responses may return out
//! of request order (a hit overtakes a walk); requests with the same tag may not be
//! outstanding at the same time.
//!
//! Source: `regmaps/iommu_xlate_pkg.sv`. Structures convert to and from bytes in little-endian (memory) order.

// Generated field accessors cast and shift uniformly, whatever the widths.
#![allow(clippy::unnecessary_cast, clippy::identity_op)]

#[allow(unused_imports)]
use crate::mmio::{Mmio, Reg, RegValue, RO, RW, WO};

/// Size in bytes of `xlate_req_t`.
pub const XLATE_REQ_BYTES: usize = 0x10;

/// Size in bytes of `xlate_rsp_t`.
pub const XLATE_RSP_BYTES: usize = 0x10;

/// Kind of inbound transaction.
///
/// `xlate_kind_t`, 2 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct XlateKind(pub u8);

impl XlateKind {
    /// memory access with an untranslated address (IOVA)
    pub const UNTRANSLATED: Self = Self(0);
    /// memory access with an address from an ATS translation
    pub const TRANSLATED: Self = Self(1);
    /// PCIe ATS Translation Request
    pub const ATS: Self = Self(2);
    /// PCIe Page Request / Stop Marker message: locate the device context only
    pub const PAGE_REQUEST: Self = Self(3);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 2;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("UNTRANSLATED"),
            1 => Some("TRANSLATED"),
            2 => Some("ATS"),
            3 => Some("PAGE_REQUEST"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for XlateKind {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "XlateKind({:#x})", self.0),
        }
    }
}

/// Outcome of a translation.
///
/// `xlate_status_t`, 2 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct XlateStatus(pub u8);

impl XlateStatus {
    /// access allowed / ATS Success (possibly granting nothing)
    pub const OK: Self = Self(0);
    /// untranslated/translated access aborted with cause
    pub const FAULT: Self = Self(1);
    /// ATS Translation Request answered Unsupported Request
    pub const ATS_UR: Self = Self(2);
    /// ATS Translation Request answered Completer Abort
    pub const ATS_CA: Self = Self(3);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 2;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("OK"),
            1 => Some("FAULT"),
            2 => Some("ATS_UR"),
            3 => Some("ATS_CA"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for XlateStatus {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "XlateStatus({:#x})", self.0),
        }
    }
}

/// One translation request (16 bytes; bit 0 is the IOVA's bit 0).
///
/// `xlate_req_t`, 128 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct XlateReq(pub [u32; 4]);

impl XlateReq {
    /// Width in bits.
    pub const WIDTH: u32 = 128;
    /// Size in bytes.
    pub const BYTES: usize = 16;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self([0, 0, 0x3f, 0]);

    /// From raw bits.
    pub const fn from_bits(bits: [u32; 4]) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> [u32; 4] {
        self.0
    }

    /// the address (IOVA, or the translated address)
    ///
    /// Bits `[63:0]`.
    #[inline]
    pub const fn iova(&self) -> u64 {
        crate::bits::get(&self.0, 0, 64) as u64
    }

    /// Set `iova` (bits `[63:0]`).
    #[inline]
    pub const fn set_iova(&mut self, v: u64) {
        crate::bits::set(&mut self.0, 0, 64, v as u64);
    }

    /// This value with `iova` replaced.
    #[inline]
    #[must_use]
    pub const fn with_iova(mut self, v: u64) -> Self {
        self.set_iova(v);
        self
    }

    /// untranslated, translated or ATS Translation Request
    ///
    /// Bits `[71:70]`.
    #[inline]
    pub const fn kind(&self) -> XlateKind {
        XlateKind(crate::bits::get(&self.0, 70, 2) as u8)
    }

    /// Set `kind` (bits `[71:70]`).
    #[inline]
    pub const fn set_kind(&mut self, v: XlateKind) {
        debug_assert!((v.0 as u64) >> 2 == 0, "value does not fit field `kind`");
        crate::bits::set(&mut self.0, 70, 2, v.0 as u64);
    }

    /// This value with `kind` replaced.
    #[inline]
    #[must_use]
    pub const fn with_kind(mut self, v: XlateKind) -> Self {
        self.set_kind(v);
        self
    }

    /// write access / ATS write permission asked (NW = 0)
    ///
    /// Bits `[72]`.
    #[inline]
    pub const fn write(&self) -> bool {
        crate::bits::get(&self.0, 72, 1) != 0
    }

    /// Set `write` (bits `[72]`).
    #[inline]
    pub const fn set_write(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 72, 1, v as u64);
    }

    /// This value with `write` replaced.
    #[inline]
    #[must_use]
    pub const fn with_write(mut self, v: bool) -> Self {
        self.set_write(v);
        self
    }

    /// read for execute / ATS Execute Requested
    ///
    /// Bits `[73]`.
    #[inline]
    pub const fn exec(&self) -> bool {
        crate::bits::get(&self.0, 73, 1) != 0
    }

    /// Set `exec` (bits `[73]`).
    #[inline]
    pub const fn set_exec(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 73, 1, v as u64);
    }

    /// This value with `exec` replaced.
    #[inline]
    #[must_use]
    pub const fn with_exec(mut self, v: bool) -> Self {
        self.set_exec(v);
        self
    }

    /// Privileged Mode Requested (meaningful only with pv)
    ///
    /// Bits `[74]`.
    #[inline]
    pub const fn r#priv(&self) -> bool {
        crate::bits::get(&self.0, 74, 1) != 0
    }

    /// Set `priv` (bits `[74]`).
    #[inline]
    pub const fn set_priv(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 74, 1, v as u64);
    }

    /// This value with `priv` replaced.
    #[inline]
    #[must_use]
    pub const fn with_priv(mut self, v: bool) -> Self {
        self.set_priv(v);
        self
    }

    /// the request carries a process_id
    ///
    /// Bits `[75]`.
    #[inline]
    pub const fn pv(&self) -> bool {
        crate::bits::get(&self.0, 75, 1) != 0
    }

    /// Set `pv` (bits `[75]`).
    #[inline]
    pub const fn set_pv(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 75, 1, v as u64);
    }

    /// This value with `pv` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pv(mut self, v: bool) -> Self {
        self.set_pv(v);
        self
    }

    /// process_id (PASID) when pv is 1
    ///
    /// Bits `[95:76]`.
    #[inline]
    pub const fn process_id(&self) -> u32 {
        crate::bits::get(&self.0, 76, 20) as u32
    }

    /// Set `process_id` (bits `[95:76]`).
    #[inline]
    pub const fn set_process_id(&mut self, v: u32) {
        debug_assert!((v as u64) >> 20 == 0, "value does not fit field `process_id`");
        crate::bits::set(&mut self.0, 76, 20, v as u64);
    }

    /// This value with `process_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_process_id(mut self, v: u32) -> Self {
        self.set_process_id(v);
        self
    }

    /// requester's device_id
    ///
    /// Bits `[119:96]`.
    #[inline]
    pub const fn device_id(&self) -> u32 {
        crate::bits::get(&self.0, 96, 24) as u32
    }

    /// Set `device_id` (bits `[119:96]`).
    #[inline]
    pub const fn set_device_id(&mut self, v: u32) {
        debug_assert!((v as u64) >> 24 == 0, "value does not fit field `device_id`");
        crate::bits::set(&mut self.0, 96, 24, v as u64);
    }

    /// This value with `device_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_device_id(mut self, v: u32) -> Self {
        self.set_device_id(v);
        self
    }

    /// requester's tag, returned in the response
    ///
    /// Bits `[127:120]`.
    #[inline]
    pub const fn tag(&self) -> u8 {
        crate::bits::get(&self.0, 120, 8) as u8
    }

    /// Set `tag` (bits `[127:120]`).
    #[inline]
    pub const fn set_tag(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `tag`");
        crate::bits::set(&mut self.0, 120, 8, v as u64);
    }

    /// This value with `tag` replaced.
    #[inline]
    #[must_use]
    pub const fn with_tag(mut self, v: u8) -> Self {
        self.set_tag(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0[i / 4] >> ((i % 4) * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0[i / 4] |= (b as u32) << ((i % 4) * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 16] {
        let mut out = [0u8; 16];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 16]) -> Self {
        let mut v = Self([0; 4]);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for XlateReq {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("XlateReq")
            .field("iova", &self.iova())
            .field("kind", &self.kind())
            .field("write", &self.write())
            .field("exec", &self.exec())
            .field("priv", &self.r#priv())
            .field("pv", &self.pv())
            .field("process_id", &self.process_id())
            .field("device_id", &self.device_id())
            .field("tag", &self.tag())
            .finish()
    }
}

/// The answer to one request (16 bytes).
/// status OK: ppn is the 4 KiB page holding the address, size_log2 the bytes the mapping
/// covers (12, 16, 21, 30 or 39), r/w/x what it allows the requester, u the leaf's U bit,
/// g whether the mapping is global, priv the Priv field of an ATS completion. For an ATS
/// Success that grants nothing (r = w = x = 0) ppn, size_log2 and g are UNSPECIFIED.
/// status FAULT / ATS_UR / ATS_CA: cause and ttyp say why; queued is set when a fault
/// record was handed to the fault queue (which still drops it when off, full or faulted).
/// kind PAGE_REQUEST (ATS_PRI: steps 1-5 of the translation process, then EN_ATS and
/// EN_PRI): status OK when the device context allows page requests, prpr its PRPR bit;
/// FAULT with the cause (256..259: the context could not be located, 260: PRI disabled,
/// Bare mode or device_id too wide) and ttyp PCIE_MSG. The other answer fields are zero.
///
/// `xlate_rsp_t`, 128 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct XlateRsp(pub [u32; 4]);

impl XlateRsp {
    /// Width in bits.
    pub const WIDTH: u32 = 128;
    /// Size in bytes.
    pub const BYTES: usize = 16;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self([0, 0xfc00_0000, 0xffff_ffff, 0xf]);

    /// From raw bits.
    pub const fn from_bits(bits: [u32; 4]) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> [u32; 4] {
        self.0
    }

    /// physical page number (4 KiB) holding the address
    ///
    /// Bits `[43:0]`.
    #[inline]
    pub const fn ppn(&self) -> u64 {
        crate::bits::get(&self.0, 0, 44) as u64
    }

    /// Set `ppn` (bits `[43:0]`).
    #[inline]
    pub const fn set_ppn(&mut self, v: u64) {
        debug_assert!((v as u64) >> 44 == 0, "value does not fit field `ppn`");
        crate::bits::set(&mut self.0, 0, 44, v as u64);
    }

    /// This value with `ppn` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ppn(mut self, v: u64) -> Self {
        self.set_ppn(v);
        self
    }

    /// read allowed
    ///
    /// Bits `[44]`.
    #[inline]
    pub const fn r(&self) -> bool {
        crate::bits::get(&self.0, 44, 1) != 0
    }

    /// Set `r` (bits `[44]`).
    #[inline]
    pub const fn set_r(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 44, 1, v as u64);
    }

    /// This value with `r` replaced.
    #[inline]
    #[must_use]
    pub const fn with_r(mut self, v: bool) -> Self {
        self.set_r(v);
        self
    }

    /// write allowed
    ///
    /// Bits `[45]`.
    #[inline]
    pub const fn w(&self) -> bool {
        crate::bits::get(&self.0, 45, 1) != 0
    }

    /// Set `w` (bits `[45]`).
    #[inline]
    pub const fn set_w(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 45, 1, v as u64);
    }

    /// This value with `w` replaced.
    #[inline]
    #[must_use]
    pub const fn with_w(mut self, v: bool) -> Self {
        self.set_w(v);
        self
    }

    /// execute allowed
    ///
    /// Bits `[46]`.
    #[inline]
    pub const fn x(&self) -> bool {
        crate::bits::get(&self.0, 46, 1) != 0
    }

    /// Set `x` (bits `[46]`).
    #[inline]
    pub const fn set_x(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 46, 1, v as u64);
    }

    /// This value with `x` replaced.
    #[inline]
    #[must_use]
    pub const fn with_x(mut self, v: bool) -> Self {
        self.set_x(v);
        self
    }

    /// U bit of the leaf
    ///
    /// Bits `[47]`.
    #[inline]
    pub const fn u(&self) -> bool {
        crate::bits::get(&self.0, 47, 1) != 0
    }

    /// Set `u` (bits `[47]`).
    #[inline]
    pub const fn set_u(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 47, 1, v as u64);
    }

    /// This value with `u` replaced.
    #[inline]
    #[must_use]
    pub const fn with_u(mut self, v: bool) -> Self {
        self.set_u(v);
        self
    }

    /// the mapping is global
    ///
    /// Bits `[48]`.
    #[inline]
    pub const fn g(&self) -> bool {
        crate::bits::get(&self.0, 48, 1) != 0
    }

    /// Set `g` (bits `[48]`).
    #[inline]
    pub const fn set_g(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 48, 1, v as u64);
    }

    /// This value with `g` replaced.
    #[inline]
    #[must_use]
    pub const fn with_g(mut self, v: bool) -> Self {
        self.set_g(v);
        self
    }

    /// ATS completion Priv field (PMR of the request's PASID)
    ///
    /// Bits `[49]`.
    #[inline]
    pub const fn r#priv(&self) -> bool {
        crate::bits::get(&self.0, 49, 1) != 0
    }

    /// Set `priv` (bits `[49]`).
    #[inline]
    pub const fn set_priv(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 49, 1, v as u64);
    }

    /// This value with `priv` replaced.
    #[inline]
    #[must_use]
    pub const fn with_priv(mut self, v: bool) -> Self {
        self.set_priv(v);
        self
    }

    /// log2 of the bytes the mapping covers
    ///
    /// Bits `[55:50]`.
    #[inline]
    pub const fn size_log2(&self) -> u8 {
        crate::bits::get(&self.0, 50, 6) as u8
    }

    /// Set `size_log2` (bits `[55:50]`).
    #[inline]
    pub const fn set_size_log2(&mut self, v: u8) {
        debug_assert!((v as u64) >> 6 == 0, "value does not fit field `size_log2`");
        crate::bits::set(&mut self.0, 50, 6, v as u64);
    }

    /// This value with `size_log2` replaced.
    #[inline]
    #[must_use]
    pub const fn with_size_log2(mut self, v: u8) -> Self {
        self.set_size_log2(v);
        self
    }

    /// outcome
    ///
    /// Bits `[57:56]`.
    #[inline]
    pub const fn status(&self) -> XlateStatus {
        XlateStatus(crate::bits::get(&self.0, 56, 2) as u8)
    }

    /// Set `status` (bits `[57:56]`).
    #[inline]
    pub const fn set_status(&mut self, v: XlateStatus) {
        debug_assert!((v.0 as u64) >> 2 == 0, "value does not fit field `status`");
        crate::bits::set(&mut self.0, 56, 2, v.0 as u64);
    }

    /// This value with `status` replaced.
    #[inline]
    #[must_use]
    pub const fn with_status(mut self, v: XlateStatus) -> Self {
        self.set_status(v);
        self
    }

    /// PAGE_REQUEST OK: the device context's PRPR bit
    ///
    /// Bits `[100]`.
    #[inline]
    pub const fn prpr(&self) -> bool {
        crate::bits::get(&self.0, 100, 1) != 0
    }

    /// Set `prpr` (bits `[100]`).
    #[inline]
    pub const fn set_prpr(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 100, 1, v as u64);
    }

    /// This value with `prpr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_prpr(mut self, v: bool) -> Self {
        self.set_prpr(v);
        self
    }

    /// a fault record was handed to the fault queue
    ///
    /// Bits `[101]`.
    #[inline]
    pub const fn queued(&self) -> bool {
        crate::bits::get(&self.0, 101, 1) != 0
    }

    /// Set `queued` (bits `[101]`).
    #[inline]
    pub const fn set_queued(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 101, 1, v as u64);
    }

    /// This value with `queued` replaced.
    #[inline]
    #[must_use]
    pub const fn with_queued(mut self, v: bool) -> Self {
        self.set_queued(v);
        self
    }

    /// transaction type (iommu_mem_pkg::ttyp_t) when not OK
    ///
    /// Bits `[107:102]`.
    #[inline]
    pub const fn ttyp(&self) -> u8 {
        crate::bits::get(&self.0, 102, 6) as u8
    }

    /// Set `ttyp` (bits `[107:102]`).
    #[inline]
    pub const fn set_ttyp(&mut self, v: u8) {
        debug_assert!((v as u64) >> 6 == 0, "value does not fit field `ttyp`");
        crate::bits::set(&mut self.0, 102, 6, v as u64);
    }

    /// This value with `ttyp` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ttyp(mut self, v: u8) -> Self {
        self.set_ttyp(v);
        self
    }

    /// fault cause (iommu_mem_pkg::fault_cause_t) when not OK
    ///
    /// Bits `[119:108]`.
    #[inline]
    pub const fn cause(&self) -> u16 {
        crate::bits::get(&self.0, 108, 12) as u16
    }

    /// Set `cause` (bits `[119:108]`).
    #[inline]
    pub const fn set_cause(&mut self, v: u16) {
        debug_assert!((v as u64) >> 12 == 0, "value does not fit field `cause`");
        crate::bits::set(&mut self.0, 108, 12, v as u64);
    }

    /// This value with `cause` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cause(mut self, v: u16) -> Self {
        self.set_cause(v);
        self
    }

    /// the request's tag
    ///
    /// Bits `[127:120]`.
    #[inline]
    pub const fn tag(&self) -> u8 {
        crate::bits::get(&self.0, 120, 8) as u8
    }

    /// Set `tag` (bits `[127:120]`).
    #[inline]
    pub const fn set_tag(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `tag`");
        crate::bits::set(&mut self.0, 120, 8, v as u64);
    }

    /// This value with `tag` replaced.
    #[inline]
    #[must_use]
    pub const fn with_tag(mut self, v: u8) -> Self {
        self.set_tag(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0[i / 4] >> ((i % 4) * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0[i / 4] |= (b as u32) << ((i % 4) * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 16] {
        let mut out = [0u8; 16];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 16]) -> Self {
        let mut v = Self([0; 4]);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for XlateRsp {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("XlateRsp")
            .field("ppn", &self.ppn())
            .field("r", &self.r())
            .field("w", &self.w())
            .field("x", &self.x())
            .field("u", &self.u())
            .field("g", &self.g())
            .field("priv", &self.r#priv())
            .field("size_log2", &self.size_log2())
            .field("status", &self.status())
            .field("prpr", &self.prpr())
            .field("queued", &self.queued())
            .field("ttyp", &self.ttyp())
            .field("cause", &self.cause())
            .field("tag", &self.tag())
            .finish()
    }
}
