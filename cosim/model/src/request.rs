//! The translation port: what a device (through the IO bridge) asks, and what the IOMMU answers.
//!
//! A [`DeviceRequest`] carries the hardware IDs, the IOVA and the kind of transaction
//! (iommu_intro.adoc, "Device Translation Request interface"). The answer is a [`Response`]:
//! an allowed access with the translation, a fault (aborted transaction), or for a PCIe ATS
//! Translation Request the completion the device receives (ATS_FAULTS). A PCIe Page Request
//! or Stop Marker message asks the port only to locate the device context and say whether it
//! accepts page requests (ATS_PRI); [`DeviceRequest::page_request`] builds that question.

use driver::regs::iommu_mem::{FaultCause, PageRequest, Ttyp};
use driver::regs::tlp::MsgCode;

/// Kind of inbound transaction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RequestKind {
    /// A memory access with an untranslated address (IOVA).
    Untranslated,
    /// A memory access with an address the device got from an ATS translation.
    Translated,
    /// A PCIe ATS Translation Request.
    AtsTranslation,
    /// A PCIe Page Request or Stop Marker message: locate the device context only (steps 1
    /// to 5 of P2IOVA), then check `EN_ATS` and `EN_PRI` (ATS_PRI). `iova` holds the message
    /// code, the value a fault record reports in `iotval` for TTYP 9 (FAULT_QUEUE).
    PageRequest,
}

/// One inbound request on the translation port.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DeviceRequest {
    /// device_id (24 bits; wider values are wider than every DDT mode supports).
    pub device_id: u32,
    /// process_id (PASID, 20 bits) if the request carries one.
    pub process_id: Option<u32>,
    /// Privileged Mode Requested; meaningful only with a process_id (requests without one
    /// are User, iommu_intro.adoc).
    pub privileged: bool,
    /// Transaction kind.
    pub kind: RequestKind,
    /// The address (an IOVA, or for Translated requests the translated address).
    pub iova: u64,
    /// Untranslated/Translated: a write. AtsTranslation: NW = 0 (write permission asked).
    pub write: bool,
    /// Read for execute (Untranslated/Translated) / Execute Requested (ATS).
    pub execute: bool,
}

impl DeviceRequest {
    /// An untranslated read of `iova` by `device_id` without a process_id.
    pub const fn read(device_id: u32, iova: u64) -> Self {
        DeviceRequest {
            device_id,
            process_id: None,
            privileged: false,
            kind: RequestKind::Untranslated,
            iova,
            write: false,
            execute: false,
        }
    }

    /// The translation-port question of a Page Request / Stop Marker message whose
    /// page-request record (built by the root port) is `msg`: its requester ID, PASID with
    /// Privileged Mode Requested and Execute Requested, and the Page Request message code in
    /// `iova` (the `iotval` of its fault records).
    pub const fn page_request(msg: &PageRequest) -> Self {
        DeviceRequest {
            device_id: msg.did(),
            process_id: if msg.pv() { Some(msg.pid()) } else { None },
            privileged: msg.pv() && msg.r#priv(),
            kind: RequestKind::PageRequest,
            iova: MsgCode::PAGE_REQUEST.0 as u64,
            write: false,
            execute: msg.pv() && msg.exec(),
        }
    }

    /// The same request with a process_id.
    pub const fn with_pasid(mut self, process_id: u32) -> Self {
        self.process_id = Some(process_id);
        self
    }

    /// The same request, privileged (Privileged Mode Requested).
    pub const fn privileged(mut self) -> Self {
        self.privileged = true;
        self
    }

    /// The same request as a write (ATS: write permission asked, NW = 0).
    pub const fn write(mut self) -> Self {
        self.write = true;
        self
    }

    /// The same request as a read for execute (ATS: Execute Requested).
    pub const fn execute(mut self) -> Self {
        self.execute = true;
        self
    }

    /// The same request with another kind.
    pub const fn kind(mut self, kind: RequestKind) -> Self {
        self.kind = kind;
        self
    }

    /// True when the request asks for supervisor privilege: only with a process_id.
    pub const fn is_privileged(&self) -> bool {
        self.privileged && self.process_id.is_some()
    }

    /// The access type used for permission checks and fault causes: execute wins over write
    /// (the TTYP rule of the brief; for ATS both may be asked), then write, then read.
    pub const fn access(&self) -> Access {
        if self.execute {
            Access::Execute
        } else if self.write {
            Access::Write
        } else {
            Access::Read
        }
    }

