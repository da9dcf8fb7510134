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
use crate::mmio::{Mmio, Reg, RegValue, Register, RO, RW, WO};
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

/// Byte offset of register `aer_header_log`.
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

/// Byte offset of register `aer_tlp_prefix_log`.
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

crate::bits::encodings! { PciCapId(u8), 8;
    /// PCI Power Management
    PM = 1,
    /// Message Signaled Interrupts
    MSI = 5,
    /// vendor specific
    VNDR = 9,
    /// PCI Express Capability
    PCIE = 0x10,
    /// MSI-X
    MSIX = 0x11,
}

/// PCIe extended capability IDs of the capabilities this root port implements. The endpoint
/// capabilities (ATS, PRI, PASID) are listed in pcie_ep_caps_pkg.
///
/// `ext_cap_id_t`, 16 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct ExtCapId(pub u16);

crate::bits::encodings! { ExtCapId(u16), 16;
    /// Advanced Error Reporting
    AER = 1,
    /// Access Control Services
    ACS = 0xd,
}

/// Device/Port Type of the PCI Express Capabilities register.
///
/// `pcie_port_type_t`, 4 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PciePortType(pub u8);

crate::bits::encodings! { PciePortType(u8), 4;
    /// PCI Express Endpoint
    ENDPOINT = 0,
    /// Legacy PCI Express Endpoint
    LEGACY_ENDPOINT = 1,
    /// Root Port of a PCI Express Root Complex
    ROOT_PORT = 4,
    /// upstream port of a switch
    SWITCH_UPSTREAM = 5,
    /// downstream port of a switch
    SWITCH_DOWNSTREAM = 6,
    /// PCI Express to PCI/PCI-X bridge
    PCIE_TO_PCI_BRIDGE = 7,
    /// PCI/PCI-X to PCI Express bridge
    PCI_TO_PCIE_BRIDGE = 8,
    /// Root Complex Integrated Endpoint
    RC_ENDPOINT = 9,
    /// Root Complex Event Collector
    RC_EVENT_COLLECTOR = 0xa,
}

/// Link speed as an index into the Supported Link Speeds Vector (Link Capabilities 2):
/// used by Max Link Speed, Current Link Speed and Target Link Speed.
///
/// `link_speed_t`, 4 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct LinkSpeed(pub u8);

crate::bits::encodings! { LinkSpeed(u8), 4;
    /// 2.5 GT/s
    GEN1 = 1,
    /// 5.0 GT/s
    GEN2 = 2,
    /// 8.0 GT/s
    GEN3 = 3,
    /// 16.0 GT/s
    GEN4 = 4,
    /// 32.0 GT/s
    GEN5 = 5,
    /// 64.0 GT/s
    GEN6 = 6,
}

/// Max_Payload_Size encodings this port supports (Device Control, 128 << n bytes): up to
/// 512 bytes (DEVCAP max_payload_supported). Writes of larger encodings are not kept.
///
/// `mps_t`, 3 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct Mps(pub u8);

crate::bits::encodings! { Mps(u8), 3;
    /// 128 bytes
    MPS_128B = 0,
    /// 256 bytes
    MPS_256B = 1,
    /// 512 bytes, the largest supported
    MPS_512B = 2,
}

/// Power states this port accepts in pmcsr.power_state (D1 and D2 are not supported, so
/// writes of them are ignored, as the PM specification requires).
///
/// `pm_state_t`, 2 bits. A newtype, so that encodings this version does not
/// know survive a round trip.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PmState(pub u8);

