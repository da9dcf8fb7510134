//! Enumeration: find every function below the root bus, number the buses behind bridges,
//! size and place the memory BARs, open the bridges' memory windows, enable ACS.
//!
//! The walk is depth-first, as firmware and Linux do: a bridge's secondary bus is the next
//! free number, its subordinate is opened to the maximum while the bus below is scanned and
//! closed to the highest bus found there. Below a Downstream Port (Root Port or switch
//! downstream port) only device 0 is scanned: its link has no other device (PCIe Base 6.x
//! Section 7.3.1, and Linux's `only_one_child`). Memory is assigned after the whole tree is
//! known, bus by bus: the BARs and bridge windows of a bus are placed largest alignment
//! first, so no space is lost to padding; a bridge window is the 1 MiB-rounded span of
//! everything below it.
//!
//! Choices (the PCI specifications leave them to software):
//! - Every memory BAR, 32- or 64-bit, prefetchable or not, goes into the bridges'
//!   non-prefetchable (32-bit) window, taken from the one window given; the prefetchable
//!   windows are left closed. Prefetchable memory may always be mapped non-prefetchable, and
//!   the kit's MMIO window lies below 4 GiB.
//! - I/O BARs are recorded but not assigned: the root port forwards no I/O.
//! - Memory Space Enable is set on every function that got a memory BAR and on every bridge
//!   whose window is open, as firmware does; Bus Master Enable is left to
//!   [`Pci::enable_bus_master`](super::Pci::enable_bus_master).
//! - ACS Source Validation, P2P Request Redirect, P2P Completion Redirect and Upstream
//!   Forwarding are enabled, where supported, on every function with the ACS capability
//!   (Linux's `pci_std_enable_acs` does the same at enumeration).

use alloc::collections::BTreeMap;
use alloc::vec;
use alloc::vec::Vec;

use super::caps::{self, Capabilities};
use super::config::{Bdf, ConfigSpace};
use super::error::{BarFault, Error};
use super::layout::{
    ACS_CAPS_REL, ACS_CTRL_REL, BAR_MEM_ADDR_MASK, BAR_MEM_TYPE_32, BAR_MEM_TYPE_64, BAR_STRIDE,
    HEADER_LAYOUT_TYPE0, HEADER_LAYOUT_TYPE1, TYPE0_BARS, TYPE1_BARS, WINDOW_ADDR_MAX,
    WINDOW_SHIFT,
};
use super::PasidEnabled;
use crate::regs::kit_map;
use crate::regs::pcie_rp_cfg::{
    AcsCaps, AcsCtrl, Bar0, BaseAddress, ClassRev, Command, DeviceId, HeaderType, MemoryBase,
    MemoryLimit, MemoryWindow, PrefBaseUpper, PrefLimitUpper, PrefMemoryBase, PrefMemoryLimit,
    PrefMemoryWindow, PrefUpper, PrimaryBus, SecondaryBus, SubordinateBus, VendorId,
};

/// A range of bus addresses, `base .. base + size`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemWindow {
    /// First address.
    pub base: u64,
    /// Size in bytes.
    pub size: u64,
}

impl MemWindow {
    /// Last address (inclusive); `base - 1` wraps for an empty window.
    pub const fn last(&self) -> u64 {
        self.base.wrapping_add(self.size).wrapping_sub(1)
    }

    /// True when `addr .. addr + len` lies inside the window.
    pub const fn contains(&self, addr: u64, len: u64) -> bool {
        addr >= self.base && addr + len <= self.base + self.size
    }
}

/// What enumeration starts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EnumerateConfig {
    /// The bus the host bridge's functions (root ports) sit on.
    pub root_bus: u8,
    /// The host's downstream memory window, to place BARs and bridge windows in. It must lie
    /// below 4 GiB (bridges' non-prefetchable windows are 32-bit).
    pub memory: MemWindow,
}

