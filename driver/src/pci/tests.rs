//! Scenario tests of the PCI layer on the fake hierarchy of `fake_cfg`.

use alloc::vec;
use alloc::vec::Vec;

use super::fake_cfg::{EcamWindow, EndpointSpec, FakeConfig, FakeFunction};
use super::*;
use crate::regs::kit_map;
use crate::regs::pcie_ep_caps::{AtsCtrl, ExtCapHdr, PasidCtrl, PriCtrl};
use crate::regs::pcie_rp_cfg::{
    AcsCtrl, Bar0, BaseAddress, Command, Devcap2, Devctl2, MemoryBase, MemoryLimit, MemoryWindow,
    PciCapHdr, PcieCapHdr, PciePortType, PrefMemoryBase, PrefMemoryLimit, PrefMemoryWindow,
    PrimaryBus, SecondaryBus, SubordinateBus, VendorId, ACS_CAP_BASE,
};

fn bdf(bus: u8, device: u8, function: u8) -> Bdf {
    Bdf::new(bus, device, function).unwrap()
}

const RP: Bdf = match Bdf::new(0, 0, 0) {
    Some(b) => b,
    None => panic!(),
};
const EP: Bdf = match Bdf::new(1, 0, 0) {
    Some(b) => b,
    None => panic!(),
};
const EP1: Bdf = match Bdf::new(1, 0, 1) {
    Some(b) => b,
    None => panic!(),
};

/// The kit: root port 00:00.0, a two-function endpoint below it (01:00.0 with PASID, ATS
/// and PRI; 01:00.1 plain).
fn kit_fake() -> FakeConfig {
    let sva = EndpointSpec { multi_function: true, ..EndpointSpec::sva() };
    let plain = EndpointSpec { multi_function: true, ..EndpointSpec::plain() };
    FakeConfig::kit(vec![(0, 0, sva.build()), (0, 1, plain.build())])
}

fn enumerate(fake: &FakeConfig) -> Pci<&FakeConfig> {
    Pci::enumerate(fake, &EnumerateConfig::kit()).unwrap()
}

fn rp_reg(fake: &FakeConfig, off: usize, len: usize) -> u64 {
    fake.with(RP, |f| f.peek(off, len)).unwrap()
}

#[test]
fn enumeration_finds_the_functions_and_numbers_the_bus() {
    let fake = kit_fake();
    let pci = enumerate(&fake);
    let t = pci.topology();
    let found: Vec<Bdf> = t.functions().iter().map(|f| f.bdf).collect();
    assert_eq!(found, [RP, EP, EP1]);

    let rp = t.function(RP).unwrap();
    assert_eq!(rp.vendor_id, VendorId::RESET.0);
    assert_eq!(rp.class.base_class(), 6, "a root port reports class 06h (bridge)");
    assert!(rp.path.is_empty());
    let bridge = rp.bridge().unwrap();
    assert_eq!((bridge.secondary, bridge.subordinate), (1, 1));
    assert_eq!(rp_reg(&fake, PrimaryBus::OFFSET, 1), 0);
    assert_eq!(rp_reg(&fake, SecondaryBus::OFFSET, 1), 1);
    assert_eq!(rp_reg(&fake, SubordinateBus::OFFSET, 1), 1);

    let ep = t.function(EP).unwrap();
    assert!(ep.multi_function);
    assert_eq!(ep.header, Header::Endpoint);
    assert_eq!(ep.path, [RP]);
    assert_eq!(ep.root_port(), RP);
    assert_eq!((ep.vendor_id, ep.device_id), (0x1234, 0x5ead));
    assert_eq!(t.function(EP1).unwrap().device_id, 0x0001);
    assert_eq!(t.get(bdf(1, 1, 0)), None, "only device 0 is scanned below a root port");
    assert_eq!(pci.enable_bus_master(bdf(2, 0, 0)), Err(Error::NoSuchFunction(bdf(2, 0, 0))));
}

