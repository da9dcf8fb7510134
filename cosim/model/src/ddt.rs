//! Locating the device context (GET_DC) and the device-context configuration checks
//! (DC_MISCONFIG), in iommu_data_structures.adoc.

use driver::regmeta::Access as FieldAccess;
use driver::regs::iommu_mem::{
    Ddte, DeviceContext, FaultCause, IohgatpMode, IosatpMode, PdtpMode, DDI0_BITS, DDI1_BITS,
    DDI1_SHIFT, DDI2_BITS, DDI2_SHIFT, DDTE_BYTES, DEVICE_CONTEXT_BYTES, DEVICE_ID_BITS,
    G_ROOT_EXTRA_BITS, PAGE_SHIFT,
};
use driver::regs::iommu_regs::{Capabilities, Ddtp, Fctl, IommuMode, REGISTERS};

use crate::ioatc::Recorded;
use crate::mem::PhysMem;
use crate::walk::{push_unique, Start, Walker};

/// Number of DDT levels of a DDT mode (None for Off, Bare and unknown encodings).
pub(crate) fn ddt_levels(mode: IommuMode) -> Option<u32> {
    match mode {
        IommuMode::LVL1 => Some(1),
        IommuMode::LVL2 => Some(2),
        IommuMode::LVL3 => Some(3),
        _ => None,
    }
}

/// Position and width of `DDI[level]` in device_id (base format, capabilities.MSI_FLAT = 0).
const fn ddi_field(level: u32) -> (u32, u32) {
    match level {
        0 => (0, DDI0_BITS),
        1 => (DDI1_SHIFT, DDI1_BITS),
        _ => (DDI2_SHIFT, DDI2_BITS),
    }
}

/// `DDI[level]` of `did`.
const fn ddi(did: u32, level: u32) -> u64 {
    let (shift, bits) = ddi_field(level);
    ((did >> shift) & ((1 << bits) - 1)) as u64
}

/// True when `did` is wider than a DDT of `levels` levels indexes (P2IOVA step 5: 2LVL with
/// `DDI[2] != 0`, 1LVL with `DDI[2]` or `DDI[1] != 0`; any mode with bits above the 24-bit
/// device_id).
pub(crate) fn did_too_wide(did: u32, levels: u32) -> bool {
    let width = match levels {
        1 => DDI1_SHIFT,
        2 => DDI2_SHIFT,
        _ => DEVICE_ID_BITS,
    };
    u64::from(did) >> width != 0
}

/// True when a field of `fctl` can be written by software (its access tag is not a constant).
fn fctl_field_writable(name: &str) -> bool {
    REGISTERS
        .iter()
        .find(|r| r.offset == Fctl::OFFSET)
        .and_then(|r| r.field(name))
        .is_some_and(|f| matches!(f.access, FieldAccess::Rw | FieldAccess::Warl))
}

/// A first-stage scheme (iosatp.MODE, PC.fsc.MODE) that is a valid encoding and supported,
/// per IOSATP_MODE_ENC-0/1 and the capabilities (DC_MISCONFIG / PC_MISCONFIG).
pub(crate) fn first_stage_mode_ok(mode: u8, sxl: bool, caps: Capabilities) -> bool {
    let m = IosatpMode(mode);
    if m == IosatpMode::BARE {
        return true;
    }
    if sxl {
        // IOSATP_MODE_ENC-1: 8 is Sv32 when SXL = 1 (the value Sv39 has when SXL = 0).
        m.0 == IosatpMode::SV39.0 && caps.sv32()
    } else {
        (m == IosatpMode::SV39 && caps.sv39())
            || (m == IosatpMode::SV48 && caps.sv48())
            || (m == IosatpMode::SV57 && caps.sv57())
    }
}

