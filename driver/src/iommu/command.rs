//! Typed command-queue commands (`iommu_in_memory_queues.adoc`, "Command-Queue") and their
//! 16-byte encoding through the generated `Cmd*` structures.

use crate::dma::PhysAddr;
use crate::regs::iommu_mem::{
    AtsFunc3, AtsInvalPayload, AtsPrgrPayload, Cmd, CmdAts, CmdIodir, CmdIofence, CmdIotinval,
    CmdOpcode, IodirFunc3, IofenceFunc3, IotinvalFunc3, PrgResp, PAGE_SHIFT,
};

use super::error::{Error, Field};

/// Largest device_id a command carries (all ones in the generated `did` field).
pub(crate) const DEVICE_ID_MAX: u32 = CmdIodir([u32::MAX; 4]).did();
/// Largest process_id (PASID) a command carries.
pub(crate) const PROCESS_ID_MAX: u32 = CmdIodir([u32::MAX; 4]).pid();
/// Largest PSCID.
pub(crate) const PSCID_MAX: u32 = CmdIotinval([u32::MAX; 4]).pscid();
/// Largest page-request group index.
pub(crate) const PRGI_MAX: u16 = AtsPrgrPayload(u64::MAX).prgi();
/// IOFENCE.C writes a 4-byte word: its address drops bits 1:0.
const FENCE_ADDR_SHIFT: u32 = 2;

/// Where an IOFENCE.C writes its completion word (`AV` = 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FenceWrite {
    /// 4-byte aligned physical address.
    pub addr: PhysAddr,
    /// The 32-bit value stored there on completion.
    pub data: u32,
}

/// The function targeted by an ATS command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AtsTarget {
    /// Requester ID (bus/device/function) of the device function.
    pub rid: u16,
    /// PCIe segment (`DSV`/`DSEG`) when the IOMMU spans several.
    pub segment: Option<u8>,
    /// PASID of the message (`PV`/`PID`).
    pub pasid: Option<u32>,
}

/// One IOMMU command, in the terms of the specification. `None` operands are "not valid"
/// (`PSCV`/`GV`/`AV`/`DV` = 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// `IOTINVAL.VMA`: invalidate first-stage translations. `addr` is an IOVA (its page is
    /// invalidated; leaf entries only); `pscid` selects one address space (global mappings
    /// excepted); `gscid` selects a VM's address spaces instead of the host's.
    IotinvalVma {
        /// `GV`/`GSCID`.
        gscid: Option<u16>,
        /// `PSCV`/`PSCID`.
        pscid: Option<u32>,
        /// `AV`/`ADDR`: any address in the page.
        addr: Option<u64>,
    },
    /// `IOTINVAL.GVMA`: invalidate second-stage translations.
    IotinvalGvma {
        /// `GV`/`GSCID`.
        gscid: Option<u16>,
        /// `AV`/`ADDR`: a guest physical address in the page.
        addr: Option<u64>,
    },
    /// `IODIR.INVAL_DDT`: invalidate cached device contexts (of one device, or all with
    /// every PDT entry).
    IodirInvalDdt {
        /// `DV`/`DID`.
        device_id: Option<u32>,
    },
    /// `IODIR.INVAL_PDT`: invalidate one cached process context.
    IodirInvalPdt {
        /// `DID`.
        device_id: u32,
        /// `PID`.
        process_id: u32,
    },
    /// `IOFENCE.C`: complete every earlier command, then optionally write a word.
    IofenceC {
        /// `AV`/`ADDR`/`DATA`.
        write: Option<FenceWrite>,
        /// `WSI`: set `cqcsr.fence_w_ip` on completion.
        wsi: bool,
        /// `PR`: order earlier device reads.
        pr: bool,
        /// `PW`: order earlier device writes.
        pw: bool,
    },
    /// `ATS.INVAL`: send an ATS Invalidation Request.
    AtsInval {
        /// The function.
        target: AtsTarget,
        /// The message body (PCIe format).
        payload: AtsInvalPayload,
    },
    /// `ATS.PRGR`: send a Page Request Group Response.
    AtsPrgr {
        /// The function.
        target: AtsTarget,
        /// Page request group index answered.
        prgi: u16,
        /// Response code.
        response: PrgResp,
    },
}

