// Generated from regmaps/iommu_regs_pkg.sv by codegen (`cargo xtask codegen`); do not edit.
//! RISC-V IOMMU memory-mapped register file (4 KiB, little-endian, 64-bit bus).
//!
//! Layout of every register of the RISC-V IOMMU Architecture Specification v1.0
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
use crate::mmio::{Mmio, Reg, RegValue, RO, RW, WO};
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

impl IommuMode {
    /// every inbound transaction is blocked
    pub const OFF: Self = Self(0);
    /// no translation, untranslated requests pass through
    pub const BARE: Self = Self(1);
    /// one-level device directory table
    pub const LVL1: Self = Self(2);
    /// two-level device directory table
    pub const LVL2: Self = Self(3);
    /// three-level device directory table
    pub const LVL3: Self = Self(4);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 4;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("OFF"),
            1 => Some("BARE"),
            2 => Some("LVL1"),
            3 => Some("LVL2"),
            4 => Some("LVL3"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for IommuMode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "IommuMode({:#x})", self.0),
        }
    }
}

/// Interrupt generation methods reported in capabilities.igs (value 3 is reserved).
///
/// `igs_t`, 2 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Igs(pub u8);

impl Igs {
    /// message-signaled interrupts only
    pub const MSI: Self = Self(0);
    /// wire-signaled interrupts only
    pub const WSI: Self = Self(1);
    /// both; fctl.wsi selects the method
    pub const BOTH: Self = Self(2);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 2;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("MSI"),
            1 => Some("WSI"),
            2 => Some("BOTH"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for Igs {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "Igs({:#x})", self.0),
        }
    }
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

    /// implemented spec version, major.minor in two nibbles
    ///
    /// Bits `[7:0]`, `hwinit`.
    #[inline]
    pub const fn version(&self) -> u8 {
        (self.0 & 0xff) as u8
    }

    /// Set `version` (bits `[7:0]`).
    #[inline]
    pub const fn set_version(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `version`");
        self.0 = (self.0 & !0xff) | ((v) as u64 & 0xff);
    }

    /// This value with `version` replaced.
    #[inline]
    #[must_use]
    pub const fn with_version(mut self, v: u8) -> Self {
        self.set_version(v);
        self
    }

    /// first-stage Sv32 supported
    ///
    /// Bits `[8]`, `hwinit`.
    #[inline]
    pub const fn sv32(&self) -> bool {
        (self.0 >> 8) & 1 != 0
    }

    /// Set `sv32` (bits `[8]`).
    #[inline]
    pub const fn set_sv32(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 8)) | (((v) as u64 & 1) << 8);
    }

    /// This value with `sv32` replaced.
    #[inline]
    #[must_use]
    pub const fn with_sv32(mut self, v: bool) -> Self {
        self.set_sv32(v);
        self
    }

    /// first-stage Sv39 supported
    ///
    /// Bits `[9]`, `hwinit`.
    #[inline]
    pub const fn sv39(&self) -> bool {
        (self.0 >> 9) & 1 != 0
    }

    /// Set `sv39` (bits `[9]`).
    #[inline]
    pub const fn set_sv39(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 9)) | (((v) as u64 & 1) << 9);
    }

    /// This value with `sv39` replaced.
    #[inline]
    #[must_use]
    pub const fn with_sv39(mut self, v: bool) -> Self {
        self.set_sv39(v);
        self
    }

    /// first-stage Sv48 supported
    ///
    /// Bits `[10]`, `hwinit`.
    #[inline]
    pub const fn sv48(&self) -> bool {
        (self.0 >> 10) & 1 != 0
    }

    /// Set `sv48` (bits `[10]`).
    #[inline]
    pub const fn set_sv48(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 10)) | (((v) as u64 & 1) << 10);
    }

    /// This value with `sv48` replaced.
    #[inline]
    #[must_use]
    pub const fn with_sv48(mut self, v: bool) -> Self {
        self.set_sv48(v);
        self
    }

    /// first-stage Sv57 supported
    ///
    /// Bits `[11]`, `hwinit`.
    #[inline]
    pub const fn sv57(&self) -> bool {
        (self.0 >> 11) & 1 != 0
    }

    /// Set `sv57` (bits `[11]`).
    #[inline]
    pub const fn set_sv57(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 11)) | (((v) as u64 & 1) << 11);
    }

    /// This value with `sv57` replaced.
    #[inline]
    #[must_use]
    pub const fn with_sv57(mut self, v: bool) -> Self {
        self.set_sv57(v);
        self
    }

    /// PTE bits 60:59 reserved for software (Svrsw60t59b)
    ///
    /// Bits `[14]`, `hwinit`.
    #[inline]
    pub const fn svrsw60t59b(&self) -> bool {
        (self.0 >> 14) & 1 != 0
    }

    /// Set `svrsw60t59b` (bits `[14]`).
    #[inline]
    pub const fn set_svrsw60t59b(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 14)) | (((v) as u64 & 1) << 14);
    }

    /// This value with `svrsw60t59b` replaced.
    #[inline]
    #[must_use]
    pub const fn with_svrsw60t59b(mut self, v: bool) -> Self {
        self.set_svrsw60t59b(v);
        self
    }

    /// page-based memory types (Svpbmt) supported
    ///
    /// Bits `[15]`, `hwinit`.
    #[inline]
    pub const fn svpbmt(&self) -> bool {
        (self.0 >> 15) & 1 != 0
    }

    /// Set `svpbmt` (bits `[15]`).
    #[inline]
    pub const fn set_svpbmt(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 15)) | (((v) as u64 & 1) << 15);
    }

    /// This value with `svpbmt` replaced.
    #[inline]
    #[must_use]
    pub const fn with_svpbmt(mut self, v: bool) -> Self {
        self.set_svpbmt(v);
        self
    }

    /// second-stage Sv32x4 supported
    ///
    /// Bits `[16]`, `hwinit`.
    #[inline]
    pub const fn sv32x4(&self) -> bool {
        (self.0 >> 16) & 1 != 0
    }

    /// Set `sv32x4` (bits `[16]`).
    #[inline]
    pub const fn set_sv32x4(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 16)) | (((v) as u64 & 1) << 16);
    }

    /// This value with `sv32x4` replaced.
    #[inline]
    #[must_use]
    pub const fn with_sv32x4(mut self, v: bool) -> Self {
        self.set_sv32x4(v);
        self
    }

    /// second-stage Sv39x4 supported
    ///
    /// Bits `[17]`, `hwinit`.
    #[inline]
    pub const fn sv39x4(&self) -> bool {
        (self.0 >> 17) & 1 != 0
    }

    /// Set `sv39x4` (bits `[17]`).
    #[inline]
    pub const fn set_sv39x4(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 17)) | (((v) as u64 & 1) << 17);
    }

    /// This value with `sv39x4` replaced.
    #[inline]
    #[must_use]
    pub const fn with_sv39x4(mut self, v: bool) -> Self {
        self.set_sv39x4(v);
        self
    }

    /// second-stage Sv48x4 supported
    ///
    /// Bits `[18]`, `hwinit`.
    #[inline]
    pub const fn sv48x4(&self) -> bool {
        (self.0 >> 18) & 1 != 0
    }

    /// Set `sv48x4` (bits `[18]`).
    #[inline]
    pub const fn set_sv48x4(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 18)) | (((v) as u64 & 1) << 18);
    }

    /// This value with `sv48x4` replaced.
    #[inline]
    #[must_use]
    pub const fn with_sv48x4(mut self, v: bool) -> Self {
        self.set_sv48x4(v);
        self
    }

    /// second-stage Sv57x4 supported
    ///
    /// Bits `[19]`, `hwinit`.
    #[inline]
    pub const fn sv57x4(&self) -> bool {
        (self.0 >> 19) & 1 != 0
    }

    /// Set `sv57x4` (bits `[19]`).
    #[inline]
    pub const fn set_sv57x4(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 19)) | (((v) as u64 & 1) << 19);
    }

    /// This value with `sv57x4` replaced.
    #[inline]
    #[must_use]
    pub const fn with_sv57x4(mut self, v: bool) -> Self {
        self.set_sv57x4(v);
        self
    }

    /// atomic updates of memory-resident interrupt files
    ///
    /// Bits `[21]`, `hwinit`.
    #[inline]
    pub const fn amo_mrif(&self) -> bool {
        (self.0 >> 21) & 1 != 0
    }

    /// Set `amo_mrif` (bits `[21]`).
    #[inline]
    pub const fn set_amo_mrif(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 21)) | (((v) as u64 & 1) << 21);
    }

    /// This value with `amo_mrif` replaced.
    #[inline]
    #[must_use]
    pub const fn with_amo_mrif(mut self, v: bool) -> Self {
        self.set_amo_mrif(v);
        self
    }

    /// MSI translation with flat MSI page tables supported
    ///
    /// Bits `[22]`, `hwinit`.
    #[inline]
    pub const fn msi_flat(&self) -> bool {
        (self.0 >> 22) & 1 != 0
    }

    /// Set `msi_flat` (bits `[22]`).
    #[inline]
    pub const fn set_msi_flat(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 22)) | (((v) as u64 & 1) << 22);
    }

    /// This value with `msi_flat` replaced.
    #[inline]
    #[must_use]
    pub const fn with_msi_flat(mut self, v: bool) -> Self {
        self.set_msi_flat(v);
        self
    }

    /// MSI translation to memory-resident interrupt files
    ///
    /// Bits `[23]`, `hwinit`.
    #[inline]
    pub const fn msi_mrif(&self) -> bool {
        (self.0 >> 23) & 1 != 0
    }

    /// Set `msi_mrif` (bits `[23]`).
    #[inline]
    pub const fn set_msi_mrif(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 23)) | (((v) as u64 & 1) << 23);
    }

    /// This value with `msi_mrif` replaced.
    #[inline]
    #[must_use]
    pub const fn with_msi_mrif(mut self, v: bool) -> Self {
        self.set_msi_mrif(v);
        self
    }

    /// atomic hardware update of PTE A/D bits supported
    ///
    /// Bits `[24]`, `hwinit`.
    #[inline]
    pub const fn amo_hwad(&self) -> bool {
        (self.0 >> 24) & 1 != 0
    }

    /// Set `amo_hwad` (bits `[24]`).
    #[inline]
    pub const fn set_amo_hwad(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 24)) | (((v) as u64 & 1) << 24);
    }

    /// This value with `amo_hwad` replaced.
    #[inline]
    #[must_use]
    pub const fn with_amo_hwad(mut self, v: bool) -> Self {
        self.set_amo_hwad(v);
        self
    }

    /// PCIe ATS and page-request interface supported
    ///
    /// Bits `[25]`, `hwinit`.
    #[inline]
    pub const fn ats(&self) -> bool {
        (self.0 >> 25) & 1 != 0
    }

    /// Set `ats` (bits `[25]`).
    #[inline]
    pub const fn set_ats(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 25)) | (((v) as u64 & 1) << 25);
    }

    /// This value with `ats` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ats(mut self, v: bool) -> Self {
        self.set_ats(v);
        self
    }

    /// ATS completions may return guest physical addresses
    ///
    /// Bits `[26]`, `hwinit`.
    #[inline]
    pub const fn t2gpa(&self) -> bool {
        (self.0 >> 26) & 1 != 0
    }

    /// Set `t2gpa` (bits `[26]`).
    #[inline]
    pub const fn set_t2gpa(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 26)) | (((v) as u64 & 1) << 26);
    }

    /// This value with `t2gpa` replaced.
    #[inline]
    #[must_use]
    pub const fn with_t2gpa(mut self, v: bool) -> Self {
        self.set_t2gpa(v);
        self
    }

    /// spec END (an SV keyword): both endiannesses supported
    ///
    /// Bits `[27]`, `hwinit`.
    #[inline]
    pub const fn endian(&self) -> bool {
        (self.0 >> 27) & 1 != 0
    }

    /// Set `endian` (bits `[27]`).
    #[inline]
    pub const fn set_endian(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 27)) | (((v) as u64 & 1) << 27);
    }

    /// This value with `endian` replaced.
    #[inline]
    #[must_use]
    pub const fn with_endian(mut self, v: bool) -> Self {
        self.set_endian(v);
        self
    }

    /// interrupt generation methods supported
    ///
    /// Bits `[29:28]`, `hwinit`.
    #[inline]
    pub const fn igs(&self) -> Igs {
        Igs(((self.0 >> 28) & 3) as u8)
    }

    /// Set `igs` (bits `[29:28]`).
    #[inline]
    pub const fn set_igs(&mut self, v: Igs) {
        debug_assert!((v.0 as u64) >> 2 == 0, "value does not fit field `igs`");
        self.0 = (self.0 & !(3 << 28)) | (((v.0) as u64 & 3) << 28);
    }

    /// This value with `igs` replaced.
    #[inline]
    #[must_use]
    pub const fn with_igs(mut self, v: Igs) -> Self {
        self.set_igs(v);
        self
    }

    /// hardware performance monitor present
    ///
    /// Bits `[30]`, `hwinit`.
    #[inline]
    pub const fn hpm(&self) -> bool {
        (self.0 >> 30) & 1 != 0
    }

    /// Set `hpm` (bits `[30]`).
    #[inline]
    pub const fn set_hpm(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 30)) | (((v) as u64 & 1) << 30);
    }

    /// This value with `hpm` replaced.
    #[inline]
    #[must_use]
    pub const fn with_hpm(mut self, v: bool) -> Self {
        self.set_hpm(v);
        self
    }

    /// debug translation-request interface (tr_req_*) present
    ///
    /// Bits `[31]`, `hwinit`.
    #[inline]
    pub const fn dbg(&self) -> bool {
        (self.0 >> 31) & 1 != 0
    }

    /// Set `dbg` (bits `[31]`).
    #[inline]
    pub const fn set_dbg(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 31)) | (((v) as u64 & 1) << 31);
    }

    /// This value with `dbg` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dbg(mut self, v: bool) -> Self {
        self.set_dbg(v);
        self
    }

    /// number of physical address bits the IOMMU can address
    ///
    /// Bits `[37:32]`, `hwinit`.
    #[inline]
    pub const fn pas(&self) -> u8 {
        ((self.0 >> 32) & 0x3f) as u8
    }

    /// Set `pas` (bits `[37:32]`).
    #[inline]
    pub const fn set_pas(&mut self, v: u8) {
        debug_assert!((v as u64) >> 6 == 0, "value does not fit field `pas`");
        self.0 = (self.0 & !(0x3f << 32)) | (((v) as u64 & 0x3f) << 32);
    }

    /// This value with `pas` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pas(mut self, v: u8) -> Self {
        self.set_pas(v);
        self
    }

    /// one-level PDT with 8-bit process_id supported
    ///
    /// Bits `[38]`, `hwinit`.
    #[inline]
    pub const fn pd8(&self) -> bool {
        (self.0 >> 38) & 1 != 0
    }

    /// Set `pd8` (bits `[38]`).
    #[inline]
    pub const fn set_pd8(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 38)) | (((v) as u64 & 1) << 38);
    }

    /// This value with `pd8` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pd8(mut self, v: bool) -> Self {
        self.set_pd8(v);
        self
    }

    /// two-level PDT with 17-bit process_id supported
    ///
    /// Bits `[39]`, `hwinit`.
    #[inline]
    pub const fn pd17(&self) -> bool {
        (self.0 >> 39) & 1 != 0
    }

    /// Set `pd17` (bits `[39]`).
    #[inline]
    pub const fn set_pd17(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 39)) | (((v) as u64 & 1) << 39);
    }

    /// This value with `pd17` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pd17(mut self, v: bool) -> Self {
        self.set_pd17(v);
        self
    }

    /// three-level PDT with 20-bit process_id supported
    ///
    /// Bits `[40]`, `hwinit`.
    #[inline]
    pub const fn pd20(&self) -> bool {
        (self.0 >> 40) & 1 != 0
    }

    /// Set `pd20` (bits `[40]`).
    #[inline]
    pub const fn set_pd20(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 40)) | (((v) as u64 & 1) << 40);
    }

    /// This value with `pd20` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pd20(mut self, v: bool) -> Self {
        self.set_pd20(v);
        self
    }

    /// QoS ID tagging supported (later addition to the spec)
    ///
    /// Bits `[41]`, `hwinit`.
    #[inline]
    pub const fn qosid(&self) -> bool {
        (self.0 >> 41) & 1 != 0
    }

    /// Set `qosid` (bits `[41]`).
    #[inline]
    pub const fn set_qosid(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 41)) | (((v) as u64 & 1) << 41);
    }

    /// This value with `qosid` replaced.
    #[inline]
    #[must_use]
    pub const fn with_qosid(mut self, v: bool) -> Self {
        self.set_qosid(v);
        self
    }

    /// non-leaf PTE invalidation extension (IOTINVAL.NL) supported
    ///
    /// Bits `[42]`, `hwinit`.
    #[inline]
    pub const fn nl(&self) -> bool {
        (self.0 >> 42) & 1 != 0
    }

    /// Set `nl` (bits `[42]`).
    #[inline]
    pub const fn set_nl(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 42)) | (((v) as u64 & 1) << 42);
    }

    /// This value with `nl` replaced.
    #[inline]
    #[must_use]
    pub const fn with_nl(mut self, v: bool) -> Self {
        self.set_nl(v);
        self
    }

    /// address-range invalidation extension (IOTINVAL.S) supported
    ///
    /// Bits `[43]`, `hwinit`.
    #[inline]
    pub const fn s(&self) -> bool {
        (self.0 >> 43) & 1 != 0
    }

    /// Set `s` (bits `[43]`).
    #[inline]
    pub const fn set_s(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 43)) | (((v) as u64 & 1) << 43);
    }

    /// This value with `s` replaced.
    #[inline]
    #[must_use]
    pub const fn with_s(mut self, v: bool) -> Self {
        self.set_s(v);
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

impl core::fmt::Debug for Capabilities {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Capabilities")
            .field("version", &self.version())
            .field("sv32", &self.sv32())
            .field("sv39", &self.sv39())
            .field("sv48", &self.sv48())
            .field("sv57", &self.sv57())
            .field("svrsw60t59b", &self.svrsw60t59b())
            .field("svpbmt", &self.svpbmt())
            .field("sv32x4", &self.sv32x4())
            .field("sv39x4", &self.sv39x4())
            .field("sv48x4", &self.sv48x4())
            .field("sv57x4", &self.sv57x4())
            .field("amo_mrif", &self.amo_mrif())
            .field("msi_flat", &self.msi_flat())
            .field("msi_mrif", &self.msi_mrif())
            .field("amo_hwad", &self.amo_hwad())
            .field("ats", &self.ats())
            .field("t2gpa", &self.t2gpa())
            .field("endian", &self.endian())
            .field("igs", &self.igs())
            .field("hpm", &self.hpm())
            .field("dbg", &self.dbg())
            .field("pas", &self.pas())
            .field("pd8", &self.pd8())
            .field("pd17", &self.pd17())
            .field("pd20", &self.pd20())
            .field("qosid", &self.qosid())
            .field("nl", &self.nl())
            .field("s", &self.s())
            .finish()
    }
}