#[test]
fn capability_walk_records_offsets_port_types_and_prefix_fields() {
    let fake = kit_fake();
    let pci = enumerate(&fake);
    let t = pci.topology();
    let rp = t.function(RP).unwrap();
    let pcie = rp.caps.pcie.unwrap();
    assert_eq!(pcie.offset, PcieCapHdr::OFFSET as u16);
    assert_eq!(pcie.port_type, PciePortType::ROOT_PORT);
    assert!(pcie.ee_prefix_supported());
    assert_eq!(pcie.max_ee_prefixes(), Devcap2::RESET.max_ee_prefixes());
    assert_eq!(rp.caps.standard.len(), 2, "PCI Express and Power Management");
    assert_eq!(rp.caps.acs, Some(ACS_CAP_BASE as u16));
    assert_eq!(rp.caps.extended.len(), 2, "AER and ACS");
    assert_eq!((rp.caps.pasid, rp.caps.ats, rp.caps.pri), (None, None, None));

    let ep = t.function(EP).unwrap();
    assert_eq!(ep.caps.pcie.unwrap().port_type, PciePortType::ENDPOINT);
    assert_eq!(ep.caps.pasid, Some(0x100));
    assert_eq!(ep.caps.ats, Some(0x108));
    assert_eq!(ep.caps.pri, Some(0x110));
    assert_eq!(ep.caps.acs, None);
    let ep1 = t.function(EP1).unwrap();
    assert_eq!((ep1.caps.pasid, ep1.caps.ats, ep1.caps.pri), (None, None, None));
    assert!(ep1.caps.extended.is_empty());
}

#[test]
fn max_ee_prefixes_decodes_00b_as_four() {
    let d = |n| decode_max_ee_prefixes(Devcap2::default().with_max_ee_prefixes(n));
    assert_eq!([d(0), d(1), d(2), d(3)], [4, 1, 2, 3]);
}

#[test]
fn bars_are_sized_placed_and_windowed() {
    let fake = kit_fake();
    let pci = enumerate(&fake);
    let t = pci.topology();
    let ep = t.function(EP).unwrap();
    assert_eq!(ep.bars.len(), 2);
    assert_eq!((ep.bars[0].index, ep.bars[0].kind, ep.bars[0].size), (0, BarKind::Mem64, 1 << 20));
    assert!(ep.bars[0].prefetchable);
    assert_eq!((ep.bars[1].index, ep.bars[1].kind, ep.bars[1].size), (2, BarKind::Mem32, 16 << 10));
    let ep1 = t.function(EP1).unwrap();
    assert_eq!((ep1.bars[0].kind, ep1.bars[0].size), (BarKind::Mem32, 64 << 10));
    assert!(t.function(RP).unwrap().bars.is_empty(), "the root port's BARs read zero");

    let window = t.function(RP).unwrap().bridge().unwrap().window.unwrap();
    let kit = EnumerateConfig::kit().memory;
    assert!(kit.contains(window.base, window.size));
    assert_eq!(window.base % (1 << 20), 0);
    assert_eq!(window.size % (1 << 20), 0);
    let mut ranges = Vec::new();
    for f in [ep, ep1] {
        for bar in &f.bars {
            let addr = bar.address.unwrap();
            assert_eq!(addr % bar.size, 0, "{:?} BAR {} naturally aligned", f.bdf, bar.index);
            assert!(window.contains(addr, bar.size));
            // The function decodes what the driver recorded.
            let off = Bar0::OFFSET + 4 * usize::from(bar.index);
            let live = fake.with(f.bdf, |x| x.peek(off, 4)).unwrap();
            assert_eq!(
                live & u64::from(BaseAddress::from_bits(u32::MAX).address()) << 4,
                addr & 0xffff_ffff
            );
            if bar.kind == BarKind::Mem64 {
                assert_eq!(fake.with(f.bdf, |x| x.peek(off + 4, 4)).unwrap(), addr >> 32);
            }
            ranges.push((addr, addr + bar.size));
        }
        let command =
            Command::from_bits(fake.with(f.bdf, |x| x.peek(Command::OFFSET, 2)).unwrap() as u16);
        assert!(command.mem_space_en() && !command.bus_master_en());
    }
    ranges.sort();
    assert!(ranges.windows(2).all(|w| w[0].1 <= w[1].0), "BARs overlap: {ranges:x?}");
    // 1 MiB + 64 KiB + 16 KiB rounds up to a 2 MiB window.
    assert_eq!(window.size, 2 << 20);

    let base = MemoryWindow::from_bits(rp_reg(&fake, MemoryBase::OFFSET, 2) as u16).addr();
    let limit = MemoryWindow::from_bits(rp_reg(&fake, MemoryLimit::OFFSET, 2) as u16).addr();
    assert_eq!(u64::from(base) << 20, window.base);
    assert_eq!((u64::from(limit) << 20) | 0xf_ffff, window.last());
    let pbase = PrefMemoryWindow::from_bits(rp_reg(&fake, PrefMemoryBase::OFFSET, 2) as u16).addr();
    let plimit =
        PrefMemoryWindow::from_bits(rp_reg(&fake, PrefMemoryLimit::OFFSET, 2) as u16).addr();
    assert!(pbase > plimit, "the prefetchable window is closed");
    let rp_command = Command::from_bits(rp_reg(&fake, Command::OFFSET, 2) as u16);
    assert!(rp_command.mem_space_en());
}