    /// Transaction type reported in fault records (FAULT_QUEUE, TTYP encodings).
    pub const fn ttyp(&self) -> Ttyp {
        match (self.kind, self.access()) {
            (RequestKind::Untranslated, Access::Execute) => Ttyp::UADDR_INST_FETCH,
            (RequestKind::Untranslated, Access::Write) => Ttyp::UADDR_WR,
            (RequestKind::Untranslated, Access::Read) => Ttyp::UADDR_RD,
            (RequestKind::Translated, Access::Execute) => Ttyp::TADDR_INST_FETCH,
            (RequestKind::Translated, Access::Write) => Ttyp::TADDR_WR,
            (RequestKind::Translated, Access::Read) => Ttyp::TADDR_RD,
            (RequestKind::AtsTranslation, _) => Ttyp::ATS_TRANSLATION,
            (RequestKind::PageRequest, _) => Ttyp::PCIE_MSG,
        }
    }
}

/// Access type of a request, as the privileged specification's page walk sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Access {
    /// Load.
    Read,
    /// Store/AMO.
    Write,
    /// Instruction fetch (read for execute).
    Execute,
}

impl Access {
    /// Page-fault cause for this access type (12 / 13 / 15).
    pub const fn page_fault(self) -> FaultCause {
        match self {
            Access::Read => FaultCause::RD_PAGE_FAULT,
            Access::Write => FaultCause::WR_PAGE_FAULT,
            Access::Execute => FaultCause::INST_PAGE_FAULT,
        }
    }

    /// Access-fault cause for this access type (5 / 7 / 1).
    pub const fn access_fault(self) -> FaultCause {
        match self {
            Access::Read => FaultCause::RD_ACCESS_FAULT,
            Access::Write => FaultCause::WR_ACCESS_FAULT,
            Access::Execute => FaultCause::INST_ACCESS_FAULT,
        }
    }
}

/// An allowed Untranslated or Translated access.
///
/// `ppn` is the physical page number of the 4 KiB page that holds the IOVA (for a superpage
/// the high bits come from the leaf and the low bits from the IOVA). `size_log2` is the log2
/// of the bytes the leaf maps: 12, 16 (64 KiB NAPOT), 21, 30 or 39; identity translations
/// (Bare stages, Translated requests) report [`crate::IDENTITY_SIZE_LOG2`] (4 KiB; an ATS
/// Success for them reports [`crate::IDENTITY_ATS_SIZE_LOG2`]).
/// `r`/`w`/`x` are the accesses this translation allows the same requester without another
/// walk: the leaf's R/W/X, after the U/SUM privilege rules, with A = 1 required for any and
/// D = 1 for `w` (no hardware A/D updates). `u` and `g` are the leaf's U bit and whether the
/// mapping is global (G set in the leaf or any non-leaf above it); both false for identity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Translation {
    /// Physical page number (4 KiB) of the page holding the IOVA.
    pub ppn: u64,
    /// log2 of the size of the leaf mapping in bytes.
    pub size_log2: u8,
    /// Reads allowed.
    pub r: bool,
    /// Writes allowed.
    pub w: bool,
    /// Execute allowed.
    pub x: bool,
    /// U bit of the leaf.
    pub u: bool,
    /// The mapping is global.
    pub g: bool,
}

/// A fault: the transaction is aborted (Untranslated/Translated) or answered UR/CA (ATS).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Fault {
    /// Cause code (FAULT_CAUSE).
    pub cause: FaultCause,
    /// Transaction type.
    pub ttyp: Ttyp,
    /// A fault record was written to the fault queue for this request. Always false in the
    /// answers of `Model::permitted`, which queue nothing; ignored by `Response::same_answer`.
    pub queued: bool,
}

/// The Success completion of a PCIe ATS Translation Request (ATS_FAULTS).
///
/// `ppn` and `size_log2` follow [`Translation`]. When no permission is granted (R = W = X = 0)
/// the translated address is UNSPECIFIED: the model reports the IOVA's page, size 12 and
/// `global` = false, and [`Response::same_answer`] ignores those three fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AtsSuccess {
    /// Physical page number (4 KiB) of the page holding the IOVA.
    pub ppn: u64,
    /// log2 of the translation range in bytes.
    pub size_log2: u8,
    /// Read granted.
    pub r: bool,
    /// Write granted.
    pub w: bool,
    /// Execute granted.
    pub x: bool,
    /// Priv field: Privileged Mode Requested of the PASID, 0 without one.
    pub privileged: bool,
    /// Global field: the mapping is global, and the request had a PASID.
    pub global: bool,
}