impl EnumerateConfig {
    /// The kit's map (`kit_map`): root port on bus `RP_BUS`, window `MMIO_BASE/MMIO_SIZE`.
    pub const fn kit() -> Self {
        EnumerateConfig {
            root_bus: kit_map::RP_BUS as u8,
            memory: MemWindow { base: kit_map::MMIO_BASE, size: kit_map::MMIO_SIZE },
        }
    }
}

/// The kind of a BAR.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarKind {
    /// 32-bit memory.
    Mem32,
    /// 64-bit memory (uses this BAR and the next).
    Mem64,
    /// I/O space (not assigned).
    Io,
}

/// One implemented BAR.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bar {
    /// BAR number (the lower one of a 64-bit pair).
    pub index: u8,
    /// Kind.
    pub kind: BarKind,
    /// Prefetchable memory.
    pub prefetchable: bool,
    /// Size in bytes (zero for an I/O BAR: not sized).
    pub size: u64,
    /// Bus address assigned (`None` until assigned, and for I/O BARs).
    pub address: Option<u64>,
}

/// Header layout of a function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Header {
    /// Type 0: an endpoint.
    Endpoint,
    /// Type 1: a PCI-to-PCI bridge (root port, switch port).
    Bridge(Bridge),
    /// Another layout (e.g. CardBus): recorded, neither sized nor scanned below.
    Other(u8),
}

/// Bus numbers and memory window of a bridge, as enumeration programmed them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bridge {
    /// Secondary bus number.
    pub secondary: u8,
    /// Subordinate bus number.
    pub subordinate: u8,
    /// Non-prefetchable memory window (`None`: closed, nothing below needs memory).
    pub window: Option<MemWindow>,
}

/// One function found by enumeration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Function {
    /// Address.
    pub bdf: Bdf,
    /// Vendor ID.
    pub vendor_id: u16,
    /// Device ID.
    pub device_id: u16,
    /// Class code and revision.
    pub class: ClassRev,
    /// Header Type says the device has more than one function.
    pub multi_function: bool,
    /// Header layout and, for a bridge, what was programmed.
    pub header: Header,
    /// Capability lists.
    pub caps: Capabilities,
    /// Implemented BARs.
    pub bars: Vec<Bar>,
    /// Every bridge from this function up to and including its root port, nearest first
    /// (empty for a function on the root bus).
    pub path: Vec<Bdf>,
    pub(super) pasid: Option<PasidEnabled>,
}

impl Function {
    /// The PASID width the function uses (`Max PASID Width` of its PASID capability): PASIDs
    /// are below `1 << width`. `None` until PASID is enabled on it.
    pub fn pasid_width(&self) -> Option<u8> {
        self.pasid.map(|p| p.width)
    }

    /// What [`Pci::enable_pasid`](super::Pci::enable_pasid) enabled, if it did.
    pub fn pasid(&self) -> Option<PasidEnabled> {
        self.pasid
    }

    /// The bridge information, for a Type 1 function.
    pub fn bridge(&self) -> Option<&Bridge> {
        match &self.header {
            Header::Bridge(b) => Some(b),
            _ => None,
        }
    }

    /// The root port above the function (the function itself for a root port).
    pub fn root_port(&self) -> Bdf {
        self.path.last().copied().unwrap_or(self.bdf)
    }
}

/// Everything enumeration found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Topology {
    functions: Vec<Function>,
}

impl Topology {
    /// Every function, in the order enumeration found them (depth-first).
    pub fn functions(&self) -> &[Function] {
        &self.functions
    }

    /// The function at `bdf`.
    pub fn get(&self, bdf: Bdf) -> Option<&Function> {
        self.functions.iter().find(|f| f.bdf == bdf)
    }

    pub(super) fn get_mut(&mut self, bdf: Bdf) -> Option<&mut Function> {
        self.functions.iter_mut().find(|f| f.bdf == bdf)
    }

    /// The function at `bdf`, or [`Error::NoSuchFunction`].
    pub fn function(&self, bdf: Bdf) -> Result<&Function, Error> {
        self.get(bdf).ok_or(Error::NoSuchFunction(bdf))
    }
}