#[test]
fn a_window_too_small_or_above_4_gib_is_refused() {
    let fake = kit_fake();
    let small = EnumerateConfig {
        memory: MemWindow { base: kit_map::MMIO_BASE, size: 1 << 20 },
        ..EnumerateConfig::kit()
    };
    assert!(matches!(
        Pci::enumerate(&fake, &small).err(),
        Some(Error::WindowTooSmall { needed, .. }) if needed == 2 << 20
    ));
    let high = EnumerateConfig {
        memory: MemWindow { base: 0xffff_0000, size: 1 << 20 },
        ..EnumerateConfig::kit()
    };
    assert!(matches!(Pci::enumerate(&fake, &high).err(), Some(Error::WindowInvalid { .. })));
}

/// Two root ports; behind the first a switch (upstream port, one downstream port) with an
/// endpoint, behind the second a plain endpoint.
fn switch_fake() -> FakeConfig {
    let dsp = FakeFunction::bridge(PciePortType::SWITCH_DOWNSTREAM).with_child(
        0,
        0,
        EndpointSpec::sva().build(),
    );
    let usp = FakeFunction::bridge(PciePortType::SWITCH_UPSTREAM).with_child(0, 0, dsp);
    let rp0 = FakeFunction::root_port().with_child(0, 0, usp);
    let rp1 = FakeFunction::root_port().with_child(0, 0, EndpointSpec::plain().build());
    FakeConfig::new(0, vec![(0, 0, rp0), (1, 0, rp1)])
}

#[test]
fn buses_are_numbered_depth_first_through_a_switch() {
    let fake = switch_fake();
    let pci = enumerate(&fake);
    let t = pci.topology();
    let found: Vec<Bdf> = t.functions().iter().map(|f| f.bdf).collect();
    assert_eq!(found, [RP, bdf(1, 0, 0), bdf(2, 0, 0), bdf(3, 0, 0), bdf(0, 1, 0), bdf(4, 0, 0)]);
    let buses = |b: Bdf| {
        let x = t.function(b).unwrap().bridge().unwrap();
        (x.secondary, x.subordinate)
    };
    assert_eq!(buses(RP), (1, 3));
    assert_eq!(buses(bdf(1, 0, 0)), (2, 3));
    assert_eq!(buses(bdf(2, 0, 0)), (3, 3));
    assert_eq!(buses(bdf(0, 1, 0)), (4, 4));
    let ep = t.function(bdf(3, 0, 0)).unwrap();
    assert_eq!(ep.path, [bdf(2, 0, 0), bdf(1, 0, 0), RP]);
    // Windows nest: each bridge's window holds the one below it.
    let win = |b: Bdf| t.function(b).unwrap().bridge().unwrap().window.unwrap();
    assert!(win(RP).contains(win(bdf(1, 0, 0)).base, win(bdf(1, 0, 0)).size));
    assert!(win(bdf(1, 0, 0)).contains(win(bdf(2, 0, 0)).base, win(bdf(2, 0, 0)).size));
    for bar in &ep.bars {
        assert!(win(bdf(2, 0, 0)).contains(bar.address.unwrap(), bar.size));
    }
    let w0 = win(RP);
    let w1 = win(bdf(0, 1, 0));
    assert!(w0.last() < w1.base || w1.last() < w0.base, "root port windows overlap");
}

#[test]
fn pasid_is_refused_at_the_switch_port_that_lacks_prefix_support() {
    let fake = switch_fake();
    let mut pci = enumerate(&fake);
    let dsp = bdf(2, 0, 0);
    fake.with(dsp, |f| {
        let d = Devcap2::from_bits(f.peek(Devcap2::OFFSET, 4) as u32);
        f.poke(Devcap2::OFFSET, 4, u64::from(d.with_ee_prefix_supported(false).0));
    });
    fake.clear_log();
    let err = pci.enable_pasid(bdf(3, 0, 0), PasidFlags::default()).unwrap_err();
    assert_eq!(
        err,
        Error::PasidPath(PasidPathError { hop: dsp, missing: PathBit::EndEndPrefixSupported })
    );
    assert_eq!(fake.writes(), []);
}

