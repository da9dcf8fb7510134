// Generated from regmaps/pcie_ep_caps_pkg.sv by codegen (`cargo xtask codegen`); do not edit.
//! PCIe endpoint extended capabilities for shared virtual addressing: PASID, ATS and PRI.
//!
//! These are not a register block: each capability sits wherever the endpoint's extended
//! capability list puts it (found by walking the list from offset 0x100 and matching the
//! header ID). Each capability is a little-endian structure whose byte 0 is the first byte of
//! the capability in configuration space; the driver reads and writes its registers at their
//! byte positions inside that structure, and the endpoint model implements the access tags.
//!
//! Source: `regmaps/pcie_ep_caps_pkg.sv`. Structures convert to and from bytes in little-endian (memory) order.

// Generated field accessors cast and shift uniformly, whatever the widths.
#![allow(clippy::unnecessary_cast, clippy::identity_op)]

#[allow(unused_imports)]
use crate::mmio::{Mmio, Reg, RegValue, RO, RW, WO};

/// Capability version of the PASID capability described here.
pub const PASID_CAP_VERSION: u32 = 1;

/// Capability version of the ATS capability described here.
pub const ATS_CAP_VERSION: u32 = 1;

/// Capability version of the PRI capability described here.
pub const PRI_CAP_VERSION: u32 = 1;

/// Size in bytes of `ext_cap_hdr_t`.
pub const EXT_CAP_HDR_BYTES: usize = 4;

/// Size in bytes of `pasid_cap_t`.
pub const PASID_CAP_BYTES: usize = 2;

/// Size in bytes of `pasid_ctrl_t`.
pub const PASID_CTRL_BYTES: usize = 2;

/// Size in bytes of `pasid_ext_cap_t`.
pub const PASID_EXT_CAP_BYTES: usize = 8;

/// Size in bytes of `ats_cap_t`.
pub const ATS_CAP_BYTES: usize = 2;

/// Size in bytes of `ats_ctrl_t`.
pub const ATS_CTRL_BYTES: usize = 2;

/// Size in bytes of `ats_ext_cap_t`.
pub const ATS_EXT_CAP_BYTES: usize = 8;

/// Size in bytes of `pri_ctrl_t`.
pub const PRI_CTRL_BYTES: usize = 2;

/// Size in bytes of `pri_status_t`.
pub const PRI_STATUS_BYTES: usize = 2;

/// Size in bytes of `pri_req_capacity_t`.
pub const PRI_REQ_CAPACITY_BYTES: usize = 4;

/// Size in bytes of `pri_req_alloc_t`.
pub const PRI_REQ_ALLOC_BYTES: usize = 4;

/// Size in bytes of `pri_ext_cap_t`.
pub const PRI_EXT_CAP_BYTES: usize = 0x10;

/// Offset of the first extended capability in configuration space (PCIe Base 6.x 7.6.3).
pub const EXT_CAP_LIST_BASE: u32 = 0x100;

/// Max_Payload_Size and Max_Read_Request_Size encoding n means PAYLOAD_SIZE_UNIT << n bytes
/// bytes (PCIe Base 6.x 7.5.3.3 and 7.5.3.4).
pub const PAYLOAD_SIZE_UNIT: u32 = 0x80;

/// A memory request may not cross a boundary of this many bytes (PCIe Base 6.x 2.2.7).
pub const REQ_BOUNDARY_SIZE: u32 = 0x1000;

/// Read Completion Boundary encoding n (Link Control bit 3) means RCB_SIZE_UNIT << n bytes
/// (PCIe Base 6.x 7.5.3.7).
pub const RCB_SIZE_UNIT: u32 = 0x40;

/// Size in bytes of `mem_bar_t`.
pub const MEM_BAR_BYTES: usize = 4;

/// Base Address Registers of a Type 0 header: six DWORDs from the first BAR's offset (the
/// root port's BAR0_OFFSET, the same in both header types; PCIe Base 6.x 7.5.1.2.1); a
/// 64-bit memory BAR takes two.
pub const TYPE0_BAR_SLOTS: u32 = 6;

/// Size in bytes of `routing_id_t`.
pub const ROUTING_ID_BYTES: usize = 2;

/// Extended capability IDs of the endpoint capabilities (the root port's own AER and ACS
/// IDs are in pcie_rp_cfg_pkg).
///
/// `ext_cap_id_t`, 16 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct ExtCapId(pub u16);

impl ExtCapId {
    /// Address Translation Services
    pub const ATS: Self = Self(0xf);
    /// Page Request Interface
    pub const PRI: Self = Self(0x13);
    /// Process Address Space ID
    pub const PASID: Self = Self(0x1b);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 16;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0xf => Some("ATS"),
            0x13 => Some("PRI"),
            0x1b => Some("PASID"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for ExtCapId {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "ExtCapId({:#x})", self.0),
        }
    }
}

/// Header Layout: bits 6:0 of the Header Type register (PCIe Base 6.x 7.5.1.1.9).
///
/// `header_layout_t`, 7 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct HeaderLayout(pub u8);

impl HeaderLayout {
    /// Type 0 header, an endpoint function
    pub const TYPE0: Self = Self(0);
    /// Type 1 header, a PCI-to-PCI bridge (ports)
    pub const TYPE1: Self = Self(1);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 7;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("TYPE0"),
            1 => Some("TYPE1"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for HeaderLayout {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "HeaderLayout({:#x})", self.0),
        }
    }
}

