// Generated from regmaps/iommu_mem_pkg.sv by codegen (`cargo xtask codegen`); do not edit.
//! RISC-V IOMMU in-memory formats (little-endian, doublewords as 64-bit values).
//!
//! Everything the IOMMU and its driver exchange through memory, per the RISC-V IOMMU
//! Architecture Specification release 20260222 (riscv-non-isa/riscv-iommu,
//! src/iommu_data_structures.adoc and src/iommu_in_memory_queues.adoc) and, for page-table
//! entries, the RISC-V privileged specification: base-format device context and DDT entries, process context and PDT
//! entries, Sv39/Sv48 PTEs, command-queue commands, fault records and page-request records,
//! with the mode, opcode, fault-cause and transaction-type encodings. Byte 0 of every
//! structure holds bits \[7:0\] (fctl.be = 0); multi-doubleword structures list their last
//! doubleword first. This implementation uses the base-format (32-byte) device context
//! (capabilities.msi_flat = 0) and single-stage translation only.
//!
//! Source: `regmaps/iommu_mem_pkg.sv`. Structures convert to and from bytes in little-endian (memory) order.

// Generated field accessors cast and shift uniformly, whatever the widths.
#![allow(clippy::unnecessary_cast, clippy::identity_op)]

#[allow(unused_imports)]
use crate::mmio::{Mmio, Reg, RegValue, RO, RW, WO};

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

impl IosatpMode {
    /// no first-stage translation
    pub const BARE: Self = Self(0);
    /// 39-bit virtual addresses, three-level page table
    pub const SV39: Self = Self(8);
    /// 48-bit virtual addresses, four-level page table
    pub const SV48: Self = Self(9);
    /// 57-bit virtual addresses, five-level page table
    pub const SV57: Self = Self(0xa);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 4;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("BARE"),
            8 => Some("SV39"),
            9 => Some("SV48"),
            0xa => Some("SV57"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for IosatpMode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "IosatpMode({:#x})", self.0),
        }
    }
}

/// Process-directory-table depth (pdtp.MODE in DC.fsc when DC.tc.pdtv = 1).
///
/// `pdtp_mode_t`, 4 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PdtpMode(pub u8);

impl PdtpMode {
    /// no process directory; first stage is Bare
    pub const BARE: Self = Self(0);
    /// one level, process_id up to 8 bits
    pub const PD8: Self = Self(1);
    /// two levels, process_id up to 17 bits
    pub const PD17: Self = Self(2);
    /// three levels, process_id up to 20 bits
    pub const PD20: Self = Self(3);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 4;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("BARE"),
            1 => Some("PD8"),
            2 => Some("PD17"),
            3 => Some("PD20"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for PdtpMode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "PdtpMode({:#x})", self.0),
        }
    }
}

/// Second-stage translation scheme (iohgatp.MODE) with fctl.gxl = 0.
/// With gxl = 1 the value 8 means Sv32x4 instead. Only Bare is supported here.
///
/// `iohgatp_mode_t`, 4 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct IohgatpMode(pub u8);

impl IohgatpMode {
    /// no second-stage translation
    pub const BARE: Self = Self(0);
    /// 41-bit guest physical addresses
    pub const SV39X4: Self = Self(8);
    /// 50-bit guest physical addresses
    pub const SV48X4: Self = Self(9);
    /// 59-bit guest physical addresses
    pub const SV57X4: Self = Self(0xa);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 4;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("BARE"),
            8 => Some("SV39X4"),
            9 => Some("SV48X4"),
            0xa => Some("SV57X4"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for IohgatpMode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "IohgatpMode({:#x})", self.0),
        }
    }
}

/// Command opcodes (7 bits; 5..63 reserved, 64..127 custom).
///
/// `cmd_opcode_t`, 7 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct CmdOpcode(pub u8);

impl CmdOpcode {
    /// address-translation cache invalidation
    pub const IOTINVAL: Self = Self(1);
    /// command-queue fence
    pub const IOFENCE: Self = Self(2);
    /// directory cache invalidation
    pub const IODIR: Self = Self(3);
    /// PCIe ATS invalidation and page-request group response
    pub const ATS: Self = Self(4);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 7;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            1 => Some("IOTINVAL"),
            2 => Some("IOFENCE"),
            3 => Some("IODIR"),
            4 => Some("ATS"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for CmdOpcode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "CmdOpcode({:#x})", self.0),
        }
    }
}

/// Functions of the IOTINVAL opcode.
///
/// `iotinval_func3_t`, 3 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct IotinvalFunc3(pub u8);

impl IotinvalFunc3 {
    /// invalidate first-stage (and single-stage) translations
    pub const VMA: Self = Self(0);
    /// invalidate second-stage translations
    pub const GVMA: Self = Self(1);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 3;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("VMA"),
            1 => Some("GVMA"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for IotinvalFunc3 {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "IotinvalFunc3({:#x})", self.0),
        }
    }
}

/// Functions of the IOFENCE opcode.
///
/// `iofence_func3_t`, 3 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct IofenceFunc3(pub u8);

impl IofenceFunc3 {
    /// wait for all earlier commands, then optionally signal
    pub const C: Self = Self(0);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 3;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("C"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for IofenceFunc3 {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "IofenceFunc3({:#x})", self.0),
        }
    }
}

/// Functions of the IODIR opcode.
///
/// `iodir_func3_t`, 3 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct IodirFunc3(pub u8);

impl IodirFunc3 {
    /// invalidate cached device contexts (and their PDT entries)
    pub const DDT: Self = Self(0);
    /// invalidate a cached process context
    pub const PDT: Self = Self(1);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 3;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("DDT"),
            1 => Some("PDT"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for IodirFunc3 {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "IodirFunc3({:#x})", self.0),
        }
    }
}

/// Functions of the ATS opcode.
///
/// `ats_func3_t`, 3 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AtsFunc3(pub u8);

impl AtsFunc3 {
    /// send an ATS Invalidation Request to a device
    pub const INVAL: Self = Self(0);
    /// send a Page Request Group Response to a device
    pub const PRGR: Self = Self(1);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 3;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("INVAL"),
            1 => Some("PRGR"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for AtsFunc3 {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "AtsFunc3({:#x})", self.0),
        }
    }
}

/// Page Request Group Response codes (PCIe), used in ATS.PRGR payloads.
///
/// `prg_resp_t`, 4 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PrgResp(pub u8);

impl PrgResp {
    /// pages are resident, the device retries
    pub const SUCCESS: Self = Self(0);
    /// request cannot be satisfied (Invalid Request)
    pub const INVALID: Self = Self(1);
    /// catastrophic failure; the device disables its PRI
    pub const FAILURE: Self = Self(0xf);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 4;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("SUCCESS"),
            1 => Some("INVALID"),
            0xf => Some("FAILURE"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for PrgResp {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "PrgResp({:#x})", self.0),
        }
    }
}

/// Fault and event causes reported in fault records (12 bits; 275..2047 reserved,
/// 2048..4095 custom). Codes below 256 follow the RISC-V exception codes.
///
/// `fault_cause_t`, 12 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct FaultCause(pub u16);

impl FaultCause {
    /// instruction access fault
    pub const INST_ACCESS_FAULT: Self = Self(1);
    /// read address misaligned
    pub const RD_ADDR_MISALIGNED: Self = Self(4);
    /// read access fault
    pub const RD_ACCESS_FAULT: Self = Self(5);
    /// write/AMO address misaligned
    pub const WR_ADDR_MISALIGNED: Self = Self(6);
    /// write/AMO access fault
    pub const WR_ACCESS_FAULT: Self = Self(7);
    /// instruction page fault
    pub const INST_PAGE_FAULT: Self = Self(0xc);
    /// read page fault
    pub const RD_PAGE_FAULT: Self = Self(0xd);
    /// write/AMO page fault
    pub const WR_PAGE_FAULT: Self = Self(0xf);
    /// instruction guest-page fault
    pub const INST_GUEST_PAGE_FAULT: Self = Self(0x14);
    /// read guest-page fault
    pub const RD_GUEST_PAGE_FAULT: Self = Self(0x15);
    /// write/AMO guest-page fault
    pub const WR_GUEST_PAGE_FAULT: Self = Self(0x17);
    /// ddtp.iommu_mode is Off
    pub const ALL_INBOUND_DISALLOWED: Self = Self(0x100);
    /// access fault reading a DDT entry
    pub const DDT_LOAD_FAULT: Self = Self(0x101);
    /// DDT entry or device context not valid
    pub const DDT_INVALID: Self = Self(0x102);
    /// DDT entry or device context misconfigured
    pub const DDT_MISCONFIGURED: Self = Self(0x103);
    /// transaction type not allowed
    pub const TTYP_DISALLOWED: Self = Self(0x104);
    /// access fault reading an MSI PTE
    pub const MSI_PTE_LOAD_FAULT: Self = Self(0x105);
    /// MSI PTE not valid
    pub const MSI_PTE_INVALID: Self = Self(0x106);
    /// MSI PTE misconfigured
    pub const MSI_PTE_MISCONFIGURED: Self = Self(0x107);
    /// access fault on a memory-resident intr. file
    pub const MRIF_ACCESS_FAULT: Self = Self(0x108);
    /// access fault reading a PDT entry
    pub const PDT_LOAD_FAULT: Self = Self(0x109);
    /// PDT entry or process context not valid
    pub const PDT_INVALID: Self = Self(0x10a);
    /// PDT entry or process context misconfigured
    pub const PDT_MISCONFIGURED: Self = Self(0x10b);
    /// poisoned data read from the DDT
    pub const DDT_CORRUPTED: Self = Self(0x10c);
    /// poisoned data read from the PDT
    pub const PDT_CORRUPTED: Self = Self(0x10d);
    /// poisoned data read from an MSI page table
    pub const MSI_PT_CORRUPTED: Self = Self(0x10e);
    /// poisoned data read from an MRIF
    pub const MSI_MRIF_CORRUPTED: Self = Self(0x10f);
    /// internal data-path error in the IOMMU
    pub const INTERNAL_DP_ERROR: Self = Self(0x110);
    /// access fault on an IOMMU-generated MSI write
    pub const MSI_WR_FAULT: Self = Self(0x111);
    /// poisoned data read from a page table
    pub const PT_CORRUPTED: Self = Self(0x112);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 12;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            1 => Some("INST_ACCESS_FAULT"),
            4 => Some("RD_ADDR_MISALIGNED"),
            5 => Some("RD_ACCESS_FAULT"),
            6 => Some("WR_ADDR_MISALIGNED"),
            7 => Some("WR_ACCESS_FAULT"),
            0xc => Some("INST_PAGE_FAULT"),
            0xd => Some("RD_PAGE_FAULT"),
            0xf => Some("WR_PAGE_FAULT"),
            0x14 => Some("INST_GUEST_PAGE_FAULT"),
            0x15 => Some("RD_GUEST_PAGE_FAULT"),
            0x17 => Some("WR_GUEST_PAGE_FAULT"),
            0x100 => Some("ALL_INBOUND_DISALLOWED"),
            0x101 => Some("DDT_LOAD_FAULT"),
            0x102 => Some("DDT_INVALID"),
            0x103 => Some("DDT_MISCONFIGURED"),
            0x104 => Some("TTYP_DISALLOWED"),
            0x105 => Some("MSI_PTE_LOAD_FAULT"),
            0x106 => Some("MSI_PTE_INVALID"),
            0x107 => Some("MSI_PTE_MISCONFIGURED"),
            0x108 => Some("MRIF_ACCESS_FAULT"),
            0x109 => Some("PDT_LOAD_FAULT"),
            0x10a => Some("PDT_INVALID"),
            0x10b => Some("PDT_MISCONFIGURED"),
            0x10c => Some("DDT_CORRUPTED"),
            0x10d => Some("PDT_CORRUPTED"),
            0x10e => Some("MSI_PT_CORRUPTED"),
            0x10f => Some("MSI_MRIF_CORRUPTED"),
            0x110 => Some("INTERNAL_DP_ERROR"),
            0x111 => Some("MSI_WR_FAULT"),
            0x112 => Some("PT_CORRUPTED"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for FaultCause {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "FaultCause({:#x})", self.0),
        }
    }
}