/// Something to place in a bus's memory: a BAR or a bridge's window.
#[derive(Clone, Copy)]
struct Item {
    size: u64,
    align: u64,
    /// Index of the function in the topology.
    function: usize,
    /// BAR slot in `Function::bars`, or `None` for the bridge's window.
    bar: Option<usize>,
}

struct Scanner<'a, C: ?Sized> {
    cfg: &'a C,
    functions: Vec<Function>,
    /// Functions by the bus they sit on.
    on_bus: BTreeMap<u8, Vec<usize>>,
}

/// Enumerate from `config.root_bus`: see the module documentation.
pub fn enumerate<C: ConfigSpace + ?Sized>(
    cfg: &C,
    config: &EnumerateConfig,
) -> Result<Topology, Error> {
    let window = config.memory;
    let four_gib = 1u64 << u32::BITS;
    if window.size == 0 || window.base.checked_add(window.size).is_none_or(|end| end > four_gib) {
        return Err(Error::WindowInvalid { base: window.base, size: window.size });
    }
    let mut scanner = Scanner { cfg, functions: Vec::new(), on_bus: BTreeMap::new() };
    scanner.scan_bus(config.root_bus, &[], false)?;
    scanner.assign_memory(config.root_bus, window)?;
    Ok(Topology { functions: scanner.functions })
}

fn present<C: ConfigSpace + ?Sized>(cfg: &C, bdf: Bdf) -> bool {
    // All-ones Vendor ID: nothing answered (PCIe Base 6.x Section 7.5.1.1.1).
    cfg.read16(bdf, VendorId::OFFSET as u16) != u16::MAX
}

fn align_up(value: u64, align: u64) -> Option<u64> {
    value.checked_next_multiple_of(align)
}