#[test]
fn looping_or_stray_capability_lists_are_errors() {
    // Extended list: the last capability points back to the first.
    let mut ep = EndpointSpec::sva().build();
    let pri = 0x110;
    let hdr = ExtCapHdr::from_bits(ep.peek(pri, 4) as u32).with_next(0x100);
    ep.poke(pri, 4, u64::from(hdr.0));
    let fake = FakeConfig::kit(vec![(0, 0, ep)]);
    assert_eq!(
        Pci::enumerate(&fake, &EnumerateConfig::kit()).err(),
        Some(Error::CapabilityLoop { bdf: EP, list: CapList::Extended, offset: 0x100 })
    );

    // PCI list: the PCI Express capability points at itself.
    let mut ep = EndpointSpec::sva().build();
    let off = PcieCapHdr::OFFSET;
    let hdr = PciCapHdr::from_bits(ep.peek(off, 2) as u16).with_next_ptr(off as u8);
    ep.poke(off, 2, u64::from(hdr.0));
    let fake = FakeConfig::kit(vec![(0, 0, ep)]);
    assert_eq!(
        Pci::enumerate(&fake, &EnumerateConfig::kit()).err(),
        Some(Error::CapabilityLoop { bdf: EP, list: CapList::Standard, offset: off as u16 })
    );

    // PCI list pointing into the header; extended list pointing below 100h.
    let mut ep = EndpointSpec::sva().build();
    let hdr = PciCapHdr::from_bits(ep.peek(off, 2) as u16).with_next_ptr(0x20);
    ep.poke(off, 2, u64::from(hdr.0));
    let fake = FakeConfig::kit(vec![(0, 0, ep)]);
    assert_eq!(
        Pci::enumerate(&fake, &EnumerateConfig::kit()).err(),
        Some(Error::CapabilityPointer { bdf: EP, list: CapList::Standard, offset: 0x20 })
    );
    let mut ep = EndpointSpec::sva().build();
    let hdr = ExtCapHdr::from_bits(ep.peek(0x100, 4) as u32).with_next(0x80);
    ep.poke(0x100, 4, u64::from(hdr.0));
    let fake = FakeConfig::kit(vec![(0, 0, ep)]);
    assert_eq!(
        Pci::enumerate(&fake, &EnumerateConfig::kit()).err(),
        Some(Error::CapabilityPointer { bdf: EP, list: CapList::Extended, offset: 0x80 })
    );
}

#[test]
fn enumeration_enables_the_root_ports_acs_controls() {
    let fake = kit_fake();
    let _pci = enumerate(&fake);
    let ctrl = AcsCtrl::from_bits(rp_reg(&fake, AcsCtrl::OFFSET, 2) as u16);
    assert!(ctrl.source_validation_en());
    assert!(ctrl.p2p_request_redirect_en());
    assert!(ctrl.p2p_completion_redirect_en());
    assert!(ctrl.upstream_forwarding_en());
    assert!(!ctrl.translation_blocking_en(), "only the four controls Linux enables");
}

#[test]
fn pasid_is_enabled_when_the_path_carries_prefixes() {
    let fake = kit_fake();
    let mut pci = enumerate(&fake);
    assert_eq!(pci.topology().function(EP).unwrap().pasid_width(), None);
    let enabled = pci.enable_pasid(EP, PasidFlags { exec: true, privileged: true }).unwrap();
    // The endpoint supports Execute but not Privileged Mode.
    assert_eq!(enabled, PasidEnabled { width: 20, exec: true, privileged: false });
    let ctrl = PasidCtrl::from_bits(fake.with(EP, |f| f.peek(0x106, 2)).unwrap() as u16);
    assert!(ctrl.enable() && ctrl.exec_en() && !ctrl.priv_en());
    assert_eq!(pci.topology().function(EP).unwrap().pasid_width(), Some(20));
    assert_eq!(
        pci.enable_pasid(EP, PasidFlags::default()),
        Err(Error::AlreadyEnabled { bdf: EP, feature: Capability::Pasid })
    );

    let fake = kit_fake();
    let mut pci = enumerate(&fake);
    let plain = pci.enable_pasid(EP, PasidFlags::default()).unwrap();
    assert!(!plain.exec && !plain.privileged, "nothing asked, nothing enabled");
}