/// Inbound transaction types reported in fault records (6 bits; 4 and 10..31 reserved,
/// 32..63 custom).
///
/// `ttyp_t`, 6 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Ttyp(pub u8);

impl Ttyp {
    /// fault not caused by an inbound transaction
    pub const NONE: Self = Self(0);
    /// untranslated read for execute
    pub const UADDR_INST_FETCH: Self = Self(1);
    /// untranslated read
    pub const UADDR_RD: Self = Self(2);
    /// untranslated write/AMO
    pub const UADDR_WR: Self = Self(3);
    /// translated read for execute
    pub const TADDR_INST_FETCH: Self = Self(5);
    /// translated read
    pub const TADDR_RD: Self = Self(6);
    /// translated write/AMO
    pub const TADDR_WR: Self = Self(7);
    /// PCIe ATS translation request
    pub const ATS_TRANSLATION: Self = Self(8);
    /// PCIe message request (iotval holds the message code)
    pub const PCIE_MSG: Self = Self(9);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 6;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("NONE"),
            1 => Some("UADDR_INST_FETCH"),
            2 => Some("UADDR_RD"),
            3 => Some("UADDR_WR"),
            5 => Some("TADDR_INST_FETCH"),
            6 => Some("TADDR_RD"),
            7 => Some("TADDR_WR"),
            8 => Some("ATS_TRANSLATION"),
            9 => Some("PCIE_MSG"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for Ttyp {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "Ttyp({:#x})", self.0),
        }
    }
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

    /// entry is valid
    ///
    /// Bits `[0]`.
    #[inline]
    pub const fn v(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `v` (bits `[0]`).
    #[inline]
    pub const fn set_v(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u64 & 1);
    }

    /// This value with `v` replaced.
    #[inline]
    #[must_use]
    pub const fn with_v(mut self, v: bool) -> Self {
        self.set_v(v);
        self
    }

    /// page number of the next-level table
    ///
    /// Bits `[53:10]`.
    #[inline]
    pub const fn ppn(&self) -> u64 {
        ((self.0 >> 10) & 0xfff_ffff_ffff) as u64
    }

    /// Set `ppn` (bits `[53:10]`).
    #[inline]
    pub const fn set_ppn(&mut self, v: u64) {
        debug_assert!((v as u64) >> 44 == 0, "value does not fit field `ppn`");
        self.0 = (self.0 & !(0xfff_ffff_ffff << 10)) | (((v) as u64 & 0xfff_ffff_ffff) << 10);
    }

    /// This value with `ppn` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ppn(mut self, v: u64) -> Self {
        self.set_ppn(v);
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

impl core::fmt::Debug for Ddte {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Ddte")
            .field("v", &self.v())
            .field("ppn", &self.ppn())
            .finish()
    }
}

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

    /// device context is valid
    ///
    /// Bits `[0]`.
    #[inline]
    pub const fn v(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `v` (bits `[0]`).
    #[inline]
    pub const fn set_v(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u64 & 1);
    }

    /// This value with `v` replaced.
    #[inline]
    #[must_use]
    pub const fn with_v(mut self, v: bool) -> Self {
        self.set_v(v);
        self
    }

    /// ATS translation requests and translated requests allowed
    ///
    /// Bits `[1]`.
    #[inline]
    pub const fn en_ats(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `en_ats` (bits `[1]`).
    #[inline]
    pub const fn set_en_ats(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u64 & 1) << 1);
    }

    /// This value with `en_ats` replaced.
    #[inline]
    #[must_use]
    pub const fn with_en_ats(mut self, v: bool) -> Self {
        self.set_en_ats(v);
        self
    }

    /// page requests (PRI) allowed
    ///
    /// Bits `[2]`.
    #[inline]
    pub const fn en_pri(&self) -> bool {
        (self.0 >> 2) & 1 != 0
    }

    /// Set `en_pri` (bits `[2]`).
    #[inline]
    pub const fn set_en_pri(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 2)) | (((v) as u64 & 1) << 2);
    }

    /// This value with `en_pri` replaced.
    #[inline]
    #[must_use]
    pub const fn with_en_pri(mut self, v: bool) -> Self {
        self.set_en_pri(v);
        self
    }

    /// ATS returns guest physical addresses (needs capabilities.t2gpa)
    ///
    /// Bits `[3]`.
    #[inline]
    pub const fn t2gpa(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `t2gpa` (bits `[3]`).
    #[inline]
    pub const fn set_t2gpa(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u64 & 1) << 3);
    }

    /// This value with `t2gpa` replaced.
    #[inline]
    #[must_use]
    pub const fn with_t2gpa(mut self, v: bool) -> Self {
        self.set_t2gpa(v);
        self
    }

    /// do not report translation faults of this device
    ///
    /// Bits `[4]`.
    #[inline]
    pub const fn dtf(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `dtf` (bits `[4]`).
    #[inline]
    pub const fn set_dtf(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u64 & 1) << 4);
    }

    /// This value with `dtf` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dtf(mut self, v: bool) -> Self {
        self.set_dtf(v);
        self
    }

    /// fsc holds a pdtp (process directory) instead of an iosatp
    ///
    /// Bits `[5]`.
    #[inline]
    pub const fn pdtv(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `pdtv` (bits `[5]`).
    #[inline]
    pub const fn set_pdtv(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u64 & 1) << 5);
    }

    /// This value with `pdtv` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pdtv(mut self, v: bool) -> Self {
        self.set_pdtv(v);
        self
    }

    /// IOMMU-generated PRG responses carry the PASID of the request
    ///
    /// Bits `[6]`.
    #[inline]
    pub const fn prpr(&self) -> bool {
        (self.0 >> 6) & 1 != 0
    }

    /// Set `prpr` (bits `[6]`).
    #[inline]
    pub const fn set_prpr(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 6)) | (((v) as u64 & 1) << 6);
    }

    /// This value with `prpr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_prpr(mut self, v: bool) -> Self {
        self.set_prpr(v);
        self
    }

    /// hardware sets second-stage A/D bits (needs capabilities.amo_hwad)
    ///
    /// Bits `[7]`.
    #[inline]
    pub const fn gade(&self) -> bool {
        (self.0 >> 7) & 1 != 0
    }

    /// Set `gade` (bits `[7]`).
    #[inline]
    pub const fn set_gade(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 7)) | (((v) as u64 & 1) << 7);
    }

    /// This value with `gade` replaced.
    #[inline]
    #[must_use]
    pub const fn with_gade(mut self, v: bool) -> Self {
        self.set_gade(v);
        self
    }

    /// hardware sets first-stage A/D bits (needs capabilities.amo_hwad)
    ///
    /// Bits `[8]`.
    #[inline]
    pub const fn sade(&self) -> bool {
        (self.0 >> 8) & 1 != 0
    }

    /// Set `sade` (bits `[8]`).
    #[inline]
    pub const fn set_sade(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 8)) | (((v) as u64 & 1) << 8);
    }

    /// This value with `sade` replaced.
    #[inline]
    #[must_use]
    pub const fn with_sade(mut self, v: bool) -> Self {
        self.set_sade(v);
        self
    }

    /// requests without process_id use process_id 0 (needs pdtv)
    ///
    /// Bits `[9]`.
    #[inline]
    pub const fn dpe(&self) -> bool {
        (self.0 >> 9) & 1 != 0
    }

    /// Set `dpe` (bits `[9]`).
    #[inline]
    pub const fn set_dpe(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 9)) | (((v) as u64 & 1) << 9);
    }

    /// This value with `dpe` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dpe(mut self, v: bool) -> Self {
        self.set_dpe(v);
        self
    }

    /// PDT and first-stage PTEs are big-endian (must be 0 here)
    ///
    /// Bits `[10]`.
    #[inline]
    pub const fn sbe(&self) -> bool {
        (self.0 >> 10) & 1 != 0
    }

    /// Set `sbe` (bits `[10]`).
    #[inline]
    pub const fn set_sbe(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 10)) | (((v) as u64 & 1) << 10);
    }

    /// This value with `sbe` replaced.
    #[inline]
    #[must_use]
    pub const fn with_sbe(mut self, v: bool) -> Self {
        self.set_sbe(v);
        self
    }

    /// first stage uses the 32-bit scheme family (must be 0 here)
    ///
    /// Bits `[11]`.
    #[inline]
    pub const fn sxl(&self) -> bool {
        (self.0 >> 11) & 1 != 0
    }

    /// Set `sxl` (bits `[11]`).
    #[inline]
    pub const fn set_sxl(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 11)) | (((v) as u64 & 1) << 11);
    }

    /// This value with `sxl` replaced.
    #[inline]
    #[must_use]
    pub const fn with_sxl(mut self, v: bool) -> Self {
        self.set_sxl(v);
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

impl core::fmt::Debug for DcTc {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("DcTc")
            .field("v", &self.v())
            .field("en_ats", &self.en_ats())
            .field("en_pri", &self.en_pri())
            .field("t2gpa", &self.t2gpa())
            .field("dtf", &self.dtf())
            .field("pdtv", &self.pdtv())
            .field("prpr", &self.prpr())
            .field("gade", &self.gade())
            .field("sade", &self.sade())
            .field("dpe", &self.dpe())
            .field("sbe", &self.sbe())
            .field("sxl", &self.sxl())
            .finish()
    }
}

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

    /// page number of the root second-stage table (16 KiB aligned)
    ///
    /// Bits `[43:0]`.
    #[inline]
    pub const fn ppn(&self) -> u64 {
        (self.0 & 0xfff_ffff_ffff) as u64
    }

    /// Set `ppn` (bits `[43:0]`).
    #[inline]
    pub const fn set_ppn(&mut self, v: u64) {
        debug_assert!((v as u64) >> 44 == 0, "value does not fit field `ppn`");
        self.0 = (self.0 & !0xfff_ffff_ffff) | ((v) as u64 & 0xfff_ffff_ffff);
    }

    /// This value with `ppn` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ppn(mut self, v: u64) -> Self {
        self.set_ppn(v);
        self
    }

    /// guest soft-context ID tagging cached second-stage translations
    ///
    /// Bits `[59:44]`.
    #[inline]
    pub const fn gscid(&self) -> u16 {
        ((self.0 >> 44) & 0xffff) as u16
    }

    /// Set `gscid` (bits `[59:44]`).
    #[inline]
    pub const fn set_gscid(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `gscid`");
        self.0 = (self.0 & !(0xffff << 44)) | (((v) as u64 & 0xffff) << 44);
    }

    /// This value with `gscid` replaced.
    #[inline]
    #[must_use]
    pub const fn with_gscid(mut self, v: u16) -> Self {
        self.set_gscid(v);
        self
    }

    /// second-stage scheme
    ///
    /// Bits `[63:60]`.
    #[inline]
    pub const fn mode(&self) -> IohgatpMode {
        IohgatpMode(((self.0 >> 60) & 0xf) as u8)
    }

    /// Set `mode` (bits `[63:60]`).
    #[inline]
    pub const fn set_mode(&mut self, v: IohgatpMode) {
        debug_assert!((v.0 as u64) >> 4 == 0, "value does not fit field `mode`");
        self.0 = (self.0 & !(0xf << 60)) | (((v.0) as u64 & 0xf) << 60);
    }

    /// This value with `mode` replaced.
    #[inline]
    #[must_use]
    pub const fn with_mode(mut self, v: IohgatpMode) -> Self {
        self.set_mode(v);
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

impl core::fmt::Debug for DcIohgatp {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("DcIohgatp")
            .field("ppn", &self.ppn())
            .field("gscid", &self.gscid())
            .field("mode", &self.mode())
            .finish()
    }
}

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

    /// process soft-context ID of the address space when pdtv is 0
    ///
    /// Bits `[31:12]`.
    #[inline]
    pub const fn pscid(&self) -> u32 {
        ((self.0 >> 12) & 0xf_ffff) as u32
    }

    /// Set `pscid` (bits `[31:12]`).
    #[inline]
    pub const fn set_pscid(&mut self, v: u32) {
        debug_assert!((v as u64) >> 20 == 0, "value does not fit field `pscid`");
        self.0 = (self.0 & !(0xf_ffff << 12)) | (((v) as u64 & 0xf_ffff) << 12);
    }

    /// This value with `pscid` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pscid(mut self, v: u32) -> Self {
        self.set_pscid(v);
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

