//! The translation port of the RTL (`regmaps/iommu_xlate_pkg.sv`) in the model's terms.
//!
//! A [`DeviceRequest`] becomes the generated [`XlateReq`] a request source drives into the
//! RTL, and the [`XlateRsp`] the RTL answers becomes a [`Response`] the oracle can judge.
//! The layouts come from the generated types only; this module maps meanings. A page
//! request ([`RequestKind::PageRequest`], kind PAGE_REQUEST) is answered OK with the
//! context's PRPR ([`Response::PageRequestsAllowed`]) or FAULT.

use driver::regs::iommu_mem::{FaultCause, Ttyp};
use driver::regs::iommu_xlate::{XlateKind, XlateReq, XlateRsp, XlateStatus};

use crate::request::{
    AtsCompletion, AtsSuccess, DeviceRequest, Fault, RequestKind, Response, Translation,
};

/// A response the port layout allows but no request can get.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PortError {
    /// A status that is not a member of `xlate_status_t`, or an ATS status for an access.
    #[error("status {status:?} is not an answer to a {kind:?} request")]
    Status {
        /// The status field.
        status: XlateStatus,
        /// The request's kind.
        kind: RequestKind,
    },
    /// Reserved bits of the response are set.
    #[error("reserved bits set in response {0:?}")]
    Reserved(XlateRsp),
    /// The response carries another tag than the request.
    #[error("response tag {got} answers no request with tag {want}")]
    Tag {
        /// Tag of the response.
        got: u8,
        /// Tag of the request.
        want: u8,
    },
}

/// The port encoding of a request kind.
pub const fn kind_of(kind: RequestKind) -> XlateKind {
    match kind {
        RequestKind::Untranslated => XlateKind::UNTRANSLATED,
        RequestKind::Translated => XlateKind::TRANSLATED,
        RequestKind::AtsTranslation => XlateKind::ATS,
        RequestKind::PageRequest => XlateKind::PAGE_REQUEST,
    }
}

/// `req` as the request source drives it, with `tag`. A request without a process_id
/// drives `pv` = 0 and `process_id` = 0.
pub fn encode_request(req: &DeviceRequest, tag: u8) -> XlateReq {
    XlateReq::default()
        .with_tag(tag)
        .with_device_id(req.device_id)
        .with_pv(req.process_id.is_some())
        .with_process_id(req.process_id.unwrap_or(0))
        .with_priv(req.privileged)
        .with_exec(req.execute)
        .with_write(req.write)
        .with_kind(kind_of(req.kind))
        .with_iova(req.iova)
}

/// The RTL's answer `rsp` to `req` (sent with `tag`) as a model [`Response`].
pub fn decode_response(req: &DeviceRequest, tag: u8, rsp: XlateRsp) -> Result<Response, PortError> {
    if rsp.tag() != tag {
        return Err(PortError::Tag { got: rsp.tag(), want: tag });
    }
    if rsp.0.iter().zip(XlateRsp::RESERVED.0.iter()).any(|(v, m)| v & m != 0) {
        return Err(PortError::Reserved(rsp));
    }
    let fault =
        Fault { cause: FaultCause(rsp.cause()), ttyp: Ttyp(rsp.ttyp()), queued: rsp.queued() };
    let bad = || PortError::Status { status: rsp.status(), kind: req.kind };
    if req.kind == RequestKind::PageRequest {
        // ATS_PRI: the located context allows page requests (with its PRPR), or a fault.
        return match rsp.status() {
            XlateStatus::OK => Ok(Response::PageRequestsAllowed { prpr: rsp.prpr() }),
            XlateStatus::FAULT => Ok(Response::Fault(fault)),
            _ => Err(bad()),
        };
    }
    let ats = req.kind == RequestKind::AtsTranslation;
    Ok(match (rsp.status(), ats) {
        (XlateStatus::OK, false) => Response::Allowed(Translation {
            ppn: rsp.ppn(),
            size_log2: rsp.size_log2(),
            r: rsp.r(),
            w: rsp.w(),
            x: rsp.x(),
            u: rsp.u(),
            g: rsp.g(),
        }),
        (XlateStatus::OK, true) => Response::Ats(AtsCompletion::Success(AtsSuccess {
            ppn: rsp.ppn(),
            size_log2: rsp.size_log2(),
            r: rsp.r(),
            w: rsp.w(),
            x: rsp.x(),
            privileged: rsp.r#priv(),
            global: rsp.g(),
        })),
        (XlateStatus::FAULT, false) => Response::Fault(fault),
        (XlateStatus::ATS_UR, true) => Response::Ats(AtsCompletion::UnsupportedRequest(fault)),
        (XlateStatus::ATS_CA, true) => Response::Ats(AtsCompletion::CompleterAbort(fault)),
        _ => return Err(bad()),
    })
}