impl RegValue for Capabilities {
    const BYTES: usize = 8;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u64)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
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

    /// big-endian in-memory structures and queues (fixed to 0)
    ///
    /// Bits `[0]`, `hwinit`.
    #[inline]
    pub const fn be(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `be` (bits `[0]`).
    #[inline]
    pub const fn set_be(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u32 & 1);
    }

    /// This value with `be` replaced.
    #[inline]
    #[must_use]
    pub const fn with_be(mut self, v: bool) -> Self {
        self.set_be(v);
        self
    }

    /// interrupts are wire-signaled (fixed to 1: WSI only)
    ///
    /// Bits `[1]`, `hwinit`.
    #[inline]
    pub const fn wsi(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `wsi` (bits `[1]`).
    #[inline]
    pub const fn set_wsi(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u32 & 1) << 1);
    }

    /// This value with `wsi` replaced.
    #[inline]
    #[must_use]
    pub const fn with_wsi(mut self, v: bool) -> Self {
        self.set_wsi(v);
        self
    }

    /// 32-bit family of guest address schemes (no G-stage)
    ///
    /// Bits `[2]`, `hwinit`.
    #[inline]
    pub const fn gxl(&self) -> bool {
        (self.0 >> 2) & 1 != 0
    }

    /// Set `gxl` (bits `[2]`).
    #[inline]
    pub const fn set_gxl(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 2)) | (((v) as u32 & 1) << 2);
    }

    /// This value with `gxl` replaced.
    #[inline]
    #[must_use]
    pub const fn with_gxl(mut self, v: bool) -> Self {
        self.set_gxl(v);
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

impl core::fmt::Debug for Fctl {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Fctl")
            .field("be", &self.be())
            .field("wsi", &self.wsi())
            .field("gxl", &self.gxl())
            .finish()
    }
}