impl core::fmt::Debug for DcTa {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("DcTa")
            .field("pscid", &self.pscid())
            .finish()
    }
}

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

    /// page number of the root page table or root PDT
    ///
    /// Bits `[43:0]`.
    #[inline]
    pub const fn ppn(&self) -> u64 {
        (self.0 & 0xfff_ffff_ffff) as u64
    }

    /// Set `ppn` (bits `[43:0]`).
    #[inline]
    pub const fn set_ppn(&mut self, v: u64) {
        debug_assert!((v as u64) >> 44 == 0, "value does not fit field `ppn`");
        self.0 = (self.0 & !0xfff_ffff_ffff) | ((v) as u64 & 0xfff_ffff_ffff);
    }

    /// This value with `ppn` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ppn(mut self, v: u64) -> Self {
        self.set_ppn(v);
        self
    }

    /// iosatp_mode_t when tc.pdtv is 0, pdtp_mode_t when it is 1
    ///
    /// Bits `[63:60]`.
    #[inline]
    pub const fn mode(&self) -> u8 {
        ((self.0 >> 60) & 0xf) as u8
    }

    /// Set `mode` (bits `[63:60]`).
    #[inline]
    pub const fn set_mode(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `mode`");
        self.0 = (self.0 & !(0xf << 60)) | (((v) as u64 & 0xf) << 60);
    }

    /// This value with `mode` replaced.
    #[inline]
    #[must_use]
    pub const fn with_mode(mut self, v: u8) -> Self {
        self.set_mode(v);
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

impl core::fmt::Debug for DcFsc {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("DcFsc")
            .field("ppn", &self.ppn())
            .field("mode", &self.mode())
            .finish()
    }
}

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

    /// translation control (doubleword 0, bytes 0..7)
    ///
    /// Bits `[63:0]`.
    #[inline]
    pub const fn tc(&self) -> DcTc {
        DcTc(crate::bits::get(&self.0, 0, 64) as u64)
    }

    /// Set `tc` (bits `[63:0]`).
    #[inline]
    pub const fn set_tc(&mut self, v: DcTc) {
        crate::bits::set(&mut self.0, 0, 64, v.0 as u64);
    }

    /// This value with `tc` replaced.
    #[inline]
    #[must_use]
    pub const fn with_tc(mut self, v: DcTc) -> Self {
        self.set_tc(v);
        self
    }

    /// second-stage context (doubleword 1, bytes 8..15)
    ///
    /// Bits `[127:64]`.
    #[inline]
    pub const fn iohgatp(&self) -> DcIohgatp {
        DcIohgatp(crate::bits::get(&self.0, 64, 64) as u64)
    }

    /// Set `iohgatp` (bits `[127:64]`).
    #[inline]
    pub const fn set_iohgatp(&mut self, v: DcIohgatp) {
        crate::bits::set(&mut self.0, 64, 64, v.0 as u64);
    }

    /// This value with `iohgatp` replaced.
    #[inline]
    #[must_use]
    pub const fn with_iohgatp(mut self, v: DcIohgatp) -> Self {
        self.set_iohgatp(v);
        self
    }

    /// translation attributes (doubleword 2, bytes 16..23)
    ///
    /// Bits `[191:128]`.
    #[inline]
    pub const fn ta(&self) -> DcTa {
        DcTa(crate::bits::get(&self.0, 128, 64) as u64)
    }

    /// Set `ta` (bits `[191:128]`).
    #[inline]
    pub const fn set_ta(&mut self, v: DcTa) {
        crate::bits::set(&mut self.0, 128, 64, v.0 as u64);
    }

    /// This value with `ta` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ta(mut self, v: DcTa) -> Self {
        self.set_ta(v);
        self
    }

    /// first-stage context (doubleword 3, bytes 24..31)
    ///
    /// Bits `[255:192]`.
    #[inline]
    pub const fn fsc(&self) -> DcFsc {
        DcFsc(crate::bits::get(&self.0, 192, 64) as u64)
    }

    /// Set `fsc` (bits `[255:192]`).
    #[inline]
    pub const fn set_fsc(&mut self, v: DcFsc) {
        crate::bits::set(&mut self.0, 192, 64, v.0 as u64);
    }

    /// This value with `fsc` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fsc(mut self, v: DcFsc) -> Self {
        self.set_fsc(v);
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
    pub const fn to_le_bytes(&self) -> [u8; 32] {
        let mut out = [0u8; 32];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 32]) -> Self {
        let mut v = Self([0; 8]);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for DeviceContext {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("DeviceContext")
            .field("tc", &self.tc())
            .field("iohgatp", &self.iohgatp())
            .field("ta", &self.ta())
            .field("fsc", &self.fsc())
            .finish()
    }
}

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

    /// entry is valid
    ///
    /// Bits `[0]`.
    #[inline]
    pub const fn v(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `v` (bits `[0]`).
    #[inline]
    pub const fn set_v(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u64 & 1);
    }

    /// This value with `v` replaced.
    #[inline]
    #[must_use]
    pub const fn with_v(mut self, v: bool) -> Self {
        self.set_v(v);
        self
    }

    /// page number of the next-level table
    ///
    /// Bits `[53:10]`.
    #[inline]
    pub const fn ppn(&self) -> u64 {
        ((self.0 >> 10) & 0xfff_ffff_ffff) as u64
    }

    /// Set `ppn` (bits `[53:10]`).
    #[inline]
    pub const fn set_ppn(&mut self, v: u64) {
        debug_assert!((v as u64) >> 44 == 0, "value does not fit field `ppn`");
        self.0 = (self.0 & !(0xfff_ffff_ffff << 10)) | (((v) as u64 & 0xfff_ffff_ffff) << 10);
    }

    /// This value with `ppn` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ppn(mut self, v: u64) -> Self {
        self.set_ppn(v);
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