/// A model [`Response`] in the port layout, with `tag` (what an RTL that agreed with the
/// model would answer; used to write replay files and to test this mapping).
pub fn encode_response(resp: &Response, tag: u8) -> XlateRsp {
    let base = XlateRsp::default().with_tag(tag);
    let with_fault = |status: XlateStatus, f: &Fault| {
        base.with_status(status).with_cause(f.cause.0).with_ttyp(f.ttyp.0).with_queued(f.queued)
    };
    match resp {
        Response::Allowed(t) => base
            .with_status(XlateStatus::OK)
            .with_ppn(t.ppn)
            .with_size_log2(t.size_log2)
            .with_r(t.r)
            .with_w(t.w)
            .with_x(t.x)
            .with_u(t.u)
            .with_g(t.g),
        Response::Ats(AtsCompletion::Success(s)) => base
            .with_status(XlateStatus::OK)
            .with_ppn(s.ppn)
            .with_size_log2(s.size_log2)
            .with_r(s.r)
            .with_w(s.w)
            .with_x(s.x)
            .with_priv(s.privileged)
            .with_g(s.global),
        Response::PageRequestsAllowed { prpr } => {
            base.with_status(XlateStatus::OK).with_prpr(*prpr)
        }
        Response::Fault(f) => with_fault(XlateStatus::FAULT, f),
        Response::Ats(AtsCompletion::UnsupportedRequest(f)) => with_fault(XlateStatus::ATS_UR, f),
        Response::Ats(AtsCompletion::CompleterAbort(f)) => with_fault(XlateStatus::ATS_CA, f),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_fields_land_where_the_package_puts_them() {
        let req = DeviceRequest::read(0xab_cdef, 0x1234_5678_9abc_def0)
            .with_pasid(0xf_edcb)
            .privileged()
            .write()
            .kind(RequestKind::AtsTranslation);
        let bits = encode_request(&req, 0x5a).to_bits();
        // xlate_req_t: iova [63:0], rsvd [69:64], kind [71:70], write 72, exec 73, priv 74,
        // pv 75, process_id [95:76], device_id [119:96], tag [127:120].
        assert_eq!(bits[0], 0x9abc_def0);
        assert_eq!(bits[1], 0x1234_5678);
        assert_eq!((bits[2] >> 6) & 3, 2, "kind ATS");
        assert_eq!((bits[2] >> 8) & 1, 1, "write");
        assert_eq!((bits[2] >> 9) & 1, 0, "exec");
        assert_eq!((bits[2] >> 10) & 1, 1, "priv");
        assert_eq!((bits[2] >> 11) & 1, 1, "pv");
        assert_eq!(bits[2] >> 12, 0xf_edcb);
        assert_eq!(bits[3] & 0xff_ffff, 0xab_cdef);
        assert_eq!(bits[3] >> 24, 0x5a);
    }

    #[test]
    fn page_request_question_and_answer_on_the_port() {
        use driver::regs::iommu_mem::{PageRequest, PrPayload};
        let msg = PageRequest::default()
            .with_did(0x12_3456)
            .with_pv(true)
            .with_pid(0xa_bcde)
            .with_priv(true)
            .with_exec(true)
            .with_payload(PrPayload::default().with_l(true).with_r(true));
        let bits = encode_request(&DeviceRequest::page_request(&msg), 7).to_bits();
        // kind [71:70] = 3 (PAGE_REQUEST), exec 73, priv 74, pv 75, iova = message code 4.
        assert_eq!((bits[2] >> 6) & 3, 3);
        assert_eq!((bits[2] >> 9) & 7, 7);
        assert_eq!(bits[2] >> 12, 0xa_bcde);
        assert_eq!(bits[3] & 0xff_ffff, 0x12_3456);
        assert_eq!((bits[0], bits[1]), (4, 0));
        // Without a PASID the prefix bits are not sent.
        let bits = encode_request(&DeviceRequest::page_request(&msg.with_pv(false)), 7).to_bits();
        assert_eq!((bits[2] >> 9) & 7, 0);
        // prpr is bit 100 of the answer.
        let rsp = encode_response(&Response::PageRequestsAllowed { prpr: true }, 1).to_bits();
        assert_eq!(rsp[3] & 0xf0, 0x10);
        assert_eq!(rsp[1] >> 24 & 3, 0, "status OK");
    }

    #[test]
    fn every_response_shape_survives_the_port() {
        let t = Translation {
            ppn: 0xabc_def0_1234,
            size_log2: 21,
            r: true,
            w: false,
            x: true,
            u: true,
            g: false,
        };
        let f = Fault { cause: FaultCause::WR_PAGE_FAULT, ttyp: Ttyp::UADDR_WR, queued: true };
        let s = AtsSuccess {
            ppn: 77,
            size_log2: 12,
            r: true,
            w: true,
            x: false,
            privileged: true,
            global: true,
        };
        let access = DeviceRequest::read(1, 0x1000);
        let ats = access.kind(RequestKind::AtsTranslation);
        let pr = DeviceRequest::page_request(&driver::regs::iommu_mem::PageRequest::default());
        let msg_fault =
            Fault { cause: FaultCause::DDT_INVALID, ttyp: Ttyp::PCIE_MSG, queued: true };
        let cases = [
            (pr, Response::PageRequestsAllowed { prpr: true }),
            (pr, Response::PageRequestsAllowed { prpr: false }),
            (pr, Response::Fault(msg_fault)),
            (access, Response::Allowed(t)),
            (access, Response::Fault(f)),
            (ats, Response::Ats(AtsCompletion::Success(s))),
            (ats, Response::Ats(AtsCompletion::UnsupportedRequest(f))),
            (ats, Response::Ats(AtsCompletion::CompleterAbort(f))),
        ];
        for (req, resp) in cases {
            let wire = encode_response(&resp, 9);
            assert_eq!(decode_response(&req, 9, wire), Ok(resp));
        }
    }

    #[test]
    fn impossible_responses_are_errors() {
        let access = DeviceRequest::read(1, 0);
        let ur = XlateRsp::default().with_status(XlateStatus::ATS_UR);
        assert!(matches!(decode_response(&access, 0, ur), Err(PortError::Status { .. })));
        let ats = access.kind(RequestKind::AtsTranslation);
        let fault = XlateRsp::default().with_status(XlateStatus::FAULT);
        assert!(matches!(decode_response(&ats, 0, fault), Err(PortError::Status { .. })));
        assert_eq!(
            decode_response(&access, 3, XlateRsp::default().with_tag(4)),
            Err(PortError::Tag { got: 4, want: 3 })
        );
        // A page request is answered OK or FAULT only.
        let pr = DeviceRequest::page_request(&driver::regs::iommu_mem::PageRequest::default());
        assert!(matches!(decode_response(&pr, 0, ur), Err(PortError::Status { .. })));
        let mut dirty = XlateRsp::default();
        dirty.0[2] = 1;
        assert!(matches!(decode_response(&access, 0, dirty), Err(PortError::Reserved(_))));
    }
}
