// Generated from regmaps/tlp_pkg.sv by codegen (`cargo xtask codegen`); do not edit.
//! PCIe Transaction Layer Packet formats, as they travel on the TLP streams.
//!
//! Wire order: byte 0 of a TLP is the most significant byte of its structure, so DW0 is the
//! first member declared; inside a DWORD the bits follow the PCIe figures (bit 7 of byte 0 is
//! bit 31 of the DWORD). The byte image of a structure is therefore big-endian. A TLP is the
//! optional End-End prefix (the PASID prefix, at most one) followed by the header and data.
//!
//! Source: `regmaps/tlp_pkg.sv`. Structures convert to and from bytes in wire order (most significant byte first).

// Generated field accessors cast and shift uniformly, whatever the widths.
#![allow(clippy::unnecessary_cast, clippy::identity_op)]

#[allow(unused_imports)]
use crate::mmio::{Mmio, Reg, RegValue, RO, RW, WO};

/// Size in bytes of `tlp_dw0_t`.
pub const TLP_DW0_BYTES: usize = 4;

/// Size in bytes of `tlp_pasid_prefix_t`.
pub const TLP_PASID_PREFIX_BYTES: usize = 4;

/// Size in bytes of `tlp_mem_req_3dw_t`.
pub const TLP_MEM_REQ_3DW_BYTES: usize = 0xc;

/// Size in bytes of `tlp_mem_req_4dw_t`.
pub const TLP_MEM_REQ_4DW_BYTES: usize = 0x10;

/// Size in bytes of `tlp_ats_trans_req_3dw_t`.
pub const TLP_ATS_TRANS_REQ_3DW_BYTES: usize = 0xc;

/// Size in bytes of `tlp_ats_trans_req_4dw_t`.
pub const TLP_ATS_TRANS_REQ_4DW_BYTES: usize = 0x10;

/// Size in bytes of `ats_cpl_entry_t`.
pub const ATS_CPL_ENTRY_BYTES: usize = 8;

/// Size in bytes of `tlp_cpl_t`.
pub const TLP_CPL_BYTES: usize = 0xc;

/// Size in bytes of `tlp_cfg_req_t`.
pub const TLP_CFG_REQ_BYTES: usize = 0xc;

/// Size in bytes of `tlp_msg_t`.
pub const TLP_MSG_BYTES: usize = 0x10;

/// Size in bytes of `tlp_page_req_t`.
pub const TLP_PAGE_REQ_BYTES: usize = 0x10;

/// Size in bytes of `tlp_prg_resp_t`.
pub const TLP_PRG_RESP_BYTES: usize = 0x10;

/// Size in bytes of `tlp_ats_inval_req_t`.
pub const TLP_ATS_INVAL_REQ_BYTES: usize = 0x10;

/// Size in bytes of `ats_inval_payload_t`.
pub const ATS_INVAL_PAYLOAD_BYTES: usize = 8;

/// Size in bytes of `tlp_ats_inval_cpl_t`.
pub const TLP_ATS_INVAL_CPL_BYTES: usize = 0x10;

/// Fmt field: header size, data present, or a TLP prefix.
///
/// `tlp_fmt_t`, 3 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct TlpFmt(pub u8);

impl TlpFmt {
    /// 3 DW header, no data
    pub const NO_DATA_3DW: Self = Self(0);
    /// 4 DW header, no data
    pub const NO_DATA_4DW: Self = Self(1);
    /// 3 DW header, with data
    pub const DATA_3DW: Self = Self(2);
    /// 4 DW header, with data
    pub const DATA_4DW: Self = Self(3);
    /// TLP prefix
    pub const PREFIX: Self = Self(4);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 3;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("NO_DATA_3DW"),
            1 => Some("NO_DATA_4DW"),
            2 => Some("DATA_3DW"),
            3 => Some("DATA_4DW"),
            4 => Some("PREFIX"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for TlpFmt {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "TlpFmt({:#x})", self.0),
        }
    }
}

/// First byte of a TLP header or prefix: Fmt\[2:0\] in bits \[7:5\], Type\[4:0\] in bits \[4:0\].
/// Messages name their routing: RC = to the root complex, ADDR = by address, ID = by ID,
/// BCAST = broadcast from the root complex, LOCAL = terminate at receiver, GATHER = gathered
/// and routed to the root complex.
///
/// `tlp_fmt_type_t`, 8 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct TlpFmtType(pub u8);

impl TlpFmtType {
    /// memory read, 32-bit address
    pub const MRD32: Self = Self(0);
    /// memory read, 64-bit address
    pub const MRD64: Self = Self(0x20);
    /// locked memory read, 32-bit address
    pub const MRDLK32: Self = Self(1);
    /// locked memory read, 64-bit address
    pub const MRDLK64: Self = Self(0x21);
    /// memory write, 32-bit address
    pub const MWR32: Self = Self(0x40);
    /// memory write, 64-bit address
    pub const MWR64: Self = Self(0x60);
    /// I/O read
    pub const IORD: Self = Self(2);
    /// I/O write
    pub const IOWR: Self = Self(0x42);
    /// Type 0 configuration read
    pub const CFGRD0: Self = Self(4);
    /// Type 0 configuration write
    pub const CFGWR0: Self = Self(0x44);
    /// Type 1 configuration read
    pub const CFGRD1: Self = Self(5);
    /// Type 1 configuration write
    pub const CFGWR1: Self = Self(0x45);
    /// completion without data
    pub const CPL: Self = Self(0xa);
    /// completion with data
    pub const CPLD: Self = Self(0x4a);
    /// completion for a locked read, without data
    pub const CPLLK: Self = Self(0xb);
    /// completion for a locked read, with data
    pub const CPLDLK: Self = Self(0x4b);
    /// AtomicOp FetchAdd, 32-bit address
    pub const FETCHADD32: Self = Self(0x4c);
    /// AtomicOp FetchAdd, 64-bit address
    pub const FETCHADD64: Self = Self(0x6c);
    /// AtomicOp Swap, 32-bit address
    pub const SWAP32: Self = Self(0x4d);
    /// AtomicOp Swap, 64-bit address
    pub const SWAP64: Self = Self(0x6d);
    /// AtomicOp CompareAndSwap, 32-bit address
    pub const CAS32: Self = Self(0x4e);
    /// AtomicOp CompareAndSwap, 64-bit address
    pub const CAS64: Self = Self(0x6e);
    /// message without data, routed to the root complex
    pub const MSG_RC: Self = Self(0x30);
    /// message without data, routed by address
    pub const MSG_ADDR: Self = Self(0x31);
    /// message without data, routed by ID
    pub const MSG_ID: Self = Self(0x32);
    /// message without data, broadcast from the root complex
    pub const MSG_BCAST: Self = Self(0x33);
    /// message without data, terminated at the receiver
    pub const MSG_LOCAL: Self = Self(0x34);
    /// message without data, gathered and routed to the root complex
    pub const MSG_GATHER: Self = Self(0x35);
    /// message with data, routed to the root complex
    pub const MSGD_RC: Self = Self(0x70);
    /// message with data, routed by address
    pub const MSGD_ADDR: Self = Self(0x71);
    /// message with data, routed by ID
    pub const MSGD_ID: Self = Self(0x72);
    /// message with data, broadcast from the root complex
    pub const MSGD_BCAST: Self = Self(0x73);
    /// message with data, terminated at the receiver
    pub const MSGD_LOCAL: Self = Self(0x74);
    /// message with data, gathered and routed to the root complex
    pub const MSGD_GATHER: Self = Self(0x75);
    /// Local TLP prefix, MR-IOV
    pub const PREFIX_MRIOV: Self = Self(0x80);
    /// Local TLP prefix, vendor defined 0
    pub const PREFIX_VENDOR_L0: Self = Self(0x8e);
    /// Local TLP prefix, vendor defined 1
    pub const PREFIX_VENDOR_L1: Self = Self(0x8f);
    /// End-End TLP prefix, extended TPH
    pub const PREFIX_EXT_TPH: Self = Self(0x90);
    /// End-End TLP prefix, PASID (tlp_pasid_prefix_t)
    pub const PREFIX_PASID: Self = Self(0x91);
    /// End-End TLP prefix, IDE TLP (integrity and data encryption)
    pub const PREFIX_IDE: Self = Self(0x92);
    /// End-End TLP prefix, vendor defined 0
    pub const PREFIX_VENDOR_E0: Self = Self(0x9e);
    /// End-End TLP prefix, vendor defined 1
    pub const PREFIX_VENDOR_E1: Self = Self(0x9f);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 8;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("MRD32"),
            0x20 => Some("MRD64"),
            1 => Some("MRDLK32"),
            0x21 => Some("MRDLK64"),
            0x40 => Some("MWR32"),
            0x60 => Some("MWR64"),
            2 => Some("IORD"),
            0x42 => Some("IOWR"),
            4 => Some("CFGRD0"),
            0x44 => Some("CFGWR0"),
            5 => Some("CFGRD1"),
            0x45 => Some("CFGWR1"),
            0xa => Some("CPL"),
            0x4a => Some("CPLD"),
            0xb => Some("CPLLK"),
            0x4b => Some("CPLDLK"),
            0x4c => Some("FETCHADD32"),
            0x6c => Some("FETCHADD64"),
            0x4d => Some("SWAP32"),
            0x6d => Some("SWAP64"),
            0x4e => Some("CAS32"),
            0x6e => Some("CAS64"),
            0x30 => Some("MSG_RC"),
            0x31 => Some("MSG_ADDR"),
            0x32 => Some("MSG_ID"),
            0x33 => Some("MSG_BCAST"),
            0x34 => Some("MSG_LOCAL"),
            0x35 => Some("MSG_GATHER"),
            0x70 => Some("MSGD_RC"),
            0x71 => Some("MSGD_ADDR"),
            0x72 => Some("MSGD_ID"),
            0x73 => Some("MSGD_BCAST"),
            0x74 => Some("MSGD_LOCAL"),
            0x75 => Some("MSGD_GATHER"),
            0x80 => Some("PREFIX_MRIOV"),
            0x8e => Some("PREFIX_VENDOR_L0"),
            0x8f => Some("PREFIX_VENDOR_L1"),
            0x90 => Some("PREFIX_EXT_TPH"),
            0x91 => Some("PREFIX_PASID"),
            0x92 => Some("PREFIX_IDE"),
            0x9e => Some("PREFIX_VENDOR_E0"),
            0x9f => Some("PREFIX_VENDOR_E1"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for TlpFmtType {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "TlpFmtType({:#x})", self.0),
        }
    }
}

/// Address Type (AT) of memory requests.
///
/// `at_t`, 2 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct At(pub u8);

impl At {
    /// untranslated address, the IOMMU translates it
    pub const UNTRANSLATED: Self = Self(0);
    /// ATS translation request (a memory read)
    pub const TRANSLATION_REQUEST: Self = Self(1);
    /// address already translated through ATS
    pub const TRANSLATED: Self = Self(2);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 2;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("UNTRANSLATED"),
            1 => Some("TRANSLATION_REQUEST"),
            2 => Some("TRANSLATED"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for At {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "At({:#x})", self.0),
        }
    }
}

/// Completion Status.
///
/// `cpl_status_t`, 3 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct CplStatus(pub u8);

impl CplStatus {
    /// successful completion
    pub const SC: Self = Self(0);
    /// unsupported request
    pub const UR: Self = Self(1);
    /// configuration request retry status
    pub const CRS: Self = Self(2);
    /// completer abort
    pub const CA: Self = Self(4);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 3;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("SC"),
            1 => Some("UR"),
            2 => Some("CRS"),
            4 => Some("CA"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for CplStatus {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "CplStatus({:#x})", self.0),
        }
    }
}

/// Message Code (byte 7 of a message header).
///
/// `msg_code_t`, 8 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct MsgCode(pub u8);