/// Decoder type of a Memory Space Base Address Register (BAR bits 2:1).
///
/// `bar_mem_type_t`, 2 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct BarMemType(pub u8);

impl BarMemType {
    /// 32-bit decoder
    pub const TYPE_32: Self = Self(0);
    /// 64-bit decoder: the next BAR holds address bits \[63:32\]
    pub const TYPE_64: Self = Self(2);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 2;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("TYPE_32"),
            2 => Some("TYPE_64"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for BarMemType {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "BarMemType({:#x})", self.0),
        }
    }
}

/// PCIe extended capability header.
/// The first DWORD of every extended capability; next = 0 ends the list.
///
/// `ext_cap_hdr_t`, 32 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct ExtCapHdr(pub u32);

impl ExtCapHdr {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// extended capability ID (see ext_cap_id_t)
    ///
    /// Bits `[15:0]`, `hwinit`.
    #[inline]
    pub const fn id(&self) -> u16 {
        (self.0 & 0xffff) as u16
    }

    /// Set `id` (bits `[15:0]`).
    #[inline]
    pub const fn set_id(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `id`");
        self.0 = (self.0 & !0xffff) | ((v) as u32 & 0xffff);
    }

    /// This value with `id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_id(mut self, v: u16) -> Self {
        self.set_id(v);
        self
    }

    /// capability version
    ///
    /// Bits `[19:16]`, `hwinit`.
    #[inline]
    pub const fn version(&self) -> u8 {
        ((self.0 >> 16) & 0xf) as u8
    }

    /// Set `version` (bits `[19:16]`).
    #[inline]
    pub const fn set_version(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `version`");
        self.0 = (self.0 & !(0xf << 16)) | (((v) as u32 & 0xf) << 16);
    }

    /// This value with `version` replaced.
    #[inline]
    #[must_use]
    pub const fn with_version(mut self, v: u8) -> Self {
        self.set_version(v);
        self
    }

    /// offset of the next extended capability, 0 = end of list
    ///
    /// Bits `[31:20]`, `hwinit`.
    #[inline]
    pub const fn next(&self) -> u16 {
        ((self.0 >> 20) & 0xfff) as u16
    }

    /// Set `next` (bits `[31:20]`).
    #[inline]
    pub const fn set_next(&mut self, v: u16) {
        debug_assert!((v as u64) >> 12 == 0, "value does not fit field `next`");
        self.0 = (self.0 & !(0xfff << 20)) | (((v) as u32 & 0xfff) << 20);
    }

    /// This value with `next` replaced.
    #[inline]
    #[must_use]
    pub const fn with_next(mut self, v: u16) -> Self {
        self.set_next(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u32) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 4] {
        let mut out = [0u8; 4];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 4]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for ExtCapHdr {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ExtCapHdr")
            .field("id", &self.id())
            .field("version", &self.version())
            .field("next", &self.next())
            .finish()
    }
}

/// PASID Capability register (capability byte 4).
/// PCIe Base 6.x Section 7.8.9.2: Execute Permission Supported (bit 1), Privileged Mode
/// Supported (2), Translated Requests with PASID Supported (3), Max PASID Width (12:8).
///
/// `pasid_cap_t`, 16 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PasidCap(pub u16);

impl PasidCap {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xe0f1);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// Execute Requested may be set in PASID prefixes
    ///
    /// Bits `[1]`, `hwinit`.
    #[inline]
    pub const fn exec_supported(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `exec_supported` (bits `[1]`).
    #[inline]
    pub const fn set_exec_supported(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u16 & 1) << 1);
    }

    /// This value with `exec_supported` replaced.
    #[inline]
    #[must_use]
    pub const fn with_exec_supported(mut self, v: bool) -> Self {
        self.set_exec_supported(v);
        self
    }

    /// Privileged Mode Requested may be set in PASID prefixes
    ///
    /// Bits `[2]`, `hwinit`.
    #[inline]
    pub const fn priv_supported(&self) -> bool {
        (self.0 >> 2) & 1 != 0
    }

    /// Set `priv_supported` (bits `[2]`).
    #[inline]
    pub const fn set_priv_supported(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 2)) | (((v) as u16 & 1) << 2);
    }

    /// This value with `priv_supported` replaced.
    #[inline]
    #[must_use]
    pub const fn with_priv_supported(mut self, v: bool) -> Self {
        self.set_priv_supported(v);
        self
    }

    /// translated requests may carry a PASID (not supported here)
    ///
    /// Bits `[3]`, `hwinit`.
    #[inline]
    pub const fn translated_pasid_supported(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `translated_pasid_supported` (bits `[3]`).
    #[inline]
    pub const fn set_translated_pasid_supported(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u16 & 1) << 3);
    }

    /// This value with `translated_pasid_supported` replaced.
    #[inline]
    #[must_use]
    pub const fn with_translated_pasid_supported(mut self, v: bool) -> Self {
        self.set_translated_pasid_supported(v);
        self
    }

    /// PASID width supported, PASIDs are below 1 << n
    ///
    /// Bits `[12:8]`, `hwinit`.
    #[inline]
    pub const fn max_pasid_width(&self) -> u8 {
        ((self.0 >> 8) & 0x1f) as u8
    }

    /// Set `max_pasid_width` (bits `[12:8]`).
    #[inline]
    pub const fn set_max_pasid_width(&mut self, v: u8) {
        debug_assert!((v as u64) >> 5 == 0, "value does not fit field `max_pasid_width`");
        self.0 = (self.0 & !(0x1f << 8)) | (((v) as u16 & 0x1f) << 8);
    }

    /// This value with `max_pasid_width` replaced.
    #[inline]
    #[must_use]
    pub const fn with_max_pasid_width(mut self, v: u8) -> Self {
        self.set_max_pasid_width(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u16) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 2] {
        let mut out = [0u8; 2];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 2]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for PasidCap {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PasidCap")
            .field("exec_supported", &self.exec_supported())
            .field("priv_supported", &self.priv_supported())
            .field("translated_pasid_supported", &self.translated_pasid_supported())
            .field("max_pasid_width", &self.max_pasid_width())
            .finish()
    }
}