/// Enumerate the kit, change the fake with `break_it`, and expect PASID enable on 01:00.0 to
/// fail naming `hop` and `bit`, with no configuration write.
fn refused(break_it: impl FnOnce(&FakeConfig), hop: Bdf, bit: PathBit) {
    let fake = kit_fake();
    let mut pci = enumerate(&fake);
    break_it(&fake);
    fake.clear_log();
    assert_eq!(
        pci.enable_pasid(EP, PasidFlags { exec: true, privileged: true }),
        Err(Error::PasidPath(PasidPathError { hop, missing: bit }))
    );
    assert_eq!(fake.writes(), [], "a refusal writes nothing");
    assert_eq!(pci.topology().function(EP).unwrap().pasid_width(), None);
}

fn poke_rp_devcap2(fake: &FakeConfig, f: impl FnOnce(Devcap2) -> Devcap2) {
    fake.with(RP, |rp| {
        let d = Devcap2::from_bits(rp.peek(Devcap2::OFFSET, 4) as u32);
        rp.poke(Devcap2::OFFSET, 4, u64::from(f(d).0));
    });
}

#[test]
fn pasid_is_refused_when_the_root_port_does_not_support_prefixes() {
    // The RTL root port's DEVCAP2 prefix bit is a build parameter: here, poked clear.
    refused(
        |fake| poke_rp_devcap2(fake, |d| d.with_ee_prefix_supported(false)),
        RP,
        PathBit::EndEndPrefixSupported,
    );
}

#[test]
fn pasid_is_refused_when_the_root_port_blocks_prefixes() {
    refused(
        |fake| {
            let off = Devctl2::OFFSET as u16;
            fake.write16(RP, off, Devctl2::default().with_ee_prefix_blocking(true).0);
        },
        RP,
        PathBit::EndEndPrefixBlocking,
    );
}

#[test]
fn pasid_is_refused_when_the_endpoint_lacks_prefix_support() {
    refused(
        |fake| {
            fake.with(EP, |ep| {
                let d = Devcap2::from_bits(ep.peek(Devcap2::OFFSET, 4) as u32);
                ep.poke(Devcap2::OFFSET, 4, u64::from(d.with_ee_prefix_supported(false).0));
            });
        },
        EP,
        PathBit::EndEndPrefixSupported,
    );
}

#[test]
fn pasid_is_refused_when_acs_is_off_or_missing() {
    let acs_ctrl = AcsCtrl::OFFSET as u16;
    refused(|fake| fake.write16(RP, acs_ctrl, 0), RP, PathBit::AcsSourceValidation);
    refused(
        |fake| {
            let on = AcsCtrl::default()
                .with_source_validation_en(true)
                .with_upstream_forwarding_en(true);
            fake.write16(RP, acs_ctrl, on.0)
        },
        RP,
        PathBit::AcsRequestRedirect,
    );
    refused(
        |fake| {
            let on = AcsCtrl::default()
                .with_source_validation_en(true)
                .with_p2p_request_redirect_en(true);
            fake.write16(RP, acs_ctrl, on.0)
        },
        RP,
        PathBit::AcsUpstreamForwarding,
    );
    // A root port without the ACS capability: unlink it from the extended list (AER is the
    // first entry and points at ACS).
    let fake = kit_fake();
    let aer = crate::regs::pcie_rp_cfg::AER_CAP_BASE as usize;
    fake.with(RP, |rp| {
        let hdr = ExtCapHdr::from_bits(rp.peek(aer, 4) as u32).with_next(0);
        rp.poke(aer, 4, u64::from(hdr.0));
    });
    let mut pci = enumerate(&fake);
    assert_eq!(pci.topology().function(RP).unwrap().caps.acs, None);
    fake.clear_log();
    assert_eq!(
        pci.enable_pasid(EP, PasidFlags::default()),
        Err(Error::PasidPath(PasidPathError { hop: RP, missing: PathBit::AcsCapability }))
    );
    assert_eq!(fake.writes(), []);
}