impl core::fmt::Debug for Pdte {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Pdte")
            .field("v", &self.v())
            .field("ppn", &self.ppn())
            .finish()
    }
}

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

    /// process context is valid
    ///
    /// Bits `[0]`.
    #[inline]
    pub const fn v(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `v` (bits `[0]`).
    #[inline]
    pub const fn set_v(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u64 & 1);
    }

    /// This value with `v` replaced.
    #[inline]
    #[must_use]
    pub const fn with_v(mut self, v: bool) -> Self {
        self.set_v(v);
        self
    }

    /// supervisor-privilege requests are allowed
    ///
    /// Bits `[1]`.
    #[inline]
    pub const fn ens(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `ens` (bits `[1]`).
    #[inline]
    pub const fn set_ens(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u64 & 1) << 1);
    }

    /// This value with `ens` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ens(mut self, v: bool) -> Self {
        self.set_ens(v);
        self
    }

    /// supervisor requests may access user (U=1) pages
    ///
    /// Bits `[2]`.
    #[inline]
    pub const fn sum(&self) -> bool {
        (self.0 >> 2) & 1 != 0
    }

    /// Set `sum` (bits `[2]`).
    #[inline]
    pub const fn set_sum(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 2)) | (((v) as u64 & 1) << 2);
    }

    /// This value with `sum` replaced.
    #[inline]
    #[must_use]
    pub const fn with_sum(mut self, v: bool) -> Self {
        self.set_sum(v);
        self
    }

    /// process soft-context ID of the address space
    ///
    /// Bits `[31:12]`.
    #[inline]
    pub const fn pscid(&self) -> u32 {
        ((self.0 >> 12) & 0xf_ffff) as u32
    }

    /// Set `pscid` (bits `[31:12]`).
    #[inline]
    pub const fn set_pscid(&mut self, v: u32) {
        debug_assert!((v as u64) >> 20 == 0, "value does not fit field `pscid`");
        self.0 = (self.0 & !(0xf_ffff << 12)) | (((v) as u64 & 0xf_ffff) << 12);
    }

    /// This value with `pscid` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pscid(mut self, v: u32) -> Self {
        self.set_pscid(v);
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

impl core::fmt::Debug for PcTa {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PcTa")
            .field("v", &self.v())
            .field("ens", &self.ens())
            .field("sum", &self.sum())
            .field("pscid", &self.pscid())
            .finish()
    }
}

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

    /// page number of the root first-stage page table
    ///
    /// Bits `[43:0]`.
    #[inline]
    pub const fn ppn(&self) -> u64 {
        (self.0 & 0xfff_ffff_ffff) as u64
    }

    /// Set `ppn` (bits `[43:0]`).
    #[inline]
    pub const fn set_ppn(&mut self, v: u64) {
        debug_assert!((v as u64) >> 44 == 0, "value does not fit field `ppn`");
        self.0 = (self.0 & !0xfff_ffff_ffff) | ((v) as u64 & 0xfff_ffff_ffff);
    }

    /// This value with `ppn` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ppn(mut self, v: u64) -> Self {
        self.set_ppn(v);
        self
    }

    /// first-stage scheme
    ///
    /// Bits `[63:60]`.
    #[inline]
    pub const fn mode(&self) -> IosatpMode {
        IosatpMode(((self.0 >> 60) & 0xf) as u8)
    }

    /// Set `mode` (bits `[63:60]`).
    #[inline]
    pub const fn set_mode(&mut self, v: IosatpMode) {
        debug_assert!((v.0 as u64) >> 4 == 0, "value does not fit field `mode`");
        self.0 = (self.0 & !(0xf << 60)) | (((v.0) as u64 & 0xf) << 60);
    }

    /// This value with `mode` replaced.
    #[inline]
    #[must_use]
    pub const fn with_mode(mut self, v: IosatpMode) -> Self {
        self.set_mode(v);
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

impl core::fmt::Debug for PcFsc {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PcFsc")
            .field("ppn", &self.ppn())
            .field("mode", &self.mode())
            .finish()
    }
}

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

    /// translation attributes (doubleword 0, bytes 0..7)
    ///
    /// Bits `[63:0]`.
    #[inline]
    pub const fn ta(&self) -> PcTa {
        PcTa(crate::bits::get(&self.0, 0, 64) as u64)
    }

    /// Set `ta` (bits `[63:0]`).
    #[inline]
    pub const fn set_ta(&mut self, v: PcTa) {
        crate::bits::set(&mut self.0, 0, 64, v.0 as u64);
    }

    /// This value with `ta` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ta(mut self, v: PcTa) -> Self {
        self.set_ta(v);
        self
    }

    /// first-stage context (doubleword 1, bytes 8..15)
    ///
    /// Bits `[127:64]`.
    #[inline]
    pub const fn fsc(&self) -> PcFsc {
        PcFsc(crate::bits::get(&self.0, 64, 64) as u64)
    }

    /// Set `fsc` (bits `[127:64]`).
    #[inline]
    pub const fn set_fsc(&mut self, v: PcFsc) {
        crate::bits::set(&mut self.0, 64, 64, v.0 as u64);
    }

    /// This value with `fsc` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fsc(mut self, v: PcFsc) -> Self {
        self.set_fsc(v);
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