impl RegValue for Fctl {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
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

    /// operating mode (Off, Bare, 1/2/3-level DDT)
    ///
    /// Bits `[3:0]`, `warl`.
    #[inline]
    pub const fn iommu_mode(&self) -> IommuMode {
        IommuMode((self.0 & 0xf) as u8)
    }

    /// Set `iommu_mode` (bits `[3:0]`).
    #[inline]
    pub const fn set_iommu_mode(&mut self, v: IommuMode) {
        debug_assert!((v.0 as u64) >> 4 == 0, "value does not fit field `iommu_mode`");
        self.0 = (self.0 & !0xf) | ((v.0) as u64 & 0xf);
    }

    /// This value with `iommu_mode` replaced.
    #[inline]
    #[must_use]
    pub const fn with_iommu_mode(mut self, v: IommuMode) -> Self {
        self.set_iommu_mode(v);
        self
    }

    /// a mode change is still being carried out
    ///
    /// Bits `[4]`, `ro`.
    #[inline]
    pub const fn busy(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `busy` (bits `[4]`).
    #[inline]
    pub const fn set_busy(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u64 & 1) << 4);
    }

    /// This value with `busy` replaced.
    #[inline]
    #[must_use]
    pub const fn with_busy(mut self, v: bool) -> Self {
        self.set_busy(v);
        self
    }

    /// page number of the root device-directory table
    ///
    /// Bits `[53:10]`, `warl`.
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

impl core::fmt::Debug for Ddtp {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Ddtp")
            .field("iommu_mode", &self.iommu_mode())
            .field("busy", &self.busy())
            .field("ppn", &self.ppn())
            .finish()
    }
}

impl RegValue for Ddtp {
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
/// `cqb_t`, 64 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Cqb(pub u64);

impl Cqb {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x18;
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

    /// log2(number of entries) - 1 (spec LOG2SZ-1)
    ///
    /// Bits `[4:0]`, `warl`.
    #[inline]
    pub const fn log2szm1(&self) -> u8 {
        (self.0 & 0x1f) as u8
    }

    /// Set `log2szm1` (bits `[4:0]`).
    #[inline]
    pub const fn set_log2szm1(&mut self, v: u8) {
        debug_assert!((v as u64) >> 5 == 0, "value does not fit field `log2szm1`");
        self.0 = (self.0 & !0x1f) | ((v) as u64 & 0x1f);
    }

    /// This value with `log2szm1` replaced.
    #[inline]
    #[must_use]
    pub const fn with_log2szm1(mut self, v: u8) -> Self {
        self.set_log2szm1(v);
        self
    }

    /// page number of the queue base
    ///
    /// Bits `[53:10]`, `warl`.
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

impl core::fmt::Debug for Cqb {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Cqb")
            .field("log2szm1", &self.log2szm1())
            .field("ppn", &self.ppn())
            .finish()
    }
}

impl RegValue for Cqb {
    const BYTES: usize = 8;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u64)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Command-queue head: index of the next command the IOMMU fetches.
///
/// `cqh_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Cqh(pub u32);

impl Cqh {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x20;
    /// Value after reset.
    pub const RESET: Self = Self(0);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// entry the IOMMU reads next
    ///
    /// Bits `[31:0]`, `ro`.
    #[inline]
    pub const fn index(&self) -> u32 {
        (self.0 & 0xffff_ffff) as u32
    }

    /// Set `index` (bits `[31:0]`).
    #[inline]
    pub const fn set_index(&mut self, v: u32) {
        debug_assert!((v as u64) >> 32 == 0, "value does not fit field `index`");
        self.0 = (v) as u32;
    }

    /// This value with `index` replaced.
    #[inline]
    #[must_use]
    pub const fn with_index(mut self, v: u32) -> Self {
        self.set_index(v);
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

impl core::fmt::Debug for Cqh {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Cqh")
            .field("index", &self.index())
            .finish()
    }
}

impl RegValue for Cqh {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Command-queue tail: index where software writes the next command.
///
/// `cqt_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Cqt(pub u32);

impl Cqt {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x24;
    /// Value after reset.
    pub const RESET: Self = Self(0);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// entry software fills next; bits above the queue size read 0
    ///
    /// Bits `[31:0]`, `warl`.
    #[inline]
    pub const fn index(&self) -> u32 {
        (self.0 & 0xffff_ffff) as u32
    }

    /// Set `index` (bits `[31:0]`).
    #[inline]
    pub const fn set_index(&mut self, v: u32) {
        debug_assert!((v as u64) >> 32 == 0, "value does not fit field `index`");
        self.0 = (v) as u32;
    }

    /// This value with `index` replaced.
    #[inline]
    #[must_use]
    pub const fn with_index(mut self, v: u32) -> Self {
        self.set_index(v);
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

impl core::fmt::Debug for Cqt {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Cqt")
            .field("index", &self.index())
            .finish()
    }
}

impl RegValue for Cqt {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Fault-queue base: location and size of the fault queue (32-byte records).
///
/// `fqb_t`, 64 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Fqb(pub u64);

impl Fqb {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x28;
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

    /// log2(number of entries) - 1 (spec LOG2SZ-1)
    ///
    /// Bits `[4:0]`, `warl`.
    #[inline]
    pub const fn log2szm1(&self) -> u8 {
        (self.0 & 0x1f) as u8
    }

    /// Set `log2szm1` (bits `[4:0]`).
    #[inline]
    pub const fn set_log2szm1(&mut self, v: u8) {
        debug_assert!((v as u64) >> 5 == 0, "value does not fit field `log2szm1`");
        self.0 = (self.0 & !0x1f) | ((v) as u64 & 0x1f);
    }

    /// This value with `log2szm1` replaced.
    #[inline]
    #[must_use]
    pub const fn with_log2szm1(mut self, v: u8) -> Self {
        self.set_log2szm1(v);
        self
    }

