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
use crate::mmio::{Mmio, Reg, RegValue, Register, RO, RW, WO};

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

crate::bits::encodings! { TlpFmt(u8), 3;
    /// 3 DW header, no data
    NO_DATA_3DW = 0,
    /// 4 DW header, no data
    NO_DATA_4DW = 1,
    /// 3 DW header, with data
    DATA_3DW = 2,
    /// 4 DW header, with data
    DATA_4DW = 3,
    /// TLP prefix
    PREFIX = 4,
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

crate::bits::encodings! { TlpFmtType(u8), 8;
    /// memory read, 32-bit address
    MRD32 = 0,
    /// memory read, 64-bit address
    MRD64 = 0x20,
    /// locked memory read, 32-bit address
    MRDLK32 = 1,
    /// locked memory read, 64-bit address
    MRDLK64 = 0x21,
    /// memory write, 32-bit address
    MWR32 = 0x40,
    /// memory write, 64-bit address
    MWR64 = 0x60,
    /// I/O read
    IORD = 2,
    /// I/O write
    IOWR = 0x42,
    /// Type 0 configuration read
    CFGRD0 = 4,
    /// Type 0 configuration write
    CFGWR0 = 0x44,
    /// Type 1 configuration read
    CFGRD1 = 5,
    /// Type 1 configuration write
    CFGWR1 = 0x45,
    /// completion without data
    CPL = 0xa,
    /// completion with data
    CPLD = 0x4a,
    /// completion for a locked read, without data
    CPLLK = 0xb,
    /// completion for a locked read, with data
    CPLDLK = 0x4b,
    /// AtomicOp FetchAdd, 32-bit address
    FETCHADD32 = 0x4c,
    /// AtomicOp FetchAdd, 64-bit address
    FETCHADD64 = 0x6c,
    /// AtomicOp Swap, 32-bit address
    SWAP32 = 0x4d,
    /// AtomicOp Swap, 64-bit address
    SWAP64 = 0x6d,
    /// AtomicOp CompareAndSwap, 32-bit address
    CAS32 = 0x4e,
    /// AtomicOp CompareAndSwap, 64-bit address
    CAS64 = 0x6e,
    /// message without data, routed to the root complex
    MSG_RC = 0x30,
    /// message without data, routed by address
    MSG_ADDR = 0x31,
    /// message without data, routed by ID
    MSG_ID = 0x32,
    /// message without data, broadcast from the root complex
    MSG_BCAST = 0x33,
    /// message without data, terminated at the receiver
    MSG_LOCAL = 0x34,
    /// message without data, gathered and routed to the root complex
    MSG_GATHER = 0x35,
    /// message with data, routed to the root complex
    MSGD_RC = 0x70,
    /// message with data, routed by address
    MSGD_ADDR = 0x71,
    /// message with data, routed by ID
    MSGD_ID = 0x72,
    /// message with data, broadcast from the root complex
    MSGD_BCAST = 0x73,
    /// message with data, terminated at the receiver
    MSGD_LOCAL = 0x74,
    /// message with data, gathered and routed to the root complex
    MSGD_GATHER = 0x75,
    /// Local TLP prefix, MR-IOV
    PREFIX_MRIOV = 0x80,
    /// Local TLP prefix, vendor defined 0
    PREFIX_VENDOR_L0 = 0x8e,
    /// Local TLP prefix, vendor defined 1
    PREFIX_VENDOR_L1 = 0x8f,
    /// End-End TLP prefix, extended TPH
    PREFIX_EXT_TPH = 0x90,
    /// End-End TLP prefix, PASID (tlp_pasid_prefix_t)
    PREFIX_PASID = 0x91,
    /// End-End TLP prefix, IDE TLP (integrity and data encryption)
    PREFIX_IDE = 0x92,
    /// End-End TLP prefix, vendor defined 0
    PREFIX_VENDOR_E0 = 0x9e,
    /// End-End TLP prefix, vendor defined 1
    PREFIX_VENDOR_E1 = 0x9f,
}

/// Address Type (AT) of memory requests.
///
/// `at_t`, 2 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct At(pub u8);

crate::bits::encodings! { At(u8), 2;
    /// untranslated address, the IOMMU translates it
    UNTRANSLATED = 0,
    /// ATS translation request (a memory read)
    TRANSLATION_REQUEST = 1,
    /// address already translated through ATS
    TRANSLATED = 2,
}

/// Completion Status.
///
/// `cpl_status_t`, 3 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct CplStatus(pub u8);

crate::bits::encodings! { CplStatus(u8), 3;
    /// successful completion
    SC = 0,
    /// unsupported request
    UR = 1,
    /// configuration request retry status
    CRS = 2,
    /// completer abort
    CA = 4,
}

/// Message Code (byte 7 of a message header).
///
/// `msg_code_t`, 8 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct MsgCode(pub u8);

crate::bits::encodings! { MsgCode(u8), 8;
    /// unlock (routed broadcast)
    UNLOCK = 0,
    /// ATS invalidate request (message with data, by ID)
    ATS_INVALIDATE_REQUEST = 1,
    /// ATS invalidate completion (by ID)
    ATS_INVALIDATE_COMPLETION = 2,
    /// PRI page request (to the root complex)
    PAGE_REQUEST = 4,
    /// PRI page request group response (by ID)
    PRG_RESPONSE = 5,
    /// latency tolerance reporting
    LTR = 0x10,
    /// optimized buffer flush/fill
    OBFF = 0x12,
    /// PM active state NAK
    PM_ACTIVE_STATE_NAK = 0x14,
    /// power management event
    PM_PME = 0x18,
    /// PME turn off (broadcast)
    PME_TURN_OFF = 0x19,
    /// PME turn off acknowledge (gathered)
    PME_TO_ACK = 0x1b,
    /// assert INTA
    ASSERT_INTA = 0x20,
    /// assert INTB
    ASSERT_INTB = 0x21,
    /// assert INTC
    ASSERT_INTC = 0x22,
    /// assert INTD
    ASSERT_INTD = 0x23,
    /// deassert INTA
    DEASSERT_INTA = 0x24,
    /// deassert INTB
    DEASSERT_INTB = 0x25,
    /// deassert INTC
    DEASSERT_INTC = 0x26,
    /// deassert INTD
    DEASSERT_INTD = 0x27,
    /// correctable error
    ERR_COR = 0x30,
    /// uncorrectable non-fatal error
    ERR_NONFATAL = 0x31,
    /// uncorrectable fatal error
    ERR_FATAL = 0x33,
    /// set slot power limit (message with data)
    SET_SLOT_POWER_LIMIT = 0x50,
    /// precision time measurement request
    PTM_REQUEST = 0x52,
    /// precision time measurement response
    PTM_RESPONSE = 0x53,
    /// vendor defined, type 0 (UR if unsupported)
    VENDOR_TYPE0 = 0x7e,
    /// vendor defined, type 1 (silently dropped if unsupported)
    VENDOR_TYPE1 = 0x7f,
}

/// Response Code of a PRG response message.
///
/// `prg_resp_code_t`, 4 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PrgRespCode(pub u8);

crate::bits::encodings! { PrgRespCode(u8), 4;
    /// all pages of the group are available, retry the accesses
    SUCCESS = 0,
    /// at least one page could not be made available
    INVALID_REQUEST = 1,
    /// unrecoverable failure, the function stops issuing page requests
    RESPONSE_FAILURE = 0xf,
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

    crate::bits::fields! { u32;
        /// payload length in DWORDs, 0 = 1024
        ///
        /// Bits `[9:0]`.
        length set_length with_length: num(u16, 0, 0x3ff);
        /// address type (memory requests, else reserved)
        ///
        /// Bits `[11:10]`.
        at set_at with_at: enm(At, u8, 10, 3);
        /// attribute bits \[1:0\], relaxed ordering (1) and no snoop (0)
        ///
        /// Bits `[13:12]`.
        attr set_attr with_attr: num(u8, 12, 3);
        /// poisoned data
        ///
        /// Bits `[14]`.
        ep set_ep with_ep: flag(14);
        /// TLP digest (ECRC) present
        ///
        /// Bits `[15]`.
        td set_td with_td: flag(15);
        /// TLP processing hints present
        ///
        /// Bits `[16]`.
        th set_th with_th: flag(16);
        /// attribute bit 2, ID-based ordering
        ///
        /// Bits `[18]`.
        attr2 set_attr2 with_attr2: flag(18);
        /// tag bit 8 (10-bit tags)
        ///
        /// Bits `[19]`.
        t8 set_t8 with_t8: flag(19);
        /// traffic class
        ///
        /// Bits `[22:20]`.
        tc set_tc with_tc: num(u8, 20, 7);
        /// tag bit 9 (10-bit tags)
        ///
        /// Bits `[23]`.
        t9 set_t9 with_t9: flag(23);
        /// format and type
        ///
        /// Bits `[31:24]`.
        fmt_type set_fmt_type with_fmt_type: enm(TlpFmtType, u8, 24, 0xff);
    }

    crate::bits::byte_image!(be u32 4);
}

crate::bits::debug_fields!(TlpDw0: length at attr ep td th attr2 t8 tc t9 fmt_type);

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

    crate::bits::fields! { u32;
        /// process address space ID
        ///
        /// Bits `[19:0]`.
        pasid set_pasid with_pasid: num(u32, 0, 0xf_ffff);
        /// execute requested (byte 1 bit 6)
        ///
        /// Bits `[22]`.
        er set_er with_er: flag(22);
        /// privileged mode requested (byte 1 bit 7)
        ///
        /// Bits `[23]`.
        pmr set_pmr with_pmr: flag(23);
        /// prefix format and type, TLP_FMT_TYPE_PREFIX_PASID
        ///
        /// Bits `[31:24]`.
        fmt_type set_fmt_type with_fmt_type: enm(TlpFmtType, u8, 24, 0xff);
    }

    crate::bits::byte_image!(be u32 4);
}