/// PASID Control register (capability byte 6).
/// PCIe Base 6.x Section 7.8.9.3: PASID Enable (bit 0), Execute Permission Enable (1),
/// Privileged Mode Enable (2), Translated Requests with PASID Enable (3).
///
/// `pasid_ctrl_t`, 16 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PasidCtrl(pub u16);

impl PasidCtrl {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xfff0);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// the function may send PASID prefixes
    ///
    /// Bits `[0]`, `rw`.
    #[inline]
    pub const fn enable(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `enable` (bits `[0]`).
    #[inline]
    pub const fn set_enable(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u16 & 1);
    }

    /// This value with `enable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_enable(mut self, v: bool) -> Self {
        self.set_enable(v);
        self
    }

    /// the function may request execute permission
    ///
    /// Bits `[1]`, `rw`.
    #[inline]
    pub const fn exec_en(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `exec_en` (bits `[1]`).
    #[inline]
    pub const fn set_exec_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u16 & 1) << 1);
    }

    /// This value with `exec_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_exec_en(mut self, v: bool) -> Self {
        self.set_exec_en(v);
        self
    }

    /// the function may request privileged mode
    ///
    /// Bits `[2]`, `rw`.
    #[inline]
    pub const fn priv_en(&self) -> bool {
        (self.0 >> 2) & 1 != 0
    }

    /// Set `priv_en` (bits `[2]`).
    #[inline]
    pub const fn set_priv_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 2)) | (((v) as u16 & 1) << 2);
    }

    /// This value with `priv_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_priv_en(mut self, v: bool) -> Self {
        self.set_priv_en(v);
        self
    }

    /// translated requests with PASID enable, hardwired 0 (not supported)
    ///
    /// Bits `[3]`, `hwinit`.
    #[inline]
    pub const fn translated_pasid_en(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `translated_pasid_en` (bits `[3]`).
    #[inline]
    pub const fn set_translated_pasid_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u16 & 1) << 3);
    }

    /// This value with `translated_pasid_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_translated_pasid_en(mut self, v: bool) -> Self {
        self.set_translated_pasid_en(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u16) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 2] {
        let mut out = [0u8; 2];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 2]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for PasidCtrl {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PasidCtrl")
            .field("enable", &self.enable())
            .field("exec_en", &self.exec_en())
            .field("priv_en", &self.priv_en())
            .field("translated_pasid_en", &self.translated_pasid_en())
            .finish()
    }
}

/// PASID extended capability (8 bytes).
///
/// `pasid_ext_cap_t`, 64 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PasidExtCap(pub u64);

impl PasidExtCap {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xfff0_e0f1_0000_0000);
    /// Byte offset of `hdr` in the byte image.
    pub const HDR_BYTE_OFFSET: usize = 0;
    /// Byte offset of `cap` in the byte image.
    pub const CAP_BYTE_OFFSET: usize = 4;
    /// Byte offset of `ctrl` in the byte image.
    pub const CTRL_BYTE_OFFSET: usize = 6;

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    /// extended capability header, bytes 0-3
    ///
    /// Bits `[31:0]`.
    #[inline]
    pub const fn hdr(&self) -> ExtCapHdr {
        ExtCapHdr((self.0 & 0xffff_ffff) as u32)
    }

    /// Set `hdr` (bits `[31:0]`).
    #[inline]
    pub const fn set_hdr(&mut self, v: ExtCapHdr) {
        self.0 = (self.0 & !0xffff_ffff) | ((v.0) as u64 & 0xffff_ffff);
    }

    /// This value with `hdr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_hdr(mut self, v: ExtCapHdr) -> Self {
        self.set_hdr(v);
        self
    }

    /// PASID Capability, bytes 4-5
    ///
    /// Bits `[47:32]`.
    #[inline]
    pub const fn cap(&self) -> PasidCap {
        PasidCap(((self.0 >> 32) & 0xffff) as u16)
    }

    /// Set `cap` (bits `[47:32]`).
    #[inline]
    pub const fn set_cap(&mut self, v: PasidCap) {
        self.0 = (self.0 & !(0xffff << 32)) | (((v.0) as u64 & 0xffff) << 32);
    }

    /// This value with `cap` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cap(mut self, v: PasidCap) -> Self {
        self.set_cap(v);
        self
    }

    /// PASID Control, bytes 6-7
    ///
    /// Bits `[63:48]`.
    #[inline]
    pub const fn ctrl(&self) -> PasidCtrl {
        PasidCtrl(((self.0 >> 48) & 0xffff) as u16)
    }

    /// Set `ctrl` (bits `[63:48]`).
    #[inline]
    pub const fn set_ctrl(&mut self, v: PasidCtrl) {
        self.0 = (self.0 & !(0xffff << 48)) | (((v.0) as u64 & 0xffff) << 48);
    }

    /// This value with `ctrl` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ctrl(mut self, v: PasidCtrl) -> Self {
        self.set_ctrl(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u64) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 8] {
        let mut out = [0u8; 8];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 8]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for PasidExtCap {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PasidExtCap")
            .field("hdr", &self.hdr())
            .field("cap", &self.cap())
            .field("ctrl", &self.ctrl())
            .finish()
    }
}