    /// page number of the queue base
    ///
    /// Bits `[53:10]`, `warl`.
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

impl core::fmt::Debug for Fqb {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Fqb")
            .field("log2szm1", &self.log2szm1())
            .field("ppn", &self.ppn())
            .finish()
    }
}

impl RegValue for Fqb {
    const BYTES: usize = 8;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u64)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Fault-queue head: index of the next record software reads.
///
/// `fqh_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Fqh(pub u32);

impl Fqh {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x30;
    /// Value after reset.
    pub const RESET: Self = Self(0);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// record software consumes next; bits above the queue size read 0
    ///
    /// Bits `[31:0]`, `warl`.
    #[inline]
    pub const fn index(&self) -> u32 {
        (self.0 & 0xffff_ffff) as u32
    }

    /// Set `index` (bits `[31:0]`).
    #[inline]
    pub const fn set_index(&mut self, v: u32) {
        debug_assert!((v as u64) >> 32 == 0, "value does not fit field `index`");
        self.0 = (v) as u32;
    }

    /// This value with `index` replaced.
    #[inline]
    #[must_use]
    pub const fn with_index(mut self, v: u32) -> Self {
        self.set_index(v);
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

impl core::fmt::Debug for Fqh {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Fqh")
            .field("index", &self.index())
            .finish()
    }
}

impl RegValue for Fqh {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Fault-queue tail: index where the IOMMU writes the next fault record.
///
/// `fqt_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Fqt(pub u32);

impl Fqt {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x34;
    /// Value after reset.
    pub const RESET: Self = Self(0);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// record slot the IOMMU fills next
    ///
    /// Bits `[31:0]`, `ro`.
    #[inline]
    pub const fn index(&self) -> u32 {
        (self.0 & 0xffff_ffff) as u32
    }

    /// Set `index` (bits `[31:0]`).
    #[inline]
    pub const fn set_index(&mut self, v: u32) {
        debug_assert!((v as u64) >> 32 == 0, "value does not fit field `index`");
        self.0 = (v) as u32;
    }

    /// This value with `index` replaced.
    #[inline]
    #[must_use]
    pub const fn with_index(mut self, v: u32) -> Self {
        self.set_index(v);
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

impl core::fmt::Debug for Fqt {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Fqt")
            .field("index", &self.index())
            .finish()
    }
}

impl RegValue for Fqt {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Page-request-queue base: location and size of the page-request queue (16-byte records).
///
/// `pqb_t`, 64 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Pqb(pub u64);

impl Pqb {
    /// Width in bits.
    pub const WIDTH: u32 = 64;
    /// Size in bytes.
    pub const BYTES: usize = 8;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x38;
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

    /// log2(number of entries) - 1 (spec LOG2SZ-1)
    ///
    /// Bits `[4:0]`, `warl`.
    #[inline]
    pub const fn log2szm1(&self) -> u8 {
        (self.0 & 0x1f) as u8
    }

    /// Set `log2szm1` (bits `[4:0]`).
    #[inline]
    pub const fn set_log2szm1(&mut self, v: u8) {
        debug_assert!((v as u64) >> 5 == 0, "value does not fit field `log2szm1`");
        self.0 = (self.0 & !0x1f) | ((v) as u64 & 0x1f);
    }

    /// This value with `log2szm1` replaced.
    #[inline]
    #[must_use]
    pub const fn with_log2szm1(mut self, v: u8) -> Self {
        self.set_log2szm1(v);
        self
    }

    /// page number of the queue base
    ///
    /// Bits `[53:10]`, `warl`.
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

impl core::fmt::Debug for Pqb {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Pqb")
            .field("log2szm1", &self.log2szm1())
            .field("ppn", &self.ppn())
            .finish()
    }
}

impl RegValue for Pqb {
    const BYTES: usize = 8;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u64)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Page-request-queue head: index of the next page request software reads.
///
/// `pqh_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Pqh(pub u32);

impl Pqh {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x40;
    /// Value after reset.
    pub const RESET: Self = Self(0);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// record software consumes next; bits above the queue size read 0
    ///
    /// Bits `[31:0]`, `warl`.
    #[inline]
    pub const fn index(&self) -> u32 {
        (self.0 & 0xffff_ffff) as u32
    }

    /// Set `index` (bits `[31:0]`).
    #[inline]
    pub const fn set_index(&mut self, v: u32) {
        debug_assert!((v as u64) >> 32 == 0, "value does not fit field `index`");
        self.0 = (v) as u32;
    }

    /// This value with `index` replaced.
    #[inline]
    #[must_use]
    pub const fn with_index(mut self, v: u32) -> Self {
        self.set_index(v);
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

impl core::fmt::Debug for Pqh {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Pqh")
            .field("index", &self.index())
            .finish()
    }
}

impl RegValue for Pqh {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Page-request-queue tail: index where the IOMMU writes the next page request.
///
/// `pqt_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Pqt(pub u32);

impl Pqt {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x44;
    /// Value after reset.
    pub const RESET: Self = Self(0);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// record slot the IOMMU fills next
    ///
    /// Bits `[31:0]`, `ro`.
    #[inline]
    pub const fn index(&self) -> u32 {
        (self.0 & 0xffff_ffff) as u32
    }

    /// Set `index` (bits `[31:0]`).
    #[inline]
    pub const fn set_index(&mut self, v: u32) {
        debug_assert!((v as u64) >> 32 == 0, "value does not fit field `index`");
        self.0 = (v) as u32;
    }

    /// This value with `index` replaced.
    #[inline]
    #[must_use]
    pub const fn with_index(mut self, v: u32) -> Self {
        self.set_index(v);
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

impl core::fmt::Debug for Pqt {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Pqt")
            .field("index", &self.index())
            .finish()
    }
}

impl RegValue for Pqt {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
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

    /// command-queue enable
    ///
    /// Bits `[0]`, `rw`.
    #[inline]
    pub const fn cqen(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `cqen` (bits `[0]`).
    #[inline]
    pub const fn set_cqen(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u32 & 1);
    }

    /// This value with `cqen` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cqen(mut self, v: bool) -> Self {
        self.set_cqen(v);
        self
    }

    /// command-queue interrupt enable
    ///
    /// Bits `[1]`, `rw`.
    #[inline]
    pub const fn cie(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `cie` (bits `[1]`).
    #[inline]
    pub const fn set_cie(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u32 & 1) << 1);
    }

    /// This value with `cie` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cie(mut self, v: bool) -> Self {
        self.set_cie(v);
        self
    }

    /// memory fault on a queue or command access; queue stopped
    ///
    /// Bits `[8]`, `rw1c`.
    #[inline]
    pub const fn cqmf(&self) -> bool {
        (self.0 >> 8) & 1 != 0
    }

    /// Set `cqmf` (bits `[8]`).
    #[inline]
    pub const fn set_cqmf(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 8)) | (((v) as u32 & 1) << 8);
    }

    /// This value with `cqmf` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cqmf(mut self, v: bool) -> Self {
        self.set_cqmf(v);
        self
    }

    /// a command timed out (seen by IOFENCE.C); queue stopped
    ///
    /// Bits `[9]`, `rw1c`.
    #[inline]
    pub const fn cmd_to(&self) -> bool {
        (self.0 >> 9) & 1 != 0
    }

    /// Set `cmd_to` (bits `[9]`).
    #[inline]
    pub const fn set_cmd_to(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 9)) | (((v) as u32 & 1) << 9);
    }

    /// This value with `cmd_to` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cmd_to(mut self, v: bool) -> Self {
        self.set_cmd_to(v);
        self
    }

    /// illegal or unsupported command fetched; queue stopped
    ///
    /// Bits `[10]`, `rw1c`.
    #[inline]
    pub const fn cmd_ill(&self) -> bool {
        (self.0 >> 10) & 1 != 0
    }

    /// Set `cmd_ill` (bits `[10]`).
    #[inline]
    pub const fn set_cmd_ill(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 10)) | (((v) as u32 & 1) << 10);
    }

    /// This value with `cmd_ill` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cmd_ill(mut self, v: bool) -> Self {
        self.set_cmd_ill(v);
        self
    }

    /// an IOFENCE.C with WSI=1 completed
    ///
    /// Bits `[11]`, `rw1c`.
    #[inline]
    pub const fn fence_w_ip(&self) -> bool {
        (self.0 >> 11) & 1 != 0
    }

