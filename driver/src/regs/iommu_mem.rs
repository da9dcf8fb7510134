// Generated from regmaps/iommu_mem_pkg.sv by codegen (`cargo xtask codegen`); do not edit.
//! RISC-V IOMMU in-memory formats (little-endian, doublewords as 64-bit values).
//!
//! Everything the IOMMU and its driver exchange through memory, per the RISC-V IOMMU
//! Architecture Specification release 20260222 (riscv-non-isa/riscv-iommu,
//! src/iommu_data_structures.adoc and src/iommu_in_memory_queues.adoc) and, for page-table
//! entries, the RISC-V privileged specification: base-format device context and DDT entries,
//! process context and PDT entries, Sv39/Sv48 PTEs, command-queue commands, fault records and page-request records,
//! with the mode, opcode, fault-cause and transaction-type encodings. Byte 0 of every
//! structure holds bits \[7:0\] (fctl.be = 0); multi-doubleword structures list their last
//! doubleword first. This implementation uses the base-format (32-byte) device context
//! (capabilities.msi_flat = 0) and single-stage translation only.
//!
//! Source: `regmaps/iommu_mem_pkg.sv`. Structures convert to and from bytes in little-endian (memory) order.

// Generated field accessors cast and shift uniformly, whatever the widths.
#![allow(clippy::unnecessary_cast, clippy::identity_op)]

#[allow(unused_imports)]
use crate::mmio::{Mmio, Reg, RegValue, Register, RO, RW, WO};

/// Width of a device_id (PCIe segment, bus, device, function).
pub const DEVICE_ID_BITS: u32 = 0x18;

/// Width of a process_id (PCIe PASID).
pub const PROCESS_ID_BITS: u32 = 0x14;

/// Base-format DDT: bits of device_id that index the leaf level (DDI\[0\], device_id\[6:0\]).
pub const DDI0_BITS: u32 = 7;

/// Base-format DDT: bits of device_id that index the middle level (DDI\[1\], device_id\[15:7\]).
pub const DDI1_BITS: u32 = 9;

/// Base-format DDT: bits of device_id that index the top level (DDI\[2\], device_id\[23:16\]).
pub const DDI2_BITS: u32 = 8;

/// Position of DDI\[1\] in device_id.
pub const DDI1_SHIFT: u32 = 7;

/// Position of DDI\[2\] in device_id.
pub const DDI2_SHIFT: u32 = 0x10;

/// PDT: bits of process_id that index the leaf level (PDI\[0\], process_id\[7:0\]).
pub const PDI0_BITS: u32 = 8;

/// PDT: bits of process_id that index the middle level (PDI\[1\], process_id\[16:8\]).
pub const PDI1_BITS: u32 = 9;

/// PDT: bits of process_id that index the top level (PDI\[2\], process_id\[19:17\]).
pub const PDI2_BITS: u32 = 3;

/// Position of PDI\[1\] in process_id.
pub const PDI1_SHIFT: u32 = 8;

/// Position of PDI\[2\] in process_id.
pub const PDI2_SHIFT: u32 = 0x11;

/// log2 of the page size: every PPN field holds an address shifted right by this.
pub const PAGE_SHIFT: u32 = 0xc;

/// Bits of virtual page number resolved by each page-table level (Sv39/Sv48).
pub const PT_VPN_BITS: u32 = 9;

/// Page-table levels walked for Sv39.
pub const SV39_LEVELS: u32 = 3;

/// Page-table levels walked for Sv48.
pub const SV48_LEVELS: u32 = 4;

/// Page-table levels walked for Sv57 (not supported here: capabilities.sv57 = 0).
pub const SV57_LEVELS: u32 = 5;

/// A second-stage (SvNx4) root table spans 2^G_ROOT_EXTRA_BITS pages (16 KiB) and must be
/// aligned to its size: the low G_ROOT_EXTRA_BITS bits of iohgatp.PPN are zero.
pub const G_ROOT_EXTRA_BITS: u32 = 2;

/// Svnapot (mandatory for IOMMUs): a level-0 leaf with pte.n = 1 maps a naturally aligned
/// 64 KiB range. Bits of PPN (and of VPN\[0\]) the 64 KiB NAPOT range covers.
pub const NAPOT_64K_BITS: u32 = 4;

/// pte.ppn\[3:0\] of a 64 KiB NAPOT leaf (1000b); other values with pte.n = 1 are reserved.
pub const NAPOT_64K_CODE: u32 = 8;

/// Size in bytes of `ddte_t`.
pub const DDTE_BYTES: usize = 8;

/// Size in bytes of `dc_tc_t`.
pub const DC_TC_BYTES: usize = 8;

/// Size in bytes of `dc_iohgatp_t`.
pub const DC_IOHGATP_BYTES: usize = 8;

/// Size in bytes of `dc_ta_t`.
pub const DC_TA_BYTES: usize = 8;

/// Size in bytes of `dc_fsc_t`.
pub const DC_FSC_BYTES: usize = 8;

/// Size in bytes of `device_context_t`.
pub const DEVICE_CONTEXT_BYTES: usize = 0x20;

/// Size in bytes of `pdte_t`.
pub const PDTE_BYTES: usize = 8;

/// Size in bytes of `pc_ta_t`.
pub const PC_TA_BYTES: usize = 8;

/// Size in bytes of `pc_fsc_t`.
pub const PC_FSC_BYTES: usize = 8;