impl MsgCode {
    /// unlock (routed broadcast)
    pub const UNLOCK: Self = Self(0);
    /// ATS invalidate request (message with data, by ID)
    pub const ATS_INVALIDATE_REQUEST: Self = Self(1);
    /// ATS invalidate completion (by ID)
    pub const ATS_INVALIDATE_COMPLETION: Self = Self(2);
    /// PRI page request (to the root complex)
    pub const PAGE_REQUEST: Self = Self(4);
    /// PRI page request group response (by ID)
    pub const PRG_RESPONSE: Self = Self(5);
    /// latency tolerance reporting
    pub const LTR: Self = Self(0x10);
    /// optimized buffer flush/fill
    pub const OBFF: Self = Self(0x12);
    /// PM active state NAK
    pub const PM_ACTIVE_STATE_NAK: Self = Self(0x14);
    /// power management event
    pub const PM_PME: Self = Self(0x18);
    /// PME turn off (broadcast)
    pub const PME_TURN_OFF: Self = Self(0x19);
    /// PME turn off acknowledge (gathered)
    pub const PME_TO_ACK: Self = Self(0x1b);
    /// assert INTA
    pub const ASSERT_INTA: Self = Self(0x20);
    /// assert INTB
    pub const ASSERT_INTB: Self = Self(0x21);
    /// assert INTC
    pub const ASSERT_INTC: Self = Self(0x22);
    /// assert INTD
    pub const ASSERT_INTD: Self = Self(0x23);
    /// deassert INTA
    pub const DEASSERT_INTA: Self = Self(0x24);
    /// deassert INTB
    pub const DEASSERT_INTB: Self = Self(0x25);
    /// deassert INTC
    pub const DEASSERT_INTC: Self = Self(0x26);
    /// deassert INTD
    pub const DEASSERT_INTD: Self = Self(0x27);
    /// correctable error
    pub const ERR_COR: Self = Self(0x30);
    /// uncorrectable non-fatal error
    pub const ERR_NONFATAL: Self = Self(0x31);
    /// uncorrectable fatal error
    pub const ERR_FATAL: Self = Self(0x33);
    /// set slot power limit (message with data)
    pub const SET_SLOT_POWER_LIMIT: Self = Self(0x50);
    /// precision time measurement request
    pub const PTM_REQUEST: Self = Self(0x52);
    /// precision time measurement response
    pub const PTM_RESPONSE: Self = Self(0x53);
    /// vendor defined, type 0 (UR if unsupported)
    pub const VENDOR_TYPE0: Self = Self(0x7e);
    /// vendor defined, type 1 (silently dropped if unsupported)
    pub const VENDOR_TYPE1: Self = Self(0x7f);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 8;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("UNLOCK"),
            1 => Some("ATS_INVALIDATE_REQUEST"),
            2 => Some("ATS_INVALIDATE_COMPLETION"),
            4 => Some("PAGE_REQUEST"),
            5 => Some("PRG_RESPONSE"),
            0x10 => Some("LTR"),
            0x12 => Some("OBFF"),
            0x14 => Some("PM_ACTIVE_STATE_NAK"),
            0x18 => Some("PM_PME"),
            0x19 => Some("PME_TURN_OFF"),
            0x1b => Some("PME_TO_ACK"),
            0x20 => Some("ASSERT_INTA"),
            0x21 => Some("ASSERT_INTB"),
            0x22 => Some("ASSERT_INTC"),
            0x23 => Some("ASSERT_INTD"),
            0x24 => Some("DEASSERT_INTA"),
            0x25 => Some("DEASSERT_INTB"),
            0x26 => Some("DEASSERT_INTC"),
            0x27 => Some("DEASSERT_INTD"),
            0x30 => Some("ERR_COR"),
            0x31 => Some("ERR_NONFATAL"),
            0x33 => Some("ERR_FATAL"),
            0x50 => Some("SET_SLOT_POWER_LIMIT"),
            0x52 => Some("PTM_REQUEST"),
            0x53 => Some("PTM_RESPONSE"),
            0x7e => Some("VENDOR_TYPE0"),
            0x7f => Some("VENDOR_TYPE1"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for MsgCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "MsgCode({:#x})", self.0),
        }
    }
}

/// Response Code of a PRG response message.
///
/// `prg_resp_code_t`, 4 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PrgRespCode(pub u8);

impl PrgRespCode {
    /// all pages of the group are available, retry the accesses
    pub const SUCCESS: Self = Self(0);
    /// at least one page could not be made available
    pub const INVALID_REQUEST: Self = Self(1);
    /// unrecoverable failure, the function stops issuing page requests
    pub const RESPONSE_FAILURE: Self = Self(0xf);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 4;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("SUCCESS"),
            1 => Some("INVALID_REQUEST"),
            0xf => Some("RESPONSE_FAILURE"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for PrgRespCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "PrgRespCode({:#x})", self.0),
        }
    }
}

/// First DWORD of every TLP header.
/// PCIe Base 6.x Section 2.2.1.1 / Figure 2-5 (Non-Flit Mode): byte 1 bit 1 is Reserved; it
/// was the Lightweight Notification (LN) bit, now deprecated.
///
/// `tlp_dw0_t`, 32 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct TlpDw0(pub u32);