/// ATS Capability register (capability byte 4).
/// PCIe Base 6.x Section 10.5.1.2: Invalidate Queue Depth (4:0), Page Aligned Request (5),
/// Global Invalidate Supported (6), Relaxed Ordering Supported (7), ATS Memory Attributes
/// Supported (8).
///
/// `ats_cap_t`, 16 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AtsCap(pub u16);

impl AtsCap {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xfe00);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// invalidate requests the function can hold, 0 = 32
    ///
    /// Bits `[4:0]`, `hwinit`.
    #[inline]
    pub const fn inval_queue_depth(&self) -> u8 {
        (self.0 & 0x1f) as u8
    }

    /// Set `inval_queue_depth` (bits `[4:0]`).
    #[inline]
    pub const fn set_inval_queue_depth(&mut self, v: u8) {
        debug_assert!((v as u64) >> 5 == 0, "value does not fit field `inval_queue_depth`");
        self.0 = (self.0 & !0x1f) | ((v) as u16 & 0x1f);
    }

    /// This value with `inval_queue_depth` replaced.
    #[inline]
    #[must_use]
    pub const fn with_inval_queue_depth(mut self, v: u8) -> Self {
        self.set_inval_queue_depth(v);
        self
    }

    /// untranslated addresses of translation requests are page aligned
    ///
    /// Bits `[5]`, `hwinit`.
    #[inline]
    pub const fn page_aligned_request(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `page_aligned_request` (bits `[5]`).
    #[inline]
    pub const fn set_page_aligned_request(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u16 & 1) << 5);
    }

    /// This value with `page_aligned_request` replaced.
    #[inline]
    #[must_use]
    pub const fn with_page_aligned_request(mut self, v: bool) -> Self {
        self.set_page_aligned_request(v);
        self
    }

    /// invalidate requests with the Global Invalidate bit are supported
    ///
    /// Bits `[6]`, `hwinit`.
    #[inline]
    pub const fn global_inval(&self) -> bool {
        (self.0 >> 6) & 1 != 0
    }

    /// Set `global_inval` (bits `[6]`).
    #[inline]
    pub const fn set_global_inval(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 6)) | (((v) as u16 & 1) << 6);
    }

    /// This value with `global_inval` replaced.
    #[inline]
    #[must_use]
    pub const fn with_global_inval(mut self, v: bool) -> Self {
        self.set_global_inval(v);
        self
    }

    /// the function may set Relaxed Ordering on translation requests
    ///
    /// Bits `[7]`, `hwinit`.
    #[inline]
    pub const fn relaxed_ordering(&self) -> bool {
        (self.0 >> 7) & 1 != 0
    }

    /// Set `relaxed_ordering` (bits `[7]`).
    #[inline]
    pub const fn set_relaxed_ordering(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 7)) | (((v) as u16 & 1) << 7);
    }

    /// This value with `relaxed_ordering` replaced.
    #[inline]
    #[must_use]
    pub const fn with_relaxed_ordering(mut self, v: bool) -> Self {
        self.set_relaxed_ordering(v);
        self
    }

    /// ATS memory attributes from completions are used (not supported here)
    ///
    /// Bits `[8]`, `hwinit`.
    #[inline]
    pub const fn ama_supported(&self) -> bool {
        (self.0 >> 8) & 1 != 0
    }

    /// Set `ama_supported` (bits `[8]`).
    #[inline]
    pub const fn set_ama_supported(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 8)) | (((v) as u16 & 1) << 8);
    }

    /// This value with `ama_supported` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ama_supported(mut self, v: bool) -> Self {
        self.set_ama_supported(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u16) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 2] {
        let mut out = [0u8; 2];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 2]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for AtsCap {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AtsCap")
            .field("inval_queue_depth", &self.inval_queue_depth())
            .field("page_aligned_request", &self.page_aligned_request())
            .field("global_inval", &self.global_inval())
            .field("relaxed_ordering", &self.relaxed_ordering())
            .field("ama_supported", &self.ama_supported())
            .finish()
    }
}

/// ATS Control register (capability byte 6).
/// PCIe Base 6.x Section 10.5.1.3: STU (4:0), ATS Memory Attributes Default (13:11),
/// ATS Memory Attributes Enable (14), Enable (15). The AMA fields may be hardwired to zero
/// when ATS Memory Attributes Supported is clear, as it is here.
///
/// `ats_ctrl_t`, 16 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AtsCtrl(pub u16);

