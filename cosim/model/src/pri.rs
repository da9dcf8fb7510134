//! PCIe page requests: "PCIe ATS Page Request handling" (ATS_PRI, iommu_data_structures.adoc)
//! and the page-request queue ("Page-Request-Queue (PQ)", iommu_in_memory_queues.adoc;
//! `pqcsr` and `ipsr.pip` in iommu_registers.adoc).
//!
//! A Page Request or Stop Marker message arrives as the page-request record the root port
//! builds from it ([`PageRequest`]: requester ID, PASID prefix, message DW2..DW3). The IOMMU
//! first asks its translation port to locate the device context
//! ([`DeviceRequest::page_request`], answered like every request, fault record included),
//! then queues the record, or, when it cannot, answers a Last request itself with an
//! automatic Page Request Group Response ([`automatic_response`]) and drops everything else.

use driver::regs::iommu_mem::{
    AtsFunc3, AtsPrgrPayload, CmdAts, CmdOpcode, FaultCause, PageRequest, PrPayload, PrgResp,
    PAGE_REQUEST_BYTES, PAGE_SHIFT,
};
use driver::regs::iommu_regs::{Ipsr, Pqb, Pqcsr, Pqh, Pqt, QueueIndex};

use crate::commands::AtsMessage;
use crate::faults::queue_entries;
use crate::mem::{read_bytes, PhysMem};
use crate::model::State;
use crate::request::{DeviceRequest, Response};

/// What the IOMMU did with one Page Request / Stop Marker message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageRequestOutcome {
    /// A record went to the page-request queue (`pqt` advanced).
    Queued,
    /// Silently dropped: the message could not be queued and needs no response (Last = 0,
    /// or a Stop Marker).
    Discarded,
    /// The IOMMU answered the group itself with this ATS.PRGR-format message (also sent as
    /// an [`AtsMessage::PageRequestGroupResponse`], which a device cannot tell from one
    /// software sent).
    Responded(CmdAts),
}

/// True for a Stop Marker: L = 1 with R = W = 0 (PQ section; the generated `pr_payload_t`
/// says the same whether or not the message has a PASID).
pub fn is_stop_marker(p: PrPayload) -> bool {
    p.l() && !p.r() && !p.w()
}