crate::bits::debug_fields!(TlpPasidPrefix: pasid er pmr fmt_type);

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

    crate::bits::fields! { words;
        /// processing hint (when th is set)
        ///
        /// Bits `[1:0]`.
        ph set_ph with_ph: wnum(u8, 0, 2, 3);
        /// address bits \[31:2\]
        ///
        /// Bits `[31:2]`.
        address set_address with_address: wnum(u32, 2, 30, 0x3fff_ffff);
        /// byte enables of the first DWORD
        ///
        /// Bits `[35:32]`.
        first_be set_first_be with_first_be: wnum(u8, 32, 4, 0xf);
        /// byte enables of the last DWORD
        ///
        /// Bits `[39:36]`.
        last_be set_last_be with_last_be: wnum(u8, 36, 4, 0xf);
        /// tag bits \[7:0\]
        ///
        /// Bits `[47:40]`.
        tag set_tag with_tag: wnum(u8, 40, 8, 0xff);
        /// bus, device and function of the requester
        ///
        /// Bits `[63:48]`.
        requester_id set_requester_id with_requester_id: wnum(u16, 48, 16, 0xffff);
        /// format, type, attributes, length
        ///
        /// Bits `[95:64]`.
        dw0 set_dw0 with_dw0: wsub(TlpDw0, u32, 64, 32);
    }

    crate::bits::byte_image!(be words 12);
}