crate::bits::encodings! { PmState(u8), 2;
    /// fully on
    D0 = 0,
    /// software-visible off state
    D3HOT = 3,
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

    crate::bits::fields! { u16;
        /// vendor of the root port
        ///
        /// Bits `[15:0]`, `hwinit`.
        id set_id with_id: num(u16, 0, 0xffff);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(VendorId: id);

impl RegValue for VendorId {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for VendorId {
    type Value = Self;
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

    crate::bits::fields! { u16;
        /// device of the root port
        ///
        /// Bits `[15:0]`, `hwinit`.
        id set_id with_id: num(u16, 0, 0xffff);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(DeviceId: id);

impl RegValue for DeviceId {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for DeviceId {
    type Value = Self;
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

    crate::bits::fields! { u16;
        /// forward I/O requests downstream (no I/O window here)
        ///
        /// Bits `[0]`, `rw`.
        io_space_en set_io_space_en with_io_space_en: flag(0);
        /// forward memory requests downstream through the windows
        ///
        /// Bits `[1]`, `rw`.
        mem_space_en set_mem_space_en with_mem_space_en: flag(1);
        /// forward memory requests from the link upstream (DMA)
        ///
        /// Bits `[2]`, `rw`.
        bus_master_en set_bus_master_en with_bus_master_en: flag(2);
        /// special cycles, not used by PCIe
        ///
        /// Bits `[3]`, `hwinit`.
        special_cycle_en set_special_cycle_en with_special_cycle_en: flag(3);
        /// memory write and invalidate, not used by PCIe
        ///
        /// Bits `[4]`, `hwinit`.
        mem_write_invalidate set_mem_write_invalidate with_mem_write_invalidate: flag(4);
        /// VGA palette snoop, not used by PCIe
        ///
        /// Bits `[5]`, `hwinit`.
        vga_palette_snoop set_vga_palette_snoop with_vga_palette_snoop: flag(5);
        /// act on poisoned TLPs (Master Data Parity Error)
        ///
        /// Bits `[6]`, `rw`.
        parity_err_response set_parity_err_response with_parity_err_response: flag(6);
        /// IDSEL stepping, not used by PCIe
        ///
        /// Bits `[7]`, `hwinit`.
        idsel_stepping set_idsel_stepping with_idsel_stepping: flag(7);
        /// report fatal and non-fatal errors to the system
        ///
        /// Bits `[8]`, `rw`.
        serr_en set_serr_en with_serr_en: flag(8);
        /// fast back-to-back enable, not used by PCIe
        ///
        /// Bits `[9]`, `hwinit`.
        fast_b2b_en set_fast_b2b_en with_fast_b2b_en: flag(9);
        /// stop the port from asserting INTx for its own events
        ///
        /// Bits `[10]`, `rw`.
        intx_disable set_intx_disable with_intx_disable: flag(10);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(Command: io_space_en mem_space_en bus_master_en special_cycle_en mem_write_invalidate vga_palette_snoop parity_err_response idsel_stepping serr_en fast_b2b_en intx_disable);

impl RegValue for Command {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Command {
    type Value = Self;
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

    crate::bits::fields! { u16;
        /// immediate readiness (not claimed)
        ///
        /// Bits `[0]`, `hwinit`.
        immediate_readiness set_immediate_readiness with_immediate_readiness: flag(0);
        /// the port has an INTx interrupt pending
        ///
        /// Bits `[3]`, `ro`.
        interrupt_status set_interrupt_status with_interrupt_status: flag(3);
        /// a capability list is present (always 1)
        ///
        /// Bits `[4]`, `hwinit`.
        cap_list set_cap_list with_cap_list: flag(4);
        /// 66 MHz capable, not used by PCIe
        ///
        /// Bits `[5]`, `hwinit`.
        cap_66mhz set_cap_66mhz with_cap_66mhz: flag(5);
        /// fast back-to-back capable, not used by PCIe
        ///
        /// Bits `[7]`, `hwinit`.
        fast_b2b_capable set_fast_b2b_capable with_fast_b2b_capable: flag(7);
        /// poisoned completion or poisoned write, parity response enabled
        ///
        /// Bits `[8]`, `rw1c`.
        master_data_parity_error set_master_data_parity_error with_master_data_parity_error: flag(8);
        /// DEVSEL timing, not used by PCIe
        ///
        /// Bits `[10:9]`, `hwinit`.
        devsel_timing set_devsel_timing with_devsel_timing: num(u8, 9, 3);
        /// the port completed a request with CA
        ///
        /// Bits `[11]`, `rw1c`.
        signaled_target_abort set_signaled_target_abort with_signaled_target_abort: flag(11);
        /// a request of the port completed with CA
        ///
        /// Bits `[12]`, `rw1c`.
        received_target_abort set_received_target_abort with_received_target_abort: flag(12);
        /// a request of the port completed with UR
        ///
        /// Bits `[13]`, `rw1c`.
        received_master_abort set_received_master_abort with_received_master_abort: flag(13);
        /// the port sent ERR_FATAL or ERR_NONFATAL
        ///
        /// Bits `[14]`, `rw1c`.
        signaled_system_error set_signaled_system_error with_signaled_system_error: flag(14);
        /// a poisoned TLP was received on the primary side
        ///
        /// Bits `[15]`, `rw1c`.
        detected_parity_error set_detected_parity_error with_detected_parity_error: flag(15);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(Status: immediate_readiness interrupt_status cap_list cap_66mhz fast_b2b_capable master_data_parity_error devsel_timing signaled_target_abort received_target_abort received_master_abort signaled_system_error detected_parity_error);

impl RegValue for Status {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Status {
    type Value = Self;
    const W1C_MASK: u64 = 0xf900;
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

    crate::bits::fields! { u32;
        /// revision of the root port
        ///
        /// Bits `[7:0]`, `hwinit`.
        revision_id set_revision_id with_revision_id: num(u8, 0, 0xff);
        /// programming interface (00h)
        ///
        /// Bits `[15:8]`, `hwinit`.
        prog_if set_prog_if with_prog_if: num(u8, 8, 0xff);
        /// sub-class (04h, PCI-to-PCI bridge)
        ///
        /// Bits `[23:16]`, `hwinit`.
        sub_class set_sub_class with_sub_class: num(u8, 16, 0xff);
        /// base class (06h, bridge)
        ///
        /// Bits `[31:24]`, `hwinit`.
        base_class set_base_class with_base_class: num(u8, 24, 0xff);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(ClassRev: revision_id prog_if sub_class base_class);

impl RegValue for ClassRev {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for ClassRev {
    type Value = Self;
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

    crate::bits::fields! { u8;
        /// system cache line size in DWORDs
        ///
        /// Bits `[7:0]`, `rw`.
        size set_size with_size: num(u8, 0, 0xff);
    }

    crate::bits::byte_image!(le u8 1);
}

crate::bits::debug_fields!(CacheLineSize: size);

impl RegValue for CacheLineSize {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for CacheLineSize {
    type Value = Self;
}

/// Latency timer (primary and secondary): not used by PCI Express, hardwired to zero.
///
/// `latency_timer_t`, 8 bits. `Default` is all-zero. The layout of registers `primary_latency_timer`, `secondary_latency_timer`.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct LatencyTimer(pub u8);

impl LatencyTimer {
    /// Width in bits.
    pub const WIDTH: u32 = 8;
    /// Size in bytes.
    pub const BYTES: usize = 1;

    /// From raw bits.
    pub const fn from_bits(bits: u8) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u8 {
        self.0
    }

    crate::bits::fields! { u8;
        /// latency timer, zero
        ///
        /// Bits `[7:0]`, `hwinit`.
        timer set_timer with_timer: num(u8, 0, 0xff);
    }

    crate::bits::byte_image!(le u8 1);
}

crate::bits::debug_fields!(LatencyTimer: timer);

impl RegValue for LatencyTimer {
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
/// Register `primary_latency_timer`: a [`LatencyTimer`].
pub struct PrimaryLatencyTimer;

impl PrimaryLatencyTimer {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0xd;
    /// Size in bytes.
    pub const BYTES: usize = 1;
    /// Value after reset.
    pub const RESET: LatencyTimer = LatencyTimer(0);
}

impl Register for PrimaryLatencyTimer {
    type Value = LatencyTimer;
}

/// Secondary Latency Timer.
/// Not used by PCI Express, hardwired to zero.
///
/// Register `secondary_latency_timer`: a [`LatencyTimer`].
pub struct SecondaryLatencyTimer;

impl SecondaryLatencyTimer {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x1b;
    /// Size in bytes.
    pub const BYTES: usize = 1;
    /// Value after reset.
    pub const RESET: LatencyTimer = LatencyTimer(0);
}

impl Register for SecondaryLatencyTimer {
    type Value = LatencyTimer;
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

    crate::bits::fields! { u8;
        /// header layout, 01h = Type 1
        ///
        /// Bits `[6:0]`, `hwinit`.
        layout set_layout with_layout: num(u8, 0, 0x7f);
        /// the device has more than one function
        ///
        /// Bits `[7]`, `hwinit`.
        multi_function set_multi_function with_multi_function: flag(7);
    }

    crate::bits::byte_image!(le u8 1);
}

crate::bits::debug_fields!(HeaderType: layout multi_function);

impl RegValue for HeaderType {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for HeaderType {
    type Value = Self;
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

    crate::bits::fields! { u8;
        /// BIST result (zero)
        ///
        /// Bits `[3:0]`, `hwinit`.
        completion_code set_completion_code with_completion_code: num(u8, 0, 0xf);
        /// start BIST (not capable, reads zero)
        ///
        /// Bits `[6]`, `hwinit`.
        start set_start with_start: flag(6);
        /// BIST capable (no)
        ///
        /// Bits `[7]`, `hwinit`.
        capable set_capable with_capable: flag(7);
    }

    crate::bits::byte_image!(le u8 1);
}

crate::bits::debug_fields!(Bist: completion_code start capable);

impl RegValue for Bist {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Bist {
    type Value = Self;
}

/// Base Address Register layout (BAR0, BAR1) of a memory BAR.
///
/// `base_address_t`, 32 bits. `Default` is all-zero. The layout of registers `bar0`, `bar1`.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct BaseAddress(pub u32);

impl BaseAddress {
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
        /// I/O space indicator
        ///
        /// Bits `[0]`, `hwinit`.
        io_space set_io_space with_io_space: flag(0);
        /// memory decoder type
        ///
        /// Bits `[2:1]`, `hwinit`.
        mem_type set_mem_type with_mem_type: num(u8, 1, 3);
        /// prefetchable memory
        ///
        /// Bits `[3]`, `hwinit`.
        prefetchable set_prefetchable with_prefetchable: flag(3);
        /// base address bits \[31:4\] (none)
        ///
        /// Bits `[31:4]`, `hwinit`.
        address set_address with_address: num(u32, 4, 0xfff_ffff);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(BaseAddress: io_space mem_type prefetchable address);

impl RegValue for BaseAddress {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Base Address Register 0.
/// Not implemented: the root port has no memory of its own, the register reads zero.
///
/// Register `bar0`: a [`BaseAddress`].
pub struct Bar0;

impl Bar0 {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x10;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Value after reset.
    pub const RESET: BaseAddress = BaseAddress(0);
}

impl Register for Bar0 {
    type Value = BaseAddress;
}

/// Base Address Register 1.
/// Not implemented, reads zero.
///
/// Register `bar1`: a [`BaseAddress`].
pub struct Bar1;

impl Bar1 {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x14;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Value after reset.
    pub const RESET: BaseAddress = BaseAddress(0);
}

impl Register for Bar1 {
    type Value = BaseAddress;
}

/// Bus number (primary, secondary and subordinate bus number registers).
///
/// `bus_number_t`, 8 bits. `Default` is all-zero. The layout of registers `primary_bus`, `secondary_bus`, `subordinate_bus`.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct BusNumber(pub u8);

impl BusNumber {
    /// Width in bits.
    pub const WIDTH: u32 = 8;
    /// Size in bytes.
    pub const BYTES: usize = 1;

    /// From raw bits.
    pub const fn from_bits(bits: u8) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u8 {
        self.0
    }

    crate::bits::fields! { u8;
        /// bus number
        ///
        /// Bits `[7:0]`, `rw`.
        bus set_bus with_bus: num(u8, 0, 0xff);
    }

    crate::bits::byte_image!(le u8 1);
}

crate::bits::debug_fields!(BusNumber: bus);

impl RegValue for BusNumber {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Primary Bus Number: the bus upstream of the port.
///
/// Register `primary_bus`: a [`BusNumber`].
pub struct PrimaryBus;

impl PrimaryBus {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x18;
    /// Size in bytes.
    pub const BYTES: usize = 1;
    /// Value after reset.
    pub const RESET: BusNumber = BusNumber(0);
}

impl Register for PrimaryBus {
    type Value = BusNumber;
}

/// Secondary Bus Number: the bus on the link (Type 0 configuration requests).
///
/// Register `secondary_bus`: a [`BusNumber`].
pub struct SecondaryBus;

impl SecondaryBus {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x19;
    /// Size in bytes.
    pub const BYTES: usize = 1;
    /// Value after reset.
    pub const RESET: BusNumber = BusNumber(0);
}

impl Register for SecondaryBus {
    type Value = BusNumber;
}

/// Subordinate Bus Number: the highest bus number below the port (Type 1 configuration
/// requests).
///
/// Register `subordinate_bus`: a [`BusNumber`].
pub struct SubordinateBus;

impl SubordinateBus {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x1a;
    /// Size in bytes.
    pub const BYTES: usize = 1;
    /// Value after reset.
    pub const RESET: BusNumber = BusNumber(0);
}

impl Register for SubordinateBus {
    type Value = BusNumber;
}

/// I/O Base and I/O Limit layout (the port has no I/O window: both read zero).
///
/// `io_window_t`, 8 bits. `Default` is all-zero. The layout of registers `io_base`, `io_limit`.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct IoWindow(pub u8);

impl IoWindow {
    /// Width in bits.
    pub const WIDTH: u32 = 8;
    /// Size in bytes.
    pub const BYTES: usize = 1;

    /// From raw bits.
    pub const fn from_bits(bits: u8) -> Self {
        Self(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> u8 {
        self.0
    }

    crate::bits::fields! { u8;
        /// I/O addressing capability (not implemented)
        ///
        /// Bits `[3:0]`, `hwinit`.
        addr_cap set_addr_cap with_addr_cap: num(u8, 0, 0xf);
        /// I/O address bits \[15:12\] (not implemented)
        ///
        /// Bits `[7:4]`, `hwinit`.
        addr set_addr with_addr: num(u8, 4, 0xf);
    }

    crate::bits::byte_image!(le u8 1);
}

crate::bits::debug_fields!(IoWindow: addr_cap addr);

impl RegValue for IoWindow {
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
/// Register `io_base`: a [`IoWindow`].
pub struct IoBase;

impl IoBase {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x1c;
    /// Size in bytes.
    pub const BYTES: usize = 1;
    /// Value after reset.
    pub const RESET: IoWindow = IoWindow(0);
}

impl Register for IoBase {
    type Value = IoWindow;
}

/// I/O Limit.
/// Not implemented, reads zero.
///
/// Register `io_limit`: a [`IoWindow`].
pub struct IoLimit;

impl IoLimit {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x1d;
    /// Size in bytes.
    pub const BYTES: usize = 1;
    /// Value after reset.
    pub const RESET: IoWindow = IoWindow(0);
}

impl Register for IoLimit {
    type Value = IoWindow;
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

    crate::bits::fields! { u16;
        /// 66 MHz capable, not used by PCIe
        ///
        /// Bits `[5]`, `hwinit`.
        cap_66mhz set_cap_66mhz with_cap_66mhz: flag(5);
        /// fast back-to-back capable, not used by PCIe
        ///
        /// Bits `[7]`, `hwinit`.
        fast_b2b_capable set_fast_b2b_capable with_fast_b2b_capable: flag(7);
        /// poisoned data seen on the link, parity response enabled
        ///
        /// Bits `[8]`, `rw1c`.
        master_data_parity_error set_master_data_parity_error with_master_data_parity_error: flag(8);
        /// DEVSEL timing, not used by PCIe
        ///
        /// Bits `[10:9]`, `hwinit`.
        devsel_timing set_devsel_timing with_devsel_timing: num(u8, 9, 3);
        /// the port completed a request from the link with CA
        ///
        /// Bits `[11]`, `rw1c`.
        signaled_target_abort set_signaled_target_abort with_signaled_target_abort: flag(11);
        /// a request forwarded downstream completed with CA
        ///
        /// Bits `[12]`, `rw1c`.
        received_target_abort set_received_target_abort with_received_target_abort: flag(12);
        /// a request forwarded downstream completed with UR
        ///
        /// Bits `[13]`, `rw1c`.
        received_master_abort set_received_master_abort with_received_master_abort: flag(13);
        /// an ERR_FATAL or ERR_NONFATAL was received on the link
        ///
        /// Bits `[14]`, `rw1c`.
        received_system_error set_received_system_error with_received_system_error: flag(14);
        /// a poisoned TLP was received on the link
        ///
        /// Bits `[15]`, `rw1c`.
        detected_parity_error set_detected_parity_error with_detected_parity_error: flag(15);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(SecondaryStatus: cap_66mhz fast_b2b_capable master_data_parity_error devsel_timing signaled_target_abort received_target_abort received_master_abort received_system_error detected_parity_error);

impl RegValue for SecondaryStatus {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for SecondaryStatus {
    type Value = Self;
    const W1C_MASK: u64 = 0xf900;
}

/// Memory Base and Memory Limit layout (non-prefetchable window, 1 MiB granularity): the
/// limit's address bits \[19:0\] are all ones.
///
/// `memory_window_t`, 16 bits. `Default` is all-zero. The layout of registers `memory_base`, `memory_limit`.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct MemoryWindow(pub u16);

impl MemoryWindow {
    /// Width in bits.
    pub const WIDTH: u32 = 16;
    /// Size in bytes.
    pub const BYTES: usize = 2;
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

    crate::bits::fields! { u16;
        /// window address bits \[31:20\]
        ///
        /// Bits `[15:4]`, `rw`.
        addr set_addr with_addr: num(u16, 4, 0xfff);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(MemoryWindow: addr);

impl RegValue for MemoryWindow {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Memory Base (non-prefetchable window, 1 MiB granularity).
///
/// Register `memory_base`: a [`MemoryWindow`].
pub struct MemoryBase;

impl MemoryBase {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x20;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Value after reset.
    pub const RESET: MemoryWindow = MemoryWindow(0);
}

impl Register for MemoryBase {
    type Value = MemoryWindow;
}

/// Memory Limit (non-prefetchable window; address bits \[19:0\] of the limit are all ones).
///
/// Register `memory_limit`: a [`MemoryWindow`].
pub struct MemoryLimit;

impl MemoryLimit {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x22;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Value after reset.
    pub const RESET: MemoryWindow = MemoryWindow(0);
}

impl Register for MemoryLimit {
    type Value = MemoryWindow;
}

/// Prefetchable Memory Base and Limit layout (64-bit window, 1 MiB granularity): the
/// limit's address bits \[19:0\] are all ones.
///
/// `pref_memory_window_t`, 16 bits. `Default` is all-zero. The layout of registers `pref_memory_base`, `pref_memory_limit`.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PrefMemoryWindow(pub u16);

impl PrefMemoryWindow {
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
        /// addressing capability, 1 = 64-bit window
        ///
        /// Bits `[3:0]`, `hwinit`.
        addr_cap set_addr_cap with_addr_cap: num(u8, 0, 0xf);
        /// window address bits \[31:20\]
        ///
        /// Bits `[15:4]`, `rw`.
        addr set_addr with_addr: num(u16, 4, 0xfff);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(PrefMemoryWindow: addr_cap addr);

impl RegValue for PrefMemoryWindow {
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
/// Register `pref_memory_base`: a [`PrefMemoryWindow`].
pub struct PrefMemoryBase;

impl PrefMemoryBase {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x24;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Value after reset.
    pub const RESET: PrefMemoryWindow = PrefMemoryWindow(1);
}

impl Register for PrefMemoryBase {
    type Value = PrefMemoryWindow;
}

/// Prefetchable Memory Limit (64-bit window).
///
/// Register `pref_memory_limit`: a [`PrefMemoryWindow`].
pub struct PrefMemoryLimit;

impl PrefMemoryLimit {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x26;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Value after reset.
    pub const RESET: PrefMemoryWindow = PrefMemoryWindow(1);
}

impl Register for PrefMemoryLimit {
    type Value = PrefMemoryWindow;
}

/// Prefetchable Base and Limit Upper 32 Bits layout.
///
/// `pref_upper_t`, 32 bits. `Default` is all-zero. The layout of registers `pref_base_upper`, `pref_limit_upper`.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PrefUpper(pub u32);

impl PrefUpper {
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
        /// prefetchable window address bits \[63:32\]
        ///
        /// Bits `[31:0]`, `rw`.
        addr set_addr with_addr: num(u32, 0, 0xffff_ffff);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(PrefUpper: addr);

impl RegValue for PrefUpper {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// Prefetchable Base Upper 32 Bits.
///
/// Register `pref_base_upper`: a [`PrefUpper`].
pub struct PrefBaseUpper;

impl PrefBaseUpper {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x28;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Value after reset.
    pub const RESET: PrefUpper = PrefUpper(0);
}

impl Register for PrefBaseUpper {
    type Value = PrefUpper;
}

/// Prefetchable Limit Upper 32 Bits.
///
/// Register `pref_limit_upper`: a [`PrefUpper`].
pub struct PrefLimitUpper;

impl PrefLimitUpper {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x2c;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Value after reset.
    pub const RESET: PrefUpper = PrefUpper(0);
}

impl Register for PrefLimitUpper {
    type Value = PrefUpper;
}

/// I/O Base and Limit Upper 16 Bits layout (no I/O window: both read zero).
///
/// `io_upper_t`, 16 bits. `Default` is all-zero. The layout of registers `io_base_upper`, `io_limit_upper`.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct IoUpper(pub u16);

impl IoUpper {
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
        /// I/O address bits \[31:16\] (not implemented)
        ///
        /// Bits `[15:0]`, `hwinit`.
        addr set_addr with_addr: num(u16, 0, 0xffff);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(IoUpper: addr);

impl RegValue for IoUpper {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// I/O Base Upper 16 Bits.
/// Not implemented (no I/O window), reads zero.
///
/// Register `io_base_upper`: a [`IoUpper`].
pub struct IoBaseUpper;

impl IoBaseUpper {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x30;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Value after reset.
    pub const RESET: IoUpper = IoUpper(0);
}

impl Register for IoBaseUpper {
    type Value = IoUpper;
}

/// I/O Limit Upper 16 Bits.
/// Not implemented (no I/O window), reads zero.
///
/// Register `io_limit_upper`: a [`IoUpper`].
pub struct IoLimitUpper;

impl IoLimitUpper {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x32;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Value after reset.
    pub const RESET: IoUpper = IoUpper(0);
}

impl Register for IoLimitUpper {
    type Value = IoUpper;
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

    crate::bits::fields! { u8;
        /// offset of the first capability
        ///
        /// Bits `[7:0]`, `hwinit`.
        ptr set_ptr with_ptr: num(u8, 0, 0xff);
    }

    crate::bits::byte_image!(le u8 1);
}

crate::bits::debug_fields!(CapPtr: ptr);

impl RegValue for CapPtr {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for CapPtr {
    type Value = Self;
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

    crate::bits::fields! { u32;
        /// ROM address decode enable (none)
        ///
        /// Bits `[0]`, `hwinit`.
        enable set_enable with_enable: flag(0);
        /// ROM base address bits \[31:11\] (none)
        ///
        /// Bits `[31:11]`, `hwinit`.
        address set_address with_address: num(u32, 11, 0x1f_ffff);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(ExpansionRomBase: enable address);

impl RegValue for ExpansionRomBase {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for ExpansionRomBase {
    type Value = Self;
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

    crate::bits::fields! { u8;
        /// interrupt routing information written by firmware
        ///
        /// Bits `[7:0]`, `rw`.
        line set_line with_line: num(u8, 0, 0xff);
    }

    crate::bits::byte_image!(le u8 1);
}

crate::bits::debug_fields!(InterruptLine: line);

impl RegValue for InterruptLine {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for InterruptLine {
    type Value = Self;
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

    crate::bits::fields! { u8;
        /// legacy interrupt pin, 1 = INTA
        ///
        /// Bits `[7:0]`, `hwinit`.
        pin set_pin with_pin: num(u8, 0, 0xff);
    }

    crate::bits::byte_image!(le u8 1);
}

crate::bits::debug_fields!(InterruptPin: pin);

impl RegValue for InterruptPin {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for InterruptPin {
    type Value = Self;
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

    crate::bits::fields! { u16;
        /// act on poisoned TLPs received on the link
        ///
        /// Bits `[0]`, `rw`.
        parity_err_response set_parity_err_response with_parity_err_response: flag(0);
        /// forward ERR_FATAL and ERR_NONFATAL from the link
        ///
        /// Bits `[1]`, `rw`.
        serr_en set_serr_en with_serr_en: flag(1);
        /// ISA I/O filtering (no I/O window)
        ///
        /// Bits `[2]`, `hwinit`.
        isa_en set_isa_en with_isa_en: flag(2);
        /// VGA forwarding (not supported)
        ///
        /// Bits `[3]`, `hwinit`.
        vga_en set_vga_en with_vga_en: flag(3);
        /// 16-bit VGA I/O decode (no VGA forwarding)
        ///
        /// Bits `[4]`, `hwinit`.
        vga_16bit_decode set_vga_16bit_decode with_vga_16bit_decode: flag(4);
        /// master abort mode, not used by PCIe
        ///
        /// Bits `[5]`, `hwinit`.
        master_abort_mode set_master_abort_mode with_master_abort_mode: flag(5);
        /// hold the link in hot reset while set
        ///
        /// Bits `[6]`, `rw`.
        secondary_bus_reset set_secondary_bus_reset with_secondary_bus_reset: flag(6);
        /// fast back-to-back enable, not used by PCIe
        ///
        /// Bits `[7]`, `hwinit`.
        fast_b2b_en set_fast_b2b_en with_fast_b2b_en: flag(7);
        /// primary discard timeout, not used by PCIe
        ///
        /// Bits `[8]`, `hwinit`.
        primary_discard_timeout set_primary_discard_timeout with_primary_discard_timeout: flag(8);
        /// secondary discard timeout, not used by PCIe
        ///
        /// Bits `[9]`, `hwinit`.
        secondary_discard_timeout set_secondary_discard_timeout with_secondary_discard_timeout: flag(9);
        /// discard timer status, not used by PCIe
        ///
        /// Bits `[10]`, `hwinit`.
        discard_timer_status set_discard_timer_status with_discard_timer_status: flag(10);
        /// discard timer SERR enable, not used by PCIe
        ///
        /// Bits `[11]`, `hwinit`.
        discard_timer_serr_en set_discard_timer_serr_en with_discard_timer_serr_en: flag(11);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(BridgeControl: parity_err_response serr_en isa_en vga_en vga_16bit_decode master_abort_mode secondary_bus_reset fast_b2b_en primary_discard_timeout secondary_discard_timeout discard_timer_status discard_timer_serr_en);

impl RegValue for BridgeControl {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for BridgeControl {
    type Value = Self;
}

/// PCI capability list entry header (PCI Express and Power Management capabilities).
///
/// `pci_cap_hdr_t`, 16 bits. `Default` is all-zero. The layout of registers `pcie_cap_hdr`, `pm_cap_hdr`.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct PciCapHdr(pub u16);

impl PciCapHdr {
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
        /// capability ID
        ///
        /// Bits `[7:0]`, `hwinit`.
        cap_id set_cap_id with_cap_id: enm(PciCapId, u8, 0, 0xff);
        /// offset of the next capability, 0 = end of list
        ///
        /// Bits `[15:8]`, `hwinit`.
        next_ptr set_next_ptr with_next_ptr: num(u8, 8, 0xff);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(PciCapHdr: cap_id next_ptr);

impl RegValue for PciCapHdr {
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
/// Register `pcie_cap_hdr`: a [`PciCapHdr`].
pub struct PcieCapHdr;

impl PcieCapHdr {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x40;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Value after reset.
    pub const RESET: PciCapHdr = PciCapHdr(0x8010);
}

impl Register for PcieCapHdr {
    type Value = PciCapHdr;
}

/// Power Management capability list entry.
/// The last entry of the PCI capability list.
///
/// Register `pm_cap_hdr`: a [`PciCapHdr`].
pub struct PmCapHdr;

impl PmCapHdr {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x80;
    /// Size in bytes.
    pub const BYTES: usize = 2;
    /// Value after reset.
    pub const RESET: PciCapHdr = PciCapHdr(1);
}

impl Register for PmCapHdr {
    type Value = PciCapHdr;
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

    crate::bits::fields! { u16;
        /// capability version, 2
        ///
        /// Bits `[3:0]`, `hwinit`.
        version set_version with_version: num(u8, 0, 0xf);
        /// Device/Port Type, Root Port
        ///
        /// Bits `[7:4]`, `hwinit`.
        port_type set_port_type with_port_type: enm(PciePortType, u8, 4, 0xf);
        /// the link connects to a slot (no)
        ///
        /// Bits `[8]`, `hwinit`.
        slot_implemented set_slot_implemented with_slot_implemented: flag(8);
        /// MSI/MSI-X vector of the port's interrupts (no MSI, zero)
        ///
        /// Bits `[13:9]`, `hwinit`.
        int_msg_num set_int_msg_num with_int_msg_num: num(u8, 9, 0x1f);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(PcieCaps: version port_type slot_implemented int_msg_num);

impl RegValue for PcieCaps {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for PcieCaps {
    type Value = Self;
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

    crate::bits::fields! { u32;
        /// max payload size supported, 128 << n bytes (2, 512 bytes)
        ///
        /// Bits `[2:0]`, `hwinit`.
        max_payload_supported set_max_payload_supported with_max_payload_supported: num(u8, 0, 7);
        /// phantom functions supported (none)
        ///
        /// Bits `[4:3]`, `hwinit`.
        phantom_functions set_phantom_functions with_phantom_functions: num(u8, 3, 3);
        /// 8-bit tags supported as a requester (no, 5-bit)
        ///
        /// Bits `[5]`, `hwinit`.
        ext_tag_supported set_ext_tag_supported with_ext_tag_supported: flag(5);
        /// endpoint L0s acceptable latency (zero for a root port)
        ///
        /// Bits `[8:6]`, `hwinit`.
        l0s_acceptable_latency set_l0s_acceptable_latency with_l0s_acceptable_latency: num(u8, 6, 7);
        /// endpoint L1 acceptable latency (zero for a root port)
        ///
        /// Bits `[11:9]`, `hwinit`.
        l1_acceptable_latency set_l1_acceptable_latency with_l1_acceptable_latency: num(u8, 9, 7);
        /// role-based error reporting (yes)
        ///
        /// Bits `[15]`, `hwinit`.
        role_based_err_reporting set_role_based_err_reporting with_role_based_err_reporting: flag(15);
        /// captured slot power limit value (upstream ports only)
        ///
        /// Bits `[25:18]`, `hwinit`.
        slot_power_limit_value set_slot_power_limit_value with_slot_power_limit_value: num(u8, 18, 0xff);
        /// captured slot power limit scale (upstream ports only)
        ///
        /// Bits `[27:26]`, `hwinit`.
        slot_power_limit_scale set_slot_power_limit_scale with_slot_power_limit_scale: num(u8, 26, 3);
        /// function level reset (endpoints only, no)
        ///
        /// Bits `[28]`, `hwinit`.
        flr_capable set_flr_capable with_flr_capable: flag(28);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(Devcap: max_payload_supported phantom_functions ext_tag_supported l0s_acceptable_latency l1_acceptable_latency role_based_err_reporting slot_power_limit_value slot_power_limit_scale flr_capable);

impl RegValue for Devcap {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Devcap {
    type Value = Self;
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

    crate::bits::fields! { u16;
        /// report correctable errors
        ///
        /// Bits `[0]`, `rw`.
        correctable_err_report_en set_correctable_err_report_en with_correctable_err_report_en: flag(0);
        /// report non-fatal errors
        ///
        /// Bits `[1]`, `rw`.
        non_fatal_err_report_en set_non_fatal_err_report_en with_non_fatal_err_report_en: flag(1);
        /// report fatal errors
        ///
        /// Bits `[2]`, `rw`.
        fatal_err_report_en set_fatal_err_report_en with_fatal_err_report_en: flag(2);
        /// report Unsupported Requests
        ///
        /// Bits `[3]`, `rw`.
        unsupported_req_report_en set_unsupported_req_report_en with_unsupported_req_report_en: flag(3);
        /// the port may set Relaxed Ordering on its requests
        ///
        /// Bits `[4]`, `rw`.
        relaxed_ordering_en set_relaxed_ordering_en with_relaxed_ordering_en: flag(4);
        /// max payload size, 128 << n bytes (up to 512 bytes; larger writes are not kept)
        ///
        /// Bits `[7:5]`, `warl`.
        max_payload_size set_max_payload_size with_max_payload_size: enm(Mps, u8, 5, 7);
        /// 8-bit tag enable (not supported)
        ///
        /// Bits `[8]`, `hwinit`.
        ext_tag_en set_ext_tag_en with_ext_tag_en: flag(8);
        /// phantom functions enable (not supported)
        ///
        /// Bits `[9]`, `hwinit`.
        phantom_functions_en set_phantom_functions_en with_phantom_functions_en: flag(9);
        /// aux power PM enable (no aux power)
        ///
        /// Bits `[10]`, `hwinit`.
        aux_power_pm_en set_aux_power_pm_en with_aux_power_pm_en: flag(10);
        /// the port may set No Snoop on its requests
        ///
        /// Bits `[11]`, `rw`.
        no_snoop_en set_no_snoop_en with_no_snoop_en: flag(11);
        /// max read request size, 128 << n bytes
        ///
        /// Bits `[14:12]`, `rw`.
        max_read_request_size set_max_read_request_size with_max_read_request_size: num(u8, 12, 7);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(Devctl: correctable_err_report_en non_fatal_err_report_en fatal_err_report_en unsupported_req_report_en relaxed_ordering_en max_payload_size ext_tag_en phantom_functions_en aux_power_pm_en no_snoop_en max_read_request_size);

impl RegValue for Devctl {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Devctl {
    type Value = Self;
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

    crate::bits::fields! { u16;
        /// a correctable error was detected
        ///
        /// Bits `[0]`, `rw1c`.
        correctable_err_detected set_correctable_err_detected with_correctable_err_detected: flag(0);
        /// a non-fatal error was detected
        ///
        /// Bits `[1]`, `rw1c`.
        non_fatal_err_detected set_non_fatal_err_detected with_non_fatal_err_detected: flag(1);
        /// a fatal error was detected
        ///
        /// Bits `[2]`, `rw1c`.
        fatal_err_detected set_fatal_err_detected with_fatal_err_detected: flag(2);
        /// an Unsupported Request was received
        ///
        /// Bits `[3]`, `rw1c`.
        unsupported_req_detected set_unsupported_req_detected with_unsupported_req_detected: flag(3);
        /// aux power is present
        ///
        /// Bits `[4]`, `ro`.
        aux_power_detected set_aux_power_detected with_aux_power_detected: flag(4);
        /// non-posted requests of the port itself are outstanding
        ///
        /// Bits `[5]`, `ro`.
        transactions_pending set_transactions_pending with_transactions_pending: flag(5);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(Devsta: correctable_err_detected non_fatal_err_detected fatal_err_detected unsupported_req_detected aux_power_detected transactions_pending);

impl RegValue for Devsta {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Devsta {
    type Value = Self;
    const W1C_MASK: u64 = 0xf;
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

    crate::bits::fields! { u32;
        /// maximum link speed (5.0 GT/s)
        ///
        /// Bits `[3:0]`, `hwinit`.
        max_link_speed set_max_link_speed with_max_link_speed: enm(LinkSpeed, u8, 0, 0xf);
        /// maximum link width (x4)
        ///
        /// Bits `[9:4]`, `hwinit`.
        max_link_width set_max_link_width with_max_link_width: num(u8, 4, 0x3f);
        /// ASPM support, 0 = none
        ///
        /// Bits `[11:10]`, `hwinit`.
        aspm_support set_aspm_support with_aspm_support: num(u8, 10, 3);
        /// L0s exit latency (no ASPM)
        ///
        /// Bits `[14:12]`, `hwinit`.
        l0s_exit_latency set_l0s_exit_latency with_l0s_exit_latency: num(u8, 12, 7);
        /// L1 exit latency (no ASPM)
        ///
        /// Bits `[17:15]`, `hwinit`.
        l1_exit_latency set_l1_exit_latency with_l1_exit_latency: num(u8, 15, 7);
        /// CLKREQ# clock power management (upstream ports only)
        ///
        /// Bits `[18]`, `hwinit`.
        clock_power_mgmt set_clock_power_mgmt with_clock_power_mgmt: flag(18);
        /// surprise down error reporting (no)
        ///
        /// Bits `[19]`, `hwinit`.
        surprise_down_err_reporting_capable set_surprise_down_err_reporting_capable with_surprise_down_err_reporting_capable: flag(19);
        /// Data Link Layer Link Active reporting (yes)
        ///
        /// Bits `[20]`, `hwinit`.
        dll_link_active_reporting_capable set_dll_link_active_reporting_capable with_dll_link_active_reporting_capable: flag(20);
        /// link bandwidth notification (yes)
        ///
        /// Bits `[21]`, `hwinit`.
        link_bw_notification_capable set_link_bw_notification_capable with_link_bw_notification_capable: flag(21);
        /// ASPM optionality compliance (yes)
        ///
        /// Bits `[22]`, `hwinit`.
        aspm_optionality_compliance set_aspm_optionality_compliance with_aspm_optionality_compliance: flag(22);
        /// port number of the link
        ///
        /// Bits `[31:24]`, `hwinit`.
        port_number set_port_number with_port_number: num(u8, 24, 0xff);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(Lnkcap: max_link_speed max_link_width aspm_support l0s_exit_latency l1_exit_latency clock_power_mgmt surprise_down_err_reporting_capable dll_link_active_reporting_capable link_bw_notification_capable aspm_optionality_compliance port_number);

impl RegValue for Lnkcap {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Lnkcap {
    type Value = Self;
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

    crate::bits::fields! { u16;
        /// ASPM enables (no ASPM is supported: keep zero)
        ///
        /// Bits `[1:0]`, `rw`.
        aspm_control set_aspm_control with_aspm_control: num(u8, 0, 3);
        /// read completion boundary, 0 = 64 bytes
        ///
        /// Bits `[3]`, `hwinit`.
        read_completion_boundary set_read_completion_boundary with_read_completion_boundary: flag(3);
        /// disable the link
        ///
        /// Bits `[4]`, `rw`.
        link_disable set_link_disable with_link_disable: flag(4);
        /// write 1 to retrain the link (reads zero)
        ///
        /// Bits `[5]`, `wo`.
        retrain_link set_retrain_link with_retrain_link: flag(5);
        /// both ends of the link use a common reference clock
        ///
        /// Bits `[6]`, `rw`.
        common_clock_config set_common_clock_config with_common_clock_config: flag(6);
        /// send extended FTS and TS1 ordered sets
        ///
        /// Bits `[7]`, `rw`.
        extended_synch set_extended_synch with_extended_synch: flag(7);
        /// clock power management (upstream ports only)
        ///
        /// Bits `[8]`, `hwinit`.
        clock_pm_en set_clock_pm_en with_clock_pm_en: flag(8);
        /// autonomous width changes (never made)
        ///
        /// Bits `[9]`, `hwinit`.
        hw_autonomous_width_disable set_hw_autonomous_width_disable with_hw_autonomous_width_disable: flag(9);
        /// interrupt on link bandwidth management status
        ///
        /// Bits `[10]`, `rw`.
        link_bw_mgmt_int_en set_link_bw_mgmt_int_en with_link_bw_mgmt_int_en: flag(10);
        /// interrupt on link autonomous bandwidth status
        ///
        /// Bits `[11]`, `rw`.
        link_autonomous_bw_int_en set_link_autonomous_bw_int_en with_link_autonomous_bw_int_en: flag(11);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(Lnkctl: aspm_control read_completion_boundary link_disable retrain_link common_clock_config extended_synch clock_pm_en hw_autonomous_width_disable link_bw_mgmt_int_en link_autonomous_bw_int_en);

impl RegValue for Lnkctl {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Lnkctl {
    type Value = Self;
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

    crate::bits::fields! { u16;
        /// current link speed
        ///
        /// Bits `[3:0]`, `ro`.
        current_link_speed set_current_link_speed with_current_link_speed: enm(LinkSpeed, u8, 0, 0xf);
        /// negotiated link width
        ///
        /// Bits `[9:4]`, `ro`.
        negotiated_link_width set_negotiated_link_width with_negotiated_link_width: num(u8, 4, 0x3f);
        /// link training in progress
        ///
        /// Bits `[11]`, `ro`.
        link_training set_link_training with_link_training: flag(11);
        /// the link uses the platform reference clock (no)
        ///
        /// Bits `[12]`, `hwinit`.
        slot_clock_config set_slot_clock_config with_slot_clock_config: flag(12);
        /// the Data Link Layer is DL_Active
        ///
        /// Bits `[13]`, `ro`.
        dll_link_active set_dll_link_active with_dll_link_active: flag(13);
        /// link retrained by software or speed/width changed for reliability
        ///
        /// Bits `[14]`, `rw1c`.
        link_bw_mgmt_status set_link_bw_mgmt_status with_link_bw_mgmt_status: flag(14);
        /// hardware changed speed or width autonomously
        ///
        /// Bits `[15]`, `rw1c`.
        link_autonomous_bw_status set_link_autonomous_bw_status with_link_autonomous_bw_status: flag(15);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(Lnksta: current_link_speed negotiated_link_width link_training slot_clock_config dll_link_active link_bw_mgmt_status link_autonomous_bw_status);

impl RegValue for Lnksta {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Lnksta {
    type Value = Self;
    const W1C_MASK: u64 = 0xc000;
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

    crate::bits::fields! { u32;
        /// attention button present
        ///
        /// Bits `[0]`, `hwinit`.
        attention_button_present set_attention_button_present with_attention_button_present: flag(0);
        /// power controller present
        ///
        /// Bits `[1]`, `hwinit`.
        power_controller_present set_power_controller_present with_power_controller_present: flag(1);
        /// MRL sensor present
        ///
        /// Bits `[2]`, `hwinit`.
        mrl_sensor_present set_mrl_sensor_present with_mrl_sensor_present: flag(2);
        /// attention indicator present
        ///
        /// Bits `[3]`, `hwinit`.
        attention_indicator_present set_attention_indicator_present with_attention_indicator_present: flag(3);
        /// power indicator present
        ///
        /// Bits `[4]`, `hwinit`.
        power_indicator_present set_power_indicator_present with_power_indicator_present: flag(4);
        /// hot-plug surprise
        ///
        /// Bits `[5]`, `hwinit`.
        hot_plug_surprise set_hot_plug_surprise with_hot_plug_surprise: flag(5);
        /// hot-plug capable
        ///
        /// Bits `[6]`, `hwinit`.
        hot_plug_capable set_hot_plug_capable with_hot_plug_capable: flag(6);
        /// slot power limit value
        ///
        /// Bits `[14:7]`, `hwinit`.
        slot_power_limit_value set_slot_power_limit_value with_slot_power_limit_value: num(u8, 7, 0xff);
        /// slot power limit scale
        ///
        /// Bits `[16:15]`, `hwinit`.
        slot_power_limit_scale set_slot_power_limit_scale with_slot_power_limit_scale: num(u8, 15, 3);
        /// electromechanical interlock present
        ///
        /// Bits `[17]`, `hwinit`.
        electromech_interlock_present set_electromech_interlock_present with_electromech_interlock_present: flag(17);
        /// no command completed support
        ///
        /// Bits `[18]`, `hwinit`.
        no_cmd_completed_support set_no_cmd_completed_support with_no_cmd_completed_support: flag(18);
        /// physical slot number
        ///
        /// Bits `[31:19]`, `hwinit`.
        physical_slot_number set_physical_slot_number with_physical_slot_number: num(u16, 19, 0x1fff);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(Slotcap: attention_button_present power_controller_present mrl_sensor_present attention_indicator_present power_indicator_present hot_plug_surprise hot_plug_capable slot_power_limit_value slot_power_limit_scale electromech_interlock_present no_cmd_completed_support physical_slot_number);

impl RegValue for Slotcap {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Slotcap {
    type Value = Self;
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

    crate::bits::fields! { u16;
        /// attention button pressed enable
        ///
        /// Bits `[0]`, `hwinit`.
        attention_button_pressed_en set_attention_button_pressed_en with_attention_button_pressed_en: flag(0);
        /// power fault detected enable
        ///
        /// Bits `[1]`, `hwinit`.
        power_fault_detected_en set_power_fault_detected_en with_power_fault_detected_en: flag(1);
        /// MRL sensor changed enable
        ///
        /// Bits `[2]`, `hwinit`.
        mrl_sensor_changed_en set_mrl_sensor_changed_en with_mrl_sensor_changed_en: flag(2);
        /// presence detect changed enable
        ///
        /// Bits `[3]`, `hwinit`.
        presence_detect_changed_en set_presence_detect_changed_en with_presence_detect_changed_en: flag(3);
        /// command completed interrupt enable
        ///
        /// Bits `[4]`, `hwinit`.
        cmd_completed_int_en set_cmd_completed_int_en with_cmd_completed_int_en: flag(4);
        /// hot-plug interrupt enable
        ///
        /// Bits `[5]`, `hwinit`.
        hot_plug_int_en set_hot_plug_int_en with_hot_plug_int_en: flag(5);
        /// attention indicator control
        ///
        /// Bits `[7:6]`, `hwinit`.
        attention_indicator_ctrl set_attention_indicator_ctrl with_attention_indicator_ctrl: num(u8, 6, 3);
        /// power indicator control
        ///
        /// Bits `[9:8]`, `hwinit`.
        power_indicator_ctrl set_power_indicator_ctrl with_power_indicator_ctrl: num(u8, 8, 3);
        /// power controller control
        ///
        /// Bits `[10]`, `hwinit`.
        power_controller_ctrl set_power_controller_ctrl with_power_controller_ctrl: flag(10);
        /// electromechanical interlock control
        ///
        /// Bits `[11]`, `hwinit`.
        electromech_interlock_ctrl set_electromech_interlock_ctrl with_electromech_interlock_ctrl: flag(11);
        /// Data Link Layer state changed enable
        ///
        /// Bits `[12]`, `hwinit`.
        dll_state_changed_en set_dll_state_changed_en with_dll_state_changed_en: flag(12);
        /// auto slot power limit disable
        ///
        /// Bits `[13]`, `hwinit`.
        auto_slot_power_limit_disable set_auto_slot_power_limit_disable with_auto_slot_power_limit_disable: flag(13);
        /// in-band presence detect disable (not supported)
        ///
        /// Bits `[14]`, `hwinit`.
        inband_pd_disable set_inband_pd_disable with_inband_pd_disable: flag(14);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(Slotctl: attention_button_pressed_en power_fault_detected_en mrl_sensor_changed_en presence_detect_changed_en cmd_completed_int_en hot_plug_int_en attention_indicator_ctrl power_indicator_ctrl power_controller_ctrl electromech_interlock_ctrl dll_state_changed_en auto_slot_power_limit_disable inband_pd_disable);

impl RegValue for Slotctl {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Slotctl {
    type Value = Self;
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

    crate::bits::fields! { u16;
        /// attention button pressed
        ///
        /// Bits `[0]`, `hwinit`.
        attention_button_pressed set_attention_button_pressed with_attention_button_pressed: flag(0);
        /// power fault detected
        ///
        /// Bits `[1]`, `hwinit`.
        power_fault_detected set_power_fault_detected with_power_fault_detected: flag(1);
        /// MRL sensor changed
        ///
        /// Bits `[2]`, `hwinit`.
        mrl_sensor_changed set_mrl_sensor_changed with_mrl_sensor_changed: flag(2);
        /// presence detect changed
        ///
        /// Bits `[3]`, `hwinit`.
        presence_detect_changed set_presence_detect_changed with_presence_detect_changed: flag(3);
        /// hot-plug command completed
        ///
        /// Bits `[4]`, `hwinit`.
        cmd_completed set_cmd_completed with_cmd_completed: flag(4);
        /// MRL open
        ///
        /// Bits `[5]`, `hwinit`.
        mrl_sensor_state set_mrl_sensor_state with_mrl_sensor_state: flag(5);
        /// adapter present (1, no slot)
        ///
        /// Bits `[6]`, `hwinit`.
        presence_detect_state set_presence_detect_state with_presence_detect_state: flag(6);
        /// electromechanical interlock engaged
        ///
        /// Bits `[7]`, `hwinit`.
        electromech_interlock_status set_electromech_interlock_status with_electromech_interlock_status: flag(7);
        /// Data Link Layer state changed
        ///
        /// Bits `[8]`, `hwinit`.
        dll_state_changed set_dll_state_changed with_dll_state_changed: flag(8);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(Slotsta: attention_button_pressed power_fault_detected mrl_sensor_changed presence_detect_changed cmd_completed mrl_sensor_state presence_detect_state electromech_interlock_status dll_state_changed);

impl RegValue for Slotsta {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Slotsta {
    type Value = Self;
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

    crate::bits::fields! { u16;
        /// system error on correctable errors
        ///
        /// Bits `[0]`, `rw`.
        sys_err_on_correctable_en set_sys_err_on_correctable_en with_sys_err_on_correctable_en: flag(0);
        /// system error on non-fatal errors
        ///
        /// Bits `[1]`, `rw`.
        sys_err_on_non_fatal_en set_sys_err_on_non_fatal_en with_sys_err_on_non_fatal_en: flag(1);
        /// system error on fatal errors
        ///
        /// Bits `[2]`, `rw`.
        sys_err_on_fatal_en set_sys_err_on_fatal_en with_sys_err_on_fatal_en: flag(2);
        /// interrupt on PME messages (Root Status PME Status)
        ///
        /// Bits `[3]`, `rw`.
        pme_int_en set_pme_int_en with_pme_int_en: flag(3);
        /// CRS software visibility enable (a Vendor ID read that gets CRS returns 0001h)
        ///
        /// Bits `[4]`, `rw`.
        crs_sw_visibility_en set_crs_sw_visibility_en with_crs_sw_visibility_en: flag(4);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(Rootctl: sys_err_on_correctable_en sys_err_on_non_fatal_en sys_err_on_fatal_en pme_int_en crs_sw_visibility_en);

impl RegValue for Rootctl {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Rootctl {
    type Value = Self;
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

    crate::bits::fields! { u16;
        /// CRS software visibility supported (yes)
        ///
        /// Bits `[0]`, `hwinit`.
        crs_sw_visibility set_crs_sw_visibility with_crs_sw_visibility: flag(0);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(Rootcap: crs_sw_visibility);

impl RegValue for Rootcap {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Rootcap {
    type Value = Self;
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

    crate::bits::fields! { u32;
        /// requester ID of the last PME message
        ///
        /// Bits `[15:0]`, `ro`.
        pme_requester_id set_pme_requester_id with_pme_requester_id: num(u16, 0, 0xffff);
        /// a PME message was received
        ///
        /// Bits `[16]`, `rw1c`.
        pme_status set_pme_status with_pme_status: flag(16);
        /// another PME is waiting behind the one reported
        ///
        /// Bits `[17]`, `ro`.
        pme_pending set_pme_pending with_pme_pending: flag(17);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(Rootsta: pme_requester_id pme_status pme_pending);

impl RegValue for Rootsta {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Rootsta {
    type Value = Self;
    const W1C_MASK: u64 = 0x1_0000;
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

    crate::bits::fields! { u32;
        /// programmable completion timeout ranges (none)
        ///
        /// Bits `[3:0]`, `hwinit`.
        completion_timeout_ranges set_completion_timeout_ranges with_completion_timeout_ranges: num(u8, 0, 0xf);
        /// completion timeout disable (yes)
        ///
        /// Bits `[4]`, `hwinit`.
        completion_timeout_disable_supported set_completion_timeout_disable_supported with_completion_timeout_disable_supported: flag(4);
        /// ARI forwarding (no)
        ///
        /// Bits `[5]`, `hwinit`.
        ari_forwarding_supported set_ari_forwarding_supported with_ari_forwarding_supported: flag(5);
        /// AtomicOp routing (no)
        ///
        /// Bits `[6]`, `hwinit`.
        atomic_op_routing set_atomic_op_routing with_atomic_op_routing: flag(6);
        /// 32-bit AtomicOp completer (no)
        ///
        /// Bits `[7]`, `hwinit`.
        atomic_op32_completer set_atomic_op32_completer with_atomic_op32_completer: flag(7);
        /// 64-bit AtomicOp completer (no)
        ///
        /// Bits `[8]`, `hwinit`.
        atomic_op64_completer set_atomic_op64_completer with_atomic_op64_completer: flag(8);
        /// 128-bit CAS completer (no)
        ///
        /// Bits `[9]`, `hwinit`.
        cas128_completer set_cas128_completer with_cas128_completer: flag(9);
        /// no relaxed-ordering PR-PR passing (no)
        ///
        /// Bits `[10]`, `hwinit`.
        no_ro_pr_pr_passing set_no_ro_pr_pr_passing with_no_ro_pr_pr_passing: flag(10);
        /// latency tolerance reporting (no)
        ///
        /// Bits `[11]`, `hwinit`.
        ltr_supported set_ltr_supported with_ltr_supported: flag(11);
        /// TLP processing hints completer (no)
        ///
        /// Bits `[13:12]`, `hwinit`.
        tph_completer_supported set_tph_completer_supported with_tph_completer_supported: num(u8, 12, 3);
        /// LN system cache line size (no)
        ///
        /// Bits `[15:14]`, `hwinit`.
        ln_system_cls set_ln_system_cls with_ln_system_cls: num(u8, 14, 3);
        /// 10-bit tag completer (no)
        ///
        /// Bits `[16]`, `hwinit`.
        tag10_completer_supported set_tag10_completer_supported with_tag10_completer_supported: flag(16);
        /// 10-bit tag requester (no)
        ///
        /// Bits `[17]`, `hwinit`.
        tag10_requester_supported set_tag10_requester_supported with_tag10_requester_supported: flag(17);
        /// optimized buffer flush/fill (no)
        ///
        /// Bits `[19:18]`, `hwinit`.
        obff_supported set_obff_supported with_obff_supported: num(u8, 18, 3);
        /// 3-bit Fmt field supported (yes, required with prefixes)
        ///
        /// Bits `[20]`, `hwinit`.
        ext_fmt_field_supported set_ext_fmt_field_supported with_ext_fmt_field_supported: flag(20);
        /// End-End TLP prefixes supported (build parameter, default yes)
        ///
        /// Bits `[21]`, `hwinit`.
        ee_prefix_supported set_ee_prefix_supported with_ee_prefix_supported: flag(21);
        /// max End-End TLP prefixes per TLP, 00b = 4 (build parameter, default 01b, one)
        ///
        /// Bits `[23:22]`, `hwinit`.
        max_ee_prefixes set_max_ee_prefixes with_max_ee_prefixes: num(u8, 22, 3);
        /// emergency power reduction (no)
        ///
        /// Bits `[25:24]`, `hwinit`.
        emergency_power_reduction_supported set_emergency_power_reduction_supported with_emergency_power_reduction_supported: num(u8, 24, 3);
        /// emergency power reduction initialization (no)
        ///
        /// Bits `[26]`, `hwinit`.
        emergency_power_reduction_init_required set_emergency_power_reduction_init_required with_emergency_power_reduction_init_required: flag(26);
        /// function readiness status (no)
        ///
        /// Bits `[31]`, `hwinit`.
        frs_supported set_frs_supported with_frs_supported: flag(31);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(Devcap2: completion_timeout_ranges completion_timeout_disable_supported ari_forwarding_supported atomic_op_routing atomic_op32_completer atomic_op64_completer cas128_completer no_ro_pr_pr_passing ltr_supported tph_completer_supported ln_system_cls tag10_completer_supported tag10_requester_supported obff_supported ext_fmt_field_supported ee_prefix_supported max_ee_prefixes emergency_power_reduction_supported emergency_power_reduction_init_required frs_supported);

impl RegValue for Devcap2 {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Devcap2 {
    type Value = Self;
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

    crate::bits::fields! { u16;
        /// completion timeout range (fixed, 50 us to 50 ms)
        ///
        /// Bits `[3:0]`, `hwinit`.
        completion_timeout_value set_completion_timeout_value with_completion_timeout_value: num(u8, 0, 0xf);
        /// disable the completion timeout of the port's requests
        ///
        /// Bits `[4]`, `rw`.
        completion_timeout_disable set_completion_timeout_disable with_completion_timeout_disable: flag(4);
        /// ARI forwarding enable (not supported)
        ///
        /// Bits `[5]`, `hwinit`.
        ari_forwarding_en set_ari_forwarding_en with_ari_forwarding_en: flag(5);
        /// AtomicOp requester enable (not supported)
        ///
        /// Bits `[6]`, `hwinit`.
        atomic_op_requester_en set_atomic_op_requester_en with_atomic_op_requester_en: flag(6);
        /// AtomicOp egress blocking (no AtomicOp routing)
        ///
        /// Bits `[7]`, `hwinit`.
        atomic_op_egress_blocking set_atomic_op_egress_blocking with_atomic_op_egress_blocking: flag(7);
        /// ID-based ordering for requests (not supported)
        ///
        /// Bits `[8]`, `hwinit`.
        ido_request_en set_ido_request_en with_ido_request_en: flag(8);
        /// ID-based ordering for completions (not supported)
        ///
        /// Bits `[9]`, `hwinit`.
        ido_completion_en set_ido_completion_en with_ido_completion_en: flag(9);
        /// LTR mechanism enable (not supported)
        ///
        /// Bits `[10]`, `hwinit`.
        ltr_en set_ltr_en with_ltr_en: flag(10);
        /// emergency power reduction request (not supported)
        ///
        /// Bits `[11]`, `hwinit`.
        emergency_power_reduction_req set_emergency_power_reduction_req with_emergency_power_reduction_req: flag(11);
        /// 10-bit tag requester enable (not supported)
        ///
        /// Bits `[12]`, `hwinit`.
        tag10_requester_en set_tag10_requester_en with_tag10_requester_en: flag(12);
        /// OBFF enable (not supported)
        ///
        /// Bits `[14:13]`, `hwinit`.
        obff_en set_obff_en with_obff_en: num(u8, 13, 3);
        /// do not transmit TLPs with End-End prefixes on the link (TLP Prefix Blocked instead)
        ///
        /// Bits `[15]`, `rw`.
        ee_prefix_blocking set_ee_prefix_blocking with_ee_prefix_blocking: flag(15);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(Devctl2: completion_timeout_value completion_timeout_disable ari_forwarding_en atomic_op_requester_en atomic_op_egress_blocking ido_request_en ido_completion_en ltr_en emergency_power_reduction_req tag10_requester_en obff_en ee_prefix_blocking);

impl RegValue for Devctl2 {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Devctl2 {
    type Value = Self;
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

    crate::bits::fields! { u16;
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(Devsta2:);

impl RegValue for Devsta2 {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Devsta2 {
    type Value = Self;
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

    crate::bits::fields! { u32;
        /// supported speeds vector, bit 0 = 2.5 GT/s (2.5 and 5.0)
        ///
        /// Bits `[7:1]`, `hwinit`.
        supported_link_speeds set_supported_link_speeds with_supported_link_speeds: num(u8, 1, 0x7f);
        /// crosslink (no)
        ///
        /// Bits `[8]`, `hwinit`.
        crosslink_supported set_crosslink_supported with_crosslink_supported: flag(8);
        /// lower SKP OS generation speeds (none)
        ///
        /// Bits `[15:9]`, `hwinit`.
        lower_skp_os_generation_speeds set_lower_skp_os_generation_speeds with_lower_skp_os_generation_speeds: num(u8, 9, 0x7f);
        /// lower SKP OS reception speeds (none)
        ///
        /// Bits `[22:16]`, `hwinit`.
        lower_skp_os_reception_speeds set_lower_skp_os_reception_speeds with_lower_skp_os_reception_speeds: num(u8, 16, 0x7f);
        /// retimer presence detect (no)
        ///
        /// Bits `[23]`, `hwinit`.
        retimer_presence_detect_supported set_retimer_presence_detect_supported with_retimer_presence_detect_supported: flag(23);
        /// two-retimers presence detect (no)
        ///
        /// Bits `[24]`, `hwinit`.
        two_retimers_presence_detect_supported set_two_retimers_presence_detect_supported with_two_retimers_presence_detect_supported: flag(24);
        /// device readiness status messages (no)
        ///
        /// Bits `[31]`, `hwinit`.
        drs_supported set_drs_supported with_drs_supported: flag(31);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(Lnkcap2: supported_link_speeds crosslink_supported lower_skp_os_generation_speeds lower_skp_os_reception_speeds retimer_presence_detect_supported two_retimers_presence_detect_supported drs_supported);

impl RegValue for Lnkcap2 {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Lnkcap2 {
    type Value = Self;
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

    crate::bits::fields! { u16;
        /// upper limit of the link speed
        ///
        /// Bits `[3:0]`, `rw`.
        target_link_speed set_target_link_speed with_target_link_speed: enm(LinkSpeed, u8, 0, 0xf);
        /// enter compliance at the target link speed
        ///
        /// Bits `[4]`, `rw`.
        enter_compliance set_enter_compliance with_enter_compliance: flag(4);
        /// forbid autonomous speed changes
        ///
        /// Bits `[5]`, `rw`.
        hw_autonomous_speed_disable set_hw_autonomous_speed_disable with_hw_autonomous_speed_disable: flag(5);
        /// de-emphasis requested at 5.0 GT/s (fixed, -6 dB)
        ///
        /// Bits `[6]`, `hwinit`.
        selectable_deemphasis set_selectable_deemphasis with_selectable_deemphasis: flag(6);
        /// transmitter voltage margin (test only)
        ///
        /// Bits `[9:7]`, `rw`.
        transmit_margin set_transmit_margin with_transmit_margin: num(u8, 7, 7);
        /// enter modified compliance
        ///
        /// Bits `[10]`, `rw`.
        enter_modified_compliance set_enter_modified_compliance with_enter_modified_compliance: flag(10);
        /// send SKP ordered sets in compliance mode
        ///
        /// Bits `[11]`, `rw`.
        compliance_sos set_compliance_sos with_compliance_sos: flag(11);
        /// de-emphasis or preset in compliance mode
        ///
        /// Bits `[15:12]`, `rw`.
        compliance_preset_deemphasis set_compliance_preset_deemphasis with_compliance_preset_deemphasis: num(u8, 12, 0xf);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(Lnkctl2: target_link_speed enter_compliance hw_autonomous_speed_disable selectable_deemphasis transmit_margin enter_modified_compliance compliance_sos compliance_preset_deemphasis);

impl RegValue for Lnkctl2 {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Lnkctl2 {
    type Value = Self;
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

    crate::bits::fields! { u16;
        /// current de-emphasis at 5.0 GT/s, 1 = -3.5 dB
        ///
        /// Bits `[0]`, `ro`.
        current_deemphasis set_current_deemphasis with_current_deemphasis: flag(0);
        /// equalization complete (8.0 GT/s, not supported)
        ///
        /// Bits `[1]`, `hwinit`.
        eq_complete set_eq_complete with_eq_complete: flag(1);
        /// equalization phase 1 (8.0 GT/s, not supported)
        ///
        /// Bits `[2]`, `hwinit`.
        eq_phase1_successful set_eq_phase1_successful with_eq_phase1_successful: flag(2);
        /// equalization phase 2 (8.0 GT/s, not supported)
        ///
        /// Bits `[3]`, `hwinit`.
        eq_phase2_successful set_eq_phase2_successful with_eq_phase2_successful: flag(3);
        /// equalization phase 3 (8.0 GT/s, not supported)
        ///
        /// Bits `[4]`, `hwinit`.
        eq_phase3_successful set_eq_phase3_successful with_eq_phase3_successful: flag(4);
        /// link equalization request (8.0 GT/s, not supported)
        ///
        /// Bits `[5]`, `hwinit`.
        link_eq_request set_link_eq_request with_link_eq_request: flag(5);
        /// retimer detected (not supported)
        ///
        /// Bits `[6]`, `hwinit`.
        retimer_presence_detected set_retimer_presence_detected with_retimer_presence_detected: flag(6);
        /// two retimers detected (not supported)
        ///
        /// Bits `[7]`, `hwinit`.
        two_retimers_presence_detected set_two_retimers_presence_detected with_two_retimers_presence_detected: flag(7);
        /// crosslink resolution (not supported)
        ///
        /// Bits `[9:8]`, `hwinit`.
        crosslink_resolution set_crosslink_resolution with_crosslink_resolution: num(u8, 8, 3);
        /// presence and link state of the downstream component
        ///
        /// Bits `[14:12]`, `ro`.
        downstream_component_presence set_downstream_component_presence with_downstream_component_presence: num(u8, 12, 7);
        /// DRS message received (DRS not supported)
        ///
        /// Bits `[15]`, `hwinit`.
        drs_message_received set_drs_message_received with_drs_message_received: flag(15);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(Lnksta2: current_deemphasis eq_complete eq_phase1_successful eq_phase2_successful eq_phase3_successful link_eq_request retimer_presence_detected two_retimers_presence_detected crosslink_resolution downstream_component_presence drs_message_received);

impl RegValue for Lnksta2 {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Lnksta2 {
    type Value = Self;
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

    crate::bits::fields! { u32;
        /// in-band presence detect disable (no)
        ///
        /// Bits `[0]`, `hwinit`.
        inband_pd_disable_supported set_inband_pd_disable_supported with_inband_pd_disable_supported: flag(0);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(Slotcap2: inband_pd_disable_supported);

impl RegValue for Slotcap2 {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Slotcap2 {
    type Value = Self;
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

    crate::bits::fields! { u16;
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(Slotctl2:);

impl RegValue for Slotctl2 {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Slotctl2 {
    type Value = Self;
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

    crate::bits::fields! { u16;
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(Slotsta2:);

impl RegValue for Slotsta2 {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Slotsta2 {
    type Value = Self;
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

    crate::bits::fields! { u16;
        /// PM interface version
        ///
        /// Bits `[2:0]`, `hwinit`.
        version set_version with_version: num(u8, 0, 7);
        /// PCI clock needed for PME (always 0 for PCI Express)
        ///
        /// Bits `[3]`, `hwinit`.
        pme_clock set_pme_clock with_pme_clock: flag(3);
        /// device-specific initialization needed (no)
        ///
        /// Bits `[5]`, `hwinit`.
        dsi set_dsi with_dsi: flag(5);
        /// 3.3Vaux current needed (none)
        ///
        /// Bits `[8:6]`, `hwinit`.
        aux_current set_aux_current with_aux_current: num(u8, 6, 7);
        /// D1 supported (no)
        ///
        /// Bits `[9]`, `hwinit`.
        d1_support set_d1_support with_d1_support: flag(9);
        /// D2 supported (no)
        ///
        /// Bits `[10]`, `hwinit`.
        d2_support set_d2_support with_d2_support: flag(10);
        /// states from which PME is signalled (none)
        ///
        /// Bits `[15:11]`, `hwinit`.
        pme_support set_pme_support with_pme_support: num(u8, 11, 0x1f);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(Pmc: version pme_clock dsi aux_current d1_support d2_support pme_support);

impl RegValue for Pmc {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Pmc {
    type Value = Self;
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

    crate::bits::fields! { u16;
        /// current power state (D0 or D3hot)
        ///
        /// Bits `[1:0]`, `warl`.
        power_state set_power_state with_power_state: enm(PmState, u8, 0, 3);
        /// D3hot -> D0 does not reset the configuration
        ///
        /// Bits `[3]`, `hwinit`.
        no_soft_reset set_no_soft_reset with_no_soft_reset: flag(3);
        /// PME enable (PME is not supported)
        ///
        /// Bits `[8]`, `hwinit`.
        pme_en set_pme_en with_pme_en: flag(8);
        /// Data register selector (not implemented)
        ///
        /// Bits `[12:9]`, `hwinit`.
        data_select set_data_select with_data_select: num(u8, 9, 0xf);
        /// scale of the Data register (not implemented)
        ///
        /// Bits `[14:13]`, `hwinit`.
        data_scale set_data_scale with_data_scale: num(u8, 13, 3);
        /// PME signalled (PME is not supported)
        ///
        /// Bits `[15]`, `hwinit`.
        pme_status set_pme_status with_pme_status: flag(15);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(Pmcsr: power_state no_soft_reset pme_en data_select data_scale pme_status);

impl RegValue for Pmcsr {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for Pmcsr {
    type Value = Self;
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

    crate::bits::fields! { u8;
        /// B2/B3 support for D3hot (no)
        ///
        /// Bits `[6]`, `hwinit`.
        b2_b3 set_b2_b3 with_b2_b3: flag(6);
        /// bus power/clock control enable (no)
        ///
        /// Bits `[7]`, `hwinit`.
        bpcc_en set_bpcc_en with_bpcc_en: flag(7);
    }

    crate::bits::byte_image!(le u8 1);
}

crate::bits::debug_fields!(PmcsrBse: b2_b3 bpcc_en);

impl RegValue for PmcsrBse {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for PmcsrBse {
    type Value = Self;
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

    crate::bits::fields! { u8;
        /// power data (not implemented)
        ///
        /// Bits `[7:0]`, `hwinit`.
        data set_data with_data: num(u8, 0, 0xff);
    }

    crate::bits::byte_image!(le u8 1);
}

crate::bits::debug_fields!(PmData: data);

impl RegValue for PmData {
    const BYTES: usize = 1;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u8)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for PmData {
    type Value = Self;
}

/// Extended capability header (AER and ACS).
///
/// `ext_cap_hdr_t`, 32 bits. `Default` is all-zero. The layout of registers `aer_ext_cap_hdr`, `acs_ext_cap_hdr`.
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
        /// extended capability ID
        ///
        /// Bits `[15:0]`, `hwinit`.
        cap_id set_cap_id with_cap_id: enm(ExtCapId, u16, 0, 0xffff);
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

crate::bits::debug_fields!(ExtCapHdr: cap_id version next);

impl RegValue for ExtCapHdr {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

/// AER extended capability header.
/// Next capability: ACS at ACS_CAP_BASE.
///
/// Register `aer_ext_cap_hdr`: a [`ExtCapHdr`].
pub struct AerExtCapHdr;

impl AerExtCapHdr {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x100;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Value after reset.
    pub const RESET: ExtCapHdr = ExtCapHdr(0x1482_0001);
}

impl Register for AerExtCapHdr {
    type Value = ExtCapHdr;
}

/// ACS extended capability header.
/// The last extended capability.
///
/// Register `acs_ext_cap_hdr`: a [`ExtCapHdr`].
pub struct AcsExtCapHdr;

impl AcsExtCapHdr {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x148;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Value after reset.
    pub const RESET: ExtCapHdr = ExtCapHdr(0x1_000d);
}

impl Register for AcsExtCapHdr {
    type Value = ExtCapHdr;
}

/// Uncorrectable errors, one bit each: the layout of the Uncorrectable Error Status, Mask
/// and Severity registers. The status register's bits are write-1-to-clear (its typedef line).
///
/// `aer_uncor_errors_t`, 32 bits. `Default` is all-zero. The layout of registers `aer_uncor_status`, `aer_uncor_mask`, `aer_uncor_severity`.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AerUncorErrors(pub u32);

impl AerUncorErrors {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
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

    crate::bits::fields! { u32;
        /// Data Link Layer protocol error
        ///
        /// Bits `[4]`.
        dl_protocol_error set_dl_protocol_error with_dl_protocol_error: flag(4);
        /// the link went down unexpectedly
        ///
        /// Bits `[5]`.
        surprise_down_error set_surprise_down_error with_surprise_down_error: flag(5);
        /// a poisoned TLP was received
        ///
        /// Bits `[12]`.
        poisoned_tlp_received set_poisoned_tlp_received with_poisoned_tlp_received: flag(12);
        /// flow control protocol error
        ///
        /// Bits `[13]`.
        fc_protocol_error set_fc_protocol_error with_fc_protocol_error: flag(13);
        /// a request of the port timed out
        ///
        /// Bits `[14]`.
        completion_timeout set_completion_timeout with_completion_timeout: flag(14);
        /// the port completed a request with CA
        ///
        /// Bits `[15]`.
        completer_abort set_completer_abort with_completer_abort: flag(15);
        /// a completion matched no outstanding request
        ///
        /// Bits `[16]`.
        unexpected_completion set_unexpected_completion with_unexpected_completion: flag(16);
        /// a receive buffer overflowed
        ///
        /// Bits `[17]`.
        receiver_overflow set_receiver_overflow with_receiver_overflow: flag(17);
        /// a malformed TLP was received
        ///
        /// Bits `[18]`.
        malformed_tlp set_malformed_tlp with_malformed_tlp: flag(18);
        /// ECRC check failed
        ///
        /// Bits `[19]`.
        ecrc_error set_ecrc_error with_ecrc_error: flag(19);
        /// an Unsupported Request was received
        ///
        /// Bits `[20]`.
        unsupported_request set_unsupported_request with_unsupported_request: flag(20);
        /// a request violated an enabled ACS control
        ///
        /// Bits `[21]`.
        acs_violation set_acs_violation with_acs_violation: flag(21);
        /// uncorrectable internal error
        ///
        /// Bits `[22]`.
        internal_error set_internal_error with_internal_error: flag(22);
        /// a multicast TLP was blocked
        ///
        /// Bits `[23]`.
        mc_blocked_tlp set_mc_blocked_tlp with_mc_blocked_tlp: flag(23);
        /// an AtomicOp was blocked on egress
        ///
        /// Bits `[24]`.
        atomic_op_egress_blocked set_atomic_op_egress_blocked with_atomic_op_egress_blocked: flag(24);
        /// a TLP with End-End prefixes was blocked (prefix blocking or too many prefixes)
        ///
        /// Bits `[25]`.
        tlp_prefix_blocked set_tlp_prefix_blocked with_tlp_prefix_blocked: flag(25);
        /// a poisoned TLP was blocked on egress
        ///
        /// Bits `[26]`.
        poisoned_tlp_egress_blocked set_poisoned_tlp_egress_blocked with_poisoned_tlp_egress_blocked: flag(26);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(AerUncorErrors: dl_protocol_error surprise_down_error poisoned_tlp_received fc_protocol_error completion_timeout completer_abort unexpected_completion receiver_overflow malformed_tlp ecrc_error unsupported_request acs_violation internal_error mc_blocked_tlp atomic_op_egress_blocked tlp_prefix_blocked poisoned_tlp_egress_blocked);

impl RegValue for AerUncorErrors {
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
/// Register `aer_uncor_status`: a [`AerUncorErrors`], every field `rw1c`.
pub struct AerUncorStatus;

impl AerUncorStatus {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x104;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Value after reset.
    pub const RESET: AerUncorErrors = AerUncorErrors(0);
}

impl Register for AerUncorStatus {
    type Value = AerUncorErrors;
    const W1C_MASK: u64 = 0x7ff_f030;
}

/// Uncorrectable Error Mask.
/// A set bit stops the error from being logged and reported.
///
/// Register `aer_uncor_mask`: a [`AerUncorErrors`].
pub struct AerUncorMask;

impl AerUncorMask {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x108;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Value after reset.
    pub const RESET: AerUncorErrors = AerUncorErrors(0x440_0000);
}

impl Register for AerUncorMask {
    type Value = AerUncorErrors;
}

/// Uncorrectable Error Severity.
/// A set bit reports the error as fatal, a clear bit as non-fatal.
///
/// Register `aer_uncor_severity`: a [`AerUncorErrors`].
pub struct AerUncorSeverity;

impl AerUncorSeverity {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x10c;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Value after reset.
    pub const RESET: AerUncorErrors = AerUncorErrors(0x46_2030);
}

impl Register for AerUncorSeverity {
    type Value = AerUncorErrors;
}

/// Correctable errors, one bit each: the layout of the Correctable Error Status and Mask
/// registers. The status register's bits are write-1-to-clear (its typedef line).
///
/// `aer_cor_errors_t`, 32 bits. `Default` is all-zero. The layout of registers `aer_cor_status`, `aer_cor_mask`.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AerCorErrors(pub u32);

impl AerCorErrors {
    /// Width in bits.
    pub const WIDTH: u32 = 32;
    /// Size in bytes.
    pub const BYTES: usize = 4;
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

    crate::bits::fields! { u32;
        /// physical layer receiver error
        ///
        /// Bits `[0]`.
        receiver_error set_receiver_error with_receiver_error: flag(0);
        /// a TLP failed its LCRC or sequence check
        ///
        /// Bits `[6]`.
        bad_tlp set_bad_tlp with_bad_tlp: flag(6);
        /// a DLLP failed its CRC
        ///
        /// Bits `[7]`.
        bad_dllp set_bad_dllp with_bad_dllp: flag(7);
        /// the replay counter rolled over
        ///
        /// Bits `[8]`.
        replay_num_rollover set_replay_num_rollover with_replay_num_rollover: flag(8);
        /// the replay timer expired
        ///
        /// Bits `[12]`.
        replay_timer_timeout set_replay_timer_timeout with_replay_timer_timeout: flag(12);
        /// a non-fatal error was reported as correctable (advisory)
        ///
        /// Bits `[13]`.
        advisory_non_fatal set_advisory_non_fatal with_advisory_non_fatal: flag(13);
        /// corrected internal error
        ///
        /// Bits `[14]`.
        corrected_internal_error set_corrected_internal_error with_corrected_internal_error: flag(14);
        /// a header could not be logged (log full)
        ///
        /// Bits `[15]`.
        header_log_overflow set_header_log_overflow with_header_log_overflow: flag(15);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(AerCorErrors: receiver_error bad_tlp bad_dllp replay_num_rollover replay_timer_timeout advisory_non_fatal corrected_internal_error header_log_overflow);

impl RegValue for AerCorErrors {
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
/// Register `aer_cor_status`: a [`AerCorErrors`], every field `rw1c`.
pub struct AerCorStatus;

impl AerCorStatus {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x110;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Value after reset.
    pub const RESET: AerCorErrors = AerCorErrors(0);
}

impl Register for AerCorStatus {
    type Value = AerCorErrors;
    const W1C_MASK: u64 = 0xf1c1;
}

/// Correctable Error Mask.
/// A set bit stops the error from being reported.
///
/// Register `aer_cor_mask`: a [`AerCorErrors`].
pub struct AerCorMask;

impl AerCorMask {
    /// Byte offset in the register block.
    pub const OFFSET: usize = 0x114;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Value after reset.
    pub const RESET: AerCorErrors = AerCorErrors(0xe000);
}

impl Register for AerCorMask {
    type Value = AerCorErrors;
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

    crate::bits::fields! { u32;
        /// bit number of the first uncorrectable error logged
        ///
        /// Bits `[4:0]`, `ro`.
        first_error_pointer set_first_error_pointer with_first_error_pointer: num(u8, 0, 0x1f);
        /// ECRC generation (no)
        ///
        /// Bits `[5]`, `hwinit`.
        ecrc_gen_capable set_ecrc_gen_capable with_ecrc_gen_capable: flag(5);
        /// ECRC generation enable (not capable)
        ///
        /// Bits `[6]`, `hwinit`.
        ecrc_gen_en set_ecrc_gen_en with_ecrc_gen_en: flag(6);
        /// ECRC check (no)
        ///
        /// Bits `[7]`, `hwinit`.
        ecrc_check_capable set_ecrc_check_capable with_ecrc_check_capable: flag(7);
        /// ECRC check enable (not capable)
        ///
        /// Bits `[8]`, `hwinit`.
        ecrc_check_en set_ecrc_check_en with_ecrc_check_en: flag(8);
        /// multiple header recording (no)
        ///
        /// Bits `[9]`, `hwinit`.
        multi_header_capable set_multi_header_capable with_multi_header_capable: flag(9);
        /// multiple header recording enable (not capable)
        ///
        /// Bits `[10]`, `hwinit`.
        multi_header_en set_multi_header_en with_multi_header_en: flag(10);
        /// the TLP Prefix Log holds the prefixes of the logged TLP
        ///
        /// Bits `[11]`, `ro`.
        tlp_prefix_log_present set_tlp_prefix_log_present with_tlp_prefix_log_present: flag(11);
        /// headers of timed-out requests are logged (no)
        ///
        /// Bits `[12]`, `hwinit`.
        cpl_timeout_log_capable set_cpl_timeout_log_capable with_cpl_timeout_log_capable: flag(12);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(AerCapCtrl: first_error_pointer ecrc_gen_capable ecrc_gen_en ecrc_check_capable ecrc_check_en multi_header_capable multi_header_en tlp_prefix_log_present cpl_timeout_log_capable);

impl RegValue for AerCapCtrl {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for AerCapCtrl {
    type Value = Self;
}

/// One logged DWORD of the AER Header Log or TLP Prefix Log (byte 0 of the header or
/// prefix in bits \[31:24\]).
///
/// `aer_log_dw_t`, 32 bits. `Default` is all-zero. The layout of registers `aer_header_log`, `aer_tlp_prefix_log`.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Default)]
pub struct AerLogDw(pub u32);

impl AerLogDw {
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
        /// one logged DWORD
        ///
        /// Bits `[31:0]`, `ro`.
        dw set_dw with_dw: num(u32, 0, 0xffff_ffff);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(AerLogDw: dw);

impl RegValue for AerLogDw {
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
/// Register `aer_header_log`: a [`AerLogDw`].
pub struct AerHeaderLog;

impl AerHeaderLog {
    /// Byte offset in the register block (of instance 0).
    pub const OFFSET: usize = 0x11c;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Value after reset.
    pub const RESET: AerLogDw = AerLogDw(0);
    /// Number of instances.
    pub const COUNT: usize = 4;
    /// Bytes between instances.
    pub const STRIDE: usize = 4;
}

impl Register for AerHeaderLog {
    type Value = AerLogDw;
}

/// TLP Prefix Log, four DWORDs.
/// The End-End prefixes of the logged TLP, first prefix in DW 0 (byte 0 in bits \[31:24\]),
/// valid when Advanced Error Capabilities and Control says TLP Prefix Log Present.
///
/// Register `aer_tlp_prefix_log`: a [`AerLogDw`].
pub struct AerTlpPrefixLog;

impl AerTlpPrefixLog {
    /// Byte offset in the register block (of instance 0).
    pub const OFFSET: usize = 0x138;
    /// Size in bytes.
    pub const BYTES: usize = 4;
    /// Value after reset.
    pub const RESET: AerLogDw = AerLogDw(0);
    /// Number of instances.
    pub const COUNT: usize = 4;
    /// Bytes between instances.
    pub const STRIDE: usize = 4;
}

impl Register for AerTlpPrefixLog {
    type Value = AerLogDw;
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

    crate::bits::fields! { u32;
        /// interrupt when a correctable error is reported to the port
        ///
        /// Bits `[0]`, `rw`.
        correctable_err_report_en set_correctable_err_report_en with_correctable_err_report_en: flag(0);
        /// interrupt when a non-fatal error is reported to the port
        ///
        /// Bits `[1]`, `rw`.
        non_fatal_err_report_en set_non_fatal_err_report_en with_non_fatal_err_report_en: flag(1);
        /// interrupt when a fatal error is reported to the port
        ///
        /// Bits `[2]`, `rw`.
        fatal_err_report_en set_fatal_err_report_en with_fatal_err_report_en: flag(2);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(AerRootErrCmd: correctable_err_report_en non_fatal_err_report_en fatal_err_report_en);

impl RegValue for AerRootErrCmd {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for AerRootErrCmd {
    type Value = Self;
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

    crate::bits::fields! { u32;
        /// an ERR_COR was received
        ///
        /// Bits `[0]`, `rw1c`.
        cor_received set_cor_received with_cor_received: flag(0);
        /// another ERR_COR arrived while one was logged
        ///
        /// Bits `[1]`, `rw1c`.
        multi_cor_received set_multi_cor_received with_multi_cor_received: flag(1);
        /// an ERR_FATAL or ERR_NONFATAL was received
        ///
        /// Bits `[2]`, `rw1c`.
        fatal_non_fatal_received set_fatal_non_fatal_received with_fatal_non_fatal_received: flag(2);
        /// another ERR_FATAL/NONFATAL arrived while one was logged
        ///
        /// Bits `[3]`, `rw1c`.
        multi_fatal_non_fatal_received set_multi_fatal_non_fatal_received with_multi_fatal_non_fatal_received: flag(3);
        /// the first uncorrectable message received was fatal
        ///
        /// Bits `[4]`, `rw1c`.
        first_uncor_fatal set_first_uncor_fatal with_first_uncor_fatal: flag(4);
        /// at least one ERR_NONFATAL was received
        ///
        /// Bits `[5]`, `rw1c`.
        non_fatal_msg_received set_non_fatal_msg_received with_non_fatal_msg_received: flag(5);
        /// at least one ERR_FATAL was received
        ///
        /// Bits `[6]`, `rw1c`.
        fatal_msg_received set_fatal_msg_received with_fatal_msg_received: flag(6);
        /// MSI/MSI-X vector of AER interrupts (no MSI, zero)
        ///
        /// Bits `[31:27]`, `hwinit`.
        adv_err_int_msg_num set_adv_err_int_msg_num with_adv_err_int_msg_num: num(u8, 27, 0x1f);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(AerRootErrStatus: cor_received multi_cor_received fatal_non_fatal_received multi_fatal_non_fatal_received first_uncor_fatal non_fatal_msg_received fatal_msg_received adv_err_int_msg_num);

impl RegValue for AerRootErrStatus {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for AerRootErrStatus {
    type Value = Self;
    const W1C_MASK: u64 = 0x7f;
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

    crate::bits::fields! { u32;
        /// requester ID of the first ERR_COR logged
        ///
        /// Bits `[15:0]`, `ro`.
        cor_source_id set_cor_source_id with_cor_source_id: num(u16, 0, 0xffff);
        /// requester ID of the first ERR_FATAL/NONFATAL logged
        ///
        /// Bits `[31:16]`, `ro`.
        fatal_non_fatal_source_id set_fatal_non_fatal_source_id with_fatal_non_fatal_source_id: num(u16, 16, 0xffff);
    }

    crate::bits::byte_image!(le u32 4);
}

crate::bits::debug_fields!(AerErrSourceId: cor_source_id fatal_non_fatal_source_id);

impl RegValue for AerErrSourceId {
    const BYTES: usize = 4;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u32)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for AerErrSourceId {
    type Value = Self;
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

    crate::bits::fields! { u16;
        /// source validation (yes)
        ///
        /// Bits `[0]`, `hwinit`.
        source_validation set_source_validation with_source_validation: flag(0);
        /// translation blocking (yes)
        ///
        /// Bits `[1]`, `hwinit`.
        translation_blocking set_translation_blocking with_translation_blocking: flag(1);
        /// P2P request redirect (yes)
        ///
        /// Bits `[2]`, `hwinit`.
        p2p_request_redirect set_p2p_request_redirect with_p2p_request_redirect: flag(2);
        /// P2P completion redirect (yes)
        ///
        /// Bits `[3]`, `hwinit`.
        p2p_completion_redirect set_p2p_completion_redirect with_p2p_completion_redirect: flag(3);
        /// upstream forwarding (yes)
        ///
        /// Bits `[4]`, `hwinit`.
        upstream_forwarding set_upstream_forwarding with_upstream_forwarding: flag(4);
        /// P2P egress control (no)
        ///
        /// Bits `[5]`, `hwinit`.
        p2p_egress_ctrl set_p2p_egress_ctrl with_p2p_egress_ctrl: flag(5);
        /// direct translated P2P (yes)
        ///
        /// Bits `[6]`, `hwinit`.
        direct_translated_p2p set_direct_translated_p2p with_direct_translated_p2p: flag(6);
        /// ACS enhanced capability (no)
        ///
        /// Bits `[7]`, `hwinit`.
        enhanced set_enhanced with_enhanced: flag(7);
        /// egress control vector size (egress control not supported)
        ///
        /// Bits `[15:8]`, `hwinit`.
        egress_ctrl_vector_size set_egress_ctrl_vector_size with_egress_ctrl_vector_size: num(u8, 8, 0xff);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(AcsCaps: source_validation translation_blocking p2p_request_redirect p2p_completion_redirect upstream_forwarding p2p_egress_ctrl direct_translated_p2p enhanced egress_ctrl_vector_size);

impl RegValue for AcsCaps {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for AcsCaps {
    type Value = Self;
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

    crate::bits::fields! { u16;
        /// check the bus number of requester IDs
        ///
        /// Bits `[0]`, `rw`.
        source_validation_en set_source_validation_en with_source_validation_en: flag(0);
        /// block upstream requests whose AT is not 00b (untranslated)
        ///
        /// Bits `[1]`, `rw`.
        translation_blocking_en set_translation_blocking_en with_translation_blocking_en: flag(1);
        /// redirect P2P requests upstream (to the IOMMU)
        ///
        /// Bits `[2]`, `rw`.
        p2p_request_redirect_en set_p2p_request_redirect_en with_p2p_request_redirect_en: flag(2);
        /// redirect P2P completions upstream
        ///
        /// Bits `[3]`, `rw`.
        p2p_completion_redirect_en set_p2p_completion_redirect_en with_p2p_completion_redirect_en: flag(3);
        /// forward upstream requests that target the port's own link upstream
        ///
        /// Bits `[4]`, `rw`.
        upstream_forwarding_en set_upstream_forwarding_en with_upstream_forwarding_en: flag(4);
        /// P2P egress control enable (not supported)
        ///
        /// Bits `[5]`, `hwinit`.
        p2p_egress_ctrl_en set_p2p_egress_ctrl_en with_p2p_egress_ctrl_en: flag(5);
        /// route translated P2P requests directly
        ///
        /// Bits `[6]`, `rw`.
        direct_translated_p2p_en set_direct_translated_p2p_en with_direct_translated_p2p_en: flag(6);
    }

    crate::bits::byte_image!(le u16 2);
}

crate::bits::debug_fields!(AcsCtrl: source_validation_en translation_blocking_en p2p_request_redirect_en p2p_completion_redirect_en upstream_forwarding_en p2p_egress_ctrl_en direct_translated_p2p_en);

impl RegValue for AcsCtrl {
    const BYTES: usize = 2;
    fn from_raw(raw: u64) -> Self {
        Self::from_bits(raw as u16)
    }
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}

impl Register for AcsCtrl {
    type Value = Self;
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

    /// Primary Bus Number: the bus upstream of the port.
    ///
    /// Offset 0x18.
    pub fn primary_bus(&self) -> Reg<'_, PrimaryBus, RW, M> {
        Reg::new(&self.mmio, PrimaryBus::OFFSET)
    }

    /// Secondary Bus Number: the bus on the link (Type 0 configuration requests).
    ///
    /// Offset 0x19.
    pub fn secondary_bus(&self) -> Reg<'_, SecondaryBus, RW, M> {
        Reg::new(&self.mmio, SecondaryBus::OFFSET)
    }

    /// Subordinate Bus Number: the highest bus number below the port (Type 1 configuration
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

    /// Memory Limit (non-prefetchable window; address bits \[19:0\] of the limit are all ones).
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
        bytes: LatencyTimer::BYTES,
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
        bytes: BaseAddress::BYTES,
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
        bytes: BaseAddress::BYTES,
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
        bytes: BusNumber::BYTES,
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
        bytes: BusNumber::BYTES,
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
        bytes: BusNumber::BYTES,
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
        bytes: LatencyTimer::BYTES,
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
        bytes: IoWindow::BYTES,
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
        bytes: IoWindow::BYTES,
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
        bytes: MemoryWindow::BYTES,
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
        bytes: MemoryWindow::BYTES,
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
        bytes: PrefMemoryWindow::BYTES,
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
        bytes: PrefMemoryWindow::BYTES,
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
        bytes: PrefUpper::BYTES,
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
        bytes: PrefUpper::BYTES,
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
        bytes: IoUpper::BYTES,
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
        bytes: IoUpper::BYTES,
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
        bytes: PciCapHdr::BYTES,
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
        bytes: PciCapHdr::BYTES,
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
        bytes: ExtCapHdr::BYTES,
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
        bytes: AerUncorErrors::BYTES,
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
        bytes: AerUncorErrors::BYTES,
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
        bytes: AerUncorErrors::BYTES,
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
        bytes: AerCorErrors::BYTES,
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
        bytes: AerCorErrors::BYTES,
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
        bytes: AerLogDw::BYTES,
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
        bytes: AerLogDw::BYTES,
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
        bytes: ExtCapHdr::BYTES,
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