fn check(field: Field, value: u64, max: u64) -> Result<(), Error> {
    if value > max {
        return Err(Error::ValueOutOfRange { field, value, max });
    }
    Ok(())
}

impl Command {
    /// Invalidate every first-stage translation of every host address space.
    pub const fn invalidate_all_translations() -> Self {
        Command::IotinvalVma { gscid: None, pscid: None, addr: None }
    }

    /// Invalidate the non-global translations of host address space `pscid`.
    pub const fn invalidate_pscid(pscid: u32) -> Self {
        Command::IotinvalVma { gscid: None, pscid: Some(pscid), addr: None }
    }

    /// Invalidate the leaf translation of the page holding `iova` in address space `pscid`.
    pub const fn invalidate_page(pscid: u32, iova: u64) -> Self {
        Command::IotinvalVma { gscid: None, pscid: Some(pscid), addr: Some(iova) }
    }

    /// The 16-byte command, or [`Error::ValueOutOfRange`] / [`Error::Misaligned`] when an
    /// operand does not fit.
    pub fn encode(&self) -> Result<Cmd, Error> {
        let bits = match *self {
            Command::IotinvalVma { gscid, pscid, addr } => {
                let mut c = CmdIotinval::default()
                    .with_opcode(CmdOpcode::IOTINVAL)
                    .with_func3(IotinvalFunc3::VMA);
                if let Some(p) = pscid {
                    check(Field::Pscid, p.into(), PSCID_MAX.into())?;
                    c = c.with_pscv(true).with_pscid(p);
                }
                if let Some(g) = gscid {
                    c = c.with_gv(true).with_gscid(g);
                }
                if let Some(a) = addr {
                    c = c.with_av(true).with_addr(a >> PAGE_SHIFT);
                }
                c.to_bits()
            }
            Command::IotinvalGvma { gscid, addr } => {
                let mut c = CmdIotinval::default()
                    .with_opcode(CmdOpcode::IOTINVAL)
                    .with_func3(IotinvalFunc3::GVMA);
                if let Some(g) = gscid {
                    c = c.with_gv(true).with_gscid(g);
                }
                if let Some(a) = addr {
                    c = c.with_av(true).with_addr(a >> PAGE_SHIFT);
                }
                c.to_bits()
            }
            Command::IodirInvalDdt { device_id } => {
                let mut c =
                    CmdIodir::default().with_opcode(CmdOpcode::IODIR).with_func3(IodirFunc3::DDT);
                if let Some(d) = device_id {
                    check(Field::DeviceId, d.into(), DEVICE_ID_MAX.into())?;
                    c = c.with_dv(true).with_did(d);
                }
                c.to_bits()
            }
            Command::IodirInvalPdt { device_id, process_id } => {
                check(Field::DeviceId, device_id.into(), DEVICE_ID_MAX.into())?;
                check(Field::ProcessId, process_id.into(), PROCESS_ID_MAX.into())?;
                CmdIodir::default()
                    .with_opcode(CmdOpcode::IODIR)
                    .with_func3(IodirFunc3::PDT)
                    .with_dv(true)
                    .with_did(device_id)
                    .with_pid(process_id)
                    .to_bits()
            }
            Command::IofenceC { write, wsi, pr, pw } => {
                let mut c = CmdIofence::default()
                    .with_opcode(CmdOpcode::IOFENCE)
                    .with_func3(IofenceFunc3::C)
                    .with_wsi(wsi)
                    .with_pr(pr)
                    .with_pw(pw);
                if let Some(FenceWrite { addr, data }) = write {
                    let align = 1u64 << FENCE_ADDR_SHIFT;
                    if addr.0 % align != 0 {
                        return Err(Error::Misaligned { addr, align });
                    }
                    c = c.with_av(true).with_addr(addr.0 >> FENCE_ADDR_SHIFT).with_data(data);
                }
                c.to_bits()
            }
            Command::AtsInval { target, payload } => {
                ats(target, AtsFunc3::INVAL)?.with_payload(payload.to_bits()).to_bits()
            }
            Command::AtsPrgr { target, prgi, response } => {
                check(Field::PageRequestGroupIndex, prgi.into(), PRGI_MAX.into())?;
                let payload = AtsPrgrPayload::default().with_prgi(prgi).with_resp_code(response);
                ats(target, AtsFunc3::PRGR)?.with_payload(payload.to_bits()).to_bits()
            }
        };
        Ok(Cmd::from_bits(bits))
    }