crate::bits::debug_fields!(TlpMemReq3dw: ph address first_be last_be tag requester_id dw0);

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

    crate::bits::fields! { words;
        /// processing hint (when th is set)
        ///
        /// Bits `[1:0]`.
        ph set_ph with_ph: wnum(u8, 0, 2, 3);
        /// address bits \[63:2\]
        ///
        /// Bits `[63:2]`.
        address set_address with_address: wnum(u64, 2, 62, 0x3fff_ffff_ffff_ffff);
        /// byte enables of the first DWORD
        ///
        /// Bits `[67:64]`.
        first_be set_first_be with_first_be: wnum(u8, 64, 4, 0xf);
        /// byte enables of the last DWORD
        ///
        /// Bits `[71:68]`.
        last_be set_last_be with_last_be: wnum(u8, 68, 4, 0xf);
        /// tag bits \[7:0\]
        ///
        /// Bits `[79:72]`.
        tag set_tag with_tag: wnum(u8, 72, 8, 0xff);
        /// bus, device and function of the requester
        ///
        /// Bits `[95:80]`.
        requester_id set_requester_id with_requester_id: wnum(u16, 80, 16, 0xffff);
        /// format, type, attributes, length
        ///
        /// Bits `[127:96]`.
        dw0 set_dw0 with_dw0: wsub(TlpDw0, u32, 96, 32);
    }

    crate::bits::byte_image!(be words 16);
}