impl core::fmt::Debug for ProcessContext {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ProcessContext")
            .field("ta", &self.ta())
            .field("fsc", &self.fsc())
            .finish()
    }
}

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

    /// entry is valid
    ///
    /// Bits `[0]`.
    #[inline]
    pub const fn v(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `v` (bits `[0]`).
    #[inline]
    pub const fn set_v(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u64 & 1);
    }

    /// This value with `v` replaced.
    #[inline]
    #[must_use]
    pub const fn with_v(mut self, v: bool) -> Self {
        self.set_v(v);
        self
    }

    /// readable
    ///
    /// Bits `[1]`.
    #[inline]
    pub const fn r(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `r` (bits `[1]`).
    #[inline]
    pub const fn set_r(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u64 & 1) << 1);
    }

    /// This value with `r` replaced.
    #[inline]
    #[must_use]
    pub const fn with_r(mut self, v: bool) -> Self {
        self.set_r(v);
        self
    }

    /// writable
    ///
    /// Bits `[2]`.
    #[inline]
    pub const fn w(&self) -> bool {
        (self.0 >> 2) & 1 != 0
    }

    /// Set `w` (bits `[2]`).
    #[inline]
    pub const fn set_w(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 2)) | (((v) as u64 & 1) << 2);
    }

    /// This value with `w` replaced.
    #[inline]
    #[must_use]
    pub const fn with_w(mut self, v: bool) -> Self {
        self.set_w(v);
        self
    }

    /// executable
    ///
    /// Bits `[3]`.
    #[inline]
    pub const fn x(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `x` (bits `[3]`).
    #[inline]
    pub const fn set_x(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u64 & 1) << 3);
    }

    /// This value with `x` replaced.
    #[inline]
    #[must_use]
    pub const fn with_x(mut self, v: bool) -> Self {
        self.set_x(v);
        self
    }

    /// accessible to user mode
    ///
    /// Bits `[4]`.
    #[inline]
    pub const fn u(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `u` (bits `[4]`).
    #[inline]
    pub const fn set_u(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u64 & 1) << 4);
    }

    /// This value with `u` replaced.
    #[inline]
    #[must_use]
    pub const fn with_u(mut self, v: bool) -> Self {
        self.set_u(v);
        self
    }

    /// global mapping (all address spaces)
    ///
    /// Bits `[5]`.
    #[inline]
    pub const fn g(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `g` (bits `[5]`).
    #[inline]
    pub const fn set_g(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u64 & 1) << 5);
    }

    /// This value with `g` replaced.
    #[inline]
    #[must_use]
    pub const fn with_g(mut self, v: bool) -> Self {
        self.set_g(v);
        self
    }

    /// the page has been accessed
    ///
    /// Bits `[6]`.
    #[inline]
    pub const fn a(&self) -> bool {
        (self.0 >> 6) & 1 != 0
    }

    /// Set `a` (bits `[6]`).
    #[inline]
    pub const fn set_a(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 6)) | (((v) as u64 & 1) << 6);
    }

    /// This value with `a` replaced.
    #[inline]
    #[must_use]
    pub const fn with_a(mut self, v: bool) -> Self {
        self.set_a(v);
        self
    }

    /// the page has been written (dirty)
    ///
    /// Bits `[7]`.
    #[inline]
    pub const fn d(&self) -> bool {
        (self.0 >> 7) & 1 != 0
    }

    /// Set `d` (bits `[7]`).
    #[inline]
    pub const fn set_d(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 7)) | (((v) as u64 & 1) << 7);
    }

    /// This value with `d` replaced.
    #[inline]
    #[must_use]
    pub const fn with_d(mut self, v: bool) -> Self {
        self.set_d(v);
        self
    }

    /// reserved for supervisor software, ignored by hardware
    ///
    /// Bits `[9:8]`.
    #[inline]
    pub const fn rsw(&self) -> u8 {
        ((self.0 >> 8) & 3) as u8
    }

    /// Set `rsw` (bits `[9:8]`).
    #[inline]
    pub const fn set_rsw(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `rsw`");
        self.0 = (self.0 & !(3 << 8)) | (((v) as u64 & 3) << 8);
    }

    /// This value with `rsw` replaced.
    #[inline]
    #[must_use]
    pub const fn with_rsw(mut self, v: u8) -> Self {
        self.set_rsw(v);
        self
    }

    /// physical page number of the page or next-level table
    ///
    /// Bits `[53:10]`.
    #[inline]
    pub const fn ppn(&self) -> u64 {
        ((self.0 >> 10) & 0xfff_ffff_ffff) as u64
    }

    /// Set `ppn` (bits `[53:10]`).
    #[inline]
    pub const fn set_ppn(&mut self, v: u64) {
        debug_assert!((v as u64) >> 44 == 0, "value does not fit field `ppn`");
        self.0 = (self.0 & !(0xfff_ffff_ffff << 10)) | (((v) as u64 & 0xfff_ffff_ffff) << 10);
    }

    /// This value with `ppn` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ppn(mut self, v: u64) -> Self {
        self.set_ppn(v);
        self
    }

    /// page-based memory type (Svpbmt)
    ///
    /// Bits `[62:61]`.
    #[inline]
    pub const fn pbmt(&self) -> u8 {
        ((self.0 >> 61) & 3) as u8
    }

    /// Set `pbmt` (bits `[62:61]`).
    #[inline]
    pub const fn set_pbmt(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `pbmt`");
        self.0 = (self.0 & !(3 << 61)) | (((v) as u64 & 3) << 61);
    }

    /// This value with `pbmt` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pbmt(mut self, v: u8) -> Self {
        self.set_pbmt(v);
        self
    }

    /// NAPOT contiguous range (Svnapot, 64 KiB)
    ///
    /// Bits `[63]`.
    #[inline]
    pub const fn n(&self) -> bool {
        (self.0 >> 63) & 1 != 0
    }

    /// Set `n` (bits `[63]`).
    #[inline]
    pub const fn set_n(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 63)) | (((v) as u64 & 1) << 63);
    }

    /// This value with `n` replaced.
    #[inline]
    #[must_use]
    pub const fn with_n(mut self, v: bool) -> Self {
        self.set_n(v);
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

impl core::fmt::Debug for Pte {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Pte")
            .field("v", &self.v())
            .field("r", &self.r())
            .field("w", &self.w())
            .field("x", &self.x())
            .field("u", &self.u())
            .field("g", &self.g())
            .field("a", &self.a())
            .field("d", &self.d())
            .field("rsw", &self.rsw())
            .field("ppn", &self.ppn())
            .field("pbmt", &self.pbmt())
            .field("n", &self.n())
            .finish()
    }
}

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

    /// command group
    ///
    /// Bits `[6:0]`.
    #[inline]
    pub const fn opcode(&self) -> CmdOpcode {
        CmdOpcode(crate::bits::get(&self.0, 0, 7) as u8)
    }

    /// Set `opcode` (bits `[6:0]`).
    #[inline]
    pub const fn set_opcode(&mut self, v: CmdOpcode) {
        debug_assert!((v.0 as u64) >> 7 == 0, "value does not fit field `opcode`");
        crate::bits::set(&mut self.0, 0, 7, v.0 as u64);
    }

    /// This value with `opcode` replaced.
    #[inline]
    #[must_use]
    pub const fn with_opcode(mut self, v: CmdOpcode) -> Self {
        self.set_opcode(v);
        self
    }

    /// function within the opcode
    ///
    /// Bits `[9:7]`.
    #[inline]
    pub const fn func3(&self) -> u8 {
        crate::bits::get(&self.0, 7, 3) as u8
    }

    /// Set `func3` (bits `[9:7]`).
    #[inline]
    pub const fn set_func3(&mut self, v: u8) {
        debug_assert!((v as u64) >> 3 == 0, "value does not fit field `func3`");
        crate::bits::set(&mut self.0, 7, 3, v as u64);
    }

    /// This value with `func3` replaced.
    #[inline]
    #[must_use]
    pub const fn with_func3(mut self, v: u8) -> Self {
        self.set_func3(v);
        self
    }

    /// opcode-specific operands of the first doubleword
    ///
    /// Bits `[63:10]`.
    #[inline]
    pub const fn operands(&self) -> u64 {
        crate::bits::get(&self.0, 10, 54) as u64
    }

    /// Set `operands` (bits `[63:10]`).
    #[inline]
    pub const fn set_operands(&mut self, v: u64) {
        debug_assert!((v as u64) >> 54 == 0, "value does not fit field `operands`");
        crate::bits::set(&mut self.0, 10, 54, v as u64);
    }

    /// This value with `operands` replaced.
    #[inline]
    #[must_use]
    pub const fn with_operands(mut self, v: u64) -> Self {
        self.set_operands(v);
        self
    }

    /// second doubleword: opcode-specific operands
    ///
    /// Bits `[127:64]`.
    #[inline]
    pub const fn dw1(&self) -> u64 {
        crate::bits::get(&self.0, 64, 64) as u64
    }

    /// Set `dw1` (bits `[127:64]`).
    #[inline]
    pub const fn set_dw1(&mut self, v: u64) {
        crate::bits::set(&mut self.0, 64, 64, v as u64);
    }

    /// This value with `dw1` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dw1(mut self, v: u64) -> Self {
        self.set_dw1(v);
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

impl core::fmt::Debug for Cmd {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Cmd")
            .field("opcode", &self.opcode())
            .field("func3", &self.func3())
            .field("operands", &self.operands())
            .field("dw1", &self.dw1())
            .finish()
    }
}

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

    /// IOTINVAL
    ///
    /// Bits `[6:0]`.
    #[inline]
    pub const fn opcode(&self) -> CmdOpcode {
        CmdOpcode(crate::bits::get(&self.0, 0, 7) as u8)
    }

    /// Set `opcode` (bits `[6:0]`).
    #[inline]
    pub const fn set_opcode(&mut self, v: CmdOpcode) {
        debug_assert!((v.0 as u64) >> 7 == 0, "value does not fit field `opcode`");
        crate::bits::set(&mut self.0, 0, 7, v.0 as u64);
    }

    /// This value with `opcode` replaced.
    #[inline]
    #[must_use]
    pub const fn with_opcode(mut self, v: CmdOpcode) -> Self {
        self.set_opcode(v);
        self
    }

    /// VMA or GVMA
    ///
    /// Bits `[9:7]`.
    #[inline]
    pub const fn func3(&self) -> IotinvalFunc3 {
        IotinvalFunc3(crate::bits::get(&self.0, 7, 3) as u8)
    }

    /// Set `func3` (bits `[9:7]`).
    #[inline]
    pub const fn set_func3(&mut self, v: IotinvalFunc3) {
        debug_assert!((v.0 as u64) >> 3 == 0, "value does not fit field `func3`");
        crate::bits::set(&mut self.0, 7, 3, v.0 as u64);
    }

    /// This value with `func3` replaced.
    #[inline]
    #[must_use]
    pub const fn with_func3(mut self, v: IotinvalFunc3) -> Self {
        self.set_func3(v);
        self
    }

    /// addr is valid (else the whole address space)
    ///
    /// Bits `[10]`.
    #[inline]
    pub const fn av(&self) -> bool {
        crate::bits::get(&self.0, 10, 1) != 0
    }

    /// Set `av` (bits `[10]`).
    #[inline]
    pub const fn set_av(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 10, 1, v as u64);
    }

    /// This value with `av` replaced.
    #[inline]
    #[must_use]
    pub const fn with_av(mut self, v: bool) -> Self {
        self.set_av(v);
        self
    }

    /// process soft-context ID when pscv is 1
    ///
    /// Bits `[31:12]`.
    #[inline]
    pub const fn pscid(&self) -> u32 {
        crate::bits::get(&self.0, 12, 20) as u32
    }

    /// Set `pscid` (bits `[31:12]`).
    #[inline]
    pub const fn set_pscid(&mut self, v: u32) {
        debug_assert!((v as u64) >> 20 == 0, "value does not fit field `pscid`");
        crate::bits::set(&mut self.0, 12, 20, v as u64);
    }

    /// This value with `pscid` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pscid(mut self, v: u32) -> Self {
        self.set_pscid(v);
        self
    }

    /// pscid is valid (VMA only)
    ///
    /// Bits `[32]`.
    #[inline]
    pub const fn pscv(&self) -> bool {
        crate::bits::get(&self.0, 32, 1) != 0
    }

    /// Set `pscv` (bits `[32]`).
    #[inline]
    pub const fn set_pscv(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 32, 1, v as u64);
    }

    /// This value with `pscv` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pscv(mut self, v: bool) -> Self {
        self.set_pscv(v);
        self
    }

    /// gscid is valid (else host address spaces)
    ///
    /// Bits `[33]`.
    #[inline]
    pub const fn gv(&self) -> bool {
        crate::bits::get(&self.0, 33, 1) != 0
    }

    /// Set `gv` (bits `[33]`).
    #[inline]
    pub const fn set_gv(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 33, 1, v as u64);
    }

    /// This value with `gv` replaced.
    #[inline]
    #[must_use]
    pub const fn with_gv(mut self, v: bool) -> Self {
        self.set_gv(v);
        self
    }

    /// guest soft-context ID when gv is 1
    ///
    /// Bits `[59:44]`.
    #[inline]
    pub const fn gscid(&self) -> u16 {
        crate::bits::get(&self.0, 44, 16) as u16
    }

    /// Set `gscid` (bits `[59:44]`).
    #[inline]
    pub const fn set_gscid(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `gscid`");
        crate::bits::set(&mut self.0, 44, 16, v as u64);
    }

    /// This value with `gscid` replaced.
    #[inline]
    #[must_use]
    pub const fn with_gscid(mut self, v: u16) -> Self {
        self.set_gscid(v);
        self
    }

    /// bits 63:12 of the IOVA (VMA) or GPA (GVMA) when av is 1
    ///
    /// Bits `[125:74]`.
    #[inline]
    pub const fn addr(&self) -> u64 {
        crate::bits::get(&self.0, 74, 52) as u64
    }

    /// Set `addr` (bits `[125:74]`).
    #[inline]
    pub const fn set_addr(&mut self, v: u64) {
        debug_assert!((v as u64) >> 52 == 0, "value does not fit field `addr`");
        crate::bits::set(&mut self.0, 74, 52, v as u64);
    }

    /// This value with `addr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_addr(mut self, v: u64) -> Self {
        self.set_addr(v);
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