    /// Set `fence_w_ip` (bits `[11]`).
    #[inline]
    pub const fn set_fence_w_ip(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 11)) | (((v) as u32 & 1) << 11);
    }

    /// This value with `fence_w_ip` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fence_w_ip(mut self, v: bool) -> Self {
        self.set_fence_w_ip(v);
        self
    }

    /// the command queue is active
    ///
    /// Bits `[16]`, `ro`.
    #[inline]
    pub const fn cqon(&self) -> bool {
        (self.0 >> 16) & 1 != 0
    }

    /// Set `cqon` (bits `[16]`).
    #[inline]
    pub const fn set_cqon(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 16)) | (((v) as u32 & 1) << 16);
    }

    /// This value with `cqon` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cqon(mut self, v: bool) -> Self {
        self.set_cqon(v);
        self
    }

    /// a cqcsr write is still being carried out
    ///
    /// Bits `[17]`, `ro`.
    #[inline]
    pub const fn busy(&self) -> bool {
        (self.0 >> 17) & 1 != 0
    }

    /// Set `busy` (bits `[17]`).
    #[inline]
    pub const fn set_busy(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 17)) | (((v) as u32 & 1) << 17);
    }

    /// This value with `busy` replaced.
    #[inline]
    #[must_use]
    pub const fn with_busy(mut self, v: bool) -> Self {
        self.set_busy(v);
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

impl core::fmt::Debug for Cqcsr {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Cqcsr")
            .field("cqen", &self.cqen())
            .field("cie", &self.cie())
            .field("cqmf", &self.cqmf())
            .field("cmd_to", &self.cmd_to())
            .field("cmd_ill", &self.cmd_ill())
            .field("fence_w_ip", &self.fence_w_ip())
            .field("cqon", &self.cqon())
            .field("busy", &self.busy())
            .finish()
    }
}

impl RegValue for Cqcsr {
    const BYTES: usize = 4;
    const W1C_MASK: u64 = 0xf00;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
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

    /// fault-queue enable
    ///
    /// Bits `[0]`, `rw`.
    #[inline]
    pub const fn fqen(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `fqen` (bits `[0]`).
    #[inline]
    pub const fn set_fqen(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u32 & 1);
    }

    /// This value with `fqen` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fqen(mut self, v: bool) -> Self {
        self.set_fqen(v);
        self
    }

    /// fault-queue interrupt enable
    ///
    /// Bits `[1]`, `rw`.
    #[inline]
    pub const fn fie(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `fie` (bits `[1]`).
    #[inline]
    pub const fn set_fie(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u32 & 1) << 1);
    }

    /// This value with `fie` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fie(mut self, v: bool) -> Self {
        self.set_fie(v);
        self
    }

    /// memory fault while writing a record; recording stopped
    ///
    /// Bits `[8]`, `rw1c`.
    #[inline]
    pub const fn fqmf(&self) -> bool {
        (self.0 >> 8) & 1 != 0
    }

    /// Set `fqmf` (bits `[8]`).
    #[inline]
    pub const fn set_fqmf(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 8)) | (((v) as u32 & 1) << 8);
    }

    /// This value with `fqmf` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fqmf(mut self, v: bool) -> Self {
        self.set_fqmf(v);
        self
    }

    /// a record was dropped because the queue was full
    ///
    /// Bits `[9]`, `rw1c`.
    #[inline]
    pub const fn fqof(&self) -> bool {
        (self.0 >> 9) & 1 != 0
    }

    /// Set `fqof` (bits `[9]`).
    #[inline]
    pub const fn set_fqof(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 9)) | (((v) as u32 & 1) << 9);
    }

    /// This value with `fqof` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fqof(mut self, v: bool) -> Self {
        self.set_fqof(v);
        self
    }

    /// the fault queue is active
    ///
    /// Bits `[16]`, `ro`.
    #[inline]
    pub const fn fqon(&self) -> bool {
        (self.0 >> 16) & 1 != 0
    }

    /// Set `fqon` (bits `[16]`).
    #[inline]
    pub const fn set_fqon(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 16)) | (((v) as u32 & 1) << 16);
    }

    /// This value with `fqon` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fqon(mut self, v: bool) -> Self {
        self.set_fqon(v);
        self
    }

    /// an fqcsr write is still being carried out
    ///
    /// Bits `[17]`, `ro`.
    #[inline]
    pub const fn busy(&self) -> bool {
        (self.0 >> 17) & 1 != 0
    }

    /// Set `busy` (bits `[17]`).
    #[inline]
    pub const fn set_busy(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 17)) | (((v) as u32 & 1) << 17);
    }

    /// This value with `busy` replaced.
    #[inline]
    #[must_use]
    pub const fn with_busy(mut self, v: bool) -> Self {
        self.set_busy(v);
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

impl core::fmt::Debug for Fqcsr {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Fqcsr")
            .field("fqen", &self.fqen())
            .field("fie", &self.fie())
            .field("fqmf", &self.fqmf())
            .field("fqof", &self.fqof())
            .field("fqon", &self.fqon())
            .field("busy", &self.busy())
            .finish()
    }
}

impl RegValue for Fqcsr {
    const BYTES: usize = 4;
    const W1C_MASK: u64 = 0x300;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
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

    /// page-request-queue enable
    ///
    /// Bits `[0]`, `rw`.
    #[inline]
    pub const fn pqen(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `pqen` (bits `[0]`).
    #[inline]
    pub const fn set_pqen(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u32 & 1);
    }

    /// This value with `pqen` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pqen(mut self, v: bool) -> Self {
        self.set_pqen(v);
        self
    }

    /// page-request-queue interrupt enable
    ///
    /// Bits `[1]`, `rw`.
    #[inline]
    pub const fn pie(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `pie` (bits `[1]`).
    #[inline]
    pub const fn set_pie(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u32 & 1) << 1);
    }

    /// This value with `pie` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pie(mut self, v: bool) -> Self {
        self.set_pie(v);
        self
    }

    /// memory fault while writing a record; recording stopped
    ///
    /// Bits `[8]`, `rw1c`.
    #[inline]
    pub const fn pqmf(&self) -> bool {
        (self.0 >> 8) & 1 != 0
    }

    /// Set `pqmf` (bits `[8]`).
    #[inline]
    pub const fn set_pqmf(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 8)) | (((v) as u32 & 1) << 8);
    }

    /// This value with `pqmf` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pqmf(mut self, v: bool) -> Self {
        self.set_pqmf(v);
        self
    }

    /// a request was dropped because the queue was full
    ///
    /// Bits `[9]`, `rw1c`.
    #[inline]
    pub const fn pqof(&self) -> bool {
        (self.0 >> 9) & 1 != 0
    }

    /// Set `pqof` (bits `[9]`).
    #[inline]
    pub const fn set_pqof(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 9)) | (((v) as u32 & 1) << 9);
    }

    /// This value with `pqof` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pqof(mut self, v: bool) -> Self {
        self.set_pqof(v);
        self
    }

    /// the page-request queue is active
    ///
    /// Bits `[16]`, `ro`.
    #[inline]
    pub const fn pqon(&self) -> bool {
        (self.0 >> 16) & 1 != 0
    }

    /// Set `pqon` (bits `[16]`).
    #[inline]
    pub const fn set_pqon(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 16)) | (((v) as u32 & 1) << 16);
    }

    /// This value with `pqon` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pqon(mut self, v: bool) -> Self {
        self.set_pqon(v);
        self
    }

    /// a pqcsr write is still being carried out
    ///
    /// Bits `[17]`, `ro`.
    #[inline]
    pub const fn busy(&self) -> bool {
        (self.0 >> 17) & 1 != 0
    }

    /// Set `busy` (bits `[17]`).
    #[inline]
    pub const fn set_busy(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 17)) | (((v) as u32 & 1) << 17);
    }

    /// This value with `busy` replaced.
    #[inline]
    #[must_use]
    pub const fn with_busy(mut self, v: bool) -> Self {
        self.set_busy(v);
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

impl core::fmt::Debug for Pqcsr {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Pqcsr")
            .field("pqen", &self.pqen())
            .field("pie", &self.pie())
            .field("pqmf", &self.pqmf())
            .field("pqof", &self.pqof())
            .field("pqon", &self.pqon())
            .field("busy", &self.busy())
            .finish()
    }
}

impl RegValue for Pqcsr {
    const BYTES: usize = 4;
    const W1C_MASK: u64 = 0x300;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
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

    /// command-queue interrupt pending
    ///
    /// Bits `[0]`, `rw1c`.
    #[inline]
    pub const fn cip(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `cip` (bits `[0]`).
    #[inline]
    pub const fn set_cip(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u32 & 1);
    }

    /// This value with `cip` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cip(mut self, v: bool) -> Self {
        self.set_cip(v);
        self
    }

    /// fault-queue interrupt pending
    ///
    /// Bits `[1]`, `rw1c`.
    #[inline]
    pub const fn fip(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `fip` (bits `[1]`).
    #[inline]
    pub const fn set_fip(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u32 & 1) << 1);
    }

    /// This value with `fip` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fip(mut self, v: bool) -> Self {
        self.set_fip(v);
        self
    }

    /// performance-monitor interrupt pending (no HPM: always 0)
    ///
    /// Bits `[2]`, `hwinit`.
    #[inline]
    pub const fn pmip(&self) -> bool {
        (self.0 >> 2) & 1 != 0
    }

    /// Set `pmip` (bits `[2]`).
    #[inline]
    pub const fn set_pmip(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 2)) | (((v) as u32 & 1) << 2);
    }

    /// This value with `pmip` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pmip(mut self, v: bool) -> Self {
        self.set_pmip(v);
        self
    }

    /// page-request-queue interrupt pending
    ///
    /// Bits `[3]`, `rw1c`.
    #[inline]
    pub const fn pip(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `pip` (bits `[3]`).
    #[inline]
    pub const fn set_pip(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u32 & 1) << 3);
    }

    /// This value with `pip` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pip(mut self, v: bool) -> Self {
        self.set_pip(v);
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