crate::bits::debug_fields!(TlpMemReq4dw: ph address first_be last_be tag requester_id dw0);

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

    crate::bits::fields! { words;
        /// no write, read-only access is enough
        ///
        /// Bits `[0]`.
        nw set_nw with_nw: wflag(0);
        /// CXL Src, the request comes from a CXL function; zero here (no CXL)
        ///
        /// Bits `[3]`.
        cxl_src set_cxl_src with_cxl_src: wflag(3);
        /// untranslated address bits \[31:12\]
        ///
        /// Bits `[31:12]`.
        untranslated_addr set_untranslated_addr with_untranslated_addr: wnum(u32, 12, 20, 0xf_ffff);
        /// byte enables of the first DWORD
        ///
        /// Bits `[35:32]`.
        first_be set_first_be with_first_be: wnum(u8, 32, 4, 0xf);
        /// byte enables of the last DWORD
        ///
        /// Bits `[39:36]`.
        last_be set_last_be with_last_be: wnum(u8, 36, 4, 0xf);
        /// tag bits \[7:0\]
        ///
        /// Bits `[47:40]`.
        tag set_tag with_tag: wnum(u8, 40, 8, 0xff);
        /// bus, device and function of the requester
        ///
        /// Bits `[63:48]`.
        requester_id set_requester_id with_requester_id: wnum(u16, 48, 16, 0xffff);
        /// memory read, AT = translation request
        ///
        /// Bits `[95:64]`.
        dw0 set_dw0 with_dw0: wsub(TlpDw0, u32, 64, 32);
    }

    crate::bits::byte_image!(be words 12);
}

crate::bits::debug_fields!(TlpAtsTransReq3dw: nw cxl_src untranslated_addr first_be last_be tag requester_id dw0);

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

    crate::bits::fields! { words;
        /// no write, read-only access is enough
        ///
        /// Bits `[0]`.
        nw set_nw with_nw: wflag(0);
        /// CXL Src, the request comes from a CXL function; zero here (no CXL)
        ///
        /// Bits `[3]`.
        cxl_src set_cxl_src with_cxl_src: wflag(3);
        /// untranslated address bits \[63:12\]
        ///
        /// Bits `[63:12]`.
        untranslated_addr set_untranslated_addr with_untranslated_addr: wnum(u64, 12, 52, 0xf_ffff_ffff_ffff);
        /// byte enables of the first DWORD
        ///
        /// Bits `[67:64]`.
        first_be set_first_be with_first_be: wnum(u8, 64, 4, 0xf);
        /// byte enables of the last DWORD
        ///
        /// Bits `[71:68]`.
        last_be set_last_be with_last_be: wnum(u8, 68, 4, 0xf);
        /// tag bits \[7:0\]
        ///
        /// Bits `[79:72]`.
        tag set_tag with_tag: wnum(u8, 72, 8, 0xff);
        /// bus, device and function of the requester
        ///
        /// Bits `[95:80]`.
        requester_id set_requester_id with_requester_id: wnum(u16, 80, 16, 0xffff);
        /// memory read, AT = translation request
        ///
        /// Bits `[127:96]`.
        dw0 set_dw0 with_dw0: wsub(TlpDw0, u32, 96, 32);
    }

    crate::bits::byte_image!(be words 16);
}