impl AtsCtrl {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0x7e0);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// smallest translation unit, 4096 << n bytes
    ///
    /// Bits `[4:0]`, `rw`.
    #[inline]
    pub const fn stu(&self) -> u8 {
        (self.0 & 0x1f) as u8
    }

    /// Set `stu` (bits `[4:0]`).
    #[inline]
    pub const fn set_stu(&mut self, v: u8) {
        debug_assert!((v as u64) >> 5 == 0, "value does not fit field `stu`");
        self.0 = (self.0 & !0x1f) | ((v) as u16 & 0x1f);
    }

    /// This value with `stu` replaced.
    #[inline]
    #[must_use]
    pub const fn with_stu(mut self, v: u8) -> Self {
        self.set_stu(v);
        self
    }

    /// ATS memory attributes default, hardwired 0 (no AMA)
    ///
    /// Bits `[13:11]`, `hwinit`.
    #[inline]
    pub const fn amad(&self) -> u8 {
        ((self.0 >> 11) & 7) as u8
    }

    /// Set `amad` (bits `[13:11]`).
    #[inline]
    pub const fn set_amad(&mut self, v: u8) {
        debug_assert!((v as u64) >> 3 == 0, "value does not fit field `amad`");
        self.0 = (self.0 & !(7 << 11)) | (((v) as u16 & 7) << 11);
    }

    /// This value with `amad` replaced.
    #[inline]
    #[must_use]
    pub const fn with_amad(mut self, v: u8) -> Self {
        self.set_amad(v);
        self
    }

    /// ATS memory attributes enable, hardwired 0 (no AMA)
    ///
    /// Bits `[14]`, `hwinit`.
    #[inline]
    pub const fn amae(&self) -> bool {
        (self.0 >> 14) & 1 != 0
    }

    /// Set `amae` (bits `[14]`).
    #[inline]
    pub const fn set_amae(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 14)) | (((v) as u16 & 1) << 14);
    }

    /// This value with `amae` replaced.
    #[inline]
    #[must_use]
    pub const fn with_amae(mut self, v: bool) -> Self {
        self.set_amae(v);
        self
    }

    /// the function may send translation requests and translated requests
    ///
    /// Bits `[15]`, `rw`.
    #[inline]
    pub const fn enable(&self) -> bool {
        (self.0 >> 15) & 1 != 0
    }

    /// Set `enable` (bits `[15]`).
    #[inline]
    pub const fn set_enable(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 15)) | (((v) as u16 & 1) << 15);
    }

    /// This value with `enable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_enable(mut self, v: bool) -> Self {
        self.set_enable(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u16) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 2] {
        let mut out = [0u8; 2];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 2]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for AtsCtrl {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AtsCtrl")
            .field("stu", &self.stu())
            .field("amad", &self.amad())
            .field("amae", &self.amae())
            .field("enable", &self.enable())
            .finish()
    }
}

/// ATS extended capability (8 bytes).
///
/// `ats_ext_cap_t`, 64 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AtsExtCap(pub u64);

impl AtsExtCap {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0x7e0_fe00_0000_0000);
    /// Byte offset of `hdr` in the byte image.
    pub const HDR_BYTE_OFFSET: usize = 0;
    /// Byte offset of `cap` in the byte image.
    pub const CAP_BYTE_OFFSET: usize = 4;
    /// Byte offset of `ctrl` in the byte image.
    pub const CTRL_BYTE_OFFSET: usize = 6;

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    /// extended capability header, bytes 0-3
    ///
    /// Bits `[31:0]`.
    #[inline]
    pub const fn hdr(&self) -> ExtCapHdr {
        ExtCapHdr((self.0 & 0xffff_ffff) as u32)
    }

    /// Set `hdr` (bits `[31:0]`).
    #[inline]
    pub const fn set_hdr(&mut self, v: ExtCapHdr) {
        self.0 = (self.0 & !0xffff_ffff) | ((v.0) as u64 & 0xffff_ffff);
    }

    /// This value with `hdr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_hdr(mut self, v: ExtCapHdr) -> Self {
        self.set_hdr(v);
        self
    }

    /// ATS Capability, bytes 4-5
    ///
    /// Bits `[47:32]`.
    #[inline]
    pub const fn cap(&self) -> AtsCap {
        AtsCap(((self.0 >> 32) & 0xffff) as u16)
    }

    /// Set `cap` (bits `[47:32]`).
    #[inline]
    pub const fn set_cap(&mut self, v: AtsCap) {
        self.0 = (self.0 & !(0xffff << 32)) | (((v.0) as u64 & 0xffff) << 32);
    }

    /// This value with `cap` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cap(mut self, v: AtsCap) -> Self {
        self.set_cap(v);
        self
    }

    /// ATS Control, bytes 6-7
    ///
    /// Bits `[63:48]`.
    #[inline]
    pub const fn ctrl(&self) -> AtsCtrl {
        AtsCtrl(((self.0 >> 48) & 0xffff) as u16)
    }

    /// Set `ctrl` (bits `[63:48]`).
    #[inline]
    pub const fn set_ctrl(&mut self, v: AtsCtrl) {
        self.0 = (self.0 & !(0xffff << 48)) | (((v.0) as u64 & 0xffff) << 48);
    }

    /// This value with `ctrl` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ctrl(mut self, v: AtsCtrl) -> Self {
        self.set_ctrl(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u64) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 8] {
        let mut out = [0u8; 8];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 8]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for AtsExtCap {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AtsExtCap")
            .field("hdr", &self.hdr())
            .field("cap", &self.cap())
            .field("ctrl", &self.ctrl())
            .finish()
    }
}

/// Page Request Control register (capability byte 4).
/// PCIe Base 6.x Section 10.5.2.2: Enable (bit 0), Reset (1).
///
/// `pri_ctrl_t`, 16 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PriCtrl(pub u16);