/// Completion of a PCIe ATS Translation Request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AtsCompletion {
    /// Success (possibly with R = W = 0).
    Success(AtsSuccess),
    /// Unsupported Request: causes 256-260; the fault is logged.
    UnsupportedRequest(Fault),
    /// Completer Abort: causes 1, 5, 7, 265, 267; the fault is logged.
    CompleterAbort(Fault),
}

/// The IOMMU's answer to one [`DeviceRequest`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Response {
    /// An Untranslated or Translated access is allowed.
    Allowed(Translation),
    /// An Untranslated or Translated access faulted and is aborted.
    Fault(Fault),
    /// The completion of an ATS Translation Request.
    Ats(AtsCompletion),
    /// A Page Request message: the device context was located and allows page requests
    /// (`EN_ATS` = `EN_PRI` = 1); `prpr` is its PRG-response-PASID-required bit. (Refusals
    /// are [`Response::Fault`]s with TTYP 9.)
    PageRequestsAllowed {
        /// `DC.tc.PRPR`.
        prpr: bool,
    },
}

impl Response {
    /// The fault of this response, if it reports one (aborted access or ATS UR/CA).
    pub const fn fault(&self) -> Option<Fault> {
        match *self {
            Response::Fault(f)
            | Response::Ats(AtsCompletion::UnsupportedRequest(f))
            | Response::Ats(AtsCompletion::CompleterAbort(f)) => Some(f),
            _ => None,
        }
    }

    /// The same architectural answer: equal except for `Fault::queued` (which depends on the
    /// fault queue, not on the translation) and the UNSPECIFIED address fields of an ATS
    /// Success that grants nothing.
    pub fn same_answer(&self, other: &Response) -> bool {
        self.normalised() == other.normalised()
    }

    fn normalised(&self) -> Response {
        match *self {
            Response::Fault(f) => Response::Fault(Fault { queued: false, ..f }),
            Response::Ats(AtsCompletion::UnsupportedRequest(f)) => {
                Response::Ats(AtsCompletion::UnsupportedRequest(Fault { queued: false, ..f }))
            }
            Response::Ats(AtsCompletion::CompleterAbort(f)) => {
                Response::Ats(AtsCompletion::CompleterAbort(Fault { queued: false, ..f }))
            }
            Response::Ats(AtsCompletion::Success(s)) if !(s.r || s.w || s.x) => {
                Response::Ats(AtsCompletion::Success(AtsSuccess {
                    ppn: 0,
                    size_log2: 0,
                    global: false,
                    ..s
                }))
            }
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ttyp_follows_the_fault_record_encoding() {
        // FAULT_QUEUE, TTYP table: 1 untranslated read for execute, 2 read, 3 write/AMO,
        // 5/6/7 the translated ones, 8 ATS translation request.
        let r = DeviceRequest::read(1, 0);
        assert_eq!(r.ttyp().0, 2);
        assert_eq!(r.write().ttyp().0, 3);
        assert_eq!(r.execute().ttyp().0, 1);
        assert_eq!(r.kind(RequestKind::Translated).ttyp().0, 6);
        assert_eq!(r.kind(RequestKind::Translated).write().ttyp().0, 7);
        assert_eq!(r.kind(RequestKind::Translated).execute().ttyp().0, 5);
        assert_eq!(r.kind(RequestKind::AtsTranslation).write().ttyp().0, 8);
    }

    #[test]
    fn privilege_needs_a_process_id() {
        let r = DeviceRequest::read(1, 0).privileged();
        assert!(!r.is_privileged());
        assert!(r.with_pasid(3).is_privileged());
    }

    #[test]
    fn same_answer_ignores_queueing_and_unspecified_ats_fields() {
        let f = Fault { cause: FaultCause::DDT_INVALID, ttyp: Ttyp::UADDR_RD, queued: true };
        assert!(Response::Fault(f).same_answer(&Response::Fault(Fault { queued: false, ..f })));
        let none = AtsSuccess {
            ppn: 5,
            size_log2: 12,
            r: false,
            w: false,
            x: false,
            privileged: true,
            global: true,
        };
        let other = AtsSuccess { ppn: 9, size_log2: 21, global: false, ..none };
        let a = Response::Ats(AtsCompletion::Success(none));
        assert!(a.same_answer(&Response::Ats(AtsCompletion::Success(other))));
        let unpriv = AtsSuccess { privileged: false, ..none };
        assert!(!a.same_answer(&Response::Ats(AtsCompletion::Success(unpriv))));
        let granted = AtsSuccess { r: true, ..none };
        let moved = AtsSuccess { ppn: 6, ..granted };
        assert!(!Response::Ats(AtsCompletion::Success(granted))
            .same_answer(&Response::Ats(AtsCompletion::Success(moved))));
    }
}