impl core::fmt::Debug for CmdIotinval {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("CmdIotinval")
            .field("opcode", &self.opcode())
            .field("func3", &self.func3())
            .field("av", &self.av())
            .field("pscid", &self.pscid())
            .field("pscv", &self.pscv())
            .field("gv", &self.gv())
            .field("gscid", &self.gscid())
            .field("addr", &self.addr())
            .finish()
    }
}

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

    /// IOFENCE
    ///
    /// Bits `[6:0]`.
    #[inline]
    pub const fn opcode(&self) -> CmdOpcode {
        CmdOpcode(crate::bits::get(&self.0, 0, 7) as u8)
    }

    /// Set `opcode` (bits `[6:0]`).
    #[inline]
    pub const fn set_opcode(&mut self, v: CmdOpcode) {
        debug_assert!((v.0 as u64) >> 7 == 0, "value does not fit field `opcode`");
        crate::bits::set(&mut self.0, 0, 7, v.0 as u64);
    }

    /// This value with `opcode` replaced.
    #[inline]
    #[must_use]
    pub const fn with_opcode(mut self, v: CmdOpcode) -> Self {
        self.set_opcode(v);
        self
    }

    /// C
    ///
    /// Bits `[9:7]`.
    #[inline]
    pub const fn func3(&self) -> IofenceFunc3 {
        IofenceFunc3(crate::bits::get(&self.0, 7, 3) as u8)
    }

    /// Set `func3` (bits `[9:7]`).
    #[inline]
    pub const fn set_func3(&mut self, v: IofenceFunc3) {
        debug_assert!((v.0 as u64) >> 3 == 0, "value does not fit field `func3`");
        crate::bits::set(&mut self.0, 7, 3, v.0 as u64);
    }

    /// This value with `func3` replaced.
    #[inline]
    #[must_use]
    pub const fn with_func3(mut self, v: IofenceFunc3) -> Self {
        self.set_func3(v);
        self
    }

    /// write data to addr on completion
    ///
    /// Bits `[10]`.
    #[inline]
    pub const fn av(&self) -> bool {
        crate::bits::get(&self.0, 10, 1) != 0
    }

    /// Set `av` (bits `[10]`).
    #[inline]
    pub const fn set_av(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 10, 1, v as u64);
    }

    /// This value with `av` replaced.
    #[inline]
    #[must_use]
    pub const fn with_av(mut self, v: bool) -> Self {
        self.set_av(v);
        self
    }

    /// set cqcsr.fence_w_ip on completion (wired interrupts)
    ///
    /// Bits `[11]`.
    #[inline]
    pub const fn wsi(&self) -> bool {
        crate::bits::get(&self.0, 11, 1) != 0
    }

    /// Set `wsi` (bits `[11]`).
    #[inline]
    pub const fn set_wsi(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 11, 1, v as u64);
    }

    /// This value with `wsi` replaced.
    #[inline]
    #[must_use]
    pub const fn with_wsi(mut self, v: bool) -> Self {
        self.set_wsi(v);
        self
    }

    /// order earlier device reads globally before completing
    ///
    /// Bits `[12]`.
    #[inline]
    pub const fn pr(&self) -> bool {
        crate::bits::get(&self.0, 12, 1) != 0
    }

    /// Set `pr` (bits `[12]`).
    #[inline]
    pub const fn set_pr(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 12, 1, v as u64);
    }

    /// This value with `pr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pr(mut self, v: bool) -> Self {
        self.set_pr(v);
        self
    }

    /// order earlier device writes globally before completing
    ///
    /// Bits `[13]`.
    #[inline]
    pub const fn pw(&self) -> bool {
        crate::bits::get(&self.0, 13, 1) != 0
    }

    /// Set `pw` (bits `[13]`).
    #[inline]
    pub const fn set_pw(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 13, 1, v as u64);
    }

    /// This value with `pw` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pw(mut self, v: bool) -> Self {
        self.set_pw(v);
        self
    }

    /// 32-bit value stored at addr on completion when av is 1
    ///
    /// Bits `[63:32]`.
    #[inline]
    pub const fn data(&self) -> u32 {
        crate::bits::get(&self.0, 32, 32) as u32
    }

    /// Set `data` (bits `[63:32]`).
    #[inline]
    pub const fn set_data(&mut self, v: u32) {
        debug_assert!((v as u64) >> 32 == 0, "value does not fit field `data`");
        crate::bits::set(&mut self.0, 32, 32, v as u64);
    }

    /// This value with `data` replaced.
    #[inline]
    #[must_use]
    pub const fn with_data(mut self, v: u32) -> Self {
        self.set_data(v);
        self
    }

    /// bits 63:2 of the address data is written to when av is 1
    ///
    /// Bits `[125:64]`.
    #[inline]
    pub const fn addr(&self) -> u64 {
        crate::bits::get(&self.0, 64, 62) as u64
    }

    /// Set `addr` (bits `[125:64]`).
    #[inline]
    pub const fn set_addr(&mut self, v: u64) {
        debug_assert!((v as u64) >> 62 == 0, "value does not fit field `addr`");
        crate::bits::set(&mut self.0, 64, 62, v as u64);
    }

    /// This value with `addr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_addr(mut self, v: u64) -> Self {
        self.set_addr(v);
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