crate::bits::debug_fields!(TlpAtsTransReq4dw: nw cxl_src untranslated_addr first_be last_be tag requester_id dw0);

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

    crate::bits::fields! { u64;
        /// R, reads are permitted
        ///
        /// Bits `[0]`.
        read_perm set_read_perm with_read_perm: flag(0);
        /// W, writes are permitted
        ///
        /// Bits `[1]`.
        write_perm set_write_perm with_write_perm: flag(1);
        /// U, use untranslated requests only for this range
        ///
        /// Bits `[2]`.
        untranslated_only set_untranslated_only with_untranslated_only: flag(2);
        /// Exe, execution is permitted
        ///
        /// Bits `[3]`.
        execute set_execute with_execute: flag(3);
        /// Priv, the permissions are for privileged mode
        ///
        /// Bits `[4]`.
        privileged set_privileged with_privileged: flag(4);
        /// Global, the translation holds for every PASID
        ///
        /// Bits `[5]`.
        global_map set_global_map with_global_map: flag(5);
        /// AMA, ATS memory attributes (implementation defined); zero here (no AMA)
        ///
        /// Bits `[8:6]`.
        ama set_ama with_ama: num(u8, 6, 7);
        /// CXL.io, requests to the page are limited to CXL.io; zero here (no CXL)
        ///
        /// Bits `[9]`.
        cxl_io set_cxl_io with_cxl_io: flag(9);
        /// N, accesses through this translation must use no snoop
        ///
        /// Bits `[10]`.
        no_snoop set_no_snoop with_no_snoop: flag(10);
        /// S, the translation covers more than 4 KiB (size coded in the address)
        ///
        /// Bits `[11]`.
        size set_size with_size: flag(11);
        /// translated address bits \[63:12\]
        ///
        /// Bits `[63:12]`.
        translated_addr set_translated_addr with_translated_addr: num(u64, 12, 0xf_ffff_ffff_ffff);
    }

    crate::bits::byte_image!(be u64 8);
}

crate::bits::debug_fields!(AtsCplEntry: read_perm write_perm untranslated_only execute privileged global_map ama cxl_io no_snoop size translated_addr);

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

    crate::bits::fields! { words;
        /// address bits \[6:0\] of the first byte returned
        ///
        /// Bits `[6:0]`.
        lower_address set_lower_address with_lower_address: wnum(u8, 0, 7, 0x7f);
        /// tag bits \[7:0\] of the request
        ///
        /// Bits `[15:8]`.
        tag set_tag with_tag: wnum(u8, 8, 8, 0xff);
        /// requester ID of the request
        ///
        /// Bits `[31:16]`.
        requester_id set_requester_id with_requester_id: wnum(u16, 16, 16, 0xffff);
        /// bytes left to transfer including this completion, 0 = 4096
        ///
        /// Bits `[43:32]`.
        byte_count set_byte_count with_byte_count: wnum(u16, 32, 12, 0xfff);
        /// byte count modified (PCI-X completers only)
        ///
        /// Bits `[44]`.
        bcm set_bcm with_bcm: wflag(44);
        /// completion status
        ///
        /// Bits `[47:45]`.
        status set_status with_status: wenm(CplStatus, u8, 45, 3, 7);
        /// bus, device and function of the completer
        ///
        /// Bits `[63:48]`.
        completer_id set_completer_id with_completer_id: wnum(u16, 48, 16, 0xffff);
        /// format, type, attributes, length
        ///
        /// Bits `[95:64]`.
        dw0 set_dw0 with_dw0: wsub(TlpDw0, u32, 64, 32);
    }

    crate::bits::byte_image!(be words 12);
}

crate::bits::debug_fields!(TlpCpl: lower_address tag requester_id byte_count bcm status completer_id dw0);

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

    crate::bits::fields! { words;
        /// register number, register address bits \[7:2\]
        ///
        /// Bits `[7:2]`.
        reg_num set_reg_num with_reg_num: wnum(u8, 2, 6, 0x3f);
        /// extended register number, register address bits \[11:8\]
        ///
        /// Bits `[11:8]`.
        ext_reg_num set_ext_reg_num with_ext_reg_num: wnum(u8, 8, 4, 0xf);
        /// target function number
        ///
        /// Bits `[18:16]`.
        func set_func with_func: wnum(u8, 16, 3, 7);
        /// target device number
        ///
        /// Bits `[23:19]`.
        device set_device with_device: wnum(u8, 19, 5, 0x1f);
        /// target bus number
        ///
        /// Bits `[31:24]`.
        bus set_bus with_bus: wnum(u8, 24, 8, 0xff);
        /// byte enables
        ///
        /// Bits `[35:32]`.
        first_be set_first_be with_first_be: wnum(u8, 32, 4, 0xf);
        /// last DWORD byte enables, zero
        ///
        /// Bits `[39:36]`.
        last_be set_last_be with_last_be: wnum(u8, 36, 4, 0xf);
        /// tag bits \[7:0\]
        ///
        /// Bits `[47:40]`.
        tag set_tag with_tag: wnum(u8, 40, 8, 0xff);
        /// bus, device and function of the requester
        ///
        /// Bits `[63:48]`.
        requester_id set_requester_id with_requester_id: wnum(u16, 48, 16, 0xffff);
        /// format, type (CfgRd0/1, CfgWr0/1), length 1
        ///
        /// Bits `[95:64]`.
        dw0 set_dw0 with_dw0: wsub(TlpDw0, u32, 64, 32);
    }

    crate::bits::byte_image!(be words 12);
}