impl<C: ConfigSpace + ?Sized> Scanner<'_, C> {
    /// Scan `bus`; returns the highest bus number used below it.
    fn scan_bus(&mut self, bus: u8, path: &[Bdf], only_device0: bool) -> Result<u8, Error> {
        let mut max_bus = bus;
        let last_device = if only_device0 { 0 } else { Bdf::DEVICE_MAX };
        for device in 0..=last_device {
            let Some(f0) = Bdf::new(bus, device, 0) else { continue };
            if !present(self.cfg, f0) {
                continue;
            }
            let header = HeaderType::from_bits(self.cfg.read8(f0, HeaderType::OFFSET as u16));
            let last_function = if header.multi_function() { Bdf::FUNCTION_MAX } else { 0 };
            for function in 0..=last_function {
                let Some(bdf) = Bdf::new(bus, device, function) else { continue };
                if present(self.cfg, bdf) {
                    max_bus = self.probe(bdf, path, max_bus)?;
                }
            }
        }
        Ok(max_bus)
    }

    /// Record one function (and scan below it if it is a bridge); returns the highest bus
    /// number used so far.
    fn probe(&mut self, bdf: Bdf, path: &[Bdf], mut max_bus: u8) -> Result<u8, Error> {
        let cfg = self.cfg;
        let header = HeaderType::from_bits(cfg.read8(bdf, HeaderType::OFFSET as u16));
        let caps = caps::walk(cfg, bdf)?;
        let layout = header.layout();
        let bars = match layout {
            HEADER_LAYOUT_TYPE0 => self.size_bars(bdf, TYPE0_BARS)?,
            HEADER_LAYOUT_TYPE1 => self.size_bars(bdf, TYPE1_BARS)?,
            _ => Vec::new(),
        };
        enable_acs(cfg, bdf, &caps);
        let index = self.functions.len();
        self.functions.push(Function {
            bdf,
            vendor_id: cfg.read16(bdf, VendorId::OFFSET as u16),
            device_id: cfg.read16(bdf, DeviceId::OFFSET as u16),
            class: ClassRev::from_bits(cfg.read32(bdf, ClassRev::OFFSET as u16)),
            multi_function: header.multi_function(),
            header: match layout {
                HEADER_LAYOUT_TYPE0 => Header::Endpoint,
                HEADER_LAYOUT_TYPE1 => {
                    Header::Bridge(Bridge { secondary: 0, subordinate: 0, window: None })
                }
                other => Header::Other(other),
            },
            caps,
            bars,
            path: path.iter().rev().copied().collect(),
            pasid: None,
        });
        self.on_bus.entry(bdf.bus()).or_default().push(index);

        if layout == HEADER_LAYOUT_TYPE1 {
            let secondary =
                max_bus.checked_add(1).ok_or(Error::BusNumbersExhausted { bridge: bdf })?;
            cfg.write8(bdf, PrimaryBus::OFFSET as u16, bdf.bus());
            cfg.write8(bdf, SecondaryBus::OFFSET as u16, secondary);
            // Open the subordinate range while the bus below is scanned, so that Type 1
            // requests for buses not numbered yet reach it.
            cfg.write8(bdf, SubordinateBus::OFFSET as u16, Bdf::BUS_MAX);
            let mut below = path.to_vec();
            below.push(bdf);
            let only_device0 =
                self.functions[index].caps.pcie.is_some_and(|p| p.is_downstream_port());
            let subordinate = self.scan_bus(secondary, &below, only_device0)?;
            cfg.write8(bdf, SubordinateBus::OFFSET as u16, subordinate);
            if let Header::Bridge(b) = &mut self.functions[index].header {
                b.secondary = secondary;
                b.subordinate = subordinate;
            }
            max_bus = subordinate;
        }
        Ok(max_bus)
    }

    /// Size the BARs of `bdf` (memory decoding off meanwhile, as the PCI specification
    /// advises), restoring their contents.
    fn size_bars(&self, bdf: Bdf, count: u8) -> Result<Vec<Bar>, Error> {
        let cfg = self.cfg;
        let command_off = Command::OFFSET as u16;
        let command = Command::from_bits(cfg.read16(bdf, command_off));
        cfg.write16(bdf, command_off, command.with_mem_space_en(false).with_io_space_en(false).0);
        let result = self.size_bars_decoding_off(bdf, count);
        cfg.write16(bdf, command_off, command.0);
        result
    }

    fn size_bars_decoding_off(&self, bdf: Bdf, count: u8) -> Result<Vec<Bar>, Error> {
        let cfg = self.cfg;
        let mut bars = Vec::new();
        let mut index = 0;
        while index < count {
            let off = Bar0::OFFSET as u16 + u16::from(index) * BAR_STRIDE;
            let original = cfg.read32(bdf, off);
            let bar = BaseAddress::from_bits(original);
            if bar.io_space() {
                if original != 0 || probe_bits(cfg, bdf, off) != 0 {
                    bars.push(Bar {
                        index,
                        kind: BarKind::Io,
                        prefetchable: false,
                        size: 0,
                        address: None,
                    });
                }
                index += 1;
                continue;
            }
            let kind = match bar.mem_type() {
                BAR_MEM_TYPE_32 => BarKind::Mem32,
                BAR_MEM_TYPE_64 if index + 1 < count => BarKind::Mem64,
                BAR_MEM_TYPE_64 => {
                    return Err(Error::Bar { bdf, index, fault: BarFault::UpperHalfMissing })
                }
                other => {
                    return Err(Error::Bar { bdf, index, fault: BarFault::ReservedType(other) })
                }
            };
            let low = probe_bits(cfg, bdf, off) & BAR_MEM_ADDR_MASK;
            let high = match kind {
                BarKind::Mem64 => probe_bits(cfg, bdf, off + BAR_STRIDE),
                // A 32-bit BAR decodes nothing above bit 31: its size mask is all ones there.
                _ => u32::MAX,
            };
            let step = if kind == BarKind::Mem64 { 2 } else { 1 };
            if low != 0 || (kind == BarKind::Mem64 && high != 0) {
                let mask = (u64::from(high) << u32::BITS) | u64::from(low);
                let size = (!mask).wrapping_add(1);
                if !size.is_power_of_two() {
                    return Err(Error::Bar {
                        bdf,
                        index,
                        fault: BarFault::SizeNotPowerOfTwo(mask),
                    });
                }
                bars.push(Bar {
                    index,
                    kind,
                    prefetchable: bar.prefetchable(),
                    size,
                    address: None,
                });
            }
            index += step;
        }
        Ok(bars)
    }

    /// Place the memory of `bus` (and everything below it) in `window`.
    fn assign_memory(&mut self, bus: u8, window: MemWindow) -> Result<(), Error> {
        let mut items = self.items(bus);
        let needed =
            place(&mut items, window.base).map(|(end, _)| end - window.base).unwrap_or(u64::MAX);
        if needed > window.size {
            return Err(Error::WindowTooSmall { base: window.base, size: window.size, needed });
        }
        self.program_bus(bus, window.base);
        Ok(())
    }

    /// The BARs and bridge windows sitting on `bus`, with sizes and alignments.
    fn items(&self, bus: u8) -> Vec<Item> {
        let mut items = Vec::new();
        let Some(members) = self.on_bus.get(&bus) else { return items };
        for &function in members {
            let f = &self.functions[function];
            for (slot, bar) in f.bars.iter().enumerate() {
                if bar.kind != BarKind::Io {
                    items.push(Item { size: bar.size, align: bar.size, function, bar: Some(slot) });
                }
            }
            if let Header::Bridge(b) = f.header {
                let (size, align) = self.window_need(b.secondary);
                if size != 0 {
                    items.push(Item { size, align, function, bar: None });
                }
            }
        }
        items
    }

    /// Size and alignment of the window a bridge whose secondary bus is `secondary` needs.
    fn window_need(&self, secondary: u8) -> (u64, u64) {
        let mut items = self.items(secondary);
        if items.is_empty() {
            return (0, 0);
        }
        let granule = 1u64 << WINDOW_SHIFT;
        let align = items.iter().map(|i| i.align).max().unwrap_or(granule).max(granule);
        match place(&mut items, 0).and_then(|(end, _)| align_up(end, granule)) {
            Some(size) => (size, align),
            // Cannot be laid out in 64 bits: ask for more than any window holds.
            None => (u64::MAX, align),
        }
    }

    /// Program the BARs and bridge windows of `bus` from `base`, recursing into bridges;
    /// close the windows of its bridges that need none. The caller checked that the layout
    /// fits.
    fn program_bus(&mut self, bus: u8, base: u64) {
        let mut items = self.items(bus);
        let Some((_, addrs)) = place(&mut items, base) else { return };
        for (item, addr) in items.iter().zip(addrs) {
            let bdf = self.functions[item.function].bdf;
            match item.bar {
                Some(slot) => {
                    let bar = &mut self.functions[item.function].bars[slot];
                    bar.address = Some(addr);
                    let (index, kind) = (bar.index, bar.kind);
                    let off = Bar0::OFFSET as u16 + u16::from(index) * BAR_STRIDE;
                    self.cfg.write32(bdf, off, addr as u32);
                    if kind == BarKind::Mem64 {
                        self.cfg.write32(bdf, off + BAR_STRIDE, (addr >> u32::BITS) as u32);
                    }
                }
                None => {
                    let window = MemWindow { base: addr, size: item.size };
                    let Header::Bridge(b) = &mut self.functions[item.function].header else {
                        continue;
                    };
                    b.window = Some(window);
                    let secondary = b.secondary;
                    self.program_window(bdf, Some(window));
                    self.program_bus(secondary, addr);
                }
            }
            self.enable_memory(bdf);
        }
        let members = self.on_bus.get(&bus).cloned().unwrap_or_default();
        for index in members {
            let f = &self.functions[index];
            if let Header::Bridge(b) = f.header {
                if b.window.is_none() {
                    self.program_window(f.bdf, None);
                    self.program_bus(b.secondary, base);
                }
            }
        }
    }

    fn enable_memory(&self, bdf: Bdf) {
        let off = Command::OFFSET as u16;
        let command = Command::from_bits(self.cfg.read16(bdf, off));
        self.cfg.write16(bdf, off, command.with_mem_space_en(true).0);
    }

    /// Open a bridge's non-prefetchable window on `window`, or close it; the prefetchable
    /// window is always closed (base above limit).
    fn program_window(&self, bdf: Bdf, window: Option<MemWindow>) {
        let cfg = self.cfg;
        let (base, limit) = match window {
            Some(w) => ((w.base >> WINDOW_SHIFT) as u16, (w.last() >> WINDOW_SHIFT) as u16),
            None => (WINDOW_ADDR_MAX, 0),
        };
        cfg.write16(bdf, MemoryBase::OFFSET as u16, MemoryWindow::default().with_addr(base).0);
        cfg.write16(bdf, MemoryLimit::OFFSET as u16, MemoryWindow::default().with_addr(limit).0);
        cfg.write16(
            bdf,
            PrefMemoryBase::OFFSET as u16,
            PrefMemoryWindow::default().with_addr(WINDOW_ADDR_MAX).0,
        );
        cfg.write16(bdf, PrefMemoryLimit::OFFSET as u16, PrefMemoryWindow::default().0);
        cfg.write32(bdf, PrefBaseUpper::OFFSET as u16, PrefUpper::default().0);
        cfg.write32(bdf, PrefLimitUpper::OFFSET as u16, PrefUpper::default().0);
    }
}