impl core::fmt::Debug for CmdIofence {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("CmdIofence")
            .field("opcode", &self.opcode())
            .field("func3", &self.func3())
            .field("av", &self.av())
            .field("wsi", &self.wsi())
            .field("pr", &self.pr())
            .field("pw", &self.pw())
            .field("data", &self.data())
            .field("addr", &self.addr())
            .finish()
    }
}

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

    /// IODIR
    ///
    /// Bits `[6:0]`.
    #[inline]
    pub const fn opcode(&self) -> CmdOpcode {
        CmdOpcode(crate::bits::get(&self.0, 0, 7) as u8)
    }

    /// Set `opcode` (bits `[6:0]`).
    #[inline]
    pub const fn set_opcode(&mut self, v: CmdOpcode) {
        debug_assert!((v.0 as u64) >> 7 == 0, "value does not fit field `opcode`");
        crate::bits::set(&mut self.0, 0, 7, v.0 as u64);
    }

    /// This value with `opcode` replaced.
    #[inline]
    #[must_use]
    pub const fn with_opcode(mut self, v: CmdOpcode) -> Self {
        self.set_opcode(v);
        self
    }

    /// INVAL_DDT or INVAL_PDT
    ///
    /// Bits `[9:7]`.
    #[inline]
    pub const fn func3(&self) -> IodirFunc3 {
        IodirFunc3(crate::bits::get(&self.0, 7, 3) as u8)
    }

    /// Set `func3` (bits `[9:7]`).
    #[inline]
    pub const fn set_func3(&mut self, v: IodirFunc3) {
        debug_assert!((v.0 as u64) >> 3 == 0, "value does not fit field `func3`");
        crate::bits::set(&mut self.0, 7, 3, v.0 as u64);
    }

    /// This value with `func3` replaced.
    #[inline]
    #[must_use]
    pub const fn with_func3(mut self, v: IodirFunc3) -> Self {
        self.set_func3(v);
        self
    }

    /// process_id whose PDT entry is invalidated (INVAL_PDT only)
    ///
    /// Bits `[31:12]`.
    #[inline]
    pub const fn pid(&self) -> u32 {
        crate::bits::get(&self.0, 12, 20) as u32
    }

    /// Set `pid` (bits `[31:12]`).
    #[inline]
    pub const fn set_pid(&mut self, v: u32) {
        debug_assert!((v as u64) >> 20 == 0, "value does not fit field `pid`");
        crate::bits::set(&mut self.0, 12, 20, v as u64);
    }

    /// This value with `pid` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pid(mut self, v: u32) -> Self {
        self.set_pid(v);
        self
    }

    /// did is valid (else all devices; must be 1 for INVAL_PDT)
    ///
    /// Bits `[33]`.
    #[inline]
    pub const fn dv(&self) -> bool {
        crate::bits::get(&self.0, 33, 1) != 0
    }

    /// Set `dv` (bits `[33]`).
    #[inline]
    pub const fn set_dv(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 33, 1, v as u64);
    }

    /// This value with `dv` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dv(mut self, v: bool) -> Self {
        self.set_dv(v);
        self
    }

    /// device_id when dv is 1
    ///
    /// Bits `[63:40]`.
    #[inline]
    pub const fn did(&self) -> u32 {
        crate::bits::get(&self.0, 40, 24) as u32
    }

    /// Set `did` (bits `[63:40]`).
    #[inline]
    pub const fn set_did(&mut self, v: u32) {
        debug_assert!((v as u64) >> 24 == 0, "value does not fit field `did`");
        crate::bits::set(&mut self.0, 40, 24, v as u64);
    }

    /// This value with `did` replaced.
    #[inline]
    #[must_use]
    pub const fn with_did(mut self, v: u32) -> Self {
        self.set_did(v);
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

impl core::fmt::Debug for CmdIodir {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("CmdIodir")
            .field("opcode", &self.opcode())
            .field("func3", &self.func3())
            .field("pid", &self.pid())
            .field("dv", &self.dv())
            .field("did", &self.did())
            .finish()
    }
}

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

    /// ATS
    ///
    /// Bits `[6:0]`.
    #[inline]
    pub const fn opcode(&self) -> CmdOpcode {
        CmdOpcode(crate::bits::get(&self.0, 0, 7) as u8)
    }

    /// Set `opcode` (bits `[6:0]`).
    #[inline]
    pub const fn set_opcode(&mut self, v: CmdOpcode) {
        debug_assert!((v.0 as u64) >> 7 == 0, "value does not fit field `opcode`");
        crate::bits::set(&mut self.0, 0, 7, v.0 as u64);
    }

    /// This value with `opcode` replaced.
    #[inline]
    #[must_use]
    pub const fn with_opcode(mut self, v: CmdOpcode) -> Self {
        self.set_opcode(v);
        self
    }

    /// INVAL or PRGR
    ///
    /// Bits `[9:7]`.
    #[inline]
    pub const fn func3(&self) -> AtsFunc3 {
        AtsFunc3(crate::bits::get(&self.0, 7, 3) as u8)
    }

    /// Set `func3` (bits `[9:7]`).
    #[inline]
    pub const fn set_func3(&mut self, v: AtsFunc3) {
        debug_assert!((v.0 as u64) >> 3 == 0, "value does not fit field `func3`");
        crate::bits::set(&mut self.0, 7, 3, v.0 as u64);
    }

    /// This value with `func3` replaced.
    #[inline]
    #[must_use]
    pub const fn with_func3(mut self, v: AtsFunc3) -> Self {
        self.set_func3(v);
        self
    }

    /// PASID of the message when pv is 1
    ///
    /// Bits `[31:12]`.
    #[inline]
    pub const fn pid(&self) -> u32 {
        crate::bits::get(&self.0, 12, 20) as u32
    }

    /// Set `pid` (bits `[31:12]`).
    #[inline]
    pub const fn set_pid(&mut self, v: u32) {
        debug_assert!((v as u64) >> 20 == 0, "value does not fit field `pid`");
        crate::bits::set(&mut self.0, 12, 20, v as u64);
    }

    /// This value with `pid` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pid(mut self, v: u32) -> Self {
        self.set_pid(v);
        self
    }

    /// the message carries a PASID prefix with pid
    ///
    /// Bits `[32]`.
    #[inline]
    pub const fn pv(&self) -> bool {
        crate::bits::get(&self.0, 32, 1) != 0
    }

    /// Set `pv` (bits `[32]`).
    #[inline]
    pub const fn set_pv(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 32, 1, v as u64);
    }

    /// This value with `pv` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pv(mut self, v: bool) -> Self {
        self.set_pv(v);
        self
    }

    /// dseg is valid
    ///
    /// Bits `[33]`.
    #[inline]
    pub const fn dsv(&self) -> bool {
        crate::bits::get(&self.0, 33, 1) != 0
    }

    /// Set `dsv` (bits `[33]`).
    #[inline]
    pub const fn set_dsv(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 33, 1, v as u64);
    }

    /// This value with `dsv` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dsv(mut self, v: bool) -> Self {
        self.set_dsv(v);
        self
    }

    /// requester ID (bus/device/function) of the target function
    ///
    /// Bits `[55:40]`.
    #[inline]
    pub const fn rid(&self) -> u16 {
        crate::bits::get(&self.0, 40, 16) as u16
    }

    /// Set `rid` (bits `[55:40]`).
    #[inline]
    pub const fn set_rid(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `rid`");
        crate::bits::set(&mut self.0, 40, 16, v as u64);
    }

    /// This value with `rid` replaced.
    #[inline]
    #[must_use]
    pub const fn with_rid(mut self, v: u16) -> Self {
        self.set_rid(v);
        self
    }

    /// destination segment number when dsv is 1
    ///
    /// Bits `[63:56]`.
    #[inline]
    pub const fn dseg(&self) -> u8 {
        crate::bits::get(&self.0, 56, 8) as u8
    }

    /// Set `dseg` (bits `[63:56]`).
    #[inline]
    pub const fn set_dseg(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `dseg`");
        crate::bits::set(&mut self.0, 56, 8, v as u64);
    }

    /// This value with `dseg` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dseg(mut self, v: u8) -> Self {
        self.set_dseg(v);
        self
    }

    /// message body (doubleword 1)
    ///
    /// Bits `[127:64]`.
    #[inline]
    pub const fn payload(&self) -> u64 {
        crate::bits::get(&self.0, 64, 64) as u64
    }

    /// Set `payload` (bits `[127:64]`).
    #[inline]
    pub const fn set_payload(&mut self, v: u64) {
        crate::bits::set(&mut self.0, 64, 64, v as u64);
    }

    /// This value with `payload` replaced.
    #[inline]
    #[must_use]
    pub const fn with_payload(mut self, v: u64) -> Self {
        self.set_payload(v);
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

impl core::fmt::Debug for CmdAts {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("CmdAts")
            .field("opcode", &self.opcode())
            .field("func3", &self.func3())
            .field("pid", &self.pid())
            .field("pv", &self.pv())
            .field("dsv", &self.dsv())
            .field("rid", &self.rid())
            .field("dseg", &self.dseg())
            .field("payload", &self.payload())
            .finish()
    }
}

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

    /// invalidate global mappings of all PASIDs
    ///
    /// Bits `[0]`.
    #[inline]
    pub const fn g(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `g` (bits `[0]`).
    #[inline]
    pub const fn set_g(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u64 & 1);
    }

    /// This value with `g` replaced.
    #[inline]
    #[must_use]
    pub const fn with_g(mut self, v: bool) -> Self {
        self.set_g(v);
        self
    }

    /// size bit: range larger than 4 KiB, encoded in addr
    ///
    /// Bits `[11]`.
    #[inline]
    pub const fn s(&self) -> bool {
        (self.0 >> 11) & 1 != 0
    }

    /// Set `s` (bits `[11]`).
    #[inline]
    pub const fn set_s(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 11)) | (((v) as u64 & 1) << 11);
    }

    /// This value with `s` replaced.
    #[inline]
    #[must_use]
    pub const fn with_s(mut self, v: bool) -> Self {
        self.set_s(v);
        self
    }

    /// untranslated address bits 63:12 (range-encoded when s is 1)
    ///
    /// Bits `[63:12]`.
    #[inline]
    pub const fn addr(&self) -> u64 {
        ((self.0 >> 12) & 0xf_ffff_ffff_ffff) as u64
    }

    /// Set `addr` (bits `[63:12]`).
    #[inline]
    pub const fn set_addr(&mut self, v: u64) {
        debug_assert!((v as u64) >> 52 == 0, "value does not fit field `addr`");
        self.0 = (self.0 & !(0xf_ffff_ffff_ffff << 12)) | (((v) as u64 & 0xf_ffff_ffff_ffff) << 12);
    }

    /// This value with `addr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_addr(mut self, v: u64) -> Self {
        self.set_addr(v);
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