#[test]
fn pasid_needs_the_capability_and_comes_before_ats() {
    let fake = kit_fake();
    let mut pci = enumerate(&fake);
    fake.clear_log();
    assert_eq!(
        pci.enable_pasid(EP1, PasidFlags::default()),
        Err(Error::MissingCapability { bdf: EP1, cap: Capability::Pasid })
    );
    pci.enable_ats(EP, 12).unwrap();
    fake.clear_log();
    assert_eq!(pci.enable_pasid(EP, PasidFlags::default()), Err(Error::PasidAfterAts(EP)));
    assert_eq!(fake.writes(), []);
}

#[test]
fn ats_stu_follows_the_page_size() {
    let fake = kit_fake();
    let mut pci = enumerate(&fake);
    fake.clear_log();
    assert_eq!(pci.enable_ats(EP, 11), Err(Error::PageSizeUnsupported { bdf: EP, page_shift: 11 }));
    assert_eq!(
        pci.enable_ats(EP, 12 + 32),
        Err(Error::PageSizeUnsupported { bdf: EP, page_shift: 44 })
    );
    assert_eq!(
        pci.enable_ats(EP1, 12),
        Err(Error::MissingCapability { bdf: EP1, cap: Capability::Ats })
    );
    assert_eq!(fake.writes(), []);
    // 2 MiB pages: STU 9 (4096 << 9); the endpoint's queue depth 0 means 32.
    assert_eq!(pci.enable_ats(EP, 21), Ok(AtsEnabled { stu: 9, invalidate_queue_depth: 32 }));
    let ctrl = AtsCtrl::from_bits(fake.with(EP, |f| f.peek(0x10e, 2)).unwrap() as u16);
    assert!(ctrl.enable());
    assert_eq!(ctrl.stu(), 9);
    assert_eq!(
        pci.enable_ats(EP, 12),
        Err(Error::AlreadyEnabled { bdf: EP, feature: Capability::Ats })
    );
}

const PRI: usize = 0x110;

#[test]
fn pri_allocation_is_capped_by_capacity_after_a_reset() {
    let fake = kit_fake();
    let mut pci = enumerate(&fake);
    fake.clear_log();
    assert_eq!(pci.enable_pri(EP, 64), Ok(32), "capacity 32");
    let alloc = fake.with(EP, |f| f.peek(PRI + 12, 4)).unwrap();
    assert_eq!(alloc, 32);
    let ctrl = PriCtrl::from_bits(fake.with(EP, |f| f.peek(PRI + 4, 2)).unwrap() as u16);
    assert!(ctrl.enable());
    // Order: Reset (enable clear), allocation, Enable.
    let w = fake.writes();
    let reset = PriCtrl::default().with_reset(true).0;
    assert_eq!(w.len(), 3);
    assert_eq!(
        (w[0].offset, w[0].value & 0xffff, w[0].lanes),
        (PRI as u16 + 4, u32::from(reset), 0b11)
    );
    assert_eq!((w[1].offset, w[1].value), (PRI as u16 + 12, 32));
    assert_eq!(
        (w[2].value & 0xffff, w[2].lanes),
        (u32::from(PriCtrl::default().with_enable(true).0), 0b11)
    );
    assert_eq!(
        pci.enable_pri(EP, 8),
        Err(Error::AlreadyEnabled { bdf: EP, feature: Capability::Pri })
    );

    let fake = kit_fake();
    let mut pci = enumerate(&fake);
    assert_eq!(pci.enable_pri(EP, 8), Ok(8));
}

#[test]
fn pri_refusals() {
    let fake = kit_fake();
    let mut pci = enumerate(&fake);
    fake.clear_log();
    assert_eq!(
        pci.enable_pri(EP1, 8),
        Err(Error::MissingCapability { bdf: EP1, cap: Capability::Pri })
    );
    assert_eq!(
        pci.enable_pri(EP, 0),
        Err(Error::PriNoAllocation { bdf: EP, requested: 0, capacity: 32 })
    );
    assert_eq!(fake.writes(), []);

    // PRG responses need a PASID: refused until PASID is on.
    let sva = EndpointSpec { pri: Some((16, true)), ..EndpointSpec::sva() };
    let fake = FakeConfig::kit(vec![(0, 0, sva.build())]);
    let mut pci = enumerate(&fake);
    fake.clear_log();
    assert_eq!(pci.enable_pri(EP, 8), Err(Error::PriPasidRequired(EP)));
    assert_eq!(fake.writes(), []);
    pci.enable_pasid(EP, PasidFlags::default()).unwrap();
    assert_eq!(pci.enable_pri(EP, 8), Ok(8));

    // Still outstanding after the reset.
    let mut ep = EndpointSpec::sva().build();
    ep.pri_stuck = true;
    let fake = FakeConfig::kit(vec![(0, 0, ep)]);
    let mut pci = enumerate(&fake);
    assert_eq!(pci.enable_pri(EP, 8), Err(Error::PriNotStopped(EP)));
    let ctrl = PriCtrl::from_bits(fake.with(EP, |f| f.peek(PRI + 4, 2)).unwrap() as u16);
    assert!(!ctrl.enable());
}

