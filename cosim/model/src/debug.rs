//! The debug translation-request interface (iommu_debug.adoc; TRR_IOVA, TRR_CTRL, TRR_RSP in
//! iommu_registers.adoc): a write of `tr_req_ctl.go_busy` = 1 translates `tr_req_iova` as an
//! Untranslated request, through the same caches and fault reporting as any request.

use driver::regs::iommu_mem::PAGE_SHIFT;
use driver::regs::iommu_regs::{TrReqCtl, TrReqIova, TrResponse};

use crate::mem::PhysMem;
use crate::model::State;
use crate::request::{DeviceRequest, RequestKind, Response};

/// The request a debug translation makes from `tr_req_iova` and `tr_req_ctl`: `Priv` only
/// with `PV`; `Exe` = 1 asks for execute (TTYP UADDR_INST_FETCH; the spec requires NW = 1
/// then and leaves Exe = 1 with NW = 0 UNSPECIFIED: execute wins); `NW` = 0 asks for read
/// and write (a write for the permission check, TTYP UADDR_WR).
pub(crate) fn debug_request(iova: TrReqIova, ctl: TrReqCtl) -> DeviceRequest {
    DeviceRequest {
        device_id: ctl.did(),
        process_id: ctl.pv().then(|| ctl.pid()),
        privileged: ctl.r#priv() && ctl.pv(),
        kind: RequestKind::Untranslated,
        iova: iova.vpn() << PAGE_SHIFT,
        write: !ctl.nw() && !ctl.exe(),
        execute: ctl.exe(),
    }
}

/// The `tr_response` for an answer: `fault`, or the PPN with the size encoded (S = 1 for a
/// range larger than 4 KiB: PPN bits below bit X are 1 and bit X is 0, for a range of
/// 2^(X+1) x 4 KiB).
pub(crate) fn tr_response(r: &Response) -> TrResponse {
    match r {
        Response::Allowed(t) if u32::from(t.size_log2) > PAGE_SHIFT => {
            let x = u32::from(t.size_log2) - PAGE_SHIFT - 1;
            let ppn = (t.ppn & !((1u64 << (x + 1)) - 1)) | ((1u64 << x) - 1);
            TrResponse::default().with_s(true).with_ppn(ppn)
        }
        Response::Allowed(t) => TrResponse::default().with_ppn(t.ppn),
        _ => TrResponse::default().with_fault(true),
    }
}

impl State {
    /// Run the debug translation now; its response is published when `go_busy` clears.
    pub(crate) fn debug_translate<M: PhysMem + ?Sized>(&mut self, mem: &M) {
        let req = debug_request(self.regs.get::<TrReqIova>(), self.regs.get::<TrReqCtl>());
        let response = self.translate(mem, &req);
        self.debug_result = Some(tr_response(&response));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::Translation;

    fn allowed(ppn: u64, size_log2: u8) -> Response {
        Response::Allowed(Translation {
            ppn,
            size_log2,
            r: true,
            w: true,
            x: false,
            u: false,
            g: false,
        })
    }

    #[test]
    fn size_encoding_of_the_spec_examples() {
        // TRR_RSP: 4 KiB S=0; 64 KiB yyyy0111; 2 MiB yyy0_1111_1111; 4 MiB yy01_1111_1111.
        let r = tr_response(&allowed(0x12345, 12));
        assert!(!r.s() && r.ppn() == 0x12345 && !r.fault());
        let r = tr_response(&allowed(0x12345, 16));
        assert!(r.s());
        assert_eq!(r.ppn() & 0xf, 0b0111);
        assert_eq!(r.ppn() >> 4, 0x1234);
        let r = tr_response(&allowed(0x12345, 21));
        assert_eq!(r.ppn() & 0x1ff, 0x0ff);
        assert_eq!(r.ppn() >> 9, 0x12345 >> 9);
        let r = tr_response(&allowed(0x1_0000_0000, 39));
        assert_eq!(r.ppn() & ((1 << 27) - 1), (1 << 26) - 1);
        // Bit positions in the register: fault 0, S 9, PPN 53:10.
        assert_eq!(tr_response(&allowed(1, 12)).0, 1 << 10);
        assert_eq!(tr_response(&allowed(0, 16)).0 & (1 << 9), 1 << 9);
    }

    #[test]
    fn request_from_the_control_register() {
        let iova = TrReqIova::default().with_vpn(0xabc);
        let ctl = TrReqCtl::default().with_did(7).with_pid(3).with_priv(true).with_nw(true);
        let r = debug_request(iova, ctl);
        assert_eq!(
            (r.iova, r.process_id, r.is_privileged(), r.write),
            (0xabc000, None, false, false)
        );
        let r = debug_request(iova, ctl.with_pv(true).with_nw(false));
        assert_eq!((r.process_id, r.is_privileged(), r.write), (Some(3), true, true));
        let r = debug_request(iova, ctl.with_exe(true));
        assert!(r.execute && !r.write);
    }
}
