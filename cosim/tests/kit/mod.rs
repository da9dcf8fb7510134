//! What the root port tests on `kit_sim_top` share: the harness with the port configured
//! (bus numbers, Bus Master Enable, MPS, the IOMMU in Bare mode), configuration space access
//! through ECAM, the link's observations, and the host memory the endpoint DMAs into.
//!
//! Every offset and field comes from the generated register types (`driver::regs`).

#![allow(dead_code)] // each test file uses its own part

use cosim::replay::Observation;
use cosim::{Config, Harness};
use driver::dma::{DmaMemory, PhysAddr};
use driver::mmio::{Mmio, Register};
use driver::regs::iommu_regs::{Ddtp, IommuMode};
use driver::regs::pcie_ep_caps::RoutingId;
use driver::regs::pcie_rp_cfg::{
    AcsCtrl, AerCapCtrl, AerCorErrors, AerCorStatus, AerHeaderLog, AerTlpPrefixLog, AerUncorErrors,
    AerUncorMask, AerUncorStatus, Command, Devctl, Devctl2, Devsta, Mps, PrimaryBus, SecondaryBus,
    SecondaryStatus, Status, SubordinateBus,
};
use driver::regs::tlp::{TlpCpl, TlpDw0, TlpFmt, TlpFmtType};
use pcie_endpoint::tlp::dws_to_bytes;

/// The simulation top: root port + IOMMU.
pub const TOP: &str = "kit_sim_top";
/// The same design without End-End TLP prefix support.
pub const TOP_NOPREFIX: &str = "kit_sim_top_noprefix";

/// The bus below the port (secondary = subordinate), where the endpoint sits.
pub const LINK_BUS: u8 = 1;
/// The endpoint's requester ID (bus `LINK_BUS`, device 0, function 0).
pub const EP_RID: RoutingId = RoutingId((LINK_BUS as u16) << 8);
/// Host memory the endpoint may DMA into: one window below 4 GiB (3 DW headers) and one
/// above (4 DW headers).
pub const WIN32: u64 = 0x2000_0000;
pub const WIN64: u64 = 0x1_2000_0000;
pub const WIN_LEN: u64 = 0x4000;
/// Cycles a TLP needs at most to be taken, checked and answered on an idle port.
pub const SETTLE: u64 = 600;

/// A fresh `kit_sim_top` (or `top`) with the port ready for DMA: bus numbers, Bus Master
/// Enable, `mps` as Max Payload Size, the IOMMU in Bare mode, both DMA windows mapped and
/// filled with a pattern.
pub fn kit(top: &str, config: Config, mps: Mps) -> Harness {
    let h = Harness::new(top, config).unwrap();
    cfg_write8(&h, PrimaryBus::OFFSET, 0);
    cfg_write8(&h, SecondaryBus::OFFSET, LINK_BUS);
    cfg_write8(&h, SubordinateBus::OFFSET, LINK_BUS);
    set_bus_master(&h, true);
    let devctl = Devctl(cfg_read16(&h, Devctl::OFFSET)).with_max_payload_size(mps);
    cfg_write16(&h, Devctl::OFFSET, devctl.0);
    assert_eq!(Devctl(cfg_read16(&h, Devctl::OFFSET)).max_payload_size(), mps);
    iommu_mode(&h, IommuMode::BARE);
    for win in [WIN32, WIN64] {
        h.map_memory(win, WIN_LEN).unwrap();
        let fill: Vec<u8> = (0..WIN_LEN).map(|i| (i as u8) ^ 0x5a ^ (win >> 32) as u8).collect();
        h.write(PhysAddr(win), &fill).unwrap();
    }
    h
}

/// Set `ddtp.iommu_mode` (Off <-> Bare need no tables) and wait until the IOMMU took it.
pub fn iommu_mode(h: &Harness, mode: IommuMode) {
    let m = h.mmio("iommu").unwrap();
    m.write64(Ddtp::OFFSET, Ddtp::default().with_iommu_mode(mode).0);
    for _ in 0..100 {
        let d = Ddtp(m.read64(Ddtp::OFFSET));
        if !d.busy() {
            assert_eq!(d.iommu_mode(), mode, "ddtp did not take the mode");
            return;
        }
    }
    panic!("ddtp stays busy");
}