crate::bits::debug_fields!(TlpCfgReq: reg_num ext_reg_num func device bus first_be last_be tag requester_id dw0);

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

    crate::bits::fields! { words;
        /// header bytes 12 to 15, message specific
        ///
        /// Bits `[31:0]`.
        dw3 set_dw3 with_dw3: wnum(u32, 0, 32, 0xffff_ffff);
        /// header bytes 8 to 11, message specific
        ///
        /// Bits `[63:32]`.
        dw2 set_dw2 with_dw2: wnum(u32, 32, 32, 0xffff_ffff);
        /// message code
        ///
        /// Bits `[71:64]`.
        msg_code set_msg_code with_msg_code: wenm(MsgCode, u8, 64, 8, 0xff);
        /// tag (reserved for most messages)
        ///
        /// Bits `[79:72]`.
        tag set_tag with_tag: wnum(u8, 72, 8, 0xff);
        /// bus, device and function of the sender
        ///
        /// Bits `[95:80]`.
        requester_id set_requester_id with_requester_id: wnum(u16, 80, 16, 0xffff);
        /// message format and type (routing)
        ///
        /// Bits `[127:96]`.
        dw0 set_dw0 with_dw0: wsub(TlpDw0, u32, 96, 32);
    }

    crate::bits::byte_image!(be words 16);
}

crate::bits::debug_fields!(TlpMsg: dw3 dw2 msg_code tag requester_id dw0);

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

    crate::bits::fields! { words;
        /// read access requested
        ///
        /// Bits `[0]`.
        read_access set_read_access with_read_access: wflag(0);
        /// write access requested
        ///
        /// Bits `[1]`.
        write_access set_write_access with_write_access: wflag(1);
        /// last request of the group
        ///
        /// Bits `[2]`.
        last set_last with_last: wflag(2);
        /// page request group index
        ///
        /// Bits `[11:3]`.
        prg_index set_prg_index with_prg_index: wnum(u16, 3, 9, 0x1ff);
        /// page address bits \[63:12\]
        ///
        /// Bits `[63:12]`.
        page_addr set_page_addr with_page_addr: wnum(u64, 12, 52, 0xf_ffff_ffff_ffff);
        /// MSG_CODE_PAGE_REQUEST
        ///
        /// Bits `[71:64]`.
        msg_code set_msg_code with_msg_code: wenm(MsgCode, u8, 64, 8, 0xff);
        /// tag
        ///
        /// Bits `[79:72]`.
        tag set_tag with_tag: wnum(u8, 72, 8, 0xff);
        /// function asking for the page
        ///
        /// Bits `[95:80]`.
        requester_id set_requester_id with_requester_id: wnum(u16, 80, 16, 0xffff);
        /// TLP_FMT_TYPE_MSG_RC
        ///
        /// Bits `[127:96]`.
        dw0 set_dw0 with_dw0: wsub(TlpDw0, u32, 96, 32);
    }

    crate::bits::byte_image!(be words 16);
}

crate::bits::debug_fields!(TlpPageReq: read_access write_access last prg_index page_addr msg_code tag requester_id dw0);

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

    crate::bits::fields! { words;
        /// page request group index being answered
        ///
        /// Bits `[40:32]`.
        prg_index set_prg_index with_prg_index: wnum(u16, 32, 9, 0x1ff);
        /// outcome of the page request group
        ///
        /// Bits `[47:44]`.
        resp_code set_resp_code with_resp_code: wenm(PrgRespCode, u8, 44, 4, 0xf);
        /// function that sent the page requests
        ///
        /// Bits `[63:48]`.
        destination_id set_destination_id with_destination_id: wnum(u16, 48, 16, 0xffff);
        /// MSG_CODE_PRG_RESPONSE
        ///
        /// Bits `[71:64]`.
        msg_code set_msg_code with_msg_code: wenm(MsgCode, u8, 64, 8, 0xff);
        /// tag
        ///
        /// Bits `[79:72]`.
        tag set_tag with_tag: wnum(u8, 72, 8, 0xff);
        /// ID of the root complex sending the response
        ///
        /// Bits `[95:80]`.
        requester_id set_requester_id with_requester_id: wnum(u16, 80, 16, 0xffff);
        /// TLP_FMT_TYPE_MSG_ID
        ///
        /// Bits `[127:96]`.
        dw0 set_dw0 with_dw0: wsub(TlpDw0, u32, 96, 32);
    }

    crate::bits::byte_image!(be words 16);
}