/// Whether a device context (V = 1) is misconfigured: every DC_MISCONFIG rule that applies to
/// a base-format DC, against the capabilities and `fctl`.
pub(crate) fn dc_misconfigured(dc: &DeviceContext, caps: Capabilities, fctl: Fctl) -> bool {
    let tc = dc.tc();
    let gatp = dc.iohgatp();
    let fsc = dc.fsc();
    let mut reserved = false;
    for (w, r) in dc.0.iter().zip(DeviceContext::RESERVED.0) {
        reserved |= w & r != 0;
    }
    let gmode = gatp.mode();
    let gmode_ok = if fctl.gxl() {
        // IOHGATP_MODE_ENC-1: 8 is Sv32x4 when GXL = 1.
        gmode == IohgatpMode::BARE || (gmode.0 == IohgatpMode::SV39X4.0 && caps.sv32x4())
    } else {
        gmode == IohgatpMode::BARE
            || (gmode == IohgatpMode::SV39X4 && caps.sv39x4())
            || (gmode == IohgatpMode::SV48X4 && caps.sv48x4())
            || (gmode == IohgatpMode::SV57X4 && caps.sv57x4())
    };
    // The root of a second-stage table is 16 KiB: iohgatp.PPN[1:0] = 0.
    let root_16k_mask = (1u64 << G_ROOT_EXTRA_BITS) - 1;
    let pdt_mode_ok = match PdtpMode(fsc.mode()) {
        PdtpMode::BARE => true,
        PdtpMode::PD8 => caps.pd8(),
        PdtpMode::PD17 => caps.pd17(),
        PdtpMode::PD20 => caps.pd20(),
        _ => false, // 4..13 reserved, 14..15 custom: not supported here
    };
    // SXL: must be 1 when fctl.GXL = 1; must be 0 when GXL is 0 and not writable.
    let sxl_ok = if fctl.gxl() { tc.sxl() } else { fctl_field_writable("gxl") || !tc.sxl() };
    // SBE: must equal fctl.BE when BE is not writable (and when capabilities.END = 0).
    let sbe_ok = (caps.endian() && fctl_field_writable("be")) || tc.sbe() == fctl.be();

    reserved
        || (!caps.ats() && (tc.en_ats() || tc.en_pri() || tc.prpr()))
        || (!tc.en_ats() && tc.t2gpa())
        || (!tc.en_ats() && tc.en_pri())
        || (!tc.en_pri() && tc.prpr())
        || (!caps.t2gpa() && tc.t2gpa())
        || (tc.t2gpa() && gmode == IohgatpMode::BARE)
        || (tc.pdtv() && !pdt_mode_ok)
        || (!tc.pdtv() && !first_stage_mode_ok(fsc.mode(), tc.sxl(), caps))
        || (!tc.pdtv() && tc.dpe())
        || !gmode_ok
        || (gmode != IohgatpMode::BARE && gatp.ppn() & root_16k_mask != 0)
        || (!caps.amo_hwad() && (tc.sade() || tc.gade()))
        || !sxl_ok
        || !sbe_ok
}