impl core::fmt::Debug for Ipsr {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Ipsr")
            .field("cip", &self.cip())
            .field("fip", &self.fip())
            .field("pmip", &self.pmip())
            .field("pip", &self.pip())
            .finish()
    }
}

impl RegValue for Ipsr {
    const BYTES: usize = 4;
    const W1C_MASK: u64 = 0xb;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Counter overflow summary: copies of the OF bits of the cycle and event counters.
///
/// `iocountovf_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Iocountovf(pub u32);

impl Iocountovf {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x58;
    /// Value after reset.
    pub const RESET: Self = Self(0);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// overflow of iohpmcycles
    ///
    /// Bits `[0]`, `hwinit`.
    #[inline]
    pub const fn cy(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `cy` (bits `[0]`).
    #[inline]
    pub const fn set_cy(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u32 & 1);
    }

    /// This value with `cy` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cy(mut self, v: bool) -> Self {
        self.set_cy(v);
        self
    }

    /// overflow of iohpmctr1..31 (bit n-1 for counter n)
    ///
    /// Bits `[31:1]`, `hwinit`.
    #[inline]
    pub const fn hpm(&self) -> u32 {
        ((self.0 >> 1) & 0x7fff_ffff) as u32
    }

    /// Set `hpm` (bits `[31:1]`).
    #[inline]
    pub const fn set_hpm(&mut self, v: u32) {
        debug_assert!((v as u64) >> 31 == 0, "value does not fit field `hpm`");
        self.0 = (self.0 & !(0x7fff_ffff << 1)) | (((v) as u32 & 0x7fff_ffff) << 1);
    }

    /// This value with `hpm` replaced.
    #[inline]
    #[must_use]
    pub const fn with_hpm(mut self, v: u32) -> Self {
        self.set_hpm(v);
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

impl core::fmt::Debug for Iocountovf {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Iocountovf")
            .field("cy", &self.cy())
            .field("hpm", &self.hpm())
            .finish()
    }
}

impl RegValue for Iocountovf {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Counter inhibits: a set bit stops the corresponding counter.
///
/// `iocountinh_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Iocountinh(pub u32);

impl Iocountinh {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x5c;
    /// Value after reset.
    pub const RESET: Self = Self(0);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// inhibit iohpmcycles
    ///
    /// Bits `[0]`, `hwinit`.
    #[inline]
    pub const fn cy(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `cy` (bits `[0]`).
    #[inline]
    pub const fn set_cy(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u32 & 1);
    }

    /// This value with `cy` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cy(mut self, v: bool) -> Self {
        self.set_cy(v);
        self
    }

    /// inhibit iohpmctr1..31 (bit n-1 for counter n)
    ///
    /// Bits `[31:1]`, `hwinit`.
    #[inline]
    pub const fn hpm(&self) -> u32 {
        ((self.0 >> 1) & 0x7fff_ffff) as u32
    }

    /// Set `hpm` (bits `[31:1]`).
    #[inline]
    pub const fn set_hpm(&mut self, v: u32) {
        debug_assert!((v as u64) >> 31 == 0, "value does not fit field `hpm`");
        self.0 = (self.0 & !(0x7fff_ffff << 1)) | (((v) as u32 & 0x7fff_ffff) << 1);
    }

    /// This value with `hpm` replaced.
    #[inline]
    #[must_use]
    pub const fn with_hpm(mut self, v: u32) -> Self {
        self.set_hpm(v);
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

impl core::fmt::Debug for Iocountinh {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Iocountinh")
            .field("cy", &self.cy())
            .field("hpm", &self.hpm())
            .finish()
    }
}

impl RegValue for Iocountinh {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
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

    /// elapsed clock cycles
    ///
    /// Bits `[62:0]`, `hwinit`.
    #[inline]
    pub const fn counter(&self) -> u64 {
        (self.0 & 0x7fff_ffff_ffff_ffff) as u64
    }

    /// Set `counter` (bits `[62:0]`).
    #[inline]
    pub const fn set_counter(&mut self, v: u64) {
        debug_assert!((v as u64) >> 63 == 0, "value does not fit field `counter`");
        self.0 = (self.0 & !0x7fff_ffff_ffff_ffff) | ((v) as u64 & 0x7fff_ffff_ffff_ffff);
    }

    /// This value with `counter` replaced.
    #[inline]
    #[must_use]
    pub const fn with_counter(mut self, v: u64) -> Self {
        self.set_counter(v);
        self
    }

    /// counter wrapped (also masks the overflow interrupt)
    ///
    /// Bits `[63]`, `hwinit`.
    #[inline]
    pub const fn of(&self) -> bool {
        (self.0 >> 63) & 1 != 0
    }

    /// Set `of` (bits `[63]`).
    #[inline]
    pub const fn set_of(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 63)) | (((v) as u64 & 1) << 63);
    }

    /// This value with `of` replaced.
    #[inline]
    #[must_use]
    pub const fn with_of(mut self, v: bool) -> Self {
        self.set_of(v);
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

impl core::fmt::Debug for Iohpmcycles {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Iohpmcycles")
            .field("counter", &self.counter())
            .field("of", &self.of())
            .finish()
    }
}

impl RegValue for Iohpmcycles {
    const BYTES: usize = 8;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u64)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
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

    /// number of selected events counted
    ///
    /// Bits `[63:0]`, `hwinit`.
    #[inline]
    pub const fn counter(&self) -> u64 {
        (self.0 & 0xffff_ffff_ffff_ffff) as u64
    }

    /// Set `counter` (bits `[63:0]`).
    #[inline]
    pub const fn set_counter(&mut self, v: u64) {
        self.0 = (v) as u64;
    }

    /// This value with `counter` replaced.
    #[inline]
    #[must_use]
    pub const fn with_counter(mut self, v: u64) -> Self {
        self.set_counter(v);
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

impl core::fmt::Debug for Iohpmctr {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Iohpmctr")
            .field("counter", &self.counter())
            .finish()
    }
}

impl RegValue for Iohpmctr {
    const BYTES: usize = 8;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u64)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
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

    /// event to count (spec eventID), 0 counts nothing
    ///
    /// Bits `[14:0]`, `hwinit`.
    #[inline]
    pub const fn event_id(&self) -> u16 {
        (self.0 & 0x7fff) as u16
    }

    /// Set `event_id` (bits `[14:0]`).
    #[inline]
    pub const fn set_event_id(&mut self, v: u16) {
        debug_assert!((v as u64) >> 15 == 0, "value does not fit field `event_id`");
        self.0 = (self.0 & !0x7fff) | ((v) as u64 & 0x7fff);
    }