crate::bits::debug_fields!(TlpPrgResp: prg_index resp_code destination_id msg_code tag requester_id dw0);

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

    crate::bits::fields! { words;
        /// function whose translation cache is invalidated
        ///
        /// Bits `[63:48]`.
        device_id set_device_id with_device_id: wnum(u16, 48, 16, 0xffff);
        /// MSG_CODE_ATS_INVALIDATE_REQUEST
        ///
        /// Bits `[71:64]`.
        msg_code set_msg_code with_msg_code: wenm(MsgCode, u8, 64, 8, 0xff);
        /// invalidate tag (byte 6 bits 4:0), echoed in the completion's ITag vector
        ///
        /// Bits `[76:72]`.
        itag set_itag with_itag: wnum(u8, 72, 5, 0x1f);
        /// ID of the root complex sending the request
        ///
        /// Bits `[95:80]`.
        requester_id set_requester_id with_requester_id: wnum(u16, 80, 16, 0xffff);
        /// TLP_FMT_TYPE_MSGD_ID, length 2
        ///
        /// Bits `[127:96]`.
        dw0 set_dw0 with_dw0: wsub(TlpDw0, u32, 96, 32);
    }

    crate::bits::byte_image!(be words 16);
}

crate::bits::debug_fields!(TlpAtsInvalReq: device_id msg_code itag requester_id dw0);

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

    crate::bits::fields! { u64;
        /// invalidate the range for every PASID
        ///
        /// Bits `[0]`.
        global_inval set_global_inval with_global_inval: flag(0);
        /// S, the range is larger than 4 KiB (size coded in the address)
        ///
        /// Bits `[11]`.
        size set_size with_size: flag(11);
        /// untranslated address bits \[63:12\] of the range
        ///
        /// Bits `[63:12]`.
        untranslated_addr set_untranslated_addr with_untranslated_addr: num(u64, 12, 0xf_ffff_ffff_ffff);
    }

    crate::bits::byte_image!(be u64 8);
}

crate::bits::debug_fields!(AtsInvalPayload: global_inval size untranslated_addr);

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

    crate::bits::fields! { words;
        /// one bit per completed invalidate tag
        ///
        /// Bits `[31:0]`.
        itag_vector set_itag_vector with_itag_vector: wnum(u32, 0, 32, 0xffff_ffff);
        /// completion count, completions sent for these requests, 0 = 8
        ///
        /// Bits `[34:32]`.
        cc set_cc with_cc: wnum(u8, 32, 3, 7);
        /// root complex the completion is routed to
        ///
        /// Bits `[63:48]`.
        device_id set_device_id with_device_id: wnum(u16, 48, 16, 0xffff);
        /// MSG_CODE_ATS_INVALIDATE_COMPLETION
        ///
        /// Bits `[71:64]`.
        msg_code set_msg_code with_msg_code: wenm(MsgCode, u8, 64, 8, 0xff);
        /// tag (reserved)
        ///
        /// Bits `[79:72]`.
        tag set_tag with_tag: wnum(u8, 72, 8, 0xff);
        /// function that completed the invalidations
        ///
        /// Bits `[95:80]`.
        requester_id set_requester_id with_requester_id: wnum(u16, 80, 16, 0xffff);
        /// TLP_FMT_TYPE_MSG_ID
        ///
        /// Bits `[127:96]`.
        dw0 set_dw0 with_dw0: wsub(TlpDw0, u32, 96, 32);
    }

    crate::bits::byte_image!(be words 16);
}

crate::bits::debug_fields!(TlpAtsInvalCpl: itag_vector cc device_id msg_code tag requester_id dw0);