    /// The command a 16-byte image holds, for the opcodes and functions defined above;
    /// `None` for anything else. Reserved bits are not checked (an image with reserved bits
    /// set is illegal to the IOMMU but decodes here).
    pub fn decode(cmd: Cmd) -> Option<Self> {
        let bits = cmd.to_bits();
        let page = |av: bool, addr: u64| av.then_some(addr << PAGE_SHIFT);
        match cmd.opcode() {
            CmdOpcode::IOTINVAL => {
                let c = CmdIotinval::from_bits(bits);
                let gscid = c.gv().then_some(c.gscid());
                let addr = page(c.av(), c.addr());
                match c.func3() {
                    IotinvalFunc3::VMA => Some(Command::IotinvalVma {
                        gscid,
                        pscid: c.pscv().then_some(c.pscid()),
                        addr,
                    }),
                    IotinvalFunc3::GVMA => Some(Command::IotinvalGvma { gscid, addr }),
                    _ => None,
                }
            }
            CmdOpcode::IOFENCE => {
                let c = CmdIofence::from_bits(bits);
                (c.func3() == IofenceFunc3::C).then(|| Command::IofenceC {
                    write: c.av().then(|| FenceWrite {
                        addr: PhysAddr(c.addr() << FENCE_ADDR_SHIFT),
                        data: c.data(),
                    }),
                    wsi: c.wsi(),
                    pr: c.pr(),
                    pw: c.pw(),
                })
            }
            CmdOpcode::IODIR => {
                let c = CmdIodir::from_bits(bits);
                match c.func3() {
                    IodirFunc3::DDT => {
                        Some(Command::IodirInvalDdt { device_id: c.dv().then_some(c.did()) })
                    }
                    IodirFunc3::PDT => {
                        Some(Command::IodirInvalPdt { device_id: c.did(), process_id: c.pid() })
                    }
                    _ => None,
                }
            }
            CmdOpcode::ATS => {
                let c = CmdAts::from_bits(bits);
                let target = AtsTarget {
                    rid: c.rid(),
                    segment: c.dsv().then_some(c.dseg()),
                    pasid: c.pv().then_some(c.pid()),
                };
                match c.func3() {
                    AtsFunc3::INVAL => Some(Command::AtsInval {
                        target,
                        payload: AtsInvalPayload::from_bits(c.payload()),
                    }),
                    AtsFunc3::PRGR => {
                        let p = AtsPrgrPayload::from_bits(c.payload());
                        Some(Command::AtsPrgr { target, prgi: p.prgi(), response: p.resp_code() })
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }
}

/// The ATS Invalidation Request body covering `bytes` bytes from `iova` in the device's
/// translation cache (PCIe "Invalidate Request Message", the untranslated address with its
/// size bit, carried in ATS.INVAL's `PAYLOAD`, `iommu_in_memory_queues.adoc` "ATS.INVAL"):
/// one 4 KiB page with `S` = 0; otherwise the smallest naturally aligned power-of-two range
/// that holds them, with `S` = 1 and the range encoded in the address: the address bits
/// from 12 up to the bit below the range's size bit are ones (8 KiB: bit 12 is 0; 16 KiB:
/// bit 12 is 1 and bit 13 is 0; ...; all of them from bit 12 to bit 62 for the whole
/// 2^64-byte space). `G` stays 0: only the PASID the command names (or none) is targeted.
/// Zero bytes are treated as one byte.
pub fn ats_inval_payload(iova: u64, bytes: u64) -> AtsInvalPayload {
    let first = iova >> PAGE_SHIFT;
    let last = iova.saturating_add(bytes.max(1) - 1) >> PAGE_SHIFT;
    if first == last {
        return AtsInvalPayload::default().with_addr(first);
    }
    // Smallest k (in pages, k >= 1) such that first and last share page-number bits >= k.
    let k = u64::BITS - (first ^ last).leading_zeros();
    // The page-number bits below k - 1 are ones, bit k - 1 is zero, higher bits are the base.
    let base = if k >= u64::BITS { 0 } else { (first >> k) << k };
    let ones = (1u64 << (k - 1)) - 1;
    AtsInvalPayload::default().with_s(true).with_addr(base | ones)
}

/// The ATS Invalidation Request body for the whole address space (every translation of the
/// PASID the command names, or of the function without one).
pub fn ats_inval_all() -> AtsInvalPayload {
    ats_inval_payload(0, u64::MAX)
}

fn ats(target: AtsTarget, func3: AtsFunc3) -> Result<CmdAts, Error> {
    let mut c =
        CmdAts::default().with_opcode(CmdOpcode::ATS).with_func3(func3).with_rid(target.rid);
    if let Some(seg) = target.segment {
        c = c.with_dsv(true).with_dseg(seg);
    }
    if let Some(pasid) = target.pasid {
        check(Field::ProcessId, pasid.into(), PROCESS_ID_MAX.into())?;
        c = c.with_pv(true).with_pid(pasid);
    }
    Ok(c)
}

#[cfg(test)]
mod tests {
    //! Bit positions are spot-checked against the command layouts of
    //! `iommu_in_memory_queues.adoc` (the wavedrom diagrams), written out by hand here.
    use super::*;
    use proptest::prelude::*;

    /// The two doublewords of a command, as the spec draws them.
    fn dwords(c: &Command) -> (u64, u64) {
        let b = c.encode().unwrap().to_le_bytes();
        let lo = u64::from_le_bytes(b[..8].try_into().unwrap());
        let hi = u64::from_le_bytes(b[8..].try_into().unwrap());
        (lo, hi)
    }

    #[test]
    fn iotinval_vma_layout() {
        // opcode [6:0] = 1, func3 [9:7] = 0, AV 10, PSCID [31:12], PSCV 32, GV 33,
        // GSCID [59:44]; ADDR[63:12] in dword 1 bits [61:10].
        let c = Command::IotinvalVma {
            gscid: Some(0xbeef),
            pscid: Some(0xa_bcde),
            addr: Some(0x1234_5678_9abc_d123),
        };
        let (lo, hi) = dwords(&c);
        assert_eq!(lo, 1 | (1 << 10) | (0xa_bcde << 12) | (1 << 32) | (1 << 33) | (0xbeef << 44));
        assert_eq!(hi, 0x0001_2345_6789_abcd << 10);
        assert_eq!(dwords(&Command::invalidate_all_translations()), (1, 0));
        assert_eq!(dwords(&Command::invalidate_pscid(7)), (1 | (7 << 12) | (1 << 32), 0));
    }

    #[test]
    fn iotinval_gvma_layout() {
        let (lo, hi) = dwords(&Command::IotinvalGvma { gscid: Some(3), addr: None });
        assert_eq!((lo, hi), (1 | (1 << 7) | (1 << 33) | (3 << 44), 0));
    }

    #[test]
    fn iofence_c_layout() {
        // opcode 2, func3 0, AV 10, WSI 11, PR 12, PW 13, DATA [63:32]; ADDR[63:2] in dword 1.
        let c = Command::IofenceC {
            write: Some(FenceWrite { addr: PhysAddr(0x8000_1234), data: 0xcafe_f00d }),
            wsi: true,
            pr: true,
            pw: false,
        };
        let (lo, hi) = dwords(&c);
        assert_eq!(lo, 2 | (1 << 10) | (1 << 11) | (1 << 12) | (0xcafe_f00d << 32));
        assert_eq!(hi, 0x8000_1234 >> 2);
        let plain = Command::IofenceC { write: None, wsi: false, pr: false, pw: true };
        assert_eq!(dwords(&plain), (2 | (1 << 13), 0));
    }

    #[test]
    fn iofence_address_must_be_word_aligned() {
        let c = Command::IofenceC {
            write: Some(FenceWrite { addr: PhysAddr(0x1002), data: 1 }),
            wsi: false,
            pr: false,
            pw: false,
        };
        assert_eq!(c.encode(), Err(Error::Misaligned { addr: PhysAddr(0x1002), align: 4 }));
    }

    #[test]
    fn iodir_layout() {
        // opcode 3, func3 [9:7] (DDT 0, PDT 1), PID [31:12], DV 33, DID [63:40].
        let ddt = Command::IodirInvalDdt { device_id: Some(0xab_cdef) };
        assert_eq!(dwords(&ddt), (3 | (1 << 33) | (0xab_cdef << 40), 0));
        assert_eq!(dwords(&Command::IodirInvalDdt { device_id: None }), (3, 0));
        let pdt = Command::IodirInvalPdt { device_id: 0x12, process_id: 0xf_ffff };
        assert_eq!(dwords(&pdt), (3 | (1 << 7) | (0xf_ffff << 12) | (1 << 33) | (0x12 << 40), 0));
    }

    #[test]
    fn ats_layout() {
        // opcode 4, func3 (INVAL 0, PRGR 1), PID [31:12], PV 32, DSV 33, RID [55:40],
        // DSEG [63:56]; PRGR payload: PRG index [40:32], response code [47:44].
        let target = AtsTarget { rid: 0x0108, segment: Some(2), pasid: Some(0x42) };
        let prgr = Command::AtsPrgr { target, prgi: 0x1ff, response: PrgResp::FAILURE };
        let (lo, hi) = dwords(&prgr);
        assert_eq!(
            lo,
            4 | (1 << 7) | (0x42 << 12) | (1 << 32) | (1 << 33) | (0x108 << 40) | (2 << 56)
        );
        assert_eq!(hi, (0x1ff << 32) | (0xf << 44));
        let payload = AtsInvalPayload::default().with_g(true).with_addr(0x5_5555);
        let inval =
            Command::AtsInval { target: AtsTarget { rid: 1, segment: None, pasid: None }, payload };
        assert_eq!(dwords(&inval), (4 | (1 << 40), 1 | (0x5_5555 << 12)));
    }

    #[test]
    fn ats_invalidation_ranges_follow_the_pcie_size_encoding() {
        // Dword 1 of ATS.INVAL: S is bit 11, the address bits 63:12 in place.
        let body = |iova, bytes| ats_inval_payload(iova, bytes).to_bits();
        // One page: S = 0, the page address.
        assert_eq!(body(0x1234_5678, 1), 0x1234_5000);
        assert_eq!(body(0x1234_5000, 0x1000), 0x1234_5000);
        // Two pages in one aligned 8 KiB block: S = 1, bit 12 = 0.
        assert_eq!(body(0x4000, 0x2000), 0x4000 | (1 << 11));
        // 0x5000..0x7000 is in the 16 KiB block at 0x4000: bit 12 = 1, bit 13 = 0.
        assert_eq!(body(0x5000, 0x2000), 0x4000 | 0x1000 | (1 << 11));
        // 0x7000..0x9000 crosses 0x8000: the 64 KiB block at 0: bits 12..14 ones, 15 zero.
        assert_eq!(body(0x7000, 0x2000), 0x7000 | (1 << 11));
        // Everything: bits 62:12 ones, bit 63 zero.
        assert_eq!(ats_inval_all().to_bits(), (u64::MAX >> 1) & !0x7ff | (1 << 11));
        assert!(!ats_inval_all().g());
    }

    #[test]
    fn operands_that_do_not_fit_are_refused() {
        let too_wide =
            |field, value: u64, max: u64| Err(Error::ValueOutOfRange { field, value, max });
        assert_eq!(
            Command::invalidate_pscid(1 << 20).encode(),
            too_wide(Field::Pscid, 1 << 20, (1 << 20) - 1)
        );
        assert_eq!(
            Command::IodirInvalDdt { device_id: Some(1 << 24) }.encode(),
            too_wide(Field::DeviceId, 1 << 24, (1 << 24) - 1)
        );
        assert_eq!(
            Command::IodirInvalPdt { device_id: 0, process_id: 1 << 20 }.encode(),
            too_wide(Field::ProcessId, 1 << 20, (1 << 20) - 1)
        );
        let target = AtsTarget { rid: 0, segment: None, pasid: None };
        assert_eq!(
            Command::AtsPrgr { target, prgi: 512, response: PrgResp::SUCCESS }.encode(),
            too_wide(Field::PageRequestGroupIndex, 512, 511)
        );
    }

    #[test]
    fn reserved_opcodes_do_not_decode() {
        assert_eq!(Command::decode(Cmd::default()), None);
        assert_eq!(Command::decode(Cmd::from_bits([5, 0, 0, 0])), None);
        // IOFENCE with func3 = 1 is reserved.
        assert_eq!(Command::decode(Cmd::from_bits([2 | (1 << 7), 0, 0, 0])), None);
    }

    fn any_command() -> impl Strategy<Value = Command> {
        let page = any::<u64>().prop_map(|a| a & !0xfff);
        let pscid = 0u32..(1 << 20);
        let pasid = 0u32..(1 << 20);
        let did = 0u32..(1 << 24);
        let target =
            (any::<u16>(), proptest::option::of(any::<u8>()), proptest::option::of(pasid.clone()))
                .prop_map(|(rid, segment, pasid)| AtsTarget { rid, segment, pasid });
        prop_oneof![
            (
                proptest::option::of(any::<u16>()),
                proptest::option::of(pscid),
                proptest::option::of(page.clone())
            )
                .prop_map(|(gscid, pscid, addr)| Command::IotinvalVma {
                    gscid,
                    pscid,
                    addr
                }),
            (proptest::option::of(any::<u16>()), proptest::option::of(page))
                .prop_map(|(gscid, addr)| Command::IotinvalGvma { gscid, addr }),
            proptest::option::of(did.clone())
                .prop_map(|device_id| Command::IodirInvalDdt { device_id }),
            (did, pasid).prop_map(|(device_id, process_id)| Command::IodirInvalPdt {
                device_id,
                process_id
            }),
            (
                proptest::option::of((any::<u64>(), any::<u32>())),
                any::<bool>(),
                any::<bool>(),
                any::<bool>()
            )
                .prop_map(|(w, wsi, pr, pw)| Command::IofenceC {
                    write: w.map(|(a, data)| FenceWrite { addr: PhysAddr(a & !3), data }),
                    wsi,
                    pr,
                    pw,
                }),
            (target.clone(), any::<u64>()).prop_map(|(target, p)| Command::AtsInval {
                target,
                payload: AtsInvalPayload::from_bits(p & !AtsInvalPayload::RESERVED.to_bits()),
            }),
            (
                target,
                0u16..512,
                prop_oneof![Just(PrgResp::SUCCESS), Just(PrgResp::INVALID), Just(PrgResp::FAILURE)]
            )
                .prop_map(|(target, prgi, response)| Command::AtsPrgr {
                    target,
                    prgi,
                    response
                }),
        ]
    }

    proptest! {
        #[test]
        fn decode_inverts_encode(c in any_command()) {
            let cmd = c.encode().unwrap();
            prop_assert_eq!(Command::decode(cmd), Some(c));
        }

        #[test]
        fn encoded_commands_set_no_reserved_bit(c in any_command()) {
            let bits = c.encode().unwrap().to_bits();
            let reserved = match c {
                Command::IotinvalVma { .. } | Command::IotinvalGvma { .. } => CmdIotinval::RESERVED.to_bits(),
                Command::IofenceC { .. } => CmdIofence::RESERVED.to_bits(),
                Command::IodirInvalDdt { .. } | Command::IodirInvalPdt { .. } => CmdIodir::RESERVED.to_bits(),
                Command::AtsInval { .. } | Command::AtsPrgr { .. } => CmdAts::RESERVED.to_bits(),
            };
            for (b, r) in bits.iter().zip(reserved) {
                prop_assert_eq!(b & r, 0);
            }
        }
    }
}