/// The record the IOMMU writes for `msg` (PQ section): DID, PV and PID, PRIV and EXEC only
/// with a PASID, the payload as received, every other field (and PID without PV) 0.
pub fn queue_record(msg: &PageRequest) -> PageRequest {
    let pv = msg.pv();
    PageRequest::default()
        .with_did(msg.did())
        .with_pv(pv)
        .with_pid(if pv { msg.pid() } else { 0 })
        .with_priv(pv && msg.r#priv())
        .with_exec(pv && msg.exec())
        .with_payload(msg.payload())
}

/// The Page Request Group Response the IOMMU generates itself for `msg` with `code`, or
/// `None` when the message needs none (Last = 0, or a Stop Marker: ATS_PRI). The message
/// goes to the requester (RID = `DID[15:0]`, no destination segment) and carries the PASID of
/// the request when it had one and either the code is Response Failure or `prpr` (the
/// context's PRPR, taken as 0 when no valid context was located).
pub fn automatic_response(msg: &PageRequest, code: PrgResp, prpr: bool) -> Option<CmdAts> {
    let p = msg.payload();
    if !p.l() || is_stop_marker(p) {
        return None;
    }
    let pasid = msg.pv() && (code == PrgResp::FAILURE || prpr);
    let body = AtsPrgrPayload::default().with_prgi(p.prgi()).with_resp_code(code);
    Some(
        CmdAts::default()
            .with_opcode(CmdOpcode::ATS)
            .with_func3(AtsFunc3::PRGR)
            .with_rid(msg.did() as u16)
            .with_pv(pasid)
            .with_pid(if pasid { msg.pid() } else { 0 })
            .with_payload(body.0),
    )
}

/// The response code ATS_PRI gives a message the device-context lookup refused: Invalid
/// Request for "Transaction type disallowed" (260: Bare mode, `EN_PRI` or `EN_ATS` 0,
/// device_id too wide), Response Failure for the rest (256 Off, 257 DDT load fault, 258
/// not valid, 259 misconfigured).
pub fn refusal_code(cause: FaultCause) -> PrgResp {
    if cause == FaultCause::TTYP_DISALLOWED {
        PrgResp::INVALID
    } else {
        PrgResp::FAILURE
    }
}

impl State {
    /// ATS_PRI for `msg`: the device-context lookup on the translation port, then the queue.
    pub(crate) fn page_request<M: PhysMem + ?Sized>(
        &mut self,
        mem: &M,
        msg: &PageRequest,
    ) -> PageRequestOutcome {
        let answer = self.translate(mem, &DeviceRequest::page_request(msg));
        self.deliver_page_request(mem, msg, &answer)
    }

    /// What `answer`, the translation port's answer to `msg`'s lookup, calls for.
    pub(crate) fn deliver_page_request<M: PhysMem + ?Sized>(
        &mut self,
        mem: &M,
        msg: &PageRequest,
        answer: &Response,
    ) -> PageRequestOutcome {
        let (code, prpr) = match *answer {
            Response::PageRequestsAllowed { prpr } => match self.queue_page_request(mem, msg) {
                Ok(()) => return PageRequestOutcome::Queued,
                Err(code) => (code, prpr),
            },
            Response::Fault(f) => (refusal_code(f.cause), false),
            // No other answer exists for a page request; refuse it as a lookup failure would.
            _ => (PrgResp::FAILURE, false),
        };
        match automatic_response(msg, code, prpr) {
            Some(cmd) => {
                self.outbound_ats.push(AtsMessage::PageRequestGroupResponse(cmd));
                PageRequestOutcome::Responded(cmd)
            }
            None => PageRequestOutcome::Discarded,
        }
    }

    /// Write `msg`'s record to the page-request queue, or say which response code the
    /// reason it could not calls for (ATS_PRI), with `update_interrupts` after it.
    fn queue_page_request<M: PhysMem + ?Sized>(
        &mut self,
        mem: &M,
        msg: &PageRequest,
    ) -> Result<(), PrgResp> {
        let result = match self.pq_slot() {
            Ok((addr, next)) => {
                if mem.write(addr, &queue_record(msg).to_le_bytes()).is_err() {
                    self.regs.update::<Pqcsr>(|c| c.set_pqmf(true));
                    Err(PrgResp::FAILURE)
                } else {
                    self.regs.set::<Pqt>(QueueIndex::default().with_index(next));
                    if self.regs.get::<Pqcsr>().pie() {
                        self.regs.update::<Ipsr>(|i| i.set_pip(true));
                    }
                    Ok(())
                }
            }
            Err(Refusal::Full) => {
                self.regs.update::<Pqcsr>(|c| c.set_pqof(true));
                Err(PrgResp::SUCCESS)
            }
            Err(Refusal::Code(code)) => Err(code),
        };
        self.update_interrupts();
        result
    }

    /// Where the next record goes (its address and the `pqt` after it), or why none can:
    /// queue off or `pqmf` set: Response Failure; `pqof` set: Success; the queue full
    /// (`pqt == pqh - 1`, which sets `pqof`): Success. A refused record write sets `pqmf`
    /// and is answered Response Failure. A written record advances `pqt` and sets
    /// `ipsr.pip` when `pqcsr.pie` is 1 (the error bits set `pip` in `update_interrupts`).
    fn pq_slot(&self) -> Result<(u64, u32), Refusal> {
        let csr = self.regs.get::<Pqcsr>();
        if !csr.pqen() || !csr.pqon() || csr.pqmf() {
            return Err(Refusal::Code(PrgResp::FAILURE));
        }
        if csr.pqof() {
            return Err(Refusal::Code(PrgResp::SUCCESS));
        }
        let base = self.regs.get::<Pqb>();
        let entries = queue_entries(base.log2szm1());
        let tail = u64::from(self.regs.get::<Pqt>().index());
        let head = u64::from(self.regs.get::<Pqh>().index());
        if (tail + 1) % entries == head % entries {
            return Err(Refusal::Full);
        }
        let addr = (base.ppn() << PAGE_SHIFT) + tail * PAGE_REQUEST_BYTES as u64;
        Ok((addr, ((tail + 1) % entries) as u32))
    }

    /// What delivering `msg` with the lookup answer `answer` would do, changing nothing (a
    /// record write is predicted refused when a read of its bytes is).
    fn predict_page_request<M: PhysMem + ?Sized>(
        &self,
        mem: &M,
        msg: &PageRequest,
        answer: &Response,
    ) -> PageRequestOutcome {
        let (code, prpr) = match *answer {
            Response::PageRequestsAllowed { prpr } => match self.pq_slot() {
                Ok((addr, _)) => {
                    if read_bytes::<PAGE_REQUEST_BYTES, M>(mem, addr).is_ok() {
                        return PageRequestOutcome::Queued;
                    }
                    (PrgResp::FAILURE, prpr)
                }
                Err(Refusal::Full) => (PrgResp::SUCCESS, prpr),
                Err(Refusal::Code(code)) => (code, prpr),
            },
            Response::Fault(f) => (refusal_code(f.cause), false),
            _ => (PrgResp::FAILURE, false),
        };
        automatic_response(msg, code, prpr)
            .map_or(PageRequestOutcome::Discarded, PageRequestOutcome::Responded)
    }

    /// Lockstep: take `got`, another implementation's outcome for `msg`, if a permitted
    /// device-context lookup leads to it, and do what it calls for (fault record, queue
    /// record, automatic response). Otherwise nothing changes but the recorded history,
    /// and the error lists every permitted outcome.
    pub(crate) fn accept_page_request<M: PhysMem + ?Sized>(
        &mut self,
        mem: &M,
        msg: &PageRequest,
        got: &PageRequestOutcome,
    ) -> Result<PageRequestOutcome, Vec<PageRequestOutcome>> {
        let req = DeviceRequest::page_request(msg);
        let mut seen = Vec::new();
        for d in self.all_decisions(mem, &req) {
            let predicted = self.predict_page_request(mem, msg, &d.response);
            if predicted == *got {
                let answer = self.report(mem, &req, d);
                return Ok(self.deliver_page_request(mem, msg, &answer));
            }
            if !seen.contains(&predicted) {
                seen.push(predicted);
            }
        }
        Err(seen)
    }
}

/// Why the page-request queue cannot take a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Refusal {
    /// Full: `pqof` is to be set, the answer is Success.
    Full,
    /// Off, `pqmf` or `pqof`: answered with this code.
    Code(PrgResp),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(l: bool, r: bool, w: bool) -> PageRequest {
        let p = PrPayload::default().with_l(l).with_r(r).with_w(w).with_prgi(0x1a5);
        PageRequest::default().with_did(0xab_cdef).with_pv(true).with_pid(0x5_4321).with_payload(p)
    }

    #[test]
    fn stop_marker_is_last_without_read_or_write() {
        assert!(is_stop_marker(msg(true, false, false).payload()));
        assert!(!is_stop_marker(msg(true, true, false).payload()));
        assert!(!is_stop_marker(msg(false, false, false).payload()));
    }

    #[test]
    fn response_fields_at_the_spec_positions() {
        let cmd = automatic_response(&msg(true, true, false), PrgResp::FAILURE, false).unwrap();
        let b = cmd.to_le_bytes();
        let dw0 = u64::from_le_bytes(b[0..8].try_into().unwrap());
        let dw1 = u64::from_le_bytes(b[8..16].try_into().unwrap());
        // Command: opcode 6:0 = 4 (ATS), func3 9:7 = 1 (PRGR), PID 31:12, PV 32, DSV 33,
        // RID 55:40. Payload: PRGI 40:32, response code 47:44 (ATS.PRGR PAYLOAD).
        assert_eq!(dw0 & 0x7f, 4);
        assert_eq!((dw0 >> 7) & 7, 1);
        assert_eq!((dw0 >> 12) & 0xf_ffff, 0x5_4321, "Failure keeps the PASID");
        assert_eq!((dw0 >> 32) & 3, 1, "PV = 1, DSV = 0");
        assert_eq!((dw0 >> 40) & 0xffff, 0xcdef, "RID = DID[15:0]");
        assert_eq!(dw0 >> 56, 0);
        assert_eq!(dw1, 0xf << 44 | 0x1a5 << 32);
    }

    #[test]
    fn pasid_of_the_response_follows_prpr_except_for_failure() {
        let m = msg(true, false, true);
        for (code, prpr, pasid) in [
            (PrgResp::SUCCESS, false, false),
            (PrgResp::SUCCESS, true, true),
            (PrgResp::INVALID, false, false),
            (PrgResp::INVALID, true, true),
            (PrgResp::FAILURE, false, true),
            (PrgResp::FAILURE, true, true),
        ] {
            let cmd = automatic_response(&m, code, prpr).unwrap();
            assert_eq!(cmd.pv(), pasid, "{code:?} prpr {prpr}");
            assert_eq!(cmd.pid(), if pasid { 0x5_4321 } else { 0 });
        }
        // Without a PASID in the request, never one in the response.
        let bare = m.with_pv(false);
        assert!(!automatic_response(&bare, PrgResp::FAILURE, true).unwrap().pv());
    }

    #[test]
    fn no_response_without_last_or_for_a_stop_marker() {
        assert_eq!(automatic_response(&msg(false, true, false), PrgResp::FAILURE, false), None);
        assert_eq!(automatic_response(&msg(true, false, false), PrgResp::FAILURE, false), None);
    }

    #[test]
    fn record_clears_what_the_queue_section_says_is_zero() {
        let m = msg(true, true, true).with_priv(true).with_exec(true);
        let mut dirty = m;
        dirty.0[0] |= PageRequest::RESERVED.0[0];
        dirty.0[1] |= PageRequest::RESERVED.0[1];
        assert_eq!(queue_record(&dirty), m);
        // No PASID: PID, PRIV and EXEC are 0.
        let r = queue_record(&m.with_pv(false));
        assert!(!r.pv() && r.pid() == 0 && !r.r#priv() && !r.exec());
        assert_eq!(r.payload(), m.payload());
        assert_eq!(r.did(), m.did());
    }

    #[test]
    fn refusal_codes() {
        assert_eq!(refusal_code(FaultCause::TTYP_DISALLOWED), PrgResp::INVALID);
        for c in [256u16, 257, 258, 259] {
            assert_eq!(refusal_code(FaultCause(c)), PrgResp::FAILURE, "cause {c}");
        }
    }
}
