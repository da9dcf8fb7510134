// Generated from regmaps/iommu_regs_pkg.sv by codegen (`cargo xtask codegen`); do not edit.
//! RISC-V IOMMU memory-mapped register file (4 KiB, little-endian, 64-bit bus).
//!
//! Layout of every register of the RISC-V IOMMU Architecture Specification release 20260222
//! (riscv-non-isa/riscv-iommu, src/iommu_registers.adoc), at its architectural offset.
//! Access tags and reset values describe this implementation: version 1.0, single-stage
//! Sv39/Sv48 translation, ATS + PRI, PD8/PD17/PD20 process directories, the debug
//! translation-request interface, wire-signaled interrupts only, 56-bit physical addresses.
//! Optional features that are not implemented (hardware performance monitor, MSI
//! configuration table, QoS IDs, big-endian and GXL controls) keep their architectural
//! field layout but read as constant zero (`hwinit`, reset 0) and ignore writes.
//! Offsets not covered here (custom and reserved ranges) read zero and ignore writes.
//!
//! Source: `regmaps/iommu_regs_pkg.sv`. Structures convert to and from bytes in little-endian (memory) order.

// Generated field accessors cast and shift uniformly, whatever the widths.
#![allow(clippy::unnecessary_cast, clippy::identity_op)]

#[allow(unused_imports)]
use crate::mmio::{Mmio, Reg, RegValue, Register, RO, RW, WO};
use crate::regmeta::{Access, FieldInfo, RegisterInfo};

/// Size of the register window in bytes (one 4 KiB page).
pub const REGBLOCK_BYTES: usize = 0x1000;

/// Data width of the register bus in bytes (64-bit AXI4-Lite).
pub const REGBLOCK_BUS_BYTES: usize = 8;

/// Byte offset of register `capabilities`.
pub const CAPABILITIES_OFFSET: usize = 0;

/// Byte offset of register `fctl`.
pub const FCTL_OFFSET: usize = 8;

/// Byte offset of register `ddtp`.
pub const DDTP_OFFSET: usize = 0x10;

/// Byte offset of register `cqb`.
pub const CQB_OFFSET: usize = 0x18;

/// Byte offset of register `cqh`.
pub const CQH_OFFSET: usize = 0x20;

/// Byte offset of register `cqt`.
pub const CQT_OFFSET: usize = 0x24;

/// Byte offset of register `fqb`.
pub const FQB_OFFSET: usize = 0x28;

/// Byte offset of register `fqh`.
pub const FQH_OFFSET: usize = 0x30;

/// Byte offset of register `fqt`.
pub const FQT_OFFSET: usize = 0x34;

/// Byte offset of register `pqb`.
pub const PQB_OFFSET: usize = 0x38;

/// Byte offset of register `pqh`.
pub const PQH_OFFSET: usize = 0x40;

/// Byte offset of register `pqt`.
pub const PQT_OFFSET: usize = 0x44;

/// Byte offset of register `cqcsr`.
pub const CQCSR_OFFSET: usize = 0x48;

/// Byte offset of register `fqcsr`.
pub const FQCSR_OFFSET: usize = 0x4c;

/// Byte offset of register `pqcsr`.
pub const PQCSR_OFFSET: usize = 0x50;

/// Byte offset of register `ipsr`.
pub const IPSR_OFFSET: usize = 0x54;

/// Byte offset of register `iocountovf`.
pub const IOCOUNTOVF_OFFSET: usize = 0x58;

/// Byte offset of register `iocountinh`.
pub const IOCOUNTINH_OFFSET: usize = 0x5c;

/// Byte offset of register `iohpmcycles`.
pub const IOHPMCYCLES_OFFSET: usize = 0x60;

/// Byte offset of register array `iohpmctr` (its instance 0).
pub const IOHPMCTR_OFFSET: usize = 0x68;

/// Number of instances of register `iohpmctr`.
pub const IOHPMCTR_COUNT: usize = 0x1f;

/// Bytes between instances of register `iohpmctr`.
pub const IOHPMCTR_STRIDE: usize = 8;

/// Byte offset of register array `iohpmevt` (its instance 0).
pub const IOHPMEVT_OFFSET: usize = 0x160;

/// Number of instances of register `iohpmevt`.
pub const IOHPMEVT_COUNT: usize = 0x1f;

/// Bytes between instances of register `iohpmevt`.
pub const IOHPMEVT_STRIDE: usize = 8;

/// Byte offset of register `tr_req_iova`.
pub const TR_REQ_IOVA_OFFSET: usize = 0x258;

/// Byte offset of register `tr_req_ctl`.
pub const TR_REQ_CTL_OFFSET: usize = 0x260;

/// Byte offset of register `tr_response`.
pub const TR_RESPONSE_OFFSET: usize = 0x268;

/// Byte offset of register `iommu_qosid`.
pub const IOMMU_QOSID_OFFSET: usize = 0x270;

/// Byte offset of register `icvec`.
pub const ICVEC_OFFSET: usize = 0x2f8;

/// Byte offset of register array `msi_addr` (its instance 0).
pub const MSI_ADDR_OFFSET: usize = 0x300;

/// Number of instances of register `msi_addr`.
pub const MSI_ADDR_COUNT: usize = 0x10;

/// Bytes between instances of register `msi_addr`.
pub const MSI_ADDR_STRIDE: usize = 0x10;

/// Byte offset of register array `msi_data` (its instance 0).
pub const MSI_DATA_OFFSET: usize = 0x308;

/// Number of instances of register `msi_data`.
pub const MSI_DATA_COUNT: usize = 0x10;

/// Bytes between instances of register `msi_data`.
pub const MSI_DATA_STRIDE: usize = 0x10;

/// Byte offset of register array `msi_vec_ctl` (its instance 0).
pub const MSI_VEC_CTL_OFFSET: usize = 0x30c;

/// Number of instances of register `msi_vec_ctl`.
pub const MSI_VEC_CTL_COUNT: usize = 0x10;

/// Bytes between instances of register `msi_vec_ctl`.
pub const MSI_VEC_CTL_STRIDE: usize = 0x10;

/// Device-directory-table mode selected in ddtp.iommu_mode.
/// Values 5..13 are reserved, 14..15 custom; writes of those are ignored.
///
/// `iommu_mode_t`, 4 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct IommuMode(pub u8);

crate::bits::encodings! { IommuMode(u8), 4;
    /// every inbound transaction is blocked
    OFF = 0,
    /// no translation, untranslated requests pass through
    BARE = 1,
    /// one-level device directory table
    LVL1 = 2,
    /// two-level device directory table
    LVL2 = 3,
    /// three-level device directory table
    LVL3 = 4,
}

/// Interrupt generation methods reported in capabilities.igs (value 3 is reserved).
///
/// `igs_t`, 2 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Igs(pub u8);

crate::bits::encodings! { Igs(u8), 2;
    /// message-signaled interrupts only
    MSI = 0,
    /// wire-signaled interrupts only
    WSI = 1,
    /// both; fctl.wsi selects the method
    BOTH = 2,
}

/// IOMMU capabilities: the features this implementation supports (read-only constant).
/// A set bit announces the feature; every field is fixed at design time.
///
/// `capabilities_t`, 64 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Capabilities(pub u64);

