//! The debug translation interface (`iommu_debug.adoc`; registers `tr_req_iova`,
//! `tr_req_ctl`, `tr_response`): ask the IOMMU to translate one IOVA as an untranslated
//! request would be, without a device.

use super::command::{DEVICE_ID_MAX, PROCESS_ID_MAX};
use super::error::{Error, Field, Wait};
use super::hw::Hw;
use crate::dma::{DmaMemory, PhysAddr};
use crate::mmio::Mmio;
use crate::regs::iommu_mem::PAGE_SHIFT;
use crate::regs::iommu_regs::{TrReqCtl, TrReqIova, TrResponse};

/// The access a debug translation asks permission for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DebugAccess {
    /// Read (`NW` = 1).
    Read,
    /// Read and write (`NW` = 0).
    Write,
    /// Read for execute (`Exe` = 1, `NW` = 1).
    Execute,
}

/// One debug translation request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TranslationRequest {
    /// `DID`.
    pub device_id: u32,
    /// `PV`/`PID`.
    pub pasid: Option<u32>,
    /// `Priv`: supervisor privilege (the IOMMU ignores it without a PASID).
    pub privileged: bool,
    /// Permissions requested.
    pub access: DebugAccess,
    /// The IOVA (its page is translated).
    pub iova: u64,
}

/// What the IOMMU answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TranslationResult {
    /// The translation faulted (`tr_response.fault`); the fault queue may hold the record.
    Fault,
    /// The IOVA's page maps to `base`, a naturally aligned range of `size` bytes (4 KiB
    /// unless `tr_response.S` encodes a superpage).
    Translated {
        /// Physical address of the start of the range.
        base: PhysAddr,
        /// Size of the range in bytes (a power of two, at least 4 KiB).
        size: u64,
    },
}

impl TranslationResult {
    /// The physical address `iova` translates to, if it did.
    pub fn address_of(&self, iova: u64) -> Option<PhysAddr> {
        match *self {
            TranslationResult::Fault => None,
            TranslationResult::Translated { base, size } => {
                Some(base.add(iova & size.wrapping_sub(1)))
            }
        }
    }
}

/// Decode a `tr_response` value (TRR_RSP): with `S` = 1 the position `X` of the lowest 0 in
/// the PPN gives a range of 2^(X+1) pages, and the bits below `X` + 1 are not address bits.
pub fn decode_response(r: TrResponse) -> Result<TranslationResult, Error> {
    if r.fault() {
        return Ok(TranslationResult::Fault);
    }
    let ppn = r.ppn();
    if !r.s() {
        return Ok(TranslationResult::Translated {
            base: PhysAddr::from_ppn(ppn),
            size: 1 << PAGE_SHIFT,
        });
    }
    let x = ppn.trailing_ones();
    let ppn_bits = TrResponse(u64::MAX).ppn().count_ones();
    if x >= ppn_bits {
        return Err(Error::MalformedTranslationResponse { response: r.to_bits() });
    }
    let pages = 1u64 << (x + 1);
    Ok(TranslationResult::Translated {
        base: PhysAddr::from_ppn(ppn & !(pages - 1)),
        size: pages << PAGE_SHIFT,
    })
}

/// Run one translation: wait for `Go/Busy` = 0, write `tr_req_iova`, then `tr_req_ctl`
/// with `Go/Busy` = 1, poll until the IOMMU clears it, decode `tr_response`.
pub(crate) fn translate<M: Mmio, D: DmaMemory>(
    hw: &Hw<'_, M, D>,
    req: &TranslationRequest,
) -> Result<TranslationResult, Error> {
    if req.device_id > DEVICE_ID_MAX {
        let (value, max) = (req.device_id.into(), DEVICE_ID_MAX.into());
        return Err(Error::ValueOutOfRange { field: Field::DeviceId, value, max });
    }
    if let Some(p) = req.pasid.filter(|&p| p > PROCESS_ID_MAX) {
        let (value, max) = (p.into(), PROCESS_ID_MAX.into());
        return Err(Error::ValueOutOfRange { field: Field::ProcessId, value, max });
    }
    let ctl = || hw.regs.tr_req_ctl().read();
    hw.poll(Wait::DebugIdle, ctl, |c| !c.go_busy())?;
    hw.regs.tr_req_iova().write(TrReqIova::default().with_vpn(req.iova >> PAGE_SHIFT));
    let (exe, nw) = match req.access {
        DebugAccess::Read => (false, true),
        DebugAccess::Write => (false, false),
        DebugAccess::Execute => (true, true),
    };
    let request = TrReqCtl::default()
        .with_go_busy(true)
        .with_priv(req.privileged)
        .with_exe(exe)
        .with_nw(nw)
        .with_pv(req.pasid.is_some())
        .with_pid(req.pasid.unwrap_or(0))
        .with_did(req.device_id);
    hw.regs.tr_req_ctl().write(request);
    hw.poll(Wait::DebugTranslation, ctl, |c| !c.go_busy())?;
    decode_response(hw.regs.tr_response().read())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(ppn: u64, s: bool) -> TrResponse {
        TrResponse::default().with_ppn(ppn).with_s(s)
    }

    #[test]
    fn superpage_sizes_follow_the_s_encoding() {
        // The examples of the TRR_RSP table: ...0111 is 64 KiB, ...0_1111_1111 is 2 MiB,
        // ...01_1111_1111 is 4 MiB.
        let t = |ppn, s| decode_response(response(ppn, s)).unwrap();
        assert_eq!(
            t(0xabcde, false),
            TranslationResult::Translated { base: PhysAddr(0xabcde000), size: 4096 }
        );
        assert_eq!(
            t(0xabc07, true),
            TranslationResult::Translated { base: PhysAddr(0xabc00000), size: 64 << 10 }
        );
        assert_eq!(
            t(0x400ff, true),
            TranslationResult::Translated { base: PhysAddr(0x4000_0000), size: 2 << 20 }
        );
        assert_eq!(
            t(0x401ff, true),
            TranslationResult::Translated { base: PhysAddr(0x4000_0000), size: 4 << 20 }
        );
        // X = 0: an 8 KiB range.
        assert_eq!(
            t(0x2, true),
            TranslationResult::Translated { base: PhysAddr(0x2000), size: 8 << 10 }
        );
        let r = t(0x400ff, true);
        assert_eq!(r.address_of(0x1234_5678), Some(PhysAddr(0x4014_5678)));
    }

    #[test]
    fn all_ones_encodes_no_size() {
        let r = response(TrResponse(u64::MAX).ppn(), true);
        assert_eq!(
            decode_response(r),
            Err(Error::MalformedTranslationResponse { response: r.to_bits() })
        );
    }

    #[test]
    fn a_fault_is_a_fault_whatever_the_other_bits_say() {
        let r = response(0x123, true).with_fault(true);
        assert_eq!(decode_response(r), Ok(TranslationResult::Fault));
        assert_eq!(TranslationResult::Fault.address_of(5), None);
    }
}