impl PriCtrl {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xfffc);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// the function may send page requests
    ///
    /// Bits `[0]`, `rw`.
    #[inline]
    pub const fn enable(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `enable` (bits `[0]`).
    #[inline]
    pub const fn set_enable(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u16 & 1);
    }

    /// This value with `enable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_enable(mut self, v: bool) -> Self {
        self.set_enable(v);
        self
    }

    /// write 1 (with enable clear) to clear the outstanding requests and status
    ///
    /// Bits `[1]`, `wo`.
    #[inline]
    pub const fn reset(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `reset` (bits `[1]`).
    #[inline]
    pub const fn set_reset(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u16 & 1) << 1);
    }

    /// This value with `reset` replaced.
    #[inline]
    #[must_use]
    pub const fn with_reset(mut self, v: bool) -> Self {
        self.set_reset(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u16) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 2] {
        let mut out = [0u8; 2];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 2]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for PriCtrl {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PriCtrl")
            .field("enable", &self.enable())
            .field("reset", &self.reset())
            .finish()
    }
}

/// Page Request Status register (capability byte 6).
/// PCIe Base 6.x Section 10.5.2.3: Response Failure (0), Unexpected PRG Index (1), Stopped
/// (8), PRG Response PASID Required (15).
///
/// `pri_status_t`, 16 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PriStatus(pub u16);

impl PriStatus {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0x7efc);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// a PRG response reported Response Failure
    ///
    /// Bits `[0]`, `rw1c`.
    #[inline]
    pub const fn response_failure(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `response_failure` (bits `[0]`).
    #[inline]
    pub const fn set_response_failure(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u16 & 1);
    }

    /// This value with `response_failure` replaced.
    #[inline]
    #[must_use]
    pub const fn with_response_failure(mut self, v: bool) -> Self {
        self.set_response_failure(v);
        self
    }

    /// a PRG response named a group with no request outstanding
    ///
    /// Bits `[1]`, `rw1c`.
    #[inline]
    pub const fn unexpected_prg_index(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `unexpected_prg_index` (bits `[1]`).
    #[inline]
    pub const fn set_unexpected_prg_index(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u16 & 1) << 1);
    }

    /// This value with `unexpected_prg_index` replaced.
    #[inline]
    #[must_use]
    pub const fn with_unexpected_prg_index(mut self, v: bool) -> Self {
        self.set_unexpected_prg_index(v);
        self
    }

    /// enable is clear and no page request is outstanding
    ///
    /// Bits `[8]`, `ro`.
    #[inline]
    pub const fn stopped(&self) -> bool {
        (self.0 >> 8) & 1 != 0
    }

    /// Set `stopped` (bits `[8]`).
    #[inline]
    pub const fn set_stopped(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 8)) | (((v) as u16 & 1) << 8);
    }

    /// This value with `stopped` replaced.
    #[inline]
    #[must_use]
    pub const fn with_stopped(mut self, v: bool) -> Self {
        self.set_stopped(v);
        self
    }

    /// PRG responses must carry the PASID of the request
    ///
    /// Bits `[15]`, `hwinit`.
    #[inline]
    pub const fn prg_resp_pasid_required(&self) -> bool {
        (self.0 >> 15) & 1 != 0
    }

    /// Set `prg_resp_pasid_required` (bits `[15]`).
    #[inline]
    pub const fn set_prg_resp_pasid_required(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 15)) | (((v) as u16 & 1) << 15);
    }

    /// This value with `prg_resp_pasid_required` replaced.
    #[inline]
    #[must_use]
    pub const fn with_prg_resp_pasid_required(mut self, v: bool) -> Self {
        self.set_prg_resp_pasid_required(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u16) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 2] {
        let mut out = [0u8; 2];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 2]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for PriStatus {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PriStatus")
            .field("response_failure", &self.response_failure())
            .field("unexpected_prg_index", &self.unexpected_prg_index())
            .field("stopped", &self.stopped())
            .field("prg_resp_pasid_required", &self.prg_resp_pasid_required())
            .finish()
    }
}

/// Outstanding Page Request Capacity register (capability byte 8).
///
/// `pri_req_capacity_t`, 32 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PriReqCapacity(pub u32);

impl PriReqCapacity {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// page requests the function can have outstanding
    ///
    /// Bits `[31:0]`, `hwinit`.
    #[inline]
    pub const fn capacity(&self) -> u32 {
        (self.0 & 0xffff_ffff) as u32
    }

    /// Set `capacity` (bits `[31:0]`).
    #[inline]
    pub const fn set_capacity(&mut self, v: u32) {
        debug_assert!((v as u64) >> 32 == 0, "value does not fit field `capacity`");
        self.0 = (v) as u32;
    }

    /// This value with `capacity` replaced.
    #[inline]
    #[must_use]
    pub const fn with_capacity(mut self, v: u32) -> Self {
        self.set_capacity(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u32) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 4] {
        let mut out = [0u8; 4];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 4]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for PriReqCapacity {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PriReqCapacity")
            .field("capacity", &self.capacity())
            .finish()
    }
}

/// Outstanding Page Request Allocation register (capability byte 12).
///
/// `pri_req_alloc_t`, 32 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PriReqAlloc(pub u32);

impl PriReqAlloc {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// page requests the function may have outstanding, set by software
    ///
    /// Bits `[31:0]`, `rw`.
    #[inline]
    pub const fn alloc(&self) -> u32 {
        (self.0 & 0xffff_ffff) as u32
    }

    /// Set `alloc` (bits `[31:0]`).
    #[inline]
    pub const fn set_alloc(&mut self, v: u32) {
        debug_assert!((v as u64) >> 32 == 0, "value does not fit field `alloc`");
        self.0 = (v) as u32;
    }

