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
use crate::mmio::{Mmio, Reg, RegValue, Register, RO, RW, WO};

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

crate::bits::encodings! { ExtCapId(u16), 16;
    /// Address Translation Services
    ATS = 0xf,
    /// Page Request Interface
    PRI = 0x13,
    /// Process Address Space ID
    PASID = 0x1b,
}

/// Header Layout: bits 6:0 of the Header Type register (PCIe Base 6.x 7.5.1.1.9).
///
/// `header_layout_t`, 7 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct HeaderLayout(pub u8);

crate::bits::encodings! { HeaderLayout(u8), 7;
    /// Type 0 header, an endpoint function
    TYPE0 = 0,
    /// Type 1 header, a PCI-to-PCI bridge (ports)
    TYPE1 = 1,
}

/// Decoder type of a Memory Space Base Address Register (BAR bits 2:1).
///
/// `bar_mem_type_t`, 2 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct BarMemType(pub u8);

crate::bits::encodings! { BarMemType(u8), 2;
    /// 32-bit decoder
    TYPE_32 = 0,
    /// 64-bit decoder: the next BAR holds address bits \[63:32\]
    TYPE_64 = 2,
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

    crate::bits::fields! { u32;
        /// extended capability ID (see ext_cap_id_t)
        ///
        /// Bits `[15:0]`, `hwinit`.
        id set_id with_id: num(u16, 0, 0xffff);
        /// capability version
        ///
        /// Bits `[19:16]`, `hwinit`.
        version set_version with_version: num(u8, 16, 0xf);
        /// offset of the next extended capability, 0 = end of list
        ///
        /// Bits `[31:20]`, `hwinit`.
        next set_next with_next: num(u16, 20, 0xfff);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(ExtCapHdr: id version next);

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

    crate::bits::fields! { u16;
        /// Execute Requested may be set in PASID prefixes
        ///
        /// Bits `[1]`, `hwinit`.
        exec_supported set_exec_supported with_exec_supported: flag(1);
        /// Privileged Mode Requested may be set in PASID prefixes
        ///
        /// Bits `[2]`, `hwinit`.
        priv_supported set_priv_supported with_priv_supported: flag(2);
        /// translated requests may carry a PASID (not supported here)
        ///
        /// Bits `[3]`, `hwinit`.
        translated_pasid_supported set_translated_pasid_supported with_translated_pasid_supported: flag(3);
        /// PASID width supported, PASIDs are below 1 << n
        ///
        /// Bits `[12:8]`, `hwinit`.
        max_pasid_width set_max_pasid_width with_max_pasid_width: num(u8, 8, 0x1f);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(PasidCap: exec_supported priv_supported translated_pasid_supported max_pasid_width);

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

    crate::bits::fields! { u16;
        /// the function may send PASID prefixes
        ///
        /// Bits `[0]`, `rw`.
        enable set_enable with_enable: flag(0);
        /// the function may request execute permission
        ///
        /// Bits `[1]`, `rw`.
        exec_en set_exec_en with_exec_en: flag(1);
        /// the function may request privileged mode
        ///
        /// Bits `[2]`, `rw`.
        priv_en set_priv_en with_priv_en: flag(2);
        /// translated requests with PASID enable, hardwired 0 (not supported)
        ///
        /// Bits `[3]`, `hwinit`.
        translated_pasid_en set_translated_pasid_en with_translated_pasid_en: flag(3);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(PasidCtrl: enable exec_en priv_en translated_pasid_en);

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

    crate::bits::fields! { u64;
        /// extended capability header, bytes 0-3
        ///
        /// Bits `[31:0]`.
        hdr set_hdr with_hdr: sub(ExtCapHdr, u32, 0, 0xffff_ffff);
        /// PASID Capability, bytes 4-5
        ///
        /// Bits `[47:32]`.
        cap set_cap with_cap: sub(PasidCap, u16, 32, 0xffff);
        /// PASID Control, bytes 6-7
        ///
        /// Bits `[63:48]`.
        ctrl set_ctrl with_ctrl: sub(PasidCtrl, u16, 48, 0xffff);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(PasidExtCap: hdr cap ctrl);

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

    crate::bits::fields! { u16;
        /// invalidate requests the function can hold, 0 = 32
        ///
        /// Bits `[4:0]`, `hwinit`.
        inval_queue_depth set_inval_queue_depth with_inval_queue_depth: num(u8, 0, 0x1f);
        /// untranslated addresses of translation requests are page aligned
        ///
        /// Bits `[5]`, `hwinit`.
        page_aligned_request set_page_aligned_request with_page_aligned_request: flag(5);
        /// invalidate requests with the Global Invalidate bit are supported
        ///
        /// Bits `[6]`, `hwinit`.
        global_inval set_global_inval with_global_inval: flag(6);
        /// the function may set Relaxed Ordering on translation requests
        ///
        /// Bits `[7]`, `hwinit`.
        relaxed_ordering set_relaxed_ordering with_relaxed_ordering: flag(7);
        /// ATS memory attributes from completions are used (not supported here)
        ///
        /// Bits `[8]`, `hwinit`.
        ama_supported set_ama_supported with_ama_supported: flag(8);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(AtsCap: inval_queue_depth page_aligned_request global_inval relaxed_ordering ama_supported);

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

    crate::bits::fields! { u16;
        /// smallest translation unit, 4096 << n bytes
        ///
        /// Bits `[4:0]`, `rw`.
        stu set_stu with_stu: num(u8, 0, 0x1f);
        /// ATS memory attributes default, hardwired 0 (no AMA)
        ///
        /// Bits `[13:11]`, `hwinit`.
        amad set_amad with_amad: num(u8, 11, 7);
        /// ATS memory attributes enable, hardwired 0 (no AMA)
        ///
        /// Bits `[14]`, `hwinit`.
        amae set_amae with_amae: flag(14);
        /// the function may send translation requests and translated requests
        ///
        /// Bits `[15]`, `rw`.
        enable set_enable with_enable: flag(15);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(AtsCtrl: stu amad amae enable);

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

    crate::bits::fields! { u64;
        /// extended capability header, bytes 0-3
        ///
        /// Bits `[31:0]`.
        hdr set_hdr with_hdr: sub(ExtCapHdr, u32, 0, 0xffff_ffff);
        /// ATS Capability, bytes 4-5
        ///
        /// Bits `[47:32]`.
        cap set_cap with_cap: sub(AtsCap, u16, 32, 0xffff);
        /// ATS Control, bytes 6-7
        ///
        /// Bits `[63:48]`.
        ctrl set_ctrl with_ctrl: sub(AtsCtrl, u16, 48, 0xffff);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(AtsExtCap: hdr cap ctrl);

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

    crate::bits::fields! { u16;
        /// the function may send page requests
        ///
        /// Bits `[0]`, `rw`.
        enable set_enable with_enable: flag(0);
        /// write 1 (with enable clear) to clear the outstanding requests and status
        ///
        /// Bits `[1]`, `wo`.
        reset set_reset with_reset: flag(1);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(PriCtrl: enable reset);

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

    crate::bits::fields! { u16;
        /// a PRG response reported Response Failure
        ///
        /// Bits `[0]`, `rw1c`.
        response_failure set_response_failure with_response_failure: flag(0);
        /// a PRG response named a group with no request outstanding
        ///
        /// Bits `[1]`, `rw1c`.
        unexpected_prg_index set_unexpected_prg_index with_unexpected_prg_index: flag(1);
        /// enable is clear and no page request is outstanding
        ///
        /// Bits `[8]`, `ro`.
        stopped set_stopped with_stopped: flag(8);
        /// PRG responses must carry the PASID of the request
        ///
        /// Bits `[15]`, `hwinit`.
        prg_resp_pasid_required set_prg_resp_pasid_required with_prg_resp_pasid_required: flag(15);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(PriStatus: response_failure unexpected_prg_index stopped prg_resp_pasid_required);

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

    crate::bits::fields! { u32;
        /// page requests the function can have outstanding
        ///
        /// Bits `[31:0]`, `hwinit`.
        capacity set_capacity with_capacity: num(u32, 0, 0xffff_ffff);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(PriReqCapacity: capacity);

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

    crate::bits::fields! { u32;
        /// page requests the function may have outstanding, set by software
        ///
        /// Bits `[31:0]`, `rw`.
        alloc set_alloc with_alloc: num(u32, 0, 0xffff_ffff);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(PriReqAlloc: alloc);

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

    crate::bits::fields! { words;
        /// extended capability header, bytes 0-3
        ///
        /// Bits `[31:0]`.
        hdr set_hdr with_hdr: wsub(ExtCapHdr, u32, 0, 32);
        /// Page Request Control, bytes 4-5
        ///
        /// Bits `[47:32]`.
        ctrl set_ctrl with_ctrl: wsub(PriCtrl, u16, 32, 16);
        /// Page Request Status, bytes 6-7
        ///
        /// Bits `[63:48]`.
        status set_status with_status: wsub(PriStatus, u16, 48, 16);
        /// Outstanding Page Request Capacity, bytes 8-11
        ///
        /// Bits `[95:64]`.
        req_capacity set_req_capacity with_req_capacity: wsub(PriReqCapacity, u32, 64, 32);
        /// Outstanding Page Request Allocation, bytes 12-15
        ///
        /// Bits `[127:96]`.
        req_alloc set_req_alloc with_req_alloc: wsub(PriReqAlloc, u32, 96, 32);
    }

    crate::bits::byte_image!(le words 16);
}

crate::bits::debug_fields!(PriExtCap: hdr ctrl status req_capacity req_alloc);

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

    crate::bits::fields! { u32;
        /// I/O space indicator, 0 = memory
        ///
        /// Bits `[0]`, `hwinit`.
        io_space set_io_space with_io_space: flag(0);
        /// decoder type
        ///
        /// Bits `[2:1]`, `hwinit`.
        mem_type set_mem_type with_mem_type: enm(BarMemType, u8, 1, 3);
        /// reads have no side effects
        ///
        /// Bits `[3]`, `hwinit`.
        prefetchable set_prefetchable with_prefetchable: flag(3);
        /// base address bits \[31:4\], bits below the BAR size read zero
        ///
        /// Bits `[31:4]`, `rw`.
        address set_address with_address: num(u32, 4, 0xfff_ffff);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(MemBar: io_space mem_type prefetchable address);

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

    crate::bits::fields! { u16;
        /// function number
        ///
        /// Bits `[2:0]`.
        func set_func with_func: num(u8, 0, 7);
        /// device number
        ///
        /// Bits `[7:3]`.
        device set_device with_device: num(u8, 3, 0x1f);
        /// bus number
        ///
        /// Bits `[15:8]`.
        bus set_bus with_bus: num(u8, 8, 0xff);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(RoutingId: func device bus);