/// Size in bytes of `process_context_t`.
pub const PROCESS_CONTEXT_BYTES: usize = 0x10;

/// Size in bytes of `pte_t`.
pub const PTE_BYTES: usize = 8;

/// Size in bytes of `cmd_t`.
pub const CMD_BYTES: usize = 0x10;

/// Size in bytes of `cmd_iotinval_t`.
pub const CMD_IOTINVAL_BYTES: usize = 0x10;

/// Size in bytes of `cmd_iofence_t`.
pub const CMD_IOFENCE_BYTES: usize = 0x10;

/// Size in bytes of `cmd_iodir_t`.
pub const CMD_IODIR_BYTES: usize = 0x10;

/// Size in bytes of `cmd_ats_t`.
pub const CMD_ATS_BYTES: usize = 0x10;

/// Size in bytes of `ats_inval_payload_t`.
pub const ATS_INVAL_PAYLOAD_BYTES: usize = 8;

/// Size in bytes of `ats_prgr_payload_t`.
pub const ATS_PRGR_PAYLOAD_BYTES: usize = 8;

/// Size in bytes of `fault_record_t`.
pub const FAULT_RECORD_BYTES: usize = 0x20;

/// Size in bytes of `pr_payload_t`.
pub const PR_PAYLOAD_BYTES: usize = 8;

/// Size in bytes of `page_request_t`.
pub const PAGE_REQUEST_BYTES: usize = 0x10;

/// First-stage translation scheme (iosatp.MODE in DC.fsc, PC.fsc.MODE) with DC.tc.sxl = 0.
/// With sxl = 1 the value 8 means Sv32 instead (not supported here); 14..15 are custom.
///
/// `iosatp_mode_t`, 4 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct IosatpMode(pub u8);

crate::bits::encodings! { IosatpMode(u8), 4;
    /// no first-stage translation
    BARE = 0,
    /// 39-bit virtual addresses, three-level page table
    SV39 = 8,
    /// 48-bit virtual addresses, four-level page table
    SV48 = 9,
    /// 57-bit virtual addresses, five-level page table
    SV57 = 0xa,
}

/// Process-directory-table depth (pdtp.MODE in DC.fsc when DC.tc.pdtv = 1).
///
/// `pdtp_mode_t`, 4 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PdtpMode(pub u8);

crate::bits::encodings! { PdtpMode(u8), 4;
    /// no process directory; first stage is Bare
    BARE = 0,
    /// one level, process_id up to 8 bits
    PD8 = 1,
    /// two levels, process_id up to 17 bits
    PD17 = 2,
    /// three levels, process_id up to 20 bits
    PD20 = 3,
}

/// Second-stage translation scheme (iohgatp.MODE) with fctl.gxl = 0.
/// With gxl = 1 the value 8 means Sv32x4 instead. Only Bare is supported here.
///
/// `iohgatp_mode_t`, 4 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct IohgatpMode(pub u8);

crate::bits::encodings! { IohgatpMode(u8), 4;
    /// no second-stage translation
    BARE = 0,
    /// 41-bit guest physical addresses
    SV39X4 = 8,
    /// 50-bit guest physical addresses
    SV48X4 = 9,
    /// 59-bit guest physical addresses
    SV57X4 = 0xa,
}

/// Command opcodes (7 bits; 5..63 reserved, 64..127 custom).
///
/// `cmd_opcode_t`, 7 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct CmdOpcode(pub u8);

crate::bits::encodings! { CmdOpcode(u8), 7;
    /// address-translation cache invalidation
    IOTINVAL = 1,
    /// command-queue fence
    IOFENCE = 2,
    /// directory cache invalidation
    IODIR = 3,
    /// PCIe ATS invalidation and page-request group response
    ATS = 4,
}

/// Functions of the IOTINVAL opcode.
///
/// `iotinval_func3_t`, 3 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct IotinvalFunc3(pub u8);

crate::bits::encodings! { IotinvalFunc3(u8), 3;
    /// invalidate first-stage (and single-stage) translations
    VMA = 0,
    /// invalidate second-stage translations
    GVMA = 1,
}

/// Functions of the IOFENCE opcode.
///
/// `iofence_func3_t`, 3 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct IofenceFunc3(pub u8);

crate::bits::encodings! { IofenceFunc3(u8), 3;
    /// wait for all earlier commands, then optionally signal
    C = 0,
}

/// Functions of the IODIR opcode.
///
/// `iodir_func3_t`, 3 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct IodirFunc3(pub u8);

crate::bits::encodings! { IodirFunc3(u8), 3;
    /// invalidate cached device contexts (and their PDT entries)
    DDT = 0,
    /// invalidate a cached process context
    PDT = 1,
}

/// Functions of the ATS opcode.
///
/// `ats_func3_t`, 3 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AtsFunc3(pub u8);

crate::bits::encodings! { AtsFunc3(u8), 3;
    /// send an ATS Invalidation Request to a device
    INVAL = 0,
    /// send a Page Request Group Response to a device
    PRGR = 1,
}

/// Page Request Group Response codes (PCIe), used in ATS.PRGR payloads.
///
/// `prg_resp_t`, 4 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PrgResp(pub u8);

crate::bits::encodings! { PrgResp(u8), 4;
    /// pages are resident, the device retries
    SUCCESS = 0,
    /// request cannot be satisfied (Invalid Request)
    INVALID = 1,
    /// catastrophic failure; the device disables its PRI
    FAILURE = 0xf,
}