    /// This value with `alloc` replaced.
    #[inline]
    #[must_use]
    pub const fn with_alloc(mut self, v: u32) -> Self {
        self.set_alloc(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u32) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 4] {
        let mut out = [0u8; 4];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 4]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for PriReqAlloc {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PriReqAlloc")
            .field("alloc", &self.alloc())
            .finish()
    }
}

/// PRI extended capability (16 bytes).
///
/// `pri_ext_cap_t`, 128 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PriExtCap(pub [u32; 4]);

impl PriExtCap {
    /// Width in bits.
    pub const WIDTH: u32 = 128;
    /// Size in bytes.
    pub const BYTES: usize = 16;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self([0, 0x7efc_fffc, 0, 0]);
    /// Byte offset of `hdr` in the byte image.
    pub const HDR_BYTE_OFFSET: usize = 0;
    /// Byte offset of `ctrl` in the byte image.
    pub const CTRL_BYTE_OFFSET: usize = 4;
    /// Byte offset of `status` in the byte image.
    pub const STATUS_BYTE_OFFSET: usize = 6;
    /// Byte offset of `req_capacity` in the byte image.
    pub const REQ_CAPACITY_BYTE_OFFSET: usize = 8;
    /// Byte offset of `req_alloc` in the byte image.
    pub const REQ_ALLOC_BYTE_OFFSET: usize = 12;

    /// From raw bits.
    pub const fn from_bits(bits: [u32; 4]) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> [u32; 4] {
        self.0
    }

    /// extended capability header, bytes 0-3
    ///
    /// Bits `[31:0]`.
    #[inline]
    pub const fn hdr(&self) -> ExtCapHdr {
        ExtCapHdr(crate::bits::get(&self.0, 0, 32) as u32)
    }

    /// Set `hdr` (bits `[31:0]`).
    #[inline]
    pub const fn set_hdr(&mut self, v: ExtCapHdr) {
        crate::bits::set(&mut self.0, 0, 32, v.0 as u64);
    }

    /// This value with `hdr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_hdr(mut self, v: ExtCapHdr) -> Self {
        self.set_hdr(v);
        self
    }

    /// Page Request Control, bytes 4-5
    ///
    /// Bits `[47:32]`.
    #[inline]
    pub const fn ctrl(&self) -> PriCtrl {
        PriCtrl(crate::bits::get(&self.0, 32, 16) as u16)
    }

    /// Set `ctrl` (bits `[47:32]`).
    #[inline]
    pub const fn set_ctrl(&mut self, v: PriCtrl) {
        crate::bits::set(&mut self.0, 32, 16, v.0 as u64);
    }

    /// This value with `ctrl` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ctrl(mut self, v: PriCtrl) -> Self {
        self.set_ctrl(v);
        self
    }

    /// Page Request Status, bytes 6-7
    ///
    /// Bits `[63:48]`.
    #[inline]
    pub const fn status(&self) -> PriStatus {
        PriStatus(crate::bits::get(&self.0, 48, 16) as u16)
    }

    /// Set `status` (bits `[63:48]`).
    #[inline]
    pub const fn set_status(&mut self, v: PriStatus) {
        crate::bits::set(&mut self.0, 48, 16, v.0 as u64);
    }

    /// This value with `status` replaced.
    #[inline]
    #[must_use]
    pub const fn with_status(mut self, v: PriStatus) -> Self {
        self.set_status(v);
        self
    }

    /// Outstanding Page Request Capacity, bytes 8-11
    ///
    /// Bits `[95:64]`.
    #[inline]
    pub const fn req_capacity(&self) -> PriReqCapacity {
        PriReqCapacity(crate::bits::get(&self.0, 64, 32) as u32)
    }

    /// Set `req_capacity` (bits `[95:64]`).
    #[inline]
    pub const fn set_req_capacity(&mut self, v: PriReqCapacity) {
        crate::bits::set(&mut self.0, 64, 32, v.0 as u64);
    }

    /// This value with `req_capacity` replaced.
    #[inline]
    #[must_use]
    pub const fn with_req_capacity(mut self, v: PriReqCapacity) -> Self {
        self.set_req_capacity(v);
        self
    }

    /// Outstanding Page Request Allocation, bytes 12-15
    ///
    /// Bits `[127:96]`.
    #[inline]
    pub const fn req_alloc(&self) -> PriReqAlloc {
        PriReqAlloc(crate::bits::get(&self.0, 96, 32) as u32)
    }

    /// Set `req_alloc` (bits `[127:96]`).
    #[inline]
    pub const fn set_req_alloc(&mut self, v: PriReqAlloc) {
        crate::bits::set(&mut self.0, 96, 32, v.0 as u64);
    }

    /// This value with `req_alloc` replaced.
    #[inline]
    #[must_use]
    pub const fn with_req_alloc(mut self, v: PriReqAlloc) -> Self {
        self.set_req_alloc(v);
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

impl core::fmt::Debug for PriExtCap {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PriExtCap")
            .field("hdr", &self.hdr())
            .field("ctrl", &self.ctrl())
            .field("status", &self.status())
            .field("req_capacity", &self.req_capacity())
            .field("req_alloc", &self.req_alloc())
            .finish()
    }
}

