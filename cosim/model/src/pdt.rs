//! Locating the process context (GET_PC) and the process-context configuration checks
//! (PC_MISCONFIG), in iommu_data_structures.adoc.
//!
//! GET_PC step 2 reads `a + PDI[2] x 8` for every non-leaf level; the entry of level `i` is
//! indexed by `PDI[i]` (the radix tree figure and PDTP_MODE_ENC say so), which the model does.

use driver::regs::iommu_mem::{
    FaultCause, Pdte, PdtpMode, ProcessContext, PAGE_SHIFT, PDI0_BITS, PDI1_BITS, PDI1_SHIFT,
    PDI2_BITS, PDI2_SHIFT, PDTE_BYTES, PROCESS_CONTEXT_BYTES,
};
use driver::regs::iommu_regs::Capabilities;

use crate::ddt::first_stage_mode_ok;
use crate::ioatc::Recorded;
use crate::mem::PhysMem;
use crate::walk::{push_unique, Start, Walker};

/// Number of PDT levels of a pdtp.MODE (None for Bare and unsupported encodings).
pub(crate) fn pdt_levels(mode: PdtpMode) -> Option<u32> {
    match mode {
        PdtpMode::PD8 => Some(1),
        PdtpMode::PD17 => Some(2),
        PdtpMode::PD20 => Some(3),
        _ => None,
    }
}

/// Position and width of `PDI[level]` in process_id.
const fn pdi_field(level: u32) -> (u32, u32) {
    match level {
        0 => (0, PDI0_BITS),
        1 => (PDI1_SHIFT, PDI1_BITS),
        _ => (PDI2_SHIFT, PDI2_BITS),
    }
}

/// `PDI[level]` of `pid`.
const fn pdi(pid: u32, level: u32) -> u64 {
    let (shift, bits) = pdi_field(level);
    ((pid >> shift) & ((1 << bits) - 1)) as u64
}

/// True when `pid` is wider than a PDT of `levels` levels supports (PD8: bits 19:8 must be 0,
/// PD17: bits 19:17, PD20: nothing above the 20-bit process_id).
pub(crate) fn pid_too_wide(pid: u32, levels: u32) -> bool {
    let (shift, bits) = pdi_field(levels - 1);
    u64::from(pid) >> (shift + bits) != 0
}

/// Whether a process context (V = 1) is misconfigured (PC_MISCONFIG).
pub(crate) fn pc_misconfigured(pc: &ProcessContext, sxl: bool, caps: Capabilities) -> bool {
    let mut reserved = false;
    for (w, r) in pc.0.iter().zip(ProcessContext::RESERVED.0) {
        reserved |= w & r != 0;
    }
    reserved || !first_stage_mode_ok(pc.fsc().mode().0, sxl, caps)
}