/// Fault and event causes reported in fault records (12 bits; 275..2047 reserved,
/// 2048..4095 custom). Codes below 256 follow the RISC-V exception codes.
///
/// `fault_cause_t`, 12 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct FaultCause(pub u16);

crate::bits::encodings! { FaultCause(u16), 12;
    /// instruction access fault
    INST_ACCESS_FAULT = 1,
    /// read address misaligned
    RD_ADDR_MISALIGNED = 4,
    /// read access fault
    RD_ACCESS_FAULT = 5,
    /// write/AMO address misaligned
    WR_ADDR_MISALIGNED = 6,
    /// write/AMO access fault
    WR_ACCESS_FAULT = 7,
    /// instruction page fault
    INST_PAGE_FAULT = 0xc,
    /// read page fault
    RD_PAGE_FAULT = 0xd,
    /// write/AMO page fault
    WR_PAGE_FAULT = 0xf,
    /// instruction guest-page fault
    INST_GUEST_PAGE_FAULT = 0x14,
    /// read guest-page fault
    RD_GUEST_PAGE_FAULT = 0x15,
    /// write/AMO guest-page fault
    WR_GUEST_PAGE_FAULT = 0x17,
    /// ddtp.iommu_mode is Off
    ALL_INBOUND_DISALLOWED = 0x100,
    /// access fault reading a DDT entry
    DDT_LOAD_FAULT = 0x101,
    /// DDT entry or device context not valid
    DDT_INVALID = 0x102,
    /// DDT entry or device context misconfigured
    DDT_MISCONFIGURED = 0x103,
    /// transaction type not allowed
    TTYP_DISALLOWED = 0x104,
    /// access fault reading an MSI PTE
    MSI_PTE_LOAD_FAULT = 0x105,
    /// MSI PTE not valid
    MSI_PTE_INVALID = 0x106,
    /// MSI PTE misconfigured
    MSI_PTE_MISCONFIGURED = 0x107,
    /// access fault on a memory-resident intr. file
    MRIF_ACCESS_FAULT = 0x108,
    /// access fault reading a PDT entry
    PDT_LOAD_FAULT = 0x109,
    /// PDT entry or process context not valid
    PDT_INVALID = 0x10a,
    /// PDT entry or process context misconfigured
    PDT_MISCONFIGURED = 0x10b,
    /// poisoned data read from the DDT
    DDT_CORRUPTED = 0x10c,
    /// poisoned data read from the PDT
    PDT_CORRUPTED = 0x10d,
    /// poisoned data read from an MSI page table
    MSI_PT_CORRUPTED = 0x10e,
    /// poisoned data read from an MRIF
    MSI_MRIF_CORRUPTED = 0x10f,
    /// internal data-path error in the IOMMU
    INTERNAL_DP_ERROR = 0x110,
    /// access fault on an IOMMU-generated MSI write
    MSI_WR_FAULT = 0x111,
    /// poisoned data read from a page table
    PT_CORRUPTED = 0x112,
}

/// Inbound transaction types reported in fault records (6 bits; 4 and 10..31 reserved,
/// 32..63 custom).
///
/// `ttyp_t`, 6 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Ttyp(pub u8);

crate::bits::encodings! { Ttyp(u8), 6;
    /// fault not caused by an inbound transaction
    NONE = 0,
    /// untranslated read for execute
    UADDR_INST_FETCH = 1,
    /// untranslated read
    UADDR_RD = 2,
    /// untranslated write/AMO
    UADDR_WR = 3,
    /// translated read for execute
    TADDR_INST_FETCH = 5,
    /// translated read
    TADDR_RD = 6,
    /// translated write/AMO
    TADDR_WR = 7,
    /// PCIe ATS translation request
    ATS_TRANSLATION = 8,
    /// PCIe message request (iotval holds the message code)
    PCIE_MSG = 9,
}

/// Non-leaf device-directory-table entry: points to the next DDT level.
///
/// `ddte_t`, 64 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Ddte(pub u64);