    /// This value with `event_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_event_id(mut self, v: u16) -> Self {
        self.set_event_id(v);
        self
    }

    /// partial match, low bits up to the first 0 ignored
    ///
    /// Bits `[15]`, `hwinit`.
    #[inline]
    pub const fn dmask(&self) -> bool {
        (self.0 >> 15) & 1 != 0
    }

    /// Set `dmask` (bits `[15]`).
    #[inline]
    pub const fn set_dmask(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 15)) | (((v) as u64 & 1) << 15);
    }

    /// This value with `dmask` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dmask(mut self, v: bool) -> Self {
        self.set_dmask(v);
        self
    }

    /// process_id or PSCID to match
    ///
    /// Bits `[35:16]`, `hwinit`.
    #[inline]
    pub const fn pid_pscid(&self) -> u32 {
        ((self.0 >> 16) & 0xf_ffff) as u32
    }

    /// Set `pid_pscid` (bits `[35:16]`).
    #[inline]
    pub const fn set_pid_pscid(&mut self, v: u32) {
        debug_assert!((v as u64) >> 20 == 0, "value does not fit field `pid_pscid`");
        self.0 = (self.0 & !(0xf_ffff << 16)) | (((v) as u64 & 0xf_ffff) << 16);
    }

    /// This value with `pid_pscid` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pid_pscid(mut self, v: u32) -> Self {
        self.set_pid_pscid(v);
        self
    }

    /// device_id or GSCID to match
    ///
    /// Bits `[59:36]`, `hwinit`.
    #[inline]
    pub const fn did_gscid(&self) -> u32 {
        ((self.0 >> 36) & 0xff_ffff) as u32
    }

    /// Set `did_gscid` (bits `[59:36]`).
    #[inline]
    pub const fn set_did_gscid(&mut self, v: u32) {
        debug_assert!((v as u64) >> 24 == 0, "value does not fit field `did_gscid`");
        self.0 = (self.0 & !(0xff_ffff << 36)) | (((v) as u64 & 0xff_ffff) << 36);
    }

    /// This value with `did_gscid` replaced.
    #[inline]
    #[must_use]
    pub const fn with_did_gscid(mut self, v: u32) -> Self {
        self.set_did_gscid(v);
        self
    }

    /// count only when process_id/PSCID matches
    ///
    /// Bits `[60]`, `hwinit`.
    #[inline]
    pub const fn pv_pscv(&self) -> bool {
        (self.0 >> 60) & 1 != 0
    }

    /// Set `pv_pscv` (bits `[60]`).
    #[inline]
    pub const fn set_pv_pscv(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 60)) | (((v) as u64 & 1) << 60);
    }

    /// This value with `pv_pscv` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pv_pscv(mut self, v: bool) -> Self {
        self.set_pv_pscv(v);
        self
    }

    /// count only when device_id/GSCID matches
    ///
    /// Bits `[61]`, `hwinit`.
    #[inline]
    pub const fn dv_gscv(&self) -> bool {
        (self.0 >> 61) & 1 != 0
    }

    /// Set `dv_gscv` (bits `[61]`).
    #[inline]
    pub const fn set_dv_gscv(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 61)) | (((v) as u64 & 1) << 61);
    }

    /// This value with `dv_gscv` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dv_gscv(mut self, v: bool) -> Self {
        self.set_dv_gscv(v);
        self
    }

    /// filter IDs are GSCID/PSCID (1) or device_id/process_id (0)
    ///
    /// Bits `[62]`, `hwinit`.
    #[inline]
    pub const fn idt(&self) -> bool {
        (self.0 >> 62) & 1 != 0
    }

    /// Set `idt` (bits `[62]`).
    #[inline]
    pub const fn set_idt(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 62)) | (((v) as u64 & 1) << 62);
    }

    /// This value with `idt` replaced.
    #[inline]
    #[must_use]
    pub const fn with_idt(mut self, v: bool) -> Self {
        self.set_idt(v);
        self
    }

    /// counter wrapped (also masks the overflow interrupt)
    ///
    /// Bits `[63]`, `hwinit`.
    #[inline]
    pub const fn of(&self) -> bool {
        (self.0 >> 63) & 1 != 0
    }

    /// Set `of` (bits `[63]`).
    #[inline]
    pub const fn set_of(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 63)) | (((v) as u64 & 1) << 63);
    }

    /// This value with `of` replaced.
    #[inline]
    #[must_use]
    pub const fn with_of(mut self, v: bool) -> Self {
        self.set_of(v);
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

impl core::fmt::Debug for Iohpmevt {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Iohpmevt")
            .field("event_id", &self.event_id())
            .field("dmask", &self.dmask())
            .field("pid_pscid", &self.pid_pscid())
            .field("did_gscid", &self.did_gscid())
            .field("pv_pscv", &self.pv_pscv())
            .field("dv_gscv", &self.dv_gscv())
            .field("idt", &self.idt())
            .field("of", &self.of())
            .finish()
    }
}

impl RegValue for Iohpmevt {
    const BYTES: usize = 8;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u64)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
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

    /// virtual page number of the IOVA to translate
    ///
    /// Bits `[63:12]`, `rw`.
    #[inline]
    pub const fn vpn(&self) -> u64 {
        ((self.0 >> 12) & 0xf_ffff_ffff_ffff) as u64
    }

    /// Set `vpn` (bits `[63:12]`).
    #[inline]
    pub const fn set_vpn(&mut self, v: u64) {
        debug_assert!((v as u64) >> 52 == 0, "value does not fit field `vpn`");
        self.0 = (self.0 & !(0xf_ffff_ffff_ffff << 12)) | (((v) as u64 & 0xf_ffff_ffff_ffff) << 12);
    }

    /// This value with `vpn` replaced.
    #[inline]
    #[must_use]
    pub const fn with_vpn(mut self, v: u64) -> Self {
        self.set_vpn(v);
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

impl core::fmt::Debug for TrReqIova {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TrReqIova")
            .field("vpn", &self.vpn())
            .finish()
    }
}

impl RegValue for TrReqIova {
    const BYTES: usize = 8;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u64)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
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

    /// software sets to start, hardware clears when done
    ///
    /// Bits `[0]`, `rw1s`.
    #[inline]
    pub const fn go_busy(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `go_busy` (bits `[0]`).
    #[inline]
    pub const fn set_go_busy(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u64 & 1);
    }

    /// This value with `go_busy` replaced.
    #[inline]
    #[must_use]
    pub const fn with_go_busy(mut self, v: bool) -> Self {
        self.set_go_busy(v);
        self
    }

    /// privileged (supervisor) access requested
    ///
    /// Bits `[1]`, `rw`.
    #[inline]
    pub const fn r#priv(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `priv` (bits `[1]`).
    #[inline]
    pub const fn set_priv(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u64 & 1) << 1);
    }

    /// This value with `priv` replaced.
    #[inline]
    #[must_use]
    pub const fn with_priv(mut self, v: bool) -> Self {
        self.set_priv(v);
        self
    }

    /// execute permission requested
    ///
    /// Bits `[2]`, `rw`.
    #[inline]
    pub const fn exe(&self) -> bool {
        (self.0 >> 2) & 1 != 0
    }

    /// Set `exe` (bits `[2]`).
    #[inline]
    pub const fn set_exe(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 2)) | (((v) as u64 & 1) << 2);
    }

    /// This value with `exe` replaced.
    #[inline]
    #[must_use]
    pub const fn with_exe(mut self, v: bool) -> Self {
        self.set_exe(v);
        self
    }

    /// read-only access requested (0 asks for read and write)
    ///
    /// Bits `[3]`, `rw`.
    #[inline]
    pub const fn nw(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `nw` (bits `[3]`).
    #[inline]
    pub const fn set_nw(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u64 & 1) << 3);
    }

    /// This value with `nw` replaced.
    #[inline]
    #[must_use]
    pub const fn with_nw(mut self, v: bool) -> Self {
        self.set_nw(v);
        self
    }

    /// process_id of the request when pv is 1
    ///
    /// Bits `[31:12]`, `rw`.
    #[inline]
    pub const fn pid(&self) -> u32 {
        ((self.0 >> 12) & 0xf_ffff) as u32
    }

    /// Set `pid` (bits `[31:12]`).
    #[inline]
    pub const fn set_pid(&mut self, v: u32) {
        debug_assert!((v as u64) >> 20 == 0, "value does not fit field `pid`");
        self.0 = (self.0 & !(0xf_ffff << 12)) | (((v) as u64 & 0xf_ffff) << 12);
    }

    /// This value with `pid` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pid(mut self, v: u32) -> Self {
        self.set_pid(v);
        self
    }

    /// pid is valid (request carries a process_id)
    ///
    /// Bits `[32]`, `rw`.
    #[inline]
    pub const fn pv(&self) -> bool {
        (self.0 >> 32) & 1 != 0
    }

    /// Set `pv` (bits `[32]`).
    #[inline]
    pub const fn set_pv(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 32)) | (((v) as u64 & 1) << 32);
    }

    /// This value with `pv` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pv(mut self, v: bool) -> Self {
        self.set_pv(v);
        self
    }

    /// device_id of the request
    ///
    /// Bits `[63:40]`, `rw`.
    #[inline]
    pub const fn did(&self) -> u32 {
        ((self.0 >> 40) & 0xff_ffff) as u32
    }

    /// Set `did` (bits `[63:40]`).
    #[inline]
    pub const fn set_did(&mut self, v: u32) {
        debug_assert!((v as u64) >> 24 == 0, "value does not fit field `did`");
        self.0 = (self.0 & !(0xff_ffff << 40)) | (((v) as u64 & 0xff_ffff) << 40);
    }

    /// This value with `did` replaced.
    #[inline]
    #[must_use]
    pub const fn with_did(mut self, v: u32) -> Self {
        self.set_did(v);
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

impl core::fmt::Debug for TrReqCtl {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TrReqCtl")
            .field("go_busy", &self.go_busy())
            .field("priv", &self.r#priv())
            .field("exe", &self.exe())
            .field("nw", &self.nw())
            .field("pid", &self.pid())
            .field("pv", &self.pv())
            .field("did", &self.did())
            .finish()
    }
}

impl RegValue for TrReqCtl {
    const BYTES: usize = 8;
    const W1S_MASK: u64 = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u64)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
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

    /// the translation faulted; other fields are meaningless
    ///
    /// Bits `[0]`, `ro`.
    #[inline]
    pub const fn fault(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `fault` (bits `[0]`).
    #[inline]
    pub const fn set_fault(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u64 & 1);
    }

    /// This value with `fault` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fault(mut self, v: bool) -> Self {
        self.set_fault(v);
        self
    }

    /// memory type of the translation (zero: Svpbmt is not supported)
    ///
    /// Bits `[8:7]`, `hwinit`.
    #[inline]
    pub const fn pbmt(&self) -> u8 {
        ((self.0 >> 7) & 3) as u8
    }

    /// Set `pbmt` (bits `[8:7]`).
    #[inline]
    pub const fn set_pbmt(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `pbmt`");
        self.0 = (self.0 & !(3 << 7)) | (((v) as u64 & 3) << 7);
    }

    /// This value with `pbmt` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pbmt(mut self, v: u8) -> Self {
        self.set_pbmt(v);
        self
    }

    /// translation covers more than 4 KiB, size encoded in ppn
    ///
    /// Bits `[9]`, `ro`.
    #[inline]
    pub const fn s(&self) -> bool {
        (self.0 >> 9) & 1 != 0
    }

    /// Set `s` (bits `[9]`).
    #[inline]
    pub const fn set_s(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 9)) | (((v) as u64 & 1) << 9);
    }

    /// This value with `s` replaced.
    #[inline]
    #[must_use]
    pub const fn with_s(mut self, v: bool) -> Self {
        self.set_s(v);
        self
    }

    /// translated page number (size-encoded when s is 1)
    ///
    /// Bits `[53:10]`, `ro`.
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

