// Generated from regmaps/pcie_rp_cfg_pkg.sv by codegen (`cargo xtask codegen`); do not edit.
//! PCIe root port configuration space (4 KiB, DWORD-wide configuration accesses).
//!
//! Layout of the one root port of the design, as host software sees it through ECAM:
//!   0x000-0x03F  Type 1 (PCI-to-PCI bridge) header
//!   0x040-0x07B  PCI Express Capability, version 2 (Root Port), first entry of the capability list
//!   0x080-0x087  PCI Power Management capability, last entry of the capability list
//!   0x100-0x147  Advanced Error Reporting extended capability (v2) with the TLP Prefix Log
//!   0x148-0x14F  Access Control Services extended capability, end of the extended list
//! The port accepts End-End TLP prefixes (at most one per TLP, the PASID prefix) and can block
//! them (Device Control 2). Registers carry PCIe attributes: HwInit and hardwired fields are
//! `hwinit`, status bits that hardware sets and software clears are `rw1c`, live state is `ro`.
//! Every offset not covered below reads zero and ignores writes.
//!
//! Source: `regmaps/pcie_rp_cfg_pkg.sv`. Structures convert to and from bytes in little-endian (memory) order.

// Generated field accessors cast and shift uniformly, whatever the widths.
#![allow(clippy::unnecessary_cast, clippy::identity_op)]

#[allow(unused_imports)]
use crate::mmio::{Mmio, Reg, RegValue, RO, RW, WO};
use crate::regmeta::{Access, FieldInfo, RegisterInfo};

/// Size in bytes of `regblock_t`.
pub const REGBLOCK_BYTES: usize = 0x1000;

/// Size in bytes of `regblock_bus_t`.
pub const REGBLOCK_BUS_BYTES: usize = 4;

/// Byte offset of the PCI Express Capability (the first entry of the capability list).
pub const PCIE_CAP_BASE: u32 = 0x40;

/// Byte offset of the PCI Power Management capability (second and last entry of the list).
pub const PM_CAP_BASE: u32 = 0x80;

/// Byte offset of the AER extended capability (the first extended capability).
pub const AER_CAP_BASE: u32 = 0x100;

/// Byte offset of the ACS extended capability (follows AER, last in the list).
pub const ACS_CAP_BASE: u32 = 0x148;

/// Version of the AER extended capability implemented (2: with the TLP Prefix Log).
pub const AER_CAP_VERSION: u32 = 2;

/// Version of the ACS extended capability implemented.
pub const ACS_CAP_VERSION: u32 = 1;

/// Version of the PCI Power Management Interface implemented (3: PCI PM 1.2).
pub const PM_CAP_VERSION: u32 = 3;

/// Byte offset of register `vendor_id`.
pub const VENDOR_ID_OFFSET: usize = 0;

/// Byte offset of register `device_id`.
pub const DEVICE_ID_OFFSET: usize = 2;

/// Byte offset of register `command`.
pub const COMMAND_OFFSET: usize = 4;

/// Byte offset of register `status`.
pub const STATUS_OFFSET: usize = 6;

/// Byte offset of register `class_rev`.
pub const CLASS_REV_OFFSET: usize = 8;

/// Byte offset of register `cache_line_size`.
pub const CACHE_LINE_SIZE_OFFSET: usize = 0xc;

/// Byte offset of register `primary_latency_timer`.
pub const PRIMARY_LATENCY_TIMER_OFFSET: usize = 0xd;

/// Byte offset of register `header_type`.
pub const HEADER_TYPE_OFFSET: usize = 0xe;

/// Byte offset of register `bist`.
pub const BIST_OFFSET: usize = 0xf;

/// Byte offset of register `bar0`.
pub const BAR0_OFFSET: usize = 0x10;

/// Byte offset of register `bar1`.
pub const BAR1_OFFSET: usize = 0x14;

/// Byte offset of register `primary_bus`.
pub const PRIMARY_BUS_OFFSET: usize = 0x18;

/// Byte offset of register `secondary_bus`.
pub const SECONDARY_BUS_OFFSET: usize = 0x19;

/// Byte offset of register `subordinate_bus`.
pub const SUBORDINATE_BUS_OFFSET: usize = 0x1a;

/// Byte offset of register `secondary_latency_timer`.
pub const SECONDARY_LATENCY_TIMER_OFFSET: usize = 0x1b;

/// Byte offset of register `io_base`.
pub const IO_BASE_OFFSET: usize = 0x1c;

/// Byte offset of register `io_limit`.
pub const IO_LIMIT_OFFSET: usize = 0x1d;

/// Byte offset of register `secondary_status`.
pub const SECONDARY_STATUS_OFFSET: usize = 0x1e;

/// Byte offset of register `memory_base`.
pub const MEMORY_BASE_OFFSET: usize = 0x20;

/// Byte offset of register `memory_limit`.
pub const MEMORY_LIMIT_OFFSET: usize = 0x22;

/// Byte offset of register `pref_memory_base`.
pub const PREF_MEMORY_BASE_OFFSET: usize = 0x24;

/// Byte offset of register `pref_memory_limit`.
pub const PREF_MEMORY_LIMIT_OFFSET: usize = 0x26;

/// Byte offset of register `pref_base_upper`.
pub const PREF_BASE_UPPER_OFFSET: usize = 0x28;

/// Byte offset of register `pref_limit_upper`.
pub const PREF_LIMIT_UPPER_OFFSET: usize = 0x2c;

/// Byte offset of register `io_base_upper`.
pub const IO_BASE_UPPER_OFFSET: usize = 0x30;

/// Byte offset of register `io_limit_upper`.
pub const IO_LIMIT_UPPER_OFFSET: usize = 0x32;

/// Byte offset of register `cap_ptr`.
pub const CAP_PTR_OFFSET: usize = 0x34;

/// Byte offset of register `expansion_rom_base`.
pub const EXPANSION_ROM_BASE_OFFSET: usize = 0x38;

/// Byte offset of register `interrupt_line`.
pub const INTERRUPT_LINE_OFFSET: usize = 0x3c;

/// Byte offset of register `interrupt_pin`.
pub const INTERRUPT_PIN_OFFSET: usize = 0x3d;

/// Byte offset of register `bridge_control`.
pub const BRIDGE_CONTROL_OFFSET: usize = 0x3e;

/// Byte offset of register `pcie_cap_hdr`.
pub const PCIE_CAP_HDR_OFFSET: usize = 0x40;

/// Byte offset of register `pcie_caps`.
pub const PCIE_CAPS_OFFSET: usize = 0x42;

/// Byte offset of register `devcap`.
pub const DEVCAP_OFFSET: usize = 0x44;

/// Byte offset of register `devctl`.
pub const DEVCTL_OFFSET: usize = 0x48;

/// Byte offset of register `devsta`.
pub const DEVSTA_OFFSET: usize = 0x4a;

/// Byte offset of register `lnkcap`.
pub const LNKCAP_OFFSET: usize = 0x4c;

/// Byte offset of register `lnkctl`.
pub const LNKCTL_OFFSET: usize = 0x50;

/// Byte offset of register `lnksta`.
pub const LNKSTA_OFFSET: usize = 0x52;

/// Byte offset of register `slotcap`.
pub const SLOTCAP_OFFSET: usize = 0x54;

/// Byte offset of register `slotctl`.
pub const SLOTCTL_OFFSET: usize = 0x58;

/// Byte offset of register `slotsta`.
pub const SLOTSTA_OFFSET: usize = 0x5a;

/// Byte offset of register `rootctl`.
pub const ROOTCTL_OFFSET: usize = 0x5c;

/// Byte offset of register `rootcap`.
pub const ROOTCAP_OFFSET: usize = 0x5e;

/// Byte offset of register `rootsta`.
pub const ROOTSTA_OFFSET: usize = 0x60;

/// Byte offset of register `devcap2`.
pub const DEVCAP2_OFFSET: usize = 0x64;

/// Byte offset of register `devctl2`.
pub const DEVCTL2_OFFSET: usize = 0x68;

/// Byte offset of register `devsta2`.
pub const DEVSTA2_OFFSET: usize = 0x6a;

/// Byte offset of register `lnkcap2`.
pub const LNKCAP2_OFFSET: usize = 0x6c;

/// Byte offset of register `lnkctl2`.
pub const LNKCTL2_OFFSET: usize = 0x70;

/// Byte offset of register `lnksta2`.
pub const LNKSTA2_OFFSET: usize = 0x72;

/// Byte offset of register `slotcap2`.
pub const SLOTCAP2_OFFSET: usize = 0x74;

/// Byte offset of register `slotctl2`.
pub const SLOTCTL2_OFFSET: usize = 0x78;

/// Byte offset of register `slotsta2`.
pub const SLOTSTA2_OFFSET: usize = 0x7a;

/// Byte offset of register `pm_cap_hdr`.
pub const PM_CAP_HDR_OFFSET: usize = 0x80;

/// Byte offset of register `pmc`.
pub const PMC_OFFSET: usize = 0x82;

/// Byte offset of register `pmcsr`.
pub const PMCSR_OFFSET: usize = 0x84;

/// Byte offset of register `pmcsr_bse`.
pub const PMCSR_BSE_OFFSET: usize = 0x86;

/// Byte offset of register `pm_data`.
pub const PM_DATA_OFFSET: usize = 0x87;

/// Byte offset of register `aer_ext_cap_hdr`.
pub const AER_EXT_CAP_HDR_OFFSET: usize = 0x100;

/// Byte offset of register `aer_uncor_status`.
pub const AER_UNCOR_STATUS_OFFSET: usize = 0x104;

/// Byte offset of register `aer_uncor_mask`.
pub const AER_UNCOR_MASK_OFFSET: usize = 0x108;

/// Byte offset of register `aer_uncor_severity`.
pub const AER_UNCOR_SEVERITY_OFFSET: usize = 0x10c;

/// Byte offset of register `aer_cor_status`.
pub const AER_COR_STATUS_OFFSET: usize = 0x110;

/// Byte offset of register `aer_cor_mask`.
pub const AER_COR_MASK_OFFSET: usize = 0x114;

/// Byte offset of register `aer_cap_ctrl`.
pub const AER_CAP_CTRL_OFFSET: usize = 0x118;

/// Byte offset of register array `aer_header_log` (its instance 0).
pub const AER_HEADER_LOG_OFFSET: usize = 0x11c;

/// Number of instances of register `aer_header_log`.
pub const AER_HEADER_LOG_COUNT: usize = 4;

/// Bytes between instances of register `aer_header_log`.
pub const AER_HEADER_LOG_STRIDE: usize = 4;

/// Byte offset of register `aer_root_err_cmd`.
pub const AER_ROOT_ERR_CMD_OFFSET: usize = 0x12c;

/// Byte offset of register `aer_root_err_status`.
pub const AER_ROOT_ERR_STATUS_OFFSET: usize = 0x130;

/// Byte offset of register `aer_err_source_id`.
pub const AER_ERR_SOURCE_ID_OFFSET: usize = 0x134;

/// Byte offset of register array `aer_tlp_prefix_log` (its instance 0).
pub const AER_TLP_PREFIX_LOG_OFFSET: usize = 0x138;

/// Number of instances of register `aer_tlp_prefix_log`.
pub const AER_TLP_PREFIX_LOG_COUNT: usize = 4;

/// Bytes between instances of register `aer_tlp_prefix_log`.
pub const AER_TLP_PREFIX_LOG_STRIDE: usize = 4;

/// Byte offset of register `acs_ext_cap_hdr`.
pub const ACS_EXT_CAP_HDR_OFFSET: usize = 0x148;

/// Byte offset of register `acs_caps`.
pub const ACS_CAPS_OFFSET: usize = 0x14c;

/// Byte offset of register `acs_ctrl`.
pub const ACS_CTRL_OFFSET: usize = 0x14e;

/// PCI capability IDs (byte 0 of an entry of the list that starts at the capability pointer).
///
/// `pci_cap_id_t`, 8 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PciCapId(pub u8);

impl PciCapId {
    /// PCI Power Management
    pub const PM: Self = Self(1);
    /// Message Signaled Interrupts
    pub const MSI: Self = Self(5);
    /// vendor specific
    pub const VNDR: Self = Self(9);
    /// PCI Express Capability
    pub const PCIE: Self = Self(0x10);
    /// MSI-X
    pub const MSIX: Self = Self(0x11);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 8;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            1 => Some("PM"),
            5 => Some("MSI"),
            9 => Some("VNDR"),
            0x10 => Some("PCIE"),
            0x11 => Some("MSIX"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for PciCapId {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "PciCapId({:#x})", self.0),
        }
    }
}

/// PCIe extended capability IDs of the capabilities this root port implements. The endpoint
/// capabilities (ATS, PRI, PASID) are listed in pcie_ep_caps_pkg.
///
/// `ext_cap_id_t`, 16 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct ExtCapId(pub u16);

impl ExtCapId {
    /// Advanced Error Reporting
    pub const AER: Self = Self(1);
    /// Access Control Services
    pub const ACS: Self = Self(0xd);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 16;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            1 => Some("AER"),
            0xd => Some("ACS"),
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

/// Device/Port Type of the PCI Express Capabilities register.
///
/// `pcie_port_type_t`, 4 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PciePortType(pub u8);

impl PciePortType {
    /// PCI Express Endpoint
    pub const ENDPOINT: Self = Self(0);
    /// Legacy PCI Express Endpoint
    pub const LEGACY_ENDPOINT: Self = Self(1);
    /// Root Port of a PCI Express Root Complex
    pub const ROOT_PORT: Self = Self(4);
    /// upstream port of a switch
    pub const SWITCH_UPSTREAM: Self = Self(5);
    /// downstream port of a switch
    pub const SWITCH_DOWNSTREAM: Self = Self(6);
    /// PCI Express to PCI/PCI-X bridge
    pub const PCIE_TO_PCI_BRIDGE: Self = Self(7);
    /// PCI/PCI-X to PCI Express bridge
    pub const PCI_TO_PCIE_BRIDGE: Self = Self(8);
    /// Root Complex Integrated Endpoint
    pub const RC_ENDPOINT: Self = Self(9);
    /// Root Complex Event Collector
    pub const RC_EVENT_COLLECTOR: Self = Self(0xa);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 4;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("ENDPOINT"),
            1 => Some("LEGACY_ENDPOINT"),
            4 => Some("ROOT_PORT"),
            5 => Some("SWITCH_UPSTREAM"),
            6 => Some("SWITCH_DOWNSTREAM"),
            7 => Some("PCIE_TO_PCI_BRIDGE"),
            8 => Some("PCI_TO_PCIE_BRIDGE"),
            9 => Some("RC_ENDPOINT"),
            0xa => Some("RC_EVENT_COLLECTOR"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for PciePortType {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "PciePortType({:#x})", self.0),
        }
    }
}

/// Link speed as an index into the Supported Link Speeds Vector (Link Capabilities 2):
/// used by Max Link Speed, Current Link Speed and Target Link Speed.
///
/// `link_speed_t`, 4 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct LinkSpeed(pub u8);

impl LinkSpeed {
    /// 2.5 GT/s
    pub const GEN1: Self = Self(1);
    /// 5.0 GT/s
    pub const GEN2: Self = Self(2);
    /// 8.0 GT/s
    pub const GEN3: Self = Self(3);
    /// 16.0 GT/s
    pub const GEN4: Self = Self(4);
    /// 32.0 GT/s
    pub const GEN5: Self = Self(5);
    /// 64.0 GT/s
    pub const GEN6: Self = Self(6);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 4;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            1 => Some("GEN1"),
            2 => Some("GEN2"),
            3 => Some("GEN3"),
            4 => Some("GEN4"),
            5 => Some("GEN5"),
            6 => Some("GEN6"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for LinkSpeed {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "LinkSpeed({:#x})", self.0),
        }
    }
}

/// Max_Payload_Size encodings this port supports (Device Control, 128 << n bytes): up to
/// 512 bytes (DEVCAP max_payload_supported). Writes of larger encodings are not kept.
///
/// `mps_t`, 3 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Mps(pub u8);

impl Mps {
    /// 128 bytes
    pub const MPS_128B: Self = Self(0);
    /// 256 bytes
    pub const MPS_256B: Self = Self(1);
    /// 512 bytes, the largest supported
    pub const MPS_512B: Self = Self(2);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 3;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("MPS_128B"),
            1 => Some("MPS_256B"),
            2 => Some("MPS_512B"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for Mps {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "Mps({:#x})", self.0),
        }
    }
}

/// Power states this port accepts in pmcsr.power_state (D1 and D2 are not supported, so
/// writes of them are ignored, as the PM specification requires).
///
/// `pm_state_t`, 2 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PmState(pub u8);

impl PmState {
    /// fully on
    pub const D0: Self = Self(0);
    /// software-visible off state
    pub const D3HOT: Self = Self(3);
    /// Width of the encoding in bits.
    pub const WIDTH: u32 = 2;

    /// The name of a known encoding.
    pub const fn name(self) -> Option<&'static str> {
        match self.0 {
            0 => Some("D0"),
            3 => Some("D3HOT"),
            _ => None,
        }
    }

    /// True for the encodings the register map defines.
    pub const fn is_known(self) -> bool {
        self.name().is_some()
    }
}

impl core::fmt::Debug for PmState {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name() {
            Some(n) => f.write_str(n),
            None => write!(f, "PmState({:#x})", self.0),
        }
    }
}

/// Vendor ID.
/// Placeholder value (0x1234, as emulators use); an integrator sets its own assigned ID.
///
/// `vendor_id_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct VendorId(pub u16);

impl VendorId {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0;
    /// Value after reset.
    pub const RESET: Self = Self(0x1234);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// vendor of the root port
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
        self.0 = (v) as u16;
    }

    /// This value with `id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_id(mut self, v: u16) -> Self {
        self.set_id(v);
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

impl core::fmt::Debug for VendorId {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("VendorId")
            .field("id", &self.id())
            .finish()
    }
}

impl RegValue for VendorId {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Device ID.
/// Placeholder value chosen by us under the placeholder vendor ID.
///
/// `device_id_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct DeviceId(pub u16);

impl DeviceId {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 2;
    /// Value after reset.
    pub const RESET: Self = Self(0x7250);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// device of the root port
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
        self.0 = (v) as u16;
    }

    /// This value with `id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_id(mut self, v: u16) -> Self {
        self.set_id(v);
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

impl core::fmt::Debug for DeviceId {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("DeviceId")
            .field("id", &self.id())
            .finish()
    }
}

impl RegValue for DeviceId {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Command register.
/// Bits that do not apply to PCI Express are hardwired to zero.
///
/// `command_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Command(pub u16);

impl Command {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 4;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xf800);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// forward I/O requests downstream (no I/O window here)
    ///
    /// Bits `[0]`, `rw`.
    #[inline]
    pub const fn io_space_en(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `io_space_en` (bits `[0]`).
    #[inline]
    pub const fn set_io_space_en(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u16 & 1);
    }

    /// This value with `io_space_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_io_space_en(mut self, v: bool) -> Self {
        self.set_io_space_en(v);
        self
    }

    /// forward memory requests downstream through the windows
    ///
    /// Bits `[1]`, `rw`.
    #[inline]
    pub const fn mem_space_en(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `mem_space_en` (bits `[1]`).
    #[inline]
    pub const fn set_mem_space_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u16 & 1) << 1);
    }

    /// This value with `mem_space_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_mem_space_en(mut self, v: bool) -> Self {
        self.set_mem_space_en(v);
        self
    }

    /// forward memory requests from the link upstream (DMA)
    ///
    /// Bits `[2]`, `rw`.
    #[inline]
    pub const fn bus_master_en(&self) -> bool {
        (self.0 >> 2) & 1 != 0
    }

    /// Set `bus_master_en` (bits `[2]`).
    #[inline]
    pub const fn set_bus_master_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 2)) | (((v) as u16 & 1) << 2);
    }

    /// This value with `bus_master_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_bus_master_en(mut self, v: bool) -> Self {
        self.set_bus_master_en(v);
        self
    }

    /// special cycles, not used by PCIe
    ///
    /// Bits `[3]`, `hwinit`.
    #[inline]
    pub const fn special_cycle_en(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `special_cycle_en` (bits `[3]`).
    #[inline]
    pub const fn set_special_cycle_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u16 & 1) << 3);
    }

    /// This value with `special_cycle_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_special_cycle_en(mut self, v: bool) -> Self {
        self.set_special_cycle_en(v);
        self
    }

    /// memory write and invalidate, not used by PCIe
    ///
    /// Bits `[4]`, `hwinit`.
    #[inline]
    pub const fn mem_write_invalidate(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `mem_write_invalidate` (bits `[4]`).
    #[inline]
    pub const fn set_mem_write_invalidate(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u16 & 1) << 4);
    }

    /// This value with `mem_write_invalidate` replaced.
    #[inline]
    #[must_use]
    pub const fn with_mem_write_invalidate(mut self, v: bool) -> Self {
        self.set_mem_write_invalidate(v);
        self
    }

    /// VGA palette snoop, not used by PCIe
    ///
    /// Bits `[5]`, `hwinit`.
    #[inline]
    pub const fn vga_palette_snoop(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `vga_palette_snoop` (bits `[5]`).
    #[inline]
    pub const fn set_vga_palette_snoop(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u16 & 1) << 5);
    }

    /// This value with `vga_palette_snoop` replaced.
    #[inline]
    #[must_use]
    pub const fn with_vga_palette_snoop(mut self, v: bool) -> Self {
        self.set_vga_palette_snoop(v);
        self
    }

    /// act on poisoned TLPs (Master Data Parity Error)
    ///
    /// Bits `[6]`, `rw`.
    #[inline]
    pub const fn parity_err_response(&self) -> bool {
        (self.0 >> 6) & 1 != 0
    }

    /// Set `parity_err_response` (bits `[6]`).
    #[inline]
    pub const fn set_parity_err_response(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 6)) | (((v) as u16 & 1) << 6);
    }

    /// This value with `parity_err_response` replaced.
    #[inline]
    #[must_use]
    pub const fn with_parity_err_response(mut self, v: bool) -> Self {
        self.set_parity_err_response(v);
        self
    }

    /// IDSEL stepping, not used by PCIe
    ///
    /// Bits `[7]`, `hwinit`.
    #[inline]
    pub const fn idsel_stepping(&self) -> bool {
        (self.0 >> 7) & 1 != 0
    }

    /// Set `idsel_stepping` (bits `[7]`).
    #[inline]
    pub const fn set_idsel_stepping(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 7)) | (((v) as u16 & 1) << 7);
    }

    /// This value with `idsel_stepping` replaced.
    #[inline]
    #[must_use]
    pub const fn with_idsel_stepping(mut self, v: bool) -> Self {
        self.set_idsel_stepping(v);
        self
    }

    /// report fatal and non-fatal errors to the system
    ///
    /// Bits `[8]`, `rw`.
    #[inline]
    pub const fn serr_en(&self) -> bool {
        (self.0 >> 8) & 1 != 0
    }

    /// Set `serr_en` (bits `[8]`).
    #[inline]
    pub const fn set_serr_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 8)) | (((v) as u16 & 1) << 8);
    }

    /// This value with `serr_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_serr_en(mut self, v: bool) -> Self {
        self.set_serr_en(v);
        self
    }

    /// fast back-to-back enable, not used by PCIe
    ///
    /// Bits `[9]`, `hwinit`.
    #[inline]
    pub const fn fast_b2b_en(&self) -> bool {
        (self.0 >> 9) & 1 != 0
    }

    /// Set `fast_b2b_en` (bits `[9]`).
    #[inline]
    pub const fn set_fast_b2b_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 9)) | (((v) as u16 & 1) << 9);
    }

    /// This value with `fast_b2b_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fast_b2b_en(mut self, v: bool) -> Self {
        self.set_fast_b2b_en(v);
        self
    }

    /// stop the port from asserting INTx for its own events
    ///
    /// Bits `[10]`, `rw`.
    #[inline]
    pub const fn intx_disable(&self) -> bool {
        (self.0 >> 10) & 1 != 0
    }

    /// Set `intx_disable` (bits `[10]`).
    #[inline]
    pub const fn set_intx_disable(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 10)) | (((v) as u16 & 1) << 10);
    }

    /// This value with `intx_disable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_intx_disable(mut self, v: bool) -> Self {
        self.set_intx_disable(v);
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

impl core::fmt::Debug for Command {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Command")
            .field("io_space_en", &self.io_space_en())
            .field("mem_space_en", &self.mem_space_en())
            .field("bus_master_en", &self.bus_master_en())
            .field("special_cycle_en", &self.special_cycle_en())
            .field("mem_write_invalidate", &self.mem_write_invalidate())
            .field("vga_palette_snoop", &self.vga_palette_snoop())
            .field("parity_err_response", &self.parity_err_response())
            .field("idsel_stepping", &self.idsel_stepping())
            .field("serr_en", &self.serr_en())
            .field("fast_b2b_en", &self.fast_b2b_en())
            .field("intx_disable", &self.intx_disable())
            .finish()
    }
}

impl RegValue for Command {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Status register (primary side).
///
/// `status_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Status(pub u16);

impl Status {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 6;
    /// Value after reset.
    pub const RESET: Self = Self(0x10);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0x46);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// immediate readiness (not claimed)
    ///
    /// Bits `[0]`, `hwinit`.
    #[inline]
    pub const fn immediate_readiness(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `immediate_readiness` (bits `[0]`).
    #[inline]
    pub const fn set_immediate_readiness(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u16 & 1);
    }

    /// This value with `immediate_readiness` replaced.
    #[inline]
    #[must_use]
    pub const fn with_immediate_readiness(mut self, v: bool) -> Self {
        self.set_immediate_readiness(v);
        self
    }

    /// the port has an INTx interrupt pending
    ///
    /// Bits `[3]`, `ro`.
    #[inline]
    pub const fn interrupt_status(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `interrupt_status` (bits `[3]`).
    #[inline]
    pub const fn set_interrupt_status(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u16 & 1) << 3);
    }

    /// This value with `interrupt_status` replaced.
    #[inline]
    #[must_use]
    pub const fn with_interrupt_status(mut self, v: bool) -> Self {
        self.set_interrupt_status(v);
        self
    }

    /// a capability list is present (always 1)
    ///
    /// Bits `[4]`, `hwinit`.
    #[inline]
    pub const fn cap_list(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `cap_list` (bits `[4]`).
    #[inline]
    pub const fn set_cap_list(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u16 & 1) << 4);
    }

    /// This value with `cap_list` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cap_list(mut self, v: bool) -> Self {
        self.set_cap_list(v);
        self
    }

    /// 66 MHz capable, not used by PCIe
    ///
    /// Bits `[5]`, `hwinit`.
    #[inline]
    pub const fn cap_66mhz(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `cap_66mhz` (bits `[5]`).
    #[inline]
    pub const fn set_cap_66mhz(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u16 & 1) << 5);
    }

    /// This value with `cap_66mhz` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cap_66mhz(mut self, v: bool) -> Self {
        self.set_cap_66mhz(v);
        self
    }

    /// fast back-to-back capable, not used by PCIe
    ///
    /// Bits `[7]`, `hwinit`.
    #[inline]
    pub const fn fast_b2b_capable(&self) -> bool {
        (self.0 >> 7) & 1 != 0
    }

    /// Set `fast_b2b_capable` (bits `[7]`).
    #[inline]
    pub const fn set_fast_b2b_capable(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 7)) | (((v) as u16 & 1) << 7);
    }

    /// This value with `fast_b2b_capable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fast_b2b_capable(mut self, v: bool) -> Self {
        self.set_fast_b2b_capable(v);
        self
    }

    /// poisoned completion or poisoned write, parity response enabled
    ///
    /// Bits `[8]`, `rw1c`.
    #[inline]
    pub const fn master_data_parity_error(&self) -> bool {
        (self.0 >> 8) & 1 != 0
    }

    /// Set `master_data_parity_error` (bits `[8]`).
    #[inline]
    pub const fn set_master_data_parity_error(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 8)) | (((v) as u16 & 1) << 8);
    }

    /// This value with `master_data_parity_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_master_data_parity_error(mut self, v: bool) -> Self {
        self.set_master_data_parity_error(v);
        self
    }

    /// DEVSEL timing, not used by PCIe
    ///
    /// Bits `[10:9]`, `hwinit`.
    #[inline]
    pub const fn devsel_timing(&self) -> u8 {
        ((self.0 >> 9) & 3) as u8
    }

    /// Set `devsel_timing` (bits `[10:9]`).
    #[inline]
    pub const fn set_devsel_timing(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `devsel_timing`");
        self.0 = (self.0 & !(3 << 9)) | (((v) as u16 & 3) << 9);
    }

    /// This value with `devsel_timing` replaced.
    #[inline]
    #[must_use]
    pub const fn with_devsel_timing(mut self, v: u8) -> Self {
        self.set_devsel_timing(v);
        self
    }

    /// the port completed a request with CA
    ///
    /// Bits `[11]`, `rw1c`.
    #[inline]
    pub const fn signaled_target_abort(&self) -> bool {
        (self.0 >> 11) & 1 != 0
    }

    /// Set `signaled_target_abort` (bits `[11]`).
    #[inline]
    pub const fn set_signaled_target_abort(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 11)) | (((v) as u16 & 1) << 11);
    }

    /// This value with `signaled_target_abort` replaced.
    #[inline]
    #[must_use]
    pub const fn with_signaled_target_abort(mut self, v: bool) -> Self {
        self.set_signaled_target_abort(v);
        self
    }

    /// a request of the port completed with CA
    ///
    /// Bits `[12]`, `rw1c`.
    #[inline]
    pub const fn received_target_abort(&self) -> bool {
        (self.0 >> 12) & 1 != 0
    }

    /// Set `received_target_abort` (bits `[12]`).
    #[inline]
    pub const fn set_received_target_abort(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 12)) | (((v) as u16 & 1) << 12);
    }

    /// This value with `received_target_abort` replaced.
    #[inline]
    #[must_use]
    pub const fn with_received_target_abort(mut self, v: bool) -> Self {
        self.set_received_target_abort(v);
        self
    }

    /// a request of the port completed with UR
    ///
    /// Bits `[13]`, `rw1c`.
    #[inline]
    pub const fn received_master_abort(&self) -> bool {
        (self.0 >> 13) & 1 != 0
    }

    /// Set `received_master_abort` (bits `[13]`).
    #[inline]
    pub const fn set_received_master_abort(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 13)) | (((v) as u16 & 1) << 13);
    }

    /// This value with `received_master_abort` replaced.
    #[inline]
    #[must_use]
    pub const fn with_received_master_abort(mut self, v: bool) -> Self {
        self.set_received_master_abort(v);
        self
    }

    /// the port sent ERR_FATAL or ERR_NONFATAL
    ///
    /// Bits `[14]`, `rw1c`.
    #[inline]
    pub const fn signaled_system_error(&self) -> bool {
        (self.0 >> 14) & 1 != 0
    }

    /// Set `signaled_system_error` (bits `[14]`).
    #[inline]
    pub const fn set_signaled_system_error(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 14)) | (((v) as u16 & 1) << 14);
    }

    /// This value with `signaled_system_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_signaled_system_error(mut self, v: bool) -> Self {
        self.set_signaled_system_error(v);
        self
    }

    /// a poisoned TLP was received on the primary side
    ///
    /// Bits `[15]`, `rw1c`.
    #[inline]
    pub const fn detected_parity_error(&self) -> bool {
        (self.0 >> 15) & 1 != 0
    }

    /// Set `detected_parity_error` (bits `[15]`).
    #[inline]
    pub const fn set_detected_parity_error(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 15)) | (((v) as u16 & 1) << 15);
    }

    /// This value with `detected_parity_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_detected_parity_error(mut self, v: bool) -> Self {
        self.set_detected_parity_error(v);
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

impl core::fmt::Debug for Status {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Status")
            .field("immediate_readiness", &self.immediate_readiness())
            .field("interrupt_status", &self.interrupt_status())
            .field("cap_list", &self.cap_list())
            .field("cap_66mhz", &self.cap_66mhz())
            .field("fast_b2b_capable", &self.fast_b2b_capable())
            .field("master_data_parity_error", &self.master_data_parity_error())
            .field("devsel_timing", &self.devsel_timing())
            .field("signaled_target_abort", &self.signaled_target_abort())
            .field("received_target_abort", &self.received_target_abort())
            .field("received_master_abort", &self.received_master_abort())
            .field("signaled_system_error", &self.signaled_system_error())
            .field("detected_parity_error", &self.detected_parity_error())
            .finish()
    }
}

impl RegValue for Status {
    const BYTES: usize = 2;
    const W1C_MASK: u64 = 0xf900;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Revision ID and Class Code.
/// Class 06h/04h/00h: PCI-to-PCI bridge (what a root port reports).
///
/// `class_rev_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct ClassRev(pub u32);

impl ClassRev {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 8;
    /// Value after reset.
    pub const RESET: Self = Self(0x604_0000);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// revision of the root port
    ///
    /// Bits `[7:0]`, `hwinit`.
    #[inline]
    pub const fn revision_id(&self) -> u8 {
        (self.0 & 0xff) as u8
    }

    /// Set `revision_id` (bits `[7:0]`).
    #[inline]
    pub const fn set_revision_id(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `revision_id`");
        self.0 = (self.0 & !0xff) | ((v) as u32 & 0xff);
    }

    /// This value with `revision_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_revision_id(mut self, v: u8) -> Self {
        self.set_revision_id(v);
        self
    }

    /// programming interface (00h)
    ///
    /// Bits `[15:8]`, `hwinit`.
    #[inline]
    pub const fn prog_if(&self) -> u8 {
        ((self.0 >> 8) & 0xff) as u8
    }

    /// Set `prog_if` (bits `[15:8]`).
    #[inline]
    pub const fn set_prog_if(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `prog_if`");
        self.0 = (self.0 & !(0xff << 8)) | (((v) as u32 & 0xff) << 8);
    }

    /// This value with `prog_if` replaced.
    #[inline]
    #[must_use]
    pub const fn with_prog_if(mut self, v: u8) -> Self {
        self.set_prog_if(v);
        self
    }

    /// sub-class (04h, PCI-to-PCI bridge)
    ///
    /// Bits `[23:16]`, `hwinit`.
    #[inline]
    pub const fn sub_class(&self) -> u8 {
        ((self.0 >> 16) & 0xff) as u8
    }

    /// Set `sub_class` (bits `[23:16]`).
    #[inline]
    pub const fn set_sub_class(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `sub_class`");
        self.0 = (self.0 & !(0xff << 16)) | (((v) as u32 & 0xff) << 16);
    }

    /// This value with `sub_class` replaced.
    #[inline]
    #[must_use]
    pub const fn with_sub_class(mut self, v: u8) -> Self {
        self.set_sub_class(v);
        self
    }

    /// base class (06h, bridge)
    ///
    /// Bits `[31:24]`, `hwinit`.
    #[inline]
    pub const fn base_class(&self) -> u8 {
        ((self.0 >> 24) & 0xff) as u8
    }

    /// Set `base_class` (bits `[31:24]`).
    #[inline]
    pub const fn set_base_class(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `base_class`");
        self.0 = (self.0 & !(0xff << 24)) | (((v) as u32 & 0xff) << 24);
    }

    /// This value with `base_class` replaced.
    #[inline]
    #[must_use]
    pub const fn with_base_class(mut self, v: u8) -> Self {
        self.set_base_class(v);
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

impl core::fmt::Debug for ClassRev {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ClassRev")
            .field("revision_id", &self.revision_id())
            .field("prog_if", &self.prog_if())
            .field("sub_class", &self.sub_class())
            .field("base_class", &self.base_class())
            .finish()
    }
}

impl RegValue for ClassRev {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Cache Line Size.
/// Kept for compatibility; it has no effect on PCI Express.
///
/// `cache_line_size_t`, 8 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct CacheLineSize(pub u8);

impl CacheLineSize {
    /// Width in bits.
    pub const WIDTH: u32 = 8;
    /// Size in bytes.
    pub const BYTES: usize = 1;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0xc;
    /// Value after reset.
    pub const RESET: Self = Self(0);

    /// From raw bits.
    pub const fn from_bits(bits: u8) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u8 {
        self.0
    }

    /// system cache line size in DWORDs
    ///
    /// Bits `[7:0]`, `rw`.
    #[inline]
    pub const fn size(&self) -> u8 {
        (self.0 & 0xff) as u8
    }

    /// Set `size` (bits `[7:0]`).
    #[inline]
    pub const fn set_size(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `size`");
        self.0 = (v) as u8;
    }

    /// This value with `size` replaced.
    #[inline]
    #[must_use]
    pub const fn with_size(mut self, v: u8) -> Self {
        self.set_size(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u8) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 1] {
        let mut out = [0u8; 1];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 1]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for CacheLineSize {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("CacheLineSize")
            .field("size", &self.size())
            .finish()
    }
}

impl RegValue for CacheLineSize {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Primary Latency Timer.
/// Not used by PCI Express, hardwired to zero.
///
/// `primary_latency_timer_t`, 8 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PrimaryLatencyTimer(pub u8);

impl PrimaryLatencyTimer {
    /// Width in bits.
    pub const WIDTH: u32 = 8;
    /// Size in bytes.
    pub const BYTES: usize = 1;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0xd;
    /// Value after reset.
    pub const RESET: Self = Self(0);

    /// From raw bits.
    pub const fn from_bits(bits: u8) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u8 {
        self.0
    }

    /// latency timer, zero
    ///
    /// Bits `[7:0]`, `hwinit`.
    #[inline]
    pub const fn timer(&self) -> u8 {
        (self.0 & 0xff) as u8
    }

    /// Set `timer` (bits `[7:0]`).
    #[inline]
    pub const fn set_timer(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `timer`");
        self.0 = (v) as u8;
    }

    /// This value with `timer` replaced.
    #[inline]
    #[must_use]
    pub const fn with_timer(mut self, v: u8) -> Self {
        self.set_timer(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u8) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 1] {
        let mut out = [0u8; 1];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 1]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for PrimaryLatencyTimer {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PrimaryLatencyTimer")
            .field("timer", &self.timer())
            .finish()
    }
}

impl RegValue for PrimaryLatencyTimer {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Header Type.
/// Type 1 layout (bridge), single function.
///
/// `header_type_t`, 8 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct HeaderType(pub u8);

impl HeaderType {
    /// Width in bits.
    pub const WIDTH: u32 = 8;
    /// Size in bytes.
    pub const BYTES: usize = 1;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0xe;
    /// Value after reset.
    pub const RESET: Self = Self(1);

    /// From raw bits.
    pub const fn from_bits(bits: u8) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u8 {
        self.0
    }

    /// header layout, 01h = Type 1
    ///
    /// Bits `[6:0]`, `hwinit`.
    #[inline]
    pub const fn layout(&self) -> u8 {
        (self.0 & 0x7f) as u8
    }

    /// Set `layout` (bits `[6:0]`).
    #[inline]
    pub const fn set_layout(&mut self, v: u8) {
        debug_assert!((v as u64) >> 7 == 0, "value does not fit field `layout`");
        self.0 = (self.0 & !0x7f) | ((v) as u8 & 0x7f);
    }

    /// This value with `layout` replaced.
    #[inline]
    #[must_use]
    pub const fn with_layout(mut self, v: u8) -> Self {
        self.set_layout(v);
        self
    }

    /// the device has more than one function
    ///
    /// Bits `[7]`, `hwinit`.
    #[inline]
    pub const fn multi_function(&self) -> bool {
        (self.0 >> 7) & 1 != 0
    }

    /// Set `multi_function` (bits `[7]`).
    #[inline]
    pub const fn set_multi_function(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 7)) | (((v) as u8 & 1) << 7);
    }

    /// This value with `multi_function` replaced.
    #[inline]
    #[must_use]
    pub const fn with_multi_function(mut self, v: bool) -> Self {
        self.set_multi_function(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u8) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 1] {
        let mut out = [0u8; 1];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 1]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for HeaderType {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("HeaderType")
            .field("layout", &self.layout())
            .field("multi_function", &self.multi_function())
            .finish()
    }
}

impl RegValue for HeaderType {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// BIST.
/// Built-in self test is not implemented.
///
/// `bist_t`, 8 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Bist(pub u8);

impl Bist {
    /// Width in bits.
    pub const WIDTH: u32 = 8;
    /// Size in bytes.
    pub const BYTES: usize = 1;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0xf;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0x30);

    /// From raw bits.
    pub const fn from_bits(bits: u8) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u8 {
        self.0
    }

    /// BIST result (zero)
    ///
    /// Bits `[3:0]`, `hwinit`.
    #[inline]
    pub const fn completion_code(&self) -> u8 {
        (self.0 & 0xf) as u8
    }

    /// Set `completion_code` (bits `[3:0]`).
    #[inline]
    pub const fn set_completion_code(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `completion_code`");
        self.0 = (self.0 & !0xf) | ((v) as u8 & 0xf);
    }

    /// This value with `completion_code` replaced.
    #[inline]
    #[must_use]
    pub const fn with_completion_code(mut self, v: u8) -> Self {
        self.set_completion_code(v);
        self
    }

    /// start BIST (not capable, reads zero)
    ///
    /// Bits `[6]`, `hwinit`.
    #[inline]
    pub const fn start(&self) -> bool {
        (self.0 >> 6) & 1 != 0
    }

    /// Set `start` (bits `[6]`).
    #[inline]
    pub const fn set_start(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 6)) | (((v) as u8 & 1) << 6);
    }

    /// This value with `start` replaced.
    #[inline]
    #[must_use]
    pub const fn with_start(mut self, v: bool) -> Self {
        self.set_start(v);
        self
    }

    /// BIST capable (no)
    ///
    /// Bits `[7]`, `hwinit`.
    #[inline]
    pub const fn capable(&self) -> bool {
        (self.0 >> 7) & 1 != 0
    }

    /// Set `capable` (bits `[7]`).
    #[inline]
    pub const fn set_capable(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 7)) | (((v) as u8 & 1) << 7);
    }

    /// This value with `capable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_capable(mut self, v: bool) -> Self {
        self.set_capable(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u8) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 1] {
        let mut out = [0u8; 1];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 1]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for Bist {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Bist")
            .field("completion_code", &self.completion_code())
            .field("start", &self.start())
            .field("capable", &self.capable())
            .finish()
    }
}

impl RegValue for Bist {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Base Address Register 0.
/// Not implemented: the root port has no memory of its own, the register reads zero.
///
/// `bar0_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Bar0(pub u32);

impl Bar0 {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x10;
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

    /// I/O space indicator
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

    /// memory decoder type
    ///
    /// Bits `[2:1]`, `hwinit`.
    #[inline]
    pub const fn mem_type(&self) -> u8 {
        ((self.0 >> 1) & 3) as u8
    }

    /// Set `mem_type` (bits `[2:1]`).
    #[inline]
    pub const fn set_mem_type(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `mem_type`");
        self.0 = (self.0 & !(3 << 1)) | (((v) as u32 & 3) << 1);
    }

    /// This value with `mem_type` replaced.
    #[inline]
    #[must_use]
    pub const fn with_mem_type(mut self, v: u8) -> Self {
        self.set_mem_type(v);
        self
    }

    /// prefetchable memory
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

    /// base address bits \[31:4\] (none)
    ///
    /// Bits `[31:4]`, `hwinit`.
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

impl core::fmt::Debug for Bar0 {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Bar0")
            .field("io_space", &self.io_space())
            .field("mem_type", &self.mem_type())
            .field("prefetchable", &self.prefetchable())
            .field("address", &self.address())
            .finish()
    }
}

impl RegValue for Bar0 {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Base Address Register 1.
/// Not implemented, reads zero.
///
/// `bar1_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Bar1(pub u32);

impl Bar1 {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x14;
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

    /// I/O space indicator
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

    /// memory decoder type
    ///
    /// Bits `[2:1]`, `hwinit`.
    #[inline]
    pub const fn mem_type(&self) -> u8 {
        ((self.0 >> 1) & 3) as u8
    }

    /// Set `mem_type` (bits `[2:1]`).
    #[inline]
    pub const fn set_mem_type(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `mem_type`");
        self.0 = (self.0 & !(3 << 1)) | (((v) as u32 & 3) << 1);
    }

    /// This value with `mem_type` replaced.
    #[inline]
    #[must_use]
    pub const fn with_mem_type(mut self, v: u8) -> Self {
        self.set_mem_type(v);
        self
    }

    /// prefetchable memory
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

    /// base address bits \[31:4\] (none)
    ///
    /// Bits `[31:4]`, `hwinit`.
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

impl core::fmt::Debug for Bar1 {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Bar1")
            .field("io_space", &self.io_space())
            .field("mem_type", &self.mem_type())
            .field("prefetchable", &self.prefetchable())
            .field("address", &self.address())
            .finish()
    }
}

impl RegValue for Bar1 {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Primary Bus Number.
///
/// `primary_bus_t`, 8 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PrimaryBus(pub u8);

impl PrimaryBus {
    /// Width in bits.
    pub const WIDTH: u32 = 8;
    /// Size in bytes.
    pub const BYTES: usize = 1;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x18;
    /// Value after reset.
    pub const RESET: Self = Self(0);

    /// From raw bits.
    pub const fn from_bits(bits: u8) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u8 {
        self.0
    }

    /// number of the bus upstream of the port
    ///
    /// Bits `[7:0]`, `rw`.
    #[inline]
    pub const fn bus(&self) -> u8 {
        (self.0 & 0xff) as u8
    }

    /// Set `bus` (bits `[7:0]`).
    #[inline]
    pub const fn set_bus(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `bus`");
        self.0 = (v) as u8;
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
        self.0 |= (b as u8) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 1] {
        let mut out = [0u8; 1];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 1]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for PrimaryBus {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PrimaryBus")
            .field("bus", &self.bus())
            .finish()
    }
}

impl RegValue for PrimaryBus {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Secondary Bus Number.
///
/// `secondary_bus_t`, 8 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct SecondaryBus(pub u8);

impl SecondaryBus {
    /// Width in bits.
    pub const WIDTH: u32 = 8;
    /// Size in bytes.
    pub const BYTES: usize = 1;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x19;
    /// Value after reset.
    pub const RESET: Self = Self(0);

    /// From raw bits.
    pub const fn from_bits(bits: u8) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u8 {
        self.0
    }

    /// number of the bus on the link (Type 0 configuration requests)
    ///
    /// Bits `[7:0]`, `rw`.
    #[inline]
    pub const fn bus(&self) -> u8 {
        (self.0 & 0xff) as u8
    }

    /// Set `bus` (bits `[7:0]`).
    #[inline]
    pub const fn set_bus(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `bus`");
        self.0 = (v) as u8;
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
        self.0 |= (b as u8) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 1] {
        let mut out = [0u8; 1];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 1]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for SecondaryBus {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("SecondaryBus")
            .field("bus", &self.bus())
            .finish()
    }
}

impl RegValue for SecondaryBus {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Subordinate Bus Number.
///
/// `subordinate_bus_t`, 8 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct SubordinateBus(pub u8);

impl SubordinateBus {
    /// Width in bits.
    pub const WIDTH: u32 = 8;
    /// Size in bytes.
    pub const BYTES: usize = 1;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x1a;
    /// Value after reset.
    pub const RESET: Self = Self(0);

    /// From raw bits.
    pub const fn from_bits(bits: u8) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u8 {
        self.0
    }

    /// highest bus number below the port (Type 1 configuration requests)
    ///
    /// Bits `[7:0]`, `rw`.
    #[inline]
    pub const fn bus(&self) -> u8 {
        (self.0 & 0xff) as u8
    }

    /// Set `bus` (bits `[7:0]`).
    #[inline]
    pub const fn set_bus(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `bus`");
        self.0 = (v) as u8;
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
        self.0 |= (b as u8) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 1] {
        let mut out = [0u8; 1];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 1]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for SubordinateBus {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("SubordinateBus")
            .field("bus", &self.bus())
            .finish()
    }
}

impl RegValue for SubordinateBus {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Secondary Latency Timer.
/// Not used by PCI Express, hardwired to zero.
///
/// `secondary_latency_timer_t`, 8 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct SecondaryLatencyTimer(pub u8);

impl SecondaryLatencyTimer {
    /// Width in bits.
    pub const WIDTH: u32 = 8;
    /// Size in bytes.
    pub const BYTES: usize = 1;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x1b;
    /// Value after reset.
    pub const RESET: Self = Self(0);

    /// From raw bits.
    pub const fn from_bits(bits: u8) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u8 {
        self.0
    }

    /// latency timer, zero
    ///
    /// Bits `[7:0]`, `hwinit`.
    #[inline]
    pub const fn timer(&self) -> u8 {
        (self.0 & 0xff) as u8
    }

    /// Set `timer` (bits `[7:0]`).
    #[inline]
    pub const fn set_timer(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `timer`");
        self.0 = (v) as u8;
    }

    /// This value with `timer` replaced.
    #[inline]
    #[must_use]
    pub const fn with_timer(mut self, v: u8) -> Self {
        self.set_timer(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u8) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 1] {
        let mut out = [0u8; 1];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 1]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for SecondaryLatencyTimer {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("SecondaryLatencyTimer")
            .field("timer", &self.timer())
            .finish()
    }
}

impl RegValue for SecondaryLatencyTimer {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// I/O Base.
/// The port forwards no I/O: the I/O window is not implemented and reads zero.
///
/// `io_base_t`, 8 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct IoBase(pub u8);

impl IoBase {
    /// Width in bits.
    pub const WIDTH: u32 = 8;
    /// Size in bytes.
    pub const BYTES: usize = 1;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x1c;
    /// Value after reset.
    pub const RESET: Self = Self(0);

    /// From raw bits.
    pub const fn from_bits(bits: u8) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u8 {
        self.0
    }

    /// I/O addressing capability (not implemented)
    ///
    /// Bits `[3:0]`, `hwinit`.
    #[inline]
    pub const fn addr_cap(&self) -> u8 {
        (self.0 & 0xf) as u8
    }

    /// Set `addr_cap` (bits `[3:0]`).
    #[inline]
    pub const fn set_addr_cap(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `addr_cap`");
        self.0 = (self.0 & !0xf) | ((v) as u8 & 0xf);
    }

    /// This value with `addr_cap` replaced.
    #[inline]
    #[must_use]
    pub const fn with_addr_cap(mut self, v: u8) -> Self {
        self.set_addr_cap(v);
        self
    }

    /// I/O base address bits \[15:12\] (not implemented)
    ///
    /// Bits `[7:4]`, `hwinit`.
    #[inline]
    pub const fn addr(&self) -> u8 {
        ((self.0 >> 4) & 0xf) as u8
    }

    /// Set `addr` (bits `[7:4]`).
    #[inline]
    pub const fn set_addr(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `addr`");
        self.0 = (self.0 & !(0xf << 4)) | (((v) as u8 & 0xf) << 4);
    }

    /// This value with `addr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_addr(mut self, v: u8) -> Self {
        self.set_addr(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u8) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 1] {
        let mut out = [0u8; 1];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 1]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for IoBase {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("IoBase")
            .field("addr_cap", &self.addr_cap())
            .field("addr", &self.addr())
            .finish()
    }
}

impl RegValue for IoBase {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// I/O Limit.
/// Not implemented, reads zero.
///
/// `io_limit_t`, 8 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct IoLimit(pub u8);

impl IoLimit {
    /// Width in bits.
    pub const WIDTH: u32 = 8;
    /// Size in bytes.
    pub const BYTES: usize = 1;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x1d;
    /// Value after reset.
    pub const RESET: Self = Self(0);

    /// From raw bits.
    pub const fn from_bits(bits: u8) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u8 {
        self.0
    }

    /// I/O addressing capability (not implemented)
    ///
    /// Bits `[3:0]`, `hwinit`.
    #[inline]
    pub const fn addr_cap(&self) -> u8 {
        (self.0 & 0xf) as u8
    }

    /// Set `addr_cap` (bits `[3:0]`).
    #[inline]
    pub const fn set_addr_cap(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `addr_cap`");
        self.0 = (self.0 & !0xf) | ((v) as u8 & 0xf);
    }

    /// This value with `addr_cap` replaced.
    #[inline]
    #[must_use]
    pub const fn with_addr_cap(mut self, v: u8) -> Self {
        self.set_addr_cap(v);
        self
    }

    /// I/O limit address bits \[15:12\] (not implemented)
    ///
    /// Bits `[7:4]`, `hwinit`.
    #[inline]
    pub const fn addr(&self) -> u8 {
        ((self.0 >> 4) & 0xf) as u8
    }

    /// Set `addr` (bits `[7:4]`).
    #[inline]
    pub const fn set_addr(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `addr`");
        self.0 = (self.0 & !(0xf << 4)) | (((v) as u8 & 0xf) << 4);
    }

    /// This value with `addr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_addr(mut self, v: u8) -> Self {
        self.set_addr(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u8) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 1] {
        let mut out = [0u8; 1];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 1]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for IoLimit {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("IoLimit")
            .field("addr_cap", &self.addr_cap())
            .field("addr", &self.addr())
            .finish()
    }
}

impl RegValue for IoLimit {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Secondary Status (link side).
///
/// `secondary_status_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct SecondaryStatus(pub u16);

impl SecondaryStatus {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x1e;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0x5f);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// 66 MHz capable, not used by PCIe
    ///
    /// Bits `[5]`, `hwinit`.
    #[inline]
    pub const fn cap_66mhz(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `cap_66mhz` (bits `[5]`).
    #[inline]
    pub const fn set_cap_66mhz(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u16 & 1) << 5);
    }

    /// This value with `cap_66mhz` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cap_66mhz(mut self, v: bool) -> Self {
        self.set_cap_66mhz(v);
        self
    }

    /// fast back-to-back capable, not used by PCIe
    ///
    /// Bits `[7]`, `hwinit`.
    #[inline]
    pub const fn fast_b2b_capable(&self) -> bool {
        (self.0 >> 7) & 1 != 0
    }

    /// Set `fast_b2b_capable` (bits `[7]`).
    #[inline]
    pub const fn set_fast_b2b_capable(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 7)) | (((v) as u16 & 1) << 7);
    }

    /// This value with `fast_b2b_capable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fast_b2b_capable(mut self, v: bool) -> Self {
        self.set_fast_b2b_capable(v);
        self
    }

    /// poisoned data seen on the link, parity response enabled
    ///
    /// Bits `[8]`, `rw1c`.
    #[inline]
    pub const fn master_data_parity_error(&self) -> bool {
        (self.0 >> 8) & 1 != 0
    }

    /// Set `master_data_parity_error` (bits `[8]`).
    #[inline]
    pub const fn set_master_data_parity_error(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 8)) | (((v) as u16 & 1) << 8);
    }

    /// This value with `master_data_parity_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_master_data_parity_error(mut self, v: bool) -> Self {
        self.set_master_data_parity_error(v);
        self
    }

    /// DEVSEL timing, not used by PCIe
    ///
    /// Bits `[10:9]`, `hwinit`.
    #[inline]
    pub const fn devsel_timing(&self) -> u8 {
        ((self.0 >> 9) & 3) as u8
    }

    /// Set `devsel_timing` (bits `[10:9]`).
    #[inline]
    pub const fn set_devsel_timing(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `devsel_timing`");
        self.0 = (self.0 & !(3 << 9)) | (((v) as u16 & 3) << 9);
    }

    /// This value with `devsel_timing` replaced.
    #[inline]
    #[must_use]
    pub const fn with_devsel_timing(mut self, v: u8) -> Self {
        self.set_devsel_timing(v);
        self
    }

    /// the port completed a request from the link with CA
    ///
    /// Bits `[11]`, `rw1c`.
    #[inline]
    pub const fn signaled_target_abort(&self) -> bool {
        (self.0 >> 11) & 1 != 0
    }

    /// Set `signaled_target_abort` (bits `[11]`).
    #[inline]
    pub const fn set_signaled_target_abort(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 11)) | (((v) as u16 & 1) << 11);
    }

    /// This value with `signaled_target_abort` replaced.
    #[inline]
    #[must_use]
    pub const fn with_signaled_target_abort(mut self, v: bool) -> Self {
        self.set_signaled_target_abort(v);
        self
    }

    /// a request forwarded downstream completed with CA
    ///
    /// Bits `[12]`, `rw1c`.
    #[inline]
    pub const fn received_target_abort(&self) -> bool {
        (self.0 >> 12) & 1 != 0
    }

    /// Set `received_target_abort` (bits `[12]`).
    #[inline]
    pub const fn set_received_target_abort(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 12)) | (((v) as u16 & 1) << 12);
    }

    /// This value with `received_target_abort` replaced.
    #[inline]
    #[must_use]
    pub const fn with_received_target_abort(mut self, v: bool) -> Self {
        self.set_received_target_abort(v);
        self
    }

    /// a request forwarded downstream completed with UR
    ///
    /// Bits `[13]`, `rw1c`.
    #[inline]
    pub const fn received_master_abort(&self) -> bool {
        (self.0 >> 13) & 1 != 0
    }

    /// Set `received_master_abort` (bits `[13]`).
    #[inline]
    pub const fn set_received_master_abort(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 13)) | (((v) as u16 & 1) << 13);
    }

    /// This value with `received_master_abort` replaced.
    #[inline]
    #[must_use]
    pub const fn with_received_master_abort(mut self, v: bool) -> Self {
        self.set_received_master_abort(v);
        self
    }

    /// an ERR_FATAL or ERR_NONFATAL was received on the link
    ///
    /// Bits `[14]`, `rw1c`.
    #[inline]
    pub const fn received_system_error(&self) -> bool {
        (self.0 >> 14) & 1 != 0
    }

    /// Set `received_system_error` (bits `[14]`).
    #[inline]
    pub const fn set_received_system_error(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 14)) | (((v) as u16 & 1) << 14);
    }

    /// This value with `received_system_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_received_system_error(mut self, v: bool) -> Self {
        self.set_received_system_error(v);
        self
    }

    /// a poisoned TLP was received on the link
    ///
    /// Bits `[15]`, `rw1c`.
    #[inline]
    pub const fn detected_parity_error(&self) -> bool {
        (self.0 >> 15) & 1 != 0
    }

    /// Set `detected_parity_error` (bits `[15]`).
    #[inline]
    pub const fn set_detected_parity_error(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 15)) | (((v) as u16 & 1) << 15);
    }

    /// This value with `detected_parity_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_detected_parity_error(mut self, v: bool) -> Self {
        self.set_detected_parity_error(v);
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

impl core::fmt::Debug for SecondaryStatus {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("SecondaryStatus")
            .field("cap_66mhz", &self.cap_66mhz())
            .field("fast_b2b_capable", &self.fast_b2b_capable())
            .field("master_data_parity_error", &self.master_data_parity_error())
            .field("devsel_timing", &self.devsel_timing())
            .field("signaled_target_abort", &self.signaled_target_abort())
            .field("received_target_abort", &self.received_target_abort())
            .field("received_master_abort", &self.received_master_abort())
            .field("received_system_error", &self.received_system_error())
            .field("detected_parity_error", &self.detected_parity_error())
            .finish()
    }
}

impl RegValue for SecondaryStatus {
    const BYTES: usize = 2;
    const W1C_MASK: u64 = 0xf900;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Memory Base (non-prefetchable window, 1 MiB granularity).
///
/// `memory_base_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct MemoryBase(pub u16);

impl MemoryBase {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x20;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xf);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// window base address bits \[31:20\]
    ///
    /// Bits `[15:4]`, `rw`.
    #[inline]
    pub const fn addr(&self) -> u16 {
        ((self.0 >> 4) & 0xfff) as u16
    }

    /// Set `addr` (bits `[15:4]`).
    #[inline]
    pub const fn set_addr(&mut self, v: u16) {
        debug_assert!((v as u64) >> 12 == 0, "value does not fit field `addr`");
        self.0 = (self.0 & !(0xfff << 4)) | (((v) as u16 & 0xfff) << 4);
    }

    /// This value with `addr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_addr(mut self, v: u16) -> Self {
        self.set_addr(v);
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

impl core::fmt::Debug for MemoryBase {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("MemoryBase")
            .field("addr", &self.addr())
            .finish()
    }
}

impl RegValue for MemoryBase {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Memory Limit (non-prefetchable window).
///
/// `memory_limit_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct MemoryLimit(pub u16);

impl MemoryLimit {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x22;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xf);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// window limit address bits \[31:20\] (bits \[19:0\] are all ones)
    ///
    /// Bits `[15:4]`, `rw`.
    #[inline]
    pub const fn addr(&self) -> u16 {
        ((self.0 >> 4) & 0xfff) as u16
    }

    /// Set `addr` (bits `[15:4]`).
    #[inline]
    pub const fn set_addr(&mut self, v: u16) {
        debug_assert!((v as u64) >> 12 == 0, "value does not fit field `addr`");
        self.0 = (self.0 & !(0xfff << 4)) | (((v) as u16 & 0xfff) << 4);
    }

    /// This value with `addr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_addr(mut self, v: u16) -> Self {
        self.set_addr(v);
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

impl core::fmt::Debug for MemoryLimit {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("MemoryLimit")
            .field("addr", &self.addr())
            .finish()
    }
}

impl RegValue for MemoryLimit {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Prefetchable Memory Base (64-bit window, 1 MiB granularity).
///
/// `pref_memory_base_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PrefMemoryBase(pub u16);

impl PrefMemoryBase {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x24;
    /// Value after reset.
    pub const RESET: Self = Self(1);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// addressing capability, 1 = 64-bit window
    ///
    /// Bits `[3:0]`, `hwinit`.
    #[inline]
    pub const fn addr_cap(&self) -> u8 {
        (self.0 & 0xf) as u8
    }

    /// Set `addr_cap` (bits `[3:0]`).
    #[inline]
    pub const fn set_addr_cap(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `addr_cap`");
        self.0 = (self.0 & !0xf) | ((v) as u16 & 0xf);
    }

    /// This value with `addr_cap` replaced.
    #[inline]
    #[must_use]
    pub const fn with_addr_cap(mut self, v: u8) -> Self {
        self.set_addr_cap(v);
        self
    }

    /// window base address bits \[31:20\]
    ///
    /// Bits `[15:4]`, `rw`.
    #[inline]
    pub const fn addr(&self) -> u16 {
        ((self.0 >> 4) & 0xfff) as u16
    }

    /// Set `addr` (bits `[15:4]`).
    #[inline]
    pub const fn set_addr(&mut self, v: u16) {
        debug_assert!((v as u64) >> 12 == 0, "value does not fit field `addr`");
        self.0 = (self.0 & !(0xfff << 4)) | (((v) as u16 & 0xfff) << 4);
    }

    /// This value with `addr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_addr(mut self, v: u16) -> Self {
        self.set_addr(v);
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

impl core::fmt::Debug for PrefMemoryBase {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PrefMemoryBase")
            .field("addr_cap", &self.addr_cap())
            .field("addr", &self.addr())
            .finish()
    }
}

impl RegValue for PrefMemoryBase {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Prefetchable Memory Limit (64-bit window).
///
/// `pref_memory_limit_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PrefMemoryLimit(pub u16);

impl PrefMemoryLimit {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x26;
    /// Value after reset.
    pub const RESET: Self = Self(1);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// addressing capability, 1 = 64-bit window
    ///
    /// Bits `[3:0]`, `hwinit`.
    #[inline]
    pub const fn addr_cap(&self) -> u8 {
        (self.0 & 0xf) as u8
    }

    /// Set `addr_cap` (bits `[3:0]`).
    #[inline]
    pub const fn set_addr_cap(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `addr_cap`");
        self.0 = (self.0 & !0xf) | ((v) as u16 & 0xf);
    }

    /// This value with `addr_cap` replaced.
    #[inline]
    #[must_use]
    pub const fn with_addr_cap(mut self, v: u8) -> Self {
        self.set_addr_cap(v);
        self
    }

    /// window limit address bits \[31:20\] (bits \[19:0\] are all ones)
    ///
    /// Bits `[15:4]`, `rw`.
    #[inline]
    pub const fn addr(&self) -> u16 {
        ((self.0 >> 4) & 0xfff) as u16
    }

    /// Set `addr` (bits `[15:4]`).
    #[inline]
    pub const fn set_addr(&mut self, v: u16) {
        debug_assert!((v as u64) >> 12 == 0, "value does not fit field `addr`");
        self.0 = (self.0 & !(0xfff << 4)) | (((v) as u16 & 0xfff) << 4);
    }

    /// This value with `addr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_addr(mut self, v: u16) -> Self {
        self.set_addr(v);
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

impl core::fmt::Debug for PrefMemoryLimit {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PrefMemoryLimit")
            .field("addr_cap", &self.addr_cap())
            .field("addr", &self.addr())
            .finish()
    }
}

impl RegValue for PrefMemoryLimit {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Prefetchable Base Upper 32 Bits.
///
/// `pref_base_upper_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PrefBaseUpper(pub u32);

impl PrefBaseUpper {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x28;
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

    /// prefetchable window base address bits \[63:32\]
    ///
    /// Bits `[31:0]`, `rw`.
    #[inline]
    pub const fn addr(&self) -> u32 {
        (self.0 & 0xffff_ffff) as u32
    }

    /// Set `addr` (bits `[31:0]`).
    #[inline]
    pub const fn set_addr(&mut self, v: u32) {
        debug_assert!((v as u64) >> 32 == 0, "value does not fit field `addr`");
        self.0 = (v) as u32;
    }

    /// This value with `addr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_addr(mut self, v: u32) -> Self {
        self.set_addr(v);
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

impl core::fmt::Debug for PrefBaseUpper {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PrefBaseUpper")
            .field("addr", &self.addr())
            .finish()
    }
}

impl RegValue for PrefBaseUpper {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Prefetchable Limit Upper 32 Bits.
///
/// `pref_limit_upper_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PrefLimitUpper(pub u32);

impl PrefLimitUpper {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x2c;
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

    /// prefetchable window limit address bits \[63:32\]
    ///
    /// Bits `[31:0]`, `rw`.
    #[inline]
    pub const fn addr(&self) -> u32 {
        (self.0 & 0xffff_ffff) as u32
    }

    /// Set `addr` (bits `[31:0]`).
    #[inline]
    pub const fn set_addr(&mut self, v: u32) {
        debug_assert!((v as u64) >> 32 == 0, "value does not fit field `addr`");
        self.0 = (v) as u32;
    }

    /// This value with `addr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_addr(mut self, v: u32) -> Self {
        self.set_addr(v);
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

impl core::fmt::Debug for PrefLimitUpper {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PrefLimitUpper")
            .field("addr", &self.addr())
            .finish()
    }
}

impl RegValue for PrefLimitUpper {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// I/O Base Upper 16 Bits.
/// Not implemented (no I/O window), reads zero.
///
/// `io_base_upper_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct IoBaseUpper(pub u16);

impl IoBaseUpper {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x30;
    /// Value after reset.
    pub const RESET: Self = Self(0);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// I/O base address bits \[31:16\] (not implemented)
    ///
    /// Bits `[15:0]`, `hwinit`.
    #[inline]
    pub const fn addr(&self) -> u16 {
        (self.0 & 0xffff) as u16
    }

    /// Set `addr` (bits `[15:0]`).
    #[inline]
    pub const fn set_addr(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `addr`");
        self.0 = (v) as u16;
    }

    /// This value with `addr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_addr(mut self, v: u16) -> Self {
        self.set_addr(v);
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

impl core::fmt::Debug for IoBaseUpper {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("IoBaseUpper")
            .field("addr", &self.addr())
            .finish()
    }
}

impl RegValue for IoBaseUpper {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// I/O Limit Upper 16 Bits.
/// Not implemented (no I/O window), reads zero.
///
/// `io_limit_upper_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct IoLimitUpper(pub u16);

impl IoLimitUpper {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x32;
    /// Value after reset.
    pub const RESET: Self = Self(0);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// I/O limit address bits \[31:16\] (not implemented)
    ///
    /// Bits `[15:0]`, `hwinit`.
    #[inline]
    pub const fn addr(&self) -> u16 {
        (self.0 & 0xffff) as u16
    }

    /// Set `addr` (bits `[15:0]`).
    #[inline]
    pub const fn set_addr(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `addr`");
        self.0 = (v) as u16;
    }

    /// This value with `addr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_addr(mut self, v: u16) -> Self {
        self.set_addr(v);
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

impl core::fmt::Debug for IoLimitUpper {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("IoLimitUpper")
            .field("addr", &self.addr())
            .finish()
    }
}

impl RegValue for IoLimitUpper {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Capabilities Pointer.
/// Points at the PCI Express Capability (PCIE_CAP_BASE).
///
/// `cap_ptr_t`, 8 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct CapPtr(pub u8);

impl CapPtr {
    /// Width in bits.
    pub const WIDTH: u32 = 8;
    /// Size in bytes.
    pub const BYTES: usize = 1;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x34;
    /// Value after reset.
    pub const RESET: Self = Self(0x40);

    /// From raw bits.
    pub const fn from_bits(bits: u8) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u8 {
        self.0
    }

    /// offset of the first capability
    ///
    /// Bits `[7:0]`, `hwinit`.
    #[inline]
    pub const fn ptr(&self) -> u8 {
        (self.0 & 0xff) as u8
    }

    /// Set `ptr` (bits `[7:0]`).
    #[inline]
    pub const fn set_ptr(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `ptr`");
        self.0 = (v) as u8;
    }

    /// This value with `ptr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ptr(mut self, v: u8) -> Self {
        self.set_ptr(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u8) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 1] {
        let mut out = [0u8; 1];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 1]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for CapPtr {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("CapPtr")
            .field("ptr", &self.ptr())
            .finish()
    }
}

impl RegValue for CapPtr {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Expansion ROM Base Address.
/// Not implemented, reads zero.
///
/// `expansion_rom_base_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct ExpansionRomBase(pub u32);

impl ExpansionRomBase {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x38;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0x7fe);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// ROM address decode enable (none)
    ///
    /// Bits `[0]`, `hwinit`.
    #[inline]
    pub const fn enable(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `enable` (bits `[0]`).
    #[inline]
    pub const fn set_enable(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u32 & 1);
    }

    /// This value with `enable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_enable(mut self, v: bool) -> Self {
        self.set_enable(v);
        self
    }

    /// ROM base address bits \[31:11\] (none)
    ///
    /// Bits `[31:11]`, `hwinit`.
    #[inline]
    pub const fn address(&self) -> u32 {
        ((self.0 >> 11) & 0x1f_ffff) as u32
    }

    /// Set `address` (bits `[31:11]`).
    #[inline]
    pub const fn set_address(&mut self, v: u32) {
        debug_assert!((v as u64) >> 21 == 0, "value does not fit field `address`");
        self.0 = (self.0 & !(0x1f_ffff << 11)) | (((v) as u32 & 0x1f_ffff) << 11);
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

impl core::fmt::Debug for ExpansionRomBase {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ExpansionRomBase")
            .field("enable", &self.enable())
            .field("address", &self.address())
            .finish()
    }
}

impl RegValue for ExpansionRomBase {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Interrupt Line.
///
/// `interrupt_line_t`, 8 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct InterruptLine(pub u8);

impl InterruptLine {
    /// Width in bits.
    pub const WIDTH: u32 = 8;
    /// Size in bytes.
    pub const BYTES: usize = 1;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x3c;
    /// Value after reset.
    pub const RESET: Self = Self(0);

    /// From raw bits.
    pub const fn from_bits(bits: u8) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u8 {
        self.0
    }

    /// interrupt routing information written by firmware
    ///
    /// Bits `[7:0]`, `rw`.
    #[inline]
    pub const fn line(&self) -> u8 {
        (self.0 & 0xff) as u8
    }

    /// Set `line` (bits `[7:0]`).
    #[inline]
    pub const fn set_line(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `line`");
        self.0 = (v) as u8;
    }

    /// This value with `line` replaced.
    #[inline]
    #[must_use]
    pub const fn with_line(mut self, v: u8) -> Self {
        self.set_line(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u8) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 1] {
        let mut out = [0u8; 1];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 1]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for InterruptLine {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("InterruptLine")
            .field("line", &self.line())
            .finish()
    }
}

impl RegValue for InterruptLine {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Interrupt Pin.
/// The port signals its own events (PME, AER) on INTA.
///
/// `interrupt_pin_t`, 8 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct InterruptPin(pub u8);

impl InterruptPin {
    /// Width in bits.
    pub const WIDTH: u32 = 8;
    /// Size in bytes.
    pub const BYTES: usize = 1;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x3d;
    /// Value after reset.
    pub const RESET: Self = Self(1);

    /// From raw bits.
    pub const fn from_bits(bits: u8) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u8 {
        self.0
    }

    /// legacy interrupt pin, 1 = INTA
    ///
    /// Bits `[7:0]`, `hwinit`.
    #[inline]
    pub const fn pin(&self) -> u8 {
        (self.0 & 0xff) as u8
    }

    /// Set `pin` (bits `[7:0]`).
    #[inline]
    pub const fn set_pin(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `pin`");
        self.0 = (v) as u8;
    }

    /// This value with `pin` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pin(mut self, v: u8) -> Self {
        self.set_pin(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u8) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 1] {
        let mut out = [0u8; 1];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 1]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for InterruptPin {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("InterruptPin")
            .field("pin", &self.pin())
            .finish()
    }
}

impl RegValue for InterruptPin {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Bridge Control.
///
/// `bridge_control_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct BridgeControl(pub u16);

impl BridgeControl {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x3e;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xf000);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// act on poisoned TLPs received on the link
    ///
    /// Bits `[0]`, `rw`.
    #[inline]
    pub const fn parity_err_response(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `parity_err_response` (bits `[0]`).
    #[inline]
    pub const fn set_parity_err_response(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u16 & 1);
    }

    /// This value with `parity_err_response` replaced.
    #[inline]
    #[must_use]
    pub const fn with_parity_err_response(mut self, v: bool) -> Self {
        self.set_parity_err_response(v);
        self
    }

    /// forward ERR_FATAL and ERR_NONFATAL from the link
    ///
    /// Bits `[1]`, `rw`.
    #[inline]
    pub const fn serr_en(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `serr_en` (bits `[1]`).
    #[inline]
    pub const fn set_serr_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u16 & 1) << 1);
    }

    /// This value with `serr_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_serr_en(mut self, v: bool) -> Self {
        self.set_serr_en(v);
        self
    }

    /// ISA I/O filtering (no I/O window)
    ///
    /// Bits `[2]`, `hwinit`.
    #[inline]
    pub const fn isa_en(&self) -> bool {
        (self.0 >> 2) & 1 != 0
    }

    /// Set `isa_en` (bits `[2]`).
    #[inline]
    pub const fn set_isa_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 2)) | (((v) as u16 & 1) << 2);
    }

    /// This value with `isa_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_isa_en(mut self, v: bool) -> Self {
        self.set_isa_en(v);
        self
    }

    /// VGA forwarding (not supported)
    ///
    /// Bits `[3]`, `hwinit`.
    #[inline]
    pub const fn vga_en(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `vga_en` (bits `[3]`).
    #[inline]
    pub const fn set_vga_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u16 & 1) << 3);
    }

    /// This value with `vga_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_vga_en(mut self, v: bool) -> Self {
        self.set_vga_en(v);
        self
    }

    /// 16-bit VGA I/O decode (no VGA forwarding)
    ///
    /// Bits `[4]`, `hwinit`.
    #[inline]
    pub const fn vga_16bit_decode(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `vga_16bit_decode` (bits `[4]`).
    #[inline]
    pub const fn set_vga_16bit_decode(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u16 & 1) << 4);
    }

    /// This value with `vga_16bit_decode` replaced.
    #[inline]
    #[must_use]
    pub const fn with_vga_16bit_decode(mut self, v: bool) -> Self {
        self.set_vga_16bit_decode(v);
        self
    }

    /// master abort mode, not used by PCIe
    ///
    /// Bits `[5]`, `hwinit`.
    #[inline]
    pub const fn master_abort_mode(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `master_abort_mode` (bits `[5]`).
    #[inline]
    pub const fn set_master_abort_mode(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u16 & 1) << 5);
    }

    /// This value with `master_abort_mode` replaced.
    #[inline]
    #[must_use]
    pub const fn with_master_abort_mode(mut self, v: bool) -> Self {
        self.set_master_abort_mode(v);
        self
    }

    /// hold the link in hot reset while set
    ///
    /// Bits `[6]`, `rw`.
    #[inline]
    pub const fn secondary_bus_reset(&self) -> bool {
        (self.0 >> 6) & 1 != 0
    }

    /// Set `secondary_bus_reset` (bits `[6]`).
    #[inline]
    pub const fn set_secondary_bus_reset(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 6)) | (((v) as u16 & 1) << 6);
    }

    /// This value with `secondary_bus_reset` replaced.
    #[inline]
    #[must_use]
    pub const fn with_secondary_bus_reset(mut self, v: bool) -> Self {
        self.set_secondary_bus_reset(v);
        self
    }

    /// fast back-to-back enable, not used by PCIe
    ///
    /// Bits `[7]`, `hwinit`.
    #[inline]
    pub const fn fast_b2b_en(&self) -> bool {
        (self.0 >> 7) & 1 != 0
    }

    /// Set `fast_b2b_en` (bits `[7]`).
    #[inline]
    pub const fn set_fast_b2b_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 7)) | (((v) as u16 & 1) << 7);
    }

    /// This value with `fast_b2b_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fast_b2b_en(mut self, v: bool) -> Self {
        self.set_fast_b2b_en(v);
        self
    }

    /// primary discard timeout, not used by PCIe
    ///
    /// Bits `[8]`, `hwinit`.
    #[inline]
    pub const fn primary_discard_timeout(&self) -> bool {
        (self.0 >> 8) & 1 != 0
    }

    /// Set `primary_discard_timeout` (bits `[8]`).
    #[inline]
    pub const fn set_primary_discard_timeout(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 8)) | (((v) as u16 & 1) << 8);
    }

    /// This value with `primary_discard_timeout` replaced.
    #[inline]
    #[must_use]
    pub const fn with_primary_discard_timeout(mut self, v: bool) -> Self {
        self.set_primary_discard_timeout(v);
        self
    }

    /// secondary discard timeout, not used by PCIe
    ///
    /// Bits `[9]`, `hwinit`.
    #[inline]
    pub const fn secondary_discard_timeout(&self) -> bool {
        (self.0 >> 9) & 1 != 0
    }

    /// Set `secondary_discard_timeout` (bits `[9]`).
    #[inline]
    pub const fn set_secondary_discard_timeout(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 9)) | (((v) as u16 & 1) << 9);
    }

    /// This value with `secondary_discard_timeout` replaced.
    #[inline]
    #[must_use]
    pub const fn with_secondary_discard_timeout(mut self, v: bool) -> Self {
        self.set_secondary_discard_timeout(v);
        self
    }

    /// discard timer status, not used by PCIe
    ///
    /// Bits `[10]`, `hwinit`.
    #[inline]
    pub const fn discard_timer_status(&self) -> bool {
        (self.0 >> 10) & 1 != 0
    }

    /// Set `discard_timer_status` (bits `[10]`).
    #[inline]
    pub const fn set_discard_timer_status(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 10)) | (((v) as u16 & 1) << 10);
    }

    /// This value with `discard_timer_status` replaced.
    #[inline]
    #[must_use]
    pub const fn with_discard_timer_status(mut self, v: bool) -> Self {
        self.set_discard_timer_status(v);
        self
    }

    /// discard timer SERR enable, not used by PCIe
    ///
    /// Bits `[11]`, `hwinit`.
    #[inline]
    pub const fn discard_timer_serr_en(&self) -> bool {
        (self.0 >> 11) & 1 != 0
    }

    /// Set `discard_timer_serr_en` (bits `[11]`).
    #[inline]
    pub const fn set_discard_timer_serr_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 11)) | (((v) as u16 & 1) << 11);
    }

    /// This value with `discard_timer_serr_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_discard_timer_serr_en(mut self, v: bool) -> Self {
        self.set_discard_timer_serr_en(v);
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

impl core::fmt::Debug for BridgeControl {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("BridgeControl")
            .field("parity_err_response", &self.parity_err_response())
            .field("serr_en", &self.serr_en())
            .field("isa_en", &self.isa_en())
            .field("vga_en", &self.vga_en())
            .field("vga_16bit_decode", &self.vga_16bit_decode())
            .field("master_abort_mode", &self.master_abort_mode())
            .field("secondary_bus_reset", &self.secondary_bus_reset())
            .field("fast_b2b_en", &self.fast_b2b_en())
            .field("primary_discard_timeout", &self.primary_discard_timeout())
            .field("secondary_discard_timeout", &self.secondary_discard_timeout())
            .field("discard_timer_status", &self.discard_timer_status())
            .field("discard_timer_serr_en", &self.discard_timer_serr_en())
            .finish()
    }
}

impl RegValue for BridgeControl {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// PCI Express Capability list entry.
/// First entry of the PCI capability list; the Power Management capability follows.
///
/// `pcie_cap_hdr_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PcieCapHdr(pub u16);

impl PcieCapHdr {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x40;
    /// Value after reset.
    pub const RESET: Self = Self(0x8010);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// capability ID, PCI Express
    ///
    /// Bits `[7:0]`, `hwinit`.
    #[inline]
    pub const fn cap_id(&self) -> PciCapId {
        PciCapId((self.0 & 0xff) as u8)
    }

    /// Set `cap_id` (bits `[7:0]`).
    #[inline]
    pub const fn set_cap_id(&mut self, v: PciCapId) {
        debug_assert!((v.0 as u64) >> 8 == 0, "value does not fit field `cap_id`");
        self.0 = (self.0 & !0xff) | ((v.0) as u16 & 0xff);
    }

    /// This value with `cap_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cap_id(mut self, v: PciCapId) -> Self {
        self.set_cap_id(v);
        self
    }

    /// offset of the next capability, 0 = end of list
    ///
    /// Bits `[15:8]`, `hwinit`.
    #[inline]
    pub const fn next_ptr(&self) -> u8 {
        ((self.0 >> 8) & 0xff) as u8
    }

    /// Set `next_ptr` (bits `[15:8]`).
    #[inline]
    pub const fn set_next_ptr(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `next_ptr`");
        self.0 = (self.0 & !(0xff << 8)) | (((v) as u16 & 0xff) << 8);
    }

    /// This value with `next_ptr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_next_ptr(mut self, v: u8) -> Self {
        self.set_next_ptr(v);
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

impl core::fmt::Debug for PcieCapHdr {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PcieCapHdr")
            .field("cap_id", &self.cap_id())
            .field("next_ptr", &self.next_ptr())
            .finish()
    }
}

impl RegValue for PcieCapHdr {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// PCI Express Capabilities register.
/// Version 2, Root Port, no slot.
///
/// `pcie_caps_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PcieCaps(pub u16);

impl PcieCaps {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x42;
    /// Value after reset.
    pub const RESET: Self = Self(0x42);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xc000);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// capability version, 2
    ///
    /// Bits `[3:0]`, `hwinit`.
    #[inline]
    pub const fn version(&self) -> u8 {
        (self.0 & 0xf) as u8
    }

    /// Set `version` (bits `[3:0]`).
    #[inline]
    pub const fn set_version(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `version`");
        self.0 = (self.0 & !0xf) | ((v) as u16 & 0xf);
    }

    /// This value with `version` replaced.
    #[inline]
    #[must_use]
    pub const fn with_version(mut self, v: u8) -> Self {
        self.set_version(v);
        self
    }

    /// Device/Port Type, Root Port
    ///
    /// Bits `[7:4]`, `hwinit`.
    #[inline]
    pub const fn port_type(&self) -> PciePortType {
        PciePortType(((self.0 >> 4) & 0xf) as u8)
    }

    /// Set `port_type` (bits `[7:4]`).
    #[inline]
    pub const fn set_port_type(&mut self, v: PciePortType) {
        debug_assert!((v.0 as u64) >> 4 == 0, "value does not fit field `port_type`");
        self.0 = (self.0 & !(0xf << 4)) | (((v.0) as u16 & 0xf) << 4);
    }

    /// This value with `port_type` replaced.
    #[inline]
    #[must_use]
    pub const fn with_port_type(mut self, v: PciePortType) -> Self {
        self.set_port_type(v);
        self
    }

    /// the link connects to a slot (no)
    ///
    /// Bits `[8]`, `hwinit`.
    #[inline]
    pub const fn slot_implemented(&self) -> bool {
        (self.0 >> 8) & 1 != 0
    }

    /// Set `slot_implemented` (bits `[8]`).
    #[inline]
    pub const fn set_slot_implemented(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 8)) | (((v) as u16 & 1) << 8);
    }

    /// This value with `slot_implemented` replaced.
    #[inline]
    #[must_use]
    pub const fn with_slot_implemented(mut self, v: bool) -> Self {
        self.set_slot_implemented(v);
        self
    }

    /// MSI/MSI-X vector of the port's interrupts (no MSI, zero)
    ///
    /// Bits `[13:9]`, `hwinit`.
    #[inline]
    pub const fn int_msg_num(&self) -> u8 {
        ((self.0 >> 9) & 0x1f) as u8
    }

    /// Set `int_msg_num` (bits `[13:9]`).
    #[inline]
    pub const fn set_int_msg_num(&mut self, v: u8) {
        debug_assert!((v as u64) >> 5 == 0, "value does not fit field `int_msg_num`");
        self.0 = (self.0 & !(0x1f << 9)) | (((v) as u16 & 0x1f) << 9);
    }

    /// This value with `int_msg_num` replaced.
    #[inline]
    #[must_use]
    pub const fn with_int_msg_num(mut self, v: u8) -> Self {
        self.set_int_msg_num(v);
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

impl core::fmt::Debug for PcieCaps {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PcieCaps")
            .field("version", &self.version())
            .field("port_type", &self.port_type())
            .field("slot_implemented", &self.slot_implemented())
            .field("int_msg_num", &self.int_msg_num())
            .finish()
    }
}

impl RegValue for PcieCaps {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Device Capabilities.
/// 512-byte max payload, role-based error reporting.
///
/// `devcap_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Devcap(pub u32);

impl Devcap {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x44;
    /// Value after reset.
    pub const RESET: Self = Self(0x8002);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xe003_7000);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// max payload size supported, 128 << n bytes (2, 512 bytes)
    ///
    /// Bits `[2:0]`, `hwinit`.
    #[inline]
    pub const fn max_payload_supported(&self) -> u8 {
        (self.0 & 7) as u8
    }

    /// Set `max_payload_supported` (bits `[2:0]`).
    #[inline]
    pub const fn set_max_payload_supported(&mut self, v: u8) {
        debug_assert!((v as u64) >> 3 == 0, "value does not fit field `max_payload_supported`");
        self.0 = (self.0 & !7) | ((v) as u32 & 7);
    }

    /// This value with `max_payload_supported` replaced.
    #[inline]
    #[must_use]
    pub const fn with_max_payload_supported(mut self, v: u8) -> Self {
        self.set_max_payload_supported(v);
        self
    }

    /// phantom functions supported (none)
    ///
    /// Bits `[4:3]`, `hwinit`.
    #[inline]
    pub const fn phantom_functions(&self) -> u8 {
        ((self.0 >> 3) & 3) as u8
    }

    /// Set `phantom_functions` (bits `[4:3]`).
    #[inline]
    pub const fn set_phantom_functions(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `phantom_functions`");
        self.0 = (self.0 & !(3 << 3)) | (((v) as u32 & 3) << 3);
    }

    /// This value with `phantom_functions` replaced.
    #[inline]
    #[must_use]
    pub const fn with_phantom_functions(mut self, v: u8) -> Self {
        self.set_phantom_functions(v);
        self
    }

    /// 8-bit tags supported as a requester (no, 5-bit)
    ///
    /// Bits `[5]`, `hwinit`.
    #[inline]
    pub const fn ext_tag_supported(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `ext_tag_supported` (bits `[5]`).
    #[inline]
    pub const fn set_ext_tag_supported(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u32 & 1) << 5);
    }

    /// This value with `ext_tag_supported` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ext_tag_supported(mut self, v: bool) -> Self {
        self.set_ext_tag_supported(v);
        self
    }

    /// endpoint L0s acceptable latency (zero for a root port)
    ///
    /// Bits `[8:6]`, `hwinit`.
    #[inline]
    pub const fn l0s_acceptable_latency(&self) -> u8 {
        ((self.0 >> 6) & 7) as u8
    }

    /// Set `l0s_acceptable_latency` (bits `[8:6]`).
    #[inline]
    pub const fn set_l0s_acceptable_latency(&mut self, v: u8) {
        debug_assert!((v as u64) >> 3 == 0, "value does not fit field `l0s_acceptable_latency`");
        self.0 = (self.0 & !(7 << 6)) | (((v) as u32 & 7) << 6);
    }

    /// This value with `l0s_acceptable_latency` replaced.
    #[inline]
    #[must_use]
    pub const fn with_l0s_acceptable_latency(mut self, v: u8) -> Self {
        self.set_l0s_acceptable_latency(v);
        self
    }

    /// endpoint L1 acceptable latency (zero for a root port)
    ///
    /// Bits `[11:9]`, `hwinit`.
    #[inline]
    pub const fn l1_acceptable_latency(&self) -> u8 {
        ((self.0 >> 9) & 7) as u8
    }

    /// Set `l1_acceptable_latency` (bits `[11:9]`).
    #[inline]
    pub const fn set_l1_acceptable_latency(&mut self, v: u8) {
        debug_assert!((v as u64) >> 3 == 0, "value does not fit field `l1_acceptable_latency`");
        self.0 = (self.0 & !(7 << 9)) | (((v) as u32 & 7) << 9);
    }

    /// This value with `l1_acceptable_latency` replaced.
    #[inline]
    #[must_use]
    pub const fn with_l1_acceptable_latency(mut self, v: u8) -> Self {
        self.set_l1_acceptable_latency(v);
        self
    }

    /// role-based error reporting (yes)
    ///
    /// Bits `[15]`, `hwinit`.
    #[inline]
    pub const fn role_based_err_reporting(&self) -> bool {
        (self.0 >> 15) & 1 != 0
    }

    /// Set `role_based_err_reporting` (bits `[15]`).
    #[inline]
    pub const fn set_role_based_err_reporting(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 15)) | (((v) as u32 & 1) << 15);
    }

    /// This value with `role_based_err_reporting` replaced.
    #[inline]
    #[must_use]
    pub const fn with_role_based_err_reporting(mut self, v: bool) -> Self {
        self.set_role_based_err_reporting(v);
        self
    }

    /// captured slot power limit value (upstream ports only)
    ///
    /// Bits `[25:18]`, `hwinit`.
    #[inline]
    pub const fn slot_power_limit_value(&self) -> u8 {
        ((self.0 >> 18) & 0xff) as u8
    }

    /// Set `slot_power_limit_value` (bits `[25:18]`).
    #[inline]
    pub const fn set_slot_power_limit_value(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `slot_power_limit_value`");
        self.0 = (self.0 & !(0xff << 18)) | (((v) as u32 & 0xff) << 18);
    }

    /// This value with `slot_power_limit_value` replaced.
    #[inline]
    #[must_use]
    pub const fn with_slot_power_limit_value(mut self, v: u8) -> Self {
        self.set_slot_power_limit_value(v);
        self
    }

    /// captured slot power limit scale (upstream ports only)
    ///
    /// Bits `[27:26]`, `hwinit`.
    #[inline]
    pub const fn slot_power_limit_scale(&self) -> u8 {
        ((self.0 >> 26) & 3) as u8
    }

    /// Set `slot_power_limit_scale` (bits `[27:26]`).
    #[inline]
    pub const fn set_slot_power_limit_scale(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `slot_power_limit_scale`");
        self.0 = (self.0 & !(3 << 26)) | (((v) as u32 & 3) << 26);
    }

    /// This value with `slot_power_limit_scale` replaced.
    #[inline]
    #[must_use]
    pub const fn with_slot_power_limit_scale(mut self, v: u8) -> Self {
        self.set_slot_power_limit_scale(v);
        self
    }

    /// function level reset (endpoints only, no)
    ///
    /// Bits `[28]`, `hwinit`.
    #[inline]
    pub const fn flr_capable(&self) -> bool {
        (self.0 >> 28) & 1 != 0
    }

    /// Set `flr_capable` (bits `[28]`).
    #[inline]
    pub const fn set_flr_capable(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 28)) | (((v) as u32 & 1) << 28);
    }

    /// This value with `flr_capable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_flr_capable(mut self, v: bool) -> Self {
        self.set_flr_capable(v);
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

impl core::fmt::Debug for Devcap {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Devcap")
            .field("max_payload_supported", &self.max_payload_supported())
            .field("phantom_functions", &self.phantom_functions())
            .field("ext_tag_supported", &self.ext_tag_supported())
            .field("l0s_acceptable_latency", &self.l0s_acceptable_latency())
            .field("l1_acceptable_latency", &self.l1_acceptable_latency())
            .field("role_based_err_reporting", &self.role_based_err_reporting())
            .field("slot_power_limit_value", &self.slot_power_limit_value())
            .field("slot_power_limit_scale", &self.slot_power_limit_scale())
            .field("flr_capable", &self.flr_capable())
            .finish()
    }
}

impl RegValue for Devcap {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Device Control.
///
/// `devctl_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Devctl(pub u16);

impl Devctl {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x48;
    /// Value after reset.
    pub const RESET: Self = Self(0x2810);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0x8000);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// report correctable errors
    ///
    /// Bits `[0]`, `rw`.
    #[inline]
    pub const fn correctable_err_report_en(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `correctable_err_report_en` (bits `[0]`).
    #[inline]
    pub const fn set_correctable_err_report_en(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u16 & 1);
    }

    /// This value with `correctable_err_report_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_correctable_err_report_en(mut self, v: bool) -> Self {
        self.set_correctable_err_report_en(v);
        self
    }

    /// report non-fatal errors
    ///
    /// Bits `[1]`, `rw`.
    #[inline]
    pub const fn non_fatal_err_report_en(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `non_fatal_err_report_en` (bits `[1]`).
    #[inline]
    pub const fn set_non_fatal_err_report_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u16 & 1) << 1);
    }

    /// This value with `non_fatal_err_report_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_non_fatal_err_report_en(mut self, v: bool) -> Self {
        self.set_non_fatal_err_report_en(v);
        self
    }

    /// report fatal errors
    ///
    /// Bits `[2]`, `rw`.
    #[inline]
    pub const fn fatal_err_report_en(&self) -> bool {
        (self.0 >> 2) & 1 != 0
    }

    /// Set `fatal_err_report_en` (bits `[2]`).
    #[inline]
    pub const fn set_fatal_err_report_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 2)) | (((v) as u16 & 1) << 2);
    }

    /// This value with `fatal_err_report_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fatal_err_report_en(mut self, v: bool) -> Self {
        self.set_fatal_err_report_en(v);
        self
    }

    /// report Unsupported Requests
    ///
    /// Bits `[3]`, `rw`.
    #[inline]
    pub const fn unsupported_req_report_en(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `unsupported_req_report_en` (bits `[3]`).
    #[inline]
    pub const fn set_unsupported_req_report_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u16 & 1) << 3);
    }

    /// This value with `unsupported_req_report_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_unsupported_req_report_en(mut self, v: bool) -> Self {
        self.set_unsupported_req_report_en(v);
        self
    }

    /// the port may set Relaxed Ordering on its requests
    ///
    /// Bits `[4]`, `rw`.
    #[inline]
    pub const fn relaxed_ordering_en(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `relaxed_ordering_en` (bits `[4]`).
    #[inline]
    pub const fn set_relaxed_ordering_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u16 & 1) << 4);
    }

    /// This value with `relaxed_ordering_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_relaxed_ordering_en(mut self, v: bool) -> Self {
        self.set_relaxed_ordering_en(v);
        self
    }

    /// max payload size, 128 << n bytes (up to 512 bytes; larger writes are not kept)
    ///
    /// Bits `[7:5]`, `warl`.
    #[inline]
    pub const fn max_payload_size(&self) -> Mps {
        Mps(((self.0 >> 5) & 7) as u8)
    }

    /// Set `max_payload_size` (bits `[7:5]`).
    #[inline]
    pub const fn set_max_payload_size(&mut self, v: Mps) {
        debug_assert!((v.0 as u64) >> 3 == 0, "value does not fit field `max_payload_size`");
        self.0 = (self.0 & !(7 << 5)) | (((v.0) as u16 & 7) << 5);
    }

    /// This value with `max_payload_size` replaced.
    #[inline]
    #[must_use]
    pub const fn with_max_payload_size(mut self, v: Mps) -> Self {
        self.set_max_payload_size(v);
        self
    }

    /// 8-bit tag enable (not supported)
    ///
    /// Bits `[8]`, `hwinit`.
    #[inline]
    pub const fn ext_tag_en(&self) -> bool {
        (self.0 >> 8) & 1 != 0
    }

    /// Set `ext_tag_en` (bits `[8]`).
    #[inline]
    pub const fn set_ext_tag_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 8)) | (((v) as u16 & 1) << 8);
    }

    /// This value with `ext_tag_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ext_tag_en(mut self, v: bool) -> Self {
        self.set_ext_tag_en(v);
        self
    }

    /// phantom functions enable (not supported)
    ///
    /// Bits `[9]`, `hwinit`.
    #[inline]
    pub const fn phantom_functions_en(&self) -> bool {
        (self.0 >> 9) & 1 != 0
    }

    /// Set `phantom_functions_en` (bits `[9]`).
    #[inline]
    pub const fn set_phantom_functions_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 9)) | (((v) as u16 & 1) << 9);
    }

    /// This value with `phantom_functions_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_phantom_functions_en(mut self, v: bool) -> Self {
        self.set_phantom_functions_en(v);
        self
    }

    /// aux power PM enable (no aux power)
    ///
    /// Bits `[10]`, `hwinit`.
    #[inline]
    pub const fn aux_power_pm_en(&self) -> bool {
        (self.0 >> 10) & 1 != 0
    }

    /// Set `aux_power_pm_en` (bits `[10]`).
    #[inline]
    pub const fn set_aux_power_pm_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 10)) | (((v) as u16 & 1) << 10);
    }

    /// This value with `aux_power_pm_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_aux_power_pm_en(mut self, v: bool) -> Self {
        self.set_aux_power_pm_en(v);
        self
    }

    /// the port may set No Snoop on its requests
    ///
    /// Bits `[11]`, `rw`.
    #[inline]
    pub const fn no_snoop_en(&self) -> bool {
        (self.0 >> 11) & 1 != 0
    }

    /// Set `no_snoop_en` (bits `[11]`).
    #[inline]
    pub const fn set_no_snoop_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 11)) | (((v) as u16 & 1) << 11);
    }

    /// This value with `no_snoop_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_no_snoop_en(mut self, v: bool) -> Self {
        self.set_no_snoop_en(v);
        self
    }

    /// max read request size, 128 << n bytes
    ///
    /// Bits `[14:12]`, `rw`.
    #[inline]
    pub const fn max_read_request_size(&self) -> u8 {
        ((self.0 >> 12) & 7) as u8
    }

    /// Set `max_read_request_size` (bits `[14:12]`).
    #[inline]
    pub const fn set_max_read_request_size(&mut self, v: u8) {
        debug_assert!((v as u64) >> 3 == 0, "value does not fit field `max_read_request_size`");
        self.0 = (self.0 & !(7 << 12)) | (((v) as u16 & 7) << 12);
    }

    /// This value with `max_read_request_size` replaced.
    #[inline]
    #[must_use]
    pub const fn with_max_read_request_size(mut self, v: u8) -> Self {
        self.set_max_read_request_size(v);
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

impl core::fmt::Debug for Devctl {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Devctl")
            .field("correctable_err_report_en", &self.correctable_err_report_en())
            .field("non_fatal_err_report_en", &self.non_fatal_err_report_en())
            .field("fatal_err_report_en", &self.fatal_err_report_en())
            .field("unsupported_req_report_en", &self.unsupported_req_report_en())
            .field("relaxed_ordering_en", &self.relaxed_ordering_en())
            .field("max_payload_size", &self.max_payload_size())
            .field("ext_tag_en", &self.ext_tag_en())
            .field("phantom_functions_en", &self.phantom_functions_en())
            .field("aux_power_pm_en", &self.aux_power_pm_en())
            .field("no_snoop_en", &self.no_snoop_en())
            .field("max_read_request_size", &self.max_read_request_size())
            .finish()
    }
}

impl RegValue for Devctl {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Device Status.
///
/// `devsta_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Devsta(pub u16);

impl Devsta {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x4a;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xffc0);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// a correctable error was detected
    ///
    /// Bits `[0]`, `rw1c`.
    #[inline]
    pub const fn correctable_err_detected(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `correctable_err_detected` (bits `[0]`).
    #[inline]
    pub const fn set_correctable_err_detected(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u16 & 1);
    }

    /// This value with `correctable_err_detected` replaced.
    #[inline]
    #[must_use]
    pub const fn with_correctable_err_detected(mut self, v: bool) -> Self {
        self.set_correctable_err_detected(v);
        self
    }

    /// a non-fatal error was detected
    ///
    /// Bits `[1]`, `rw1c`.
    #[inline]
    pub const fn non_fatal_err_detected(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `non_fatal_err_detected` (bits `[1]`).
    #[inline]
    pub const fn set_non_fatal_err_detected(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u16 & 1) << 1);
    }

    /// This value with `non_fatal_err_detected` replaced.
    #[inline]
    #[must_use]
    pub const fn with_non_fatal_err_detected(mut self, v: bool) -> Self {
        self.set_non_fatal_err_detected(v);
        self
    }

    /// a fatal error was detected
    ///
    /// Bits `[2]`, `rw1c`.
    #[inline]
    pub const fn fatal_err_detected(&self) -> bool {
        (self.0 >> 2) & 1 != 0
    }

    /// Set `fatal_err_detected` (bits `[2]`).
    #[inline]
    pub const fn set_fatal_err_detected(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 2)) | (((v) as u16 & 1) << 2);
    }

    /// This value with `fatal_err_detected` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fatal_err_detected(mut self, v: bool) -> Self {
        self.set_fatal_err_detected(v);
        self
    }

    /// an Unsupported Request was received
    ///
    /// Bits `[3]`, `rw1c`.
    #[inline]
    pub const fn unsupported_req_detected(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `unsupported_req_detected` (bits `[3]`).
    #[inline]
    pub const fn set_unsupported_req_detected(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u16 & 1) << 3);
    }

    /// This value with `unsupported_req_detected` replaced.
    #[inline]
    #[must_use]
    pub const fn with_unsupported_req_detected(mut self, v: bool) -> Self {
        self.set_unsupported_req_detected(v);
        self
    }

    /// aux power is present
    ///
    /// Bits `[4]`, `ro`.
    #[inline]
    pub const fn aux_power_detected(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `aux_power_detected` (bits `[4]`).
    #[inline]
    pub const fn set_aux_power_detected(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u16 & 1) << 4);
    }

    /// This value with `aux_power_detected` replaced.
    #[inline]
    #[must_use]
    pub const fn with_aux_power_detected(mut self, v: bool) -> Self {
        self.set_aux_power_detected(v);
        self
    }

    /// non-posted requests of the port itself are outstanding
    ///
    /// Bits `[5]`, `ro`.
    #[inline]
    pub const fn transactions_pending(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `transactions_pending` (bits `[5]`).
    #[inline]
    pub const fn set_transactions_pending(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u16 & 1) << 5);
    }

    /// This value with `transactions_pending` replaced.
    #[inline]
    #[must_use]
    pub const fn with_transactions_pending(mut self, v: bool) -> Self {
        self.set_transactions_pending(v);
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

impl core::fmt::Debug for Devsta {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Devsta")
            .field("correctable_err_detected", &self.correctable_err_detected())
            .field("non_fatal_err_detected", &self.non_fatal_err_detected())
            .field("fatal_err_detected", &self.fatal_err_detected())
            .field("unsupported_req_detected", &self.unsupported_req_detected())
            .field("aux_power_detected", &self.aux_power_detected())
            .field("transactions_pending", &self.transactions_pending())
            .finish()
    }
}

impl RegValue for Devsta {
    const BYTES: usize = 2;
    const W1C_MASK: u64 = 0xf;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Link Capabilities.
/// 5.0 GT/s x4, no ASPM, Data Link Layer active reporting, bandwidth notification.
///
/// `lnkcap_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Lnkcap(pub u32);

impl Lnkcap {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x4c;
    /// Value after reset.
    pub const RESET: Self = Self(0x70_0042);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0x80_0000);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// maximum link speed (5.0 GT/s)
    ///
    /// Bits `[3:0]`, `hwinit`.
    #[inline]
    pub const fn max_link_speed(&self) -> LinkSpeed {
        LinkSpeed((self.0 & 0xf) as u8)
    }

    /// Set `max_link_speed` (bits `[3:0]`).
    #[inline]
    pub const fn set_max_link_speed(&mut self, v: LinkSpeed) {
        debug_assert!((v.0 as u64) >> 4 == 0, "value does not fit field `max_link_speed`");
        self.0 = (self.0 & !0xf) | ((v.0) as u32 & 0xf);
    }

    /// This value with `max_link_speed` replaced.
    #[inline]
    #[must_use]
    pub const fn with_max_link_speed(mut self, v: LinkSpeed) -> Self {
        self.set_max_link_speed(v);
        self
    }

    /// maximum link width (x4)
    ///
    /// Bits `[9:4]`, `hwinit`.
    #[inline]
    pub const fn max_link_width(&self) -> u8 {
        ((self.0 >> 4) & 0x3f) as u8
    }

    /// Set `max_link_width` (bits `[9:4]`).
    #[inline]
    pub const fn set_max_link_width(&mut self, v: u8) {
        debug_assert!((v as u64) >> 6 == 0, "value does not fit field `max_link_width`");
        self.0 = (self.0 & !(0x3f << 4)) | (((v) as u32 & 0x3f) << 4);
    }

    /// This value with `max_link_width` replaced.
    #[inline]
    #[must_use]
    pub const fn with_max_link_width(mut self, v: u8) -> Self {
        self.set_max_link_width(v);
        self
    }

    /// ASPM support, 0 = none
    ///
    /// Bits `[11:10]`, `hwinit`.
    #[inline]
    pub const fn aspm_support(&self) -> u8 {
        ((self.0 >> 10) & 3) as u8
    }

    /// Set `aspm_support` (bits `[11:10]`).
    #[inline]
    pub const fn set_aspm_support(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `aspm_support`");
        self.0 = (self.0 & !(3 << 10)) | (((v) as u32 & 3) << 10);
    }

    /// This value with `aspm_support` replaced.
    #[inline]
    #[must_use]
    pub const fn with_aspm_support(mut self, v: u8) -> Self {
        self.set_aspm_support(v);
        self
    }

    /// L0s exit latency (no ASPM)
    ///
    /// Bits `[14:12]`, `hwinit`.
    #[inline]
    pub const fn l0s_exit_latency(&self) -> u8 {
        ((self.0 >> 12) & 7) as u8
    }

    /// Set `l0s_exit_latency` (bits `[14:12]`).
    #[inline]
    pub const fn set_l0s_exit_latency(&mut self, v: u8) {
        debug_assert!((v as u64) >> 3 == 0, "value does not fit field `l0s_exit_latency`");
        self.0 = (self.0 & !(7 << 12)) | (((v) as u32 & 7) << 12);
    }

    /// This value with `l0s_exit_latency` replaced.
    #[inline]
    #[must_use]
    pub const fn with_l0s_exit_latency(mut self, v: u8) -> Self {
        self.set_l0s_exit_latency(v);
        self
    }

    /// L1 exit latency (no ASPM)
    ///
    /// Bits `[17:15]`, `hwinit`.
    #[inline]
    pub const fn l1_exit_latency(&self) -> u8 {
        ((self.0 >> 15) & 7) as u8
    }

    /// Set `l1_exit_latency` (bits `[17:15]`).
    #[inline]
    pub const fn set_l1_exit_latency(&mut self, v: u8) {
        debug_assert!((v as u64) >> 3 == 0, "value does not fit field `l1_exit_latency`");
        self.0 = (self.0 & !(7 << 15)) | (((v) as u32 & 7) << 15);
    }

    /// This value with `l1_exit_latency` replaced.
    #[inline]
    #[must_use]
    pub const fn with_l1_exit_latency(mut self, v: u8) -> Self {
        self.set_l1_exit_latency(v);
        self
    }

    /// CLKREQ# clock power management (upstream ports only)
    ///
    /// Bits `[18]`, `hwinit`.
    #[inline]
    pub const fn clock_power_mgmt(&self) -> bool {
        (self.0 >> 18) & 1 != 0
    }

    /// Set `clock_power_mgmt` (bits `[18]`).
    #[inline]
    pub const fn set_clock_power_mgmt(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 18)) | (((v) as u32 & 1) << 18);
    }

    /// This value with `clock_power_mgmt` replaced.
    #[inline]
    #[must_use]
    pub const fn with_clock_power_mgmt(mut self, v: bool) -> Self {
        self.set_clock_power_mgmt(v);
        self
    }

    /// surprise down error reporting (no)
    ///
    /// Bits `[19]`, `hwinit`.
    #[inline]
    pub const fn surprise_down_err_reporting_capable(&self) -> bool {
        (self.0 >> 19) & 1 != 0
    }

    /// Set `surprise_down_err_reporting_capable` (bits `[19]`).
    #[inline]
    pub const fn set_surprise_down_err_reporting_capable(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 19)) | (((v) as u32 & 1) << 19);
    }

    /// This value with `surprise_down_err_reporting_capable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_surprise_down_err_reporting_capable(mut self, v: bool) -> Self {
        self.set_surprise_down_err_reporting_capable(v);
        self
    }

    /// Data Link Layer Link Active reporting (yes)
    ///
    /// Bits `[20]`, `hwinit`.
    #[inline]
    pub const fn dll_link_active_reporting_capable(&self) -> bool {
        (self.0 >> 20) & 1 != 0
    }

    /// Set `dll_link_active_reporting_capable` (bits `[20]`).
    #[inline]
    pub const fn set_dll_link_active_reporting_capable(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 20)) | (((v) as u32 & 1) << 20);
    }

    /// This value with `dll_link_active_reporting_capable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dll_link_active_reporting_capable(mut self, v: bool) -> Self {
        self.set_dll_link_active_reporting_capable(v);
        self
    }

    /// link bandwidth notification (yes)
    ///
    /// Bits `[21]`, `hwinit`.
    #[inline]
    pub const fn link_bw_notification_capable(&self) -> bool {
        (self.0 >> 21) & 1 != 0
    }

    /// Set `link_bw_notification_capable` (bits `[21]`).
    #[inline]
    pub const fn set_link_bw_notification_capable(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 21)) | (((v) as u32 & 1) << 21);
    }

    /// This value with `link_bw_notification_capable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_link_bw_notification_capable(mut self, v: bool) -> Self {
        self.set_link_bw_notification_capable(v);
        self
    }

    /// ASPM optionality compliance (yes)
    ///
    /// Bits `[22]`, `hwinit`.
    #[inline]
    pub const fn aspm_optionality_compliance(&self) -> bool {
        (self.0 >> 22) & 1 != 0
    }

    /// Set `aspm_optionality_compliance` (bits `[22]`).
    #[inline]
    pub const fn set_aspm_optionality_compliance(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 22)) | (((v) as u32 & 1) << 22);
    }

    /// This value with `aspm_optionality_compliance` replaced.
    #[inline]
    #[must_use]
    pub const fn with_aspm_optionality_compliance(mut self, v: bool) -> Self {
        self.set_aspm_optionality_compliance(v);
        self
    }

    /// port number of the link
    ///
    /// Bits `[31:24]`, `hwinit`.
    #[inline]
    pub const fn port_number(&self) -> u8 {
        ((self.0 >> 24) & 0xff) as u8
    }

    /// Set `port_number` (bits `[31:24]`).
    #[inline]
    pub const fn set_port_number(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `port_number`");
        self.0 = (self.0 & !(0xff << 24)) | (((v) as u32 & 0xff) << 24);
    }

    /// This value with `port_number` replaced.
    #[inline]
    #[must_use]
    pub const fn with_port_number(mut self, v: u8) -> Self {
        self.set_port_number(v);
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

impl core::fmt::Debug for Lnkcap {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Lnkcap")
            .field("max_link_speed", &self.max_link_speed())
            .field("max_link_width", &self.max_link_width())
            .field("aspm_support", &self.aspm_support())
            .field("l0s_exit_latency", &self.l0s_exit_latency())
            .field("l1_exit_latency", &self.l1_exit_latency())
            .field("clock_power_mgmt", &self.clock_power_mgmt())
            .field("surprise_down_err_reporting_capable", &self.surprise_down_err_reporting_capable())
            .field("dll_link_active_reporting_capable", &self.dll_link_active_reporting_capable())
            .field("link_bw_notification_capable", &self.link_bw_notification_capable())
            .field("aspm_optionality_compliance", &self.aspm_optionality_compliance())
            .field("port_number", &self.port_number())
            .finish()
    }
}

impl RegValue for Lnkcap {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Link Control.
///
/// `lnkctl_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Lnkctl(pub u16);

impl Lnkctl {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x50;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xf004);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// ASPM enables (no ASPM is supported: keep zero)
    ///
    /// Bits `[1:0]`, `rw`.
    #[inline]
    pub const fn aspm_control(&self) -> u8 {
        (self.0 & 3) as u8
    }

    /// Set `aspm_control` (bits `[1:0]`).
    #[inline]
    pub const fn set_aspm_control(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `aspm_control`");
        self.0 = (self.0 & !3) | ((v) as u16 & 3);
    }

    /// This value with `aspm_control` replaced.
    #[inline]
    #[must_use]
    pub const fn with_aspm_control(mut self, v: u8) -> Self {
        self.set_aspm_control(v);
        self
    }

    /// read completion boundary, 0 = 64 bytes
    ///
    /// Bits `[3]`, `hwinit`.
    #[inline]
    pub const fn read_completion_boundary(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `read_completion_boundary` (bits `[3]`).
    #[inline]
    pub const fn set_read_completion_boundary(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u16 & 1) << 3);
    }

    /// This value with `read_completion_boundary` replaced.
    #[inline]
    #[must_use]
    pub const fn with_read_completion_boundary(mut self, v: bool) -> Self {
        self.set_read_completion_boundary(v);
        self
    }

    /// disable the link
    ///
    /// Bits `[4]`, `rw`.
    #[inline]
    pub const fn link_disable(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `link_disable` (bits `[4]`).
    #[inline]
    pub const fn set_link_disable(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u16 & 1) << 4);
    }

    /// This value with `link_disable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_link_disable(mut self, v: bool) -> Self {
        self.set_link_disable(v);
        self
    }

    /// write 1 to retrain the link (reads zero)
    ///
    /// Bits `[5]`, `wo`.
    #[inline]
    pub const fn retrain_link(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `retrain_link` (bits `[5]`).
    #[inline]
    pub const fn set_retrain_link(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u16 & 1) << 5);
    }

    /// This value with `retrain_link` replaced.
    #[inline]
    #[must_use]
    pub const fn with_retrain_link(mut self, v: bool) -> Self {
        self.set_retrain_link(v);
        self
    }

    /// both ends of the link use a common reference clock
    ///
    /// Bits `[6]`, `rw`.
    #[inline]
    pub const fn common_clock_config(&self) -> bool {
        (self.0 >> 6) & 1 != 0
    }

    /// Set `common_clock_config` (bits `[6]`).
    #[inline]
    pub const fn set_common_clock_config(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 6)) | (((v) as u16 & 1) << 6);
    }

    /// This value with `common_clock_config` replaced.
    #[inline]
    #[must_use]
    pub const fn with_common_clock_config(mut self, v: bool) -> Self {
        self.set_common_clock_config(v);
        self
    }

    /// send extended FTS and TS1 ordered sets
    ///
    /// Bits `[7]`, `rw`.
    #[inline]
    pub const fn extended_synch(&self) -> bool {
        (self.0 >> 7) & 1 != 0
    }

    /// Set `extended_synch` (bits `[7]`).
    #[inline]
    pub const fn set_extended_synch(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 7)) | (((v) as u16 & 1) << 7);
    }

    /// This value with `extended_synch` replaced.
    #[inline]
    #[must_use]
    pub const fn with_extended_synch(mut self, v: bool) -> Self {
        self.set_extended_synch(v);
        self
    }

    /// clock power management (upstream ports only)
    ///
    /// Bits `[8]`, `hwinit`.
    #[inline]
    pub const fn clock_pm_en(&self) -> bool {
        (self.0 >> 8) & 1 != 0
    }

    /// Set `clock_pm_en` (bits `[8]`).
    #[inline]
    pub const fn set_clock_pm_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 8)) | (((v) as u16 & 1) << 8);
    }

    /// This value with `clock_pm_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_clock_pm_en(mut self, v: bool) -> Self {
        self.set_clock_pm_en(v);
        self
    }

    /// autonomous width changes (never made)
    ///
    /// Bits `[9]`, `hwinit`.
    #[inline]
    pub const fn hw_autonomous_width_disable(&self) -> bool {
        (self.0 >> 9) & 1 != 0
    }

    /// Set `hw_autonomous_width_disable` (bits `[9]`).
    #[inline]
    pub const fn set_hw_autonomous_width_disable(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 9)) | (((v) as u16 & 1) << 9);
    }

    /// This value with `hw_autonomous_width_disable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_hw_autonomous_width_disable(mut self, v: bool) -> Self {
        self.set_hw_autonomous_width_disable(v);
        self
    }

    /// interrupt on link bandwidth management status
    ///
    /// Bits `[10]`, `rw`.
    #[inline]
    pub const fn link_bw_mgmt_int_en(&self) -> bool {
        (self.0 >> 10) & 1 != 0
    }

    /// Set `link_bw_mgmt_int_en` (bits `[10]`).
    #[inline]
    pub const fn set_link_bw_mgmt_int_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 10)) | (((v) as u16 & 1) << 10);
    }

    /// This value with `link_bw_mgmt_int_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_link_bw_mgmt_int_en(mut self, v: bool) -> Self {
        self.set_link_bw_mgmt_int_en(v);
        self
    }

    /// interrupt on link autonomous bandwidth status
    ///
    /// Bits `[11]`, `rw`.
    #[inline]
    pub const fn link_autonomous_bw_int_en(&self) -> bool {
        (self.0 >> 11) & 1 != 0
    }

    /// Set `link_autonomous_bw_int_en` (bits `[11]`).
    #[inline]
    pub const fn set_link_autonomous_bw_int_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 11)) | (((v) as u16 & 1) << 11);
    }

    /// This value with `link_autonomous_bw_int_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_link_autonomous_bw_int_en(mut self, v: bool) -> Self {
        self.set_link_autonomous_bw_int_en(v);
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

impl core::fmt::Debug for Lnkctl {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Lnkctl")
            .field("aspm_control", &self.aspm_control())
            .field("read_completion_boundary", &self.read_completion_boundary())
            .field("link_disable", &self.link_disable())
            .field("retrain_link", &self.retrain_link())
            .field("common_clock_config", &self.common_clock_config())
            .field("extended_synch", &self.extended_synch())
            .field("clock_pm_en", &self.clock_pm_en())
            .field("hw_autonomous_width_disable", &self.hw_autonomous_width_disable())
            .field("link_bw_mgmt_int_en", &self.link_bw_mgmt_int_en())
            .field("link_autonomous_bw_int_en", &self.link_autonomous_bw_int_en())
            .finish()
    }
}

impl RegValue for Lnkctl {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Link Status.
///
/// `lnksta_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Lnksta(pub u16);

impl Lnksta {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x52;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0x400);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// current link speed
    ///
    /// Bits `[3:0]`, `ro`.
    #[inline]
    pub const fn current_link_speed(&self) -> LinkSpeed {
        LinkSpeed((self.0 & 0xf) as u8)
    }

    /// Set `current_link_speed` (bits `[3:0]`).
    #[inline]
    pub const fn set_current_link_speed(&mut self, v: LinkSpeed) {
        debug_assert!((v.0 as u64) >> 4 == 0, "value does not fit field `current_link_speed`");
        self.0 = (self.0 & !0xf) | ((v.0) as u16 & 0xf);
    }

    /// This value with `current_link_speed` replaced.
    #[inline]
    #[must_use]
    pub const fn with_current_link_speed(mut self, v: LinkSpeed) -> Self {
        self.set_current_link_speed(v);
        self
    }

    /// negotiated link width
    ///
    /// Bits `[9:4]`, `ro`.
    #[inline]
    pub const fn negotiated_link_width(&self) -> u8 {
        ((self.0 >> 4) & 0x3f) as u8
    }

    /// Set `negotiated_link_width` (bits `[9:4]`).
    #[inline]
    pub const fn set_negotiated_link_width(&mut self, v: u8) {
        debug_assert!((v as u64) >> 6 == 0, "value does not fit field `negotiated_link_width`");
        self.0 = (self.0 & !(0x3f << 4)) | (((v) as u16 & 0x3f) << 4);
    }

    /// This value with `negotiated_link_width` replaced.
    #[inline]
    #[must_use]
    pub const fn with_negotiated_link_width(mut self, v: u8) -> Self {
        self.set_negotiated_link_width(v);
        self
    }

    /// link training in progress
    ///
    /// Bits `[11]`, `ro`.
    #[inline]
    pub const fn link_training(&self) -> bool {
        (self.0 >> 11) & 1 != 0
    }

    /// Set `link_training` (bits `[11]`).
    #[inline]
    pub const fn set_link_training(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 11)) | (((v) as u16 & 1) << 11);
    }

    /// This value with `link_training` replaced.
    #[inline]
    #[must_use]
    pub const fn with_link_training(mut self, v: bool) -> Self {
        self.set_link_training(v);
        self
    }

    /// the link uses the platform reference clock (no)
    ///
    /// Bits `[12]`, `hwinit`.
    #[inline]
    pub const fn slot_clock_config(&self) -> bool {
        (self.0 >> 12) & 1 != 0
    }

    /// Set `slot_clock_config` (bits `[12]`).
    #[inline]
    pub const fn set_slot_clock_config(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 12)) | (((v) as u16 & 1) << 12);
    }

    /// This value with `slot_clock_config` replaced.
    #[inline]
    #[must_use]
    pub const fn with_slot_clock_config(mut self, v: bool) -> Self {
        self.set_slot_clock_config(v);
        self
    }

    /// the Data Link Layer is DL_Active
    ///
    /// Bits `[13]`, `ro`.
    #[inline]
    pub const fn dll_link_active(&self) -> bool {
        (self.0 >> 13) & 1 != 0
    }

    /// Set `dll_link_active` (bits `[13]`).
    #[inline]
    pub const fn set_dll_link_active(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 13)) | (((v) as u16 & 1) << 13);
    }

    /// This value with `dll_link_active` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dll_link_active(mut self, v: bool) -> Self {
        self.set_dll_link_active(v);
        self
    }

    /// link retrained by software or speed/width changed for reliability
    ///
    /// Bits `[14]`, `rw1c`.
    #[inline]
    pub const fn link_bw_mgmt_status(&self) -> bool {
        (self.0 >> 14) & 1 != 0
    }

    /// Set `link_bw_mgmt_status` (bits `[14]`).
    #[inline]
    pub const fn set_link_bw_mgmt_status(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 14)) | (((v) as u16 & 1) << 14);
    }

    /// This value with `link_bw_mgmt_status` replaced.
    #[inline]
    #[must_use]
    pub const fn with_link_bw_mgmt_status(mut self, v: bool) -> Self {
        self.set_link_bw_mgmt_status(v);
        self
    }

    /// hardware changed speed or width autonomously
    ///
    /// Bits `[15]`, `rw1c`.
    #[inline]
    pub const fn link_autonomous_bw_status(&self) -> bool {
        (self.0 >> 15) & 1 != 0
    }

    /// Set `link_autonomous_bw_status` (bits `[15]`).
    #[inline]
    pub const fn set_link_autonomous_bw_status(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 15)) | (((v) as u16 & 1) << 15);
    }

    /// This value with `link_autonomous_bw_status` replaced.
    #[inline]
    #[must_use]
    pub const fn with_link_autonomous_bw_status(mut self, v: bool) -> Self {
        self.set_link_autonomous_bw_status(v);
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

impl core::fmt::Debug for Lnksta {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Lnksta")
            .field("current_link_speed", &self.current_link_speed())
            .field("negotiated_link_width", &self.negotiated_link_width())
            .field("link_training", &self.link_training())
            .field("slot_clock_config", &self.slot_clock_config())
            .field("dll_link_active", &self.dll_link_active())
            .field("link_bw_mgmt_status", &self.link_bw_mgmt_status())
            .field("link_autonomous_bw_status", &self.link_autonomous_bw_status())
            .finish()
    }
}

impl RegValue for Lnksta {
    const BYTES: usize = 2;
    const W1C_MASK: u64 = 0xc000;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Slot Capabilities.
/// No slot is implemented: every field is zero.
///
/// `slotcap_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Slotcap(pub u32);

impl Slotcap {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x54;
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

    /// attention button present
    ///
    /// Bits `[0]`, `hwinit`.
    #[inline]
    pub const fn attention_button_present(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `attention_button_present` (bits `[0]`).
    #[inline]
    pub const fn set_attention_button_present(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u32 & 1);
    }

    /// This value with `attention_button_present` replaced.
    #[inline]
    #[must_use]
    pub const fn with_attention_button_present(mut self, v: bool) -> Self {
        self.set_attention_button_present(v);
        self
    }

    /// power controller present
    ///
    /// Bits `[1]`, `hwinit`.
    #[inline]
    pub const fn power_controller_present(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `power_controller_present` (bits `[1]`).
    #[inline]
    pub const fn set_power_controller_present(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u32 & 1) << 1);
    }

    /// This value with `power_controller_present` replaced.
    #[inline]
    #[must_use]
    pub const fn with_power_controller_present(mut self, v: bool) -> Self {
        self.set_power_controller_present(v);
        self
    }

    /// MRL sensor present
    ///
    /// Bits `[2]`, `hwinit`.
    #[inline]
    pub const fn mrl_sensor_present(&self) -> bool {
        (self.0 >> 2) & 1 != 0
    }

    /// Set `mrl_sensor_present` (bits `[2]`).
    #[inline]
    pub const fn set_mrl_sensor_present(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 2)) | (((v) as u32 & 1) << 2);
    }

    /// This value with `mrl_sensor_present` replaced.
    #[inline]
    #[must_use]
    pub const fn with_mrl_sensor_present(mut self, v: bool) -> Self {
        self.set_mrl_sensor_present(v);
        self
    }

    /// attention indicator present
    ///
    /// Bits `[3]`, `hwinit`.
    #[inline]
    pub const fn attention_indicator_present(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `attention_indicator_present` (bits `[3]`).
    #[inline]
    pub const fn set_attention_indicator_present(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u32 & 1) << 3);
    }

    /// This value with `attention_indicator_present` replaced.
    #[inline]
    #[must_use]
    pub const fn with_attention_indicator_present(mut self, v: bool) -> Self {
        self.set_attention_indicator_present(v);
        self
    }

    /// power indicator present
    ///
    /// Bits `[4]`, `hwinit`.
    #[inline]
    pub const fn power_indicator_present(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `power_indicator_present` (bits `[4]`).
    #[inline]
    pub const fn set_power_indicator_present(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u32 & 1) << 4);
    }

    /// This value with `power_indicator_present` replaced.
    #[inline]
    #[must_use]
    pub const fn with_power_indicator_present(mut self, v: bool) -> Self {
        self.set_power_indicator_present(v);
        self
    }

    /// hot-plug surprise
    ///
    /// Bits `[5]`, `hwinit`.
    #[inline]
    pub const fn hot_plug_surprise(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `hot_plug_surprise` (bits `[5]`).
    #[inline]
    pub const fn set_hot_plug_surprise(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u32 & 1) << 5);
    }

    /// This value with `hot_plug_surprise` replaced.
    #[inline]
    #[must_use]
    pub const fn with_hot_plug_surprise(mut self, v: bool) -> Self {
        self.set_hot_plug_surprise(v);
        self
    }

    /// hot-plug capable
    ///
    /// Bits `[6]`, `hwinit`.
    #[inline]
    pub const fn hot_plug_capable(&self) -> bool {
        (self.0 >> 6) & 1 != 0
    }

    /// Set `hot_plug_capable` (bits `[6]`).
    #[inline]
    pub const fn set_hot_plug_capable(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 6)) | (((v) as u32 & 1) << 6);
    }

    /// This value with `hot_plug_capable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_hot_plug_capable(mut self, v: bool) -> Self {
        self.set_hot_plug_capable(v);
        self
    }

    /// slot power limit value
    ///
    /// Bits `[14:7]`, `hwinit`.
    #[inline]
    pub const fn slot_power_limit_value(&self) -> u8 {
        ((self.0 >> 7) & 0xff) as u8
    }

    /// Set `slot_power_limit_value` (bits `[14:7]`).
    #[inline]
    pub const fn set_slot_power_limit_value(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `slot_power_limit_value`");
        self.0 = (self.0 & !(0xff << 7)) | (((v) as u32 & 0xff) << 7);
    }

    /// This value with `slot_power_limit_value` replaced.
    #[inline]
    #[must_use]
    pub const fn with_slot_power_limit_value(mut self, v: u8) -> Self {
        self.set_slot_power_limit_value(v);
        self
    }

    /// slot power limit scale
    ///
    /// Bits `[16:15]`, `hwinit`.
    #[inline]
    pub const fn slot_power_limit_scale(&self) -> u8 {
        ((self.0 >> 15) & 3) as u8
    }

    /// Set `slot_power_limit_scale` (bits `[16:15]`).
    #[inline]
    pub const fn set_slot_power_limit_scale(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `slot_power_limit_scale`");
        self.0 = (self.0 & !(3 << 15)) | (((v) as u32 & 3) << 15);
    }

    /// This value with `slot_power_limit_scale` replaced.
    #[inline]
    #[must_use]
    pub const fn with_slot_power_limit_scale(mut self, v: u8) -> Self {
        self.set_slot_power_limit_scale(v);
        self
    }

    /// electromechanical interlock present
    ///
    /// Bits `[17]`, `hwinit`.
    #[inline]
    pub const fn electromech_interlock_present(&self) -> bool {
        (self.0 >> 17) & 1 != 0
    }

    /// Set `electromech_interlock_present` (bits `[17]`).
    #[inline]
    pub const fn set_electromech_interlock_present(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 17)) | (((v) as u32 & 1) << 17);
    }

    /// This value with `electromech_interlock_present` replaced.
    #[inline]
    #[must_use]
    pub const fn with_electromech_interlock_present(mut self, v: bool) -> Self {
        self.set_electromech_interlock_present(v);
        self
    }

    /// no command completed support
    ///
    /// Bits `[18]`, `hwinit`.
    #[inline]
    pub const fn no_cmd_completed_support(&self) -> bool {
        (self.0 >> 18) & 1 != 0
    }

    /// Set `no_cmd_completed_support` (bits `[18]`).
    #[inline]
    pub const fn set_no_cmd_completed_support(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 18)) | (((v) as u32 & 1) << 18);
    }

    /// This value with `no_cmd_completed_support` replaced.
    #[inline]
    #[must_use]
    pub const fn with_no_cmd_completed_support(mut self, v: bool) -> Self {
        self.set_no_cmd_completed_support(v);
        self
    }

    /// physical slot number
    ///
    /// Bits `[31:19]`, `hwinit`.
    #[inline]
    pub const fn physical_slot_number(&self) -> u16 {
        ((self.0 >> 19) & 0x1fff) as u16
    }

    /// Set `physical_slot_number` (bits `[31:19]`).
    #[inline]
    pub const fn set_physical_slot_number(&mut self, v: u16) {
        debug_assert!((v as u64) >> 13 == 0, "value does not fit field `physical_slot_number`");
        self.0 = (self.0 & !(0x1fff << 19)) | (((v) as u32 & 0x1fff) << 19);
    }

    /// This value with `physical_slot_number` replaced.
    #[inline]
    #[must_use]
    pub const fn with_physical_slot_number(mut self, v: u16) -> Self {
        self.set_physical_slot_number(v);
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

impl core::fmt::Debug for Slotcap {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Slotcap")
            .field("attention_button_present", &self.attention_button_present())
            .field("power_controller_present", &self.power_controller_present())
            .field("mrl_sensor_present", &self.mrl_sensor_present())
            .field("attention_indicator_present", &self.attention_indicator_present())
            .field("power_indicator_present", &self.power_indicator_present())
            .field("hot_plug_surprise", &self.hot_plug_surprise())
            .field("hot_plug_capable", &self.hot_plug_capable())
            .field("slot_power_limit_value", &self.slot_power_limit_value())
            .field("slot_power_limit_scale", &self.slot_power_limit_scale())
            .field("electromech_interlock_present", &self.electromech_interlock_present())
            .field("no_cmd_completed_support", &self.no_cmd_completed_support())
            .field("physical_slot_number", &self.physical_slot_number())
            .finish()
    }
}

impl RegValue for Slotcap {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Slot Control.
/// No slot is implemented: every field is zero.
///
/// `slotctl_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Slotctl(pub u16);

impl Slotctl {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x58;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0x8000);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// attention button pressed enable
    ///
    /// Bits `[0]`, `hwinit`.
    #[inline]
    pub const fn attention_button_pressed_en(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `attention_button_pressed_en` (bits `[0]`).
    #[inline]
    pub const fn set_attention_button_pressed_en(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u16 & 1);
    }

    /// This value with `attention_button_pressed_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_attention_button_pressed_en(mut self, v: bool) -> Self {
        self.set_attention_button_pressed_en(v);
        self
    }

    /// power fault detected enable
    ///
    /// Bits `[1]`, `hwinit`.
    #[inline]
    pub const fn power_fault_detected_en(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `power_fault_detected_en` (bits `[1]`).
    #[inline]
    pub const fn set_power_fault_detected_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u16 & 1) << 1);
    }

    /// This value with `power_fault_detected_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_power_fault_detected_en(mut self, v: bool) -> Self {
        self.set_power_fault_detected_en(v);
        self
    }

    /// MRL sensor changed enable
    ///
    /// Bits `[2]`, `hwinit`.
    #[inline]
    pub const fn mrl_sensor_changed_en(&self) -> bool {
        (self.0 >> 2) & 1 != 0
    }

    /// Set `mrl_sensor_changed_en` (bits `[2]`).
    #[inline]
    pub const fn set_mrl_sensor_changed_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 2)) | (((v) as u16 & 1) << 2);
    }

    /// This value with `mrl_sensor_changed_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_mrl_sensor_changed_en(mut self, v: bool) -> Self {
        self.set_mrl_sensor_changed_en(v);
        self
    }

    /// presence detect changed enable
    ///
    /// Bits `[3]`, `hwinit`.
    #[inline]
    pub const fn presence_detect_changed_en(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `presence_detect_changed_en` (bits `[3]`).
    #[inline]
    pub const fn set_presence_detect_changed_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u16 & 1) << 3);
    }

    /// This value with `presence_detect_changed_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_presence_detect_changed_en(mut self, v: bool) -> Self {
        self.set_presence_detect_changed_en(v);
        self
    }

    /// command completed interrupt enable
    ///
    /// Bits `[4]`, `hwinit`.
    #[inline]
    pub const fn cmd_completed_int_en(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `cmd_completed_int_en` (bits `[4]`).
    #[inline]
    pub const fn set_cmd_completed_int_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u16 & 1) << 4);
    }

    /// This value with `cmd_completed_int_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cmd_completed_int_en(mut self, v: bool) -> Self {
        self.set_cmd_completed_int_en(v);
        self
    }

    /// hot-plug interrupt enable
    ///
    /// Bits `[5]`, `hwinit`.
    #[inline]
    pub const fn hot_plug_int_en(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `hot_plug_int_en` (bits `[5]`).
    #[inline]
    pub const fn set_hot_plug_int_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u16 & 1) << 5);
    }

    /// This value with `hot_plug_int_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_hot_plug_int_en(mut self, v: bool) -> Self {
        self.set_hot_plug_int_en(v);
        self
    }

    /// attention indicator control
    ///
    /// Bits `[7:6]`, `hwinit`.
    #[inline]
    pub const fn attention_indicator_ctrl(&self) -> u8 {
        ((self.0 >> 6) & 3) as u8
    }

    /// Set `attention_indicator_ctrl` (bits `[7:6]`).
    #[inline]
    pub const fn set_attention_indicator_ctrl(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `attention_indicator_ctrl`");
        self.0 = (self.0 & !(3 << 6)) | (((v) as u16 & 3) << 6);
    }

    /// This value with `attention_indicator_ctrl` replaced.
    #[inline]
    #[must_use]
    pub const fn with_attention_indicator_ctrl(mut self, v: u8) -> Self {
        self.set_attention_indicator_ctrl(v);
        self
    }

    /// power indicator control
    ///
    /// Bits `[9:8]`, `hwinit`.
    #[inline]
    pub const fn power_indicator_ctrl(&self) -> u8 {
        ((self.0 >> 8) & 3) as u8
    }

    /// Set `power_indicator_ctrl` (bits `[9:8]`).
    #[inline]
    pub const fn set_power_indicator_ctrl(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `power_indicator_ctrl`");
        self.0 = (self.0 & !(3 << 8)) | (((v) as u16 & 3) << 8);
    }

    /// This value with `power_indicator_ctrl` replaced.
    #[inline]
    #[must_use]
    pub const fn with_power_indicator_ctrl(mut self, v: u8) -> Self {
        self.set_power_indicator_ctrl(v);
        self
    }

    /// power controller control
    ///
    /// Bits `[10]`, `hwinit`.
    #[inline]
    pub const fn power_controller_ctrl(&self) -> bool {
        (self.0 >> 10) & 1 != 0
    }

    /// Set `power_controller_ctrl` (bits `[10]`).
    #[inline]
    pub const fn set_power_controller_ctrl(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 10)) | (((v) as u16 & 1) << 10);
    }

    /// This value with `power_controller_ctrl` replaced.
    #[inline]
    #[must_use]
    pub const fn with_power_controller_ctrl(mut self, v: bool) -> Self {
        self.set_power_controller_ctrl(v);
        self
    }

    /// electromechanical interlock control
    ///
    /// Bits `[11]`, `hwinit`.
    #[inline]
    pub const fn electromech_interlock_ctrl(&self) -> bool {
        (self.0 >> 11) & 1 != 0
    }

    /// Set `electromech_interlock_ctrl` (bits `[11]`).
    #[inline]
    pub const fn set_electromech_interlock_ctrl(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 11)) | (((v) as u16 & 1) << 11);
    }

    /// This value with `electromech_interlock_ctrl` replaced.
    #[inline]
    #[must_use]
    pub const fn with_electromech_interlock_ctrl(mut self, v: bool) -> Self {
        self.set_electromech_interlock_ctrl(v);
        self
    }

    /// Data Link Layer state changed enable
    ///
    /// Bits `[12]`, `hwinit`.
    #[inline]
    pub const fn dll_state_changed_en(&self) -> bool {
        (self.0 >> 12) & 1 != 0
    }

    /// Set `dll_state_changed_en` (bits `[12]`).
    #[inline]
    pub const fn set_dll_state_changed_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 12)) | (((v) as u16 & 1) << 12);
    }

    /// This value with `dll_state_changed_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dll_state_changed_en(mut self, v: bool) -> Self {
        self.set_dll_state_changed_en(v);
        self
    }

    /// auto slot power limit disable
    ///
    /// Bits `[13]`, `hwinit`.
    #[inline]
    pub const fn auto_slot_power_limit_disable(&self) -> bool {
        (self.0 >> 13) & 1 != 0
    }

    /// Set `auto_slot_power_limit_disable` (bits `[13]`).
    #[inline]
    pub const fn set_auto_slot_power_limit_disable(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 13)) | (((v) as u16 & 1) << 13);
    }

    /// This value with `auto_slot_power_limit_disable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_auto_slot_power_limit_disable(mut self, v: bool) -> Self {
        self.set_auto_slot_power_limit_disable(v);
        self
    }

    /// in-band presence detect disable (not supported)
    ///
    /// Bits `[14]`, `hwinit`.
    #[inline]
    pub const fn inband_pd_disable(&self) -> bool {
        (self.0 >> 14) & 1 != 0
    }

    /// Set `inband_pd_disable` (bits `[14]`).
    #[inline]
    pub const fn set_inband_pd_disable(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 14)) | (((v) as u16 & 1) << 14);
    }

    /// This value with `inband_pd_disable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_inband_pd_disable(mut self, v: bool) -> Self {
        self.set_inband_pd_disable(v);
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

impl core::fmt::Debug for Slotctl {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Slotctl")
            .field("attention_button_pressed_en", &self.attention_button_pressed_en())
            .field("power_fault_detected_en", &self.power_fault_detected_en())
            .field("mrl_sensor_changed_en", &self.mrl_sensor_changed_en())
            .field("presence_detect_changed_en", &self.presence_detect_changed_en())
            .field("cmd_completed_int_en", &self.cmd_completed_int_en())
            .field("hot_plug_int_en", &self.hot_plug_int_en())
            .field("attention_indicator_ctrl", &self.attention_indicator_ctrl())
            .field("power_indicator_ctrl", &self.power_indicator_ctrl())
            .field("power_controller_ctrl", &self.power_controller_ctrl())
            .field("electromech_interlock_ctrl", &self.electromech_interlock_ctrl())
            .field("dll_state_changed_en", &self.dll_state_changed_en())
            .field("auto_slot_power_limit_disable", &self.auto_slot_power_limit_disable())
            .field("inband_pd_disable", &self.inband_pd_disable())
            .finish()
    }
}

impl RegValue for Slotctl {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Slot Status.
/// No slot is implemented; Presence Detect State is hardwired to 1 as the spec requires then.
///
/// `slotsta_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Slotsta(pub u16);

impl Slotsta {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x5a;
    /// Value after reset.
    pub const RESET: Self = Self(0x40);
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

    /// attention button pressed
    ///
    /// Bits `[0]`, `hwinit`.
    #[inline]
    pub const fn attention_button_pressed(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `attention_button_pressed` (bits `[0]`).
    #[inline]
    pub const fn set_attention_button_pressed(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u16 & 1);
    }

    /// This value with `attention_button_pressed` replaced.
    #[inline]
    #[must_use]
    pub const fn with_attention_button_pressed(mut self, v: bool) -> Self {
        self.set_attention_button_pressed(v);
        self
    }

    /// power fault detected
    ///
    /// Bits `[1]`, `hwinit`.
    #[inline]
    pub const fn power_fault_detected(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `power_fault_detected` (bits `[1]`).
    #[inline]
    pub const fn set_power_fault_detected(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u16 & 1) << 1);
    }

    /// This value with `power_fault_detected` replaced.
    #[inline]
    #[must_use]
    pub const fn with_power_fault_detected(mut self, v: bool) -> Self {
        self.set_power_fault_detected(v);
        self
    }

    /// MRL sensor changed
    ///
    /// Bits `[2]`, `hwinit`.
    #[inline]
    pub const fn mrl_sensor_changed(&self) -> bool {
        (self.0 >> 2) & 1 != 0
    }

    /// Set `mrl_sensor_changed` (bits `[2]`).
    #[inline]
    pub const fn set_mrl_sensor_changed(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 2)) | (((v) as u16 & 1) << 2);
    }

    /// This value with `mrl_sensor_changed` replaced.
    #[inline]
    #[must_use]
    pub const fn with_mrl_sensor_changed(mut self, v: bool) -> Self {
        self.set_mrl_sensor_changed(v);
        self
    }

    /// presence detect changed
    ///
    /// Bits `[3]`, `hwinit`.
    #[inline]
    pub const fn presence_detect_changed(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `presence_detect_changed` (bits `[3]`).
    #[inline]
    pub const fn set_presence_detect_changed(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u16 & 1) << 3);
    }

    /// This value with `presence_detect_changed` replaced.
    #[inline]
    #[must_use]
    pub const fn with_presence_detect_changed(mut self, v: bool) -> Self {
        self.set_presence_detect_changed(v);
        self
    }

    /// hot-plug command completed
    ///
    /// Bits `[4]`, `hwinit`.
    #[inline]
    pub const fn cmd_completed(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `cmd_completed` (bits `[4]`).
    #[inline]
    pub const fn set_cmd_completed(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u16 & 1) << 4);
    }

    /// This value with `cmd_completed` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cmd_completed(mut self, v: bool) -> Self {
        self.set_cmd_completed(v);
        self
    }

    /// MRL open
    ///
    /// Bits `[5]`, `hwinit`.
    #[inline]
    pub const fn mrl_sensor_state(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `mrl_sensor_state` (bits `[5]`).
    #[inline]
    pub const fn set_mrl_sensor_state(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u16 & 1) << 5);
    }

    /// This value with `mrl_sensor_state` replaced.
    #[inline]
    #[must_use]
    pub const fn with_mrl_sensor_state(mut self, v: bool) -> Self {
        self.set_mrl_sensor_state(v);
        self
    }

    /// adapter present (1, no slot)
    ///
    /// Bits `[6]`, `hwinit`.
    #[inline]
    pub const fn presence_detect_state(&self) -> bool {
        (self.0 >> 6) & 1 != 0
    }

    /// Set `presence_detect_state` (bits `[6]`).
    #[inline]
    pub const fn set_presence_detect_state(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 6)) | (((v) as u16 & 1) << 6);
    }

    /// This value with `presence_detect_state` replaced.
    #[inline]
    #[must_use]
    pub const fn with_presence_detect_state(mut self, v: bool) -> Self {
        self.set_presence_detect_state(v);
        self
    }

    /// electromechanical interlock engaged
    ///
    /// Bits `[7]`, `hwinit`.
    #[inline]
    pub const fn electromech_interlock_status(&self) -> bool {
        (self.0 >> 7) & 1 != 0
    }

    /// Set `electromech_interlock_status` (bits `[7]`).
    #[inline]
    pub const fn set_electromech_interlock_status(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 7)) | (((v) as u16 & 1) << 7);
    }

    /// This value with `electromech_interlock_status` replaced.
    #[inline]
    #[must_use]
    pub const fn with_electromech_interlock_status(mut self, v: bool) -> Self {
        self.set_electromech_interlock_status(v);
        self
    }

    /// Data Link Layer state changed
    ///
    /// Bits `[8]`, `hwinit`.
    #[inline]
    pub const fn dll_state_changed(&self) -> bool {
        (self.0 >> 8) & 1 != 0
    }

    /// Set `dll_state_changed` (bits `[8]`).
    #[inline]
    pub const fn set_dll_state_changed(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 8)) | (((v) as u16 & 1) << 8);
    }

    /// This value with `dll_state_changed` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dll_state_changed(mut self, v: bool) -> Self {
        self.set_dll_state_changed(v);
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

impl core::fmt::Debug for Slotsta {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Slotsta")
            .field("attention_button_pressed", &self.attention_button_pressed())
            .field("power_fault_detected", &self.power_fault_detected())
            .field("mrl_sensor_changed", &self.mrl_sensor_changed())
            .field("presence_detect_changed", &self.presence_detect_changed())
            .field("cmd_completed", &self.cmd_completed())
            .field("mrl_sensor_state", &self.mrl_sensor_state())
            .field("presence_detect_state", &self.presence_detect_state())
            .field("electromech_interlock_status", &self.electromech_interlock_status())
            .field("dll_state_changed", &self.dll_state_changed())
            .finish()
    }
}

impl RegValue for Slotsta {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Root Control.
///
/// `rootctl_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Rootctl(pub u16);

impl Rootctl {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x5c;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xffe0);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// system error on correctable errors
    ///
    /// Bits `[0]`, `rw`.
    #[inline]
    pub const fn sys_err_on_correctable_en(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `sys_err_on_correctable_en` (bits `[0]`).
    #[inline]
    pub const fn set_sys_err_on_correctable_en(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u16 & 1);
    }

    /// This value with `sys_err_on_correctable_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_sys_err_on_correctable_en(mut self, v: bool) -> Self {
        self.set_sys_err_on_correctable_en(v);
        self
    }

    /// system error on non-fatal errors
    ///
    /// Bits `[1]`, `rw`.
    #[inline]
    pub const fn sys_err_on_non_fatal_en(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `sys_err_on_non_fatal_en` (bits `[1]`).
    #[inline]
    pub const fn set_sys_err_on_non_fatal_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u16 & 1) << 1);
    }

    /// This value with `sys_err_on_non_fatal_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_sys_err_on_non_fatal_en(mut self, v: bool) -> Self {
        self.set_sys_err_on_non_fatal_en(v);
        self
    }

    /// system error on fatal errors
    ///
    /// Bits `[2]`, `rw`.
    #[inline]
    pub const fn sys_err_on_fatal_en(&self) -> bool {
        (self.0 >> 2) & 1 != 0
    }

    /// Set `sys_err_on_fatal_en` (bits `[2]`).
    #[inline]
    pub const fn set_sys_err_on_fatal_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 2)) | (((v) as u16 & 1) << 2);
    }

    /// This value with `sys_err_on_fatal_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_sys_err_on_fatal_en(mut self, v: bool) -> Self {
        self.set_sys_err_on_fatal_en(v);
        self
    }

    /// interrupt on PME messages (Root Status PME Status)
    ///
    /// Bits `[3]`, `rw`.
    #[inline]
    pub const fn pme_int_en(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `pme_int_en` (bits `[3]`).
    #[inline]
    pub const fn set_pme_int_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u16 & 1) << 3);
    }

    /// This value with `pme_int_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pme_int_en(mut self, v: bool) -> Self {
        self.set_pme_int_en(v);
        self
    }

    /// CRS software visibility enable (a Vendor ID read that gets CRS returns 0001h)
    ///
    /// Bits `[4]`, `rw`.
    #[inline]
    pub const fn crs_sw_visibility_en(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `crs_sw_visibility_en` (bits `[4]`).
    #[inline]
    pub const fn set_crs_sw_visibility_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u16 & 1) << 4);
    }

    /// This value with `crs_sw_visibility_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_crs_sw_visibility_en(mut self, v: bool) -> Self {
        self.set_crs_sw_visibility_en(v);
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

impl core::fmt::Debug for Rootctl {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Rootctl")
            .field("sys_err_on_correctable_en", &self.sys_err_on_correctable_en())
            .field("sys_err_on_non_fatal_en", &self.sys_err_on_non_fatal_en())
            .field("sys_err_on_fatal_en", &self.sys_err_on_fatal_en())
            .field("pme_int_en", &self.pme_int_en())
            .field("crs_sw_visibility_en", &self.crs_sw_visibility_en())
            .finish()
    }
}

impl RegValue for Rootctl {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Root Capabilities.
///
/// `rootcap_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Rootcap(pub u16);

impl Rootcap {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x5e;
    /// Value after reset.
    pub const RESET: Self = Self(1);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xfffe);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// CRS software visibility supported (yes)
    ///
    /// Bits `[0]`, `hwinit`.
    #[inline]
    pub const fn crs_sw_visibility(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `crs_sw_visibility` (bits `[0]`).
    #[inline]
    pub const fn set_crs_sw_visibility(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u16 & 1);
    }

    /// This value with `crs_sw_visibility` replaced.
    #[inline]
    #[must_use]
    pub const fn with_crs_sw_visibility(mut self, v: bool) -> Self {
        self.set_crs_sw_visibility(v);
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

impl core::fmt::Debug for Rootcap {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Rootcap")
            .field("crs_sw_visibility", &self.crs_sw_visibility())
            .finish()
    }
}

impl RegValue for Rootcap {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Root Status.
///
/// `rootsta_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Rootsta(pub u32);

impl Rootsta {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x60;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xfffc_0000);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// requester ID of the last PME message
    ///
    /// Bits `[15:0]`, `ro`.
    #[inline]
    pub const fn pme_requester_id(&self) -> u16 {
        (self.0 & 0xffff) as u16
    }

    /// Set `pme_requester_id` (bits `[15:0]`).
    #[inline]
    pub const fn set_pme_requester_id(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `pme_requester_id`");
        self.0 = (self.0 & !0xffff) | ((v) as u32 & 0xffff);
    }

    /// This value with `pme_requester_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pme_requester_id(mut self, v: u16) -> Self {
        self.set_pme_requester_id(v);
        self
    }

    /// a PME message was received
    ///
    /// Bits `[16]`, `rw1c`.
    #[inline]
    pub const fn pme_status(&self) -> bool {
        (self.0 >> 16) & 1 != 0
    }

    /// Set `pme_status` (bits `[16]`).
    #[inline]
    pub const fn set_pme_status(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 16)) | (((v) as u32 & 1) << 16);
    }

    /// This value with `pme_status` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pme_status(mut self, v: bool) -> Self {
        self.set_pme_status(v);
        self
    }

    /// another PME is waiting behind the one reported
    ///
    /// Bits `[17]`, `ro`.
    #[inline]
    pub const fn pme_pending(&self) -> bool {
        (self.0 >> 17) & 1 != 0
    }

    /// Set `pme_pending` (bits `[17]`).
    #[inline]
    pub const fn set_pme_pending(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 17)) | (((v) as u32 & 1) << 17);
    }

    /// This value with `pme_pending` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pme_pending(mut self, v: bool) -> Self {
        self.set_pme_pending(v);
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

impl core::fmt::Debug for Rootsta {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Rootsta")
            .field("pme_requester_id", &self.pme_requester_id())
            .field("pme_status", &self.pme_status())
            .field("pme_pending", &self.pme_pending())
            .finish()
    }
}

impl RegValue for Rootsta {
    const BYTES: usize = 4;
    const W1C_MASK: u64 = 0x1_0000;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Device Capabilities 2.
/// Held by the core: End-End TLP Prefix Supported and Max End-End TLP Prefixes come from the
/// root port's build parameters (rp_cfg EE_PREFIX_SUPPORTED, MAX_EE_PREFIXES); the reset value
/// below is the default build (supported, one prefix per TLP) and what software sees with it.
///
/// `devcap2_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Devcap2(pub u32);

impl Devcap2 {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x64;
    /// Value after reset.
    pub const RESET: Self = Self(0x70_0010);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0x7800_0000);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// programmable completion timeout ranges (none)
    ///
    /// Bits `[3:0]`, `hwinit`.
    #[inline]
    pub const fn completion_timeout_ranges(&self) -> u8 {
        (self.0 & 0xf) as u8
    }

    /// Set `completion_timeout_ranges` (bits `[3:0]`).
    #[inline]
    pub const fn set_completion_timeout_ranges(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `completion_timeout_ranges`");
        self.0 = (self.0 & !0xf) | ((v) as u32 & 0xf);
    }

    /// This value with `completion_timeout_ranges` replaced.
    #[inline]
    #[must_use]
    pub const fn with_completion_timeout_ranges(mut self, v: u8) -> Self {
        self.set_completion_timeout_ranges(v);
        self
    }

    /// completion timeout disable (yes)
    ///
    /// Bits `[4]`, `hwinit`.
    #[inline]
    pub const fn completion_timeout_disable_supported(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `completion_timeout_disable_supported` (bits `[4]`).
    #[inline]
    pub const fn set_completion_timeout_disable_supported(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u32 & 1) << 4);
    }

    /// This value with `completion_timeout_disable_supported` replaced.
    #[inline]
    #[must_use]
    pub const fn with_completion_timeout_disable_supported(mut self, v: bool) -> Self {
        self.set_completion_timeout_disable_supported(v);
        self
    }

    /// ARI forwarding (no)
    ///
    /// Bits `[5]`, `hwinit`.
    #[inline]
    pub const fn ari_forwarding_supported(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `ari_forwarding_supported` (bits `[5]`).
    #[inline]
    pub const fn set_ari_forwarding_supported(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u32 & 1) << 5);
    }

    /// This value with `ari_forwarding_supported` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ari_forwarding_supported(mut self, v: bool) -> Self {
        self.set_ari_forwarding_supported(v);
        self
    }

    /// AtomicOp routing (no)
    ///
    /// Bits `[6]`, `hwinit`.
    #[inline]
    pub const fn atomic_op_routing(&self) -> bool {
        (self.0 >> 6) & 1 != 0
    }

    /// Set `atomic_op_routing` (bits `[6]`).
    #[inline]
    pub const fn set_atomic_op_routing(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 6)) | (((v) as u32 & 1) << 6);
    }

    /// This value with `atomic_op_routing` replaced.
    #[inline]
    #[must_use]
    pub const fn with_atomic_op_routing(mut self, v: bool) -> Self {
        self.set_atomic_op_routing(v);
        self
    }

    /// 32-bit AtomicOp completer (no)
    ///
    /// Bits `[7]`, `hwinit`.
    #[inline]
    pub const fn atomic_op32_completer(&self) -> bool {
        (self.0 >> 7) & 1 != 0
    }

    /// Set `atomic_op32_completer` (bits `[7]`).
    #[inline]
    pub const fn set_atomic_op32_completer(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 7)) | (((v) as u32 & 1) << 7);
    }

    /// This value with `atomic_op32_completer` replaced.
    #[inline]
    #[must_use]
    pub const fn with_atomic_op32_completer(mut self, v: bool) -> Self {
        self.set_atomic_op32_completer(v);
        self
    }

    /// 64-bit AtomicOp completer (no)
    ///
    /// Bits `[8]`, `hwinit`.
    #[inline]
    pub const fn atomic_op64_completer(&self) -> bool {
        (self.0 >> 8) & 1 != 0
    }

    /// Set `atomic_op64_completer` (bits `[8]`).
    #[inline]
    pub const fn set_atomic_op64_completer(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 8)) | (((v) as u32 & 1) << 8);
    }

    /// This value with `atomic_op64_completer` replaced.
    #[inline]
    #[must_use]
    pub const fn with_atomic_op64_completer(mut self, v: bool) -> Self {
        self.set_atomic_op64_completer(v);
        self
    }

    /// 128-bit CAS completer (no)
    ///
    /// Bits `[9]`, `hwinit`.
    #[inline]
    pub const fn cas128_completer(&self) -> bool {
        (self.0 >> 9) & 1 != 0
    }

    /// Set `cas128_completer` (bits `[9]`).
    #[inline]
    pub const fn set_cas128_completer(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 9)) | (((v) as u32 & 1) << 9);
    }

    /// This value with `cas128_completer` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cas128_completer(mut self, v: bool) -> Self {
        self.set_cas128_completer(v);
        self
    }

    /// no relaxed-ordering PR-PR passing (no)
    ///
    /// Bits `[10]`, `hwinit`.
    #[inline]
    pub const fn no_ro_pr_pr_passing(&self) -> bool {
        (self.0 >> 10) & 1 != 0
    }

    /// Set `no_ro_pr_pr_passing` (bits `[10]`).
    #[inline]
    pub const fn set_no_ro_pr_pr_passing(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 10)) | (((v) as u32 & 1) << 10);
    }

    /// This value with `no_ro_pr_pr_passing` replaced.
    #[inline]
    #[must_use]
    pub const fn with_no_ro_pr_pr_passing(mut self, v: bool) -> Self {
        self.set_no_ro_pr_pr_passing(v);
        self
    }

    /// latency tolerance reporting (no)
    ///
    /// Bits `[11]`, `hwinit`.
    #[inline]
    pub const fn ltr_supported(&self) -> bool {
        (self.0 >> 11) & 1 != 0
    }

    /// Set `ltr_supported` (bits `[11]`).
    #[inline]
    pub const fn set_ltr_supported(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 11)) | (((v) as u32 & 1) << 11);
    }

    /// This value with `ltr_supported` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ltr_supported(mut self, v: bool) -> Self {
        self.set_ltr_supported(v);
        self
    }

    /// TLP processing hints completer (no)
    ///
    /// Bits `[13:12]`, `hwinit`.
    #[inline]
    pub const fn tph_completer_supported(&self) -> u8 {
        ((self.0 >> 12) & 3) as u8
    }

    /// Set `tph_completer_supported` (bits `[13:12]`).
    #[inline]
    pub const fn set_tph_completer_supported(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `tph_completer_supported`");
        self.0 = (self.0 & !(3 << 12)) | (((v) as u32 & 3) << 12);
    }

    /// This value with `tph_completer_supported` replaced.
    #[inline]
    #[must_use]
    pub const fn with_tph_completer_supported(mut self, v: u8) -> Self {
        self.set_tph_completer_supported(v);
        self
    }

    /// LN system cache line size (no)
    ///
    /// Bits `[15:14]`, `hwinit`.
    #[inline]
    pub const fn ln_system_cls(&self) -> u8 {
        ((self.0 >> 14) & 3) as u8
    }

    /// Set `ln_system_cls` (bits `[15:14]`).
    #[inline]
    pub const fn set_ln_system_cls(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `ln_system_cls`");
        self.0 = (self.0 & !(3 << 14)) | (((v) as u32 & 3) << 14);
    }

    /// This value with `ln_system_cls` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ln_system_cls(mut self, v: u8) -> Self {
        self.set_ln_system_cls(v);
        self
    }

    /// 10-bit tag completer (no)
    ///
    /// Bits `[16]`, `hwinit`.
    #[inline]
    pub const fn tag10_completer_supported(&self) -> bool {
        (self.0 >> 16) & 1 != 0
    }

    /// Set `tag10_completer_supported` (bits `[16]`).
    #[inline]
    pub const fn set_tag10_completer_supported(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 16)) | (((v) as u32 & 1) << 16);
    }

    /// This value with `tag10_completer_supported` replaced.
    #[inline]
    #[must_use]
    pub const fn with_tag10_completer_supported(mut self, v: bool) -> Self {
        self.set_tag10_completer_supported(v);
        self
    }

    /// 10-bit tag requester (no)
    ///
    /// Bits `[17]`, `hwinit`.
    #[inline]
    pub const fn tag10_requester_supported(&self) -> bool {
        (self.0 >> 17) & 1 != 0
    }

    /// Set `tag10_requester_supported` (bits `[17]`).
    #[inline]
    pub const fn set_tag10_requester_supported(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 17)) | (((v) as u32 & 1) << 17);
    }

    /// This value with `tag10_requester_supported` replaced.
    #[inline]
    #[must_use]
    pub const fn with_tag10_requester_supported(mut self, v: bool) -> Self {
        self.set_tag10_requester_supported(v);
        self
    }

    /// optimized buffer flush/fill (no)
    ///
    /// Bits `[19:18]`, `hwinit`.
    #[inline]
    pub const fn obff_supported(&self) -> u8 {
        ((self.0 >> 18) & 3) as u8
    }

    /// Set `obff_supported` (bits `[19:18]`).
    #[inline]
    pub const fn set_obff_supported(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `obff_supported`");
        self.0 = (self.0 & !(3 << 18)) | (((v) as u32 & 3) << 18);
    }

    /// This value with `obff_supported` replaced.
    #[inline]
    #[must_use]
    pub const fn with_obff_supported(mut self, v: u8) -> Self {
        self.set_obff_supported(v);
        self
    }

    /// 3-bit Fmt field supported (yes, required with prefixes)
    ///
    /// Bits `[20]`, `hwinit`.
    #[inline]
    pub const fn ext_fmt_field_supported(&self) -> bool {
        (self.0 >> 20) & 1 != 0
    }

    /// Set `ext_fmt_field_supported` (bits `[20]`).
    #[inline]
    pub const fn set_ext_fmt_field_supported(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 20)) | (((v) as u32 & 1) << 20);
    }

    /// This value with `ext_fmt_field_supported` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ext_fmt_field_supported(mut self, v: bool) -> Self {
        self.set_ext_fmt_field_supported(v);
        self
    }

    /// End-End TLP prefixes supported (build parameter, default yes)
    ///
    /// Bits `[21]`, `hwinit`.
    #[inline]
    pub const fn ee_prefix_supported(&self) -> bool {
        (self.0 >> 21) & 1 != 0
    }

    /// Set `ee_prefix_supported` (bits `[21]`).
    #[inline]
    pub const fn set_ee_prefix_supported(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 21)) | (((v) as u32 & 1) << 21);
    }

    /// This value with `ee_prefix_supported` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ee_prefix_supported(mut self, v: bool) -> Self {
        self.set_ee_prefix_supported(v);
        self
    }

    /// max End-End TLP prefixes per TLP, 00b = 4 (build parameter, default 01b, one)
    ///
    /// Bits `[23:22]`, `hwinit`.
    #[inline]
    pub const fn max_ee_prefixes(&self) -> u8 {
        ((self.0 >> 22) & 3) as u8
    }

    /// Set `max_ee_prefixes` (bits `[23:22]`).
    #[inline]
    pub const fn set_max_ee_prefixes(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `max_ee_prefixes`");
        self.0 = (self.0 & !(3 << 22)) | (((v) as u32 & 3) << 22);
    }

    /// This value with `max_ee_prefixes` replaced.
    #[inline]
    #[must_use]
    pub const fn with_max_ee_prefixes(mut self, v: u8) -> Self {
        self.set_max_ee_prefixes(v);
        self
    }

    /// emergency power reduction (no)
    ///
    /// Bits `[25:24]`, `hwinit`.
    #[inline]
    pub const fn emergency_power_reduction_supported(&self) -> u8 {
        ((self.0 >> 24) & 3) as u8
    }

    /// Set `emergency_power_reduction_supported` (bits `[25:24]`).
    #[inline]
    pub const fn set_emergency_power_reduction_supported(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `emergency_power_reduction_supported`");
        self.0 = (self.0 & !(3 << 24)) | (((v) as u32 & 3) << 24);
    }

    /// This value with `emergency_power_reduction_supported` replaced.
    #[inline]
    #[must_use]
    pub const fn with_emergency_power_reduction_supported(mut self, v: u8) -> Self {
        self.set_emergency_power_reduction_supported(v);
        self
    }

    /// emergency power reduction initialization (no)
    ///
    /// Bits `[26]`, `hwinit`.
    #[inline]
    pub const fn emergency_power_reduction_init_required(&self) -> bool {
        (self.0 >> 26) & 1 != 0
    }

    /// Set `emergency_power_reduction_init_required` (bits `[26]`).
    #[inline]
    pub const fn set_emergency_power_reduction_init_required(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 26)) | (((v) as u32 & 1) << 26);
    }

    /// This value with `emergency_power_reduction_init_required` replaced.
    #[inline]
    #[must_use]
    pub const fn with_emergency_power_reduction_init_required(mut self, v: bool) -> Self {
        self.set_emergency_power_reduction_init_required(v);
        self
    }

    /// function readiness status (no)
    ///
    /// Bits `[31]`, `hwinit`.
    #[inline]
    pub const fn frs_supported(&self) -> bool {
        (self.0 >> 31) & 1 != 0
    }

    /// Set `frs_supported` (bits `[31]`).
    #[inline]
    pub const fn set_frs_supported(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 31)) | (((v) as u32 & 1) << 31);
    }

    /// This value with `frs_supported` replaced.
    #[inline]
    #[must_use]
    pub const fn with_frs_supported(mut self, v: bool) -> Self {
        self.set_frs_supported(v);
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

impl core::fmt::Debug for Devcap2 {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Devcap2")
            .field("completion_timeout_ranges", &self.completion_timeout_ranges())
            .field("completion_timeout_disable_supported", &self.completion_timeout_disable_supported())
            .field("ari_forwarding_supported", &self.ari_forwarding_supported())
            .field("atomic_op_routing", &self.atomic_op_routing())
            .field("atomic_op32_completer", &self.atomic_op32_completer())
            .field("atomic_op64_completer", &self.atomic_op64_completer())
            .field("cas128_completer", &self.cas128_completer())
            .field("no_ro_pr_pr_passing", &self.no_ro_pr_pr_passing())
            .field("ltr_supported", &self.ltr_supported())
            .field("tph_completer_supported", &self.tph_completer_supported())
            .field("ln_system_cls", &self.ln_system_cls())
            .field("tag10_completer_supported", &self.tag10_completer_supported())
            .field("tag10_requester_supported", &self.tag10_requester_supported())
            .field("obff_supported", &self.obff_supported())
            .field("ext_fmt_field_supported", &self.ext_fmt_field_supported())
            .field("ee_prefix_supported", &self.ee_prefix_supported())
            .field("max_ee_prefixes", &self.max_ee_prefixes())
            .field("emergency_power_reduction_supported", &self.emergency_power_reduction_supported())
            .field("emergency_power_reduction_init_required", &self.emergency_power_reduction_init_required())
            .field("frs_supported", &self.frs_supported())
            .finish()
    }
}

impl RegValue for Devcap2 {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Device Control 2.
///
/// `devctl2_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Devctl2(pub u16);

impl Devctl2 {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x68;
    /// Value after reset.
    pub const RESET: Self = Self(0);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// completion timeout range (fixed, 50 us to 50 ms)
    ///
    /// Bits `[3:0]`, `hwinit`.
    #[inline]
    pub const fn completion_timeout_value(&self) -> u8 {
        (self.0 & 0xf) as u8
    }

    /// Set `completion_timeout_value` (bits `[3:0]`).
    #[inline]
    pub const fn set_completion_timeout_value(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `completion_timeout_value`");
        self.0 = (self.0 & !0xf) | ((v) as u16 & 0xf);
    }

    /// This value with `completion_timeout_value` replaced.
    #[inline]
    #[must_use]
    pub const fn with_completion_timeout_value(mut self, v: u8) -> Self {
        self.set_completion_timeout_value(v);
        self
    }

    /// disable the completion timeout of the port's requests
    ///
    /// Bits `[4]`, `rw`.
    #[inline]
    pub const fn completion_timeout_disable(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `completion_timeout_disable` (bits `[4]`).
    #[inline]
    pub const fn set_completion_timeout_disable(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u16 & 1) << 4);
    }

    /// This value with `completion_timeout_disable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_completion_timeout_disable(mut self, v: bool) -> Self {
        self.set_completion_timeout_disable(v);
        self
    }

    /// ARI forwarding enable (not supported)
    ///
    /// Bits `[5]`, `hwinit`.
    #[inline]
    pub const fn ari_forwarding_en(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `ari_forwarding_en` (bits `[5]`).
    #[inline]
    pub const fn set_ari_forwarding_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u16 & 1) << 5);
    }

    /// This value with `ari_forwarding_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ari_forwarding_en(mut self, v: bool) -> Self {
        self.set_ari_forwarding_en(v);
        self
    }

    /// AtomicOp requester enable (not supported)
    ///
    /// Bits `[6]`, `hwinit`.
    #[inline]
    pub const fn atomic_op_requester_en(&self) -> bool {
        (self.0 >> 6) & 1 != 0
    }

    /// Set `atomic_op_requester_en` (bits `[6]`).
    #[inline]
    pub const fn set_atomic_op_requester_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 6)) | (((v) as u16 & 1) << 6);
    }

    /// This value with `atomic_op_requester_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_atomic_op_requester_en(mut self, v: bool) -> Self {
        self.set_atomic_op_requester_en(v);
        self
    }

    /// AtomicOp egress blocking (no AtomicOp routing)
    ///
    /// Bits `[7]`, `hwinit`.
    #[inline]
    pub const fn atomic_op_egress_blocking(&self) -> bool {
        (self.0 >> 7) & 1 != 0
    }

    /// Set `atomic_op_egress_blocking` (bits `[7]`).
    #[inline]
    pub const fn set_atomic_op_egress_blocking(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 7)) | (((v) as u16 & 1) << 7);
    }

    /// This value with `atomic_op_egress_blocking` replaced.
    #[inline]
    #[must_use]
    pub const fn with_atomic_op_egress_blocking(mut self, v: bool) -> Self {
        self.set_atomic_op_egress_blocking(v);
        self
    }

    /// ID-based ordering for requests (not supported)
    ///
    /// Bits `[8]`, `hwinit`.
    #[inline]
    pub const fn ido_request_en(&self) -> bool {
        (self.0 >> 8) & 1 != 0
    }

    /// Set `ido_request_en` (bits `[8]`).
    #[inline]
    pub const fn set_ido_request_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 8)) | (((v) as u16 & 1) << 8);
    }

    /// This value with `ido_request_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ido_request_en(mut self, v: bool) -> Self {
        self.set_ido_request_en(v);
        self
    }

    /// ID-based ordering for completions (not supported)
    ///
    /// Bits `[9]`, `hwinit`.
    #[inline]
    pub const fn ido_completion_en(&self) -> bool {
        (self.0 >> 9) & 1 != 0
    }

    /// Set `ido_completion_en` (bits `[9]`).
    #[inline]
    pub const fn set_ido_completion_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 9)) | (((v) as u16 & 1) << 9);
    }

    /// This value with `ido_completion_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ido_completion_en(mut self, v: bool) -> Self {
        self.set_ido_completion_en(v);
        self
    }

    /// LTR mechanism enable (not supported)
    ///
    /// Bits `[10]`, `hwinit`.
    #[inline]
    pub const fn ltr_en(&self) -> bool {
        (self.0 >> 10) & 1 != 0
    }

    /// Set `ltr_en` (bits `[10]`).
    #[inline]
    pub const fn set_ltr_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 10)) | (((v) as u16 & 1) << 10);
    }

    /// This value with `ltr_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ltr_en(mut self, v: bool) -> Self {
        self.set_ltr_en(v);
        self
    }

    /// emergency power reduction request (not supported)
    ///
    /// Bits `[11]`, `hwinit`.
    #[inline]
    pub const fn emergency_power_reduction_req(&self) -> bool {
        (self.0 >> 11) & 1 != 0
    }

    /// Set `emergency_power_reduction_req` (bits `[11]`).
    #[inline]
    pub const fn set_emergency_power_reduction_req(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 11)) | (((v) as u16 & 1) << 11);
    }

    /// This value with `emergency_power_reduction_req` replaced.
    #[inline]
    #[must_use]
    pub const fn with_emergency_power_reduction_req(mut self, v: bool) -> Self {
        self.set_emergency_power_reduction_req(v);
        self
    }

    /// 10-bit tag requester enable (not supported)
    ///
    /// Bits `[12]`, `hwinit`.
    #[inline]
    pub const fn tag10_requester_en(&self) -> bool {
        (self.0 >> 12) & 1 != 0
    }

    /// Set `tag10_requester_en` (bits `[12]`).
    #[inline]
    pub const fn set_tag10_requester_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 12)) | (((v) as u16 & 1) << 12);
    }

    /// This value with `tag10_requester_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_tag10_requester_en(mut self, v: bool) -> Self {
        self.set_tag10_requester_en(v);
        self
    }

    /// OBFF enable (not supported)
    ///
    /// Bits `[14:13]`, `hwinit`.
    #[inline]
    pub const fn obff_en(&self) -> u8 {
        ((self.0 >> 13) & 3) as u8
    }

    /// Set `obff_en` (bits `[14:13]`).
    #[inline]
    pub const fn set_obff_en(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `obff_en`");
        self.0 = (self.0 & !(3 << 13)) | (((v) as u16 & 3) << 13);
    }

    /// This value with `obff_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_obff_en(mut self, v: u8) -> Self {
        self.set_obff_en(v);
        self
    }

    /// do not transmit TLPs with End-End prefixes on the link (TLP Prefix Blocked instead)
    ///
    /// Bits `[15]`, `rw`.
    #[inline]
    pub const fn ee_prefix_blocking(&self) -> bool {
        (self.0 >> 15) & 1 != 0
    }

    /// Set `ee_prefix_blocking` (bits `[15]`).
    #[inline]
    pub const fn set_ee_prefix_blocking(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 15)) | (((v) as u16 & 1) << 15);
    }

    /// This value with `ee_prefix_blocking` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ee_prefix_blocking(mut self, v: bool) -> Self {
        self.set_ee_prefix_blocking(v);
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

impl core::fmt::Debug for Devctl2 {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Devctl2")
            .field("completion_timeout_value", &self.completion_timeout_value())
            .field("completion_timeout_disable", &self.completion_timeout_disable())
            .field("ari_forwarding_en", &self.ari_forwarding_en())
            .field("atomic_op_requester_en", &self.atomic_op_requester_en())
            .field("atomic_op_egress_blocking", &self.atomic_op_egress_blocking())
            .field("ido_request_en", &self.ido_request_en())
            .field("ido_completion_en", &self.ido_completion_en())
            .field("ltr_en", &self.ltr_en())
            .field("emergency_power_reduction_req", &self.emergency_power_reduction_req())
            .field("tag10_requester_en", &self.tag10_requester_en())
            .field("obff_en", &self.obff_en())
            .field("ee_prefix_blocking", &self.ee_prefix_blocking())
            .finish()
    }
}

impl RegValue for Devctl2 {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Device Status 2.
/// No fields are defined.
///
/// `devsta2_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Devsta2(pub u16);

impl Devsta2 {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x6a;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xffff);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
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

impl core::fmt::Debug for Devsta2 {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Devsta2")
            .finish()
    }
}

impl RegValue for Devsta2 {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Link Capabilities 2.
/// Supported link speeds 2.5 and 5.0 GT/s.
///
/// `lnkcap2_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Lnkcap2(pub u32);

impl Lnkcap2 {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x6c;
    /// Value after reset.
    pub const RESET: Self = Self(6);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0x7e00_0001);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// supported speeds vector, bit 0 = 2.5 GT/s (2.5 and 5.0)
    ///
    /// Bits `[7:1]`, `hwinit`.
    #[inline]
    pub const fn supported_link_speeds(&self) -> u8 {
        ((self.0 >> 1) & 0x7f) as u8
    }

    /// Set `supported_link_speeds` (bits `[7:1]`).
    #[inline]
    pub const fn set_supported_link_speeds(&mut self, v: u8) {
        debug_assert!((v as u64) >> 7 == 0, "value does not fit field `supported_link_speeds`");
        self.0 = (self.0 & !(0x7f << 1)) | (((v) as u32 & 0x7f) << 1);
    }

    /// This value with `supported_link_speeds` replaced.
    #[inline]
    #[must_use]
    pub const fn with_supported_link_speeds(mut self, v: u8) -> Self {
        self.set_supported_link_speeds(v);
        self
    }

    /// crosslink (no)
    ///
    /// Bits `[8]`, `hwinit`.
    #[inline]
    pub const fn crosslink_supported(&self) -> bool {
        (self.0 >> 8) & 1 != 0
    }

    /// Set `crosslink_supported` (bits `[8]`).
    #[inline]
    pub const fn set_crosslink_supported(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 8)) | (((v) as u32 & 1) << 8);
    }

    /// This value with `crosslink_supported` replaced.
    #[inline]
    #[must_use]
    pub const fn with_crosslink_supported(mut self, v: bool) -> Self {
        self.set_crosslink_supported(v);
        self
    }

    /// lower SKP OS generation speeds (none)
    ///
    /// Bits `[15:9]`, `hwinit`.
    #[inline]
    pub const fn lower_skp_os_generation_speeds(&self) -> u8 {
        ((self.0 >> 9) & 0x7f) as u8
    }

    /// Set `lower_skp_os_generation_speeds` (bits `[15:9]`).
    #[inline]
    pub const fn set_lower_skp_os_generation_speeds(&mut self, v: u8) {
        debug_assert!((v as u64) >> 7 == 0, "value does not fit field `lower_skp_os_generation_speeds`");
        self.0 = (self.0 & !(0x7f << 9)) | (((v) as u32 & 0x7f) << 9);
    }

    /// This value with `lower_skp_os_generation_speeds` replaced.
    #[inline]
    #[must_use]
    pub const fn with_lower_skp_os_generation_speeds(mut self, v: u8) -> Self {
        self.set_lower_skp_os_generation_speeds(v);
        self
    }

    /// lower SKP OS reception speeds (none)
    ///
    /// Bits `[22:16]`, `hwinit`.
    #[inline]
    pub const fn lower_skp_os_reception_speeds(&self) -> u8 {
        ((self.0 >> 16) & 0x7f) as u8
    }

    /// Set `lower_skp_os_reception_speeds` (bits `[22:16]`).
    #[inline]
    pub const fn set_lower_skp_os_reception_speeds(&mut self, v: u8) {
        debug_assert!((v as u64) >> 7 == 0, "value does not fit field `lower_skp_os_reception_speeds`");
        self.0 = (self.0 & !(0x7f << 16)) | (((v) as u32 & 0x7f) << 16);
    }

    /// This value with `lower_skp_os_reception_speeds` replaced.
    #[inline]
    #[must_use]
    pub const fn with_lower_skp_os_reception_speeds(mut self, v: u8) -> Self {
        self.set_lower_skp_os_reception_speeds(v);
        self
    }

    /// retimer presence detect (no)
    ///
    /// Bits `[23]`, `hwinit`.
    #[inline]
    pub const fn retimer_presence_detect_supported(&self) -> bool {
        (self.0 >> 23) & 1 != 0
    }

    /// Set `retimer_presence_detect_supported` (bits `[23]`).
    #[inline]
    pub const fn set_retimer_presence_detect_supported(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 23)) | (((v) as u32 & 1) << 23);
    }

    /// This value with `retimer_presence_detect_supported` replaced.
    #[inline]
    #[must_use]
    pub const fn with_retimer_presence_detect_supported(mut self, v: bool) -> Self {
        self.set_retimer_presence_detect_supported(v);
        self
    }

    /// two-retimers presence detect (no)
    ///
    /// Bits `[24]`, `hwinit`.
    #[inline]
    pub const fn two_retimers_presence_detect_supported(&self) -> bool {
        (self.0 >> 24) & 1 != 0
    }

    /// Set `two_retimers_presence_detect_supported` (bits `[24]`).
    #[inline]
    pub const fn set_two_retimers_presence_detect_supported(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 24)) | (((v) as u32 & 1) << 24);
    }

    /// This value with `two_retimers_presence_detect_supported` replaced.
    #[inline]
    #[must_use]
    pub const fn with_two_retimers_presence_detect_supported(mut self, v: bool) -> Self {
        self.set_two_retimers_presence_detect_supported(v);
        self
    }

    /// device readiness status messages (no)
    ///
    /// Bits `[31]`, `hwinit`.
    #[inline]
    pub const fn drs_supported(&self) -> bool {
        (self.0 >> 31) & 1 != 0
    }

    /// Set `drs_supported` (bits `[31]`).
    #[inline]
    pub const fn set_drs_supported(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 31)) | (((v) as u32 & 1) << 31);
    }

    /// This value with `drs_supported` replaced.
    #[inline]
    #[must_use]
    pub const fn with_drs_supported(mut self, v: bool) -> Self {
        self.set_drs_supported(v);
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

impl core::fmt::Debug for Lnkcap2 {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Lnkcap2")
            .field("supported_link_speeds", &self.supported_link_speeds())
            .field("crosslink_supported", &self.crosslink_supported())
            .field("lower_skp_os_generation_speeds", &self.lower_skp_os_generation_speeds())
            .field("lower_skp_os_reception_speeds", &self.lower_skp_os_reception_speeds())
            .field("retimer_presence_detect_supported", &self.retimer_presence_detect_supported())
            .field("two_retimers_presence_detect_supported", &self.two_retimers_presence_detect_supported())
            .field("drs_supported", &self.drs_supported())
            .finish()
    }
}

impl RegValue for Lnkcap2 {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Link Control 2.
///
/// `lnkctl2_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Lnkctl2(pub u16);

impl Lnkctl2 {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x70;
    /// Value after reset.
    pub const RESET: Self = Self(2);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// upper limit of the link speed
    ///
    /// Bits `[3:0]`, `rw`.
    #[inline]
    pub const fn target_link_speed(&self) -> LinkSpeed {
        LinkSpeed((self.0 & 0xf) as u8)
    }

    /// Set `target_link_speed` (bits `[3:0]`).
    #[inline]
    pub const fn set_target_link_speed(&mut self, v: LinkSpeed) {
        debug_assert!((v.0 as u64) >> 4 == 0, "value does not fit field `target_link_speed`");
        self.0 = (self.0 & !0xf) | ((v.0) as u16 & 0xf);
    }

    /// This value with `target_link_speed` replaced.
    #[inline]
    #[must_use]
    pub const fn with_target_link_speed(mut self, v: LinkSpeed) -> Self {
        self.set_target_link_speed(v);
        self
    }

    /// enter compliance at the target link speed
    ///
    /// Bits `[4]`, `rw`.
    #[inline]
    pub const fn enter_compliance(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `enter_compliance` (bits `[4]`).
    #[inline]
    pub const fn set_enter_compliance(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u16 & 1) << 4);
    }

    /// This value with `enter_compliance` replaced.
    #[inline]
    #[must_use]
    pub const fn with_enter_compliance(mut self, v: bool) -> Self {
        self.set_enter_compliance(v);
        self
    }

    /// forbid autonomous speed changes
    ///
    /// Bits `[5]`, `rw`.
    #[inline]
    pub const fn hw_autonomous_speed_disable(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `hw_autonomous_speed_disable` (bits `[5]`).
    #[inline]
    pub const fn set_hw_autonomous_speed_disable(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u16 & 1) << 5);
    }

    /// This value with `hw_autonomous_speed_disable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_hw_autonomous_speed_disable(mut self, v: bool) -> Self {
        self.set_hw_autonomous_speed_disable(v);
        self
    }

    /// de-emphasis requested at 5.0 GT/s (fixed, -6 dB)
    ///
    /// Bits `[6]`, `hwinit`.
    #[inline]
    pub const fn selectable_deemphasis(&self) -> bool {
        (self.0 >> 6) & 1 != 0
    }

    /// Set `selectable_deemphasis` (bits `[6]`).
    #[inline]
    pub const fn set_selectable_deemphasis(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 6)) | (((v) as u16 & 1) << 6);
    }

    /// This value with `selectable_deemphasis` replaced.
    #[inline]
    #[must_use]
    pub const fn with_selectable_deemphasis(mut self, v: bool) -> Self {
        self.set_selectable_deemphasis(v);
        self
    }

    /// transmitter voltage margin (test only)
    ///
    /// Bits `[9:7]`, `rw`.
    #[inline]
    pub const fn transmit_margin(&self) -> u8 {
        ((self.0 >> 7) & 7) as u8
    }

    /// Set `transmit_margin` (bits `[9:7]`).
    #[inline]
    pub const fn set_transmit_margin(&mut self, v: u8) {
        debug_assert!((v as u64) >> 3 == 0, "value does not fit field `transmit_margin`");
        self.0 = (self.0 & !(7 << 7)) | (((v) as u16 & 7) << 7);
    }

    /// This value with `transmit_margin` replaced.
    #[inline]
    #[must_use]
    pub const fn with_transmit_margin(mut self, v: u8) -> Self {
        self.set_transmit_margin(v);
        self
    }

    /// enter modified compliance
    ///
    /// Bits `[10]`, `rw`.
    #[inline]
    pub const fn enter_modified_compliance(&self) -> bool {
        (self.0 >> 10) & 1 != 0
    }

    /// Set `enter_modified_compliance` (bits `[10]`).
    #[inline]
    pub const fn set_enter_modified_compliance(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 10)) | (((v) as u16 & 1) << 10);
    }

    /// This value with `enter_modified_compliance` replaced.
    #[inline]
    #[must_use]
    pub const fn with_enter_modified_compliance(mut self, v: bool) -> Self {
        self.set_enter_modified_compliance(v);
        self
    }

    /// send SKP ordered sets in compliance mode
    ///
    /// Bits `[11]`, `rw`.
    #[inline]
    pub const fn compliance_sos(&self) -> bool {
        (self.0 >> 11) & 1 != 0
    }

    /// Set `compliance_sos` (bits `[11]`).
    #[inline]
    pub const fn set_compliance_sos(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 11)) | (((v) as u16 & 1) << 11);
    }

    /// This value with `compliance_sos` replaced.
    #[inline]
    #[must_use]
    pub const fn with_compliance_sos(mut self, v: bool) -> Self {
        self.set_compliance_sos(v);
        self
    }

    /// de-emphasis or preset in compliance mode
    ///
    /// Bits `[15:12]`, `rw`.
    #[inline]
    pub const fn compliance_preset_deemphasis(&self) -> u8 {
        ((self.0 >> 12) & 0xf) as u8
    }

    /// Set `compliance_preset_deemphasis` (bits `[15:12]`).
    #[inline]
    pub const fn set_compliance_preset_deemphasis(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `compliance_preset_deemphasis`");
        self.0 = (self.0 & !(0xf << 12)) | (((v) as u16 & 0xf) << 12);
    }

    /// This value with `compliance_preset_deemphasis` replaced.
    #[inline]
    #[must_use]
    pub const fn with_compliance_preset_deemphasis(mut self, v: u8) -> Self {
        self.set_compliance_preset_deemphasis(v);
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

impl core::fmt::Debug for Lnkctl2 {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Lnkctl2")
            .field("target_link_speed", &self.target_link_speed())
            .field("enter_compliance", &self.enter_compliance())
            .field("hw_autonomous_speed_disable", &self.hw_autonomous_speed_disable())
            .field("selectable_deemphasis", &self.selectable_deemphasis())
            .field("transmit_margin", &self.transmit_margin())
            .field("enter_modified_compliance", &self.enter_modified_compliance())
            .field("compliance_sos", &self.compliance_sos())
            .field("compliance_preset_deemphasis", &self.compliance_preset_deemphasis())
            .finish()
    }
}

impl RegValue for Lnkctl2 {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Link Status 2.
///
/// `lnksta2_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Lnksta2(pub u16);

impl Lnksta2 {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x72;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xc00);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// current de-emphasis at 5.0 GT/s, 1 = -3.5 dB
    ///
    /// Bits `[0]`, `ro`.
    #[inline]
    pub const fn current_deemphasis(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `current_deemphasis` (bits `[0]`).
    #[inline]
    pub const fn set_current_deemphasis(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u16 & 1);
    }

    /// This value with `current_deemphasis` replaced.
    #[inline]
    #[must_use]
    pub const fn with_current_deemphasis(mut self, v: bool) -> Self {
        self.set_current_deemphasis(v);
        self
    }

    /// equalization complete (8.0 GT/s, not supported)
    ///
    /// Bits `[1]`, `hwinit`.
    #[inline]
    pub const fn eq_complete(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `eq_complete` (bits `[1]`).
    #[inline]
    pub const fn set_eq_complete(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u16 & 1) << 1);
    }

    /// This value with `eq_complete` replaced.
    #[inline]
    #[must_use]
    pub const fn with_eq_complete(mut self, v: bool) -> Self {
        self.set_eq_complete(v);
        self
    }

    /// equalization phase 1 (8.0 GT/s, not supported)
    ///
    /// Bits `[2]`, `hwinit`.
    #[inline]
    pub const fn eq_phase1_successful(&self) -> bool {
        (self.0 >> 2) & 1 != 0
    }

    /// Set `eq_phase1_successful` (bits `[2]`).
    #[inline]
    pub const fn set_eq_phase1_successful(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 2)) | (((v) as u16 & 1) << 2);
    }

    /// This value with `eq_phase1_successful` replaced.
    #[inline]
    #[must_use]
    pub const fn with_eq_phase1_successful(mut self, v: bool) -> Self {
        self.set_eq_phase1_successful(v);
        self
    }

    /// equalization phase 2 (8.0 GT/s, not supported)
    ///
    /// Bits `[3]`, `hwinit`.
    #[inline]
    pub const fn eq_phase2_successful(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `eq_phase2_successful` (bits `[3]`).
    #[inline]
    pub const fn set_eq_phase2_successful(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u16 & 1) << 3);
    }

    /// This value with `eq_phase2_successful` replaced.
    #[inline]
    #[must_use]
    pub const fn with_eq_phase2_successful(mut self, v: bool) -> Self {
        self.set_eq_phase2_successful(v);
        self
    }

    /// equalization phase 3 (8.0 GT/s, not supported)
    ///
    /// Bits `[4]`, `hwinit`.
    #[inline]
    pub const fn eq_phase3_successful(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `eq_phase3_successful` (bits `[4]`).
    #[inline]
    pub const fn set_eq_phase3_successful(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u16 & 1) << 4);
    }

    /// This value with `eq_phase3_successful` replaced.
    #[inline]
    #[must_use]
    pub const fn with_eq_phase3_successful(mut self, v: bool) -> Self {
        self.set_eq_phase3_successful(v);
        self
    }

    /// link equalization request (8.0 GT/s, not supported)
    ///
    /// Bits `[5]`, `hwinit`.
    #[inline]
    pub const fn link_eq_request(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `link_eq_request` (bits `[5]`).
    #[inline]
    pub const fn set_link_eq_request(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u16 & 1) << 5);
    }

    /// This value with `link_eq_request` replaced.
    #[inline]
    #[must_use]
    pub const fn with_link_eq_request(mut self, v: bool) -> Self {
        self.set_link_eq_request(v);
        self
    }

    /// retimer detected (not supported)
    ///
    /// Bits `[6]`, `hwinit`.
    #[inline]
    pub const fn retimer_presence_detected(&self) -> bool {
        (self.0 >> 6) & 1 != 0
    }

    /// Set `retimer_presence_detected` (bits `[6]`).
    #[inline]
    pub const fn set_retimer_presence_detected(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 6)) | (((v) as u16 & 1) << 6);
    }

    /// This value with `retimer_presence_detected` replaced.
    #[inline]
    #[must_use]
    pub const fn with_retimer_presence_detected(mut self, v: bool) -> Self {
        self.set_retimer_presence_detected(v);
        self
    }

    /// two retimers detected (not supported)
    ///
    /// Bits `[7]`, `hwinit`.
    #[inline]
    pub const fn two_retimers_presence_detected(&self) -> bool {
        (self.0 >> 7) & 1 != 0
    }

    /// Set `two_retimers_presence_detected` (bits `[7]`).
    #[inline]
    pub const fn set_two_retimers_presence_detected(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 7)) | (((v) as u16 & 1) << 7);
    }

    /// This value with `two_retimers_presence_detected` replaced.
    #[inline]
    #[must_use]
    pub const fn with_two_retimers_presence_detected(mut self, v: bool) -> Self {
        self.set_two_retimers_presence_detected(v);
        self
    }

    /// crosslink resolution (not supported)
    ///
    /// Bits `[9:8]`, `hwinit`.
    #[inline]
    pub const fn crosslink_resolution(&self) -> u8 {
        ((self.0 >> 8) & 3) as u8
    }

    /// Set `crosslink_resolution` (bits `[9:8]`).
    #[inline]
    pub const fn set_crosslink_resolution(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `crosslink_resolution`");
        self.0 = (self.0 & !(3 << 8)) | (((v) as u16 & 3) << 8);
    }

    /// This value with `crosslink_resolution` replaced.
    #[inline]
    #[must_use]
    pub const fn with_crosslink_resolution(mut self, v: u8) -> Self {
        self.set_crosslink_resolution(v);
        self
    }

    /// presence and link state of the downstream component
    ///
    /// Bits `[14:12]`, `ro`.
    #[inline]
    pub const fn downstream_component_presence(&self) -> u8 {
        ((self.0 >> 12) & 7) as u8
    }

    /// Set `downstream_component_presence` (bits `[14:12]`).
    #[inline]
    pub const fn set_downstream_component_presence(&mut self, v: u8) {
        debug_assert!((v as u64) >> 3 == 0, "value does not fit field `downstream_component_presence`");
        self.0 = (self.0 & !(7 << 12)) | (((v) as u16 & 7) << 12);
    }

    /// This value with `downstream_component_presence` replaced.
    #[inline]
    #[must_use]
    pub const fn with_downstream_component_presence(mut self, v: u8) -> Self {
        self.set_downstream_component_presence(v);
        self
    }

    /// DRS message received (DRS not supported)
    ///
    /// Bits `[15]`, `hwinit`.
    #[inline]
    pub const fn drs_message_received(&self) -> bool {
        (self.0 >> 15) & 1 != 0
    }

    /// Set `drs_message_received` (bits `[15]`).
    #[inline]
    pub const fn set_drs_message_received(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 15)) | (((v) as u16 & 1) << 15);
    }

    /// This value with `drs_message_received` replaced.
    #[inline]
    #[must_use]
    pub const fn with_drs_message_received(mut self, v: bool) -> Self {
        self.set_drs_message_received(v);
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

impl core::fmt::Debug for Lnksta2 {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Lnksta2")
            .field("current_deemphasis", &self.current_deemphasis())
            .field("eq_complete", &self.eq_complete())
            .field("eq_phase1_successful", &self.eq_phase1_successful())
            .field("eq_phase2_successful", &self.eq_phase2_successful())
            .field("eq_phase3_successful", &self.eq_phase3_successful())
            .field("link_eq_request", &self.link_eq_request())
            .field("retimer_presence_detected", &self.retimer_presence_detected())
            .field("two_retimers_presence_detected", &self.two_retimers_presence_detected())
            .field("crosslink_resolution", &self.crosslink_resolution())
            .field("downstream_component_presence", &self.downstream_component_presence())
            .field("drs_message_received", &self.drs_message_received())
            .finish()
    }
}

impl RegValue for Lnksta2 {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Slot Capabilities 2.
/// No slot is implemented.
///
/// `slotcap2_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Slotcap2(pub u32);

impl Slotcap2 {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x74;
    /// Value after reset.
    pub const RESET: Self = Self(0);
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

    /// in-band presence detect disable (no)
    ///
    /// Bits `[0]`, `hwinit`.
    #[inline]
    pub const fn inband_pd_disable_supported(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `inband_pd_disable_supported` (bits `[0]`).
    #[inline]
    pub const fn set_inband_pd_disable_supported(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u32 & 1);
    }

    /// This value with `inband_pd_disable_supported` replaced.
    #[inline]
    #[must_use]
    pub const fn with_inband_pd_disable_supported(mut self, v: bool) -> Self {
        self.set_inband_pd_disable_supported(v);
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

impl core::fmt::Debug for Slotcap2 {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Slotcap2")
            .field("inband_pd_disable_supported", &self.inband_pd_disable_supported())
            .finish()
    }
}

impl RegValue for Slotcap2 {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Slot Control 2.
/// No fields are defined.
///
/// `slotctl2_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Slotctl2(pub u16);

impl Slotctl2 {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x78;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xffff);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
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

impl core::fmt::Debug for Slotctl2 {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Slotctl2")
            .finish()
    }
}

impl RegValue for Slotctl2 {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Slot Status 2.
/// No fields are defined.
///
/// `slotsta2_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Slotsta2(pub u16);

impl Slotsta2 {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x7a;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xffff);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
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

impl core::fmt::Debug for Slotsta2 {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Slotsta2")
            .finish()
    }
}

impl RegValue for Slotsta2 {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Power Management capability list entry.
/// The last entry of the PCI capability list.
///
/// `pm_cap_hdr_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PmCapHdr(pub u16);

impl PmCapHdr {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x80;
    /// Value after reset.
    pub const RESET: Self = Self(1);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// capability ID, Power Management
    ///
    /// Bits `[7:0]`, `hwinit`.
    #[inline]
    pub const fn cap_id(&self) -> PciCapId {
        PciCapId((self.0 & 0xff) as u8)
    }

    /// Set `cap_id` (bits `[7:0]`).
    #[inline]
    pub const fn set_cap_id(&mut self, v: PciCapId) {
        debug_assert!((v.0 as u64) >> 8 == 0, "value does not fit field `cap_id`");
        self.0 = (self.0 & !0xff) | ((v.0) as u16 & 0xff);
    }

    /// This value with `cap_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cap_id(mut self, v: PciCapId) -> Self {
        self.set_cap_id(v);
        self
    }

    /// offset of the next capability, 0 = end of list
    ///
    /// Bits `[15:8]`, `hwinit`.
    #[inline]
    pub const fn next_ptr(&self) -> u8 {
        ((self.0 >> 8) & 0xff) as u8
    }

    /// Set `next_ptr` (bits `[15:8]`).
    #[inline]
    pub const fn set_next_ptr(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `next_ptr`");
        self.0 = (self.0 & !(0xff << 8)) | (((v) as u16 & 0xff) << 8);
    }

    /// This value with `next_ptr` replaced.
    #[inline]
    #[must_use]
    pub const fn with_next_ptr(mut self, v: u8) -> Self {
        self.set_next_ptr(v);
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

impl core::fmt::Debug for PmCapHdr {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PmCapHdr")
            .field("cap_id", &self.cap_id())
            .field("next_ptr", &self.next_ptr())
            .finish()
    }
}

impl RegValue for PmCapHdr {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Power Management Capabilities (PMC).
/// No PME generation, no D1/D2, no auxiliary power.
///
/// `pmc_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Pmc(pub u16);

impl Pmc {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x82;
    /// Value after reset.
    pub const RESET: Self = Self(3);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0x10);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// PM interface version
    ///
    /// Bits `[2:0]`, `hwinit`.
    #[inline]
    pub const fn version(&self) -> u8 {
        (self.0 & 7) as u8
    }

    /// Set `version` (bits `[2:0]`).
    #[inline]
    pub const fn set_version(&mut self, v: u8) {
        debug_assert!((v as u64) >> 3 == 0, "value does not fit field `version`");
        self.0 = (self.0 & !7) | ((v) as u16 & 7);
    }

    /// This value with `version` replaced.
    #[inline]
    #[must_use]
    pub const fn with_version(mut self, v: u8) -> Self {
        self.set_version(v);
        self
    }

    /// PCI clock needed for PME (always 0 for PCI Express)
    ///
    /// Bits `[3]`, `hwinit`.
    #[inline]
    pub const fn pme_clock(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `pme_clock` (bits `[3]`).
    #[inline]
    pub const fn set_pme_clock(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u16 & 1) << 3);
    }

    /// This value with `pme_clock` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pme_clock(mut self, v: bool) -> Self {
        self.set_pme_clock(v);
        self
    }

    /// device-specific initialization needed (no)
    ///
    /// Bits `[5]`, `hwinit`.
    #[inline]
    pub const fn dsi(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `dsi` (bits `[5]`).
    #[inline]
    pub const fn set_dsi(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u16 & 1) << 5);
    }

    /// This value with `dsi` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dsi(mut self, v: bool) -> Self {
        self.set_dsi(v);
        self
    }

    /// 3.3Vaux current needed (none)
    ///
    /// Bits `[8:6]`, `hwinit`.
    #[inline]
    pub const fn aux_current(&self) -> u8 {
        ((self.0 >> 6) & 7) as u8
    }

    /// Set `aux_current` (bits `[8:6]`).
    #[inline]
    pub const fn set_aux_current(&mut self, v: u8) {
        debug_assert!((v as u64) >> 3 == 0, "value does not fit field `aux_current`");
        self.0 = (self.0 & !(7 << 6)) | (((v) as u16 & 7) << 6);
    }

    /// This value with `aux_current` replaced.
    #[inline]
    #[must_use]
    pub const fn with_aux_current(mut self, v: u8) -> Self {
        self.set_aux_current(v);
        self
    }

    /// D1 supported (no)
    ///
    /// Bits `[9]`, `hwinit`.
    #[inline]
    pub const fn d1_support(&self) -> bool {
        (self.0 >> 9) & 1 != 0
    }

    /// Set `d1_support` (bits `[9]`).
    #[inline]
    pub const fn set_d1_support(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 9)) | (((v) as u16 & 1) << 9);
    }

    /// This value with `d1_support` replaced.
    #[inline]
    #[must_use]
    pub const fn with_d1_support(mut self, v: bool) -> Self {
        self.set_d1_support(v);
        self
    }

    /// D2 supported (no)
    ///
    /// Bits `[10]`, `hwinit`.
    #[inline]
    pub const fn d2_support(&self) -> bool {
        (self.0 >> 10) & 1 != 0
    }

    /// Set `d2_support` (bits `[10]`).
    #[inline]
    pub const fn set_d2_support(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 10)) | (((v) as u16 & 1) << 10);
    }

    /// This value with `d2_support` replaced.
    #[inline]
    #[must_use]
    pub const fn with_d2_support(mut self, v: bool) -> Self {
        self.set_d2_support(v);
        self
    }

    /// states from which PME is signalled (none)
    ///
    /// Bits `[15:11]`, `hwinit`.
    #[inline]
    pub const fn pme_support(&self) -> u8 {
        ((self.0 >> 11) & 0x1f) as u8
    }

    /// Set `pme_support` (bits `[15:11]`).
    #[inline]
    pub const fn set_pme_support(&mut self, v: u8) {
        debug_assert!((v as u64) >> 5 == 0, "value does not fit field `pme_support`");
        self.0 = (self.0 & !(0x1f << 11)) | (((v) as u16 & 0x1f) << 11);
    }

    /// This value with `pme_support` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pme_support(mut self, v: u8) -> Self {
        self.set_pme_support(v);
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

impl core::fmt::Debug for Pmc {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Pmc")
            .field("version", &self.version())
            .field("pme_clock", &self.pme_clock())
            .field("dsi", &self.dsi())
            .field("aux_current", &self.aux_current())
            .field("d1_support", &self.d1_support())
            .field("d2_support", &self.d2_support())
            .field("pme_support", &self.pme_support())
            .finish()
    }
}

impl RegValue for Pmc {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Power Management Control/Status (PMCSR).
/// D3hot -> D0 keeps the configuration (No_Soft_Reset = 1).
///
/// `pmcsr_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Pmcsr(pub u16);

impl Pmcsr {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x84;
    /// Value after reset.
    pub const RESET: Self = Self(8);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xf4);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// current power state (D0 or D3hot)
    ///
    /// Bits `[1:0]`, `warl`.
    #[inline]
    pub const fn power_state(&self) -> PmState {
        PmState((self.0 & 3) as u8)
    }

    /// Set `power_state` (bits `[1:0]`).
    #[inline]
    pub const fn set_power_state(&mut self, v: PmState) {
        debug_assert!((v.0 as u64) >> 2 == 0, "value does not fit field `power_state`");
        self.0 = (self.0 & !3) | ((v.0) as u16 & 3);
    }

    /// This value with `power_state` replaced.
    #[inline]
    #[must_use]
    pub const fn with_power_state(mut self, v: PmState) -> Self {
        self.set_power_state(v);
        self
    }

    /// D3hot -> D0 does not reset the configuration
    ///
    /// Bits `[3]`, `hwinit`.
    #[inline]
    pub const fn no_soft_reset(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `no_soft_reset` (bits `[3]`).
    #[inline]
    pub const fn set_no_soft_reset(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u16 & 1) << 3);
    }

    /// This value with `no_soft_reset` replaced.
    #[inline]
    #[must_use]
    pub const fn with_no_soft_reset(mut self, v: bool) -> Self {
        self.set_no_soft_reset(v);
        self
    }

    /// PME enable (PME is not supported)
    ///
    /// Bits `[8]`, `hwinit`.
    #[inline]
    pub const fn pme_en(&self) -> bool {
        (self.0 >> 8) & 1 != 0
    }

    /// Set `pme_en` (bits `[8]`).
    #[inline]
    pub const fn set_pme_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 8)) | (((v) as u16 & 1) << 8);
    }

    /// This value with `pme_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pme_en(mut self, v: bool) -> Self {
        self.set_pme_en(v);
        self
    }

    /// Data register selector (not implemented)
    ///
    /// Bits `[12:9]`, `hwinit`.
    #[inline]
    pub const fn data_select(&self) -> u8 {
        ((self.0 >> 9) & 0xf) as u8
    }

    /// Set `data_select` (bits `[12:9]`).
    #[inline]
    pub const fn set_data_select(&mut self, v: u8) {
        debug_assert!((v as u64) >> 4 == 0, "value does not fit field `data_select`");
        self.0 = (self.0 & !(0xf << 9)) | (((v) as u16 & 0xf) << 9);
    }

    /// This value with `data_select` replaced.
    #[inline]
    #[must_use]
    pub const fn with_data_select(mut self, v: u8) -> Self {
        self.set_data_select(v);
        self
    }

    /// scale of the Data register (not implemented)
    ///
    /// Bits `[14:13]`, `hwinit`.
    #[inline]
    pub const fn data_scale(&self) -> u8 {
        ((self.0 >> 13) & 3) as u8
    }

    /// Set `data_scale` (bits `[14:13]`).
    #[inline]
    pub const fn set_data_scale(&mut self, v: u8) {
        debug_assert!((v as u64) >> 2 == 0, "value does not fit field `data_scale`");
        self.0 = (self.0 & !(3 << 13)) | (((v) as u16 & 3) << 13);
    }

    /// This value with `data_scale` replaced.
    #[inline]
    #[must_use]
    pub const fn with_data_scale(mut self, v: u8) -> Self {
        self.set_data_scale(v);
        self
    }

    /// PME signalled (PME is not supported)
    ///
    /// Bits `[15]`, `hwinit`.
    #[inline]
    pub const fn pme_status(&self) -> bool {
        (self.0 >> 15) & 1 != 0
    }

    /// Set `pme_status` (bits `[15]`).
    #[inline]
    pub const fn set_pme_status(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 15)) | (((v) as u16 & 1) << 15);
    }

    /// This value with `pme_status` replaced.
    #[inline]
    #[must_use]
    pub const fn with_pme_status(mut self, v: bool) -> Self {
        self.set_pme_status(v);
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

impl core::fmt::Debug for Pmcsr {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Pmcsr")
            .field("power_state", &self.power_state())
            .field("no_soft_reset", &self.no_soft_reset())
            .field("pme_en", &self.pme_en())
            .field("data_select", &self.data_select())
            .field("data_scale", &self.data_scale())
            .field("pme_status", &self.pme_status())
            .finish()
    }
}

impl RegValue for Pmcsr {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// PMCSR PCI-to-PCI Bridge Support Extensions; must be zero for PCI Express.
///
/// `pmcsr_bse_t`, 8 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PmcsrBse(pub u8);

impl PmcsrBse {
    /// Width in bits.
    pub const WIDTH: u32 = 8;
    /// Size in bytes.
    pub const BYTES: usize = 1;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x86;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0x3f);

    /// From raw bits.
    pub const fn from_bits(bits: u8) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u8 {
        self.0
    }

    /// B2/B3 support for D3hot (no)
    ///
    /// Bits `[6]`, `hwinit`.
    #[inline]
    pub const fn b2_b3(&self) -> bool {
        (self.0 >> 6) & 1 != 0
    }

    /// Set `b2_b3` (bits `[6]`).
    #[inline]
    pub const fn set_b2_b3(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 6)) | (((v) as u8 & 1) << 6);
    }

    /// This value with `b2_b3` replaced.
    #[inline]
    #[must_use]
    pub const fn with_b2_b3(mut self, v: bool) -> Self {
        self.set_b2_b3(v);
        self
    }

    /// bus power/clock control enable (no)
    ///
    /// Bits `[7]`, `hwinit`.
    #[inline]
    pub const fn bpcc_en(&self) -> bool {
        (self.0 >> 7) & 1 != 0
    }

    /// Set `bpcc_en` (bits `[7]`).
    #[inline]
    pub const fn set_bpcc_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 7)) | (((v) as u8 & 1) << 7);
    }

    /// This value with `bpcc_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_bpcc_en(mut self, v: bool) -> Self {
        self.set_bpcc_en(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u8) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 1] {
        let mut out = [0u8; 1];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 1]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for PmcsrBse {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PmcsrBse")
            .field("b2_b3", &self.b2_b3())
            .field("bpcc_en", &self.bpcc_en())
            .finish()
    }
}

impl RegValue for PmcsrBse {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Power Management Data register (not implemented, reads zero).
///
/// `pm_data_t`, 8 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PmData(pub u8);

impl PmData {
    /// Width in bits.
    pub const WIDTH: u32 = 8;
    /// Size in bytes.
    pub const BYTES: usize = 1;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x87;
    /// Value after reset.
    pub const RESET: Self = Self(0);

    /// From raw bits.
    pub const fn from_bits(bits: u8) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u8 {
        self.0
    }

    /// power data (not implemented)
    ///
    /// Bits `[7:0]`, `hwinit`.
    #[inline]
    pub const fn data(&self) -> u8 {
        (self.0 & 0xff) as u8
    }

    /// Set `data` (bits `[7:0]`).
    #[inline]
    pub const fn set_data(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `data`");
        self.0 = (v) as u8;
    }

    /// This value with `data` replaced.
    #[inline]
    #[must_use]
    pub const fn with_data(mut self, v: u8) -> Self {
        self.set_data(v);
        self
    }

    const fn byte(&self, i: usize) -> u8 {
        (self.0 >> (i * 8)) as u8
    }

    const fn with_byte(mut self, i: usize, b: u8) -> Self {
        self.0 |= (b as u8) << (i * 8);
        self
    }

    /// Byte image in memory (little-endian: byte 0 holds bits `[7:0]`).
    pub const fn to_le_bytes(&self) -> [u8; 1] {
        let mut out = [0u8; 1];
        let mut i = 0;
        while i < Self::BYTES {
            out[i] = self.byte(i);
            i += 1;
        }
        out
    }

    /// From a byte image in memory (little-endian).
    pub const fn from_le_bytes(bytes: [u8; 1]) -> Self {
        let mut v = Self(0);
        let mut i = 0;
        while i < Self::BYTES {
            v = v.with_byte(i, bytes[i]);
            i += 1;
        }
        v
    }
}

impl core::fmt::Debug for PmData {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PmData")
            .field("data", &self.data())
            .finish()
    }
}

impl RegValue for PmData {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// AER extended capability header.
/// Next capability: ACS at ACS_CAP_BASE.
///
/// `aer_ext_cap_hdr_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AerExtCapHdr(pub u32);

impl AerExtCapHdr {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x100;
    /// Value after reset.
    pub const RESET: Self = Self(0x1482_0001);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// extended capability ID, AER
    ///
    /// Bits `[15:0]`, `hwinit`.
    #[inline]
    pub const fn cap_id(&self) -> ExtCapId {
        ExtCapId((self.0 & 0xffff) as u16)
    }

    /// Set `cap_id` (bits `[15:0]`).
    #[inline]
    pub const fn set_cap_id(&mut self, v: ExtCapId) {
        debug_assert!((v.0 as u64) >> 16 == 0, "value does not fit field `cap_id`");
        self.0 = (self.0 & !0xffff) | ((v.0) as u32 & 0xffff);
    }

    /// This value with `cap_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cap_id(mut self, v: ExtCapId) -> Self {
        self.set_cap_id(v);
        self
    }

    /// capability version, 2
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

    /// offset of the next extended capability (ACS)
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

impl core::fmt::Debug for AerExtCapHdr {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AerExtCapHdr")
            .field("cap_id", &self.cap_id())
            .field("version", &self.version())
            .field("next", &self.next())
            .finish()
    }
}

impl RegValue for AerExtCapHdr {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Uncorrectable Error Status.
/// Sticky status of each uncorrectable error the port detected; write 1 to clear.
///
/// `aer_uncor_status_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AerUncorStatus(pub u32);

impl AerUncorStatus {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x104;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xf800_0fcf);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// Data Link Layer protocol error
    ///
    /// Bits `[4]`, `rw1c`.
    #[inline]
    pub const fn dl_protocol_error(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `dl_protocol_error` (bits `[4]`).
    #[inline]
    pub const fn set_dl_protocol_error(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u32 & 1) << 4);
    }

    /// This value with `dl_protocol_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dl_protocol_error(mut self, v: bool) -> Self {
        self.set_dl_protocol_error(v);
        self
    }

    /// the link went down unexpectedly
    ///
    /// Bits `[5]`, `rw1c`.
    #[inline]
    pub const fn surprise_down_error(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `surprise_down_error` (bits `[5]`).
    #[inline]
    pub const fn set_surprise_down_error(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u32 & 1) << 5);
    }

    /// This value with `surprise_down_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_surprise_down_error(mut self, v: bool) -> Self {
        self.set_surprise_down_error(v);
        self
    }

    /// a poisoned TLP was received
    ///
    /// Bits `[12]`, `rw1c`.
    #[inline]
    pub const fn poisoned_tlp_received(&self) -> bool {
        (self.0 >> 12) & 1 != 0
    }

    /// Set `poisoned_tlp_received` (bits `[12]`).
    #[inline]
    pub const fn set_poisoned_tlp_received(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 12)) | (((v) as u32 & 1) << 12);
    }

    /// This value with `poisoned_tlp_received` replaced.
    #[inline]
    #[must_use]
    pub const fn with_poisoned_tlp_received(mut self, v: bool) -> Self {
        self.set_poisoned_tlp_received(v);
        self
    }

    /// flow control protocol error
    ///
    /// Bits `[13]`, `rw1c`.
    #[inline]
    pub const fn fc_protocol_error(&self) -> bool {
        (self.0 >> 13) & 1 != 0
    }

    /// Set `fc_protocol_error` (bits `[13]`).
    #[inline]
    pub const fn set_fc_protocol_error(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 13)) | (((v) as u32 & 1) << 13);
    }

    /// This value with `fc_protocol_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fc_protocol_error(mut self, v: bool) -> Self {
        self.set_fc_protocol_error(v);
        self
    }

    /// a request of the port timed out
    ///
    /// Bits `[14]`, `rw1c`.
    #[inline]
    pub const fn completion_timeout(&self) -> bool {
        (self.0 >> 14) & 1 != 0
    }

    /// Set `completion_timeout` (bits `[14]`).
    #[inline]
    pub const fn set_completion_timeout(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 14)) | (((v) as u32 & 1) << 14);
    }

    /// This value with `completion_timeout` replaced.
    #[inline]
    #[must_use]
    pub const fn with_completion_timeout(mut self, v: bool) -> Self {
        self.set_completion_timeout(v);
        self
    }

    /// the port completed a request with CA
    ///
    /// Bits `[15]`, `rw1c`.
    #[inline]
    pub const fn completer_abort(&self) -> bool {
        (self.0 >> 15) & 1 != 0
    }

    /// Set `completer_abort` (bits `[15]`).
    #[inline]
    pub const fn set_completer_abort(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 15)) | (((v) as u32 & 1) << 15);
    }

    /// This value with `completer_abort` replaced.
    #[inline]
    #[must_use]
    pub const fn with_completer_abort(mut self, v: bool) -> Self {
        self.set_completer_abort(v);
        self
    }

    /// a completion matched no outstanding request
    ///
    /// Bits `[16]`, `rw1c`.
    #[inline]
    pub const fn unexpected_completion(&self) -> bool {
        (self.0 >> 16) & 1 != 0
    }

    /// Set `unexpected_completion` (bits `[16]`).
    #[inline]
    pub const fn set_unexpected_completion(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 16)) | (((v) as u32 & 1) << 16);
    }

    /// This value with `unexpected_completion` replaced.
    #[inline]
    #[must_use]
    pub const fn with_unexpected_completion(mut self, v: bool) -> Self {
        self.set_unexpected_completion(v);
        self
    }

    /// a receive buffer overflowed
    ///
    /// Bits `[17]`, `rw1c`.
    #[inline]
    pub const fn receiver_overflow(&self) -> bool {
        (self.0 >> 17) & 1 != 0
    }

    /// Set `receiver_overflow` (bits `[17]`).
    #[inline]
    pub const fn set_receiver_overflow(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 17)) | (((v) as u32 & 1) << 17);
    }

    /// This value with `receiver_overflow` replaced.
    #[inline]
    #[must_use]
    pub const fn with_receiver_overflow(mut self, v: bool) -> Self {
        self.set_receiver_overflow(v);
        self
    }

    /// a malformed TLP was received
    ///
    /// Bits `[18]`, `rw1c`.
    #[inline]
    pub const fn malformed_tlp(&self) -> bool {
        (self.0 >> 18) & 1 != 0
    }

    /// Set `malformed_tlp` (bits `[18]`).
    #[inline]
    pub const fn set_malformed_tlp(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 18)) | (((v) as u32 & 1) << 18);
    }

    /// This value with `malformed_tlp` replaced.
    #[inline]
    #[must_use]
    pub const fn with_malformed_tlp(mut self, v: bool) -> Self {
        self.set_malformed_tlp(v);
        self
    }

    /// ECRC check failed
    ///
    /// Bits `[19]`, `rw1c`.
    #[inline]
    pub const fn ecrc_error(&self) -> bool {
        (self.0 >> 19) & 1 != 0
    }

    /// Set `ecrc_error` (bits `[19]`).
    #[inline]
    pub const fn set_ecrc_error(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 19)) | (((v) as u32 & 1) << 19);
    }

    /// This value with `ecrc_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ecrc_error(mut self, v: bool) -> Self {
        self.set_ecrc_error(v);
        self
    }

    /// an Unsupported Request was received
    ///
    /// Bits `[20]`, `rw1c`.
    #[inline]
    pub const fn unsupported_request(&self) -> bool {
        (self.0 >> 20) & 1 != 0
    }

    /// Set `unsupported_request` (bits `[20]`).
    #[inline]
    pub const fn set_unsupported_request(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 20)) | (((v) as u32 & 1) << 20);
    }

    /// This value with `unsupported_request` replaced.
    #[inline]
    #[must_use]
    pub const fn with_unsupported_request(mut self, v: bool) -> Self {
        self.set_unsupported_request(v);
        self
    }

    /// a request violated an enabled ACS control
    ///
    /// Bits `[21]`, `rw1c`.
    #[inline]
    pub const fn acs_violation(&self) -> bool {
        (self.0 >> 21) & 1 != 0
    }

    /// Set `acs_violation` (bits `[21]`).
    #[inline]
    pub const fn set_acs_violation(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 21)) | (((v) as u32 & 1) << 21);
    }

    /// This value with `acs_violation` replaced.
    #[inline]
    #[must_use]
    pub const fn with_acs_violation(mut self, v: bool) -> Self {
        self.set_acs_violation(v);
        self
    }

    /// uncorrectable internal error
    ///
    /// Bits `[22]`, `rw1c`.
    #[inline]
    pub const fn internal_error(&self) -> bool {
        (self.0 >> 22) & 1 != 0
    }

    /// Set `internal_error` (bits `[22]`).
    #[inline]
    pub const fn set_internal_error(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 22)) | (((v) as u32 & 1) << 22);
    }

    /// This value with `internal_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_internal_error(mut self, v: bool) -> Self {
        self.set_internal_error(v);
        self
    }

    /// a multicast TLP was blocked
    ///
    /// Bits `[23]`, `rw1c`.
    #[inline]
    pub const fn mc_blocked_tlp(&self) -> bool {
        (self.0 >> 23) & 1 != 0
    }

    /// Set `mc_blocked_tlp` (bits `[23]`).
    #[inline]
    pub const fn set_mc_blocked_tlp(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 23)) | (((v) as u32 & 1) << 23);
    }

    /// This value with `mc_blocked_tlp` replaced.
    #[inline]
    #[must_use]
    pub const fn with_mc_blocked_tlp(mut self, v: bool) -> Self {
        self.set_mc_blocked_tlp(v);
        self
    }

    /// an AtomicOp was blocked on egress
    ///
    /// Bits `[24]`, `rw1c`.
    #[inline]
    pub const fn atomic_op_egress_blocked(&self) -> bool {
        (self.0 >> 24) & 1 != 0
    }

    /// Set `atomic_op_egress_blocked` (bits `[24]`).
    #[inline]
    pub const fn set_atomic_op_egress_blocked(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 24)) | (((v) as u32 & 1) << 24);
    }

    /// This value with `atomic_op_egress_blocked` replaced.
    #[inline]
    #[must_use]
    pub const fn with_atomic_op_egress_blocked(mut self, v: bool) -> Self {
        self.set_atomic_op_egress_blocked(v);
        self
    }

    /// a TLP with End-End prefixes was blocked (prefix blocking or too many prefixes)
    ///
    /// Bits `[25]`, `rw1c`.
    #[inline]
    pub const fn tlp_prefix_blocked(&self) -> bool {
        (self.0 >> 25) & 1 != 0
    }

    /// Set `tlp_prefix_blocked` (bits `[25]`).
    #[inline]
    pub const fn set_tlp_prefix_blocked(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 25)) | (((v) as u32 & 1) << 25);
    }

    /// This value with `tlp_prefix_blocked` replaced.
    #[inline]
    #[must_use]
    pub const fn with_tlp_prefix_blocked(mut self, v: bool) -> Self {
        self.set_tlp_prefix_blocked(v);
        self
    }

    /// a poisoned TLP was blocked on egress
    ///
    /// Bits `[26]`, `rw1c`.
    #[inline]
    pub const fn poisoned_tlp_egress_blocked(&self) -> bool {
        (self.0 >> 26) & 1 != 0
    }

    /// Set `poisoned_tlp_egress_blocked` (bits `[26]`).
    #[inline]
    pub const fn set_poisoned_tlp_egress_blocked(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 26)) | (((v) as u32 & 1) << 26);
    }

    /// This value with `poisoned_tlp_egress_blocked` replaced.
    #[inline]
    #[must_use]
    pub const fn with_poisoned_tlp_egress_blocked(mut self, v: bool) -> Self {
        self.set_poisoned_tlp_egress_blocked(v);
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

impl core::fmt::Debug for AerUncorStatus {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AerUncorStatus")
            .field("dl_protocol_error", &self.dl_protocol_error())
            .field("surprise_down_error", &self.surprise_down_error())
            .field("poisoned_tlp_received", &self.poisoned_tlp_received())
            .field("fc_protocol_error", &self.fc_protocol_error())
            .field("completion_timeout", &self.completion_timeout())
            .field("completer_abort", &self.completer_abort())
            .field("unexpected_completion", &self.unexpected_completion())
            .field("receiver_overflow", &self.receiver_overflow())
            .field("malformed_tlp", &self.malformed_tlp())
            .field("ecrc_error", &self.ecrc_error())
            .field("unsupported_request", &self.unsupported_request())
            .field("acs_violation", &self.acs_violation())
            .field("internal_error", &self.internal_error())
            .field("mc_blocked_tlp", &self.mc_blocked_tlp())
            .field("atomic_op_egress_blocked", &self.atomic_op_egress_blocked())
            .field("tlp_prefix_blocked", &self.tlp_prefix_blocked())
            .field("poisoned_tlp_egress_blocked", &self.poisoned_tlp_egress_blocked())
            .finish()
    }
}

impl RegValue for AerUncorStatus {
    const BYTES: usize = 4;
    const W1C_MASK: u64 = 0x7ff_f030;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Uncorrectable Error Mask.
/// A set bit stops the error from being logged and reported.
///
/// `aer_uncor_mask_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AerUncorMask(pub u32);

impl AerUncorMask {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x108;
    /// Value after reset.
    pub const RESET: Self = Self(0x440_0000);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xf800_0fcf);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// mask Data Link Layer protocol error
    ///
    /// Bits `[4]`, `rw`.
    #[inline]
    pub const fn dl_protocol_error(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `dl_protocol_error` (bits `[4]`).
    #[inline]
    pub const fn set_dl_protocol_error(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u32 & 1) << 4);
    }

    /// This value with `dl_protocol_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dl_protocol_error(mut self, v: bool) -> Self {
        self.set_dl_protocol_error(v);
        self
    }

    /// mask surprise down
    ///
    /// Bits `[5]`, `rw`.
    #[inline]
    pub const fn surprise_down_error(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `surprise_down_error` (bits `[5]`).
    #[inline]
    pub const fn set_surprise_down_error(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u32 & 1) << 5);
    }

    /// This value with `surprise_down_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_surprise_down_error(mut self, v: bool) -> Self {
        self.set_surprise_down_error(v);
        self
    }

    /// mask poisoned TLP received
    ///
    /// Bits `[12]`, `rw`.
    #[inline]
    pub const fn poisoned_tlp_received(&self) -> bool {
        (self.0 >> 12) & 1 != 0
    }

    /// Set `poisoned_tlp_received` (bits `[12]`).
    #[inline]
    pub const fn set_poisoned_tlp_received(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 12)) | (((v) as u32 & 1) << 12);
    }

    /// This value with `poisoned_tlp_received` replaced.
    #[inline]
    #[must_use]
    pub const fn with_poisoned_tlp_received(mut self, v: bool) -> Self {
        self.set_poisoned_tlp_received(v);
        self
    }

    /// mask flow control protocol error
    ///
    /// Bits `[13]`, `rw`.
    #[inline]
    pub const fn fc_protocol_error(&self) -> bool {
        (self.0 >> 13) & 1 != 0
    }

    /// Set `fc_protocol_error` (bits `[13]`).
    #[inline]
    pub const fn set_fc_protocol_error(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 13)) | (((v) as u32 & 1) << 13);
    }

    /// This value with `fc_protocol_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fc_protocol_error(mut self, v: bool) -> Self {
        self.set_fc_protocol_error(v);
        self
    }

    /// mask completion timeout
    ///
    /// Bits `[14]`, `rw`.
    #[inline]
    pub const fn completion_timeout(&self) -> bool {
        (self.0 >> 14) & 1 != 0
    }

    /// Set `completion_timeout` (bits `[14]`).
    #[inline]
    pub const fn set_completion_timeout(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 14)) | (((v) as u32 & 1) << 14);
    }

    /// This value with `completion_timeout` replaced.
    #[inline]
    #[must_use]
    pub const fn with_completion_timeout(mut self, v: bool) -> Self {
        self.set_completion_timeout(v);
        self
    }

    /// mask completer abort
    ///
    /// Bits `[15]`, `rw`.
    #[inline]
    pub const fn completer_abort(&self) -> bool {
        (self.0 >> 15) & 1 != 0
    }

    /// Set `completer_abort` (bits `[15]`).
    #[inline]
    pub const fn set_completer_abort(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 15)) | (((v) as u32 & 1) << 15);
    }

    /// This value with `completer_abort` replaced.
    #[inline]
    #[must_use]
    pub const fn with_completer_abort(mut self, v: bool) -> Self {
        self.set_completer_abort(v);
        self
    }

    /// mask unexpected completion
    ///
    /// Bits `[16]`, `rw`.
    #[inline]
    pub const fn unexpected_completion(&self) -> bool {
        (self.0 >> 16) & 1 != 0
    }

    /// Set `unexpected_completion` (bits `[16]`).
    #[inline]
    pub const fn set_unexpected_completion(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 16)) | (((v) as u32 & 1) << 16);
    }

    /// This value with `unexpected_completion` replaced.
    #[inline]
    #[must_use]
    pub const fn with_unexpected_completion(mut self, v: bool) -> Self {
        self.set_unexpected_completion(v);
        self
    }

    /// mask receiver overflow
    ///
    /// Bits `[17]`, `rw`.
    #[inline]
    pub const fn receiver_overflow(&self) -> bool {
        (self.0 >> 17) & 1 != 0
    }

    /// Set `receiver_overflow` (bits `[17]`).
    #[inline]
    pub const fn set_receiver_overflow(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 17)) | (((v) as u32 & 1) << 17);
    }

    /// This value with `receiver_overflow` replaced.
    #[inline]
    #[must_use]
    pub const fn with_receiver_overflow(mut self, v: bool) -> Self {
        self.set_receiver_overflow(v);
        self
    }

    /// mask malformed TLP
    ///
    /// Bits `[18]`, `rw`.
    #[inline]
    pub const fn malformed_tlp(&self) -> bool {
        (self.0 >> 18) & 1 != 0
    }

    /// Set `malformed_tlp` (bits `[18]`).
    #[inline]
    pub const fn set_malformed_tlp(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 18)) | (((v) as u32 & 1) << 18);
    }

    /// This value with `malformed_tlp` replaced.
    #[inline]
    #[must_use]
    pub const fn with_malformed_tlp(mut self, v: bool) -> Self {
        self.set_malformed_tlp(v);
        self
    }

    /// mask ECRC error
    ///
    /// Bits `[19]`, `rw`.
    #[inline]
    pub const fn ecrc_error(&self) -> bool {
        (self.0 >> 19) & 1 != 0
    }

    /// Set `ecrc_error` (bits `[19]`).
    #[inline]
    pub const fn set_ecrc_error(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 19)) | (((v) as u32 & 1) << 19);
    }

    /// This value with `ecrc_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ecrc_error(mut self, v: bool) -> Self {
        self.set_ecrc_error(v);
        self
    }

    /// mask Unsupported Request
    ///
    /// Bits `[20]`, `rw`.
    #[inline]
    pub const fn unsupported_request(&self) -> bool {
        (self.0 >> 20) & 1 != 0
    }

    /// Set `unsupported_request` (bits `[20]`).
    #[inline]
    pub const fn set_unsupported_request(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 20)) | (((v) as u32 & 1) << 20);
    }

    /// This value with `unsupported_request` replaced.
    #[inline]
    #[must_use]
    pub const fn with_unsupported_request(mut self, v: bool) -> Self {
        self.set_unsupported_request(v);
        self
    }

    /// mask ACS violation
    ///
    /// Bits `[21]`, `rw`.
    #[inline]
    pub const fn acs_violation(&self) -> bool {
        (self.0 >> 21) & 1 != 0
    }

    /// Set `acs_violation` (bits `[21]`).
    #[inline]
    pub const fn set_acs_violation(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 21)) | (((v) as u32 & 1) << 21);
    }

    /// This value with `acs_violation` replaced.
    #[inline]
    #[must_use]
    pub const fn with_acs_violation(mut self, v: bool) -> Self {
        self.set_acs_violation(v);
        self
    }

    /// mask uncorrectable internal error
    ///
    /// Bits `[22]`, `rw`.
    #[inline]
    pub const fn internal_error(&self) -> bool {
        (self.0 >> 22) & 1 != 0
    }

    /// Set `internal_error` (bits `[22]`).
    #[inline]
    pub const fn set_internal_error(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 22)) | (((v) as u32 & 1) << 22);
    }

    /// This value with `internal_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_internal_error(mut self, v: bool) -> Self {
        self.set_internal_error(v);
        self
    }

    /// mask multicast blocked TLP
    ///
    /// Bits `[23]`, `rw`.
    #[inline]
    pub const fn mc_blocked_tlp(&self) -> bool {
        (self.0 >> 23) & 1 != 0
    }

    /// Set `mc_blocked_tlp` (bits `[23]`).
    #[inline]
    pub const fn set_mc_blocked_tlp(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 23)) | (((v) as u32 & 1) << 23);
    }

    /// This value with `mc_blocked_tlp` replaced.
    #[inline]
    #[must_use]
    pub const fn with_mc_blocked_tlp(mut self, v: bool) -> Self {
        self.set_mc_blocked_tlp(v);
        self
    }

    /// mask AtomicOp egress blocked
    ///
    /// Bits `[24]`, `rw`.
    #[inline]
    pub const fn atomic_op_egress_blocked(&self) -> bool {
        (self.0 >> 24) & 1 != 0
    }

    /// Set `atomic_op_egress_blocked` (bits `[24]`).
    #[inline]
    pub const fn set_atomic_op_egress_blocked(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 24)) | (((v) as u32 & 1) << 24);
    }

    /// This value with `atomic_op_egress_blocked` replaced.
    #[inline]
    #[must_use]
    pub const fn with_atomic_op_egress_blocked(mut self, v: bool) -> Self {
        self.set_atomic_op_egress_blocked(v);
        self
    }

    /// mask TLP prefix blocked
    ///
    /// Bits `[25]`, `rw`.
    #[inline]
    pub const fn tlp_prefix_blocked(&self) -> bool {
        (self.0 >> 25) & 1 != 0
    }

    /// Set `tlp_prefix_blocked` (bits `[25]`).
    #[inline]
    pub const fn set_tlp_prefix_blocked(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 25)) | (((v) as u32 & 1) << 25);
    }

    /// This value with `tlp_prefix_blocked` replaced.
    #[inline]
    #[must_use]
    pub const fn with_tlp_prefix_blocked(mut self, v: bool) -> Self {
        self.set_tlp_prefix_blocked(v);
        self
    }

    /// mask poisoned TLP egress blocked
    ///
    /// Bits `[26]`, `rw`.
    #[inline]
    pub const fn poisoned_tlp_egress_blocked(&self) -> bool {
        (self.0 >> 26) & 1 != 0
    }

    /// Set `poisoned_tlp_egress_blocked` (bits `[26]`).
    #[inline]
    pub const fn set_poisoned_tlp_egress_blocked(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 26)) | (((v) as u32 & 1) << 26);
    }

    /// This value with `poisoned_tlp_egress_blocked` replaced.
    #[inline]
    #[must_use]
    pub const fn with_poisoned_tlp_egress_blocked(mut self, v: bool) -> Self {
        self.set_poisoned_tlp_egress_blocked(v);
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

impl core::fmt::Debug for AerUncorMask {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AerUncorMask")
            .field("dl_protocol_error", &self.dl_protocol_error())
            .field("surprise_down_error", &self.surprise_down_error())
            .field("poisoned_tlp_received", &self.poisoned_tlp_received())
            .field("fc_protocol_error", &self.fc_protocol_error())
            .field("completion_timeout", &self.completion_timeout())
            .field("completer_abort", &self.completer_abort())
            .field("unexpected_completion", &self.unexpected_completion())
            .field("receiver_overflow", &self.receiver_overflow())
            .field("malformed_tlp", &self.malformed_tlp())
            .field("ecrc_error", &self.ecrc_error())
            .field("unsupported_request", &self.unsupported_request())
            .field("acs_violation", &self.acs_violation())
            .field("internal_error", &self.internal_error())
            .field("mc_blocked_tlp", &self.mc_blocked_tlp())
            .field("atomic_op_egress_blocked", &self.atomic_op_egress_blocked())
            .field("tlp_prefix_blocked", &self.tlp_prefix_blocked())
            .field("poisoned_tlp_egress_blocked", &self.poisoned_tlp_egress_blocked())
            .finish()
    }
}

impl RegValue for AerUncorMask {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Uncorrectable Error Severity.
/// A set bit reports the error as fatal, a clear bit as non-fatal.
///
/// `aer_uncor_severity_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AerUncorSeverity(pub u32);

impl AerUncorSeverity {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x10c;
    /// Value after reset.
    pub const RESET: Self = Self(0x46_2030);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xf800_0fcf);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// Data Link Layer protocol error is fatal
    ///
    /// Bits `[4]`, `rw`.
    #[inline]
    pub const fn dl_protocol_error(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `dl_protocol_error` (bits `[4]`).
    #[inline]
    pub const fn set_dl_protocol_error(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u32 & 1) << 4);
    }

    /// This value with `dl_protocol_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dl_protocol_error(mut self, v: bool) -> Self {
        self.set_dl_protocol_error(v);
        self
    }

    /// surprise down is fatal
    ///
    /// Bits `[5]`, `rw`.
    #[inline]
    pub const fn surprise_down_error(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `surprise_down_error` (bits `[5]`).
    #[inline]
    pub const fn set_surprise_down_error(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u32 & 1) << 5);
    }

    /// This value with `surprise_down_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_surprise_down_error(mut self, v: bool) -> Self {
        self.set_surprise_down_error(v);
        self
    }

    /// poisoned TLP received is fatal
    ///
    /// Bits `[12]`, `rw`.
    #[inline]
    pub const fn poisoned_tlp_received(&self) -> bool {
        (self.0 >> 12) & 1 != 0
    }

    /// Set `poisoned_tlp_received` (bits `[12]`).
    #[inline]
    pub const fn set_poisoned_tlp_received(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 12)) | (((v) as u32 & 1) << 12);
    }

    /// This value with `poisoned_tlp_received` replaced.
    #[inline]
    #[must_use]
    pub const fn with_poisoned_tlp_received(mut self, v: bool) -> Self {
        self.set_poisoned_tlp_received(v);
        self
    }

    /// flow control protocol error is fatal
    ///
    /// Bits `[13]`, `rw`.
    #[inline]
    pub const fn fc_protocol_error(&self) -> bool {
        (self.0 >> 13) & 1 != 0
    }

    /// Set `fc_protocol_error` (bits `[13]`).
    #[inline]
    pub const fn set_fc_protocol_error(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 13)) | (((v) as u32 & 1) << 13);
    }

    /// This value with `fc_protocol_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fc_protocol_error(mut self, v: bool) -> Self {
        self.set_fc_protocol_error(v);
        self
    }

    /// completion timeout is fatal
    ///
    /// Bits `[14]`, `rw`.
    #[inline]
    pub const fn completion_timeout(&self) -> bool {
        (self.0 >> 14) & 1 != 0
    }

    /// Set `completion_timeout` (bits `[14]`).
    #[inline]
    pub const fn set_completion_timeout(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 14)) | (((v) as u32 & 1) << 14);
    }

    /// This value with `completion_timeout` replaced.
    #[inline]
    #[must_use]
    pub const fn with_completion_timeout(mut self, v: bool) -> Self {
        self.set_completion_timeout(v);
        self
    }

    /// completer abort is fatal
    ///
    /// Bits `[15]`, `rw`.
    #[inline]
    pub const fn completer_abort(&self) -> bool {
        (self.0 >> 15) & 1 != 0
    }

    /// Set `completer_abort` (bits `[15]`).
    #[inline]
    pub const fn set_completer_abort(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 15)) | (((v) as u32 & 1) << 15);
    }

    /// This value with `completer_abort` replaced.
    #[inline]
    #[must_use]
    pub const fn with_completer_abort(mut self, v: bool) -> Self {
        self.set_completer_abort(v);
        self
    }

    /// unexpected completion is fatal
    ///
    /// Bits `[16]`, `rw`.
    #[inline]
    pub const fn unexpected_completion(&self) -> bool {
        (self.0 >> 16) & 1 != 0
    }

    /// Set `unexpected_completion` (bits `[16]`).
    #[inline]
    pub const fn set_unexpected_completion(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 16)) | (((v) as u32 & 1) << 16);
    }

    /// This value with `unexpected_completion` replaced.
    #[inline]
    #[must_use]
    pub const fn with_unexpected_completion(mut self, v: bool) -> Self {
        self.set_unexpected_completion(v);
        self
    }

    /// receiver overflow is fatal
    ///
    /// Bits `[17]`, `rw`.
    #[inline]
    pub const fn receiver_overflow(&self) -> bool {
        (self.0 >> 17) & 1 != 0
    }

    /// Set `receiver_overflow` (bits `[17]`).
    #[inline]
    pub const fn set_receiver_overflow(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 17)) | (((v) as u32 & 1) << 17);
    }

    /// This value with `receiver_overflow` replaced.
    #[inline]
    #[must_use]
    pub const fn with_receiver_overflow(mut self, v: bool) -> Self {
        self.set_receiver_overflow(v);
        self
    }

    /// malformed TLP is fatal
    ///
    /// Bits `[18]`, `rw`.
    #[inline]
    pub const fn malformed_tlp(&self) -> bool {
        (self.0 >> 18) & 1 != 0
    }

    /// Set `malformed_tlp` (bits `[18]`).
    #[inline]
    pub const fn set_malformed_tlp(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 18)) | (((v) as u32 & 1) << 18);
    }

    /// This value with `malformed_tlp` replaced.
    #[inline]
    #[must_use]
    pub const fn with_malformed_tlp(mut self, v: bool) -> Self {
        self.set_malformed_tlp(v);
        self
    }

    /// ECRC error is fatal
    ///
    /// Bits `[19]`, `rw`.
    #[inline]
    pub const fn ecrc_error(&self) -> bool {
        (self.0 >> 19) & 1 != 0
    }

    /// Set `ecrc_error` (bits `[19]`).
    #[inline]
    pub const fn set_ecrc_error(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 19)) | (((v) as u32 & 1) << 19);
    }

    /// This value with `ecrc_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ecrc_error(mut self, v: bool) -> Self {
        self.set_ecrc_error(v);
        self
    }

    /// Unsupported Request is fatal
    ///
    /// Bits `[20]`, `rw`.
    #[inline]
    pub const fn unsupported_request(&self) -> bool {
        (self.0 >> 20) & 1 != 0
    }

    /// Set `unsupported_request` (bits `[20]`).
    #[inline]
    pub const fn set_unsupported_request(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 20)) | (((v) as u32 & 1) << 20);
    }

    /// This value with `unsupported_request` replaced.
    #[inline]
    #[must_use]
    pub const fn with_unsupported_request(mut self, v: bool) -> Self {
        self.set_unsupported_request(v);
        self
    }

    /// ACS violation is fatal
    ///
    /// Bits `[21]`, `rw`.
    #[inline]
    pub const fn acs_violation(&self) -> bool {
        (self.0 >> 21) & 1 != 0
    }

    /// Set `acs_violation` (bits `[21]`).
    #[inline]
    pub const fn set_acs_violation(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 21)) | (((v) as u32 & 1) << 21);
    }

    /// This value with `acs_violation` replaced.
    #[inline]
    #[must_use]
    pub const fn with_acs_violation(mut self, v: bool) -> Self {
        self.set_acs_violation(v);
        self
    }

    /// uncorrectable internal error is fatal
    ///
    /// Bits `[22]`, `rw`.
    #[inline]
    pub const fn internal_error(&self) -> bool {
        (self.0 >> 22) & 1 != 0
    }

    /// Set `internal_error` (bits `[22]`).
    #[inline]
    pub const fn set_internal_error(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 22)) | (((v) as u32 & 1) << 22);
    }

    /// This value with `internal_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_internal_error(mut self, v: bool) -> Self {
        self.set_internal_error(v);
        self
    }

    /// multicast blocked TLP is fatal
    ///
    /// Bits `[23]`, `rw`.
    #[inline]
    pub const fn mc_blocked_tlp(&self) -> bool {
        (self.0 >> 23) & 1 != 0
    }

    /// Set `mc_blocked_tlp` (bits `[23]`).
    #[inline]
    pub const fn set_mc_blocked_tlp(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 23)) | (((v) as u32 & 1) << 23);
    }

    /// This value with `mc_blocked_tlp` replaced.
    #[inline]
    #[must_use]
    pub const fn with_mc_blocked_tlp(mut self, v: bool) -> Self {
        self.set_mc_blocked_tlp(v);
        self
    }

    /// AtomicOp egress blocked is fatal
    ///
    /// Bits `[24]`, `rw`.
    #[inline]
    pub const fn atomic_op_egress_blocked(&self) -> bool {
        (self.0 >> 24) & 1 != 0
    }

    /// Set `atomic_op_egress_blocked` (bits `[24]`).
    #[inline]
    pub const fn set_atomic_op_egress_blocked(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 24)) | (((v) as u32 & 1) << 24);
    }

    /// This value with `atomic_op_egress_blocked` replaced.
    #[inline]
    #[must_use]
    pub const fn with_atomic_op_egress_blocked(mut self, v: bool) -> Self {
        self.set_atomic_op_egress_blocked(v);
        self
    }

    /// TLP prefix blocked is fatal
    ///
    /// Bits `[25]`, `rw`.
    #[inline]
    pub const fn tlp_prefix_blocked(&self) -> bool {
        (self.0 >> 25) & 1 != 0
    }

    /// Set `tlp_prefix_blocked` (bits `[25]`).
    #[inline]
    pub const fn set_tlp_prefix_blocked(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 25)) | (((v) as u32 & 1) << 25);
    }

    /// This value with `tlp_prefix_blocked` replaced.
    #[inline]
    #[must_use]
    pub const fn with_tlp_prefix_blocked(mut self, v: bool) -> Self {
        self.set_tlp_prefix_blocked(v);
        self
    }

    /// poisoned TLP egress blocked is fatal
    ///
    /// Bits `[26]`, `rw`.
    #[inline]
    pub const fn poisoned_tlp_egress_blocked(&self) -> bool {
        (self.0 >> 26) & 1 != 0
    }

    /// Set `poisoned_tlp_egress_blocked` (bits `[26]`).
    #[inline]
    pub const fn set_poisoned_tlp_egress_blocked(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 26)) | (((v) as u32 & 1) << 26);
    }

    /// This value with `poisoned_tlp_egress_blocked` replaced.
    #[inline]
    #[must_use]
    pub const fn with_poisoned_tlp_egress_blocked(mut self, v: bool) -> Self {
        self.set_poisoned_tlp_egress_blocked(v);
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

impl core::fmt::Debug for AerUncorSeverity {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AerUncorSeverity")
            .field("dl_protocol_error", &self.dl_protocol_error())
            .field("surprise_down_error", &self.surprise_down_error())
            .field("poisoned_tlp_received", &self.poisoned_tlp_received())
            .field("fc_protocol_error", &self.fc_protocol_error())
            .field("completion_timeout", &self.completion_timeout())
            .field("completer_abort", &self.completer_abort())
            .field("unexpected_completion", &self.unexpected_completion())
            .field("receiver_overflow", &self.receiver_overflow())
            .field("malformed_tlp", &self.malformed_tlp())
            .field("ecrc_error", &self.ecrc_error())
            .field("unsupported_request", &self.unsupported_request())
            .field("acs_violation", &self.acs_violation())
            .field("internal_error", &self.internal_error())
            .field("mc_blocked_tlp", &self.mc_blocked_tlp())
            .field("atomic_op_egress_blocked", &self.atomic_op_egress_blocked())
            .field("tlp_prefix_blocked", &self.tlp_prefix_blocked())
            .field("poisoned_tlp_egress_blocked", &self.poisoned_tlp_egress_blocked())
            .finish()
    }
}

impl RegValue for AerUncorSeverity {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Correctable Error Status.
/// Sticky status of each correctable error the port detected; write 1 to clear.
///
/// `aer_cor_status_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AerCorStatus(pub u32);

impl AerCorStatus {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x110;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xffff_0e3e);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// physical layer receiver error
    ///
    /// Bits `[0]`, `rw1c`.
    #[inline]
    pub const fn receiver_error(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `receiver_error` (bits `[0]`).
    #[inline]
    pub const fn set_receiver_error(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u32 & 1);
    }

    /// This value with `receiver_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_receiver_error(mut self, v: bool) -> Self {
        self.set_receiver_error(v);
        self
    }

    /// a TLP failed its LCRC or sequence check
    ///
    /// Bits `[6]`, `rw1c`.
    #[inline]
    pub const fn bad_tlp(&self) -> bool {
        (self.0 >> 6) & 1 != 0
    }

    /// Set `bad_tlp` (bits `[6]`).
    #[inline]
    pub const fn set_bad_tlp(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 6)) | (((v) as u32 & 1) << 6);
    }

    /// This value with `bad_tlp` replaced.
    #[inline]
    #[must_use]
    pub const fn with_bad_tlp(mut self, v: bool) -> Self {
        self.set_bad_tlp(v);
        self
    }

    /// a DLLP failed its CRC
    ///
    /// Bits `[7]`, `rw1c`.
    #[inline]
    pub const fn bad_dllp(&self) -> bool {
        (self.0 >> 7) & 1 != 0
    }

    /// Set `bad_dllp` (bits `[7]`).
    #[inline]
    pub const fn set_bad_dllp(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 7)) | (((v) as u32 & 1) << 7);
    }

    /// This value with `bad_dllp` replaced.
    #[inline]
    #[must_use]
    pub const fn with_bad_dllp(mut self, v: bool) -> Self {
        self.set_bad_dllp(v);
        self
    }

    /// the replay counter rolled over
    ///
    /// Bits `[8]`, `rw1c`.
    #[inline]
    pub const fn replay_num_rollover(&self) -> bool {
        (self.0 >> 8) & 1 != 0
    }

    /// Set `replay_num_rollover` (bits `[8]`).
    #[inline]
    pub const fn set_replay_num_rollover(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 8)) | (((v) as u32 & 1) << 8);
    }

    /// This value with `replay_num_rollover` replaced.
    #[inline]
    #[must_use]
    pub const fn with_replay_num_rollover(mut self, v: bool) -> Self {
        self.set_replay_num_rollover(v);
        self
    }

    /// the replay timer expired
    ///
    /// Bits `[12]`, `rw1c`.
    #[inline]
    pub const fn replay_timer_timeout(&self) -> bool {
        (self.0 >> 12) & 1 != 0
    }

    /// Set `replay_timer_timeout` (bits `[12]`).
    #[inline]
    pub const fn set_replay_timer_timeout(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 12)) | (((v) as u32 & 1) << 12);
    }

    /// This value with `replay_timer_timeout` replaced.
    #[inline]
    #[must_use]
    pub const fn with_replay_timer_timeout(mut self, v: bool) -> Self {
        self.set_replay_timer_timeout(v);
        self
    }

    /// a non-fatal error was reported as correctable (advisory)
    ///
    /// Bits `[13]`, `rw1c`.
    #[inline]
    pub const fn advisory_non_fatal(&self) -> bool {
        (self.0 >> 13) & 1 != 0
    }

    /// Set `advisory_non_fatal` (bits `[13]`).
    #[inline]
    pub const fn set_advisory_non_fatal(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 13)) | (((v) as u32 & 1) << 13);
    }

    /// This value with `advisory_non_fatal` replaced.
    #[inline]
    #[must_use]
    pub const fn with_advisory_non_fatal(mut self, v: bool) -> Self {
        self.set_advisory_non_fatal(v);
        self
    }

    /// corrected internal error
    ///
    /// Bits `[14]`, `rw1c`.
    #[inline]
    pub const fn corrected_internal_error(&self) -> bool {
        (self.0 >> 14) & 1 != 0
    }

    /// Set `corrected_internal_error` (bits `[14]`).
    #[inline]
    pub const fn set_corrected_internal_error(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 14)) | (((v) as u32 & 1) << 14);
    }

    /// This value with `corrected_internal_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_corrected_internal_error(mut self, v: bool) -> Self {
        self.set_corrected_internal_error(v);
        self
    }

    /// a header could not be logged (log full)
    ///
    /// Bits `[15]`, `rw1c`.
    #[inline]
    pub const fn header_log_overflow(&self) -> bool {
        (self.0 >> 15) & 1 != 0
    }

    /// Set `header_log_overflow` (bits `[15]`).
    #[inline]
    pub const fn set_header_log_overflow(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 15)) | (((v) as u32 & 1) << 15);
    }

    /// This value with `header_log_overflow` replaced.
    #[inline]
    #[must_use]
    pub const fn with_header_log_overflow(mut self, v: bool) -> Self {
        self.set_header_log_overflow(v);
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

impl core::fmt::Debug for AerCorStatus {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AerCorStatus")
            .field("receiver_error", &self.receiver_error())
            .field("bad_tlp", &self.bad_tlp())
            .field("bad_dllp", &self.bad_dllp())
            .field("replay_num_rollover", &self.replay_num_rollover())
            .field("replay_timer_timeout", &self.replay_timer_timeout())
            .field("advisory_non_fatal", &self.advisory_non_fatal())
            .field("corrected_internal_error", &self.corrected_internal_error())
            .field("header_log_overflow", &self.header_log_overflow())
            .finish()
    }
}

impl RegValue for AerCorStatus {
    const BYTES: usize = 4;
    const W1C_MASK: u64 = 0xf1c1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Correctable Error Mask.
/// A set bit stops the error from being reported.
///
/// `aer_cor_mask_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AerCorMask(pub u32);

impl AerCorMask {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x114;
    /// Value after reset.
    pub const RESET: Self = Self(0xe000);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xffff_0e3e);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// mask receiver error
    ///
    /// Bits `[0]`, `rw`.
    #[inline]
    pub const fn receiver_error(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `receiver_error` (bits `[0]`).
    #[inline]
    pub const fn set_receiver_error(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u32 & 1);
    }

    /// This value with `receiver_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_receiver_error(mut self, v: bool) -> Self {
        self.set_receiver_error(v);
        self
    }

    /// mask bad TLP
    ///
    /// Bits `[6]`, `rw`.
    #[inline]
    pub const fn bad_tlp(&self) -> bool {
        (self.0 >> 6) & 1 != 0
    }

    /// Set `bad_tlp` (bits `[6]`).
    #[inline]
    pub const fn set_bad_tlp(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 6)) | (((v) as u32 & 1) << 6);
    }

    /// This value with `bad_tlp` replaced.
    #[inline]
    #[must_use]
    pub const fn with_bad_tlp(mut self, v: bool) -> Self {
        self.set_bad_tlp(v);
        self
    }

    /// mask bad DLLP
    ///
    /// Bits `[7]`, `rw`.
    #[inline]
    pub const fn bad_dllp(&self) -> bool {
        (self.0 >> 7) & 1 != 0
    }

    /// Set `bad_dllp` (bits `[7]`).
    #[inline]
    pub const fn set_bad_dllp(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 7)) | (((v) as u32 & 1) << 7);
    }

    /// This value with `bad_dllp` replaced.
    #[inline]
    #[must_use]
    pub const fn with_bad_dllp(mut self, v: bool) -> Self {
        self.set_bad_dllp(v);
        self
    }

    /// mask replay number rollover
    ///
    /// Bits `[8]`, `rw`.
    #[inline]
    pub const fn replay_num_rollover(&self) -> bool {
        (self.0 >> 8) & 1 != 0
    }

    /// Set `replay_num_rollover` (bits `[8]`).
    #[inline]
    pub const fn set_replay_num_rollover(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 8)) | (((v) as u32 & 1) << 8);
    }

    /// This value with `replay_num_rollover` replaced.
    #[inline]
    #[must_use]
    pub const fn with_replay_num_rollover(mut self, v: bool) -> Self {
        self.set_replay_num_rollover(v);
        self
    }

    /// mask replay timer timeout
    ///
    /// Bits `[12]`, `rw`.
    #[inline]
    pub const fn replay_timer_timeout(&self) -> bool {
        (self.0 >> 12) & 1 != 0
    }

    /// Set `replay_timer_timeout` (bits `[12]`).
    #[inline]
    pub const fn set_replay_timer_timeout(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 12)) | (((v) as u32 & 1) << 12);
    }

    /// This value with `replay_timer_timeout` replaced.
    #[inline]
    #[must_use]
    pub const fn with_replay_timer_timeout(mut self, v: bool) -> Self {
        self.set_replay_timer_timeout(v);
        self
    }

    /// mask advisory non-fatal error
    ///
    /// Bits `[13]`, `rw`.
    #[inline]
    pub const fn advisory_non_fatal(&self) -> bool {
        (self.0 >> 13) & 1 != 0
    }

    /// Set `advisory_non_fatal` (bits `[13]`).
    #[inline]
    pub const fn set_advisory_non_fatal(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 13)) | (((v) as u32 & 1) << 13);
    }

    /// This value with `advisory_non_fatal` replaced.
    #[inline]
    #[must_use]
    pub const fn with_advisory_non_fatal(mut self, v: bool) -> Self {
        self.set_advisory_non_fatal(v);
        self
    }

    /// mask corrected internal error
    ///
    /// Bits `[14]`, `rw`.
    #[inline]
    pub const fn corrected_internal_error(&self) -> bool {
        (self.0 >> 14) & 1 != 0
    }

    /// Set `corrected_internal_error` (bits `[14]`).
    #[inline]
    pub const fn set_corrected_internal_error(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 14)) | (((v) as u32 & 1) << 14);
    }

    /// This value with `corrected_internal_error` replaced.
    #[inline]
    #[must_use]
    pub const fn with_corrected_internal_error(mut self, v: bool) -> Self {
        self.set_corrected_internal_error(v);
        self
    }

    /// mask header log overflow
    ///
    /// Bits `[15]`, `rw`.
    #[inline]
    pub const fn header_log_overflow(&self) -> bool {
        (self.0 >> 15) & 1 != 0
    }

    /// Set `header_log_overflow` (bits `[15]`).
    #[inline]
    pub const fn set_header_log_overflow(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 15)) | (((v) as u32 & 1) << 15);
    }

    /// This value with `header_log_overflow` replaced.
    #[inline]
    #[must_use]
    pub const fn with_header_log_overflow(mut self, v: bool) -> Self {
        self.set_header_log_overflow(v);
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

impl core::fmt::Debug for AerCorMask {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AerCorMask")
            .field("receiver_error", &self.receiver_error())
            .field("bad_tlp", &self.bad_tlp())
            .field("bad_dllp", &self.bad_dllp())
            .field("replay_num_rollover", &self.replay_num_rollover())
            .field("replay_timer_timeout", &self.replay_timer_timeout())
            .field("advisory_non_fatal", &self.advisory_non_fatal())
            .field("corrected_internal_error", &self.corrected_internal_error())
            .field("header_log_overflow", &self.header_log_overflow())
            .finish()
    }
}

impl RegValue for AerCorMask {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Advanced Error Capabilities and Control.
/// No ECRC, one header log; says whether the TLP Prefix Log holds the logged TLP's prefixes.
///
/// `aer_cap_ctrl_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AerCapCtrl(pub u32);

impl AerCapCtrl {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x118;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xffff_e000);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// bit number of the first uncorrectable error logged
    ///
    /// Bits `[4:0]`, `ro`.
    #[inline]
    pub const fn first_error_pointer(&self) -> u8 {
        (self.0 & 0x1f) as u8
    }

    /// Set `first_error_pointer` (bits `[4:0]`).
    #[inline]
    pub const fn set_first_error_pointer(&mut self, v: u8) {
        debug_assert!((v as u64) >> 5 == 0, "value does not fit field `first_error_pointer`");
        self.0 = (self.0 & !0x1f) | ((v) as u32 & 0x1f);
    }

    /// This value with `first_error_pointer` replaced.
    #[inline]
    #[must_use]
    pub const fn with_first_error_pointer(mut self, v: u8) -> Self {
        self.set_first_error_pointer(v);
        self
    }

    /// ECRC generation (no)
    ///
    /// Bits `[5]`, `hwinit`.
    #[inline]
    pub const fn ecrc_gen_capable(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `ecrc_gen_capable` (bits `[5]`).
    #[inline]
    pub const fn set_ecrc_gen_capable(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u32 & 1) << 5);
    }

    /// This value with `ecrc_gen_capable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ecrc_gen_capable(mut self, v: bool) -> Self {
        self.set_ecrc_gen_capable(v);
        self
    }

    /// ECRC generation enable (not capable)
    ///
    /// Bits `[6]`, `hwinit`.
    #[inline]
    pub const fn ecrc_gen_en(&self) -> bool {
        (self.0 >> 6) & 1 != 0
    }

    /// Set `ecrc_gen_en` (bits `[6]`).
    #[inline]
    pub const fn set_ecrc_gen_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 6)) | (((v) as u32 & 1) << 6);
    }

    /// This value with `ecrc_gen_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ecrc_gen_en(mut self, v: bool) -> Self {
        self.set_ecrc_gen_en(v);
        self
    }

    /// ECRC check (no)
    ///
    /// Bits `[7]`, `hwinit`.
    #[inline]
    pub const fn ecrc_check_capable(&self) -> bool {
        (self.0 >> 7) & 1 != 0
    }

    /// Set `ecrc_check_capable` (bits `[7]`).
    #[inline]
    pub const fn set_ecrc_check_capable(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 7)) | (((v) as u32 & 1) << 7);
    }

    /// This value with `ecrc_check_capable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ecrc_check_capable(mut self, v: bool) -> Self {
        self.set_ecrc_check_capable(v);
        self
    }

    /// ECRC check enable (not capable)
    ///
    /// Bits `[8]`, `hwinit`.
    #[inline]
    pub const fn ecrc_check_en(&self) -> bool {
        (self.0 >> 8) & 1 != 0
    }

    /// Set `ecrc_check_en` (bits `[8]`).
    #[inline]
    pub const fn set_ecrc_check_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 8)) | (((v) as u32 & 1) << 8);
    }

    /// This value with `ecrc_check_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_ecrc_check_en(mut self, v: bool) -> Self {
        self.set_ecrc_check_en(v);
        self
    }

    /// multiple header recording (no)
    ///
    /// Bits `[9]`, `hwinit`.
    #[inline]
    pub const fn multi_header_capable(&self) -> bool {
        (self.0 >> 9) & 1 != 0
    }

    /// Set `multi_header_capable` (bits `[9]`).
    #[inline]
    pub const fn set_multi_header_capable(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 9)) | (((v) as u32 & 1) << 9);
    }

    /// This value with `multi_header_capable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_multi_header_capable(mut self, v: bool) -> Self {
        self.set_multi_header_capable(v);
        self
    }

    /// multiple header recording enable (not capable)
    ///
    /// Bits `[10]`, `hwinit`.
    #[inline]
    pub const fn multi_header_en(&self) -> bool {
        (self.0 >> 10) & 1 != 0
    }

    /// Set `multi_header_en` (bits `[10]`).
    #[inline]
    pub const fn set_multi_header_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 10)) | (((v) as u32 & 1) << 10);
    }

    /// This value with `multi_header_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_multi_header_en(mut self, v: bool) -> Self {
        self.set_multi_header_en(v);
        self
    }

    /// the TLP Prefix Log holds the prefixes of the logged TLP
    ///
    /// Bits `[11]`, `ro`.
    #[inline]
    pub const fn tlp_prefix_log_present(&self) -> bool {
        (self.0 >> 11) & 1 != 0
    }

    /// Set `tlp_prefix_log_present` (bits `[11]`).
    #[inline]
    pub const fn set_tlp_prefix_log_present(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 11)) | (((v) as u32 & 1) << 11);
    }

    /// This value with `tlp_prefix_log_present` replaced.
    #[inline]
    #[must_use]
    pub const fn with_tlp_prefix_log_present(mut self, v: bool) -> Self {
        self.set_tlp_prefix_log_present(v);
        self
    }

    /// headers of timed-out requests are logged (no)
    ///
    /// Bits `[12]`, `hwinit`.
    #[inline]
    pub const fn cpl_timeout_log_capable(&self) -> bool {
        (self.0 >> 12) & 1 != 0
    }

    /// Set `cpl_timeout_log_capable` (bits `[12]`).
    #[inline]
    pub const fn set_cpl_timeout_log_capable(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 12)) | (((v) as u32 & 1) << 12);
    }

    /// This value with `cpl_timeout_log_capable` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cpl_timeout_log_capable(mut self, v: bool) -> Self {
        self.set_cpl_timeout_log_capable(v);
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

impl core::fmt::Debug for AerCapCtrl {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AerCapCtrl")
            .field("first_error_pointer", &self.first_error_pointer())
            .field("ecrc_gen_capable", &self.ecrc_gen_capable())
            .field("ecrc_gen_en", &self.ecrc_gen_en())
            .field("ecrc_check_capable", &self.ecrc_check_capable())
            .field("ecrc_check_en", &self.ecrc_check_en())
            .field("multi_header_capable", &self.multi_header_capable())
            .field("multi_header_en", &self.multi_header_en())
            .field("tlp_prefix_log_present", &self.tlp_prefix_log_present())
            .field("cpl_timeout_log_capable", &self.cpl_timeout_log_capable())
            .finish()
    }
}

impl RegValue for AerCapCtrl {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Header Log, four DWORDs.
/// The header of the TLP of the first error; byte 0 of the header sits in bits \[31:24\] of DW 0.
///
/// `aer_header_log_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AerHeaderLog(pub u32);

impl AerHeaderLog {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block (of instance 0).
    pub const OFFSET: usize = 0x11c;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// Number of instances.
    pub const COUNT: usize = 4;
    /// Bytes between instances.
    pub const STRIDE: usize = 4;

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// one DWORD of the logged TLP header
    ///
    /// Bits `[31:0]`, `ro`.
    #[inline]
    pub const fn dw(&self) -> u32 {
        (self.0 & 0xffff_ffff) as u32
    }

    /// Set `dw` (bits `[31:0]`).
    #[inline]
    pub const fn set_dw(&mut self, v: u32) {
        debug_assert!((v as u64) >> 32 == 0, "value does not fit field `dw`");
        self.0 = (v) as u32;
    }

    /// This value with `dw` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dw(mut self, v: u32) -> Self {
        self.set_dw(v);
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

impl core::fmt::Debug for AerHeaderLog {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AerHeaderLog")
            .field("dw", &self.dw())
            .finish()
    }
}

impl RegValue for AerHeaderLog {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Root Error Command.
///
/// `aer_root_err_cmd_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AerRootErrCmd(pub u32);

impl AerRootErrCmd {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x12c;
    /// Value after reset.
    pub const RESET: Self = Self(0);
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

    /// interrupt when a correctable error is reported to the port
    ///
    /// Bits `[0]`, `rw`.
    #[inline]
    pub const fn correctable_err_report_en(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `correctable_err_report_en` (bits `[0]`).
    #[inline]
    pub const fn set_correctable_err_report_en(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u32 & 1);
    }

    /// This value with `correctable_err_report_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_correctable_err_report_en(mut self, v: bool) -> Self {
        self.set_correctable_err_report_en(v);
        self
    }

    /// interrupt when a non-fatal error is reported to the port
    ///
    /// Bits `[1]`, `rw`.
    #[inline]
    pub const fn non_fatal_err_report_en(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `non_fatal_err_report_en` (bits `[1]`).
    #[inline]
    pub const fn set_non_fatal_err_report_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u32 & 1) << 1);
    }

    /// This value with `non_fatal_err_report_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_non_fatal_err_report_en(mut self, v: bool) -> Self {
        self.set_non_fatal_err_report_en(v);
        self
    }

    /// interrupt when a fatal error is reported to the port
    ///
    /// Bits `[2]`, `rw`.
    #[inline]
    pub const fn fatal_err_report_en(&self) -> bool {
        (self.0 >> 2) & 1 != 0
    }

    /// Set `fatal_err_report_en` (bits `[2]`).
    #[inline]
    pub const fn set_fatal_err_report_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 2)) | (((v) as u32 & 1) << 2);
    }

    /// This value with `fatal_err_report_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fatal_err_report_en(mut self, v: bool) -> Self {
        self.set_fatal_err_report_en(v);
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

impl core::fmt::Debug for AerRootErrCmd {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AerRootErrCmd")
            .field("correctable_err_report_en", &self.correctable_err_report_en())
            .field("non_fatal_err_report_en", &self.non_fatal_err_report_en())
            .field("fatal_err_report_en", &self.fatal_err_report_en())
            .finish()
    }
}

impl RegValue for AerRootErrCmd {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Root Error Status.
///
/// `aer_root_err_status_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AerRootErrStatus(pub u32);

impl AerRootErrStatus {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x130;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0x7ff_ff80);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// an ERR_COR was received
    ///
    /// Bits `[0]`, `rw1c`.
    #[inline]
    pub const fn cor_received(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `cor_received` (bits `[0]`).
    #[inline]
    pub const fn set_cor_received(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u32 & 1);
    }

    /// This value with `cor_received` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cor_received(mut self, v: bool) -> Self {
        self.set_cor_received(v);
        self
    }

    /// another ERR_COR arrived while one was logged
    ///
    /// Bits `[1]`, `rw1c`.
    #[inline]
    pub const fn multi_cor_received(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `multi_cor_received` (bits `[1]`).
    #[inline]
    pub const fn set_multi_cor_received(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u32 & 1) << 1);
    }

    /// This value with `multi_cor_received` replaced.
    #[inline]
    #[must_use]
    pub const fn with_multi_cor_received(mut self, v: bool) -> Self {
        self.set_multi_cor_received(v);
        self
    }

    /// an ERR_FATAL or ERR_NONFATAL was received
    ///
    /// Bits `[2]`, `rw1c`.
    #[inline]
    pub const fn fatal_non_fatal_received(&self) -> bool {
        (self.0 >> 2) & 1 != 0
    }

    /// Set `fatal_non_fatal_received` (bits `[2]`).
    #[inline]
    pub const fn set_fatal_non_fatal_received(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 2)) | (((v) as u32 & 1) << 2);
    }

    /// This value with `fatal_non_fatal_received` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fatal_non_fatal_received(mut self, v: bool) -> Self {
        self.set_fatal_non_fatal_received(v);
        self
    }

    /// another ERR_FATAL/NONFATAL arrived while one was logged
    ///
    /// Bits `[3]`, `rw1c`.
    #[inline]
    pub const fn multi_fatal_non_fatal_received(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `multi_fatal_non_fatal_received` (bits `[3]`).
    #[inline]
    pub const fn set_multi_fatal_non_fatal_received(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u32 & 1) << 3);
    }

    /// This value with `multi_fatal_non_fatal_received` replaced.
    #[inline]
    #[must_use]
    pub const fn with_multi_fatal_non_fatal_received(mut self, v: bool) -> Self {
        self.set_multi_fatal_non_fatal_received(v);
        self
    }

    /// the first uncorrectable message received was fatal
    ///
    /// Bits `[4]`, `rw1c`.
    #[inline]
    pub const fn first_uncor_fatal(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `first_uncor_fatal` (bits `[4]`).
    #[inline]
    pub const fn set_first_uncor_fatal(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u32 & 1) << 4);
    }

    /// This value with `first_uncor_fatal` replaced.
    #[inline]
    #[must_use]
    pub const fn with_first_uncor_fatal(mut self, v: bool) -> Self {
        self.set_first_uncor_fatal(v);
        self
    }

    /// at least one ERR_NONFATAL was received
    ///
    /// Bits `[5]`, `rw1c`.
    #[inline]
    pub const fn non_fatal_msg_received(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `non_fatal_msg_received` (bits `[5]`).
    #[inline]
    pub const fn set_non_fatal_msg_received(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u32 & 1) << 5);
    }

    /// This value with `non_fatal_msg_received` replaced.
    #[inline]
    #[must_use]
    pub const fn with_non_fatal_msg_received(mut self, v: bool) -> Self {
        self.set_non_fatal_msg_received(v);
        self
    }

    /// at least one ERR_FATAL was received
    ///
    /// Bits `[6]`, `rw1c`.
    #[inline]
    pub const fn fatal_msg_received(&self) -> bool {
        (self.0 >> 6) & 1 != 0
    }

    /// Set `fatal_msg_received` (bits `[6]`).
    #[inline]
    pub const fn set_fatal_msg_received(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 6)) | (((v) as u32 & 1) << 6);
    }

    /// This value with `fatal_msg_received` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fatal_msg_received(mut self, v: bool) -> Self {
        self.set_fatal_msg_received(v);
        self
    }

    /// MSI/MSI-X vector of AER interrupts (no MSI, zero)
    ///
    /// Bits `[31:27]`, `hwinit`.
    #[inline]
    pub const fn adv_err_int_msg_num(&self) -> u8 {
        ((self.0 >> 27) & 0x1f) as u8
    }

    /// Set `adv_err_int_msg_num` (bits `[31:27]`).
    #[inline]
    pub const fn set_adv_err_int_msg_num(&mut self, v: u8) {
        debug_assert!((v as u64) >> 5 == 0, "value does not fit field `adv_err_int_msg_num`");
        self.0 = (self.0 & !(0x1f << 27)) | (((v) as u32 & 0x1f) << 27);
    }

    /// This value with `adv_err_int_msg_num` replaced.
    #[inline]
    #[must_use]
    pub const fn with_adv_err_int_msg_num(mut self, v: u8) -> Self {
        self.set_adv_err_int_msg_num(v);
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

impl core::fmt::Debug for AerRootErrStatus {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AerRootErrStatus")
            .field("cor_received", &self.cor_received())
            .field("multi_cor_received", &self.multi_cor_received())
            .field("fatal_non_fatal_received", &self.fatal_non_fatal_received())
            .field("multi_fatal_non_fatal_received", &self.multi_fatal_non_fatal_received())
            .field("first_uncor_fatal", &self.first_uncor_fatal())
            .field("non_fatal_msg_received", &self.non_fatal_msg_received())
            .field("fatal_msg_received", &self.fatal_msg_received())
            .field("adv_err_int_msg_num", &self.adv_err_int_msg_num())
            .finish()
    }
}

impl RegValue for AerRootErrStatus {
    const BYTES: usize = 4;
    const W1C_MASK: u64 = 0x7f;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Error Source Identification.
///
/// `aer_err_source_id_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AerErrSourceId(pub u32);

impl AerErrSourceId {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x134;
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

    /// requester ID of the first ERR_COR logged
    ///
    /// Bits `[15:0]`, `ro`.
    #[inline]
    pub const fn cor_source_id(&self) -> u16 {
        (self.0 & 0xffff) as u16
    }

    /// Set `cor_source_id` (bits `[15:0]`).
    #[inline]
    pub const fn set_cor_source_id(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `cor_source_id`");
        self.0 = (self.0 & !0xffff) | ((v) as u32 & 0xffff);
    }

    /// This value with `cor_source_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cor_source_id(mut self, v: u16) -> Self {
        self.set_cor_source_id(v);
        self
    }

    /// requester ID of the first ERR_FATAL/NONFATAL logged
    ///
    /// Bits `[31:16]`, `ro`.
    #[inline]
    pub const fn fatal_non_fatal_source_id(&self) -> u16 {
        ((self.0 >> 16) & 0xffff) as u16
    }

    /// Set `fatal_non_fatal_source_id` (bits `[31:16]`).
    #[inline]
    pub const fn set_fatal_non_fatal_source_id(&mut self, v: u16) {
        debug_assert!((v as u64) >> 16 == 0, "value does not fit field `fatal_non_fatal_source_id`");
        self.0 = (self.0 & !(0xffff << 16)) | (((v) as u32 & 0xffff) << 16);
    }

    /// This value with `fatal_non_fatal_source_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_fatal_non_fatal_source_id(mut self, v: u16) -> Self {
        self.set_fatal_non_fatal_source_id(v);
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

impl core::fmt::Debug for AerErrSourceId {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AerErrSourceId")
            .field("cor_source_id", &self.cor_source_id())
            .field("fatal_non_fatal_source_id", &self.fatal_non_fatal_source_id())
            .finish()
    }
}

impl RegValue for AerErrSourceId {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// TLP Prefix Log, four DWORDs.
/// The End-End prefixes of the logged TLP, first prefix in DW 0 (byte 0 in bits \[31:24\]),
/// valid when Advanced Error Capabilities and Control says TLP Prefix Log Present.
///
/// `aer_tlp_prefix_log_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AerTlpPrefixLog(pub u32);

impl AerTlpPrefixLog {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block (of instance 0).
    pub const OFFSET: usize = 0x138;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// Number of instances.
    pub const COUNT: usize = 4;
    /// Bytes between instances.
    pub const STRIDE: usize = 4;

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// one logged End-End TLP prefix, zero when absent
    ///
    /// Bits `[31:0]`, `ro`.
    #[inline]
    pub const fn dw(&self) -> u32 {
        (self.0 & 0xffff_ffff) as u32
    }

    /// Set `dw` (bits `[31:0]`).
    #[inline]
    pub const fn set_dw(&mut self, v: u32) {
        debug_assert!((v as u64) >> 32 == 0, "value does not fit field `dw`");
        self.0 = (v) as u32;
    }

    /// This value with `dw` replaced.
    #[inline]
    #[must_use]
    pub const fn with_dw(mut self, v: u32) -> Self {
        self.set_dw(v);
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

impl core::fmt::Debug for AerTlpPrefixLog {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AerTlpPrefixLog")
            .field("dw", &self.dw())
            .finish()
    }
}

impl RegValue for AerTlpPrefixLog {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// ACS extended capability header.
/// The last extended capability.
///
/// `acs_ext_cap_hdr_t`, 32 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AcsExtCapHdr(pub u32);

impl AcsExtCapHdr {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x148;
    /// Value after reset.
    pub const RESET: Self = Self(0x1_000d);

    /// From raw bits.
    pub const fn from_bits(bits: u32) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u32 {
        self.0
    }

    /// extended capability ID, ACS
    ///
    /// Bits `[15:0]`, `hwinit`.
    #[inline]
    pub const fn cap_id(&self) -> ExtCapId {
        ExtCapId((self.0 & 0xffff) as u16)
    }

    /// Set `cap_id` (bits `[15:0]`).
    #[inline]
    pub const fn set_cap_id(&mut self, v: ExtCapId) {
        debug_assert!((v.0 as u64) >> 16 == 0, "value does not fit field `cap_id`");
        self.0 = (self.0 & !0xffff) | ((v.0) as u32 & 0xffff);
    }

    /// This value with `cap_id` replaced.
    #[inline]
    #[must_use]
    pub const fn with_cap_id(mut self, v: ExtCapId) -> Self {
        self.set_cap_id(v);
        self
    }

    /// capability version, 1
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

impl core::fmt::Debug for AcsExtCapHdr {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AcsExtCapHdr")
            .field("cap_id", &self.cap_id())
            .field("version", &self.version())
            .field("next", &self.next())
            .finish()
    }
}

impl RegValue for AcsExtCapHdr {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// ACS Capability register.
/// Everything a root port can offer except egress control.
///
/// `acs_caps_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AcsCaps(pub u16);

impl AcsCaps {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x14c;
    /// Value after reset.
    pub const RESET: Self = Self(0x5f);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// source validation (yes)
    ///
    /// Bits `[0]`, `hwinit`.
    #[inline]
    pub const fn source_validation(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `source_validation` (bits `[0]`).
    #[inline]
    pub const fn set_source_validation(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u16 & 1);
    }

    /// This value with `source_validation` replaced.
    #[inline]
    #[must_use]
    pub const fn with_source_validation(mut self, v: bool) -> Self {
        self.set_source_validation(v);
        self
    }

    /// translation blocking (yes)
    ///
    /// Bits `[1]`, `hwinit`.
    #[inline]
    pub const fn translation_blocking(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `translation_blocking` (bits `[1]`).
    #[inline]
    pub const fn set_translation_blocking(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u16 & 1) << 1);
    }

    /// This value with `translation_blocking` replaced.
    #[inline]
    #[must_use]
    pub const fn with_translation_blocking(mut self, v: bool) -> Self {
        self.set_translation_blocking(v);
        self
    }

    /// P2P request redirect (yes)
    ///
    /// Bits `[2]`, `hwinit`.
    #[inline]
    pub const fn p2p_request_redirect(&self) -> bool {
        (self.0 >> 2) & 1 != 0
    }

    /// Set `p2p_request_redirect` (bits `[2]`).
    #[inline]
    pub const fn set_p2p_request_redirect(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 2)) | (((v) as u16 & 1) << 2);
    }

    /// This value with `p2p_request_redirect` replaced.
    #[inline]
    #[must_use]
    pub const fn with_p2p_request_redirect(mut self, v: bool) -> Self {
        self.set_p2p_request_redirect(v);
        self
    }

    /// P2P completion redirect (yes)
    ///
    /// Bits `[3]`, `hwinit`.
    #[inline]
    pub const fn p2p_completion_redirect(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `p2p_completion_redirect` (bits `[3]`).
    #[inline]
    pub const fn set_p2p_completion_redirect(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u16 & 1) << 3);
    }

    /// This value with `p2p_completion_redirect` replaced.
    #[inline]
    #[must_use]
    pub const fn with_p2p_completion_redirect(mut self, v: bool) -> Self {
        self.set_p2p_completion_redirect(v);
        self
    }

    /// upstream forwarding (yes)
    ///
    /// Bits `[4]`, `hwinit`.
    #[inline]
    pub const fn upstream_forwarding(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `upstream_forwarding` (bits `[4]`).
    #[inline]
    pub const fn set_upstream_forwarding(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u16 & 1) << 4);
    }

    /// This value with `upstream_forwarding` replaced.
    #[inline]
    #[must_use]
    pub const fn with_upstream_forwarding(mut self, v: bool) -> Self {
        self.set_upstream_forwarding(v);
        self
    }

    /// P2P egress control (no)
    ///
    /// Bits `[5]`, `hwinit`.
    #[inline]
    pub const fn p2p_egress_ctrl(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `p2p_egress_ctrl` (bits `[5]`).
    #[inline]
    pub const fn set_p2p_egress_ctrl(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u16 & 1) << 5);
    }

    /// This value with `p2p_egress_ctrl` replaced.
    #[inline]
    #[must_use]
    pub const fn with_p2p_egress_ctrl(mut self, v: bool) -> Self {
        self.set_p2p_egress_ctrl(v);
        self
    }

    /// direct translated P2P (yes)
    ///
    /// Bits `[6]`, `hwinit`.
    #[inline]
    pub const fn direct_translated_p2p(&self) -> bool {
        (self.0 >> 6) & 1 != 0
    }

    /// Set `direct_translated_p2p` (bits `[6]`).
    #[inline]
    pub const fn set_direct_translated_p2p(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 6)) | (((v) as u16 & 1) << 6);
    }

    /// This value with `direct_translated_p2p` replaced.
    #[inline]
    #[must_use]
    pub const fn with_direct_translated_p2p(mut self, v: bool) -> Self {
        self.set_direct_translated_p2p(v);
        self
    }

    /// ACS enhanced capability (no)
    ///
    /// Bits `[7]`, `hwinit`.
    #[inline]
    pub const fn enhanced(&self) -> bool {
        (self.0 >> 7) & 1 != 0
    }

    /// Set `enhanced` (bits `[7]`).
    #[inline]
    pub const fn set_enhanced(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 7)) | (((v) as u16 & 1) << 7);
    }

    /// This value with `enhanced` replaced.
    #[inline]
    #[must_use]
    pub const fn with_enhanced(mut self, v: bool) -> Self {
        self.set_enhanced(v);
        self
    }

    /// egress control vector size (egress control not supported)
    ///
    /// Bits `[15:8]`, `hwinit`.
    #[inline]
    pub const fn egress_ctrl_vector_size(&self) -> u8 {
        ((self.0 >> 8) & 0xff) as u8
    }

    /// Set `egress_ctrl_vector_size` (bits `[15:8]`).
    #[inline]
    pub const fn set_egress_ctrl_vector_size(&mut self, v: u8) {
        debug_assert!((v as u64) >> 8 == 0, "value does not fit field `egress_ctrl_vector_size`");
        self.0 = (self.0 & !(0xff << 8)) | (((v) as u16 & 0xff) << 8);
    }

    /// This value with `egress_ctrl_vector_size` replaced.
    #[inline]
    #[must_use]
    pub const fn with_egress_ctrl_vector_size(mut self, v: u8) -> Self {
        self.set_egress_ctrl_vector_size(v);
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

impl core::fmt::Debug for AcsCaps {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AcsCaps")
            .field("source_validation", &self.source_validation())
            .field("translation_blocking", &self.translation_blocking())
            .field("p2p_request_redirect", &self.p2p_request_redirect())
            .field("p2p_completion_redirect", &self.p2p_completion_redirect())
            .field("upstream_forwarding", &self.upstream_forwarding())
            .field("p2p_egress_ctrl", &self.p2p_egress_ctrl())
            .field("direct_translated_p2p", &self.direct_translated_p2p())
            .field("enhanced", &self.enhanced())
            .field("egress_ctrl_vector_size", &self.egress_ctrl_vector_size())
            .finish()
    }
}

impl RegValue for AcsCaps {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// ACS Control register.
///
/// `acs_ctrl_t`, 16 bits. `Default` is all-zero; the reset value is [`Self::RESET`].
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AcsCtrl(pub u16);

impl AcsCtrl {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x14e;
    /// Value after reset.
    pub const RESET: Self = Self(0);
    /// The bits of the reserved members (`rsvd*`, nested structures included). What a set
    /// bit means is the structure's rule: the IOMMU treats it as a reserved encoding in its
    /// in-memory structures, while PCIe receivers ignore reserved TLP fields.
    pub const RESERVED: Self = Self(0xff80);

    /// From raw bits.
    pub const fn from_bits(bits: u16) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u16 {
        self.0
    }

    /// check the bus number of requester IDs
    ///
    /// Bits `[0]`, `rw`.
    #[inline]
    pub const fn source_validation_en(&self) -> bool {
        self.0 & 1 != 0
    }

    /// Set `source_validation_en` (bits `[0]`).
    #[inline]
    pub const fn set_source_validation_en(&mut self, v: bool) {
        self.0 = (self.0 & !1) | ((v) as u16 & 1);
    }

    /// This value with `source_validation_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_source_validation_en(mut self, v: bool) -> Self {
        self.set_source_validation_en(v);
        self
    }

    /// block upstream requests whose AT is not 00b (untranslated)
    ///
    /// Bits `[1]`, `rw`.
    #[inline]
    pub const fn translation_blocking_en(&self) -> bool {
        (self.0 >> 1) & 1 != 0
    }

    /// Set `translation_blocking_en` (bits `[1]`).
    #[inline]
    pub const fn set_translation_blocking_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 1)) | (((v) as u16 & 1) << 1);
    }

    /// This value with `translation_blocking_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_translation_blocking_en(mut self, v: bool) -> Self {
        self.set_translation_blocking_en(v);
        self
    }

    /// redirect P2P requests upstream (to the IOMMU)
    ///
    /// Bits `[2]`, `rw`.
    #[inline]
    pub const fn p2p_request_redirect_en(&self) -> bool {
        (self.0 >> 2) & 1 != 0
    }

    /// Set `p2p_request_redirect_en` (bits `[2]`).
    #[inline]
    pub const fn set_p2p_request_redirect_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 2)) | (((v) as u16 & 1) << 2);
    }

    /// This value with `p2p_request_redirect_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_p2p_request_redirect_en(mut self, v: bool) -> Self {
        self.set_p2p_request_redirect_en(v);
        self
    }

    /// redirect P2P completions upstream
    ///
    /// Bits `[3]`, `rw`.
    #[inline]
    pub const fn p2p_completion_redirect_en(&self) -> bool {
        (self.0 >> 3) & 1 != 0
    }

    /// Set `p2p_completion_redirect_en` (bits `[3]`).
    #[inline]
    pub const fn set_p2p_completion_redirect_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 3)) | (((v) as u16 & 1) << 3);
    }

    /// This value with `p2p_completion_redirect_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_p2p_completion_redirect_en(mut self, v: bool) -> Self {
        self.set_p2p_completion_redirect_en(v);
        self
    }

    /// forward upstream requests that target the port's own link upstream
    ///
    /// Bits `[4]`, `rw`.
    #[inline]
    pub const fn upstream_forwarding_en(&self) -> bool {
        (self.0 >> 4) & 1 != 0
    }

    /// Set `upstream_forwarding_en` (bits `[4]`).
    #[inline]
    pub const fn set_upstream_forwarding_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 4)) | (((v) as u16 & 1) << 4);
    }

    /// This value with `upstream_forwarding_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_upstream_forwarding_en(mut self, v: bool) -> Self {
        self.set_upstream_forwarding_en(v);
        self
    }

    /// P2P egress control enable (not supported)
    ///
    /// Bits `[5]`, `hwinit`.
    #[inline]
    pub const fn p2p_egress_ctrl_en(&self) -> bool {
        (self.0 >> 5) & 1 != 0
    }

    /// Set `p2p_egress_ctrl_en` (bits `[5]`).
    #[inline]
    pub const fn set_p2p_egress_ctrl_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 5)) | (((v) as u16 & 1) << 5);
    }

    /// This value with `p2p_egress_ctrl_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_p2p_egress_ctrl_en(mut self, v: bool) -> Self {
        self.set_p2p_egress_ctrl_en(v);
        self
    }

    /// route translated P2P requests directly
    ///
    /// Bits `[6]`, `rw`.
    #[inline]
    pub const fn direct_translated_p2p_en(&self) -> bool {
        (self.0 >> 6) & 1 != 0
    }

    /// Set `direct_translated_p2p_en` (bits `[6]`).
    #[inline]
    pub const fn set_direct_translated_p2p_en(&mut self, v: bool) {
        self.0 = (self.0 & !(1 << 6)) | (((v) as u16 & 1) << 6);
    }

    /// This value with `direct_translated_p2p_en` replaced.
    #[inline]
    #[must_use]
    pub const fn with_direct_translated_p2p_en(mut self, v: bool) -> Self {
        self.set_direct_translated_p2p_en(v);
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

impl core::fmt::Debug for AcsCtrl {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AcsCtrl")
            .field("source_validation_en", &self.source_validation_en())
            .field("translation_blocking_en", &self.translation_blocking_en())
            .field("p2p_request_redirect_en", &self.p2p_request_redirect_en())
            .field("p2p_completion_redirect_en", &self.p2p_completion_redirect_en())
            .field("upstream_forwarding_en", &self.upstream_forwarding_en())
            .field("p2p_egress_ctrl_en", &self.p2p_egress_ctrl_en())
            .field("direct_translated_p2p_en", &self.direct_translated_p2p_en())
            .finish()
    }
}

impl RegValue for AcsCtrl {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// PCIe root port configuration space (4 KiB, DWORD-wide configuration accesses).
///
/// Layout of the one root port of the design, as host software sees it through ECAM:
///   0x000-0x03F  Type 1 (PCI-to-PCI bridge) header
///   0x040-0x07B  PCI Express Capability, version 2 (Root Port), first entry of the capability list
///   0x080-0x087  PCI Power Management capability, last entry of the capability list
///   0x100-0x147  Advanced Error Reporting extended capability (v2) with the TLP Prefix Log
///   0x148-0x14F  Access Control Services extended capability, end of the extended list
/// The port accepts End-End TLP prefixes (at most one per TLP, the PASID prefix) and can block
/// them (Device Control 2). Registers carry PCIe attributes: HwInit and hardwired fields are
/// `hwinit`, status bits that hardware sets and software clears are `rw1c`, live state is `ro`.
/// Every offset not covered below reads zero and ignores writes.
///
/// Register block over any [`Mmio`] window (0x1000 bytes).
pub struct PcieRpCfg<M> {
    mmio: M,
}

impl<M: Mmio> PcieRpCfg<M> {
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

    /// Vendor ID.
    ///
    /// Offset 0.
    pub fn vendor_id(&self) -> Reg<'_, VendorId, RO, M> {
        Reg::new(&self.mmio, VendorId::OFFSET)
    }

    /// Device ID.
    ///
    /// Offset 2.
    pub fn device_id(&self) -> Reg<'_, DeviceId, RO, M> {
        Reg::new(&self.mmio, DeviceId::OFFSET)
    }

    /// Command register.
    ///
    /// Offset 4.
    pub fn command(&self) -> Reg<'_, Command, RW, M> {
        Reg::new(&self.mmio, Command::OFFSET)
    }

    /// Status register (primary side).
    ///
    /// Offset 6.
    pub fn status(&self) -> Reg<'_, Status, RW, M> {
        Reg::new(&self.mmio, Status::OFFSET)
    }

    /// Revision ID and Class Code.
    ///
    /// Offset 8.
    pub fn class_rev(&self) -> Reg<'_, ClassRev, RO, M> {
        Reg::new(&self.mmio, ClassRev::OFFSET)
    }

    /// Cache Line Size.
    ///
    /// Offset 0xc.
    pub fn cache_line_size(&self) -> Reg<'_, CacheLineSize, RW, M> {
        Reg::new(&self.mmio, CacheLineSize::OFFSET)
    }

    /// Primary Latency Timer.
    ///
    /// Offset 0xd.
    pub fn primary_latency_timer(&self) -> Reg<'_, PrimaryLatencyTimer, RO, M> {
        Reg::new(&self.mmio, PrimaryLatencyTimer::OFFSET)
    }

    /// Header Type.
    ///
    /// Offset 0xe.
    pub fn header_type(&self) -> Reg<'_, HeaderType, RO, M> {
        Reg::new(&self.mmio, HeaderType::OFFSET)
    }

    /// BIST.
    ///
    /// Offset 0xf.
    pub fn bist(&self) -> Reg<'_, Bist, RO, M> {
        Reg::new(&self.mmio, Bist::OFFSET)
    }

    /// Base Address Register 0.
    ///
    /// Offset 0x10.
    pub fn bar0(&self) -> Reg<'_, Bar0, RO, M> {
        Reg::new(&self.mmio, Bar0::OFFSET)
    }

    /// Base Address Register 1.
    ///
    /// Offset 0x14.
    pub fn bar1(&self) -> Reg<'_, Bar1, RO, M> {
        Reg::new(&self.mmio, Bar1::OFFSET)
    }

    /// Primary Bus Number.
    ///
    /// Offset 0x18.
    pub fn primary_bus(&self) -> Reg<'_, PrimaryBus, RW, M> {
        Reg::new(&self.mmio, PrimaryBus::OFFSET)
    }

    /// Secondary Bus Number.
    ///
    /// Offset 0x19.
    pub fn secondary_bus(&self) -> Reg<'_, SecondaryBus, RW, M> {
        Reg::new(&self.mmio, SecondaryBus::OFFSET)
    }

    /// Subordinate Bus Number.
    ///
    /// Offset 0x1a.
    pub fn subordinate_bus(&self) -> Reg<'_, SubordinateBus, RW, M> {
        Reg::new(&self.mmio, SubordinateBus::OFFSET)
    }

    /// Secondary Latency Timer.
    ///
    /// Offset 0x1b.
    pub fn secondary_latency_timer(&self) -> Reg<'_, SecondaryLatencyTimer, RO, M> {
        Reg::new(&self.mmio, SecondaryLatencyTimer::OFFSET)
    }

    /// I/O Base.
    ///
    /// Offset 0x1c.
    pub fn io_base(&self) -> Reg<'_, IoBase, RO, M> {
        Reg::new(&self.mmio, IoBase::OFFSET)
    }

    /// I/O Limit.
    ///
    /// Offset 0x1d.
    pub fn io_limit(&self) -> Reg<'_, IoLimit, RO, M> {
        Reg::new(&self.mmio, IoLimit::OFFSET)
    }

    /// Secondary Status (link side).
    ///
    /// Offset 0x1e.
    pub fn secondary_status(&self) -> Reg<'_, SecondaryStatus, RW, M> {
        Reg::new(&self.mmio, SecondaryStatus::OFFSET)
    }

    /// Memory Base (non-prefetchable window, 1 MiB granularity).
    ///
    /// Offset 0x20.
    pub fn memory_base(&self) -> Reg<'_, MemoryBase, RW, M> {
        Reg::new(&self.mmio, MemoryBase::OFFSET)
    }

    /// Memory Limit (non-prefetchable window).
    ///
    /// Offset 0x22.
    pub fn memory_limit(&self) -> Reg<'_, MemoryLimit, RW, M> {
        Reg::new(&self.mmio, MemoryLimit::OFFSET)
    }

    /// Prefetchable Memory Base (64-bit window, 1 MiB granularity).
    ///
    /// Offset 0x24.
    pub fn pref_memory_base(&self) -> Reg<'_, PrefMemoryBase, RW, M> {
        Reg::new(&self.mmio, PrefMemoryBase::OFFSET)
    }

    /// Prefetchable Memory Limit (64-bit window).
    ///
    /// Offset 0x26.
    pub fn pref_memory_limit(&self) -> Reg<'_, PrefMemoryLimit, RW, M> {
        Reg::new(&self.mmio, PrefMemoryLimit::OFFSET)
    }

    /// Prefetchable Base Upper 32 Bits.
    ///
    /// Offset 0x28.
    pub fn pref_base_upper(&self) -> Reg<'_, PrefBaseUpper, RW, M> {
        Reg::new(&self.mmio, PrefBaseUpper::OFFSET)
    }

    /// Prefetchable Limit Upper 32 Bits.
    ///
    /// Offset 0x2c.
    pub fn pref_limit_upper(&self) -> Reg<'_, PrefLimitUpper, RW, M> {
        Reg::new(&self.mmio, PrefLimitUpper::OFFSET)
    }

    /// I/O Base Upper 16 Bits.
    ///
    /// Offset 0x30.
    pub fn io_base_upper(&self) -> Reg<'_, IoBaseUpper, RO, M> {
        Reg::new(&self.mmio, IoBaseUpper::OFFSET)
    }

    /// I/O Limit Upper 16 Bits.
    ///
    /// Offset 0x32.
    pub fn io_limit_upper(&self) -> Reg<'_, IoLimitUpper, RO, M> {
        Reg::new(&self.mmio, IoLimitUpper::OFFSET)
    }

    /// Capabilities Pointer.
    ///
    /// Offset 0x34.
    pub fn cap_ptr(&self) -> Reg<'_, CapPtr, RO, M> {
        Reg::new(&self.mmio, CapPtr::OFFSET)
    }

    /// Expansion ROM Base Address.
    ///
    /// Offset 0x38.
    pub fn expansion_rom_base(&self) -> Reg<'_, ExpansionRomBase, RO, M> {
        Reg::new(&self.mmio, ExpansionRomBase::OFFSET)
    }

    /// Interrupt Line.
    ///
    /// Offset 0x3c.
    pub fn interrupt_line(&self) -> Reg<'_, InterruptLine, RW, M> {
        Reg::new(&self.mmio, InterruptLine::OFFSET)
    }

    /// Interrupt Pin.
    ///
    /// Offset 0x3d.
    pub fn interrupt_pin(&self) -> Reg<'_, InterruptPin, RO, M> {
        Reg::new(&self.mmio, InterruptPin::OFFSET)
    }

    /// Bridge Control.
    ///
    /// Offset 0x3e.
    pub fn bridge_control(&self) -> Reg<'_, BridgeControl, RW, M> {
        Reg::new(&self.mmio, BridgeControl::OFFSET)
    }

    /// PCI Express Capability list entry.
    ///
    /// Offset 0x40.
    pub fn pcie_cap_hdr(&self) -> Reg<'_, PcieCapHdr, RO, M> {
        Reg::new(&self.mmio, PcieCapHdr::OFFSET)
    }

    /// PCI Express Capabilities register.
    ///
    /// Offset 0x42.
    pub fn pcie_caps(&self) -> Reg<'_, PcieCaps, RO, M> {
        Reg::new(&self.mmio, PcieCaps::OFFSET)
    }

    /// Device Capabilities.
    ///
    /// Offset 0x44.
    pub fn devcap(&self) -> Reg<'_, Devcap, RO, M> {
        Reg::new(&self.mmio, Devcap::OFFSET)
    }

    /// Device Control.
    ///
    /// Offset 0x48.
    pub fn devctl(&self) -> Reg<'_, Devctl, RW, M> {
        Reg::new(&self.mmio, Devctl::OFFSET)
    }

    /// Device Status.
    ///
    /// Offset 0x4a.
    pub fn devsta(&self) -> Reg<'_, Devsta, RW, M> {
        Reg::new(&self.mmio, Devsta::OFFSET)
    }

    /// Link Capabilities.
    ///
    /// Offset 0x4c.
    pub fn lnkcap(&self) -> Reg<'_, Lnkcap, RO, M> {
        Reg::new(&self.mmio, Lnkcap::OFFSET)
    }

    /// Link Control.
    ///
    /// Offset 0x50.
    pub fn lnkctl(&self) -> Reg<'_, Lnkctl, RW, M> {
        Reg::new(&self.mmio, Lnkctl::OFFSET)
    }

    /// Link Status.
    ///
    /// Offset 0x52.
    pub fn lnksta(&self) -> Reg<'_, Lnksta, RW, M> {
        Reg::new(&self.mmio, Lnksta::OFFSET)
    }

    /// Slot Capabilities.
    ///
    /// Offset 0x54.
    pub fn slotcap(&self) -> Reg<'_, Slotcap, RO, M> {
        Reg::new(&self.mmio, Slotcap::OFFSET)
    }

    /// Slot Control.
    ///
    /// Offset 0x58.
    pub fn slotctl(&self) -> Reg<'_, Slotctl, RO, M> {
        Reg::new(&self.mmio, Slotctl::OFFSET)
    }

    /// Slot Status.
    ///
    /// Offset 0x5a.
    pub fn slotsta(&self) -> Reg<'_, Slotsta, RO, M> {
        Reg::new(&self.mmio, Slotsta::OFFSET)
    }

    /// Root Control.
    ///
    /// Offset 0x5c.
    pub fn rootctl(&self) -> Reg<'_, Rootctl, RW, M> {
        Reg::new(&self.mmio, Rootctl::OFFSET)
    }

    /// Root Capabilities.
    ///
    /// Offset 0x5e.
    pub fn rootcap(&self) -> Reg<'_, Rootcap, RO, M> {
        Reg::new(&self.mmio, Rootcap::OFFSET)
    }

    /// Root Status.
    ///
    /// Offset 0x60.
    pub fn rootsta(&self) -> Reg<'_, Rootsta, RW, M> {
        Reg::new(&self.mmio, Rootsta::OFFSET)
    }

    /// Device Capabilities 2.
    ///
    /// Offset 0x64.
    pub fn devcap2(&self) -> Reg<'_, Devcap2, RO, M> {
        Reg::new(&self.mmio, Devcap2::OFFSET)
    }

    /// Device Control 2.
    ///
    /// Offset 0x68.
    pub fn devctl2(&self) -> Reg<'_, Devctl2, RW, M> {
        Reg::new(&self.mmio, Devctl2::OFFSET)
    }

    /// Device Status 2.
    ///
    /// Offset 0x6a.
    pub fn devsta2(&self) -> Reg<'_, Devsta2, RO, M> {
        Reg::new(&self.mmio, Devsta2::OFFSET)
    }

    /// Link Capabilities 2.
    ///
    /// Offset 0x6c.
    pub fn lnkcap2(&self) -> Reg<'_, Lnkcap2, RO, M> {
        Reg::new(&self.mmio, Lnkcap2::OFFSET)
    }

    /// Link Control 2.
    ///
    /// Offset 0x70.
    pub fn lnkctl2(&self) -> Reg<'_, Lnkctl2, RW, M> {
        Reg::new(&self.mmio, Lnkctl2::OFFSET)
    }

    /// Link Status 2.
    ///
    /// Offset 0x72.
    pub fn lnksta2(&self) -> Reg<'_, Lnksta2, RO, M> {
        Reg::new(&self.mmio, Lnksta2::OFFSET)
    }

    /// Slot Capabilities 2.
    ///
    /// Offset 0x74.
    pub fn slotcap2(&self) -> Reg<'_, Slotcap2, RO, M> {
        Reg::new(&self.mmio, Slotcap2::OFFSET)
    }

    /// Slot Control 2.
    ///
    /// Offset 0x78.
    pub fn slotctl2(&self) -> Reg<'_, Slotctl2, RO, M> {
        Reg::new(&self.mmio, Slotctl2::OFFSET)
    }

    /// Slot Status 2.
    ///
    /// Offset 0x7a.
    pub fn slotsta2(&self) -> Reg<'_, Slotsta2, RO, M> {
        Reg::new(&self.mmio, Slotsta2::OFFSET)
    }

    /// Power Management capability list entry.
    ///
    /// Offset 0x80.
    pub fn pm_cap_hdr(&self) -> Reg<'_, PmCapHdr, RO, M> {
        Reg::new(&self.mmio, PmCapHdr::OFFSET)
    }

    /// Power Management Capabilities (PMC).
    ///
    /// Offset 0x82.
    pub fn pmc(&self) -> Reg<'_, Pmc, RO, M> {
        Reg::new(&self.mmio, Pmc::OFFSET)
    }

    /// Power Management Control/Status (PMCSR).
    ///
    /// Offset 0x84.
    pub fn pmcsr(&self) -> Reg<'_, Pmcsr, RW, M> {
        Reg::new(&self.mmio, Pmcsr::OFFSET)
    }

    /// PMCSR PCI-to-PCI Bridge Support Extensions; must be zero for PCI Express.
    ///
    /// Offset 0x86.
    pub fn pmcsr_bse(&self) -> Reg<'_, PmcsrBse, RO, M> {
        Reg::new(&self.mmio, PmcsrBse::OFFSET)
    }

    /// Power Management Data register (not implemented, reads zero).
    ///
    /// Offset 0x87.
    pub fn pm_data(&self) -> Reg<'_, PmData, RO, M> {
        Reg::new(&self.mmio, PmData::OFFSET)
    }

    /// AER extended capability header.
    ///
    /// Offset 0x100.
    pub fn aer_ext_cap_hdr(&self) -> Reg<'_, AerExtCapHdr, RO, M> {
        Reg::new(&self.mmio, AerExtCapHdr::OFFSET)
    }

    /// Uncorrectable Error Status.
    ///
    /// Offset 0x104.
    pub fn aer_uncor_status(&self) -> Reg<'_, AerUncorStatus, RW, M> {
        Reg::new(&self.mmio, AerUncorStatus::OFFSET)
    }

    /// Uncorrectable Error Mask.
    ///
    /// Offset 0x108.
    pub fn aer_uncor_mask(&self) -> Reg<'_, AerUncorMask, RW, M> {
        Reg::new(&self.mmio, AerUncorMask::OFFSET)
    }

    /// Uncorrectable Error Severity.
    ///
    /// Offset 0x10c.
    pub fn aer_uncor_severity(&self) -> Reg<'_, AerUncorSeverity, RW, M> {
        Reg::new(&self.mmio, AerUncorSeverity::OFFSET)
    }

    /// Correctable Error Status.
    ///
    /// Offset 0x110.
    pub fn aer_cor_status(&self) -> Reg<'_, AerCorStatus, RW, M> {
        Reg::new(&self.mmio, AerCorStatus::OFFSET)
    }

    /// Correctable Error Mask.
    ///
    /// Offset 0x114.
    pub fn aer_cor_mask(&self) -> Reg<'_, AerCorMask, RW, M> {
        Reg::new(&self.mmio, AerCorMask::OFFSET)
    }

    /// Advanced Error Capabilities and Control.
    ///
    /// Offset 0x118.
    pub fn aer_cap_ctrl(&self) -> Reg<'_, AerCapCtrl, RO, M> {
        Reg::new(&self.mmio, AerCapCtrl::OFFSET)
    }

    /// Header Log, four DWORDs.
    ///
    /// Offset 0x11c + `n` * [`AerHeaderLog::STRIDE`]; panics unless `n` < [`AerHeaderLog::COUNT`].
    pub fn aer_header_log(&self, n: usize) -> Reg<'_, AerHeaderLog, RO, M> {
        assert!(n < AerHeaderLog::COUNT, "aer_header_log index out of range");
        Reg::new(&self.mmio, AerHeaderLog::OFFSET + n * AerHeaderLog::STRIDE)
    }

    /// Root Error Command.
    ///
    /// Offset 0x12c.
    pub fn aer_root_err_cmd(&self) -> Reg<'_, AerRootErrCmd, RW, M> {
        Reg::new(&self.mmio, AerRootErrCmd::OFFSET)
    }

    /// Root Error Status.
    ///
    /// Offset 0x130.
    pub fn aer_root_err_status(&self) -> Reg<'_, AerRootErrStatus, RW, M> {
        Reg::new(&self.mmio, AerRootErrStatus::OFFSET)
    }

    /// Error Source Identification.
    ///
    /// Offset 0x134.
    pub fn aer_err_source_id(&self) -> Reg<'_, AerErrSourceId, RO, M> {
        Reg::new(&self.mmio, AerErrSourceId::OFFSET)
    }

    /// TLP Prefix Log, four DWORDs.
    ///
    /// Offset 0x138 + `n` * [`AerTlpPrefixLog::STRIDE`]; panics unless `n` < [`AerTlpPrefixLog::COUNT`].
    pub fn aer_tlp_prefix_log(&self, n: usize) -> Reg<'_, AerTlpPrefixLog, RO, M> {
        assert!(n < AerTlpPrefixLog::COUNT, "aer_tlp_prefix_log index out of range");
        Reg::new(&self.mmio, AerTlpPrefixLog::OFFSET + n * AerTlpPrefixLog::STRIDE)
    }

    /// ACS extended capability header.
    ///
    /// Offset 0x148.
    pub fn acs_ext_cap_hdr(&self) -> Reg<'_, AcsExtCapHdr, RO, M> {
        Reg::new(&self.mmio, AcsExtCapHdr::OFFSET)
    }

    /// ACS Capability register.
    ///
    /// Offset 0x14c.
    pub fn acs_caps(&self) -> Reg<'_, AcsCaps, RO, M> {
        Reg::new(&self.mmio, AcsCaps::OFFSET)
    }

    /// ACS Control register.
    ///
    /// Offset 0x14e.
    pub fn acs_ctrl(&self) -> Reg<'_, AcsCtrl, RW, M> {
        Reg::new(&self.mmio, AcsCtrl::OFFSET)
    }
}

/// Every register of the block in offset order (an array once, with `count` and `stride`),
/// with every field, reserved ones included, most significant first.
pub const REGISTERS: &[RegisterInfo] = &[
    RegisterInfo {
        name: "vendor_id",
        offset: VendorId::OFFSET,
        bytes: VendorId::BYTES,
        count: 1,
        stride: 0,
        reset: VendorId::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "id", lsb: 0, width: 16, access: Access::Hwinit, reset: 0x1234, legal: None },
        ],
    },
    RegisterInfo {
        name: "device_id",
        offset: DeviceId::OFFSET,
        bytes: DeviceId::BYTES,
        count: 1,
        stride: 0,
        reset: DeviceId::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "id", lsb: 0, width: 16, access: Access::Hwinit, reset: 0x7250, legal: None },
        ],
    },
    RegisterInfo {
        name: "command",
        offset: Command::OFFSET,
        bytes: Command::BYTES,
        count: 1,
        stride: 0,
        reset: Command::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd", lsb: 11, width: 5, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "intx_disable", lsb: 10, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "fast_b2b_en", lsb: 9, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "serr_en", lsb: 8, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "idsel_stepping", lsb: 7, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "parity_err_response", lsb: 6, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "vga_palette_snoop", lsb: 5, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "mem_write_invalidate", lsb: 4, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "special_cycle_en", lsb: 3, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "bus_master_en", lsb: 2, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "mem_space_en", lsb: 1, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "io_space_en", lsb: 0, width: 1, access: Access::Rw, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "status",
        offset: Status::OFFSET,
        bytes: Status::BYTES,
        count: 1,
        stride: 0,
        reset: Status::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "detected_parity_error", lsb: 15, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "signaled_system_error", lsb: 14, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "received_master_abort", lsb: 13, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "received_target_abort", lsb: 12, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "signaled_target_abort", lsb: 11, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "devsel_timing", lsb: 9, width: 2, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "master_data_parity_error", lsb: 8, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "fast_b2b_capable", lsb: 7, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "rsvd_6", lsb: 6, width: 1, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "cap_66mhz", lsb: 5, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "cap_list", lsb: 4, width: 1, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "interrupt_status", lsb: 3, width: 1, access: Access::Ro, reset: 0, legal: None },
            FieldInfo { name: "rsvd_2_1", lsb: 1, width: 2, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "immediate_readiness", lsb: 0, width: 1, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "class_rev",
        offset: ClassRev::OFFSET,
        bytes: ClassRev::BYTES,
        count: 1,
        stride: 0,
        reset: ClassRev::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "base_class", lsb: 24, width: 8, access: Access::Hwinit, reset: 6, legal: None },
            FieldInfo { name: "sub_class", lsb: 16, width: 8, access: Access::Hwinit, reset: 4, legal: None },
            FieldInfo { name: "prog_if", lsb: 8, width: 8, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "revision_id", lsb: 0, width: 8, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "cache_line_size",
        offset: CacheLineSize::OFFSET,
        bytes: CacheLineSize::BYTES,
        count: 1,
        stride: 0,
        reset: CacheLineSize::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "size", lsb: 0, width: 8, access: Access::Rw, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "primary_latency_timer",
        offset: PrimaryLatencyTimer::OFFSET,
        bytes: PrimaryLatencyTimer::BYTES,
        count: 1,
        stride: 0,
        reset: PrimaryLatencyTimer::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "timer", lsb: 0, width: 8, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "header_type",
        offset: HeaderType::OFFSET,
        bytes: HeaderType::BYTES,
        count: 1,
        stride: 0,
        reset: HeaderType::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "multi_function", lsb: 7, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "layout", lsb: 0, width: 7, access: Access::Hwinit, reset: 1, legal: None },
        ],
    },
    RegisterInfo {
        name: "bist",
        offset: Bist::OFFSET,
        bytes: Bist::BYTES,
        count: 1,
        stride: 0,
        reset: Bist::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "capable", lsb: 7, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "start", lsb: 6, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "rsvd", lsb: 4, width: 2, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "completion_code", lsb: 0, width: 4, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "bar0",
        offset: Bar0::OFFSET,
        bytes: Bar0::BYTES,
        count: 1,
        stride: 0,
        reset: Bar0::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "address", lsb: 4, width: 28, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "prefetchable", lsb: 3, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "mem_type", lsb: 1, width: 2, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "io_space", lsb: 0, width: 1, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "bar1",
        offset: Bar1::OFFSET,
        bytes: Bar1::BYTES,
        count: 1,
        stride: 0,
        reset: Bar1::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "address", lsb: 4, width: 28, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "prefetchable", lsb: 3, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "mem_type", lsb: 1, width: 2, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "io_space", lsb: 0, width: 1, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "primary_bus",
        offset: PrimaryBus::OFFSET,
        bytes: PrimaryBus::BYTES,
        count: 1,
        stride: 0,
        reset: PrimaryBus::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "bus", lsb: 0, width: 8, access: Access::Rw, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "secondary_bus",
        offset: SecondaryBus::OFFSET,
        bytes: SecondaryBus::BYTES,
        count: 1,
        stride: 0,
        reset: SecondaryBus::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "bus", lsb: 0, width: 8, access: Access::Rw, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "subordinate_bus",
        offset: SubordinateBus::OFFSET,
        bytes: SubordinateBus::BYTES,
        count: 1,
        stride: 0,
        reset: SubordinateBus::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "bus", lsb: 0, width: 8, access: Access::Rw, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "secondary_latency_timer",
        offset: SecondaryLatencyTimer::OFFSET,
        bytes: SecondaryLatencyTimer::BYTES,
        count: 1,
        stride: 0,
        reset: SecondaryLatencyTimer::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "timer", lsb: 0, width: 8, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "io_base",
        offset: IoBase::OFFSET,
        bytes: IoBase::BYTES,
        count: 1,
        stride: 0,
        reset: IoBase::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "addr", lsb: 4, width: 4, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "addr_cap", lsb: 0, width: 4, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "io_limit",
        offset: IoLimit::OFFSET,
        bytes: IoLimit::BYTES,
        count: 1,
        stride: 0,
        reset: IoLimit::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "addr", lsb: 4, width: 4, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "addr_cap", lsb: 0, width: 4, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "secondary_status",
        offset: SecondaryStatus::OFFSET,
        bytes: SecondaryStatus::BYTES,
        count: 1,
        stride: 0,
        reset: SecondaryStatus::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "detected_parity_error", lsb: 15, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "received_system_error", lsb: 14, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "received_master_abort", lsb: 13, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "received_target_abort", lsb: 12, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "signaled_target_abort", lsb: 11, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "devsel_timing", lsb: 9, width: 2, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "master_data_parity_error", lsb: 8, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "fast_b2b_capable", lsb: 7, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "rsvd_6", lsb: 6, width: 1, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "cap_66mhz", lsb: 5, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "rsvd_4_0", lsb: 0, width: 5, access: Access::Rsvd, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "memory_base",
        offset: MemoryBase::OFFSET,
        bytes: MemoryBase::BYTES,
        count: 1,
        stride: 0,
        reset: MemoryBase::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "addr", lsb: 4, width: 12, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "rsvd", lsb: 0, width: 4, access: Access::Rsvd, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "memory_limit",
        offset: MemoryLimit::OFFSET,
        bytes: MemoryLimit::BYTES,
        count: 1,
        stride: 0,
        reset: MemoryLimit::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "addr", lsb: 4, width: 12, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "rsvd", lsb: 0, width: 4, access: Access::Rsvd, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "pref_memory_base",
        offset: PrefMemoryBase::OFFSET,
        bytes: PrefMemoryBase::BYTES,
        count: 1,
        stride: 0,
        reset: PrefMemoryBase::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "addr", lsb: 4, width: 12, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "addr_cap", lsb: 0, width: 4, access: Access::Hwinit, reset: 1, legal: None },
        ],
    },
    RegisterInfo {
        name: "pref_memory_limit",
        offset: PrefMemoryLimit::OFFSET,
        bytes: PrefMemoryLimit::BYTES,
        count: 1,
        stride: 0,
        reset: PrefMemoryLimit::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "addr", lsb: 4, width: 12, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "addr_cap", lsb: 0, width: 4, access: Access::Hwinit, reset: 1, legal: None },
        ],
    },
    RegisterInfo {
        name: "pref_base_upper",
        offset: PrefBaseUpper::OFFSET,
        bytes: PrefBaseUpper::BYTES,
        count: 1,
        stride: 0,
        reset: PrefBaseUpper::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "addr", lsb: 0, width: 32, access: Access::Rw, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "pref_limit_upper",
        offset: PrefLimitUpper::OFFSET,
        bytes: PrefLimitUpper::BYTES,
        count: 1,
        stride: 0,
        reset: PrefLimitUpper::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "addr", lsb: 0, width: 32, access: Access::Rw, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "io_base_upper",
        offset: IoBaseUpper::OFFSET,
        bytes: IoBaseUpper::BYTES,
        count: 1,
        stride: 0,
        reset: IoBaseUpper::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "addr", lsb: 0, width: 16, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "io_limit_upper",
        offset: IoLimitUpper::OFFSET,
        bytes: IoLimitUpper::BYTES,
        count: 1,
        stride: 0,
        reset: IoLimitUpper::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "addr", lsb: 0, width: 16, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "cap_ptr",
        offset: CapPtr::OFFSET,
        bytes: CapPtr::BYTES,
        count: 1,
        stride: 0,
        reset: CapPtr::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "ptr", lsb: 0, width: 8, access: Access::Hwinit, reset: 0x40, legal: None },
        ],
    },
    RegisterInfo {
        name: "expansion_rom_base",
        offset: ExpansionRomBase::OFFSET,
        bytes: ExpansionRomBase::BYTES,
        count: 1,
        stride: 0,
        reset: ExpansionRomBase::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "address", lsb: 11, width: 21, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "rsvd", lsb: 1, width: 10, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "enable", lsb: 0, width: 1, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "interrupt_line",
        offset: InterruptLine::OFFSET,
        bytes: InterruptLine::BYTES,
        count: 1,
        stride: 0,
        reset: InterruptLine::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "line", lsb: 0, width: 8, access: Access::Rw, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "interrupt_pin",
        offset: InterruptPin::OFFSET,
        bytes: InterruptPin::BYTES,
        count: 1,
        stride: 0,
        reset: InterruptPin::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "pin", lsb: 0, width: 8, access: Access::Hwinit, reset: 1, legal: None },
        ],
    },
    RegisterInfo {
        name: "bridge_control",
        offset: BridgeControl::OFFSET,
        bytes: BridgeControl::BYTES,
        count: 1,
        stride: 0,
        reset: BridgeControl::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd", lsb: 12, width: 4, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "discard_timer_serr_en", lsb: 11, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "discard_timer_status", lsb: 10, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "secondary_discard_timeout", lsb: 9, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "primary_discard_timeout", lsb: 8, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "fast_b2b_en", lsb: 7, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "secondary_bus_reset", lsb: 6, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "master_abort_mode", lsb: 5, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "vga_16bit_decode", lsb: 4, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "vga_en", lsb: 3, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "isa_en", lsb: 2, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "serr_en", lsb: 1, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "parity_err_response", lsb: 0, width: 1, access: Access::Rw, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "pcie_cap_hdr",
        offset: PcieCapHdr::OFFSET,
        bytes: PcieCapHdr::BYTES,
        count: 1,
        stride: 0,
        reset: PcieCapHdr::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "next_ptr", lsb: 8, width: 8, access: Access::Hwinit, reset: 0x80, legal: None },
            FieldInfo { name: "cap_id", lsb: 0, width: 8, access: Access::Hwinit, reset: 0x10, legal: Some(&[PciCapId::PM.0 as u64, PciCapId::MSI.0 as u64, PciCapId::VNDR.0 as u64, PciCapId::PCIE.0 as u64, PciCapId::MSIX.0 as u64]) },
        ],
    },
    RegisterInfo {
        name: "pcie_caps",
        offset: PcieCaps::OFFSET,
        bytes: PcieCaps::BYTES,
        count: 1,
        stride: 0,
        reset: PcieCaps::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd", lsb: 14, width: 2, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "int_msg_num", lsb: 9, width: 5, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "slot_implemented", lsb: 8, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "port_type", lsb: 4, width: 4, access: Access::Hwinit, reset: 4, legal: Some(&[PciePortType::ENDPOINT.0 as u64, PciePortType::LEGACY_ENDPOINT.0 as u64, PciePortType::ROOT_PORT.0 as u64, PciePortType::SWITCH_UPSTREAM.0 as u64, PciePortType::SWITCH_DOWNSTREAM.0 as u64, PciePortType::PCIE_TO_PCI_BRIDGE.0 as u64, PciePortType::PCI_TO_PCIE_BRIDGE.0 as u64, PciePortType::RC_ENDPOINT.0 as u64, PciePortType::RC_EVENT_COLLECTOR.0 as u64]) },
            FieldInfo { name: "version", lsb: 0, width: 4, access: Access::Hwinit, reset: 2, legal: None },
        ],
    },
    RegisterInfo {
        name: "devcap",
        offset: Devcap::OFFSET,
        bytes: Devcap::BYTES,
        count: 1,
        stride: 0,
        reset: Devcap::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd_31_29", lsb: 29, width: 3, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "flr_capable", lsb: 28, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "slot_power_limit_scale", lsb: 26, width: 2, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "slot_power_limit_value", lsb: 18, width: 8, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "rsvd_17_16", lsb: 16, width: 2, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "role_based_err_reporting", lsb: 15, width: 1, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "rsvd_14_12", lsb: 12, width: 3, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "l1_acceptable_latency", lsb: 9, width: 3, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "l0s_acceptable_latency", lsb: 6, width: 3, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "ext_tag_supported", lsb: 5, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "phantom_functions", lsb: 3, width: 2, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "max_payload_supported", lsb: 0, width: 3, access: Access::Hwinit, reset: 2, legal: None },
        ],
    },
    RegisterInfo {
        name: "devctl",
        offset: Devctl::OFFSET,
        bytes: Devctl::BYTES,
        count: 1,
        stride: 0,
        reset: Devctl::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd", lsb: 15, width: 1, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "max_read_request_size", lsb: 12, width: 3, access: Access::Rw, reset: 2, legal: None },
            FieldInfo { name: "no_snoop_en", lsb: 11, width: 1, access: Access::Rw, reset: 1, legal: None },
            FieldInfo { name: "aux_power_pm_en", lsb: 10, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "phantom_functions_en", lsb: 9, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "ext_tag_en", lsb: 8, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "max_payload_size", lsb: 5, width: 3, access: Access::Warl, reset: 0, legal: Some(&[Mps::MPS_128B.0 as u64, Mps::MPS_256B.0 as u64, Mps::MPS_512B.0 as u64]) },
            FieldInfo { name: "relaxed_ordering_en", lsb: 4, width: 1, access: Access::Rw, reset: 1, legal: None },
            FieldInfo { name: "unsupported_req_report_en", lsb: 3, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "fatal_err_report_en", lsb: 2, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "non_fatal_err_report_en", lsb: 1, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "correctable_err_report_en", lsb: 0, width: 1, access: Access::Rw, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "devsta",
        offset: Devsta::OFFSET,
        bytes: Devsta::BYTES,
        count: 1,
        stride: 0,
        reset: Devsta::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd", lsb: 6, width: 10, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "transactions_pending", lsb: 5, width: 1, access: Access::Ro, reset: 0, legal: None },
            FieldInfo { name: "aux_power_detected", lsb: 4, width: 1, access: Access::Ro, reset: 0, legal: None },
            FieldInfo { name: "unsupported_req_detected", lsb: 3, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "fatal_err_detected", lsb: 2, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "non_fatal_err_detected", lsb: 1, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "correctable_err_detected", lsb: 0, width: 1, access: Access::Rw1c, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "lnkcap",
        offset: Lnkcap::OFFSET,
        bytes: Lnkcap::BYTES,
        count: 1,
        stride: 0,
        reset: Lnkcap::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "port_number", lsb: 24, width: 8, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "rsvd", lsb: 23, width: 1, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "aspm_optionality_compliance", lsb: 22, width: 1, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "link_bw_notification_capable", lsb: 21, width: 1, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "dll_link_active_reporting_capable", lsb: 20, width: 1, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "surprise_down_err_reporting_capable", lsb: 19, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "clock_power_mgmt", lsb: 18, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "l1_exit_latency", lsb: 15, width: 3, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "l0s_exit_latency", lsb: 12, width: 3, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "aspm_support", lsb: 10, width: 2, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "max_link_width", lsb: 4, width: 6, access: Access::Hwinit, reset: 4, legal: None },
            FieldInfo { name: "max_link_speed", lsb: 0, width: 4, access: Access::Hwinit, reset: 2, legal: Some(&[LinkSpeed::GEN1.0 as u64, LinkSpeed::GEN2.0 as u64, LinkSpeed::GEN3.0 as u64, LinkSpeed::GEN4.0 as u64, LinkSpeed::GEN5.0 as u64, LinkSpeed::GEN6.0 as u64]) },
        ],
    },
    RegisterInfo {
        name: "lnkctl",
        offset: Lnkctl::OFFSET,
        bytes: Lnkctl::BYTES,
        count: 1,
        stride: 0,
        reset: Lnkctl::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd_15_12", lsb: 12, width: 4, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "link_autonomous_bw_int_en", lsb: 11, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "link_bw_mgmt_int_en", lsb: 10, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "hw_autonomous_width_disable", lsb: 9, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "clock_pm_en", lsb: 8, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "extended_synch", lsb: 7, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "common_clock_config", lsb: 6, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "retrain_link", lsb: 5, width: 1, access: Access::Wo, reset: 0, legal: None },
            FieldInfo { name: "link_disable", lsb: 4, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "read_completion_boundary", lsb: 3, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "rsvd_2", lsb: 2, width: 1, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "aspm_control", lsb: 0, width: 2, access: Access::Rw, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "lnksta",
        offset: Lnksta::OFFSET,
        bytes: Lnksta::BYTES,
        count: 1,
        stride: 0,
        reset: Lnksta::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "link_autonomous_bw_status", lsb: 15, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "link_bw_mgmt_status", lsb: 14, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "dll_link_active", lsb: 13, width: 1, access: Access::Ro, reset: 0, legal: None },
            FieldInfo { name: "slot_clock_config", lsb: 12, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "link_training", lsb: 11, width: 1, access: Access::Ro, reset: 0, legal: None },
            FieldInfo { name: "rsvd", lsb: 10, width: 1, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "negotiated_link_width", lsb: 4, width: 6, access: Access::Ro, reset: 0, legal: None },
            FieldInfo { name: "current_link_speed", lsb: 0, width: 4, access: Access::Ro, reset: 0, legal: Some(&[LinkSpeed::GEN1.0 as u64, LinkSpeed::GEN2.0 as u64, LinkSpeed::GEN3.0 as u64, LinkSpeed::GEN4.0 as u64, LinkSpeed::GEN5.0 as u64, LinkSpeed::GEN6.0 as u64]) },
        ],
    },
    RegisterInfo {
        name: "slotcap",
        offset: Slotcap::OFFSET,
        bytes: Slotcap::BYTES,
        count: 1,
        stride: 0,
        reset: Slotcap::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "physical_slot_number", lsb: 19, width: 13, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "no_cmd_completed_support", lsb: 18, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "electromech_interlock_present", lsb: 17, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "slot_power_limit_scale", lsb: 15, width: 2, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "slot_power_limit_value", lsb: 7, width: 8, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "hot_plug_capable", lsb: 6, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "hot_plug_surprise", lsb: 5, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "power_indicator_present", lsb: 4, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "attention_indicator_present", lsb: 3, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "mrl_sensor_present", lsb: 2, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "power_controller_present", lsb: 1, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "attention_button_present", lsb: 0, width: 1, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "slotctl",
        offset: Slotctl::OFFSET,
        bytes: Slotctl::BYTES,
        count: 1,
        stride: 0,
        reset: Slotctl::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd", lsb: 15, width: 1, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "inband_pd_disable", lsb: 14, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "auto_slot_power_limit_disable", lsb: 13, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "dll_state_changed_en", lsb: 12, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "electromech_interlock_ctrl", lsb: 11, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "power_controller_ctrl", lsb: 10, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "power_indicator_ctrl", lsb: 8, width: 2, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "attention_indicator_ctrl", lsb: 6, width: 2, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "hot_plug_int_en", lsb: 5, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "cmd_completed_int_en", lsb: 4, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "presence_detect_changed_en", lsb: 3, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "mrl_sensor_changed_en", lsb: 2, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "power_fault_detected_en", lsb: 1, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "attention_button_pressed_en", lsb: 0, width: 1, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "slotsta",
        offset: Slotsta::OFFSET,
        bytes: Slotsta::BYTES,
        count: 1,
        stride: 0,
        reset: Slotsta::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd", lsb: 9, width: 7, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "dll_state_changed", lsb: 8, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "electromech_interlock_status", lsb: 7, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "presence_detect_state", lsb: 6, width: 1, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "mrl_sensor_state", lsb: 5, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "cmd_completed", lsb: 4, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "presence_detect_changed", lsb: 3, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "mrl_sensor_changed", lsb: 2, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "power_fault_detected", lsb: 1, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "attention_button_pressed", lsb: 0, width: 1, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "rootctl",
        offset: Rootctl::OFFSET,
        bytes: Rootctl::BYTES,
        count: 1,
        stride: 0,
        reset: Rootctl::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd", lsb: 5, width: 11, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "crs_sw_visibility_en", lsb: 4, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "pme_int_en", lsb: 3, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "sys_err_on_fatal_en", lsb: 2, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "sys_err_on_non_fatal_en", lsb: 1, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "sys_err_on_correctable_en", lsb: 0, width: 1, access: Access::Rw, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "rootcap",
        offset: Rootcap::OFFSET,
        bytes: Rootcap::BYTES,
        count: 1,
        stride: 0,
        reset: Rootcap::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd", lsb: 1, width: 15, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "crs_sw_visibility", lsb: 0, width: 1, access: Access::Hwinit, reset: 1, legal: None },
        ],
    },
    RegisterInfo {
        name: "rootsta",
        offset: Rootsta::OFFSET,
        bytes: Rootsta::BYTES,
        count: 1,
        stride: 0,
        reset: Rootsta::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd", lsb: 18, width: 14, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "pme_pending", lsb: 17, width: 1, access: Access::Ro, reset: 0, legal: None },
            FieldInfo { name: "pme_status", lsb: 16, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "pme_requester_id", lsb: 0, width: 16, access: Access::Ro, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "devcap2",
        offset: Devcap2::OFFSET,
        bytes: Devcap2::BYTES,
        count: 1,
        stride: 0,
        reset: Devcap2::RESET.0 as u64,
        hw_ext: true,
        fields: &[
            FieldInfo { name: "frs_supported", lsb: 31, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "rsvd_30_27", lsb: 27, width: 4, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "emergency_power_reduction_init_required", lsb: 26, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "emergency_power_reduction_supported", lsb: 24, width: 2, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "max_ee_prefixes", lsb: 22, width: 2, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "ee_prefix_supported", lsb: 21, width: 1, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "ext_fmt_field_supported", lsb: 20, width: 1, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "obff_supported", lsb: 18, width: 2, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "tag10_requester_supported", lsb: 17, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "tag10_completer_supported", lsb: 16, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "ln_system_cls", lsb: 14, width: 2, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "tph_completer_supported", lsb: 12, width: 2, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "ltr_supported", lsb: 11, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "no_ro_pr_pr_passing", lsb: 10, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "cas128_completer", lsb: 9, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "atomic_op64_completer", lsb: 8, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "atomic_op32_completer", lsb: 7, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "atomic_op_routing", lsb: 6, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "ari_forwarding_supported", lsb: 5, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "completion_timeout_disable_supported", lsb: 4, width: 1, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "completion_timeout_ranges", lsb: 0, width: 4, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "devctl2",
        offset: Devctl2::OFFSET,
        bytes: Devctl2::BYTES,
        count: 1,
        stride: 0,
        reset: Devctl2::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "ee_prefix_blocking", lsb: 15, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "obff_en", lsb: 13, width: 2, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "tag10_requester_en", lsb: 12, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "emergency_power_reduction_req", lsb: 11, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "ltr_en", lsb: 10, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "ido_completion_en", lsb: 9, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "ido_request_en", lsb: 8, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "atomic_op_egress_blocking", lsb: 7, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "atomic_op_requester_en", lsb: 6, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "ari_forwarding_en", lsb: 5, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "completion_timeout_disable", lsb: 4, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "completion_timeout_value", lsb: 0, width: 4, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "devsta2",
        offset: Devsta2::OFFSET,
        bytes: Devsta2::BYTES,
        count: 1,
        stride: 0,
        reset: Devsta2::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd", lsb: 0, width: 16, access: Access::Rsvd, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "lnkcap2",
        offset: Lnkcap2::OFFSET,
        bytes: Lnkcap2::BYTES,
        count: 1,
        stride: 0,
        reset: Lnkcap2::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "drs_supported", lsb: 31, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "rsvd_30_25", lsb: 25, width: 6, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "two_retimers_presence_detect_supported", lsb: 24, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "retimer_presence_detect_supported", lsb: 23, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "lower_skp_os_reception_speeds", lsb: 16, width: 7, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "lower_skp_os_generation_speeds", lsb: 9, width: 7, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "crosslink_supported", lsb: 8, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "supported_link_speeds", lsb: 1, width: 7, access: Access::Hwinit, reset: 3, legal: None },
            FieldInfo { name: "rsvd_0", lsb: 0, width: 1, access: Access::Rsvd, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "lnkctl2",
        offset: Lnkctl2::OFFSET,
        bytes: Lnkctl2::BYTES,
        count: 1,
        stride: 0,
        reset: Lnkctl2::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "compliance_preset_deemphasis", lsb: 12, width: 4, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "compliance_sos", lsb: 11, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "enter_modified_compliance", lsb: 10, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "transmit_margin", lsb: 7, width: 3, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "selectable_deemphasis", lsb: 6, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "hw_autonomous_speed_disable", lsb: 5, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "enter_compliance", lsb: 4, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "target_link_speed", lsb: 0, width: 4, access: Access::Rw, reset: 2, legal: Some(&[LinkSpeed::GEN1.0 as u64, LinkSpeed::GEN2.0 as u64, LinkSpeed::GEN3.0 as u64, LinkSpeed::GEN4.0 as u64, LinkSpeed::GEN5.0 as u64, LinkSpeed::GEN6.0 as u64]) },
        ],
    },
    RegisterInfo {
        name: "lnksta2",
        offset: Lnksta2::OFFSET,
        bytes: Lnksta2::BYTES,
        count: 1,
        stride: 0,
        reset: Lnksta2::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "drs_message_received", lsb: 15, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "downstream_component_presence", lsb: 12, width: 3, access: Access::Ro, reset: 0, legal: None },
            FieldInfo { name: "rsvd_11_10", lsb: 10, width: 2, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "crosslink_resolution", lsb: 8, width: 2, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "two_retimers_presence_detected", lsb: 7, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "retimer_presence_detected", lsb: 6, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "link_eq_request", lsb: 5, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "eq_phase3_successful", lsb: 4, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "eq_phase2_successful", lsb: 3, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "eq_phase1_successful", lsb: 2, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "eq_complete", lsb: 1, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "current_deemphasis", lsb: 0, width: 1, access: Access::Ro, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "slotcap2",
        offset: Slotcap2::OFFSET,
        bytes: Slotcap2::BYTES,
        count: 1,
        stride: 0,
        reset: Slotcap2::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd", lsb: 1, width: 31, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "inband_pd_disable_supported", lsb: 0, width: 1, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "slotctl2",
        offset: Slotctl2::OFFSET,
        bytes: Slotctl2::BYTES,
        count: 1,
        stride: 0,
        reset: Slotctl2::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd", lsb: 0, width: 16, access: Access::Rsvd, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "slotsta2",
        offset: Slotsta2::OFFSET,
        bytes: Slotsta2::BYTES,
        count: 1,
        stride: 0,
        reset: Slotsta2::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd", lsb: 0, width: 16, access: Access::Rsvd, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "pm_cap_hdr",
        offset: PmCapHdr::OFFSET,
        bytes: PmCapHdr::BYTES,
        count: 1,
        stride: 0,
        reset: PmCapHdr::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "next_ptr", lsb: 8, width: 8, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "cap_id", lsb: 0, width: 8, access: Access::Hwinit, reset: 1, legal: Some(&[PciCapId::PM.0 as u64, PciCapId::MSI.0 as u64, PciCapId::VNDR.0 as u64, PciCapId::PCIE.0 as u64, PciCapId::MSIX.0 as u64]) },
        ],
    },
    RegisterInfo {
        name: "pmc",
        offset: Pmc::OFFSET,
        bytes: Pmc::BYTES,
        count: 1,
        stride: 0,
        reset: Pmc::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "pme_support", lsb: 11, width: 5, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "d2_support", lsb: 10, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "d1_support", lsb: 9, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "aux_current", lsb: 6, width: 3, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "dsi", lsb: 5, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "rsvd", lsb: 4, width: 1, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "pme_clock", lsb: 3, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "version", lsb: 0, width: 3, access: Access::Hwinit, reset: 3, legal: None },
        ],
    },
    RegisterInfo {
        name: "pmcsr",
        offset: Pmcsr::OFFSET,
        bytes: Pmcsr::BYTES,
        count: 1,
        stride: 0,
        reset: Pmcsr::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "pme_status", lsb: 15, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "data_scale", lsb: 13, width: 2, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "data_select", lsb: 9, width: 4, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "pme_en", lsb: 8, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "rsvd_7_4", lsb: 4, width: 4, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "no_soft_reset", lsb: 3, width: 1, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "rsvd_2", lsb: 2, width: 1, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "power_state", lsb: 0, width: 2, access: Access::Warl, reset: 0, legal: Some(&[PmState::D0.0 as u64, PmState::D3HOT.0 as u64]) },
        ],
    },
    RegisterInfo {
        name: "pmcsr_bse",
        offset: PmcsrBse::OFFSET,
        bytes: PmcsrBse::BYTES,
        count: 1,
        stride: 0,
        reset: PmcsrBse::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "bpcc_en", lsb: 7, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "b2_b3", lsb: 6, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "rsvd", lsb: 0, width: 6, access: Access::Rsvd, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "pm_data",
        offset: PmData::OFFSET,
        bytes: PmData::BYTES,
        count: 1,
        stride: 0,
        reset: PmData::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "data", lsb: 0, width: 8, access: Access::Hwinit, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "aer_ext_cap_hdr",
        offset: AerExtCapHdr::OFFSET,
        bytes: AerExtCapHdr::BYTES,
        count: 1,
        stride: 0,
        reset: AerExtCapHdr::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "next", lsb: 20, width: 12, access: Access::Hwinit, reset: 0x148, legal: None },
            FieldInfo { name: "version", lsb: 16, width: 4, access: Access::Hwinit, reset: 2, legal: None },
            FieldInfo { name: "cap_id", lsb: 0, width: 16, access: Access::Hwinit, reset: 1, legal: Some(&[ExtCapId::AER.0 as u64, ExtCapId::ACS.0 as u64]) },
        ],
    },
    RegisterInfo {
        name: "aer_uncor_status",
        offset: AerUncorStatus::OFFSET,
        bytes: AerUncorStatus::BYTES,
        count: 1,
        stride: 0,
        reset: AerUncorStatus::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd_31_27", lsb: 27, width: 5, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "poisoned_tlp_egress_blocked", lsb: 26, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "tlp_prefix_blocked", lsb: 25, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "atomic_op_egress_blocked", lsb: 24, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "mc_blocked_tlp", lsb: 23, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "internal_error", lsb: 22, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "acs_violation", lsb: 21, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "unsupported_request", lsb: 20, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "ecrc_error", lsb: 19, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "malformed_tlp", lsb: 18, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "receiver_overflow", lsb: 17, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "unexpected_completion", lsb: 16, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "completer_abort", lsb: 15, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "completion_timeout", lsb: 14, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "fc_protocol_error", lsb: 13, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "poisoned_tlp_received", lsb: 12, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "rsvd_11_6", lsb: 6, width: 6, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "surprise_down_error", lsb: 5, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "dl_protocol_error", lsb: 4, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "rsvd_3_0", lsb: 0, width: 4, access: Access::Rsvd, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "aer_uncor_mask",
        offset: AerUncorMask::OFFSET,
        bytes: AerUncorMask::BYTES,
        count: 1,
        stride: 0,
        reset: AerUncorMask::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd_31_27", lsb: 27, width: 5, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "poisoned_tlp_egress_blocked", lsb: 26, width: 1, access: Access::Rw, reset: 1, legal: None },
            FieldInfo { name: "tlp_prefix_blocked", lsb: 25, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "atomic_op_egress_blocked", lsb: 24, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "mc_blocked_tlp", lsb: 23, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "internal_error", lsb: 22, width: 1, access: Access::Rw, reset: 1, legal: None },
            FieldInfo { name: "acs_violation", lsb: 21, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "unsupported_request", lsb: 20, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "ecrc_error", lsb: 19, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "malformed_tlp", lsb: 18, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "receiver_overflow", lsb: 17, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "unexpected_completion", lsb: 16, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "completer_abort", lsb: 15, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "completion_timeout", lsb: 14, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "fc_protocol_error", lsb: 13, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "poisoned_tlp_received", lsb: 12, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "rsvd_11_6", lsb: 6, width: 6, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "surprise_down_error", lsb: 5, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "dl_protocol_error", lsb: 4, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "rsvd_3_0", lsb: 0, width: 4, access: Access::Rsvd, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "aer_uncor_severity",
        offset: AerUncorSeverity::OFFSET,
        bytes: AerUncorSeverity::BYTES,
        count: 1,
        stride: 0,
        reset: AerUncorSeverity::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd_31_27", lsb: 27, width: 5, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "poisoned_tlp_egress_blocked", lsb: 26, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "tlp_prefix_blocked", lsb: 25, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "atomic_op_egress_blocked", lsb: 24, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "mc_blocked_tlp", lsb: 23, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "internal_error", lsb: 22, width: 1, access: Access::Rw, reset: 1, legal: None },
            FieldInfo { name: "acs_violation", lsb: 21, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "unsupported_request", lsb: 20, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "ecrc_error", lsb: 19, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "malformed_tlp", lsb: 18, width: 1, access: Access::Rw, reset: 1, legal: None },
            FieldInfo { name: "receiver_overflow", lsb: 17, width: 1, access: Access::Rw, reset: 1, legal: None },
            FieldInfo { name: "unexpected_completion", lsb: 16, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "completer_abort", lsb: 15, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "completion_timeout", lsb: 14, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "fc_protocol_error", lsb: 13, width: 1, access: Access::Rw, reset: 1, legal: None },
            FieldInfo { name: "poisoned_tlp_received", lsb: 12, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "rsvd_11_6", lsb: 6, width: 6, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "surprise_down_error", lsb: 5, width: 1, access: Access::Rw, reset: 1, legal: None },
            FieldInfo { name: "dl_protocol_error", lsb: 4, width: 1, access: Access::Rw, reset: 1, legal: None },
            FieldInfo { name: "rsvd_3_0", lsb: 0, width: 4, access: Access::Rsvd, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "aer_cor_status",
        offset: AerCorStatus::OFFSET,
        bytes: AerCorStatus::BYTES,
        count: 1,
        stride: 0,
        reset: AerCorStatus::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd_31_16", lsb: 16, width: 16, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "header_log_overflow", lsb: 15, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "corrected_internal_error", lsb: 14, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "advisory_non_fatal", lsb: 13, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "replay_timer_timeout", lsb: 12, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "rsvd_11_9", lsb: 9, width: 3, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "replay_num_rollover", lsb: 8, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "bad_dllp", lsb: 7, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "bad_tlp", lsb: 6, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "rsvd_5_1", lsb: 1, width: 5, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "receiver_error", lsb: 0, width: 1, access: Access::Rw1c, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "aer_cor_mask",
        offset: AerCorMask::OFFSET,
        bytes: AerCorMask::BYTES,
        count: 1,
        stride: 0,
        reset: AerCorMask::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd_31_16", lsb: 16, width: 16, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "header_log_overflow", lsb: 15, width: 1, access: Access::Rw, reset: 1, legal: None },
            FieldInfo { name: "corrected_internal_error", lsb: 14, width: 1, access: Access::Rw, reset: 1, legal: None },
            FieldInfo { name: "advisory_non_fatal", lsb: 13, width: 1, access: Access::Rw, reset: 1, legal: None },
            FieldInfo { name: "replay_timer_timeout", lsb: 12, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "rsvd_11_9", lsb: 9, width: 3, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "replay_num_rollover", lsb: 8, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "bad_dllp", lsb: 7, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "bad_tlp", lsb: 6, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "rsvd_5_1", lsb: 1, width: 5, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "receiver_error", lsb: 0, width: 1, access: Access::Rw, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "aer_cap_ctrl",
        offset: AerCapCtrl::OFFSET,
        bytes: AerCapCtrl::BYTES,
        count: 1,
        stride: 0,
        reset: AerCapCtrl::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd", lsb: 13, width: 19, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "cpl_timeout_log_capable", lsb: 12, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "tlp_prefix_log_present", lsb: 11, width: 1, access: Access::Ro, reset: 0, legal: None },
            FieldInfo { name: "multi_header_en", lsb: 10, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "multi_header_capable", lsb: 9, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "ecrc_check_en", lsb: 8, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "ecrc_check_capable", lsb: 7, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "ecrc_gen_en", lsb: 6, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "ecrc_gen_capable", lsb: 5, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "first_error_pointer", lsb: 0, width: 5, access: Access::Ro, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "aer_header_log",
        offset: AerHeaderLog::OFFSET,
        bytes: AerHeaderLog::BYTES,
        count: AerHeaderLog::COUNT,
        stride: AerHeaderLog::STRIDE,
        reset: AerHeaderLog::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "dw", lsb: 0, width: 32, access: Access::Ro, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "aer_root_err_cmd",
        offset: AerRootErrCmd::OFFSET,
        bytes: AerRootErrCmd::BYTES,
        count: 1,
        stride: 0,
        reset: AerRootErrCmd::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd", lsb: 3, width: 29, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "fatal_err_report_en", lsb: 2, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "non_fatal_err_report_en", lsb: 1, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "correctable_err_report_en", lsb: 0, width: 1, access: Access::Rw, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "aer_root_err_status",
        offset: AerRootErrStatus::OFFSET,
        bytes: AerRootErrStatus::BYTES,
        count: 1,
        stride: 0,
        reset: AerRootErrStatus::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "adv_err_int_msg_num", lsb: 27, width: 5, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "rsvd", lsb: 7, width: 20, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "fatal_msg_received", lsb: 6, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "non_fatal_msg_received", lsb: 5, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "first_uncor_fatal", lsb: 4, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "multi_fatal_non_fatal_received", lsb: 3, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "fatal_non_fatal_received", lsb: 2, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "multi_cor_received", lsb: 1, width: 1, access: Access::Rw1c, reset: 0, legal: None },
            FieldInfo { name: "cor_received", lsb: 0, width: 1, access: Access::Rw1c, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "aer_err_source_id",
        offset: AerErrSourceId::OFFSET,
        bytes: AerErrSourceId::BYTES,
        count: 1,
        stride: 0,
        reset: AerErrSourceId::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "fatal_non_fatal_source_id", lsb: 16, width: 16, access: Access::Ro, reset: 0, legal: None },
            FieldInfo { name: "cor_source_id", lsb: 0, width: 16, access: Access::Ro, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "aer_tlp_prefix_log",
        offset: AerTlpPrefixLog::OFFSET,
        bytes: AerTlpPrefixLog::BYTES,
        count: AerTlpPrefixLog::COUNT,
        stride: AerTlpPrefixLog::STRIDE,
        reset: AerTlpPrefixLog::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "dw", lsb: 0, width: 32, access: Access::Ro, reset: 0, legal: None },
        ],
    },
    RegisterInfo {
        name: "acs_ext_cap_hdr",
        offset: AcsExtCapHdr::OFFSET,
        bytes: AcsExtCapHdr::BYTES,
        count: 1,
        stride: 0,
        reset: AcsExtCapHdr::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "next", lsb: 20, width: 12, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "version", lsb: 16, width: 4, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "cap_id", lsb: 0, width: 16, access: Access::Hwinit, reset: 0xd, legal: Some(&[ExtCapId::AER.0 as u64, ExtCapId::ACS.0 as u64]) },
        ],
    },
    RegisterInfo {
        name: "acs_caps",
        offset: AcsCaps::OFFSET,
        bytes: AcsCaps::BYTES,
        count: 1,
        stride: 0,
        reset: AcsCaps::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "egress_ctrl_vector_size", lsb: 8, width: 8, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "enhanced", lsb: 7, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "direct_translated_p2p", lsb: 6, width: 1, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "p2p_egress_ctrl", lsb: 5, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "upstream_forwarding", lsb: 4, width: 1, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "p2p_completion_redirect", lsb: 3, width: 1, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "p2p_request_redirect", lsb: 2, width: 1, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "translation_blocking", lsb: 1, width: 1, access: Access::Hwinit, reset: 1, legal: None },
            FieldInfo { name: "source_validation", lsb: 0, width: 1, access: Access::Hwinit, reset: 1, legal: None },
        ],
    },
    RegisterInfo {
        name: "acs_ctrl",
        offset: AcsCtrl::OFFSET,
        bytes: AcsCtrl::BYTES,
        count: 1,
        stride: 0,
        reset: AcsCtrl::RESET.0 as u64,
        hw_ext: false,
        fields: &[
            FieldInfo { name: "rsvd", lsb: 7, width: 9, access: Access::Rsvd, reset: 0, legal: None },
            FieldInfo { name: "direct_translated_p2p_en", lsb: 6, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "p2p_egress_ctrl_en", lsb: 5, width: 1, access: Access::Hwinit, reset: 0, legal: None },
            FieldInfo { name: "upstream_forwarding_en", lsb: 4, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "p2p_completion_redirect_en", lsb: 3, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "p2p_request_redirect_en", lsb: 2, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "translation_blocking_en", lsb: 1, width: 1, access: Access::Rw, reset: 0, legal: None },
            FieldInfo { name: "source_validation_en", lsb: 0, width: 1, access: Access::Rw, reset: 0, legal: None },
        ],
    },
];