/// Memory Space Base Address Register, lower DWORD (Type 0 header, PCIe Base 6.x 7.5.1.2.1).
/// Address bits below the size of the BAR are hardwired to zero: writing all ones and reading
/// back gives the size mask. A 64-bit BAR's upper DWORD is all address bits \[63:32\].
///
/// `mem_bar_t`, 32 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct MemBar(pub u32);

impl MemBar {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// I/O space indicator, 0 = memory
    ///
    /// Bits `[0]`, `hwinit`.
    #[inline]
    pub const fn io_space(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `io_space` (bits `[0]`).
    #[inline]
    pub const fn set_io_space(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u32 & 1);
    }

    /// This value with `io_space` replaced.
    #[inline]
    #[must_use]
    pub const fn with_io_space(mut self, v: bool) -> Self {
        self.set_io_space(v);
        self
    }

    /// decoder type
    ///
    /// Bits `[2:1]`, `hwinit`.
    #[inline]
    pub const fn mem_type(&self) -> BarMemType {
        BarMemType(((self.0 >> 1) & 3) as u8)
    }

    /// Set `mem_type` (bits `[2:1]`).
    #[inline]
    pub const fn set_mem_type(&mut self, v: BarMemType) {
        debug_assert!((v.0 as u64) >> 2 == 0, "value does not fit field `mem_type`");
        self.0 = (self.0 & !(3 << 1)) | (((v.0) as u32 & 3) << 1);
    }

    /// This value with `mem_type` replaced.
    #[inline]
    #[must_use]
    pub const fn with_mem_type(mut self, v: BarMemType) -> Self {
        self.set_mem_type(v);
        self
    }

    /// reads have no side effects
    ///
    /// Bits `[3]`, `hwinit`.
    #[inline]
    pub const fn prefetchable(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `prefetchable` (bits `[3]`).
    #[inline]
    pub const fn set_prefetchable(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u32 & 1) << 3);
    }

    /// This value with `prefetchable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_prefetchable(mut self, v: bool) -> Self {
        self.set_prefetchable(v);
        self
    }

    /// base address bits \[31:4\], bits below the BAR size read zero
    ///
    /// Bits `[31:4]`, `rw`.
    #[inline]
    pub const fn address(&self) -> u32 {
        ((self.0 >> 4) & 0xfff_ffff) as u32
    }

    /// Set `address` (bits `[31:4]`).
    #[inline]
    pub const fn set_address(&mut self, v: u32) {
        debug_assert!((v as u64) >> 28 == 0, "value does not fit field `address`");
        self.0 = (self.0 & !(0xfff_ffff << 4)) | (((v) as u32 & 0xfff_ffff) << 4);
    }

    /// This value with `address` replaced.
    #[inline]
    #[must_use]
    pub const fn with_address(mut self, v: u32) -> Self {
        self.set_address(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u32) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 4] {
        let mut out = [0u8; 4];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 4]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for MemBar {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("MemBar")
            .field("io_space", &self.io_space())
            .field("mem_type", &self.mem_type())
            .field("prefetchable", &self.prefetchable())
            .field("address", &self.address())
            .finish()
    }
}

/// Routing ID of a function: its Requester ID and Completer ID in TLP headers (PCIe Base 6.x
/// 2.2.6.2). A function captures its bus and device numbers from the Type 0 configuration
/// writes it completes.
///
/// `routing_id_t`, 16 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct RoutingId(pub u16);

impl RoutingId {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// function number
    ///
    /// Bits `[2:0]`.
    #[inline]
    pub const fn func(&self) -> u8 {
        (self.0 & 7) as u8
    }

    /// Set `func` (bits `[2:0]`).
    #[inline]
    pub const fn set_func(&mut self, v: u8) {
        debug_assert!((v as u64) >> 3 == 0, "value does not fit field `func`");
        self.0 = (self.0 & !7) | ((v) as u16 & 7);
    }

    /// This value with `func` replaced.
    #[inline]
    #[must_use]
    pub const fn with_func(mut self, v: u8) -> Self {
        self.set_func(v);
        self
    }

    /// device number
    ///
    /// Bits `[7:3]`.
    #[inline]
    pub const fn device(&self) -> u8 {
        ((self.0 >> 3) & 0x1f) as u8
    }

    /// Set `device` (bits `[7:3]`).
    #[inline]
    pub const fn set_device(&mut self, v: u8) {
        debug_assert!((v as u64) >> 5 == 0, "value does not fit field `device`");
        self.0 = (self.0 & !(0x1f << 3)) | (((v) as u16 & 0x1f) << 3);
    }

    /// This value with `device` replaced.
    #[inline]
    #[must_use]
    pub const fn with_device(mut self, v: u8) -> Self {
        self.set_device(v);
        self
    }

    /// bus number
    ///
    /// Bits `[15:8]`.
    #[inline]
    pub const fn bus(&self) -> u8 {
        ((self.0 >> 8) & 0xff) as u8
    }

    /// Set `bus` (bits `[15:8]`).
    #[inline]
    pub const fn set_bus(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `bus`");
        self.0 = (self.0 & !(0xff << 8)) | (((v) as u16 & 0xff) << 8);
    }

    /// This value with `bus` replaced.
    #[inline]
    #[must_use]
    pub const fn with_bus(mut self, v: u8) -> Self {
        self.set_bus(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u16) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 2] {
        let mut out = [0u8; 2];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 2]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for RoutingId {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("RoutingId")
            .field("func", &self.func())
            .field("device", &self.device())
            .field("bus", &self.bus())
            .finish()
    }
}