impl<M: PhysMem + ?Sized> Walker<'_, M> {
    /// GET_PC for `pid` of device `did`, in a PDT of `levels` levels rooted at `root_ppn`:
    /// every permitted outcome, a process context with V = 1 (not yet checked for
    /// misconfiguration) or the cause that stopped the walk (265, 266, 267).
    pub fn process_contexts(
        &mut self,
        root_ppn: u64,
        levels: u32,
        did: u32,
        pid: u32,
    ) -> Vec<Result<ProcessContext, FaultCause>> {
        let mut out = Vec::new();
        let recorded = self.history.pcs(did, pid).to_vec();
        let (hits, done) = self.cached_leaves(&recorded);
        for pc in hits {
            push_unique(&mut out, Ok(pc));
        }
        if done {
            return out;
        }
        let cached: Vec<(u32, Vec<Recorded<Pdte>>)> = (1..levels)
            .map(|l| (l, self.history.pdtes(did, l, pid >> pdi_field(l).0).to_vec()))
            .collect();
        let per_level: Vec<(u32, &[Recorded<Pdte>])> =
            cached.iter().map(|(l, v)| (*l, v.as_slice())).collect();
        for start in self.starts(&per_level) {
            let r = self.pdt_walk_from(root_ppn, levels, did, pid, start);
            push_unique(&mut out, r);
        }
        out
    }

    fn pdt_walk_from(
        &mut self,
        root_ppn: u64,
        levels: u32,
        did: u32,
        pid: u32,
        start: Start<Pdte>,
    ) -> Result<ProcessContext, FaultCause> {
        let (mut i, mut a) = match start {
            Start::Root => (levels - 1, root_ppn << PAGE_SHIFT),
            Start::Cached(l, e) => {
                if e.0 & Pdte::RESERVED.0 != 0 {
                    return Err(FaultCause::PDT_MISCONFIGURED);
                }
                (l - 1, e.ppn() << PAGE_SHIFT)
            }
        };
        while i > 0 {
            let bytes = self.read(a + pdi(pid, i) * PDTE_BYTES as u64);
            let e = Pdte::from_le_bytes(bytes.ok_or(FaultCause::PDT_LOAD_FAULT)?);
            if !e.v() {
                return Err(FaultCause::PDT_INVALID);
            }
            if self.records() {
                self.history.record_pdte(did, i, pid >> pdi_field(i).0, e);
            }
            if e.0 & Pdte::RESERVED.0 != 0 {
                return Err(FaultCause::PDT_MISCONFIGURED);
            }
            i -= 1;
            a = e.ppn() << PAGE_SHIFT;
        }
        let bytes = self.read(a + pdi(pid, 0) * PROCESS_CONTEXT_BYTES as u64);
        let pc = ProcessContext::from_le_bytes(bytes.ok_or(FaultCause::PDT_LOAD_FAULT)?);
        if !pc.ta().v() {
            return Err(FaultCause::PDT_INVALID);
        }
        if self.records() {
            self.history.record_pc(did, pid, pc);
        }
        Ok(pc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use driver::regs::iommu_mem::{IosatpMode, PcFsc, PcTa};

    #[test]
    fn process_id_width_per_mode() {
        // PDTP_MODE_ENC: PD8 bits 19:8 must be 0, PD17 bits 19:17 must be 0.
        assert!(!pid_too_wide(0xff, 1) && pid_too_wide(0x100, 1));
        assert!(!pid_too_wide(0x1_ffff, 2) && pid_too_wide(0x2_0000, 2));
        assert!(!pid_too_wide(0xf_ffff, 3) && pid_too_wide(0x10_0000, 3));
        // process_id partitioning: PDI[0] = 7:0, PDI[1] = 16:8, PDI[2] = 19:17.
        assert_eq!((pdi(0xabcde, 0), pdi(0xabcde, 1), pdi(0xabcde, 2)), (0xde, 0xbc, 0x5));
    }

    #[test]
    fn misconfiguration_rules() {
        let caps = Capabilities::RESET;
        let ok = ProcessContext::default()
            .with_ta(PcTa::default().with_v(true).with_pscid(5))
            .with_fsc(PcFsc::default().with_mode(IosatpMode::SV48));
        assert!(!pc_misconfigured(&ok, false, caps));
        // Bare is a valid first stage for a process.
        let bare = ok.with_fsc(PcFsc::default());
        assert!(!pc_misconfigured(&bare, false, caps));
        for m in [1u8, 10, 11, 14] {
            let pc = ok.with_fsc(PcFsc::default().with_mode(IosatpMode(m)));
            assert!(pc_misconfigured(&pc, false, caps), "mode {m}");
        }
        // ta bits 11:3 and 63:32, fsc bits 59:44 reserved.
        for bit in [3, 11, 32, 63] {
            let pc = ok.with_ta(PcTa(ok.ta().0 | 1 << bit));
            assert!(pc_misconfigured(&pc, false, caps), "ta bit {bit}");
        }
        let pc = ok.with_fsc(PcFsc(ok.fsc().0 | 1 << 50));
        assert!(pc_misconfigured(&pc, false, caps));
    }
}