pub fn set_bus_master(h: &Harness, on: bool) {
    let cmd =
        Command(cfg_read16(h, Command::OFFSET)).with_bus_master_en(on).with_mem_space_en(true);
    cfg_write16(h, Command::OFFSET, cmd.0);
    assert_eq!(Command(cfg_read16(h, Command::OFFSET)).bus_master_en(), on);
}

// ---------------------------------------------------------------------------------------------
// Configuration space of the port (ECAM, bus 0 device 0 function 0 at offset 0)
// ---------------------------------------------------------------------------------------------

pub fn cfg_read32(h: &Harness, offset: usize) -> u32 {
    h.mmio("ecam").unwrap().read32(offset)
}
pub fn cfg_write32(h: &Harness, offset: usize, value: u32) {
    h.mmio("ecam").unwrap().write32(offset, value)
}
pub fn cfg_read16(h: &Harness, offset: usize) -> u16 {
    h.mmio("ecam").unwrap().read16(offset)
}
pub fn cfg_write16(h: &Harness, offset: usize, value: u16) {
    h.mmio("ecam").unwrap().write16(offset, value)
}
pub fn cfg_write8(h: &Harness, offset: usize, value: u8) {
    h.mmio("ecam").unwrap().write8(offset, value)
}

/// What AER and the status registers say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrState {
    pub uncor: AerUncorErrors,
    pub cor: AerCorErrors,
    pub cap_ctrl: AerCapCtrl,
    pub header: [u32; 4],
    pub prefix: [u32; 4],
    pub devsta: Devsta,
    pub status: Status,
    pub sec_status: SecondaryStatus,
}

pub fn err_state(h: &Harness) -> ErrState {
    let header: [u32; 4] =
        std::array::from_fn(|n| cfg_read32(h, AerHeaderLog::OFFSET + n * AerHeaderLog::STRIDE));
    let prefix: [u32; 4] = std::array::from_fn(|n| {
        cfg_read32(h, AerTlpPrefixLog::OFFSET + n * AerTlpPrefixLog::STRIDE)
    });
    const _: () = assert!(AerHeaderLog::COUNT == 4 && AerTlpPrefixLog::COUNT == 4);
    ErrState {
        uncor: AerUncorErrors(cfg_read32(h, AerUncorStatus::OFFSET)),
        cor: AerCorErrors(cfg_read32(h, AerCorStatus::OFFSET)),
        cap_ctrl: AerCapCtrl(cfg_read32(h, AerCapCtrl::OFFSET)),
        header,
        prefix,
        devsta: Devsta(cfg_read16(h, Devsta::OFFSET)),
        status: Status(cfg_read16(h, Status::OFFSET)),
        sec_status: SecondaryStatus(cfg_read16(h, SecondaryStatus::OFFSET)),
    }
}

/// Clear every RW1C error bit (AER, Device Status, Status, Secondary Status) and check that
/// they read zero afterwards.
pub fn clear_errors(h: &Harness) {
    cfg_write32(h, AerUncorStatus::OFFSET, AerUncorStatus::W1C_MASK as u32);
    cfg_write32(h, AerCorStatus::OFFSET, AerCorStatus::W1C_MASK as u32);
    cfg_write16(h, Devsta::OFFSET, Devsta::W1C_MASK as u16);
    cfg_write16(h, Status::OFFSET, Status::W1C_MASK as u16);
    cfg_write16(h, SecondaryStatus::OFFSET, SecondaryStatus::W1C_MASK as u16);
    let s = err_state(h);
    assert_eq!(s.uncor, AerUncorErrors::default(), "uncorrectable status not cleared");
    assert_eq!(s.cor, AerCorErrors::default(), "correctable status not cleared");
    assert_eq!(s.devsta.0 & Devsta::W1C_MASK as u16, 0, "device status not cleared");
    assert_eq!(s.status.0 & Status::W1C_MASK as u16, 0);
    assert_eq!(s.sec_status.0 & SecondaryStatus::W1C_MASK as u16, 0);
}