impl TlpDw0 {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0x2_0000);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// payload length in DWORDs, 0 = 1024
    ///
    /// Bits `[9:0]`.
    #[inline]
    pub const fn length(&self) -> u16 {
        (self.0 & 0x3ff) as u16
    }

    /// Set `length` (bits `[9:0]`).
    #[inline]
    pub const fn set_length(&mut self, v: u16) {
        debug_assert!((v as u64) >> 10 == 0, "value does not fit field `length`");
        self.0 = (self.0 & !0x3ff) | ((v) as u32 & 0x3ff);
    }

    /// This value with `length` replaced.
    #[inline]
    #[must_use]
    pub const fn with_length(mut self, v: u16) -> Self {
        self.set_length(v);
        self
    }

    /// address type (memory requests, else reserved)
    ///
    /// Bits `[11:10]`.
    #[inline]
    pub const fn at(&self) -> At {
        At(((self.0 >> 10) & 3) as u8)
    }

    /// Set `at` (bits `[11:10]`).
    #[inline]
    pub const fn set_at(&mut self, v: At) {
        debug_assert!((v.0 as u64) >> 2 == 0, "value does not fit field `at`");
        self.0 = (self.0 & !(3 << 10)) | (((v.0) as u32 & 3) << 10);
    }

    /// This value with `at` replaced.
    #[inline]
    #[must_use]
    pub const fn with_at(mut self, v: At) -> Self {
        self.set_at(v);
        self
    }

    /// attribute bits \[1:0\], relaxed ordering (1) and no snoop (0)
    ///
    /// Bits `[13:12]`.
    #[inline]
    pub const fn attr(&self) -> u8 {
        ((self.0 >> 12) & 3) as u8
    }

    /// Set `attr` (bits `[13:12]`).
    #[inline]
    pub const fn set_attr(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `attr`");
        self.0 = (self.0 & !(3 << 12)) | (((v) as u32 & 3) << 12);
    }

    /// This value with `attr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_attr(mut self, v: u8) -> Self {
        self.set_attr(v);
        self
    }

    /// poisoned data
    ///
    /// Bits `[14]`.
    #[inline]
    pub const fn ep(&self) -> bool {
        (self.0 >> 14) & 1 != 0
    }

    /// Set `ep` (bits `[14]`).
    #[inline]
    pub const fn set_ep(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 14)) | (((v) as u32 & 1) << 14);
    }

    /// This value with `ep` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ep(mut self, v: bool) -> Self {
        self.set_ep(v);
        self
    }

    /// TLP digest (ECRC) present
    ///
    /// Bits `[15]`.
    #[inline]
    pub const fn td(&self) -> bool {
        (self.0 >> 15) & 1 != 0
    }

    /// Set `td` (bits `[15]`).
    #[inline]
    pub const fn set_td(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 15)) | (((v) as u32 & 1) << 15);
    }

    /// This value with `td` replaced.
    #[inline]
    #[must_use]
    pub const fn with_td(mut self, v: bool) -> Self {
        self.set_td(v);
        self
    }

    /// TLP processing hints present
    ///
    /// Bits `[16]`.
    #[inline]
    pub const fn th(&self) -> bool {
        (self.0 >> 16) & 1 != 0
    }

    /// Set `th` (bits `[16]`).
    #[inline]
    pub const fn set_th(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 16)) | (((v) as u32 & 1) << 16);
    }

    /// This value with `th` replaced.
    #[inline]
    #[must_use]
    pub const fn with_th(mut self, v: bool) -> Self {
        self.set_th(v);
        self
    }

    /// attribute bit 2, ID-based ordering
    ///
    /// Bits `[18]`.
    #[inline]
    pub const fn attr2(&self) -> bool {
        (self.0 >> 18) & 1 != 0
    }

    /// Set `attr2` (bits `[18]`).
    #[inline]
    pub const fn set_attr2(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 18)) | (((v) as u32 & 1) << 18);
    }

    /// This value with `attr2` replaced.
    #[inline]
    #[must_use]
    pub const fn with_attr2(mut self, v: bool) -> Self {
        self.set_attr2(v);
        self
    }

    /// tag bit 8 (10-bit tags)
    ///
    /// Bits `[19]`.
    #[inline]
    pub const fn t8(&self) -> bool {
        (self.0 >> 19) & 1 != 0
    }

    /// Set `t8` (bits `[19]`).
    #[inline]
    pub const fn set_t8(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 19)) | (((v) as u32 & 1) << 19);
    }

    /// This value with `t8` replaced.
    #[inline]
    #[must_use]
    pub const fn with_t8(mut self, v: bool) -> Self {
        self.set_t8(v);
        self
    }

    /// traffic class
    ///
    /// Bits `[22:20]`.
    #[inline]
    pub const fn tc(&self) -> u8 {
        ((self.0 >> 20) & 7) as u8
    }

    /// Set `tc` (bits `[22:20]`).
    #[inline]
    pub const fn set_tc(&mut self, v: u8) {
        debug_assert!((v as u64) >> 3 == 0, "value does not fit field `tc`");
        self.0 = (self.0 & !(7 << 20)) | (((v) as u32 & 7) << 20);
    }

    /// This value with `tc` replaced.
    #[inline]
    #[must_use]
    pub const fn with_tc(mut self, v: u8) -> Self {
        self.set_tc(v);
        self
    }

    /// tag bit 9 (10-bit tags)
    ///
    /// Bits `[23]`.
    #[inline]
    pub const fn t9(&self) -> bool {
        (self.0 >> 23) & 1 != 0
    }

    /// Set `t9` (bits `[23]`).
    #[inline]
    pub const fn set_t9(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 23)) | (((v) as u32 & 1) << 23);
    }

    /// This value with `t9` replaced.
    #[inline]
    #[must_use]
    pub const fn with_t9(mut self, v: bool) -> Self {
        self.set_t9(v);
        self
    }

    /// format and type
    ///
    /// Bits `[31:24]`.
    #[inline]
    pub const fn fmt_type(&self) -> TlpFmtType {
        TlpFmtType(((self.0 >> 24) & 0xff) as u8)
    }

    /// Set `fmt_type` (bits `[31:24]`).
    #[inline]
    pub const fn set_fmt_type(&mut self, v: TlpFmtType) {
        debug_assert!((v.0 as u64) >> 8 == 0, "value does not fit field `fmt_type`");
        self.0 = (self.0 & !(0xff << 24)) | (((v.0) as u32 & 0xff) << 24);
    }

    /// This value with `fmt_type` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fmt_type(mut self, v: TlpFmtType) -> Self {
        self.set_fmt_type(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u32) << (i * 8);
        self
    }

    /// Byte image on the wire (most significant byte first, as in the PCIe figures).
    pub const fn to_be_bytes(&self) -> [u8; 4] {
        let mut out = [0u8; 4];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(Self::BYTES - 1 - i);
            i += 1;
        }
        out
    }

    /// From a byte image on the wire (most significant byte first).
    pub const fn from_be_bytes(bytes: [u8; 4]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(Self::BYTES - 1 - i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for TlpDw0 {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TlpDw0")
            .field("length", &self.length())
            .field("at", &self.at())
            .field("attr", &self.attr())
            .field("ep", &self.ep())
            .field("td", &self.td())
            .field("th", &self.th())
            .field("attr2", &self.attr2())
            .field("t8", &self.t8())
            .field("tc", &self.tc())
            .field("t9", &self.t9())
            .field("fmt_type", &self.fmt_type())
            .finish()
    }
}

/// PASID End-End TLP prefix.
/// Precedes the header of a request made in a process address space; at most one per TLP.
/// PCIe Base 6.x Table 6-15 / Figure 6-20: byte 1 bit 7 Privileged Mode Requested, byte 1
/// bit 6 Execute Requested, byte 1 bits 5:4 Reserved, byte 1 bits 3:0 and bytes 2-3 PASID.
///
/// `tlp_pasid_prefix_t`, 32 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct TlpPasidPrefix(pub u32);

impl TlpPasidPrefix {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0x30_0000);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// process address space ID
    ///
    /// Bits `[19:0]`.
    #[inline]
    pub const fn pasid(&self) -> u32 {
        (self.0 & 0xf_ffff) as u32
    }

    /// Set `pasid` (bits `[19:0]`).
    #[inline]
    pub const fn set_pasid(&mut self, v: u32) {
        debug_assert!((v as u64) >> 20 == 0, "value does not fit field `pasid`");
        self.0 = (self.0 & !0xf_ffff) | ((v) as u32 & 0xf_ffff);
    }

    /// This value with `pasid` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pasid(mut self, v: u32) -> Self {
        self.set_pasid(v);
        self
    }

    /// execute requested (byte 1 bit 6)
    ///
    /// Bits `[22]`.
    #[inline]
    pub const fn er(&self) -> bool {
        (self.0 >> 22) & 1 != 0
    }

    /// Set `er` (bits `[22]`).
    #[inline]
    pub const fn set_er(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 22)) | (((v) as u32 & 1) << 22);
    }

    /// This value with `er` replaced.
    #[inline]
    #[must_use]
    pub const fn with_er(mut self, v: bool) -> Self {
        self.set_er(v);
        self
    }

    /// privileged mode requested (byte 1 bit 7)
    ///
    /// Bits `[23]`.
    #[inline]
    pub const fn pmr(&self) -> bool {
        (self.0 >> 23) & 1 != 0
    }

    /// Set `pmr` (bits `[23]`).
    #[inline]
    pub const fn set_pmr(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 23)) | (((v) as u32 & 1) << 23);
    }

    /// This value with `pmr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pmr(mut self, v: bool) -> Self {
        self.set_pmr(v);
        self
    }

    /// prefix format and type, TLP_FMT_TYPE_PREFIX_PASID
    ///
    /// Bits `[31:24]`.
    #[inline]
    pub const fn fmt_type(&self) -> TlpFmtType {
        TlpFmtType(((self.0 >> 24) & 0xff) as u8)
    }

    /// Set `fmt_type` (bits `[31:24]`).
    #[inline]
    pub const fn set_fmt_type(&mut self, v: TlpFmtType) {
        debug_assert!((v.0 as u64) >> 8 == 0, "value does not fit field `fmt_type`");
        self.0 = (self.0 & !(0xff << 24)) | (((v.0) as u32 & 0xff) << 24);
    }

    /// This value with `fmt_type` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fmt_type(mut self, v: TlpFmtType) -> Self {
        self.set_fmt_type(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u32) << (i * 8);
        self
    }

    /// Byte image on the wire (most significant byte first, as in the PCIe figures).
    pub const fn to_be_bytes(&self) -> [u8; 4] {
        let mut out = [0u8; 4];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(Self::BYTES - 1 - i);
            i += 1;
        }
        out
    }

    /// From a byte image on the wire (most significant byte first).
    pub const fn from_be_bytes(bytes: [u8; 4]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(Self::BYTES - 1 - i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for TlpPasidPrefix {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TlpPasidPrefix")
            .field("pasid", &self.pasid())
            .field("er", &self.er())
            .field("pmr", &self.pmr())
            .field("fmt_type", &self.fmt_type())
            .finish()
    }
}

/// Memory request header, 32-bit address (3 DW).
///
/// `tlp_mem_req_3dw_t`, 96 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct TlpMemReq3dw(pub [u32; 3]);

impl TlpMemReq3dw {
    /// Width in bits.
    pub const WIDTH: u32 = 96;
    /// Size in bytes.
    pub const BYTES: usize = 12;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self([0, 0, 0x2_0000]);
    /// Byte offset of `dw0` in the byte image.
    pub const DW0_BYTE_OFFSET: usize = 0;

    /// From raw bits.
    pub const fn from_bits(bits: [u32; 3]) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> [u32; 3] {
        self.0
    }

    /// processing hint (when th is set)
    ///
    /// Bits `[1:0]`.
    #[inline]
    pub const fn ph(&self) -> u8 {
        crate::bits::get(&self.0, 0, 2) as u8
    }

    /// Set `ph` (bits `[1:0]`).
    #[inline]
    pub const fn set_ph(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `ph`");
        crate::bits::set(&mut self.0, 0, 2, v as u64);
    }

    /// This value with `ph` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ph(mut self, v: u8) -> Self {
        self.set_ph(v);
        self
    }

    /// address bits \[31:2\]
    ///
    /// Bits `[31:2]`.
    #[inline]
    pub const fn address(&self) -> u32 {
        crate::bits::get(&self.0, 2, 30) as u32
    }

    /// Set `address` (bits `[31:2]`).
    #[inline]
    pub const fn set_address(&mut self, v: u32) {
        debug_assert!((v as u64) >> 30 == 0, "value does not fit field `address`");
        crate::bits::set(&mut self.0, 2, 30, v as u64);
    }

    /// This value with `address` replaced.
    #[inline]
    #[must_use]
    pub const fn with_address(mut self, v: u32) -> Self {
        self.set_address(v);
        self
    }

    /// byte enables of the first DWORD
    ///
    /// Bits `[35:32]`.
    #[inline]
    pub const fn first_be(&self) -> u8 {
        crate::bits::get(&self.0, 32, 4) as u8
    }

    /// Set `first_be` (bits `[35:32]`).
    #[inline]
    pub const fn set_first_be(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `first_be`");
        crate::bits::set(&mut self.0, 32, 4, v as u64);
    }

    /// This value with `first_be` replaced.
    #[inline]
    #[must_use]
    pub const fn with_first_be(mut self, v: u8) -> Self {
        self.set_first_be(v);
        self
    }

    /// byte enables of the last DWORD
    ///
    /// Bits `[39:36]`.
    #[inline]
    pub const fn last_be(&self) -> u8 {
        crate::bits::get(&self.0, 36, 4) as u8
    }

    /// Set `last_be` (bits `[39:36]`).
    #[inline]
    pub const fn set_last_be(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `last_be`");
        crate::bits::set(&mut self.0, 36, 4, v as u64);
    }

    /// This value with `last_be` replaced.
    #[inline]
    #[must_use]
    pub const fn with_last_be(mut self, v: u8) -> Self {
        self.set_last_be(v);
        self
    }

    /// tag bits \[7:0\]
    ///
    /// Bits `[47:40]`.
    #[inline]
    pub const fn tag(&self) -> u8 {
        crate::bits::get(&self.0, 40, 8) as u8
    }

    /// Set `tag` (bits `[47:40]`).
    #[inline]
    pub const fn set_tag(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `tag`");
        crate::bits::set(&mut self.0, 40, 8, v as u64);
    }

    /// This value with `tag` replaced.
    #[inline]
    #[must_use]
    pub const fn with_tag(mut self, v: u8) -> Self {
        self.set_tag(v);
        self
    }

    /// bus, device and function of the requester
    ///
    /// Bits `[63:48]`.
    #[inline]
    pub const fn requester_id(&self) -> u16 {
        crate::bits::get(&self.0, 48, 16) as u16
    }

    /// Set `requester_id` (bits `[63:48]`).
    #[inline]
    pub const fn set_requester_id(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `requester_id`");
        crate::bits::set(&mut self.0, 48, 16, v as u64);
    }

    /// This value with `requester_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_requester_id(mut self, v: u16) -> Self {
        self.set_requester_id(v);
        self
    }

    /// format, type, attributes, length
    ///
    /// Bits `[95:64]`.
    #[inline]
    pub const fn dw0(&self) -> TlpDw0 {
        TlpDw0(crate::bits::get(&self.0, 64, 32) as u32)
    }

    /// Set `dw0` (bits `[95:64]`).
    #[inline]
    pub const fn set_dw0(&mut self, v: TlpDw0) {
        crate::bits::set(&mut self.0, 64, 32, v.0 as u64);
    }

    /// This value with `dw0` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dw0(mut self, v: TlpDw0) -> Self {
        self.set_dw0(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0[i / 4] >> ((i % 4) * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0[i / 4] |= (b as u32) << ((i % 4) * 8);
        self
    }

    /// Byte image on the wire (most significant byte first, as in the PCIe figures).
    pub const fn to_be_bytes(&self) -> [u8; 12] {
        let mut out = [0u8; 12];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(Self::BYTES - 1 - i);
            i += 1;
        }
        out
    }

    /// From a byte image on the wire (most significant byte first).
    pub const fn from_be_bytes(bytes: [u8; 12]) -> Self {
        let mut v = Self([0; 3]);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(Self::BYTES - 1 - i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for TlpMemReq3dw {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TlpMemReq3dw")
            .field("ph", &self.ph())
            .field("address", &self.address())
            .field("first_be", &self.first_be())
            .field("last_be", &self.last_be())
            .field("tag", &self.tag())
            .field("requester_id", &self.requester_id())
            .field("dw0", &self.dw0())
            .finish()
    }
}

/// Memory request header, 64-bit address (4 DW).
///
/// `tlp_mem_req_4dw_t`, 128 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct TlpMemReq4dw(pub [u32; 4]);

impl TlpMemReq4dw {
    /// Width in bits.
    pub const WIDTH: u32 = 128;
    /// Size in bytes.
    pub const BYTES: usize = 16;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self([0, 0, 0, 0x2_0000]);
    /// Byte offset of `dw0` in the byte image.
    pub const DW0_BYTE_OFFSET: usize = 0;

    /// From raw bits.
    pub const fn from_bits(bits: [u32; 4]) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> [u32; 4] {
        self.0
    }

    /// processing hint (when th is set)
    ///
    /// Bits `[1:0]`.
    #[inline]
    pub const fn ph(&self) -> u8 {
        crate::bits::get(&self.0, 0, 2) as u8
    }

    /// Set `ph` (bits `[1:0]`).
    #[inline]
    pub const fn set_ph(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `ph`");
        crate::bits::set(&mut self.0, 0, 2, v as u64);
    }

    /// This value with `ph` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ph(mut self, v: u8) -> Self {
        self.set_ph(v);
        self
    }

    /// address bits \[63:2\]
    ///
    /// Bits `[63:2]`.
    #[inline]
    pub const fn address(&self) -> u64 {
        crate::bits::get(&self.0, 2, 62) as u64
    }

    /// Set `address` (bits `[63:2]`).
    #[inline]
    pub const fn set_address(&mut self, v: u64) {
        debug_assert!((v as u64) >> 62 == 0, "value does not fit field `address`");
        crate::bits::set(&mut self.0, 2, 62, v as u64);
    }

    /// This value with `address` replaced.
    #[inline]
    #[must_use]
    pub const fn with_address(mut self, v: u64) -> Self {
        self.set_address(v);
        self
    }

    /// byte enables of the first DWORD
    ///
    /// Bits `[67:64]`.
    #[inline]
    pub const fn first_be(&self) -> u8 {
        crate::bits::get(&self.0, 64, 4) as u8
    }

    /// Set `first_be` (bits `[67:64]`).
    #[inline]
    pub const fn set_first_be(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `first_be`");
        crate::bits::set(&mut self.0, 64, 4, v as u64);
    }

    /// This value with `first_be` replaced.
    #[inline]
    #[must_use]
    pub const fn with_first_be(mut self, v: u8) -> Self {
        self.set_first_be(v);
        self
    }

    /// byte enables of the last DWORD
    ///
    /// Bits `[71:68]`.
    #[inline]
    pub const fn last_be(&self) -> u8 {
        crate::bits::get(&self.0, 68, 4) as u8
    }

    /// Set `last_be` (bits `[71:68]`).
    #[inline]
    pub const fn set_last_be(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `last_be`");
        crate::bits::set(&mut self.0, 68, 4, v as u64);
    }

    /// This value with `last_be` replaced.
    #[inline]
    #[must_use]
    pub const fn with_last_be(mut self, v: u8) -> Self {
        self.set_last_be(v);
        self
    }

    /// tag bits \[7:0\]
    ///
    /// Bits `[79:72]`.
    #[inline]
    pub const fn tag(&self) -> u8 {
        crate::bits::get(&self.0, 72, 8) as u8
    }

    /// Set `tag` (bits `[79:72]`).
    #[inline]
    pub const fn set_tag(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `tag`");
        crate::bits::set(&mut self.0, 72, 8, v as u64);
    }

    /// This value with `tag` replaced.
    #[inline]
    #[must_use]
    pub const fn with_tag(mut self, v: u8) -> Self {
        self.set_tag(v);
        self
    }

    /// bus, device and function of the requester
    ///
    /// Bits `[95:80]`.
    #[inline]
    pub const fn requester_id(&self) -> u16 {
        crate::bits::get(&self.0, 80, 16) as u16
    }

    /// Set `requester_id` (bits `[95:80]`).
    #[inline]
    pub const fn set_requester_id(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `requester_id`");
        crate::bits::set(&mut self.0, 80, 16, v as u64);
    }

    /// This value with `requester_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_requester_id(mut self, v: u16) -> Self {
        self.set_requester_id(v);
        self
    }

    /// format, type, attributes, length
    ///
    /// Bits `[127:96]`.
    #[inline]
    pub const fn dw0(&self) -> TlpDw0 {
        TlpDw0(crate::bits::get(&self.0, 96, 32) as u32)
    }

    /// Set `dw0` (bits `[127:96]`).
    #[inline]
    pub const fn set_dw0(&mut self, v: TlpDw0) {
        crate::bits::set(&mut self.0, 96, 32, v.0 as u64);
    }

    /// This value with `dw0` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dw0(mut self, v: TlpDw0) -> Self {
        self.set_dw0(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0[i / 4] >> ((i % 4) * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0[i / 4] |= (b as u32) << ((i % 4) * 8);
        self
    }

    /// Byte image on the wire (most significant byte first, as in the PCIe figures).
    pub const fn to_be_bytes(&self) -> [u8; 16] {
        let mut out = [0u8; 16];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(Self::BYTES - 1 - i);
            i += 1;
        }
        out
    }

    /// From a byte image on the wire (most significant byte first).
    pub const fn from_be_bytes(bytes: [u8; 16]) -> Self {
        let mut v = Self([0; 4]);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(Self::BYTES - 1 - i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for TlpMemReq4dw {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TlpMemReq4dw")
            .field("ph", &self.ph())
            .field("address", &self.address())
            .field("first_be", &self.first_be())
            .field("last_be", &self.last_be())
            .field("tag", &self.tag())
            .field("requester_id", &self.requester_id())
            .field("dw0", &self.dw0())
            .finish()
    }
}

/// ATS translation request header, 32-bit address (3 DW).
/// A memory read with at = AT_TRANSLATION_REQUEST; the completion data is ats_cpl_entry_t.
/// PCIe Base 6.x Figure 10-11: the last DW holds untranslated address \[31:12\], reserved
/// bits 11:4, CXL Src (bit 3), reserved bits 2:1 and No Write (bit 0).
///
/// `tlp_ats_trans_req_3dw_t`, 96 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct TlpAtsTransReq3dw(pub [u32; 3]);

impl TlpAtsTransReq3dw {
    /// Width in bits.
    pub const WIDTH: u32 = 96;
    /// Size in bytes.
    pub const BYTES: usize = 12;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self([0xff6, 0, 0x2_0000]);
    /// Byte offset of `dw0` in the byte image.
    pub const DW0_BYTE_OFFSET: usize = 0;

    /// From raw bits.
    pub const fn from_bits(bits: [u32; 3]) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> [u32; 3] {
        self.0
    }

    /// no write, read-only access is enough
    ///
    /// Bits `[0]`.
    #[inline]
    pub const fn nw(&self) -> bool {
        crate::bits::get(&self.0, 0, 1) != 0
    }

    /// Set `nw` (bits `[0]`).
    #[inline]
    pub const fn set_nw(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 0, 1, v as u64);
    }

    /// This value with `nw` replaced.
    #[inline]
    #[must_use]
    pub const fn with_nw(mut self, v: bool) -> Self {
        self.set_nw(v);
        self
    }

    /// CXL Src, the request comes from a CXL function; zero here (no CXL)
    ///
    /// Bits `[3]`.
    #[inline]
    pub const fn cxl_src(&self) -> bool {
        crate::bits::get(&self.0, 3, 1) != 0
    }

    /// Set `cxl_src` (bits `[3]`).
    #[inline]
    pub const fn set_cxl_src(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 3, 1, v as u64);
    }

    /// This value with `cxl_src` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cxl_src(mut self, v: bool) -> Self {
        self.set_cxl_src(v);
        self
    }

    /// untranslated address bits \[31:12\]
    ///
    /// Bits `[31:12]`.
    #[inline]
    pub const fn untranslated_addr(&self) -> u32 {
        crate::bits::get(&self.0, 12, 20) as u32
    }

    /// Set `untranslated_addr` (bits `[31:12]`).
    #[inline]
    pub const fn set_untranslated_addr(&mut self, v: u32) {
        debug_assert!((v as u64) >> 20 == 0, "value does not fit field `untranslated_addr`");
        crate::bits::set(&mut self.0, 12, 20, v as u64);
    }

    /// This value with `untranslated_addr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_untranslated_addr(mut self, v: u32) -> Self {
        self.set_untranslated_addr(v);
        self
    }

    /// byte enables of the first DWORD
    ///
    /// Bits `[35:32]`.
    #[inline]
    pub const fn first_be(&self) -> u8 {
        crate::bits::get(&self.0, 32, 4) as u8
    }

    /// Set `first_be` (bits `[35:32]`).
    #[inline]
    pub const fn set_first_be(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `first_be`");
        crate::bits::set(&mut self.0, 32, 4, v as u64);
    }

    /// This value with `first_be` replaced.
    #[inline]
    #[must_use]
    pub const fn with_first_be(mut self, v: u8) -> Self {
        self.set_first_be(v);
        self
    }

    /// byte enables of the last DWORD
    ///
    /// Bits `[39:36]`.
    #[inline]
    pub const fn last_be(&self) -> u8 {
        crate::bits::get(&self.0, 36, 4) as u8
    }

    /// Set `last_be` (bits `[39:36]`).
    #[inline]
    pub const fn set_last_be(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `last_be`");
        crate::bits::set(&mut self.0, 36, 4, v as u64);
    }

    /// This value with `last_be` replaced.
    #[inline]
    #[must_use]
    pub const fn with_last_be(mut self, v: u8) -> Self {
        self.set_last_be(v);
        self
    }

    /// tag bits \[7:0\]
    ///
    /// Bits `[47:40]`.
    #[inline]
    pub const fn tag(&self) -> u8 {
        crate::bits::get(&self.0, 40, 8) as u8
    }

    /// Set `tag` (bits `[47:40]`).
    #[inline]
    pub const fn set_tag(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `tag`");
        crate::bits::set(&mut self.0, 40, 8, v as u64);
    }

    /// This value with `tag` replaced.
    #[inline]
    #[must_use]
    pub const fn with_tag(mut self, v: u8) -> Self {
        self.set_tag(v);
        self
    }

    /// bus, device and function of the requester
    ///
    /// Bits `[63:48]`.
    #[inline]
    pub const fn requester_id(&self) -> u16 {
        crate::bits::get(&self.0, 48, 16) as u16
    }

    /// Set `requester_id` (bits `[63:48]`).
    #[inline]
    pub const fn set_requester_id(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `requester_id`");
        crate::bits::set(&mut self.0, 48, 16, v as u64);
    }

    /// This value with `requester_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_requester_id(mut self, v: u16) -> Self {
        self.set_requester_id(v);
        self
    }

    /// memory read, AT = translation request
    ///
    /// Bits `[95:64]`.
    #[inline]
    pub const fn dw0(&self) -> TlpDw0 {
        TlpDw0(crate::bits::get(&self.0, 64, 32) as u32)
    }

    /// Set `dw0` (bits `[95:64]`).
    #[inline]
    pub const fn set_dw0(&mut self, v: TlpDw0) {
        crate::bits::set(&mut self.0, 64, 32, v.0 as u64);
    }

    /// This value with `dw0` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dw0(mut self, v: TlpDw0) -> Self {
        self.set_dw0(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0[i / 4] >> ((i % 4) * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0[i / 4] |= (b as u32) << ((i % 4) * 8);
        self
    }

    /// Byte image on the wire (most significant byte first, as in the PCIe figures).
    pub const fn to_be_bytes(&self) -> [u8; 12] {
        let mut out = [0u8; 12];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(Self::BYTES - 1 - i);
            i += 1;
        }
        out
    }

    /// From a byte image on the wire (most significant byte first).
    pub const fn from_be_bytes(bytes: [u8; 12]) -> Self {
        let mut v = Self([0; 3]);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(Self::BYTES - 1 - i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for TlpAtsTransReq3dw {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TlpAtsTransReq3dw")
            .field("nw", &self.nw())
            .field("cxl_src", &self.cxl_src())
            .field("untranslated_addr", &self.untranslated_addr())
            .field("first_be", &self.first_be())
            .field("last_be", &self.last_be())
            .field("tag", &self.tag())
            .field("requester_id", &self.requester_id())
            .field("dw0", &self.dw0())
            .finish()
    }
}

/// ATS translation request header, 64-bit address (4 DW).
/// A memory read with at = AT_TRANSLATION_REQUEST; the completion data is ats_cpl_entry_t.
/// PCIe Base 6.x Figure 10-10: as the 3 DW form with the address \[63:32\] in DW2.
///
/// `tlp_ats_trans_req_4dw_t`, 128 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct TlpAtsTransReq4dw(pub [u32; 4]);

impl TlpAtsTransReq4dw {
    /// Width in bits.
    pub const WIDTH: u32 = 128;
    /// Size in bytes.
    pub const BYTES: usize = 16;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self([0xff6, 0, 0, 0x2_0000]);
    /// Byte offset of `dw0` in the byte image.
    pub const DW0_BYTE_OFFSET: usize = 0;

    /// From raw bits.
    pub const fn from_bits(bits: [u32; 4]) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> [u32; 4] {
        self.0
    }

    /// no write, read-only access is enough
    ///
    /// Bits `[0]`.
    #[inline]
    pub const fn nw(&self) -> bool {
        crate::bits::get(&self.0, 0, 1) != 0
    }

    /// Set `nw` (bits `[0]`).
    #[inline]
    pub const fn set_nw(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 0, 1, v as u64);
    }

    /// This value with `nw` replaced.
    #[inline]
    #[must_use]
    pub const fn with_nw(mut self, v: bool) -> Self {
        self.set_nw(v);
        self
    }

    /// CXL Src, the request comes from a CXL function; zero here (no CXL)
    ///
    /// Bits `[3]`.
    #[inline]
    pub const fn cxl_src(&self) -> bool {
        crate::bits::get(&self.0, 3, 1) != 0
    }

    /// Set `cxl_src` (bits `[3]`).
    #[inline]
    pub const fn set_cxl_src(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 3, 1, v as u64);
    }

    /// This value with `cxl_src` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cxl_src(mut self, v: bool) -> Self {
        self.set_cxl_src(v);
        self
    }

    /// untranslated address bits \[63:12\]
    ///
    /// Bits `[63:12]`.
    #[inline]
    pub const fn untranslated_addr(&self) -> u64 {
        crate::bits::get(&self.0, 12, 52) as u64
    }

    /// Set `untranslated_addr` (bits `[63:12]`).
    #[inline]
    pub const fn set_untranslated_addr(&mut self, v: u64) {
        debug_assert!((v as u64) >> 52 == 0, "value does not fit field `untranslated_addr`");
        crate::bits::set(&mut self.0, 12, 52, v as u64);
    }

    /// This value with `untranslated_addr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_untranslated_addr(mut self, v: u64) -> Self {
        self.set_untranslated_addr(v);
        self
    }

    /// byte enables of the first DWORD
    ///
    /// Bits `[67:64]`.
    #[inline]
    pub const fn first_be(&self) -> u8 {
        crate::bits::get(&self.0, 64, 4) as u8
    }

    /// Set `first_be` (bits `[67:64]`).
    #[inline]
    pub const fn set_first_be(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `first_be`");
        crate::bits::set(&mut self.0, 64, 4, v as u64);
    }

    /// This value with `first_be` replaced.
    #[inline]
    #[must_use]
    pub const fn with_first_be(mut self, v: u8) -> Self {
        self.set_first_be(v);
        self
    }

    /// byte enables of the last DWORD
    ///
    /// Bits `[71:68]`.
    #[inline]
    pub const fn last_be(&self) -> u8 {
        crate::bits::get(&self.0, 68, 4) as u8
    }

    /// Set `last_be` (bits `[71:68]`).
    #[inline]
    pub const fn set_last_be(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `last_be`");
        crate::bits::set(&mut self.0, 68, 4, v as u64);
    }

    /// This value with `last_be` replaced.
    #[inline]
    #[must_use]
    pub const fn with_last_be(mut self, v: u8) -> Self {
        self.set_last_be(v);
        self
    }

    /// tag bits \[7:0\]
    ///
    /// Bits `[79:72]`.
    #[inline]
    pub const fn tag(&self) -> u8 {
        crate::bits::get(&self.0, 72, 8) as u8
    }

    /// Set `tag` (bits `[79:72]`).
    #[inline]
    pub const fn set_tag(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `tag`");
        crate::bits::set(&mut self.0, 72, 8, v as u64);
    }

    /// This value with `tag` replaced.
    #[inline]
    #[must_use]
    pub const fn with_tag(mut self, v: u8) -> Self {
        self.set_tag(v);
        self
    }

    /// bus, device and function of the requester
    ///
    /// Bits `[95:80]`.
    #[inline]
    pub const fn requester_id(&self) -> u16 {
        crate::bits::get(&self.0, 80, 16) as u16
    }

    /// Set `requester_id` (bits `[95:80]`).
    #[inline]
    pub const fn set_requester_id(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `requester_id`");
        crate::bits::set(&mut self.0, 80, 16, v as u64);
    }

    /// This value with `requester_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_requester_id(mut self, v: u16) -> Self {
        self.set_requester_id(v);
        self
    }

    /// memory read, AT = translation request
    ///
    /// Bits `[127:96]`.
    #[inline]
    pub const fn dw0(&self) -> TlpDw0 {
        TlpDw0(crate::bits::get(&self.0, 96, 32) as u32)
    }

    /// Set `dw0` (bits `[127:96]`).
    #[inline]
    pub const fn set_dw0(&mut self, v: TlpDw0) {
        crate::bits::set(&mut self.0, 96, 32, v.0 as u64);
    }

    /// This value with `dw0` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dw0(mut self, v: TlpDw0) -> Self {
        self.set_dw0(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0[i / 4] >> ((i % 4) * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0[i / 4] |= (b as u32) << ((i % 4) * 8);
        self
    }

    /// Byte image on the wire (most significant byte first, as in the PCIe figures).
    pub const fn to_be_bytes(&self) -> [u8; 16] {
        let mut out = [0u8; 16];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(Self::BYTES - 1 - i);
            i += 1;
        }
        out
    }

    /// From a byte image on the wire (most significant byte first).
    pub const fn from_be_bytes(bytes: [u8; 16]) -> Self {
        let mut v = Self([0; 4]);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(Self::BYTES - 1 - i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for TlpAtsTransReq4dw {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TlpAtsTransReq4dw")
            .field("nw", &self.nw())
            .field("cxl_src", &self.cxl_src())
            .field("untranslated_addr", &self.untranslated_addr())
            .field("first_be", &self.first_be())
            .field("last_be", &self.last_be())
            .field("tag", &self.tag())
            .field("requester_id", &self.requester_id())
            .field("dw0", &self.dw0())
            .finish()
    }
}

/// ATS translation completion data entry (8 bytes per translation).
/// PCIe Base 6.x Section 10.2.3 (Translation Completion Data Entry): bytes 0-3 translated
/// address \[63:32\], bytes 4-7 translated address \[31:12\], S (bit 11), N (10), CXL.io (9),
/// AMA (8:6), Global (5), Priv (4), Exe (3), U (2), W (1), R (0).
///
/// `ats_cpl_entry_t`, 64 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AtsCplEntry(pub u64);

impl AtsCplEntry {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    /// R, reads are permitted
    ///
    /// Bits `[0]`.
    #[inline]
    pub const fn read_perm(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `read_perm` (bits `[0]`).
    #[inline]
    pub const fn set_read_perm(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u64 & 1);
    }

    /// This value with `read_perm` replaced.
    #[inline]
    #[must_use]
    pub const fn with_read_perm(mut self, v: bool) -> Self {
        self.set_read_perm(v);
        self
    }

    /// W, writes are permitted
    ///
    /// Bits `[1]`.
    #[inline]
    pub const fn write_perm(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `write_perm` (bits `[1]`).
    #[inline]
    pub const fn set_write_perm(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u64 & 1) << 1);
    }

    /// This value with `write_perm` replaced.
    #[inline]
    #[must_use]
    pub const fn with_write_perm(mut self, v: bool) -> Self {
        self.set_write_perm(v);
        self
    }

    /// U, use untranslated requests only for this range
    ///
    /// Bits `[2]`.
    #[inline]
    pub const fn untranslated_only(&self) -> bool {
        (self.0 >> 2) & 1 != 0
    }

    /// Set `untranslated_only` (bits `[2]`).
    #[inline]
    pub const fn set_untranslated_only(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 2)) | (((v) as u64 & 1) << 2);
    }

    /// This value with `untranslated_only` replaced.
    #[inline]
    #[must_use]
    pub const fn with_untranslated_only(mut self, v: bool) -> Self {
        self.set_untranslated_only(v);
        self
    }

    /// Exe, execution is permitted
    ///
    /// Bits `[3]`.
    #[inline]
    pub const fn execute(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `execute` (bits `[3]`).
    #[inline]
    pub const fn set_execute(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u64 & 1) << 3);
    }

    /// This value with `execute` replaced.
    #[inline]
    #[must_use]
    pub const fn with_execute(mut self, v: bool) -> Self {
        self.set_execute(v);
        self
    }

    /// Priv, the permissions are for privileged mode
    ///
    /// Bits `[4]`.
    #[inline]
    pub const fn privileged(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `privileged` (bits `[4]`).
    #[inline]
    pub const fn set_privileged(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u64 & 1) << 4);
    }

    /// This value with `privileged` replaced.
    #[inline]
    #[must_use]
    pub const fn with_privileged(mut self, v: bool) -> Self {
        self.set_privileged(v);
        self
    }

    /// Global, the translation holds for every PASID
    ///
    /// Bits `[5]`.
    #[inline]
    pub const fn global_map(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `global_map` (bits `[5]`).
    #[inline]
    pub const fn set_global_map(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u64 & 1) << 5);
    }

    /// This value with `global_map` replaced.
    #[inline]
    #[must_use]
    pub const fn with_global_map(mut self, v: bool) -> Self {
        self.set_global_map(v);
        self
    }

    /// AMA, ATS memory attributes (implementation defined); zero here (no AMA)
    ///
    /// Bits `[8:6]`.
    #[inline]
    pub const fn ama(&self) -> u8 {
        ((self.0 >> 6) & 7) as u8
    }

    /// Set `ama` (bits `[8:6]`).
    #[inline]
    pub const fn set_ama(&mut self, v: u8) {
        debug_assert!((v as u64) >> 3 == 0, "value does not fit field `ama`");
        self.0 = (self.0 & !(7 << 6)) | (((v) as u64 & 7) << 6);
    }

    /// This value with `ama` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ama(mut self, v: u8) -> Self {
        self.set_ama(v);
        self
    }

    /// CXL.io, requests to the page are limited to CXL.io; zero here (no CXL)
    ///
    /// Bits `[9]`.
    #[inline]
    pub const fn cxl_io(&self) -> bool {
        (self.0 >> 9) & 1 != 0
    }

    /// Set `cxl_io` (bits `[9]`).
    #[inline]
    pub const fn set_cxl_io(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 9)) | (((v) as u64 & 1) << 9);
    }

    /// This value with `cxl_io` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cxl_io(mut self, v: bool) -> Self {
        self.set_cxl_io(v);
        self
    }

    /// N, accesses through this translation must use no snoop
    ///
    /// Bits `[10]`.
    #[inline]
    pub const fn no_snoop(&self) -> bool {
        (self.0 >> 10) & 1 != 0
    }

    /// Set `no_snoop` (bits `[10]`).
    #[inline]
    pub const fn set_no_snoop(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 10)) | (((v) as u64 & 1) << 10);
    }

    /// This value with `no_snoop` replaced.
    #[inline]
    #[must_use]
    pub const fn with_no_snoop(mut self, v: bool) -> Self {
        self.set_no_snoop(v);
        self
    }

    /// S, the translation covers more than 4 KiB (size coded in the address)
    ///
    /// Bits `[11]`.
    #[inline]
    pub const fn size(&self) -> bool {
        (self.0 >> 11) & 1 != 0
    }

    /// Set `size` (bits `[11]`).
    #[inline]
    pub const fn set_size(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 11)) | (((v) as u64 & 1) << 11);
    }

    /// This value with `size` replaced.
    #[inline]
    #[must_use]
    pub const fn with_size(mut self, v: bool) -> Self {
        self.set_size(v);
        self
    }

    /// translated address bits \[63:12\]
    ///
    /// Bits `[63:12]`.
    #[inline]
    pub const fn translated_addr(&self) -> u64 {
        ((self.0 >> 12) & 0xf_ffff_ffff_ffff) as u64
    }

    /// Set `translated_addr` (bits `[63:12]`).
    #[inline]
    pub const fn set_translated_addr(&mut self, v: u64) {
        debug_assert!((v as u64) >> 52 == 0, "value does not fit field `translated_addr`");
        self.0 = (self.0 & !(0xf_ffff_ffff_ffff << 12)) | (((v) as u64 & 0xf_ffff_ffff_ffff) << 12);
    }

    /// This value with `translated_addr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_translated_addr(mut self, v: u64) -> Self {
        self.set_translated_addr(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u64) << (i * 8);
        self
    }

    /// Byte image on the wire (most significant byte first, as in the PCIe figures).
    pub const fn to_be_bytes(&self) -> [u8; 8] {
        let mut out = [0u8; 8];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(Self::BYTES - 1 - i);
            i += 1;
        }
        out
    }

    /// From a byte image on the wire (most significant byte first).
    pub const fn from_be_bytes(bytes: [u8; 8]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(Self::BYTES - 1 - i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for AtsCplEntry {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AtsCplEntry")
            .field("read_perm", &self.read_perm())
            .field("write_perm", &self.write_perm())
            .field("untranslated_only", &self.untranslated_only())
            .field("execute", &self.execute())
            .field("privileged", &self.privileged())
            .field("global_map", &self.global_map())
            .field("ama", &self.ama())
            .field("cxl_io", &self.cxl_io())
            .field("no_snoop", &self.no_snoop())
            .field("size", &self.size())
            .field("translated_addr", &self.translated_addr())
            .finish()
    }
}

/// Completion header (3 DW).
///
/// `tlp_cpl_t`, 96 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct TlpCpl(pub [u32; 3]);

impl TlpCpl {
    /// Width in bits.
    pub const WIDTH: u32 = 96;
    /// Size in bytes.
    pub const BYTES: usize = 12;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self([0x80, 0, 0x2_0000]);
    /// Byte offset of `dw0` in the byte image.
    pub const DW0_BYTE_OFFSET: usize = 0;

    /// From raw bits.
    pub const fn from_bits(bits: [u32; 3]) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> [u32; 3] {
        self.0
    }

    /// address bits \[6:0\] of the first byte returned
    ///
    /// Bits `[6:0]`.
    #[inline]
    pub const fn lower_address(&self) -> u8 {
        crate::bits::get(&self.0, 0, 7) as u8
    }

    /// Set `lower_address` (bits `[6:0]`).
    #[inline]
    pub const fn set_lower_address(&mut self, v: u8) {
        debug_assert!((v as u64) >> 7 == 0, "value does not fit field `lower_address`");
        crate::bits::set(&mut self.0, 0, 7, v as u64);
    }

    /// This value with `lower_address` replaced.
    #[inline]
    #[must_use]
    pub const fn with_lower_address(mut self, v: u8) -> Self {
        self.set_lower_address(v);
        self
    }

    /// tag bits \[7:0\] of the request
    ///
    /// Bits `[15:8]`.
    #[inline]
    pub const fn tag(&self) -> u8 {
        crate::bits::get(&self.0, 8, 8) as u8
    }

    /// Set `tag` (bits `[15:8]`).
    #[inline]
    pub const fn set_tag(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `tag`");
        crate::bits::set(&mut self.0, 8, 8, v as u64);
    }

    /// This value with `tag` replaced.
    #[inline]
    #[must_use]
    pub const fn with_tag(mut self, v: u8) -> Self {
        self.set_tag(v);
        self
    }

    /// requester ID of the request
    ///
    /// Bits `[31:16]`.
    #[inline]
    pub const fn requester_id(&self) -> u16 {
        crate::bits::get(&self.0, 16, 16) as u16
    }

    /// Set `requester_id` (bits `[31:16]`).
    #[inline]
    pub const fn set_requester_id(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `requester_id`");
        crate::bits::set(&mut self.0, 16, 16, v as u64);
    }

    /// This value with `requester_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_requester_id(mut self, v: u16) -> Self {
        self.set_requester_id(v);
        self
    }

    /// bytes left to transfer including this completion, 0 = 4096
    ///
    /// Bits `[43:32]`.
    #[inline]
    pub const fn byte_count(&self) -> u16 {
        crate::bits::get(&self.0, 32, 12) as u16
    }

    /// Set `byte_count` (bits `[43:32]`).
    #[inline]
    pub const fn set_byte_count(&mut self, v: u16) {
        debug_assert!((v as u64) >> 12 == 0, "value does not fit field `byte_count`");
        crate::bits::set(&mut self.0, 32, 12, v as u64);
    }

    /// This value with `byte_count` replaced.
    #[inline]
    #[must_use]
    pub const fn with_byte_count(mut self, v: u16) -> Self {
        self.set_byte_count(v);
        self
    }

    /// byte count modified (PCI-X completers only)
    ///
    /// Bits `[44]`.
    #[inline]
    pub const fn bcm(&self) -> bool {
        crate::bits::get(&self.0, 44, 1) != 0
    }

    /// Set `bcm` (bits `[44]`).
    #[inline]
    pub const fn set_bcm(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 44, 1, v as u64);
    }

    /// This value with `bcm` replaced.
    #[inline]
    #[must_use]
    pub const fn with_bcm(mut self, v: bool) -> Self {
        self.set_bcm(v);
        self
    }

    /// completion status
    ///
    /// Bits `[47:45]`.
    #[inline]
    pub const fn status(&self) -> CplStatus {
        CplStatus(crate::bits::get(&self.0, 45, 3) as u8)
    }

    /// Set `status` (bits `[47:45]`).
    #[inline]
    pub const fn set_status(&mut self, v: CplStatus) {
        debug_assert!((v.0 as u64) >> 3 == 0, "value does not fit field `status`");
        crate::bits::set(&mut self.0, 45, 3, v.0 as u64);
    }

    /// This value with `status` replaced.
    #[inline]
    #[must_use]
    pub const fn with_status(mut self, v: CplStatus) -> Self {
        self.set_status(v);
        self
    }

    /// bus, device and function of the completer
    ///
    /// Bits `[63:48]`.
    #[inline]
    pub const fn completer_id(&self) -> u16 {
        crate::bits::get(&self.0, 48, 16) as u16
    }

    /// Set `completer_id` (bits `[63:48]`).
    #[inline]
    pub const fn set_completer_id(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `completer_id`");
        crate::bits::set(&mut self.0, 48, 16, v as u64);
    }

    /// This value with `completer_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_completer_id(mut self, v: u16) -> Self {
        self.set_completer_id(v);
        self
    }

    /// format, type, attributes, length
    ///
    /// Bits `[95:64]`.
    #[inline]
    pub const fn dw0(&self) -> TlpDw0 {
        TlpDw0(crate::bits::get(&self.0, 64, 32) as u32)
    }

    /// Set `dw0` (bits `[95:64]`).
    #[inline]
    pub const fn set_dw0(&mut self, v: TlpDw0) {
        crate::bits::set(&mut self.0, 64, 32, v.0 as u64);
    }

    /// This value with `dw0` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dw0(mut self, v: TlpDw0) -> Self {
        self.set_dw0(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0[i / 4] >> ((i % 4) * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0[i / 4] |= (b as u32) << ((i % 4) * 8);
        self
    }

    /// Byte image on the wire (most significant byte first, as in the PCIe figures).
    pub const fn to_be_bytes(&self) -> [u8; 12] {
        let mut out = [0u8; 12];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(Self::BYTES - 1 - i);
            i += 1;
        }
        out
    }

    /// From a byte image on the wire (most significant byte first).
    pub const fn from_be_bytes(bytes: [u8; 12]) -> Self {
        let mut v = Self([0; 3]);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(Self::BYTES - 1 - i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for TlpCpl {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TlpCpl")
            .field("lower_address", &self.lower_address())
            .field("tag", &self.tag())
            .field("requester_id", &self.requester_id())
            .field("byte_count", &self.byte_count())
            .field("bcm", &self.bcm())
            .field("status", &self.status())
            .field("completer_id", &self.completer_id())
            .field("dw0", &self.dw0())
            .finish()
    }
}

/// Configuration request header (3 DW).
///
/// `tlp_cfg_req_t`, 96 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct TlpCfgReq(pub [u32; 3]);

impl TlpCfgReq {
    /// Width in bits.
    pub const WIDTH: u32 = 96;
    /// Size in bytes.
    pub const BYTES: usize = 12;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self([0xf003, 0, 0x2_0000]);
    /// Byte offset of `dw0` in the byte image.
    pub const DW0_BYTE_OFFSET: usize = 0;

    /// From raw bits.
    pub const fn from_bits(bits: [u32; 3]) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> [u32; 3] {
        self.0
    }

    /// register number, register address bits \[7:2\]
    ///
    /// Bits `[7:2]`.
    #[inline]
    pub const fn reg_num(&self) -> u8 {
        crate::bits::get(&self.0, 2, 6) as u8
    }

    /// Set `reg_num` (bits `[7:2]`).
    #[inline]
    pub const fn set_reg_num(&mut self, v: u8) {
        debug_assert!((v as u64) >> 6 == 0, "value does not fit field `reg_num`");
        crate::bits::set(&mut self.0, 2, 6, v as u64);
    }

    /// This value with `reg_num` replaced.
    #[inline]
    #[must_use]
    pub const fn with_reg_num(mut self, v: u8) -> Self {
        self.set_reg_num(v);
        self
    }

    /// extended register number, register address bits \[11:8\]
    ///
    /// Bits `[11:8]`.
    #[inline]
    pub const fn ext_reg_num(&self) -> u8 {
        crate::bits::get(&self.0, 8, 4) as u8
    }

    /// Set `ext_reg_num` (bits `[11:8]`).
    #[inline]
    pub const fn set_ext_reg_num(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `ext_reg_num`");
        crate::bits::set(&mut self.0, 8, 4, v as u64);
    }

    /// This value with `ext_reg_num` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ext_reg_num(mut self, v: u8) -> Self {
        self.set_ext_reg_num(v);
        self
    }

    /// target function number
    ///
    /// Bits `[18:16]`.
    #[inline]
    pub const fn func(&self) -> u8 {
        crate::bits::get(&self.0, 16, 3) as u8
    }

    /// Set `func` (bits `[18:16]`).
    #[inline]
    pub const fn set_func(&mut self, v: u8) {
        debug_assert!((v as u64) >> 3 == 0, "value does not fit field `func`");
        crate::bits::set(&mut self.0, 16, 3, v as u64);
    }

    /// This value with `func` replaced.
    #[inline]
    #[must_use]
    pub const fn with_func(mut self, v: u8) -> Self {
        self.set_func(v);
        self
    }

    /// target device number
    ///
    /// Bits `[23:19]`.
    #[inline]
    pub const fn device(&self) -> u8 {
        crate::bits::get(&self.0, 19, 5) as u8
    }

    /// Set `device` (bits `[23:19]`).
    #[inline]
    pub const fn set_device(&mut self, v: u8) {
        debug_assert!((v as u64) >> 5 == 0, "value does not fit field `device`");
        crate::bits::set(&mut self.0, 19, 5, v as u64);
    }

    /// This value with `device` replaced.
    #[inline]
    #[must_use]
    pub const fn with_device(mut self, v: u8) -> Self {
        self.set_device(v);
        self
    }

    /// target bus number
    ///
    /// Bits `[31:24]`.
    #[inline]
    pub const fn bus(&self) -> u8 {
        crate::bits::get(&self.0, 24, 8) as u8
    }

    /// Set `bus` (bits `[31:24]`).
    #[inline]
    pub const fn set_bus(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `bus`");
        crate::bits::set(&mut self.0, 24, 8, v as u64);
    }

    /// This value with `bus` replaced.
    #[inline]
    #[must_use]
    pub const fn with_bus(mut self, v: u8) -> Self {
        self.set_bus(v);
        self
    }

    /// byte enables
    ///
    /// Bits `[35:32]`.
    #[inline]
    pub const fn first_be(&self) -> u8 {
        crate::bits::get(&self.0, 32, 4) as u8
    }

    /// Set `first_be` (bits `[35:32]`).
    #[inline]
    pub const fn set_first_be(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `first_be`");
        crate::bits::set(&mut self.0, 32, 4, v as u64);
    }

    /// This value with `first_be` replaced.
    #[inline]
    #[must_use]
    pub const fn with_first_be(mut self, v: u8) -> Self {
        self.set_first_be(v);
        self
    }

    /// last DWORD byte enables, zero
    ///
    /// Bits `[39:36]`.
    #[inline]
    pub const fn last_be(&self) -> u8 {
        crate::bits::get(&self.0, 36, 4) as u8
    }

    /// Set `last_be` (bits `[39:36]`).
    #[inline]
    pub const fn set_last_be(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `last_be`");
        crate::bits::set(&mut self.0, 36, 4, v as u64);
    }

    /// This value with `last_be` replaced.
    #[inline]
    #[must_use]
    pub const fn with_last_be(mut self, v: u8) -> Self {
        self.set_last_be(v);
        self
    }

    /// tag bits \[7:0\]
    ///
    /// Bits `[47:40]`.
    #[inline]
    pub const fn tag(&self) -> u8 {
        crate::bits::get(&self.0, 40, 8) as u8
    }

    /// Set `tag` (bits `[47:40]`).
    #[inline]
    pub const fn set_tag(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `tag`");
        crate::bits::set(&mut self.0, 40, 8, v as u64);
    }

    /// This value with `tag` replaced.
    #[inline]
    #[must_use]
    pub const fn with_tag(mut self, v: u8) -> Self {
        self.set_tag(v);
        self
    }

    /// bus, device and function of the requester
    ///
    /// Bits `[63:48]`.
    #[inline]
    pub const fn requester_id(&self) -> u16 {
        crate::bits::get(&self.0, 48, 16) as u16
    }

    /// Set `requester_id` (bits `[63:48]`).
    #[inline]
    pub const fn set_requester_id(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `requester_id`");
        crate::bits::set(&mut self.0, 48, 16, v as u64);
    }

    /// This value with `requester_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_requester_id(mut self, v: u16) -> Self {
        self.set_requester_id(v);
        self
    }

    /// format, type (CfgRd0/1, CfgWr0/1), length 1
    ///
    /// Bits `[95:64]`.
    #[inline]
    pub const fn dw0(&self) -> TlpDw0 {
        TlpDw0(crate::bits::get(&self.0, 64, 32) as u32)
    }

    /// Set `dw0` (bits `[95:64]`).
    #[inline]
    pub const fn set_dw0(&mut self, v: TlpDw0) {
        crate::bits::set(&mut self.0, 64, 32, v.0 as u64);
    }

    /// This value with `dw0` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dw0(mut self, v: TlpDw0) -> Self {
        self.set_dw0(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0[i / 4] >> ((i % 4) * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0[i / 4] |= (b as u32) << ((i % 4) * 8);
        self
    }

    /// Byte image on the wire (most significant byte first, as in the PCIe figures).
    pub const fn to_be_bytes(&self) -> [u8; 12] {
        let mut out = [0u8; 12];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(Self::BYTES - 1 - i);
            i += 1;
        }
        out
    }

    /// From a byte image on the wire (most significant byte first).
    pub const fn from_be_bytes(bytes: [u8; 12]) -> Self {
        let mut v = Self([0; 3]);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(Self::BYTES - 1 - i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for TlpCfgReq {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TlpCfgReq")
            .field("reg_num", &self.reg_num())
            .field("ext_reg_num", &self.ext_reg_num())
            .field("func", &self.func())
            .field("device", &self.device())
            .field("bus", &self.bus())
            .field("first_be", &self.first_be())
            .field("last_be", &self.last_be())
            .field("tag", &self.tag())
            .field("requester_id", &self.requester_id())
            .field("dw0", &self.dw0())
            .finish()
    }
}

/// Generic message header.
/// Bytes 8 to 15 depend on the message code.
///
/// `tlp_msg_t`, 128 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct TlpMsg(pub [u32; 4]);

impl TlpMsg {
    /// Width in bits.
    pub const WIDTH: u32 = 128;
    /// Size in bytes.
    pub const BYTES: usize = 16;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self([0, 0, 0, 0x2_0000]);
    /// Byte offset of `dw0` in the byte image.
    pub const DW0_BYTE_OFFSET: usize = 0;

    /// From raw bits.
    pub const fn from_bits(bits: [u32; 4]) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> [u32; 4] {
        self.0
    }

    /// header bytes 12 to 15, message specific
    ///
    /// Bits `[31:0]`.
    #[inline]
    pub const fn dw3(&self) -> u32 {
        crate::bits::get(&self.0, 0, 32) as u32
    }

    /// Set `dw3` (bits `[31:0]`).
    #[inline]
    pub const fn set_dw3(&mut self, v: u32) {
        debug_assert!((v as u64) >> 32 == 0, "value does not fit field `dw3`");
        crate::bits::set(&mut self.0, 0, 32, v as u64);
    }

    /// This value with `dw3` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dw3(mut self, v: u32) -> Self {
        self.set_dw3(v);
        self
    }

    /// header bytes 8 to 11, message specific
    ///
    /// Bits `[63:32]`.
    #[inline]
    pub const fn dw2(&self) -> u32 {
        crate::bits::get(&self.0, 32, 32) as u32
    }

    /// Set `dw2` (bits `[63:32]`).
    #[inline]
    pub const fn set_dw2(&mut self, v: u32) {
        debug_assert!((v as u64) >> 32 == 0, "value does not fit field `dw2`");
        crate::bits::set(&mut self.0, 32, 32, v as u64);
    }

    /// This value with `dw2` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dw2(mut self, v: u32) -> Self {
        self.set_dw2(v);
        self
    }

    /// message code
    ///
    /// Bits `[71:64]`.
    #[inline]
    pub const fn msg_code(&self) -> MsgCode {
        MsgCode(crate::bits::get(&self.0, 64, 8) as u8)
    }

    /// Set `msg_code` (bits `[71:64]`).
    #[inline]
    pub const fn set_msg_code(&mut self, v: MsgCode) {
        debug_assert!((v.0 as u64) >> 8 == 0, "value does not fit field `msg_code`");
        crate::bits::set(&mut self.0, 64, 8, v.0 as u64);
    }

    /// This value with `msg_code` replaced.
    #[inline]
    #[must_use]
    pub const fn with_msg_code(mut self, v: MsgCode) -> Self {
        self.set_msg_code(v);
        self
    }

    /// tag (reserved for most messages)
    ///
    /// Bits `[79:72]`.
    #[inline]
    pub const fn tag(&self) -> u8 {
        crate::bits::get(&self.0, 72, 8) as u8
    }

    /// Set `tag` (bits `[79:72]`).
    #[inline]
    pub const fn set_tag(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `tag`");
        crate::bits::set(&mut self.0, 72, 8, v as u64);
    }

    /// This value with `tag` replaced.
    #[inline]
    #[must_use]
    pub const fn with_tag(mut self, v: u8) -> Self {
        self.set_tag(v);
        self
    }

    /// bus, device and function of the sender
    ///
    /// Bits `[95:80]`.
    #[inline]
    pub const fn requester_id(&self) -> u16 {
        crate::bits::get(&self.0, 80, 16) as u16
    }

    /// Set `requester_id` (bits `[95:80]`).
    #[inline]
    pub const fn set_requester_id(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `requester_id`");
        crate::bits::set(&mut self.0, 80, 16, v as u64);
    }

    /// This value with `requester_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_requester_id(mut self, v: u16) -> Self {
        self.set_requester_id(v);
        self
    }

    /// message format and type (routing)
    ///
    /// Bits `[127:96]`.
    #[inline]
    pub const fn dw0(&self) -> TlpDw0 {
        TlpDw0(crate::bits::get(&self.0, 96, 32) as u32)
    }

    /// Set `dw0` (bits `[127:96]`).
    #[inline]
    pub const fn set_dw0(&mut self, v: TlpDw0) {
        crate::bits::set(&mut self.0, 96, 32, v.0 as u64);
    }

    /// This value with `dw0` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dw0(mut self, v: TlpDw0) -> Self {
        self.set_dw0(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0[i / 4] >> ((i % 4) * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0[i / 4] |= (b as u32) << ((i % 4) * 8);
        self
    }

    /// Byte image on the wire (most significant byte first, as in the PCIe figures).
    pub const fn to_be_bytes(&self) -> [u8; 16] {
        let mut out = [0u8; 16];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(Self::BYTES - 1 - i);
            i += 1;
        }
        out
    }

    /// From a byte image on the wire (most significant byte first).
    pub const fn from_be_bytes(bytes: [u8; 16]) -> Self {
        let mut v = Self([0; 4]);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(Self::BYTES - 1 - i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for TlpMsg {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TlpMsg")
            .field("dw3", &self.dw3())
            .field("dw2", &self.dw2())
            .field("msg_code", &self.msg_code())
            .field("tag", &self.tag())
            .field("requester_id", &self.requester_id())
            .field("dw0", &self.dw0())
            .finish()
    }
}

/// Page request message (PRI).
/// Message without data routed to the root complex, code MSG_CODE_PAGE_REQUEST; optionally
/// preceded by a PASID prefix. PCIe Base 6.x Figure 10-23: bytes 8-11 page address \[63:32\],
/// bytes 12-15 page address \[31:12\], PRG index (11:3), L (2), W (1), R (0).
///
/// `tlp_page_req_t`, 128 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct TlpPageReq(pub [u32; 4]);

impl TlpPageReq {
    /// Width in bits.
    pub const WIDTH: u32 = 128;
    /// Size in bytes.
    pub const BYTES: usize = 16;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self([0, 0, 0, 0x2_0000]);
    /// Byte offset of `dw0` in the byte image.
    pub const DW0_BYTE_OFFSET: usize = 0;

    /// From raw bits.
    pub const fn from_bits(bits: [u32; 4]) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> [u32; 4] {
        self.0
    }

    /// read access requested
    ///
    /// Bits `[0]`.
    #[inline]
    pub const fn read_access(&self) -> bool {
        crate::bits::get(&self.0, 0, 1) != 0
    }

    /// Set `read_access` (bits `[0]`).
    #[inline]
    pub const fn set_read_access(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 0, 1, v as u64);
    }

    /// This value with `read_access` replaced.
    #[inline]
    #[must_use]
    pub const fn with_read_access(mut self, v: bool) -> Self {
        self.set_read_access(v);
        self
    }

    /// write access requested
    ///
    /// Bits `[1]`.
    #[inline]
    pub const fn write_access(&self) -> bool {
        crate::bits::get(&self.0, 1, 1) != 0
    }

    /// Set `write_access` (bits `[1]`).
    #[inline]
    pub const fn set_write_access(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 1, 1, v as u64);
    }

    /// This value with `write_access` replaced.
    #[inline]
    #[must_use]
    pub const fn with_write_access(mut self, v: bool) -> Self {
        self.set_write_access(v);
        self
    }

    /// last request of the group
    ///
    /// Bits `[2]`.
    #[inline]
    pub const fn last(&self) -> bool {
        crate::bits::get(&self.0, 2, 1) != 0
    }

    /// Set `last` (bits `[2]`).
    #[inline]
    pub const fn set_last(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 2, 1, v as u64);
    }

    /// This value with `last` replaced.
    #[inline]
    #[must_use]
    pub const fn with_last(mut self, v: bool) -> Self {
        self.set_last(v);
        self
    }

    /// page request group index
    ///
    /// Bits `[11:3]`.
    #[inline]
    pub const fn prg_index(&self) -> u16 {
        crate::bits::get(&self.0, 3, 9) as u16
    }

    /// Set `prg_index` (bits `[11:3]`).
    #[inline]
    pub const fn set_prg_index(&mut self, v: u16) {
        debug_assert!((v as u64) >> 9 == 0, "value does not fit field `prg_index`");
        crate::bits::set(&mut self.0, 3, 9, v as u64);
    }

    /// This value with `prg_index` replaced.
    #[inline]
    #[must_use]
    pub const fn with_prg_index(mut self, v: u16) -> Self {
        self.set_prg_index(v);
        self
    }

    /// page address bits \[63:12\]
    ///
    /// Bits `[63:12]`.
    #[inline]
    pub const fn page_addr(&self) -> u64 {
        crate::bits::get(&self.0, 12, 52) as u64
    }

    /// Set `page_addr` (bits `[63:12]`).
    #[inline]
    pub const fn set_page_addr(&mut self, v: u64) {
        debug_assert!((v as u64) >> 52 == 0, "value does not fit field `page_addr`");
        crate::bits::set(&mut self.0, 12, 52, v as u64);
    }

    /// This value with `page_addr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_page_addr(mut self, v: u64) -> Self {
        self.set_page_addr(v);
        self
    }

    /// MSG_CODE_PAGE_REQUEST
    ///
    /// Bits `[71:64]`.
    #[inline]
    pub const fn msg_code(&self) -> MsgCode {
        MsgCode(crate::bits::get(&self.0, 64, 8) as u8)
    }

    /// Set `msg_code` (bits `[71:64]`).
    #[inline]
    pub const fn set_msg_code(&mut self, v: MsgCode) {
        debug_assert!((v.0 as u64) >> 8 == 0, "value does not fit field `msg_code`");
        crate::bits::set(&mut self.0, 64, 8, v.0 as u64);
    }

    /// This value with `msg_code` replaced.
    #[inline]
    #[must_use]
    pub const fn with_msg_code(mut self, v: MsgCode) -> Self {
        self.set_msg_code(v);
        self
    }

    /// tag
    ///
    /// Bits `[79:72]`.
    #[inline]
    pub const fn tag(&self) -> u8 {
        crate::bits::get(&self.0, 72, 8) as u8
    }

    /// Set `tag` (bits `[79:72]`).
    #[inline]
    pub const fn set_tag(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `tag`");
        crate::bits::set(&mut self.0, 72, 8, v as u64);
    }

    /// This value with `tag` replaced.
    #[inline]
    #[must_use]
    pub const fn with_tag(mut self, v: u8) -> Self {
        self.set_tag(v);
        self
    }

    /// function asking for the page
    ///
    /// Bits `[95:80]`.
    #[inline]
    pub const fn requester_id(&self) -> u16 {
        crate::bits::get(&self.0, 80, 16) as u16
    }

    /// Set `requester_id` (bits `[95:80]`).
    #[inline]
    pub const fn set_requester_id(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `requester_id`");
        crate::bits::set(&mut self.0, 80, 16, v as u64);
    }

    /// This value with `requester_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_requester_id(mut self, v: u16) -> Self {
        self.set_requester_id(v);
        self
    }

    /// TLP_FMT_TYPE_MSG_RC
    ///
    /// Bits `[127:96]`.
    #[inline]
    pub const fn dw0(&self) -> TlpDw0 {
        TlpDw0(crate::bits::get(&self.0, 96, 32) as u32)
    }

    /// Set `dw0` (bits `[127:96]`).
    #[inline]
    pub const fn set_dw0(&mut self, v: TlpDw0) {
        crate::bits::set(&mut self.0, 96, 32, v.0 as u64);
    }

    /// This value with `dw0` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dw0(mut self, v: TlpDw0) -> Self {
        self.set_dw0(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0[i / 4] >> ((i % 4) * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0[i / 4] |= (b as u32) << ((i % 4) * 8);
        self
    }

    /// Byte image on the wire (most significant byte first, as in the PCIe figures).
    pub const fn to_be_bytes(&self) -> [u8; 16] {
        let mut out = [0u8; 16];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(Self::BYTES - 1 - i);
            i += 1;
        }
        out
    }

    /// From a byte image on the wire (most significant byte first).
    pub const fn from_be_bytes(bytes: [u8; 16]) -> Self {
        let mut v = Self([0; 4]);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(Self::BYTES - 1 - i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for TlpPageReq {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TlpPageReq")
            .field("read_access", &self.read_access())
            .field("write_access", &self.write_access())
            .field("last", &self.last())
            .field("prg_index", &self.prg_index())
            .field("page_addr", &self.page_addr())
            .field("msg_code", &self.msg_code())
            .field("tag", &self.tag())
            .field("requester_id", &self.requester_id())
            .field("dw0", &self.dw0())
            .finish()
    }
}

/// PRG response message (PRI).
/// Message without data routed by ID, code MSG_CODE_PRG_RESPONSE; carries a PASID prefix
/// when the function requires one. PCIe Base 6.x Figure 10-27: bytes 8-9 destination device
/// ID, byte 10 bits 7:4 response code, bits 11:9 of DW2 reserved, PRG index in DW2 bits 8:0,
/// bytes 12-15 reserved.
///
/// `tlp_prg_resp_t`, 128 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct TlpPrgResp(pub [u32; 4]);

impl TlpPrgResp {
    /// Width in bits.
    pub const WIDTH: u32 = 128;
    /// Size in bytes.
    pub const BYTES: usize = 16;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self([0xffff_ffff, 0xe00, 0, 0x2_0000]);
    /// Byte offset of `dw0` in the byte image.
    pub const DW0_BYTE_OFFSET: usize = 0;

    /// From raw bits.
    pub const fn from_bits(bits: [u32; 4]) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> [u32; 4] {
        self.0
    }

    /// page request group index being answered
    ///
    /// Bits `[40:32]`.
    #[inline]
    pub const fn prg_index(&self) -> u16 {
        crate::bits::get(&self.0, 32, 9) as u16
    }

    /// Set `prg_index` (bits `[40:32]`).
    #[inline]
    pub const fn set_prg_index(&mut self, v: u16) {
        debug_assert!((v as u64) >> 9 == 0, "value does not fit field `prg_index`");
        crate::bits::set(&mut self.0, 32, 9, v as u64);
    }

    /// This value with `prg_index` replaced.
    #[inline]
    #[must_use]
    pub const fn with_prg_index(mut self, v: u16) -> Self {
        self.set_prg_index(v);
        self
    }

    /// outcome of the page request group
    ///
    /// Bits `[47:44]`.
    #[inline]
    pub const fn resp_code(&self) -> PrgRespCode {
        PrgRespCode(crate::bits::get(&self.0, 44, 4) as u8)
    }

    /// Set `resp_code` (bits `[47:44]`).
    #[inline]
    pub const fn set_resp_code(&mut self, v: PrgRespCode) {
        debug_assert!((v.0 as u64) >> 4 == 0, "value does not fit field `resp_code`");
        crate::bits::set(&mut self.0, 44, 4, v.0 as u64);
    }

    /// This value with `resp_code` replaced.
    #[inline]
    #[must_use]
    pub const fn with_resp_code(mut self, v: PrgRespCode) -> Self {
        self.set_resp_code(v);
        self
    }

    /// function that sent the page requests
    ///
    /// Bits `[63:48]`.
    #[inline]
    pub const fn destination_id(&self) -> u16 {
        crate::bits::get(&self.0, 48, 16) as u16
    }

    /// Set `destination_id` (bits `[63:48]`).
    #[inline]
    pub const fn set_destination_id(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `destination_id`");
        crate::bits::set(&mut self.0, 48, 16, v as u64);
    }

    /// This value with `destination_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_destination_id(mut self, v: u16) -> Self {
        self.set_destination_id(v);
        self
    }

    /// MSG_CODE_PRG_RESPONSE
    ///
    /// Bits `[71:64]`.
    #[inline]
    pub const fn msg_code(&self) -> MsgCode {
        MsgCode(crate::bits::get(&self.0, 64, 8) as u8)
    }

    /// Set `msg_code` (bits `[71:64]`).
    #[inline]
    pub const fn set_msg_code(&mut self, v: MsgCode) {
        debug_assert!((v.0 as u64) >> 8 == 0, "value does not fit field `msg_code`");
        crate::bits::set(&mut self.0, 64, 8, v.0 as u64);
    }

    /// This value with `msg_code` replaced.
    #[inline]
    #[must_use]
    pub const fn with_msg_code(mut self, v: MsgCode) -> Self {
        self.set_msg_code(v);
        self
    }

    /// tag
    ///
    /// Bits `[79:72]`.
    #[inline]
    pub const fn tag(&self) -> u8 {
        crate::bits::get(&self.0, 72, 8) as u8
    }

    /// Set `tag` (bits `[79:72]`).
    #[inline]
    pub const fn set_tag(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `tag`");
        crate::bits::set(&mut self.0, 72, 8, v as u64);
    }

    /// This value with `tag` replaced.
    #[inline]
    #[must_use]
    pub const fn with_tag(mut self, v: u8) -> Self {
        self.set_tag(v);
        self
    }

    /// ID of the root complex sending the response
    ///
    /// Bits `[95:80]`.
    #[inline]
    pub const fn requester_id(&self) -> u16 {
        crate::bits::get(&self.0, 80, 16) as u16
    }

    /// Set `requester_id` (bits `[95:80]`).
    #[inline]
    pub const fn set_requester_id(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `requester_id`");
        crate::bits::set(&mut self.0, 80, 16, v as u64);
    }

    /// This value with `requester_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_requester_id(mut self, v: u16) -> Self {
        self.set_requester_id(v);
        self
    }

    /// TLP_FMT_TYPE_MSG_ID
    ///
    /// Bits `[127:96]`.
    #[inline]
    pub const fn dw0(&self) -> TlpDw0 {
        TlpDw0(crate::bits::get(&self.0, 96, 32) as u32)
    }

    /// Set `dw0` (bits `[127:96]`).
    #[inline]
    pub const fn set_dw0(&mut self, v: TlpDw0) {
        crate::bits::set(&mut self.0, 96, 32, v.0 as u64);
    }

    /// This value with `dw0` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dw0(mut self, v: TlpDw0) -> Self {
        self.set_dw0(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0[i / 4] >> ((i % 4) * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0[i / 4] |= (b as u32) << ((i % 4) * 8);
        self
    }

    /// Byte image on the wire (most significant byte first, as in the PCIe figures).
    pub const fn to_be_bytes(&self) -> [u8; 16] {
        let mut out = [0u8; 16];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(Self::BYTES - 1 - i);
            i += 1;
        }
        out
    }

    /// From a byte image on the wire (most significant byte first).
    pub const fn from_be_bytes(bytes: [u8; 16]) -> Self {
        let mut v = Self([0; 4]);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(Self::BYTES - 1 - i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for TlpPrgResp {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TlpPrgResp")
            .field("prg_index", &self.prg_index())
            .field("resp_code", &self.resp_code())
            .field("destination_id", &self.destination_id())
            .field("msg_code", &self.msg_code())
            .field("tag", &self.tag())
            .field("requester_id", &self.requester_id())
            .field("dw0", &self.dw0())
            .finish()
    }
}

/// ATS invalidate request message header.
/// Message with data (2 DW, ats_inval_payload_t) routed by ID, code
/// MSG_CODE_ATS_INVALIDATE_REQUEST; a PASID prefix limits it to one address space.
/// PCIe Base 6.x Figure 10-18: byte 6 carries the ITag in bits 4:0 (bits 7:5 reserved),
/// bytes 8-9 the Device ID, bytes 10-15 are reserved.
///
/// `tlp_ats_inval_req_t`, 128 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct TlpAtsInvalReq(pub [u32; 4]);

impl TlpAtsInvalReq {
    /// Width in bits.
    pub const WIDTH: u32 = 128;
    /// Size in bytes.
    pub const BYTES: usize = 16;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self([0xffff_ffff, 0xffff, 0xe000, 0x2_0000]);
    /// Byte offset of `dw0` in the byte image.
    pub const DW0_BYTE_OFFSET: usize = 0;

    /// From raw bits.
    pub const fn from_bits(bits: [u32; 4]) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> [u32; 4] {
        self.0
    }

    /// function whose translation cache is invalidated
    ///
    /// Bits `[63:48]`.
    #[inline]
    pub const fn device_id(&self) -> u16 {
        crate::bits::get(&self.0, 48, 16) as u16
    }

    /// Set `device_id` (bits `[63:48]`).
    #[inline]
    pub const fn set_device_id(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `device_id`");
        crate::bits::set(&mut self.0, 48, 16, v as u64);
    }

    /// This value with `device_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_device_id(mut self, v: u16) -> Self {
        self.set_device_id(v);
        self
    }

    /// MSG_CODE_ATS_INVALIDATE_REQUEST
    ///
    /// Bits `[71:64]`.
    #[inline]
    pub const fn msg_code(&self) -> MsgCode {
        MsgCode(crate::bits::get(&self.0, 64, 8) as u8)
    }

    /// Set `msg_code` (bits `[71:64]`).
    #[inline]
    pub const fn set_msg_code(&mut self, v: MsgCode) {
        debug_assert!((v.0 as u64) >> 8 == 0, "value does not fit field `msg_code`");
        crate::bits::set(&mut self.0, 64, 8, v.0 as u64);
    }

    /// This value with `msg_code` replaced.
    #[inline]
    #[must_use]
    pub const fn with_msg_code(mut self, v: MsgCode) -> Self {
        self.set_msg_code(v);
        self
    }

    /// invalidate tag (byte 6 bits 4:0), echoed in the completion's ITag vector
    ///
    /// Bits `[76:72]`.
    #[inline]
    pub const fn itag(&self) -> u8 {
        crate::bits::get(&self.0, 72, 5) as u8
    }

    /// Set `itag` (bits `[76:72]`).
    #[inline]
    pub const fn set_itag(&mut self, v: u8) {
        debug_assert!((v as u64) >> 5 == 0, "value does not fit field `itag`");
        crate::bits::set(&mut self.0, 72, 5, v as u64);
    }

    /// This value with `itag` replaced.
    #[inline]
    #[must_use]
    pub const fn with_itag(mut self, v: u8) -> Self {
        self.set_itag(v);
        self
    }

    /// ID of the root complex sending the request
    ///
    /// Bits `[95:80]`.
    #[inline]
    pub const fn requester_id(&self) -> u16 {
        crate::bits::get(&self.0, 80, 16) as u16
    }

    /// Set `requester_id` (bits `[95:80]`).
    #[inline]
    pub const fn set_requester_id(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `requester_id`");
        crate::bits::set(&mut self.0, 80, 16, v as u64);
    }

    /// This value with `requester_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_requester_id(mut self, v: u16) -> Self {
        self.set_requester_id(v);
        self
    }

    /// TLP_FMT_TYPE_MSGD_ID, length 2
    ///
    /// Bits `[127:96]`.
    #[inline]
    pub const fn dw0(&self) -> TlpDw0 {
        TlpDw0(crate::bits::get(&self.0, 96, 32) as u32)
    }

    /// Set `dw0` (bits `[127:96]`).
    #[inline]
    pub const fn set_dw0(&mut self, v: TlpDw0) {
        crate::bits::set(&mut self.0, 96, 32, v.0 as u64);
    }

    /// This value with `dw0` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dw0(mut self, v: TlpDw0) -> Self {
        self.set_dw0(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0[i / 4] >> ((i % 4) * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0[i / 4] |= (b as u32) << ((i % 4) * 8);
        self
    }

    /// Byte image on the wire (most significant byte first, as in the PCIe figures).
    pub const fn to_be_bytes(&self) -> [u8; 16] {
        let mut out = [0u8; 16];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(Self::BYTES - 1 - i);
            i += 1;
        }
        out
    }

    /// From a byte image on the wire (most significant byte first).
    pub const fn from_be_bytes(bytes: [u8; 16]) -> Self {
        let mut v = Self([0; 4]);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(Self::BYTES - 1 - i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for TlpAtsInvalReq {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TlpAtsInvalReq")
            .field("device_id", &self.device_id())
            .field("msg_code", &self.msg_code())
            .field("itag", &self.itag())
            .field("requester_id", &self.requester_id())
            .field("dw0", &self.dw0())
            .finish()
    }
}

/// ATS invalidate request payload (8 bytes).
/// PCIe Base 6.x Figure 10-20: untranslated address \[63:12\], S (bit 11), Global Invalidate
/// (bit 0).
///
/// `ats_inval_payload_t`, 64 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AtsInvalPayload(pub u64);

impl AtsInvalPayload {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0x7fe);

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    /// invalidate the range for every PASID
    ///
    /// Bits `[0]`.
    #[inline]
    pub const fn global_inval(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `global_inval` (bits `[0]`).
    #[inline]
    pub const fn set_global_inval(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u64 & 1);
    }

    /// This value with `global_inval` replaced.
    #[inline]
    #[must_use]
    pub const fn with_global_inval(mut self, v: bool) -> Self {
        self.set_global_inval(v);
        self
    }

    /// S, the range is larger than 4 KiB (size coded in the address)
    ///
    /// Bits `[11]`.
    #[inline]
    pub const fn size(&self) -> bool {
        (self.0 >> 11) & 1 != 0
    }

    /// Set `size` (bits `[11]`).
    #[inline]
    pub const fn set_size(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 11)) | (((v) as u64 & 1) << 11);
    }

    /// This value with `size` replaced.
    #[inline]
    #[must_use]
    pub const fn with_size(mut self, v: bool) -> Self {
        self.set_size(v);
        self
    }

    /// untranslated address bits \[63:12\] of the range
    ///
    /// Bits `[63:12]`.
    #[inline]
    pub const fn untranslated_addr(&self) -> u64 {
        ((self.0 >> 12) & 0xf_ffff_ffff_ffff) as u64
    }

    /// Set `untranslated_addr` (bits `[63:12]`).
    #[inline]
    pub const fn set_untranslated_addr(&mut self, v: u64) {
        debug_assert!((v as u64) >> 52 == 0, "value does not fit field `untranslated_addr`");
        self.0 = (self.0 & !(0xf_ffff_ffff_ffff << 12)) | (((v) as u64 & 0xf_ffff_ffff_ffff) << 12);
    }

    /// This value with `untranslated_addr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_untranslated_addr(mut self, v: u64) -> Self {
        self.set_untranslated_addr(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u64) << (i * 8);
        self
    }

    /// Byte image on the wire (most significant byte first, as in the PCIe figures).
    pub const fn to_be_bytes(&self) -> [u8; 8] {
        let mut out = [0u8; 8];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(Self::BYTES - 1 - i);
            i += 1;
        }
        out
    }

    /// From a byte image on the wire (most significant byte first).
    pub const fn from_be_bytes(bytes: [u8; 8]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(Self::BYTES - 1 - i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for AtsInvalPayload {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AtsInvalPayload")
            .field("global_inval", &self.global_inval())
            .field("size", &self.size())
            .field("untranslated_addr", &self.untranslated_addr())
            .finish()
    }
}

/// ATS invalidate completion message.
/// Message without data routed by ID, code MSG_CODE_ATS_INVALIDATE_COMPLETION. PCIe Base 6.x
/// Figure 10-21: bytes 8-9 device ID, byte 11 bits 2:0 completion count, bytes 12-15 ITag
/// vector (bit n for ITag n).
///
/// `tlp_ats_inval_cpl_t`, 128 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct TlpAtsInvalCpl(pub [u32; 4]);

impl TlpAtsInvalCpl {
    /// Width in bits.
    pub const WIDTH: u32 = 128;
    /// Size in bytes.
    pub const BYTES: usize = 16;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self([0, 0xfff8, 0, 0x2_0000]);
    /// Byte offset of `dw0` in the byte image.
    pub const DW0_BYTE_OFFSET: usize = 0;

    /// From raw bits.
    pub const fn from_bits(bits: [u32; 4]) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> [u32; 4] {
        self.0
    }

    /// one bit per completed invalidate tag
    ///
    /// Bits `[31:0]`.
    #[inline]
    pub const fn itag_vector(&self) -> u32 {
        crate::bits::get(&self.0, 0, 32) as u32
    }

    /// Set `itag_vector` (bits `[31:0]`).
    #[inline]
    pub const fn set_itag_vector(&mut self, v: u32) {
        debug_assert!((v as u64) >> 32 == 0, "value does not fit field `itag_vector`");
        crate::bits::set(&mut self.0, 0, 32, v as u64);
    }

    /// This value with `itag_vector` replaced.
    #[inline]
    #[must_use]
    pub const fn with_itag_vector(mut self, v: u32) -> Self {
        self.set_itag_vector(v);
        self
    }

    /// completion count, completions sent for these requests, 0 = 8
    ///
    /// Bits `[34:32]`.
    #[inline]
    pub const fn cc(&self) -> u8 {
        crate::bits::get(&self.0, 32, 3) as u8
    }

    /// Set `cc` (bits `[34:32]`).
    #[inline]
    pub const fn set_cc(&mut self, v: u8) {
        debug_assert!((v as u64) >> 3 == 0, "value does not fit field `cc`");
        crate::bits::set(&mut self.0, 32, 3, v as u64);
    }

    /// This value with `cc` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cc(mut self, v: u8) -> Self {
        self.set_cc(v);
        self
    }

    /// root complex the completion is routed to
    ///
    /// Bits `[63:48]`.
    #[inline]
    pub const fn device_id(&self) -> u16 {
        crate::bits::get(&self.0, 48, 16) as u16
    }

    /// Set `device_id` (bits `[63:48]`).
    #[inline]
    pub const fn set_device_id(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `device_id`");
        crate::bits::set(&mut self.0, 48, 16, v as u64);
    }

    /// This value with `device_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_device_id(mut self, v: u16) -> Self {
        self.set_device_id(v);
        self
    }

    /// MSG_CODE_ATS_INVALIDATE_COMPLETION
    ///
    /// Bits `[71:64]`.
    #[inline]
    pub const fn msg_code(&self) -> MsgCode {
        MsgCode(crate::bits::get(&self.0, 64, 8) as u8)
    }

    /// Set `msg_code` (bits `[71:64]`).
    #[inline]
    pub const fn set_msg_code(&mut self, v: MsgCode) {
        debug_assert!((v.0 as u64) >> 8 == 0, "value does not fit field `msg_code`");
        crate::bits::set(&mut self.0, 64, 8, v.0 as u64);
    }

    /// This value with `msg_code` replaced.
    #[inline]
    #[must_use]
    pub const fn with_msg_code(mut self, v: MsgCode) -> Self {
        self.set_msg_code(v);
        self
    }

    /// tag (reserved)
    ///
    /// Bits `[79:72]`.
    #[inline]
    pub const fn tag(&self) -> u8 {
        crate::bits::get(&self.0, 72, 8) as u8
    }

    /// Set `tag` (bits `[79:72]`).
    #[inline]
    pub const fn set_tag(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `tag`");
        crate::bits::set(&mut self.0, 72, 8, v as u64);
    }

    /// This value with `tag` replaced.
    #[inline]
    #[must_use]
    pub const fn with_tag(mut self, v: u8) -> Self {
        self.set_tag(v);
        self
    }

    /// function that completed the invalidations
    ///
    /// Bits `[95:80]`.
    #[inline]
    pub const fn requester_id(&self) -> u16 {
        crate::bits::get(&self.0, 80, 16) as u16
    }

    /// Set `requester_id` (bits `[95:80]`).
    #[inline]
    pub const fn set_requester_id(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `requester_id`");
        crate::bits::set(&mut self.0, 80, 16, v as u64);
    }

    /// This value with `requester_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_requester_id(mut self, v: u16) -> Self {
        self.set_requester_id(v);
        self
    }

    /// TLP_FMT_TYPE_MSG_ID
    ///
    /// Bits `[127:96]`.
    #[inline]
    pub const fn dw0(&self) -> TlpDw0 {
        TlpDw0(crate::bits::get(&self.0, 96, 32) as u32)
    }

    /// Set `dw0` (bits `[127:96]`).
    #[inline]
    pub const fn set_dw0(&mut self, v: TlpDw0) {
        crate::bits::set(&mut self.0, 96, 32, v.0 as u64);
    }

    /// This value with `dw0` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dw0(mut self, v: TlpDw0) -> Self {
        self.set_dw0(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0[i / 4] >> ((i % 4) * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0[i / 4] |= (b as u32) << ((i % 4) * 8);
        self
    }

    /// Byte image on the wire (most significant byte first, as in the PCIe figures).
    pub const fn to_be_bytes(&self) -> [u8; 16] {
        let mut out = [0u8; 16];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(Self::BYTES - 1 - i);
            i += 1;
        }
        out
    }

    /// From a byte image on the wire (most significant byte first).
    pub const fn from_be_bytes(bytes: [u8; 16]) -> Self {
        let mut v = Self([0; 4]);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(Self::BYTES - 1 - i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for TlpAtsInvalCpl {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TlpAtsInvalCpl")
            .field("itag_vector", &self.itag_vector())
            .field("cc", &self.cc())
            .field("device_id", &self.device_id())
            .field("msg_code", &self.msg_code())
            .field("tag", &self.tag())
            .field("requester_id", &self.requester_id())
            .field("dw0", &self.dw0())
            .finish()
    }
}