impl<M: PhysMem + ?Sized> Walker<'_, M> {
    /// GET_DC for `did` in a DDT of `levels` levels rooted at `ddtp.PPN`: every permitted
    /// outcome, a device context with V = 1 (not yet checked for misconfiguration) or the
    /// cause that stopped the walk (257, 258, 259).
    pub fn device_contexts(
        &mut self,
        ddtp: Ddtp,
        levels: u32,
        did: u32,
    ) -> Vec<Result<DeviceContext, FaultCause>> {
        let mut out = Vec::new();
        let recorded = self.history.dcs(did).to_vec();
        let (hits, done) = self.cached_leaves(&recorded);
        for dc in hits {
            push_unique(&mut out, Ok(dc));
        }
        if done {
            return out;
        }
        let cached: Vec<(u32, Vec<Recorded<Ddte>>)> = (1..levels)
            .map(|l| (l, self.history.ddtes(l, did >> ddi_field(l).0).to_vec()))
            .collect();
        let per_level: Vec<(u32, &[Recorded<Ddte>])> =
            cached.iter().map(|(l, v)| (*l, v.as_slice())).collect();
        for start in self.starts(&per_level) {
            let r = self.ddt_walk_from(ddtp, levels, did, start);
            push_unique(&mut out, r);
        }
        out
    }

    fn ddt_walk_from(
        &mut self,
        ddtp: Ddtp,
        levels: u32,
        did: u32,
        start: Start<Ddte>,
    ) -> Result<DeviceContext, FaultCause> {
        let (mut i, mut a) = match start {
            Start::Root => (levels - 1, ddtp.ppn() << PAGE_SHIFT),
            Start::Cached(l, e) => {
                if e.0 & Ddte::RESERVED.0 != 0 {
                    return Err(FaultCause::DDT_MISCONFIGURED);
                }
                (l - 1, e.ppn() << PAGE_SHIFT)
            }
        };
        while i > 0 {
            let bytes = self.read(a + ddi(did, i) * DDTE_BYTES as u64);
            let e = Ddte::from_le_bytes(bytes.ok_or(FaultCause::DDT_LOAD_FAULT)?);
            if !e.v() {
                return Err(FaultCause::DDT_INVALID);
            }
            if self.records() {
                self.history.record_ddte(i, did >> ddi_field(i).0, e);
            }
            if e.0 & Ddte::RESERVED.0 != 0 {
                return Err(FaultCause::DDT_MISCONFIGURED);
            }
            i -= 1;
            a = e.ppn() << PAGE_SHIFT;
        }
        let bytes = self.read(a + ddi(did, 0) * DEVICE_CONTEXT_BYTES as u64);
        let dc = DeviceContext::from_le_bytes(bytes.ok_or(FaultCause::DDT_LOAD_FAULT)?);
        if !dc.tc().v() {
            return Err(FaultCause::DDT_INVALID);
        }
        if self.records() {
            self.history.record_dc(did, dc);
        }
        Ok(dc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use driver::regs::iommu_mem::{DcFsc, DcIohgatp, DcTa, DcTc};

    fn valid() -> DeviceContext {
        DeviceContext::default()
            .with_tc(DcTc::default().with_v(true))
            .with_fsc(DcFsc::default().with_mode(IosatpMode::SV39.0))
    }

    fn bad(dc: DeviceContext) -> bool {
        dc_misconfigured(&dc, Capabilities::RESET, Fctl::RESET)
    }

    #[test]
    fn device_id_width_per_mode() {
        // base format: DDI[0] = did[6:0], DDI[1] = did[15:7], DDI[2] = did[23:16].
        assert!(!did_too_wide(0x7f, 1) && did_too_wide(0x80, 1));
        assert!(!did_too_wide(0xffff, 2) && did_too_wide(0x1_0000, 2));
        assert!(!did_too_wide(0xff_ffff, 3) && did_too_wide(0x100_0000, 3));
        assert_eq!((ddi(0xabcdef, 0), ddi(0xabcdef, 1), ddi(0xabcdef, 2)), (0x6f, 0x19b, 0xab));
    }

    #[test]
    fn misconfiguration_rules() {
        assert!(!bad(valid()));
        let tc = valid().tc();
        // Reserved tc bits 23:12, custom 31:24, 63:32.
        for bit in [12, 23, 24, 31, 32, 63] {
            assert!(bad(valid().with_tc(DcTc(tc.0 | 1 << bit))), "tc bit {bit}");
        }
        // EN_PRI without EN_ATS, PRPR without EN_PRI, T2GPA (no capability, and Bare iohgatp).
        assert!(bad(valid().with_tc(tc.with_en_pri(true))));
        assert!(!bad(valid().with_tc(tc.with_en_pri(true).with_en_ats(true))));
        assert!(bad(valid().with_tc(tc.with_en_ats(true).with_prpr(true))));
        assert!(bad(valid().with_tc(tc.with_en_ats(true).with_t2gpa(true))));
        // SADE/GADE without AMO_HWAD, SBE != fctl.BE, SXL with GXL = 0 read-only.
        assert!(bad(valid().with_tc(tc.with_sade(true))));
        assert!(bad(valid().with_tc(tc.with_gade(true))));
        assert!(bad(valid().with_tc(tc.with_sbe(true))));
        assert!(bad(valid().with_tc(tc.with_sxl(true))));
        // DPE with PDTV = 0.
        assert!(bad(valid().with_tc(tc.with_dpe(true))));
        // iosatp modes: Sv57 unsupported, reserved encodings.
        for m in [1u8, 7, 10, 11, 13, 14, 15] {
            assert!(bad(valid().with_fsc(DcFsc::default().with_mode(m))), "iosatp {m}");
        }
        assert!(!bad(valid().with_fsc(DcFsc::default().with_mode(IosatpMode::SV48.0))));
        assert!(!bad(valid().with_fsc(DcFsc::default())));
        // pdtp modes with PDTV = 1.
        let pdtv = valid().with_tc(tc.with_pdtv(true).with_dpe(true));
        for (m, ok) in [(0u8, true), (1, true), (2, true), (3, true), (4, false), (14, false)] {
            assert_eq!(bad(pdtv.with_fsc(DcFsc::default().with_mode(m))), !ok, "pdtp {m}");
        }
        // No G-stage: every iohgatp mode but Bare.
        for m in [1u8, 8, 9, 10, 15] {
            assert!(bad(valid().with_iohgatp(DcIohgatp::default().with_mode(IohgatpMode(m)))));
        }
        // iohgatp PPN/GSCID are ignored with Bare.
        assert!(!bad(valid().with_iohgatp(DcIohgatp::default().with_ppn(3).with_gscid(9))));
        // ta: reserved bits 11:0 and 63:32 (RCID/MCID without QOSID).
        assert!(bad(valid().with_ta(DcTa(1))));
        assert!(bad(valid().with_ta(DcTa(1 << 40))));
        // fsc bits 59:44 reserved.
        assert!(bad(valid().with_fsc(DcFsc(valid().fsc().0 | 1 << 44))));
    }

    #[test]
    fn fctl_writability_comes_from_the_register_map() {
        // This implementation fixes fctl (BE = 0, WSI = 1, GXL = 0): nothing is writable.
        assert!(!fctl_field_writable("be"));
        assert!(!fctl_field_writable("gxl"));
    }
}