impl core::fmt::Debug for TrResponse {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TrResponse")
            .field("fault", &self.fault())
            .field("pbmt", &self.pbmt())
            .field("s", &self.s())
            .field("ppn", &self.ppn())
            .finish()
    }
}

impl RegValue for TrResponse {
    const BYTES: usize = 8;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u64)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
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

    /// resource control ID for IOMMU requests
    ///
    /// Bits `[11:0]`, `hwinit`.
    #[inline]
    pub const fn rcid(&self) -> u16 {
        (self.0 & 0xfff) as u16
    }

    /// Set `rcid` (bits `[11:0]`).
    #[inline]
    pub const fn set_rcid(&mut self, v: u16) {
        debug_assert!((v as u64) >> 12 == 0, "value does not fit field `rcid`");
        self.0 = (self.0 & !0xfff) | ((v) as u32 & 0xfff);
    }

    /// This value with `rcid` replaced.
    #[inline]
    #[must_use]
    pub const fn with_rcid(mut self, v: u16) -> Self {
        self.set_rcid(v);
        self
    }

    /// monitoring counter ID for IOMMU requests
    ///
    /// Bits `[27:16]`, `hwinit`.
    #[inline]
    pub const fn mcid(&self) -> u16 {
        ((self.0 >> 16) & 0xfff) as u16
    }

    /// Set `mcid` (bits `[27:16]`).
    #[inline]
    pub const fn set_mcid(&mut self, v: u16) {
        debug_assert!((v as u64) >> 12 == 0, "value does not fit field `mcid`");
        self.0 = (self.0 & !(0xfff << 16)) | (((v) as u32 & 0xfff) << 16);
    }

    /// This value with `mcid` replaced.
    #[inline]
    #[must_use]
    pub const fn with_mcid(mut self, v: u16) -> Self {
        self.set_mcid(v);
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

impl core::fmt::Debug for IommuQosid {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("IommuQosid")
            .field("rcid", &self.rcid())
            .field("mcid", &self.mcid())
            .finish()
    }
}

impl RegValue for IommuQosid {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
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

    /// vector of the command-queue interrupt
    ///
    /// Bits `[3:0]`, `warl`.
    #[inline]
    pub const fn civ(&self) -> u8 {
        (self.0 & 0xf) as u8
    }

    /// Set `civ` (bits `[3:0]`).
    #[inline]
    pub const fn set_civ(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `civ`");
        self.0 = (self.0 & !0xf) | ((v) as u64 & 0xf);
    }

    /// This value with `civ` replaced.
    #[inline]
    #[must_use]
    pub const fn with_civ(mut self, v: u8) -> Self {
        self.set_civ(v);
        self
    }

    /// vector of the fault-queue interrupt
    ///
    /// Bits `[7:4]`, `warl`.
    #[inline]
    pub const fn fiv(&self) -> u8 {
        ((self.0 >> 4) & 0xf) as u8
    }

    /// Set `fiv` (bits `[7:4]`).
    #[inline]
    pub const fn set_fiv(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `fiv`");
        self.0 = (self.0 & !(0xf << 4)) | (((v) as u64 & 0xf) << 4);
    }

    /// This value with `fiv` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fiv(mut self, v: u8) -> Self {
        self.set_fiv(v);
        self
    }

    /// vector of the performance-monitor interrupt
    ///
    /// Bits `[11:8]`, `warl`.
    #[inline]
    pub const fn pmiv(&self) -> u8 {
        ((self.0 >> 8) & 0xf) as u8
    }

    /// Set `pmiv` (bits `[11:8]`).
    #[inline]
    pub const fn set_pmiv(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `pmiv`");
        self.0 = (self.0 & !(0xf << 8)) | (((v) as u64 & 0xf) << 8);
    }

    /// This value with `pmiv` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pmiv(mut self, v: u8) -> Self {
        self.set_pmiv(v);
        self
    }

    /// vector of the page-request-queue interrupt
    ///
    /// Bits `[15:12]`, `warl`.
    #[inline]
    pub const fn piv(&self) -> u8 {
        ((self.0 >> 12) & 0xf) as u8
    }

    /// Set `piv` (bits `[15:12]`).
    #[inline]
    pub const fn set_piv(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `piv`");
        self.0 = (self.0 & !(0xf << 12)) | (((v) as u64 & 0xf) << 12);
    }

    /// This value with `piv` replaced.
    #[inline]
    #[must_use]
    pub const fn with_piv(mut self, v: u8) -> Self {
        self.set_piv(v);
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

impl core::fmt::Debug for Icvec {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Icvec")
            .field("civ", &self.civ())
            .field("fiv", &self.fiv())
            .field("pmiv", &self.pmiv())
            .field("piv", &self.piv())
            .finish()
    }
}

impl RegValue for Icvec {
    const BYTES: usize = 8;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u64)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
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

    /// bits 55:2 of the 4-byte aligned MSI address
    ///
    /// Bits `[55:2]`, `hwinit`.
    #[inline]
    pub const fn addr(&self) -> u64 {
        ((self.0 >> 2) & 0x3f_ffff_ffff_ffff) as u64
    }

    /// Set `addr` (bits `[55:2]`).
    #[inline]
    pub const fn set_addr(&mut self, v: u64) {
        debug_assert!((v as u64) >> 54 == 0, "value does not fit field `addr`");
        self.0 = (self.0 & !(0x3f_ffff_ffff_ffff << 2)) | (((v) as u64 & 0x3f_ffff_ffff_ffff) << 2);
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

impl core::fmt::Debug for MsiAddr {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("MsiAddr")
            .field("addr", &self.addr())
            .finish()
    }
}

impl RegValue for MsiAddr {
    const BYTES: usize = 8;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u64)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
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

    /// data value written by the MSI
    ///
    /// Bits `[31:0]`, `hwinit`.
    #[inline]
    pub const fn data(&self) -> u32 {
        (self.0 & 0xffff_ffff) as u32
    }

    /// Set `data` (bits `[31:0]`).
    #[inline]
    pub const fn set_data(&mut self, v: u32) {
        debug_assert!((v as u64) >> 32 == 0, "value does not fit field `data`");
        self.0 = (v) as u32;
    }

    /// This value with `data` replaced.
    #[inline]
    #[must_use]
    pub const fn with_data(mut self, v: u32) -> Self {
        self.set_data(v);
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

impl core::fmt::Debug for MsiData {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("MsiData")
            .field("data", &self.data())
            .finish()
    }
}

impl RegValue for MsiData {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
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

    /// vector masked, its message is held back
    ///
    /// Bits `[0]`, `hwinit`.
    #[inline]
    pub const fn m(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `m` (bits `[0]`).
    #[inline]
    pub const fn set_m(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u32 & 1);
    }

    /// This value with `m` replaced.
    #[inline]
    #[must_use]
    pub const fn with_m(mut self, v: bool) -> Self {
        self.set_m(v);
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

impl core::fmt::Debug for MsiVecCtl {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("MsiVecCtl")
            .field("m", &self.m())
            .finish()
    }
}

impl RegValue for MsiVecCtl {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// RISC-V IOMMU memory-mapped register file (4 KiB, little-endian, 64-bit bus).
///
/// Layout of every register of the RISC-V IOMMU Architecture Specification v1.0
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
        bytes: Cqb::BYTES,
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
        bytes: Cqh::BYTES,
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
        bytes: Cqt::BYTES,
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
        bytes: Fqb::BYTES,
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
        bytes: Fqh::BYTES,
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
        bytes: Fqt::BYTES,
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
        bytes: Pqb::BYTES,
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
        bytes: Pqh::BYTES,
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
        bytes: Pqt::BYTES,
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
        bytes: Iocountovf::BYTES,
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
        bytes: Iocountinh::BYTES,
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