impl Capabilities {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0;
    /// Value after reset.
    pub const RESET: Self = Self(0x1f8_9200_0610);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xffff_f000_0010_3000);

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    crate::bits::fields! { u64;
        /// implemented spec version, major.minor in two nibbles
        ///
        /// Bits `[7:0]`, `hwinit`.
        version set_version with_version: num(u8, 0, 0xff);
        /// first-stage Sv32 supported
        ///
        /// Bits `[8]`, `hwinit`.
        sv32 set_sv32 with_sv32: flag(8);
        /// first-stage Sv39 supported
        ///
        /// Bits `[9]`, `hwinit`.
        sv39 set_sv39 with_sv39: flag(9);
        /// first-stage Sv48 supported
        ///
        /// Bits `[10]`, `hwinit`.
        sv48 set_sv48 with_sv48: flag(10);
        /// first-stage Sv57 supported
        ///
        /// Bits `[11]`, `hwinit`.
        sv57 set_sv57 with_sv57: flag(11);
        /// PTE bits 60:59 reserved for software (Svrsw60t59b)
        ///
        /// Bits `[14]`, `hwinit`.
        svrsw60t59b set_svrsw60t59b with_svrsw60t59b: flag(14);
        /// page-based memory types (Svpbmt) supported
        ///
        /// Bits `[15]`, `hwinit`.
        svpbmt set_svpbmt with_svpbmt: flag(15);
        /// second-stage Sv32x4 supported
        ///
        /// Bits `[16]`, `hwinit`.
        sv32x4 set_sv32x4 with_sv32x4: flag(16);
        /// second-stage Sv39x4 supported
        ///
        /// Bits `[17]`, `hwinit`.
        sv39x4 set_sv39x4 with_sv39x4: flag(17);
        /// second-stage Sv48x4 supported
        ///
        /// Bits `[18]`, `hwinit`.
        sv48x4 set_sv48x4 with_sv48x4: flag(18);
        /// second-stage Sv57x4 supported
        ///
        /// Bits `[19]`, `hwinit`.
        sv57x4 set_sv57x4 with_sv57x4: flag(19);
        /// atomic updates of memory-resident interrupt files
        ///
        /// Bits `[21]`, `hwinit`.
        amo_mrif set_amo_mrif with_amo_mrif: flag(21);
        /// MSI translation with flat MSI page tables supported
        ///
        /// Bits `[22]`, `hwinit`.
        msi_flat set_msi_flat with_msi_flat: flag(22);
        /// MSI translation to memory-resident interrupt files
        ///
        /// Bits `[23]`, `hwinit`.
        msi_mrif set_msi_mrif with_msi_mrif: flag(23);
        /// atomic hardware update of PTE A/D bits supported
        ///
        /// Bits `[24]`, `hwinit`.
        amo_hwad set_amo_hwad with_amo_hwad: flag(24);
        /// PCIe ATS and page-request interface supported
        ///
        /// Bits `[25]`, `hwinit`.
        ats set_ats with_ats: flag(25);
        /// ATS completions may return guest physical addresses
        ///
        /// Bits `[26]`, `hwinit`.
        t2gpa set_t2gpa with_t2gpa: flag(26);
        /// spec END (an SV keyword): both endiannesses supported
        ///
        /// Bits `[27]`, `hwinit`.
        endian set_endian with_endian: flag(27);
        /// interrupt generation methods supported
        ///
        /// Bits `[29:28]`, `hwinit`.
        igs set_igs with_igs: enm(Igs, u8, 28, 3);
        /// hardware performance monitor present
        ///
        /// Bits `[30]`, `hwinit`.
        hpm set_hpm with_hpm: flag(30);
        /// debug translation-request interface (tr_req_*) present
        ///
        /// Bits `[31]`, `hwinit`.
        dbg set_dbg with_dbg: flag(31);
        /// number of physical address bits the IOMMU can address
        ///
        /// Bits `[37:32]`, `hwinit`.
        pas set_pas with_pas: num(u8, 32, 0x3f);
        /// one-level PDT with 8-bit process_id supported
        ///
        /// Bits `[38]`, `hwinit`.
        pd8 set_pd8 with_pd8: flag(38);
        /// two-level PDT with 17-bit process_id supported
        ///
        /// Bits `[39]`, `hwinit`.
        pd17 set_pd17 with_pd17: flag(39);
        /// three-level PDT with 20-bit process_id supported
        ///
        /// Bits `[40]`, `hwinit`.
        pd20 set_pd20 with_pd20: flag(40);
        /// QoS ID tagging supported (optional, not implemented)
        ///
        /// Bits `[41]`, `hwinit`.
        qosid set_qosid with_qosid: flag(41);
        /// non-leaf PTE invalidation extension (IOTINVAL.NL) supported
        ///
        /// Bits `[42]`, `hwinit`.
        nl set_nl with_nl: flag(42);
        /// address-range invalidation extension (IOTINVAL.S) supported
        ///
        /// Bits `[43]`, `hwinit`.
        s set_s with_s: flag(43);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(Capabilities: version sv32 sv39 sv48 sv57 svrsw60t59b svpbmt sv32x4 sv39x4 sv48x4 sv57x4 amo_mrif msi_flat msi_mrif amo_hwad ats t2gpa endian igs hpm dbg pas pd8 pd17 pd20 qosid nl s);

impl RegValue for Capabilities {
    const BYTES: usize = 8;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u64)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Capabilities {
    type Value = Self;
}

/// Feature control: endianness, interrupt method and guest address width.
/// Only the fixed setting of this implementation is reported; writes are ignored.
///
/// `fctl_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Fctl(pub u32);

impl Fctl {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 8;
    /// Value after reset.
    pub const RESET: Self = Self(2);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xffff_fff8);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    crate::bits::fields! { u32;
        /// big-endian in-memory structures and queues (fixed to 0)
        ///
        /// Bits `[0]`, `hwinit`.
        be set_be with_be: flag(0);
        /// interrupts are wire-signaled (fixed to 1: WSI only)
        ///
        /// Bits `[1]`, `hwinit`.
        wsi set_wsi with_wsi: flag(1);
        /// 32-bit family of guest address schemes (no G-stage)
        ///
        /// Bits `[2]`, `hwinit`.
        gxl set_gxl with_gxl: flag(2);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(Fctl: be wsi gxl);

impl RegValue for Fctl {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Fctl {
    type Value = Self;
}

/// Device-directory-table pointer: root of the DDT and the IOMMU operating mode.
///
/// `ddtp_t`, 64 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Ddtp(pub u64);

impl Ddtp {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x10;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xffc0_0000_0000_03e0);

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    crate::bits::fields! { u64;
        /// operating mode (Off, Bare, 1/2/3-level DDT)
        ///
        /// Bits `[3:0]`, `warl`.
        iommu_mode set_iommu_mode with_iommu_mode: enm(IommuMode, u8, 0, 0xf);
        /// a mode change is still being carried out
        ///
        /// Bits `[4]`, `ro`.
        busy set_busy with_busy: flag(4);
        /// page number of the root device-directory table
        ///
        /// Bits `[53:10]`, `warl`.
        ppn set_ppn with_ppn: num(u64, 10, 0xfff_ffff_ffff);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(Ddtp: iommu_mode busy ppn);

impl RegValue for Ddtp {
    const BYTES: usize = 8;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u64)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Ddtp {
    type Value = Self;
}

/// Queue base: location and size of an in-memory queue (cqb, fqb, pqb).
///
/// `queue_base_t`, 64 bits. `Default` is all-zero. The layout of registers `cqb`, `fqb`, `pqb`.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct QueueBase(pub u64);

impl QueueBase {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xffc0_0000_0000_03e0);

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    crate::bits::fields! { u64;
        /// log2(number of entries) - 1 (spec LOG2SZ-1)
        ///
        /// Bits `[4:0]`, `warl`.
        log2szm1 set_log2szm1 with_log2szm1: num(u8, 0, 0x1f);
        /// page number of the queue base
        ///
        /// Bits `[53:10]`, `warl`.
        ppn set_ppn with_ppn: num(u64, 10, 0xfff_ffff_ffff);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(QueueBase: log2szm1 ppn);

impl RegValue for QueueBase {
    const BYTES: usize = 8;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u64)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Command-queue base: location and size of the command queue (16-byte entries).
///
/// Register `cqb`: a [`QueueBase`].
pub struct Cqb;

impl Cqb {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x18;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// Value after reset.
    pub const RESET: QueueBase = QueueBase(0);
}

impl Register for Cqb {
    type Value = QueueBase;
}

/// Fault-queue base: location and size of the fault queue (32-byte records).
///
/// Register `fqb`: a [`QueueBase`].
pub struct Fqb;

impl Fqb {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x28;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// Value after reset.
    pub const RESET: QueueBase = QueueBase(0);
}

impl Register for Fqb {
    type Value = QueueBase;
}

/// Page-request-queue base: location and size of the page-request queue (16-byte records).
///
/// Register `pqb`: a [`QueueBase`].
pub struct Pqb;

impl Pqb {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x38;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// Value after reset.
    pub const RESET: QueueBase = QueueBase(0);
}

impl Register for Pqb {
    type Value = QueueBase;
}

/// Queue index: a head or tail index of an in-memory queue (cqh/cqt, fqh/fqt, pqh/pqt).
/// Only bits LOG2SZ-1:0 hold the index; the bits above it read 0. Which side writes it is
/// the register's: the tag on each register's typedef line.
///
/// `queue_index_t`, 32 bits. `Default` is all-zero. The layout of registers `cqh`, `cqt`, `fqh`, `fqt`, `pqh`, `pqt`.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct QueueIndex(pub u32);

impl QueueIndex {
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
        /// entry index; bits LOG2SZ and above read 0
        ///
        /// Bits `[31:0]`.
        index set_index with_index: num(u32, 0, 0xffff_ffff);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(QueueIndex: index);

impl RegValue for QueueIndex {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Command-queue head: index of the next command the IOMMU fetches.
///
/// Register `cqh`: a [`QueueIndex`], every field `ro`.
pub struct Cqh;

impl Cqh {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x20;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Value after reset.
    pub const RESET: QueueIndex = QueueIndex(0);
}

impl Register for Cqh {
    type Value = QueueIndex;
}

/// Command-queue tail: index where software writes the next command.
///
/// Register `cqt`: a [`QueueIndex`], every field `warl`.
pub struct Cqt;

impl Cqt {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x24;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Value after reset.
    pub const RESET: QueueIndex = QueueIndex(0);
}

impl Register for Cqt {
    type Value = QueueIndex;
}

/// Fault-queue head: index of the next record software reads.
///
/// Register `fqh`: a [`QueueIndex`], every field `warl`.
pub struct Fqh;

impl Fqh {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x30;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Value after reset.
    pub const RESET: QueueIndex = QueueIndex(0);
}

impl Register for Fqh {
    type Value = QueueIndex;
}

/// Fault-queue tail: index where the IOMMU writes the next fault record.
///
/// Register `fqt`: a [`QueueIndex`], every field `ro`.
pub struct Fqt;

impl Fqt {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x34;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Value after reset.
    pub const RESET: QueueIndex = QueueIndex(0);
}

impl Register for Fqt {
    type Value = QueueIndex;
}

/// Page-request-queue head: index of the next page request software reads.
///
/// Register `pqh`: a [`QueueIndex`], every field `warl`.
pub struct Pqh;

impl Pqh {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x40;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Value after reset.
    pub const RESET: QueueIndex = QueueIndex(0);
}

impl Register for Pqh {
    type Value = QueueIndex;
}

/// Page-request-queue tail: index where the IOMMU writes the next page request.
///
/// Register `pqt`: a [`QueueIndex`], every field `ro`.
pub struct Pqt;

impl Pqt {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x44;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Value after reset.
    pub const RESET: QueueIndex = QueueIndex(0);
}

impl Register for Pqt {
    type Value = QueueIndex;
}

/// Command-queue control and status.
///
/// `cqcsr_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Cqcsr(pub u32);

impl Cqcsr {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x48;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xfffc_f0fc);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    crate::bits::fields! { u32;
        /// command-queue enable
        ///
        /// Bits `[0]`, `rw`.
        cqen set_cqen with_cqen: flag(0);
        /// command-queue interrupt enable
        ///
        /// Bits `[1]`, `rw`.
        cie set_cie with_cie: flag(1);
        /// memory fault on a queue or command access; queue stopped
        ///
        /// Bits `[8]`, `rw1c`.
        cqmf set_cqmf with_cqmf: flag(8);
        /// a command timed out (seen by IOFENCE.C); queue stopped
        ///
        /// Bits `[9]`, `rw1c`.
        cmd_to set_cmd_to with_cmd_to: flag(9);
        /// illegal or unsupported command fetched; queue stopped
        ///
        /// Bits `[10]`, `rw1c`.
        cmd_ill set_cmd_ill with_cmd_ill: flag(10);
        /// an IOFENCE.C with WSI=1 completed
        ///
        /// Bits `[11]`, `rw1c`.
        fence_w_ip set_fence_w_ip with_fence_w_ip: flag(11);
        /// the command queue is active
        ///
        /// Bits `[16]`, `ro`.
        cqon set_cqon with_cqon: flag(16);
        /// a cqcsr write is still being carried out
        ///
        /// Bits `[17]`, `ro`.
        busy set_busy with_busy: flag(17);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(Cqcsr: cqen cie cqmf cmd_to cmd_ill fence_w_ip cqon busy);

impl RegValue for Cqcsr {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Cqcsr {
    type Value = Self;
    const W1C_MASK: u64 = 0xf00;
}

/// Fault-queue control and status.
///
/// `fqcsr_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Fqcsr(pub u32);

impl Fqcsr {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x4c;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xfffc_fcfc);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    crate::bits::fields! { u32;
        /// fault-queue enable
        ///
        /// Bits `[0]`, `rw`.
        fqen set_fqen with_fqen: flag(0);
        /// fault-queue interrupt enable
        ///
        /// Bits `[1]`, `rw`.
        fie set_fie with_fie: flag(1);
        /// memory fault while writing a record; recording stopped
        ///
        /// Bits `[8]`, `rw1c`.
        fqmf set_fqmf with_fqmf: flag(8);
        /// a record was dropped because the queue was full
        ///
        /// Bits `[9]`, `rw1c`.
        fqof set_fqof with_fqof: flag(9);
        /// the fault queue is active
        ///
        /// Bits `[16]`, `ro`.
        fqon set_fqon with_fqon: flag(16);
        /// an fqcsr write is still being carried out
        ///
        /// Bits `[17]`, `ro`.
        busy set_busy with_busy: flag(17);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(Fqcsr: fqen fie fqmf fqof fqon busy);

impl RegValue for Fqcsr {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Fqcsr {
    type Value = Self;
    const W1C_MASK: u64 = 0x300;
}

/// Page-request-queue control and status.
///
/// `pqcsr_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Pqcsr(pub u32);

impl Pqcsr {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x50;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xfffc_fcfc);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    crate::bits::fields! { u32;
        /// page-request-queue enable
        ///
        /// Bits `[0]`, `rw`.
        pqen set_pqen with_pqen: flag(0);
        /// page-request-queue interrupt enable
        ///
        /// Bits `[1]`, `rw`.
        pie set_pie with_pie: flag(1);
        /// memory fault while writing a record; recording stopped
        ///
        /// Bits `[8]`, `rw1c`.
        pqmf set_pqmf with_pqmf: flag(8);
        /// a request was dropped because the queue was full
        ///
        /// Bits `[9]`, `rw1c`.
        pqof set_pqof with_pqof: flag(9);
        /// the page-request queue is active
        ///
        /// Bits `[16]`, `ro`.
        pqon set_pqon with_pqon: flag(16);
        /// a pqcsr write is still being carried out
        ///
        /// Bits `[17]`, `ro`.
        busy set_busy with_busy: flag(17);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(Pqcsr: pqen pie pqmf pqof pqon busy);

impl RegValue for Pqcsr {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Pqcsr {
    type Value = Self;
    const W1C_MASK: u64 = 0x300;
}

/// Interrupt pending status: one bit per interrupt source, write 1 to clear.
///
/// `ipsr_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Ipsr(pub u32);

impl Ipsr {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x54;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xffff_fff0);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    crate::bits::fields! { u32;
        /// command-queue interrupt pending
        ///
        /// Bits `[0]`, `rw1c`.
        cip set_cip with_cip: flag(0);
        /// fault-queue interrupt pending
        ///
        /// Bits `[1]`, `rw1c`.
        fip set_fip with_fip: flag(1);
        /// performance-monitor interrupt pending (no HPM: always 0)
        ///
        /// Bits `[2]`, `hwinit`.
        pmip set_pmip with_pmip: flag(2);
        /// page-request-queue interrupt pending
        ///
        /// Bits `[3]`, `rw1c`.
        pip set_pip with_pip: flag(3);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(Ipsr: cip fip pmip pip);

impl RegValue for Ipsr {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Ipsr {
    type Value = Self;
    const W1C_MASK: u64 = 0xb;
}

/// One bit per counter of the performance monitor (iocountovf, iocountinh).
///
/// `hpm_counters_t`, 32 bits. `Default` is all-zero. The layout of registers `iocountovf`, `iocountinh`.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct HpmCounters(pub u32);

impl HpmCounters {
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
        /// iohpmcycles
        ///
        /// Bits `[0]`, `hwinit`.
        cy set_cy with_cy: flag(0);
        /// iohpmctr1..31 (bit n-1 for counter n)
        ///
        /// Bits `[31:1]`, `hwinit`.
        hpm set_hpm with_hpm: num(u32, 1, 0x7fff_ffff);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(HpmCounters: cy hpm);

impl RegValue for HpmCounters {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Counter overflow summary: copies of the OF bits of the cycle and event counters.
///
/// Register `iocountovf`: a [`HpmCounters`].
pub struct Iocountovf;

impl Iocountovf {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x58;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Value after reset.
    pub const RESET: HpmCounters = HpmCounters(0);
}

impl Register for Iocountovf {
    type Value = HpmCounters;
}

/// Counter inhibits: a set bit stops the corresponding counter.
///
/// Register `iocountinh`: a [`HpmCounters`].
pub struct Iocountinh;

impl Iocountinh {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x5c;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Value after reset.
    pub const RESET: HpmCounters = HpmCounters(0);
}

impl Register for Iocountinh {
    type Value = HpmCounters;
}

/// Cycle counter with its sticky overflow flag.
///
/// `iohpmcycles_t`, 64 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Iohpmcycles(pub u64);

impl Iohpmcycles {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x60;
    /// Value after reset.
    pub const RESET: Self = Self(0);

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    crate::bits::fields! { u64;
        /// elapsed clock cycles
        ///
        /// Bits `[62:0]`, `hwinit`.
        counter set_counter with_counter: num(u64, 0, 0x7fff_ffff_ffff_ffff);
        /// counter wrapped (also masks the overflow interrupt)
        ///
        /// Bits `[63]`, `hwinit`.
        of set_of with_of: flag(63);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(Iohpmcycles: counter of);

impl RegValue for Iohpmcycles {
    const BYTES: usize = 8;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u64)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Iohpmcycles {
    type Value = Self;
}

/// Event counters iohpmctr1..iohpmctr31 (array index 0 is iohpmctr1).
///
/// `iohpmctr_t`, 64 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Iohpmctr(pub u64);

impl Iohpmctr {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// Byte offset in the register block (of instance 0).
    pub const OFFSET: usize = 0x68;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// Number of instances.
    pub const COUNT: usize = 31;
    /// Bytes between instances.
    pub const STRIDE: usize = 8;

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    crate::bits::fields! { u64;
        /// number of selected events counted
        ///
        /// Bits `[63:0]`, `hwinit`.
        counter set_counter with_counter: num(u64, 0, 0xffff_ffff_ffff_ffff);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(Iohpmctr: counter);

impl RegValue for Iohpmctr {
    const BYTES: usize = 8;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u64)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Iohpmctr {
    type Value = Self;
}

/// Event selectors iohpmevt1..iohpmevt31 (array index 0 is iohpmevt1).
///
/// `iohpmevt_t`, 64 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Iohpmevt(pub u64);

impl Iohpmevt {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// Byte offset in the register block (of instance 0).
    pub const OFFSET: usize = 0x160;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// Number of instances.
    pub const COUNT: usize = 31;
    /// Bytes between instances.
    pub const STRIDE: usize = 8;

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    crate::bits::fields! { u64;
        /// event to count (spec eventID), 0 counts nothing
        ///
        /// Bits `[14:0]`, `hwinit`.
        event_id set_event_id with_event_id: num(u16, 0, 0x7fff);
        /// partial match, low bits up to the first 0 ignored
        ///
        /// Bits `[15]`, `hwinit`.
        dmask set_dmask with_dmask: flag(15);
        /// process_id or PSCID to match
        ///
        /// Bits `[35:16]`, `hwinit`.
        pid_pscid set_pid_pscid with_pid_pscid: num(u32, 16, 0xf_ffff);
        /// device_id or GSCID to match
        ///
        /// Bits `[59:36]`, `hwinit`.
        did_gscid set_did_gscid with_did_gscid: num(u32, 36, 0xff_ffff);
        /// count only when process_id/PSCID matches
        ///
        /// Bits `[60]`, `hwinit`.
        pv_pscv set_pv_pscv with_pv_pscv: flag(60);
        /// count only when device_id/GSCID matches
        ///
        /// Bits `[61]`, `hwinit`.
        dv_gscv set_dv_gscv with_dv_gscv: flag(61);
        /// filter IDs are GSCID/PSCID (1) or device_id/process_id (0)
        ///
        /// Bits `[62]`, `hwinit`.
        idt set_idt with_idt: flag(62);
        /// counter wrapped (also masks the overflow interrupt)
        ///
        /// Bits `[63]`, `hwinit`.
        of set_of with_of: flag(63);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(Iohpmevt: event_id dmask pid_pscid did_gscid pv_pscv dv_gscv idt of);

impl RegValue for Iohpmevt {
    const BYTES: usize = 8;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u64)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Iohpmevt {
    type Value = Self;
}

/// Translation-request IOVA: page of the address to translate.
///
/// `tr_req_iova_t`, 64 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct TrReqIova(pub u64);

impl TrReqIova {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x258;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xfff);

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    crate::bits::fields! { u64;
        /// virtual page number of the IOVA to translate
        ///
        /// Bits `[63:12]`, `rw`.
        vpn set_vpn with_vpn: num(u64, 12, 0xf_ffff_ffff_ffff);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(TrReqIova: vpn);

impl RegValue for TrReqIova {
    const BYTES: usize = 8;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u64)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for TrReqIova {
    type Value = Self;
}

/// Translation-request control: request attributes and the Go/Busy handshake.
///
/// `tr_req_ctl_t`, 64 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct TrReqCtl(pub u64);

impl TrReqCtl {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x260;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xfe_0000_0ff0);

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    crate::bits::fields! { u64;
        /// software sets to start, hardware clears when done
        ///
        /// Bits `[0]`, `rw1s`.
        go_busy set_go_busy with_go_busy: flag(0);
        /// privileged (supervisor) access requested
        ///
        /// Bits `[1]`, `rw`.
        r#priv set_priv with_priv: flag(1);
        /// execute permission requested
        ///
        /// Bits `[2]`, `rw`.
        exe set_exe with_exe: flag(2);
        /// read-only access requested (0 asks for read and write)
        ///
        /// Bits `[3]`, `rw`.
        nw set_nw with_nw: flag(3);
        /// process_id of the request when pv is 1
        ///
        /// Bits `[31:12]`, `rw`.
        pid set_pid with_pid: num(u32, 12, 0xf_ffff);
        /// pid is valid (request carries a process_id)
        ///
        /// Bits `[32]`, `rw`.
        pv set_pv with_pv: flag(32);
        /// device_id of the request
        ///
        /// Bits `[63:40]`, `rw`.
        did set_did with_did: num(u32, 40, 0xff_ffff);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(TrReqCtl: go_busy r#priv exe nw pid pv did);

impl RegValue for TrReqCtl {
    const BYTES: usize = 8;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u64)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for TrReqCtl {
    type Value = Self;
    const W1S_MASK: u64 = 1;
}

/// Translation response: result of the last debug translation request.
///
/// `tr_response_t`, 64 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct TrResponse(pub u64);

impl TrResponse {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x268;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xffc0_0000_0000_007e);

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    crate::bits::fields! { u64;
        /// the translation faulted; other fields are meaningless
        ///
        /// Bits `[0]`, `ro`.
        fault set_fault with_fault: flag(0);
        /// memory type of the translation (zero: Svpbmt is not supported)
        ///
        /// Bits `[8:7]`, `hwinit`.
        pbmt set_pbmt with_pbmt: num(u8, 7, 3);
        /// translation covers more than 4 KiB, size encoded in ppn
        ///
        /// Bits `[9]`, `ro`.
        s set_s with_s: flag(9);
        /// translated page number (size-encoded when s is 1)
        ///
        /// Bits `[53:10]`, `ro`.
        ppn set_ppn with_ppn: num(u64, 10, 0xfff_ffff_ffff);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(TrResponse: fault pbmt s ppn);

impl RegValue for TrResponse {
    const BYTES: usize = 8;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u64)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for TrResponse {
    type Value = Self;
}

/// QoS IDs for IOMMU-initiated memory requests.
///
/// `iommu_qosid_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct IommuQosid(pub u32);

impl IommuQosid {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x270;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xf000_f000);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    crate::bits::fields! { u32;
        /// resource control ID for IOMMU requests
        ///
        /// Bits `[11:0]`, `hwinit`.
        rcid set_rcid with_rcid: num(u16, 0, 0xfff);
        /// monitoring counter ID for IOMMU requests
        ///
        /// Bits `[27:16]`, `hwinit`.
        mcid set_mcid with_mcid: num(u16, 16, 0xfff);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(IommuQosid: rcid mcid);

impl RegValue for IommuQosid {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for IommuQosid {
    type Value = Self;
}

/// Interrupt cause to vector: the wire (WSI) or MSI table entry of each interrupt source.
///
/// `icvec_t`, 64 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Icvec(pub u64);

impl Icvec {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x2f8;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xffff_ffff_ffff_0000);

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    crate::bits::fields! { u64;
        /// vector of the command-queue interrupt
        ///
        /// Bits `[3:0]`, `warl`.
        civ set_civ with_civ: num(u8, 0, 0xf);
        /// vector of the fault-queue interrupt
        ///
        /// Bits `[7:4]`, `warl`.
        fiv set_fiv with_fiv: num(u8, 4, 0xf);
        /// vector of the performance-monitor interrupt
        ///
        /// Bits `[11:8]`, `warl`.
        pmiv set_pmiv with_pmiv: num(u8, 8, 0xf);
        /// vector of the page-request-queue interrupt
        ///
        /// Bits `[15:12]`, `warl`.
        piv set_piv with_piv: num(u8, 12, 0xf);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(Icvec: civ fiv pmiv piv);

impl RegValue for Icvec {
    const BYTES: usize = 8;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u64)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Icvec {
    type Value = Self;
}

/// MSI table entry address (entries 0..15; hardwired to 0 since interrupts are WSI only).
///
/// `msi_addr_t`, 64 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct MsiAddr(pub u64);

impl MsiAddr {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// Byte offset in the register block (of instance 0).
    pub const OFFSET: usize = 0x300;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// Number of instances.
    pub const COUNT: usize = 16;
    /// Bytes between instances.
    pub const STRIDE: usize = 0x10;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xff00_0000_0000_0003);

    /// From raw bits.
    pub const fn from_bits(bits: u64) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    crate::bits::fields! { u64;
        /// bits 55:2 of the 4-byte aligned MSI address
        ///
        /// Bits `[55:2]`, `hwinit`.
        addr set_addr with_addr: num(u64, 2, 0x3f_ffff_ffff_ffff);
    }

    crate::bits::byte_image!(le u64 8);
}

crate::bits::debug_fields!(MsiAddr: addr);

impl RegValue for MsiAddr {
    const BYTES: usize = 8;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u64)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for MsiAddr {
    type Value = Self;
}

/// MSI table entry data (entries 0..15; hardwired to 0 since interrupts are WSI only).
///
/// `msi_data_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct MsiData(pub u32);

impl MsiData {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block (of instance 0).
    pub const OFFSET: usize = 0x308;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// Number of instances.
    pub const COUNT: usize = 16;
    /// Bytes between instances.
    pub const STRIDE: usize = 0x10;

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    crate::bits::fields! { u32;
        /// data value written by the MSI
        ///
        /// Bits `[31:0]`, `hwinit`.
        data set_data with_data: num(u32, 0, 0xffff_ffff);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(MsiData: data);

impl RegValue for MsiData {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for MsiData {
    type Value = Self;
}

/// MSI table entry vector control (entries 0..15; hardwired to 0 since interrupts are WSI only).
///
/// `msi_vec_ctl_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct MsiVecCtl(pub u32);

impl MsiVecCtl {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block (of instance 0).
    pub const OFFSET: usize = 0x30c;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// Number of instances.
    pub const COUNT: usize = 16;
    /// Bytes between instances.
    pub const STRIDE: usize = 0x10;
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xffff_fffe);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    crate::bits::fields! { u32;
        /// vector masked, its message is held back
        ///
        /// Bits `[0]`, `hwinit`.
        m set_m with_m: flag(0);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(MsiVecCtl: m);

impl RegValue for MsiVecCtl {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for MsiVecCtl {
    type Value = Self;
}

/// RISC-V IOMMU memory-mapped register file (4 KiB, little-endian, 64-bit bus).
///
/// Layout of every register of the RISC-V IOMMU Architecture Specification release 20260222
/// (riscv-non-isa/riscv-iommu, src/iommu_registers.adoc), at its architectural offset.
/// Access tags and reset values describe this implementation: version 1.0, single-stage
/// Sv39/Sv48 translation, ATS + PRI, PD8/PD17/PD20 process directories, the debug
/// translation-request interface, wire-signaled interrupts only, 56-bit physical addresses.
/// Optional features that are not implemented (hardware performance monitor, MSI
/// configuration table, QoS IDs, big-endian and GXL controls) keep their architectural
/// field layout but read as constant zero (`hwinit`, reset 0) and ignore writes.
/// Offsets not covered here (custom and reserved ranges) read zero and ignore writes.
///
/// Register block over any [`Mmio`] window (0x1000 bytes).
pub struct IommuRegs<M> {
    mmio: M,
}

impl<M: Mmio> IommuRegs<M> {
    /// Size of the register window in bytes.
    pub const BYTES: usize = 0x1000;

    /// The block behind `mmio` (offset 0 of `mmio` is offset 0 of the block).
    pub const fn new(mmio: M) -> Self {
        Self { mmio }
    }

    /// The underlying window.
    pub fn mmio(&self) -> &M {
        &self.mmio
    }

    /// Give the window back.
    pub fn into_inner(self) -> M {
        self.mmio
    }

    /// IOMMU capabilities: the features this implementation supports (read-only constant).
    ///
    /// Offset 0.
    pub fn capabilities(&self) -> Reg<'_, Capabilities, RO, M> {
        Reg::new(&self.mmio, Capabilities::OFFSET)
    }

    /// Feature control: endianness, interrupt method and guest address width.
    ///
    /// Offset 8.
    pub fn fctl(&self) -> Reg<'_, Fctl, RO, M> {
        Reg::new(&self.mmio, Fctl::OFFSET)
    }

    /// Device-directory-table pointer: root of the DDT and the IOMMU operating mode.
    ///
    /// Offset 0x10.
    pub fn ddtp(&self) -> Reg<'_, Ddtp, RW, M> {
        Reg::new(&self.mmio, Ddtp::OFFSET)
    }

    /// Command-queue base: location and size of the command queue (16-byte entries).
    ///
    /// Offset 0x18.
    pub fn cqb(&self) -> Reg<'_, Cqb, RW, M> {
        Reg::new(&self.mmio, Cqb::OFFSET)
    }

    /// Command-queue head: index of the next command the IOMMU fetches.
    ///
    /// Offset 0x20.
    pub fn cqh(&self) -> Reg<'_, Cqh, RO, M> {
        Reg::new(&self.mmio, Cqh::OFFSET)
    }

    /// Command-queue tail: index where software writes the next command.
    ///
    /// Offset 0x24.
    pub fn cqt(&self) -> Reg<'_, Cqt, RW, M> {
        Reg::new(&self.mmio, Cqt::OFFSET)
    }

    /// Fault-queue base: location and size of the fault queue (32-byte records).
    ///
    /// Offset 0x28.
    pub fn fqb(&self) -> Reg<'_, Fqb, RW, M> {
        Reg::new(&self.mmio, Fqb::OFFSET)
    }

    /// Fault-queue head: index of the next record software reads.
    ///
    /// Offset 0x30.
    pub fn fqh(&self) -> Reg<'_, Fqh, RW, M> {
        Reg::new(&self.mmio, Fqh::OFFSET)
    }

    /// Fault-queue tail: index where the IOMMU writes the next fault record.
    ///
    /// Offset 0x34.
    pub fn fqt(&self) -> Reg<'_, Fqt, RO, M> {
        Reg::new(&self.mmio, Fqt::OFFSET)
    }

    /// Page-request-queue base: location and size of the page-request queue (16-byte records).
    ///
    /// Offset 0x38.
    pub fn pqb(&self) -> Reg<'_, Pqb, RW, M> {
        Reg::new(&self.mmio, Pqb::OFFSET)
    }

    /// Page-request-queue head: index of the next page request software reads.
    ///
    /// Offset 0x40.
    pub fn pqh(&self) -> Reg<'_, Pqh, RW, M> {
        Reg::new(&self.mmio, Pqh::OFFSET)
    }

    /// Page-request-queue tail: index where the IOMMU writes the next page request.
    ///
    /// Offset 0x44.
    pub fn pqt(&self) -> Reg<'_, Pqt, RO, M> {
        Reg::new(&self.mmio, Pqt::OFFSET)
    }

    /// Command-queue control and status.
    ///
    /// Offset 0x48.
    pub fn cqcsr(&self) -> Reg<'_, Cqcsr, RW, M> {
        Reg::new(&self.mmio, Cqcsr::OFFSET)
    }

    /// Fault-queue control and status.
    ///
    /// Offset 0x4c.
    pub fn fqcsr(&self) -> Reg<'_, Fqcsr, RW, M> {
        Reg::new(&self.mmio, Fqcsr::OFFSET)
    }

    /// Page-request-queue control and status.
    ///
    /// Offset 0x50.
    pub fn pqcsr(&self) -> Reg<'_, Pqcsr, RW, M> {
        Reg::new(&self.mmio, Pqcsr::OFFSET)
    }

    /// Interrupt pending status: one bit per interrupt source, write 1 to clear.
    ///
    /// Offset 0x54.
    pub fn ipsr(&self) -> Reg<'_, Ipsr, RW, M> {
        Reg::new(&self.mmio, Ipsr::OFFSET)
    }

    /// Counter overflow summary: copies of the OF bits of the cycle and event counters.
    ///
    /// Offset 0x58.
    pub fn iocountovf(&self) -> Reg<'_, Iocountovf, RO, M> {
        Reg::new(&self.mmio, Iocountovf::OFFSET)
    }

    /// Counter inhibits: a set bit stops the corresponding counter.
    ///
    /// Offset 0x5c.
    pub fn iocountinh(&self) -> Reg<'_, Iocountinh, RO, M> {
        Reg::new(&self.mmio, Iocountinh::OFFSET)
    }

    /// Cycle counter with its sticky overflow flag.
    ///
    /// Offset 0x60.
    pub fn iohpmcycles(&self) -> Reg<'_, Iohpmcycles, RO, M> {
        Reg::new(&self.mmio, Iohpmcycles::OFFSET)
    }

    /// Event counters iohpmctr1..iohpmctr31 (array index 0 is iohpmctr1).
    ///
    /// Offset 0x68 + `n` * [`Iohpmctr::STRIDE`]; panics unless `n` < [`Iohpmctr::COUNT`].
    pub fn iohpmctr(&self, n: usize) -> Reg<'_, Iohpmctr, RO, M> {
        assert!(n < Iohpmctr::COUNT, "iohpmctr index out of range");
        Reg::new(&self.mmio, Iohpmctr::OFFSET + n * Iohpmctr::STRIDE)
    }

    /// Event selectors iohpmevt1..iohpmevt31 (array index 0 is iohpmevt1).
    ///
    /// Offset 0x160 + `n` * [`Iohpmevt::STRIDE`]; panics unless `n` < [`Iohpmevt::COUNT`].
    pub fn iohpmevt(&self, n: usize) -> Reg<'_, Iohpmevt, RO, M> {
        assert!(n < Iohpmevt::COUNT, "iohpmevt index out of range");
        Reg::new(&self.mmio, Iohpmevt::OFFSET + n * Iohpmevt::STRIDE)
    }

    /// Translation-request IOVA: page of the address to translate.
    ///
    /// Offset 0x258.
    pub fn tr_req_iova(&self) -> Reg<'_, TrReqIova, RW, M> {
        Reg::new(&self.mmio, TrReqIova::OFFSET)
    }

    /// Translation-request control: request attributes and the Go/Busy handshake.
    ///
    /// Offset 0x260.
    pub fn tr_req_ctl(&self) -> Reg<'_, TrReqCtl, RW, M> {
        Reg::new(&self.mmio, TrReqCtl::OFFSET)
    }

    /// Translation response: result of the last debug translation request.
    ///
    /// Offset 0x268.
    pub fn tr_response(&self) -> Reg<'_, TrResponse, RO, M> {
        Reg::new(&self.mmio, TrResponse::OFFSET)
    }

    /// QoS IDs for IOMMU-initiated memory requests.
    ///
    /// Offset 0x270.
    pub fn iommu_qosid(&self) -> Reg<'_, IommuQosid, RO, M> {
        Reg::new(&self.mmio, IommuQosid::OFFSET)
    }

    /// Interrupt cause to vector: the wire (WSI) or MSI table entry of each interrupt source.
    ///
    /// Offset 0x2f8.
    pub fn icvec(&self) -> Reg<'_, Icvec, RW, M> {
        Reg::new(&self.mmio, Icvec::OFFSET)
    }

    /// MSI table entry address (entries 0..15; hardwired to 0 since interrupts are WSI only).
    ///
    /// Offset 0x300 + `n` * [`MsiAddr::STRIDE`]; panics unless `n` < [`MsiAddr::COUNT`].
    pub fn msi_addr(&self, n: usize) -> Reg<'_, MsiAddr, RO, M> {
        assert!(n < MsiAddr::COUNT, "msi_addr index out of range");
        Reg::new(&self.mmio, MsiAddr::OFFSET + n * MsiAddr::STRIDE)
    }

    /// MSI table entry data (entries 0..15; hardwired to 0 since interrupts are WSI only).
    ///
    /// Offset 0x308 + `n` * [`MsiData::STRIDE`]; panics unless `n` < [`MsiData::COUNT`].
    pub fn msi_data(&self, n: usize) -> Reg<'_, MsiData, RO, M> {
        assert!(n < MsiData::COUNT, "msi_data index out of range");
        Reg::new(&self.mmio, MsiData::OFFSET + n * MsiData::STRIDE)
    }

    /// MSI table entry vector control (entries 0..15; hardwired to 0 since interrupts are WSI only).
    ///
    /// Offset 0x30c + `n` * [`MsiVecCtl::STRIDE`]; panics unless `n` < [`MsiVecCtl::COUNT`].
    pub fn msi_vec_ctl(&self, n: usize) -> Reg<'_, MsiVecCtl, RO, M> {
        assert!(n < MsiVecCtl::COUNT, "msi_vec_ctl index out of range");
        Reg::new(&self.mmio, MsiVecCtl::OFFSET + n * MsiVecCtl::STRIDE)
    }
}

/// Every register of the block in offset order (an array once, with `count` and `stride`),
/// with every field, reserved ones included, most significant first.
pub const REGISTERS: &[RegisterInfo] = &[
    RegisterInfo {
        name: "capabilities",
        offset: Capabilities::OFFSET,
        bytes: Capabilities::BYTES,
        count: 1,
        stride: 0,
        reset: Capabilities::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd_custom", lsb: 56, width: 8, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "rsvd_55_44", lsb: 44, width: 12, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "s", lsb: 43, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "nl", lsb: 42, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "qosid", lsb: 41, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "pd20", lsb: 40, width: 1, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "pd17", lsb: 39, width: 1, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "pd8", lsb: 38, width: 1, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "pas", lsb: 32, width: 6, access: Access::Hwinit, reset: 0x38, legal: None },
            FieldInfo { name: "dbg", lsb: 31, width: 1, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "hpm", lsb: 30, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "igs", lsb: 28, width: 2, access: Access::Hwinit, reset: 1, legal: Some(&[Igs::MSI.0 as u64, Igs::WSI.0 as u64, Igs::BOTH.0 as u64]) },
            FieldInfo { name: "endian", lsb: 27, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "t2gpa", lsb: 26, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "ats", lsb: 25, width: 1, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "amo_hwad", lsb: 24, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "msi_mrif", lsb: 23, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "msi_flat", lsb: 22, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "amo_mrif", lsb: 21, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "rsvd_20", lsb: 20, width: 1, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "sv57x4", lsb: 19, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "sv48x4", lsb: 18, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "sv39x4", lsb: 17, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "sv32x4", lsb: 16, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "svpbmt", lsb: 15, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "svrsw60t59b", lsb: 14, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "rsvd_13_12", lsb: 12, width: 2, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "sv57", lsb: 11, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "sv48", lsb: 10, width: 1, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "sv39", lsb: 9, width: 1, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "sv32", lsb: 8, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "version", lsb: 0, width: 8, access: Access::Hwinit, reset: 0x10, legal: None },
        ],
    },
    RegisterInfo {
        name: "fctl",
        offset: Fctl::OFFSET,
        bytes: Fctl::BYTES,
        count: 1,
        stride: 0,
        reset: Fctl::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd_custom", lsb: 16, width: 16, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "rsvd_15_3", lsb: 3, width: 13, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "gxl", lsb: 2, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "wsi", lsb: 1, width: 1, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "be", lsb: 0, width: 1, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "ddtp",
        offset: Ddtp::OFFSET,
        bytes: Ddtp::BYTES,
        count: 1,
        stride: 0,
        reset: Ddtp::RESET.0 as u64,
        hw_ext: true,
        fields: &[
            FieldInfo { name: "rsvd_63_54", lsb: 54, width: 10, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "ppn", lsb: 10, width: 44, access: Access::Warl, reset: 0, legal: None },
            FieldInfo { name: "rsvd_9_5", lsb: 5, width: 5, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "busy", lsb: 4, width: 1, access: Access::Ro, reset: 0, legal: None },
            FieldInfo { name: "iommu_mode", lsb: 0, width: 4, access: Access::Warl, reset: 0, legal: Some(&[IommuMode::OFF.0 as u64, IommuMode::BARE.0 as u64, IommuMode::LVL1.0 as u64, IommuMode::LVL2.0 as u64, IommuMode::LVL3.0 as u64]) },
        ],
    },
    RegisterInfo {
        name: "cqb",
        offset: Cqb::OFFSET,
        bytes: QueueBase::BYTES,
        count: 1,
        stride: 0,
        reset: Cqb::RESET.0 as u64,
        hw_ext: true,
        fields: &[
            FieldInfo { name: "rsvd_63_54", lsb: 54, width: 10, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "ppn", lsb: 10, width: 44, access: Access::Warl, reset: 0, legal: None },
            FieldInfo { name: "rsvd_9_5", lsb: 5, width: 5, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "log2szm1", lsb: 0, width: 5, access: Access::Warl, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "cqh",
        offset: Cqh::OFFSET,
        bytes: QueueIndex::BYTES,
        count: 1,
        stride: 0,
        reset: Cqh::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "index", lsb: 0, width: 32, access: Access::Ro, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "cqt",
        offset: Cqt::OFFSET,
        bytes: QueueIndex::BYTES,
        count: 1,
        stride: 0,
        reset: Cqt::RESET.0 as u64,
        hw_ext: true,
        fields: &[
            FieldInfo { name: "index", lsb: 0, width: 32, access: Access::Warl, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "fqb",
        offset: Fqb::OFFSET,
        bytes: QueueBase::BYTES,
        count: 1,
        stride: 0,
        reset: Fqb::RESET.0 as u64,
        hw_ext: true,
        fields: &[
            FieldInfo { name: "rsvd_63_54", lsb: 54, width: 10, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "ppn", lsb: 10, width: 44, access: Access::Warl, reset: 0, legal: None },
            FieldInfo { name: "rsvd_9_5", lsb: 5, width: 5, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "log2szm1", lsb: 0, width: 5, access: Access::Warl, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "fqh",
        offset: Fqh::OFFSET,
        bytes: QueueIndex::BYTES,
        count: 1,
        stride: 0,
        reset: Fqh::RESET.0 as u64,
        hw_ext: true,
        fields: &[
            FieldInfo { name: "index", lsb: 0, width: 32, access: Access::Warl, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "fqt",
        offset: Fqt::OFFSET,
        bytes: QueueIndex::BYTES,
        count: 1,
        stride: 0,
        reset: Fqt::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "index", lsb: 0, width: 32, access: Access::Ro, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "pqb",
        offset: Pqb::OFFSET,
        bytes: QueueBase::BYTES,
        count: 1,
        stride: 0,
        reset: Pqb::RESET.0 as u64,
        hw_ext: true,
        fields: &[
            FieldInfo { name: "rsvd_63_54", lsb: 54, width: 10, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "ppn", lsb: 10, width: 44, access: Access::Warl, reset: 0, legal: None },
            FieldInfo { name: "rsvd_9_5", lsb: 5, width: 5, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "log2szm1", lsb: 0, width: 5, access: Access::Warl, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "pqh",
        offset: Pqh::OFFSET,
        bytes: QueueIndex::BYTES,
        count: 1,
        stride: 0,
        reset: Pqh::RESET.0 as u64,
        hw_ext: true,
        fields: &[
            FieldInfo { name: "index", lsb: 0, width: 32, access: Access::Warl, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "pqt",
        offset: Pqt::OFFSET,
        bytes: QueueIndex::BYTES,
        count: 1,
        stride: 0,
        reset: Pqt::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "index", lsb: 0, width: 32, access: Access::Ro, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "cqcsr",
        offset: Cqcsr::OFFSET,
        bytes: Cqcsr::BYTES,
        count: 1,
        stride: 0,
        reset: Cqcsr::RESET.0 as u64,
        hw_ext: true,
        fields: &[
            FieldInfo { name: "rsvd_custom", lsb: 28, width: 4, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "rsvd_27_18", lsb: 18, width: 10, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "busy", lsb: 17, width: 1, access: Access::Ro, reset: 0, legal: None },
            FieldInfo { name: "cqon", lsb: 16, width: 1, access: Access::Ro, reset: 0, legal: None },
            FieldInfo { name: "rsvd_15_12", lsb: 12, width: 4, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "fence_w_ip", lsb: 11, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "cmd_ill", lsb: 10, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "cmd_to", lsb: 9, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "cqmf", lsb: 8, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "rsvd_7_2", lsb: 2, width: 6, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "cie", lsb: 1, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "cqen", lsb: 0, width: 1, access: Access::Rw, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "fqcsr",
        offset: Fqcsr::OFFSET,
        bytes: Fqcsr::BYTES,
        count: 1,
        stride: 0,
        reset: Fqcsr::RESET.0 as u64,
        hw_ext: true,
        fields: &[
            FieldInfo { name: "rsvd_custom", lsb: 28, width: 4, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "rsvd_27_18", lsb: 18, width: 10, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "busy", lsb: 17, width: 1, access: Access::Ro, reset: 0, legal: None },
            FieldInfo { name: "fqon", lsb: 16, width: 1, access: Access::Ro, reset: 0, legal: None },
            FieldInfo { name: "rsvd_15_10", lsb: 10, width: 6, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "fqof", lsb: 9, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "fqmf", lsb: 8, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "rsvd_7_2", lsb: 2, width: 6, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "fie", lsb: 1, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "fqen", lsb: 0, width: 1, access: Access::Rw, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "pqcsr",
        offset: Pqcsr::OFFSET,
        bytes: Pqcsr::BYTES,
        count: 1,
        stride: 0,
        reset: Pqcsr::RESET.0 as u64,
        hw_ext: true,
        fields: &[
            FieldInfo { name: "rsvd_custom", lsb: 28, width: 4, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "rsvd_27_18", lsb: 18, width: 10, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "busy", lsb: 17, width: 1, access: Access::Ro, reset: 0, legal: None },
            FieldInfo { name: "pqon", lsb: 16, width: 1, access: Access::Ro, reset: 0, legal: None },
            FieldInfo { name: "rsvd_15_10", lsb: 10, width: 6, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "pqof", lsb: 9, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "pqmf", lsb: 8, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "rsvd_7_2", lsb: 2, width: 6, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "pie", lsb: 1, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "pqen", lsb: 0, width: 1, access: Access::Rw, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "ipsr",
        offset: Ipsr::OFFSET,
        bytes: Ipsr::BYTES,
        count: 1,
        stride: 0,
        reset: Ipsr::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd_31_16", lsb: 16, width: 16, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "rsvd_custom", lsb: 8, width: 8, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "rsvd_7_4", lsb: 4, width: 4, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "pip", lsb: 3, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "pmip", lsb: 2, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "fip", lsb: 1, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "cip", lsb: 0, width: 1, access: Access::Rw1c, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "iocountovf",
        offset: Iocountovf::OFFSET,
        bytes: HpmCounters::BYTES,
        count: 1,
        stride: 0,
        reset: Iocountovf::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "hpm", lsb: 1, width: 31, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "cy", lsb: 0, width: 1, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "iocountinh",
        offset: Iocountinh::OFFSET,
        bytes: HpmCounters::BYTES,
        count: 1,
        stride: 0,
        reset: Iocountinh::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "hpm", lsb: 1, width: 31, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "cy", lsb: 0, width: 1, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "iohpmcycles",
        offset: Iohpmcycles::OFFSET,
        bytes: Iohpmcycles::BYTES,
        count: 1,
        stride: 0,
        reset: Iohpmcycles::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "of", lsb: 63, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "counter", lsb: 0, width: 63, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "iohpmctr",
        offset: Iohpmctr::OFFSET,
        bytes: Iohpmctr::BYTES,
        count: Iohpmctr::COUNT,
        stride: Iohpmctr::STRIDE,
        reset: Iohpmctr::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "counter", lsb: 0, width: 64, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "iohpmevt",
        offset: Iohpmevt::OFFSET,
        bytes: Iohpmevt::BYTES,
        count: Iohpmevt::COUNT,
        stride: Iohpmevt::STRIDE,
        reset: Iohpmevt::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "of", lsb: 63, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "idt", lsb: 62, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "dv_gscv", lsb: 61, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "pv_pscv", lsb: 60, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "did_gscid", lsb: 36, width: 24, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "pid_pscid", lsb: 16, width: 20, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "dmask", lsb: 15, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "event_id", lsb: 0, width: 15, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "tr_req_iova",
        offset: TrReqIova::OFFSET,
        bytes: TrReqIova::BYTES,
        count: 1,
        stride: 0,
        reset: TrReqIova::RESET.0 as u64,
        hw_ext: true,
        fields: &[
            FieldInfo { name: "vpn", lsb: 12, width: 52, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "rsvd_11_0", lsb: 0, width: 12, access: Access::Rsvd, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "tr_req_ctl",
        offset: TrReqCtl::OFFSET,
        bytes: TrReqCtl::BYTES,
        count: 1,
        stride: 0,
        reset: TrReqCtl::RESET.0 as u64,
        hw_ext: true,
        fields: &[
            FieldInfo { name: "did", lsb: 40, width: 24, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "rsvd_custom", lsb: 36, width: 4, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "rsvd_35_33", lsb: 33, width: 3, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "pv", lsb: 32, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "pid", lsb: 12, width: 20, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "rsvd_11_4", lsb: 4, width: 8, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "nw", lsb: 3, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "exe", lsb: 2, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "priv", lsb: 1, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "go_busy", lsb: 0, width: 1, access: Access::Rw1s, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "tr_response",
        offset: TrResponse::OFFSET,
        bytes: TrResponse::BYTES,
        count: 1,
        stride: 0,
        reset: TrResponse::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd_custom", lsb: 60, width: 4, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "rsvd_59_54", lsb: 54, width: 6, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "ppn", lsb: 10, width: 44, access: Access::Ro, reset: 0, legal: None },
            FieldInfo { name: "s", lsb: 9, width: 1, access: Access::Ro, reset: 0, legal: None },
            FieldInfo { name: "pbmt", lsb: 7, width: 2, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "rsvd_6_1", lsb: 1, width: 6, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "fault", lsb: 0, width: 1, access: Access::Ro, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "iommu_qosid",
        offset: IommuQosid::OFFSET,
        bytes: IommuQosid::BYTES,
        count: 1,
        stride: 0,
        reset: IommuQosid::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd_31_28", lsb: 28, width: 4, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "mcid", lsb: 16, width: 12, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "rsvd_15_12", lsb: 12, width: 4, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "rcid", lsb: 0, width: 12, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "icvec",
        offset: Icvec::OFFSET,
        bytes: Icvec::BYTES,
        count: 1,
        stride: 0,
        reset: Icvec::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd_custom", lsb: 32, width: 32, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "rsvd_31_16", lsb: 16, width: 16, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "piv", lsb: 12, width: 4, access: Access::Warl, reset: 0, legal: None },
            FieldInfo { name: "pmiv", lsb: 8, width: 4, access: Access::Warl, reset: 0, legal: None },
            FieldInfo { name: "fiv", lsb: 4, width: 4, access: Access::Warl, reset: 0, legal: None },
            FieldInfo { name: "civ", lsb: 0, width: 4, access: Access::Warl, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "msi_addr",
        offset: MsiAddr::OFFSET,
        bytes: MsiAddr::BYTES,
        count: MsiAddr::COUNT,
        stride: MsiAddr::STRIDE,
        reset: MsiAddr::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd_63_56", lsb: 56, width: 8, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "addr", lsb: 2, width: 54, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "rsvd_1_0", lsb: 0, width: 2, access: Access::Rsvd, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "msi_data",
        offset: MsiData::OFFSET,
        bytes: MsiData::BYTES,
        count: MsiData::COUNT,
        stride: MsiData::STRIDE,
        reset: MsiData::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "data", lsb: 0, width: 32, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "msi_vec_ctl",
        offset: MsiVecCtl::OFFSET,
        bytes: MsiVecCtl::BYTES,
        count: MsiVecCtl::COUNT,
        stride: MsiVecCtl::STRIDE,
        reset: MsiVecCtl::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd_31_1", lsb: 1, width: 31, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "m", lsb: 0, width: 1, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
];