impl Ddte {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xffc0_0000_0000_03fe);

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    crate::bits::fields! { u64;
        /// entry is valid
        ///
        /// Bits `[0]`.
        v set_v with_v: flag(0);
        /// page number of the next-level table
        ///
        /// Bits `[53:10]`.
        ppn set_ppn with_ppn: num(u64, 10, 0xfff_ffff_ffff);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(Ddte: v ppn);

/// Device context translation control (DC doubleword 0).
///
/// `dc_tc_t`, 64 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct DcTc(pub u64);

impl DcTc {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xffff_ffff_ffff_f000);

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    crate::bits::fields! { u64;
        /// device context is valid
        ///
        /// Bits `[0]`.
        v set_v with_v: flag(0);
        /// ATS translation requests and translated requests allowed
        ///
        /// Bits `[1]`.
        en_ats set_en_ats with_en_ats: flag(1);
        /// page requests (PRI) allowed
        ///
        /// Bits `[2]`.
        en_pri set_en_pri with_en_pri: flag(2);
        /// ATS returns guest physical addresses (needs capabilities.t2gpa)
        ///
        /// Bits `[3]`.
        t2gpa set_t2gpa with_t2gpa: flag(3);
        /// do not report translation faults of this device
        ///
        /// Bits `[4]`.
        dtf set_dtf with_dtf: flag(4);
        /// fsc holds a pdtp (process directory) instead of an iosatp
        ///
        /// Bits `[5]`.
        pdtv set_pdtv with_pdtv: flag(5);
        /// IOMMU-generated PRG responses carry the PASID of the request
        ///
        /// Bits `[6]`.
        prpr set_prpr with_prpr: flag(6);
        /// hardware sets second-stage A/D bits (needs capabilities.amo_hwad)
        ///
        /// Bits `[7]`.
        gade set_gade with_gade: flag(7);
        /// hardware sets first-stage A/D bits (needs capabilities.amo_hwad)
        ///
        /// Bits `[8]`.
        sade set_sade with_sade: flag(8);
        /// requests without process_id use process_id 0 (needs pdtv)
        ///
        /// Bits `[9]`.
        dpe set_dpe with_dpe: flag(9);
        /// PDT and first-stage PTEs are big-endian (must be 0 here)
        ///
        /// Bits `[10]`.
        sbe set_sbe with_sbe: flag(10);
        /// first stage uses the 32-bit scheme family (must be 0 here)
        ///
        /// Bits `[11]`.
        sxl set_sxl with_sxl: flag(11);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(DcTc: v en_ats en_pri t2gpa dtf pdtv prpr gade sade dpe sbe sxl);

/// Device context second-stage control (DC doubleword 1).
///
/// `dc_iohgatp_t`, 64 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct DcIohgatp(pub u64);

impl DcIohgatp {
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
        /// page number of the root second-stage table (16 KiB aligned)
        ///
        /// Bits `[43:0]`.
        ppn set_ppn with_ppn: num(u64, 0, 0xfff_ffff_ffff);
        /// guest soft-context ID tagging cached second-stage translations
        ///
        /// Bits `[59:44]`.
        gscid set_gscid with_gscid: num(u16, 44, 0xffff);
        /// second-stage scheme
        ///
        /// Bits `[63:60]`.
        mode set_mode with_mode: enm(IohgatpMode, u8, 60, 0xf);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(DcIohgatp: ppn gscid mode);

/// Device context translation attributes (DC doubleword 2).
///
/// `dc_ta_t`, 64 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct DcTa(pub u64);

impl DcTa {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xffff_ffff_0000_0fff);

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    crate::bits::fields! { u64;
        /// process soft-context ID of the address space when pdtv is 0
        ///
        /// Bits `[31:12]`.
        pscid set_pscid with_pscid: num(u32, 12, 0xf_ffff);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(DcTa: pscid);

/// Device context first-stage context (DC doubleword 3): iosatp if tc.pdtv is 0, else pdtp.
///
/// `dc_fsc_t`, 64 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct DcFsc(pub u64);

impl DcFsc {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xfff_f000_0000_0000);

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    crate::bits::fields! { u64;
        /// page number of the root page table or root PDT
        ///
        /// Bits `[43:0]`.
        ppn set_ppn with_ppn: num(u64, 0, 0xfff_ffff_ffff);
        /// iosatp_mode_t when tc.pdtv is 0, pdtp_mode_t when it is 1
        ///
        /// Bits `[63:60]`.
        mode set_mode with_mode: num(u8, 60, 0xf);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(DcFsc: ppn mode);

/// Base-format device context: leaf DDT entry, indexed by DDI\[0\].
/// Doublewords in memory order: tc, iohgatp, ta, fsc.
///
/// `device_context_t`, 256 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct DeviceContext(pub [u32; 8]);

impl DeviceContext {
    /// Width in bits.
    pub const WIDTH: u32 = 256;
    /// Size in bytes.
    pub const BYTES: usize = 32;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self([0xffff_f000, 0xffff_ffff, 0, 0, 0xfff, 0xffff_ffff, 0, 0xfff_f000]);
    /// Byte offset of `tc` in the byte image.
    pub const TC_BYTE_OFFSET: usize = 0;
    /// Byte offset of `iohgatp` in the byte image.
    pub const IOHGATP_BYTE_OFFSET: usize = 8;
    /// Byte offset of `ta` in the byte image.
    pub const TA_BYTE_OFFSET: usize = 16;
    /// Byte offset of `fsc` in the byte image.
    pub const FSC_BYTE_OFFSET: usize = 24;

    /// From raw bits.
    pub const fn from_bits(bits: [u32; 8]) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> [u32; 8] {
        self.0
    }

    crate::bits::fields! { words;
        /// translation control (doubleword 0, bytes 0..7)
        ///
        /// Bits `[63:0]`.
        tc set_tc with_tc: wsub(DcTc, u64, 0, 64);
        /// second-stage context (doubleword 1, bytes 8..15)
        ///
        /// Bits `[127:64]`.
        iohgatp set_iohgatp with_iohgatp: wsub(DcIohgatp, u64, 64, 64);
        /// translation attributes (doubleword 2, bytes 16..23)
        ///
        /// Bits `[191:128]`.
        ta set_ta with_ta: wsub(DcTa, u64, 128, 64);
        /// first-stage context (doubleword 3, bytes 24..31)
        ///
        /// Bits `[255:192]`.
        fsc set_fsc with_fsc: wsub(DcFsc, u64, 192, 64);
    }

    crate::bits::byte_image!(le words 32);
}

crate::bits::debug_fields!(DeviceContext: tc iohgatp ta fsc);

/// Non-leaf process-directory-table entry: points to the next PDT level.
///
/// `pdte_t`, 64 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Pdte(pub u64);

impl Pdte {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xffc0_0000_0000_03fe);

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    crate::bits::fields! { u64;
        /// entry is valid
        ///
        /// Bits `[0]`.
        v set_v with_v: flag(0);
        /// page number of the next-level table
        ///
        /// Bits `[53:10]`.
        ppn set_ppn with_ppn: num(u64, 10, 0xfff_ffff_ffff);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(Pdte: v ppn);

/// Process context translation attributes (PC doubleword 0).
///
/// `pc_ta_t`, 64 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PcTa(pub u64);

impl PcTa {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xffff_ffff_0000_0ff8);

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    crate::bits::fields! { u64;
        /// process context is valid
        ///
        /// Bits `[0]`.
        v set_v with_v: flag(0);
        /// supervisor-privilege requests are allowed
        ///
        /// Bits `[1]`.
        ens set_ens with_ens: flag(1);
        /// supervisor requests may access user (U=1) pages
        ///
        /// Bits `[2]`.
        sum set_sum with_sum: flag(2);
        /// process soft-context ID of the address space
        ///
        /// Bits `[31:12]`.
        pscid set_pscid with_pscid: num(u32, 12, 0xf_ffff);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(PcTa: v ens sum pscid);

/// Process context first-stage context (PC doubleword 1).
///
/// `pc_fsc_t`, 64 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PcFsc(pub u64);

impl PcFsc {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xfff_f000_0000_0000);

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    crate::bits::fields! { u64;
        /// page number of the root first-stage page table
        ///
        /// Bits `[43:0]`.
        ppn set_ppn with_ppn: num(u64, 0, 0xfff_ffff_ffff);
        /// first-stage scheme
        ///
        /// Bits `[63:60]`.
        mode set_mode with_mode: enm(IosatpMode, u8, 60, 0xf);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(PcFsc: ppn mode);

/// Process context: leaf PDT entry, indexed by PDI\[0\].
/// Doublewords in memory order: ta, fsc.
///
/// `process_context_t`, 128 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct ProcessContext(pub [u32; 4]);

impl ProcessContext {
    /// Width in bits.
    pub const WIDTH: u32 = 128;
    /// Size in bytes.
    pub const BYTES: usize = 16;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self([0xff8, 0xffff_ffff, 0, 0xfff_f000]);
    /// Byte offset of `ta` in the byte image.
    pub const TA_BYTE_OFFSET: usize = 0;
    /// Byte offset of `fsc` in the byte image.
    pub const FSC_BYTE_OFFSET: usize = 8;

    /// From raw bits.
    pub const fn from_bits(bits: [u32; 4]) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> [u32; 4] {
        self.0
    }

    crate::bits::fields! { words;
        /// translation attributes (doubleword 0, bytes 0..7)
        ///
        /// Bits `[63:0]`.
        ta set_ta with_ta: wsub(PcTa, u64, 0, 64);
        /// first-stage context (doubleword 1, bytes 8..15)
        ///
        /// Bits `[127:64]`.
        fsc set_fsc with_fsc: wsub(PcFsc, u64, 64, 64);
    }

    crate::bits::byte_image!(le words 16);
}

crate::bits::debug_fields!(ProcessContext: ta fsc);

/// Sv39/Sv48 page-table entry (RISC-V privileged specification).
/// Leaf when any of r/w/x is set; x/w/r = 0/1/0 is reserved. Svnapot (n) is mandatory
/// for IOMMUs; pbmt must be zero here (no Svpbmt). Bits 60:59 are reserved for software
/// only with the Svrsw60t59b extension (capabilities.Svrsw60t59b, not implemented here).
///
/// `pte_t`, 64 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Pte(pub u64);

impl Pte {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0x1fc0_0000_0000_0000);

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    crate::bits::fields! { u64;
        /// entry is valid
        ///
        /// Bits `[0]`.
        v set_v with_v: flag(0);
        /// readable
        ///
        /// Bits `[1]`.
        r set_r with_r: flag(1);
        /// writable
        ///
        /// Bits `[2]`.
        w set_w with_w: flag(2);
        /// executable
        ///
        /// Bits `[3]`.
        x set_x with_x: flag(3);
        /// accessible to user mode
        ///
        /// Bits `[4]`.
        u set_u with_u: flag(4);
        /// global mapping (all address spaces)
        ///
        /// Bits `[5]`.
        g set_g with_g: flag(5);
        /// the page has been accessed
        ///
        /// Bits `[6]`.
        a set_a with_a: flag(6);
        /// the page has been written (dirty)
        ///
        /// Bits `[7]`.
        d set_d with_d: flag(7);
        /// reserved for supervisor software, ignored by hardware
        ///
        /// Bits `[9:8]`.
        rsw set_rsw with_rsw: num(u8, 8, 3);
        /// physical page number of the page or next-level table
        ///
        /// Bits `[53:10]`.
        ppn set_ppn with_ppn: num(u64, 10, 0xfff_ffff_ffff);
        /// page-based memory type (Svpbmt)
        ///
        /// Bits `[62:61]`.
        pbmt set_pbmt with_pbmt: num(u8, 61, 3);
        /// NAPOT contiguous range (Svnapot, 64 KiB)
        ///
        /// Bits `[63]`.
        n set_n with_n: flag(63);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(Pte: v r w x u g a d rsw ppn pbmt n);

/// Any command: the common opcode/func3 header and the opcode-specific operands.
///
/// `cmd_t`, 128 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Cmd(pub [u32; 4]);

impl Cmd {
    /// Width in bits.
    pub const WIDTH: u32 = 128;
    /// Size in bytes.
    pub const BYTES: usize = 16;

    /// From raw bits.
    pub const fn from_bits(bits: [u32; 4]) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> [u32; 4] {
        self.0
    }

    crate::bits::fields! { words;
        /// command group
        ///
        /// Bits `[6:0]`.
        opcode set_opcode with_opcode: wenm(CmdOpcode, u8, 0, 7, 0x7f);
        /// function within the opcode
        ///
        /// Bits `[9:7]`.
        func3 set_func3 with_func3: wnum(u8, 7, 3, 7);
        /// opcode-specific operands of the first doubleword
        ///
        /// Bits `[63:10]`.
        operands set_operands with_operands: wnum(u64, 10, 54, 0x3f_ffff_ffff_ffff);
        /// second doubleword: opcode-specific operands
        ///
        /// Bits `[127:64]`.
        dw1 set_dw1 with_dw1: wnum(u64, 64, 64, 0xffff_ffff_ffff_ffff);
    }

    crate::bits::byte_image!(le words 16);
}

crate::bits::debug_fields!(Cmd: opcode func3 operands dw1);

/// IOTINVAL.VMA / IOTINVAL.GVMA: invalidate cached address translations.
/// Bits 34 (NL) and 73 (S) belong to the non-leaf PTE and address range invalidation
/// extensions (iommu_extensions.adoc); they stay reserved because this IOMMU reports
/// capabilities.NL = capabilities.S = 0, so a command that sets them is illegal.
///
/// `cmd_iotinval_t`, 128 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct CmdIotinval(pub [u32; 4]);

impl CmdIotinval {
    /// Width in bits.
    pub const WIDTH: u32 = 128;
    /// Size in bytes.
    pub const BYTES: usize = 16;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self([0x800, 0xf000_0ffc, 0x3ff, 0xc000_0000]);

    /// From raw bits.
    pub const fn from_bits(bits: [u32; 4]) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> [u32; 4] {
        self.0
    }

    crate::bits::fields! { words;
        /// IOTINVAL
        ///
        /// Bits `[6:0]`.
        opcode set_opcode with_opcode: wenm(CmdOpcode, u8, 0, 7, 0x7f);
        /// VMA or GVMA
        ///
        /// Bits `[9:7]`.
        func3 set_func3 with_func3: wenm(IotinvalFunc3, u8, 7, 3, 7);
        /// addr is valid (else the whole address space)
        ///
        /// Bits `[10]`.
        av set_av with_av: wflag(10);
        /// process soft-context ID when pscv is 1
        ///
        /// Bits `[31:12]`.
        pscid set_pscid with_pscid: wnum(u32, 12, 20, 0xf_ffff);
        /// pscid is valid (VMA only)
        ///
        /// Bits `[32]`.
        pscv set_pscv with_pscv: wflag(32);
        /// gscid is valid (else host address spaces)
        ///
        /// Bits `[33]`.
        gv set_gv with_gv: wflag(33);
        /// guest soft-context ID when gv is 1
        ///
        /// Bits `[59:44]`.
        gscid set_gscid with_gscid: wnum(u16, 44, 16, 0xffff);
        /// bits 63:12 of the IOVA (VMA) or GPA (GVMA) when av is 1
        ///
        /// Bits `[125:74]`.
        addr set_addr with_addr: wnum(u64, 74, 52, 0xf_ffff_ffff_ffff);
    }

    crate::bits::byte_image!(le words 16);
}

crate::bits::debug_fields!(CmdIotinval: opcode func3 av pscid pscv gv gscid addr);

/// IOFENCE.C: complete all earlier commands, then optionally write data and/or interrupt.
///
/// `cmd_iofence_t`, 128 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct CmdIofence(pub [u32; 4]);

impl CmdIofence {
    /// Width in bits.
    pub const WIDTH: u32 = 128;
    /// Size in bytes.
    pub const BYTES: usize = 16;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self([0xffff_c000, 0, 0, 0xc000_0000]);

    /// From raw bits.
    pub const fn from_bits(bits: [u32; 4]) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> [u32; 4] {
        self.0
    }

    crate::bits::fields! { words;
        /// IOFENCE
        ///
        /// Bits `[6:0]`.
        opcode set_opcode with_opcode: wenm(CmdOpcode, u8, 0, 7, 0x7f);
        /// C
        ///
        /// Bits `[9:7]`.
        func3 set_func3 with_func3: wenm(IofenceFunc3, u8, 7, 3, 7);
        /// write data to addr on completion
        ///
        /// Bits `[10]`.
        av set_av with_av: wflag(10);
        /// set cqcsr.fence_w_ip on completion (wired interrupts)
        ///
        /// Bits `[11]`.
        wsi set_wsi with_wsi: wflag(11);
        /// order earlier device reads globally before completing
        ///
        /// Bits `[12]`.
        pr set_pr with_pr: wflag(12);
        /// order earlier device writes globally before completing
        ///
        /// Bits `[13]`.
        pw set_pw with_pw: wflag(13);
        /// 32-bit value stored at addr on completion when av is 1
        ///
        /// Bits `[63:32]`.
        data set_data with_data: wnum(u32, 32, 32, 0xffff_ffff);
        /// bits 63:2 of the address data is written to when av is 1
        ///
        /// Bits `[125:64]`.
        addr set_addr with_addr: wnum(u64, 64, 62, 0x3fff_ffff_ffff_ffff);
    }

    crate::bits::byte_image!(le words 16);
}

crate::bits::debug_fields!(CmdIofence: opcode func3 av wsi pr pw data addr);

/// IODIR.INVAL_DDT / IODIR.INVAL_PDT: invalidate cached directory entries.
///
/// `cmd_iodir_t`, 128 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct CmdIodir(pub [u32; 4]);

impl CmdIodir {
    /// Width in bits.
    pub const WIDTH: u32 = 128;
    /// Size in bytes.
    pub const BYTES: usize = 16;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self([0xc00, 0xfd, 0xffff_ffff, 0xffff_ffff]);

    /// From raw bits.
    pub const fn from_bits(bits: [u32; 4]) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> [u32; 4] {
        self.0
    }

    crate::bits::fields! { words;
        /// IODIR
        ///
        /// Bits `[6:0]`.
        opcode set_opcode with_opcode: wenm(CmdOpcode, u8, 0, 7, 0x7f);
        /// INVAL_DDT or INVAL_PDT
        ///
        /// Bits `[9:7]`.
        func3 set_func3 with_func3: wenm(IodirFunc3, u8, 7, 3, 7);
        /// process_id whose PDT entry is invalidated (INVAL_PDT only)
        ///
        /// Bits `[31:12]`.
        pid set_pid with_pid: wnum(u32, 12, 20, 0xf_ffff);
        /// did is valid (else all devices; must be 1 for INVAL_PDT)
        ///
        /// Bits `[33]`.
        dv set_dv with_dv: wflag(33);
        /// device_id when dv is 1
        ///
        /// Bits `[63:40]`.
        did set_did with_did: wnum(u32, 40, 24, 0xff_ffff);
    }

    crate::bits::byte_image!(le words 16);
}

crate::bits::debug_fields!(CmdIodir: opcode func3 pid dv did);

/// ATS.INVAL / ATS.PRGR: send a PCIe ATS message to a device function.
/// The payload is an ats_inval_payload_t or an ats_prgr_payload_t.
///
/// `cmd_ats_t`, 128 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct CmdAts(pub [u32; 4]);

impl CmdAts {
    /// Width in bits.
    pub const WIDTH: u32 = 128;
    /// Size in bytes.
    pub const BYTES: usize = 16;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self([0xc00, 0xfc, 0, 0]);

    /// From raw bits.
    pub const fn from_bits(bits: [u32; 4]) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> [u32; 4] {
        self.0
    }

    crate::bits::fields! { words;
        /// ATS
        ///
        /// Bits `[6:0]`.
        opcode set_opcode with_opcode: wenm(CmdOpcode, u8, 0, 7, 0x7f);
        /// INVAL or PRGR
        ///
        /// Bits `[9:7]`.
        func3 set_func3 with_func3: wenm(AtsFunc3, u8, 7, 3, 7);
        /// PASID of the message when pv is 1
        ///
        /// Bits `[31:12]`.
        pid set_pid with_pid: wnum(u32, 12, 20, 0xf_ffff);
        /// the message carries a PASID prefix with pid
        ///
        /// Bits `[32]`.
        pv set_pv with_pv: wflag(32);
        /// dseg is valid
        ///
        /// Bits `[33]`.
        dsv set_dsv with_dsv: wflag(33);
        /// requester ID (bus/device/function) of the target function
        ///
        /// Bits `[55:40]`.
        rid set_rid with_rid: wnum(u16, 40, 16, 0xffff);
        /// destination segment number when dsv is 1
        ///
        /// Bits `[63:56]`.
        dseg set_dseg with_dseg: wnum(u8, 56, 8, 0xff);
        /// message body (doubleword 1)
        ///
        /// Bits `[127:64]`.
        payload set_payload with_payload: wnum(u64, 64, 64, 0xffff_ffff_ffff_ffff);
    }

    crate::bits::byte_image!(le words 16);
}

crate::bits::debug_fields!(CmdAts: opcode func3 pid pv dsv rid dseg payload);

/// Payload of ATS.INVAL: the range to invalidate in the device's translation cache.
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
        /// invalidate global mappings of all PASIDs
        ///
        /// Bits `[0]`.
        g set_g with_g: flag(0);
        /// size bit: range larger than 4 KiB, encoded in addr
        ///
        /// Bits `[11]`.
        s set_s with_s: flag(11);
        /// untranslated address bits 63:12 (range-encoded when s is 1)
        ///
        /// Bits `[63:12]`.
        addr set_addr with_addr: num(u64, 12, 0xf_ffff_ffff_ffff);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(AtsInvalPayload: g s addr);

/// Payload of ATS.PRGR: the page request group being answered and the answer.
/// RISC-V IOMMU release 20260222, iommu_in_memory_queues.adoc, "PAYLOAD of an ATS.PRGR
/// command": bits 63:48 are '0'. Version 1.0 put the destination ID there; the IOMMU takes
/// the destination from the command's RID (and DSEG), so the field was removed.
///
/// `ats_prgr_payload_t`, 64 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AtsPrgrPayload(pub u64);

impl AtsPrgrPayload {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xffff_0e00_ffff_ffff);

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    crate::bits::fields! { u64;
        /// page request group index being answered
        ///
        /// Bits `[40:32]`.
        prgi set_prgi with_prgi: num(u16, 32, 0x1ff);
        /// response code
        ///
        /// Bits `[47:44]`.
        resp_code set_resp_code with_resp_code: enm(PrgResp, u8, 44, 0xf);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(AtsPrgrPayload: prgi resp_code);

/// Fault record written by the IOMMU to the fault queue.
/// Doublewords in memory order: header, reserved/custom, iotval, iotval2.
///
/// `fault_record_t`, 256 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct FaultRecord(pub [u32; 8]);

impl FaultRecord {
    /// Width in bits.
    pub const WIDTH: u32 = 256;
    /// Size in bytes.
    pub const BYTES: usize = 32;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self([0, 0, 0xffff_ffff, 0xffff_ffff, 0, 0, 0, 0]);

    /// From raw bits.
    pub const fn from_bits(bits: [u32; 8]) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> [u32; 8] {
        self.0
    }

    crate::bits::fields! { words;
        /// what went wrong
        ///
        /// Bits `[11:0]`.
        cause set_cause with_cause: wenm(FaultCause, u16, 0, 12, 0xfff);
        /// process_id of the transaction when pv is 1
        ///
        /// Bits `[31:12]`.
        pid set_pid with_pid: wnum(u32, 12, 20, 0xf_ffff);
        /// pid is valid
        ///
        /// Bits `[32]`.
        pv set_pv with_pv: wflag(32);
        /// the transaction requested supervisor privilege
        ///
        /// Bits `[33]`.
        r#priv set_priv with_priv: wflag(33);
        /// type of the faulting transaction
        ///
        /// Bits `[39:34]`.
        ttyp set_ttyp with_ttyp: wenm(Ttyp, u8, 34, 6, 0x3f);
        /// device_id of the transaction
        ///
        /// Bits `[63:40]`.
        did set_did with_did: wnum(u32, 40, 24, 0xff_ffff);
        /// first fault value (IOVA of the request, or a message code)
        ///
        /// Bits `[191:128]`.
        iotval set_iotval with_iotval: wnum(u64, 128, 64, 0xffff_ffff_ffff_ffff);
        /// second fault value (GPA bits 63:2 and flags of guest-page faults)
        ///
        /// Bits `[255:192]`.
        iotval2 set_iotval2 with_iotval2: wnum(u64, 192, 64, 0xffff_ffff_ffff_ffff);
    }

    crate::bits::byte_image!(le words 32);
}

crate::bits::debug_fields!(FaultRecord: cause pid pv r#priv ttyp did iotval iotval2);

/// Payload of a PCIe Page Request message (bytes 8..15 of the message).
/// A request with l = 1 and r = w = 0 is a Stop Marker.
///
/// `pr_payload_t`, 64 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PrPayload(pub u64);

impl PrPayload {
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
        /// read access requested
        ///
        /// Bits `[0]`.
        r set_r with_r: flag(0);
        /// write access requested
        ///
        /// Bits `[1]`.
        w set_w with_w: flag(1);
        /// last request of the group (a response is expected)
        ///
        /// Bits `[2]`.
        l set_l with_l: flag(2);
        /// page request group index
        ///
        /// Bits `[11:3]`.
        prgi set_prgi with_prgi: num(u16, 3, 0x1ff);
        /// bits 63:12 of the faulting page address
        ///
        /// Bits `[63:12]`.
        page_addr set_page_addr with_page_addr: num(u64, 12, 0xf_ffff_ffff_ffff);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(PrPayload: r w l prgi page_addr);

/// Page-request record written by the IOMMU to the page-request queue.
///
/// `page_request_t`, 128 bits. `Default` is all-zero.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PageRequest(pub [u32; 4]);

impl PageRequest {
    /// Width in bits.
    pub const WIDTH: u32 = 128;
    /// Size in bytes.
    pub const BYTES: usize = 16;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self([0xfff, 0xf8, 0, 0]);
    /// Byte offset of `payload` in the byte image.
    pub const PAYLOAD_BYTE_OFFSET: usize = 8;

    /// From raw bits.
    pub const fn from_bits(bits: [u32; 4]) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> [u32; 4] {
        self.0
    }

    crate::bits::fields! { words;
        /// PASID of the message when pv is 1
        ///
        /// Bits `[31:12]`.
        pid set_pid with_pid: wnum(u32, 12, 20, 0xf_ffff);
        /// the message had a PASID; pid is valid
        ///
        /// Bits `[32]`.
        pv set_pv with_pv: wflag(32);
        /// Privileged Mode Requested bit of the PASID prefix (0 without PASID)
        ///
        /// Bits `[33]`.
        r#priv set_priv with_priv: wflag(33);
        /// Execute Requested bit of the PASID prefix (0 without PASID)
        ///
        /// Bits `[34]`.
        exec set_exec with_exec: wflag(34);
        /// requester ID (device_id) of the message
        ///
        /// Bits `[63:40]`.
        did set_did with_did: wnum(u32, 40, 24, 0xff_ffff);
        /// message payload (doubleword 1)
        ///
        /// Bits `[127:64]`.
        payload set_payload with_payload: wsub(PrPayload, u64, 64, 64);
    }

    crate::bits::byte_image!(le words 16);
}

crate::bits::debug_fields!(PageRequest: pid pv r#priv exec did payload);