pub fn set_uncor_mask(h: &Harness, mask: AerUncorErrors) {
    cfg_write32(h, AerUncorMask::OFFSET, mask.0);
}

pub fn set_acs(h: &Harness, ctrl: AcsCtrl) {
    cfg_write16(h, AcsCtrl::OFFSET, ctrl.0);
    assert_eq!(AcsCtrl(cfg_read16(h, AcsCtrl::OFFSET)), ctrl);
}

pub fn set_prefix_blocking(h: &Harness, on: bool) {
    let d = Devctl2(cfg_read16(h, Devctl2::OFFSET)).with_ee_prefix_blocking(on);
    cfg_write16(h, Devctl2::OFFSET, d.0);
}

// ---------------------------------------------------------------------------------------------
// TLPs
// ---------------------------------------------------------------------------------------------

/// Whether a wire DW is a TLP prefix (Fmt 100b).
pub fn is_prefix(dw: u32) -> bool {
    TlpDw0(dw).fmt_type().0 >> (TlpFmtType::WIDTH - TlpFmt::WIDTH) == TlpFmt::PREFIX.0
}

/// The End-End prefixes at the start of `dws` (Local ones too: the caller knows).
pub fn prefixes(dws: &[u32]) -> Vec<u32> {
    dws.iter().copied().take_while(|&d| is_prefix(d)).collect()
}

/// The header DWs after the prefixes (3 or 4 by Fmt), zero-filled to four as AER logs them.
pub fn header_log(dws: &[u32]) -> [u32; 4] {
    let rest = &dws[prefixes(dws).len()..];
    let n = if rest.is_empty() {
        0
    } else if TlpDw0(rest[0]).fmt_type().0 & (1 << (TlpFmtType::WIDTH - TlpFmt::WIDTH)) != 0 {
        4
    } else {
        3
    };
    let mut out = [0; 4];
    for (o, d) in out.iter_mut().zip(rest.iter().take(n)) {
        *o = *d;
    }
    out
}

/// A completion the port sent: its Fmt/Type, header and data DWs.
#[derive(Clone, Debug)]
pub struct SentCpl {
    pub fmt_type: TlpFmtType,
    pub hdr: TlpCpl,
    pub data: Vec<u32>,
}

/// Split what the port transmitted into completions and other TLPs.
pub fn split_tx(obs: &[Observation]) -> (Vec<SentCpl>, Vec<Vec<u32>>) {
    let mut cpls = Vec::new();
    let mut other = Vec::new();
    for o in obs {
        match o {
            Observation::TlpOut { dws, .. } => {
                let dws: Vec<u32> = dws.iter().map(|d| d.0 as u32).collect();
                let ft = TlpDw0(dws[0]).fmt_type();
                if [TlpFmtType::CPL, TlpFmtType::CPLD, TlpFmtType::CPLLK, TlpFmtType::CPLDLK]
                    .contains(&ft)
                {
                    let bytes = dws_to_bytes(&dws[..3]);
                    let hdr = TlpCpl::from_be_bytes(bytes.try_into().unwrap());
                    cpls.push(SentCpl { fmt_type: ft, hdr, data: dws[3..].to_vec() });
                } else {
                    other.push(dws);
                }
            }
            Observation::LinkError { what, .. } => panic!("port broke link framing: {what}"),
            Observation::AxiProtocol { what, .. } => panic!("port broke AXI: {what}"),
            _ => {}
        }
    }
    (cpls, other)
}

/// Every memory write the design made.
pub fn mem_writes(obs: &[Observation]) -> Vec<(u64, Vec<u8>)> {
    obs.iter()
        .filter_map(|o| match o {
            Observation::MemWrite { addr, data, .. } => Some((addr.0, data.0.clone())),
            _ => None,
        })
        .collect()
}

/// Contents of both DMA windows.
pub fn windows(h: &Harness) -> Vec<u8> {
    let mut out = vec![0; 2 * WIN_LEN as usize];
    let (a, b) = out.split_at_mut(WIN_LEN as usize);
    h.read(PhysAddr(WIN32), a).unwrap();
    h.read(PhysAddr(WIN64), b).unwrap();
    out
}
