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
use crate::mmio::{Mmio, Reg, RegValue, Register, RO, RW, WO};

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

crate::bits::encodings! { XlateKind(u8), 2;
    /// memory access with an untranslated address (IOVA)
    UNTRANSLATED = 0,
    /// memory access with an address from an ATS translation
    TRANSLATED = 1,
    /// PCIe ATS Translation Request
    ATS = 2,
    /// PCIe Page Request / Stop Marker message: locate the device context only
    PAGE_REQUEST = 3,
}

/// Outcome of a translation.
///
/// `xlate_status_t`, 2 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct XlateStatus(pub u8);

crate::bits::encodings! { XlateStatus(u8), 2;
    /// access allowed / ATS Success (possibly granting nothing)
    OK = 0,
    /// untranslated/translated access aborted with cause
    FAULT = 1,
    /// ATS Translation Request answered Unsupported Request
    ATS_UR = 2,
    /// ATS Translation Request answered Completer Abort
    ATS_CA = 3,
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

    crate::bits::fields! { words;
        /// the address (IOVA, or the translated address)
        ///
        /// Bits `[63:0]`.
        iova set_iova with_iova: wnum(u64, 0, 64, 0xffff_ffff_ffff_ffff);
        /// untranslated, translated or ATS Translation Request
        ///
        /// Bits `[71:70]`.
        kind set_kind with_kind: wenm(XlateKind, u8, 70, 2, 3);
        /// write access / ATS write permission asked (NW = 0)
        ///
        /// Bits `[72]`.
        write set_write with_write: wflag(72);
        /// read for execute / ATS Execute Requested
        ///
        /// Bits `[73]`.
        exec set_exec with_exec: wflag(73);
        /// Privileged Mode Requested (meaningful only with pv)
        ///
        /// Bits `[74]`.
        r#priv set_priv with_priv: wflag(74);
        /// the request carries a process_id
        ///
        /// Bits `[75]`.
        pv set_pv with_pv: wflag(75);
        /// process_id (PASID) when pv is 1
        ///
        /// Bits `[95:76]`.
        process_id set_process_id with_process_id: wnum(u32, 76, 20, 0xf_ffff);
        /// requester's device_id
        ///
        /// Bits `[119:96]`.
        device_id set_device_id with_device_id: wnum(u32, 96, 24, 0xff_ffff);
        /// requester's tag, returned in the response
        ///
        /// Bits `[127:120]`.
        tag set_tag with_tag: wnum(u8, 120, 8, 0xff);
    }

    crate::bits::byte_image!(le words 16);
}

crate::bits::debug_fields!(XlateReq: iova kind write exec r#priv pv process_id device_id tag);

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

    crate::bits::fields! { words;
        /// physical page number (4 KiB) holding the address
        ///
        /// Bits `[43:0]`.
        ppn set_ppn with_ppn: wnum(u64, 0, 44, 0xfff_ffff_ffff);
        /// read allowed
        ///
        /// Bits `[44]`.
        r set_r with_r: wflag(44);
        /// write allowed
        ///
        /// Bits `[45]`.
        w set_w with_w: wflag(45);
        /// execute allowed
        ///
        /// Bits `[46]`.
        x set_x with_x: wflag(46);
        /// U bit of the leaf
        ///
        /// Bits `[47]`.
        u set_u with_u: wflag(47);
        /// the mapping is global
        ///
        /// Bits `[48]`.
        g set_g with_g: wflag(48);
        /// ATS completion Priv field (PMR of the request's PASID)
        ///
        /// Bits `[49]`.
        r#priv set_priv with_priv: wflag(49);
        /// log2 of the bytes the mapping covers
        ///
        /// Bits `[55:50]`.
        size_log2 set_size_log2 with_size_log2: wnum(u8, 50, 6, 0x3f);
        /// outcome
        ///
        /// Bits `[57:56]`.
        status set_status with_status: wenm(XlateStatus, u8, 56, 2, 3);
        /// PAGE_REQUEST OK: the device context's PRPR bit
        ///
        /// Bits `[100]`.
        prpr set_prpr with_prpr: wflag(100);
        /// a fault record was handed to the fault queue
        ///
        /// Bits `[101]`.
        queued set_queued with_queued: wflag(101);
        /// transaction type (iommu_mem_pkg::ttyp_t) when not OK
        ///
        /// Bits `[107:102]`.
        ttyp set_ttyp with_ttyp: wnum(u8, 102, 6, 0x3f);
        /// fault cause (iommu_mem_pkg::fault_cause_t) when not OK
        ///
        /// Bits `[119:108]`.
        cause set_cause with_cause: wnum(u16, 108, 12, 0xfff);
        /// the request's tag
        ///
        /// Bits `[127:120]`.
        tag set_tag with_tag: wnum(u8, 120, 8, 0xff);
    }

    crate::bits::byte_image!(le words 16);
}

crate::bits::debug_fields!(XlateRsp: ppn r w x u g r#priv size_log2 status prpr queued ttyp cause tag);