#[test]
fn bus_mastering_is_set_along_the_path_only() {
    let fake = switch_fake();
    let pci = enumerate(&fake);
    let ep = bdf(3, 0, 0);
    pci.enable_bus_master(ep).unwrap();
    let bme = |b: Bdf| {
        Command::from_bits(fake.with(b, |f| f.peek(Command::OFFSET, 2)).unwrap() as u16)
            .bus_master_en()
    };
    for hop in [ep, bdf(2, 0, 0), bdf(1, 0, 0), RP] {
        assert!(bme(hop), "{hop}");
    }
    assert!(!bme(bdf(0, 1, 0)) && !bme(bdf(4, 0, 0)), "the other root port's branch");
}

#[test]
fn the_fake_root_port_follows_its_access_tags() {
    let fake = kit_fake();
    let vendor = rp_reg(&fake, VendorId::OFFSET, 2);
    fake.write16(RP, VendorId::OFFSET as u16, 0);
    assert_eq!(rp_reg(&fake, VendorId::OFFSET, 2), vendor, "hwinit ignores writes");
    fake.with(RP, |f| f.poke(crate::regs::pcie_rp_cfg::Devsta::OFFSET, 2, 0b1001));
    fake.write16(RP, crate::regs::pcie_rp_cfg::Devsta::OFFSET as u16, 0b0001);
    assert_eq!(rp_reg(&fake, crate::regs::pcie_rp_cfg::Devsta::OFFSET, 2), 0b1000, "rw1c clears");
}

#[test]
fn ecam_over_mmio_enumerates_the_same_hierarchy() {
    let direct = kit_fake();
    let via_ecam = kit_fake();
    let a = enumerate(&direct);
    let b = Pci::enumerate(Ecam::new(EcamWindow(&via_ecam)), &EnumerateConfig::kit()).unwrap();
    assert_eq!(a.topology(), b.topology());
    assert_eq!(direct.writes(), via_ecam.writes());
}

mod placement {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Whatever the BAR sizes, every BAR is naturally aligned, inside its root port's
        /// window, inside the kit's MMIO window, and no two overlap.
        #[test]
        fn bars_never_overlap(
            shifts in proptest::collection::vec((12u32..26, any::<bool>()), 1..6),
        ) {
            let bars0: Vec<(u8, u64, bool, bool)> = shifts
                .iter()
                .take(3)
                .enumerate()
                .map(|(i, &(s, is64))| ((2 * i) as u8, 1u64 << s, is64, false))
                .collect();
            let bars1: Vec<(u8, u64, bool, bool)> = shifts
                .iter()
                .skip(3)
                .enumerate()
                .map(|(i, &(s, _))| (i as u8, 1u64 << s, false, false))
                .collect();
            let f0 = EndpointSpec { multi_function: true, bars: bars0, ..EndpointSpec::sva() };
            let f1 = EndpointSpec { multi_function: true, bars: bars1, ..EndpointSpec::plain() };
            let fake = FakeConfig::kit(vec![(0, 0, f0.build()), (0, 1, f1.build())]);
            let pci = enumerate(&fake);
            let t = pci.topology();
            let window = t.function(RP).unwrap().bridge().unwrap().window.unwrap();
            prop_assert!(EnumerateConfig::kit().memory.contains(window.base, window.size));
            let mut ranges = Vec::new();
            for f in [EP, EP1] {
                for bar in &t.function(f).unwrap().bars {
                    let addr = bar.address.unwrap();
                    prop_assert_eq!(addr % bar.size, 0);
                    prop_assert!(window.contains(addr, bar.size));
                    ranges.push((addr, addr + bar.size));
                }
            }
            prop_assert_eq!(ranges.len(), shifts.len());
            ranges.sort();
            prop_assert!(ranges.windows(2).all(|w| w[0].1 <= w[1].0));
        }
    }
}