/// Write all ones to the BAR at `off`, read what sticks, restore it.
fn probe_bits<C: ConfigSpace + ?Sized>(cfg: &C, bdf: Bdf, off: u16) -> u32 {
    let original = cfg.read32(bdf, off);
    cfg.write32(bdf, off, u32::MAX);
    let bits = cfg.read32(bdf, off);
    cfg.write32(bdf, off, original);
    bits
}

/// Lay `items` out from `base`, largest alignment first (stable, so the order is the scan
/// order among equals); returns the end address and the address of each item, in the sorted
/// order `items` is left in. `None` if the layout overflows 64 bits.
fn place(items: &mut [Item], base: u64) -> Option<(u64, Vec<u64>)> {
    items.sort_by_key(|i| core::cmp::Reverse(i.align));
    let mut cursor = base;
    let mut addrs = vec![0; items.len()];
    for (item, addr) in items.iter().zip(addrs.iter_mut()) {
        cursor = align_up(cursor, item.align.max(1))?;
        *addr = cursor;
        cursor = cursor.checked_add(item.size)?;
    }
    Some((cursor, addrs))
}

/// Enable the ACS controls the PCI layer relies on, where the function supports them.
fn enable_acs<C: ConfigSpace + ?Sized>(cfg: &C, bdf: Bdf, caps: &Capabilities) {
    let Some(acs) = caps.acs else { return };
    let supported = AcsCaps::from_bits(cfg.read16(bdf, acs + ACS_CAPS_REL));
    let ctrl = AcsCtrl::from_bits(cfg.read16(bdf, acs + ACS_CTRL_REL));
    let wanted = ctrl
        .with_source_validation_en(ctrl.source_validation_en() || supported.source_validation())
        .with_p2p_request_redirect_en(
            ctrl.p2p_request_redirect_en() || supported.p2p_request_redirect(),
        )
        .with_p2p_completion_redirect_en(
            ctrl.p2p_completion_redirect_en() || supported.p2p_completion_redirect(),
        )
        .with_upstream_forwarding_en(
            ctrl.upstream_forwarding_en() || supported.upstream_forwarding(),
        );
    if wanted != ctrl {
        cfg.write16(bdf, acs + ACS_CTRL_REL, wanted.0);
    }
}