impl core::fmt::Debug for AtsInvalPayload {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AtsInvalPayload")
            .field("g", &self.g())
            .field("s", &self.s())
            .field("addr", &self.addr())
            .finish()
    }
}

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

    /// page request group index being answered
    ///
    /// Bits `[40:32]`.
    #[inline]
    pub const fn prgi(&self) -> u16 {
        ((self.0 >> 32) & 0x1ff) as u16
    }

    /// Set `prgi` (bits `[40:32]`).
    #[inline]
    pub const fn set_prgi(&mut self, v: u16) {
        debug_assert!((v as u64) >> 9 == 0, "value does not fit field `prgi`");
        self.0 = (self.0 & !(0x1ff << 32)) | (((v) as u64 & 0x1ff) << 32);
    }

    /// This value with `prgi` replaced.
    #[inline]
    #[must_use]
    pub const fn with_prgi(mut self, v: u16) -> Self {
        self.set_prgi(v);
        self
    }

    /// response code
    ///
    /// Bits `[47:44]`.
    #[inline]
    pub const fn resp_code(&self) -> PrgResp {
        PrgResp(((self.0 >> 44) & 0xf) as u8)
    }

    /// Set `resp_code` (bits `[47:44]`).
    #[inline]
    pub const fn set_resp_code(&mut self, v: PrgResp) {
        debug_assert!((v.0 as u64) >> 4 == 0, "value does not fit field `resp_code`");
        self.0 = (self.0 & !(0xf << 44)) | (((v.0) as u64 & 0xf) << 44);
    }

    /// This value with `resp_code` replaced.
    #[inline]
    #[must_use]
    pub const fn with_resp_code(mut self, v: PrgResp) -> Self {
        self.set_resp_code(v);
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

impl core::fmt::Debug for AtsPrgrPayload {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AtsPrgrPayload")
            .field("prgi", &self.prgi())
            .field("resp_code", &self.resp_code())
            .finish()
    }
}

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

    /// what went wrong
    ///
    /// Bits `[11:0]`.
    #[inline]
    pub const fn cause(&self) -> FaultCause {
        FaultCause(crate::bits::get(&self.0, 0, 12) as u16)
    }

    /// Set `cause` (bits `[11:0]`).
    #[inline]
    pub const fn set_cause(&mut self, v: FaultCause) {
        debug_assert!((v.0 as u64) >> 12 == 0, "value does not fit field `cause`");
        crate::bits::set(&mut self.0, 0, 12, v.0 as u64);
    }

    /// This value with `cause` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cause(mut self, v: FaultCause) -> Self {
        self.set_cause(v);
        self
    }

    /// process_id of the transaction when pv is 1
    ///
    /// Bits `[31:12]`.
    #[inline]
    pub const fn pid(&self) -> u32 {
        crate::bits::get(&self.0, 12, 20) as u32
    }

    /// Set `pid` (bits `[31:12]`).
    #[inline]
    pub const fn set_pid(&mut self, v: u32) {
        debug_assert!((v as u64) >> 20 == 0, "value does not fit field `pid`");
        crate::bits::set(&mut self.0, 12, 20, v as u64);
    }

    /// This value with `pid` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pid(mut self, v: u32) -> Self {
        self.set_pid(v);
        self
    }

    /// pid is valid
    ///
    /// Bits `[32]`.
    #[inline]
    pub const fn pv(&self) -> bool {
        crate::bits::get(&self.0, 32, 1) != 0
    }

    /// Set `pv` (bits `[32]`).
    #[inline]
    pub const fn set_pv(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 32, 1, v as u64);
    }

    /// This value with `pv` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pv(mut self, v: bool) -> Self {
        self.set_pv(v);
        self
    }

    /// the transaction requested supervisor privilege
    ///
    /// Bits `[33]`.
    #[inline]
    pub const fn r#priv(&self) -> bool {
        crate::bits::get(&self.0, 33, 1) != 0
    }

    /// Set `priv` (bits `[33]`).
    #[inline]
    pub const fn set_priv(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 33, 1, v as u64);
    }

    /// This value with `priv` replaced.
    #[inline]
    #[must_use]
    pub const fn with_priv(mut self, v: bool) -> Self {
        self.set_priv(v);
        self
    }

    /// type of the faulting transaction
    ///
    /// Bits `[39:34]`.
    #[inline]
    pub const fn ttyp(&self) -> Ttyp {
        Ttyp(crate::bits::get(&self.0, 34, 6) as u8)
    }

    /// Set `ttyp` (bits `[39:34]`).
    #[inline]
    pub const fn set_ttyp(&mut self, v: Ttyp) {
        debug_assert!((v.0 as u64) >> 6 == 0, "value does not fit field `ttyp`");
        crate::bits::set(&mut self.0, 34, 6, v.0 as u64);
    }

    /// This value with `ttyp` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ttyp(mut self, v: Ttyp) -> Self {
        self.set_ttyp(v);
        self
    }

    /// device_id of the transaction
    ///
    /// Bits `[63:40]`.
    #[inline]
    pub const fn did(&self) -> u32 {
        crate::bits::get(&self.0, 40, 24) as u32
    }

    /// Set `did` (bits `[63:40]`).
    #[inline]
    pub const fn set_did(&mut self, v: u32) {
        debug_assert!((v as u64) >> 24 == 0, "value does not fit field `did`");
        crate::bits::set(&mut self.0, 40, 24, v as u64);
    }

    /// This value with `did` replaced.
    #[inline]
    #[must_use]
    pub const fn with_did(mut self, v: u32) -> Self {
        self.set_did(v);
        self
    }

    /// first fault value (IOVA of the request, or a message code)
    ///
    /// Bits `[191:128]`.
    #[inline]
    pub const fn iotval(&self) -> u64 {
        crate::bits::get(&self.0, 128, 64) as u64
    }

    /// Set `iotval` (bits `[191:128]`).
    #[inline]
    pub const fn set_iotval(&mut self, v: u64) {
        crate::bits::set(&mut self.0, 128, 64, v as u64);
    }

    /// This value with `iotval` replaced.
    #[inline]
    #[must_use]
    pub const fn with_iotval(mut self, v: u64) -> Self {
        self.set_iotval(v);
        self
    }

    /// second fault value (GPA bits 63:2 and flags of guest-page faults)
    ///
    /// Bits `[255:192]`.
    #[inline]
    pub const fn iotval2(&self) -> u64 {
        crate::bits::get(&self.0, 192, 64) as u64
    }

    /// Set `iotval2` (bits `[255:192]`).
    #[inline]
    pub const fn set_iotval2(&mut self, v: u64) {
        crate::bits::set(&mut self.0, 192, 64, v as u64);
    }

    /// This value with `iotval2` replaced.
    #[inline]
    #[must_use]
    pub const fn with_iotval2(mut self, v: u64) -> Self {
        self.set_iotval2(v);
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
    pub const fn to_le_bytes(&self) -> [u8; 32] {
        let mut out = [0u8; 32];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 32]) -> Self {
        let mut v = Self([0; 8]);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for FaultRecord {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("FaultRecord")
            .field("cause", &self.cause())
            .field("pid", &self.pid())
            .field("pv", &self.pv())
            .field("priv", &self.r#priv())
            .field("ttyp", &self.ttyp())
            .field("did", &self.did())
            .field("iotval", &self.iotval())
            .field("iotval2", &self.iotval2())
            .finish()
    }
}

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

    /// read access requested
    ///
    /// Bits `[0]`.
    #[inline]
    pub const fn r(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `r` (bits `[0]`).
    #[inline]
    pub const fn set_r(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u64 & 1);
    }

    /// This value with `r` replaced.
    #[inline]
    #[must_use]
    pub const fn with_r(mut self, v: bool) -> Self {
        self.set_r(v);
        self
    }

    /// write access requested
    ///
    /// Bits `[1]`.
    #[inline]
    pub const fn w(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `w` (bits `[1]`).
    #[inline]
    pub const fn set_w(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u64 & 1) << 1);
    }

    /// This value with `w` replaced.
    #[inline]
    #[must_use]
    pub const fn with_w(mut self, v: bool) -> Self {
        self.set_w(v);
        self
    }

    /// last request of the group (a response is expected)
    ///
    /// Bits `[2]`.
    #[inline]
    pub const fn l(&self) -> bool {
        (self.0 >> 2) & 1 != 0
    }

    /// Set `l` (bits `[2]`).
    #[inline]
    pub const fn set_l(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 2)) | (((v) as u64 & 1) << 2);
    }

    /// This value with `l` replaced.
    #[inline]
    #[must_use]
    pub const fn with_l(mut self, v: bool) -> Self {
        self.set_l(v);
        self
    }

    /// page request group index
    ///
    /// Bits `[11:3]`.
    #[inline]
    pub const fn prgi(&self) -> u16 {
        ((self.0 >> 3) & 0x1ff) as u16
    }

    /// Set `prgi` (bits `[11:3]`).
    #[inline]
    pub const fn set_prgi(&mut self, v: u16) {
        debug_assert!((v as u64) >> 9 == 0, "value does not fit field `prgi`");
        self.0 = (self.0 & !(0x1ff << 3)) | (((v) as u64 & 0x1ff) << 3);
    }

    /// This value with `prgi` replaced.
    #[inline]
    #[must_use]
    pub const fn with_prgi(mut self, v: u16) -> Self {
        self.set_prgi(v);
        self
    }

    /// bits 63:12 of the faulting page address
    ///
    /// Bits `[63:12]`.
    #[inline]
    pub const fn page_addr(&self) -> u64 {
        ((self.0 >> 12) & 0xf_ffff_ffff_ffff) as u64
    }

    /// Set `page_addr` (bits `[63:12]`).
    #[inline]
    pub const fn set_page_addr(&mut self, v: u64) {
        debug_assert!((v as u64) >> 52 == 0, "value does not fit field `page_addr`");
        self.0 = (self.0 & !(0xf_ffff_ffff_ffff << 12)) | (((v) as u64 & 0xf_ffff_ffff_ffff) << 12);
    }

    /// This value with `page_addr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_page_addr(mut self, v: u64) -> Self {
        self.set_page_addr(v);
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

impl core::fmt::Debug for PrPayload {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PrPayload")
            .field("r", &self.r())
            .field("w", &self.w())
            .field("l", &self.l())
            .field("prgi", &self.prgi())
            .field("page_addr", &self.page_addr())
            .finish()
    }
}

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

    /// PASID of the message when pv is 1
    ///
    /// Bits `[31:12]`.
    #[inline]
    pub const fn pid(&self) -> u32 {
        crate::bits::get(&self.0, 12, 20) as u32
    }

    /// Set `pid` (bits `[31:12]`).
    #[inline]
    pub const fn set_pid(&mut self, v: u32) {
        debug_assert!((v as u64) >> 20 == 0, "value does not fit field `pid`");
        crate::bits::set(&mut self.0, 12, 20, v as u64);
    }

    /// This value with `pid` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pid(mut self, v: u32) -> Self {
        self.set_pid(v);
        self
    }

    /// the message had a PASID; pid is valid
    ///
    /// Bits `[32]`.
    #[inline]
    pub const fn pv(&self) -> bool {
        crate::bits::get(&self.0, 32, 1) != 0
    }

    /// Set `pv` (bits `[32]`).
    #[inline]
    pub const fn set_pv(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 32, 1, v as u64);
    }

    /// This value with `pv` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pv(mut self, v: bool) -> Self {
        self.set_pv(v);
        self
    }

    /// Privileged Mode Requested bit of the PASID prefix (0 without PASID)
    ///
    /// Bits `[33]`.
    #[inline]
    pub const fn r#priv(&self) -> bool {
        crate::bits::get(&self.0, 33, 1) != 0
    }

    /// Set `priv` (bits `[33]`).
    #[inline]
    pub const fn set_priv(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 33, 1, v as u64);
    }

    /// This value with `priv` replaced.
    #[inline]
    #[must_use]
    pub const fn with_priv(mut self, v: bool) -> Self {
        self.set_priv(v);
        self
    }

    /// Execute Requested bit of the PASID prefix (0 without PASID)
    ///
    /// Bits `[34]`.
    #[inline]
    pub const fn exec(&self) -> bool {
        crate::bits::get(&self.0, 34, 1) != 0
    }

    /// Set `exec` (bits `[34]`).
    #[inline]
    pub const fn set_exec(&mut self, v: bool) {
        crate::bits::set(&mut self.0, 34, 1, v as u64);
    }

    /// This value with `exec` replaced.
    #[inline]
    #[must_use]
    pub const fn with_exec(mut self, v: bool) -> Self {
        self.set_exec(v);
        self
    }

    /// requester ID (device_id) of the message
    ///
    /// Bits `[63:40]`.
    #[inline]
    pub const fn did(&self) -> u32 {
        crate::bits::get(&self.0, 40, 24) as u32
    }

    /// Set `did` (bits `[63:40]`).
    #[inline]
    pub const fn set_did(&mut self, v: u32) {
        debug_assert!((v as u64) >> 24 == 0, "value does not fit field `did`");
        crate::bits::set(&mut self.0, 40, 24, v as u64);
    }

    /// This value with `did` replaced.
    #[inline]
    #[must_use]
    pub const fn with_did(mut self, v: u32) -> Self {
        self.set_did(v);
        self
    }

    /// message payload (doubleword 1)
    ///
    /// Bits `[127:64]`.
    #[inline]
    pub const fn payload(&self) -> PrPayload {
        PrPayload(crate::bits::get(&self.0, 64, 64) as u64)
    }

    /// Set `payload` (bits `[127:64]`).
    #[inline]
    pub const fn set_payload(&mut self, v: PrPayload) {
        crate::bits::set(&mut self.0, 64, 64, v.0 as u64);
    }

    /// This value with `payload` replaced.
    #[inline]
    #[must_use]
    pub const fn with_payload(mut self, v: PrPayload) -> Self {
        self.set_payload(v);
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

impl core::fmt::Debug for PageRequest {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PageRequest")
            .field("pid", &self.pid())
            .field("pv", &self.pv())
            .field("priv", &self.r#priv())
            .field("exec", &self.exec())
            .field("did", &self.did())
            .field("payload", &self.payload())
            .finish()
    }
}
