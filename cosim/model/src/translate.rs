//! The process to translate an IOVA (P2IOVA, iommu_data_structures.adoc), the leaf checks of
//! the privileged specification, and the answers to PCIe ATS Translation Requests
//! (ATS_FAULTS).
//!
//! [`Walker::decide`] returns every permitted [`Decision`] for a request (exactly one unless
//! the walker enumerates with `Lookup::All`); whether a fault is then written to the fault
//! queue is the caller's business (`faults.rs`).

use driver::regs::iommu_mem::DeviceContext;
use driver::regs::iommu_mem::{
    FaultCause, IosatpMode, PdtpMode, PAGE_SHIFT, PT_VPN_BITS, SV39_LEVELS, SV48_LEVELS,
    SV57_LEVELS,
};
use driver::regs::iommu_regs::{Capabilities, Ddtp, Fctl, IommuMode};

use crate::ddt::{dc_misconfigured, ddt_levels, did_too_wide};
use crate::ioatc::{leaf_coverage, Decision};
use crate::mem::PhysMem;
use crate::pdt::{pc_misconfigured, pdt_levels, pid_too_wide};
use crate::request::{
    Access, AtsCompletion, AtsSuccess, DeviceRequest, Fault, RequestKind, Response, Translation,
};
use crate::walk::{push_unique, FirstStage, Leaf, StageFault, Walker};

/// log2 of the range reported for identity translations (Bare stages, Translated requests) on
/// the translation port and the debug interface: 4 KiB, so that `tr_response.PPN` is exactly
/// the requested page.
pub const IDENTITY_SIZE_LOG2: u32 = PAGE_SHIFT;

/// log2 of the range of an ATS Success for an identity translation (a Bare first stage):
/// 2 MiB, a level-1 superpage, the large size ATS_FAULTS recommends.
pub const IDENTITY_ATS_SIZE_LOG2: u32 = PAGE_SHIFT + PT_VPN_BITS;

/// How a PCIe ATS Translation Request that met `cause` is answered (ATS_FAULTS).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AtsClass {
    /// Unsupported Request, fault logged.
    UnsupportedRequest,
    /// Completer Abort, fault logged.
    CompleterAbort,
    /// Success with R = W = 0, nothing logged.
    NoAccess,
}

fn ats_class(cause: FaultCause) -> AtsClass {
    match cause {
        FaultCause::ALL_INBOUND_DISALLOWED
        | FaultCause::DDT_LOAD_FAULT
        | FaultCause::DDT_INVALID
        | FaultCause::DDT_MISCONFIGURED
        | FaultCause::TTYP_DISALLOWED => AtsClass::UnsupportedRequest,
        FaultCause::INST_PAGE_FAULT
        | FaultCause::RD_PAGE_FAULT
        | FaultCause::WR_PAGE_FAULT
        | FaultCause::INST_GUEST_PAGE_FAULT
        | FaultCause::RD_GUEST_PAGE_FAULT
        | FaultCause::WR_GUEST_PAGE_FAULT
        | FaultCause::PDT_INVALID
        | FaultCause::MSI_PTE_INVALID => AtsClass::NoAccess,
        // Access faults (1, 5, 7), MSI PTE load/misconfiguration (261, 263), PDT load and
        // misconfiguration (265, 267); the data-corruption causes abort as well (RAS).
        _ => AtsClass::CompleterAbort,
    }
}

/// The ATS Success that grants nothing (its address is UNSPECIFIED).
fn ats_no_access(req: &DeviceRequest) -> AtsSuccess {
    AtsSuccess {
        ppn: req.iova >> PAGE_SHIFT,
        size_log2: PAGE_SHIFT as u8,
        r: false,
        w: false,
        x: false,
        privileged: req.is_privileged(),
        global: false,
    }
}

/// The answer to `req` when the process stops with `cause`.
fn fault(req: &DeviceRequest, cause: FaultCause, dtf: bool) -> Decision {
    let f = Fault { cause, ttyp: req.ttyp(), queued: false };
    let response = match req.kind {
        RequestKind::AtsTranslation => Response::Ats(match ats_class(cause) {
            AtsClass::UnsupportedRequest => AtsCompletion::UnsupportedRequest(f),
            AtsClass::CompleterAbort => AtsCompletion::CompleterAbort(f),
            AtsClass::NoAccess => AtsCompletion::Success(ats_no_access(req)),
        }),
        _ => Response::Fault(f),
    };
    Decision { response, dtf }
}

/// Whether an ATS Translation Request asks for execute: Execute Requested travels in the
/// PASID prefix, so a request without a PASID never asks (ATS_FAULTS: X only when asked).
fn ats_execute_asked(req: &DeviceRequest) -> bool {
    req.execute && req.process_id.is_some()
}

/// An identity translation (SPA = IOVA), or an access fault when the address lies above
/// the `pas_bits` physical address bits the IOMMU can address (`capabilities.PAS`): the
/// specification leaves that case to the implementation; passing a truncated address on
/// would alias low memory, so the request is stopped as a PMA/PMP-style access fault
/// (cause 1/5/7, ATS: Completer Abort).
fn identity(req: &DeviceRequest, dtf: bool, pas_bits: u32) -> Decision {
    if pas_bits < 64 && req.iova >> pas_bits != 0 {
        return fault(req, req.access().access_fault(), dtf);
    }
    let ppn = req.iova >> PAGE_SHIFT;
    let response = match req.kind {
        // ATS_FAULTS: with Bare stages the range is implementation-defined (2 MiB here);
        // R = W = 1, X only when asked (and R is granted).
        RequestKind::AtsTranslation => Response::Ats(AtsCompletion::Success(AtsSuccess {
            ppn,
            size_log2: IDENTITY_ATS_SIZE_LOG2 as u8,
            r: true,
            w: true,
            x: ats_execute_asked(req),
            privileged: req.is_privileged(),
            global: false,
        })),
        _ => Response::Allowed(Translation {
            ppn,
            size_log2: IDENTITY_SIZE_LOG2 as u8,
            r: true,
            w: true,
            x: true,
            u: false,
            g: false,
        }),
    };
    Decision { response, dtf }
}

/// The first-stage context of a scheme (SXL = 0 encodings), or None for Bare.
fn first_stage(mode: IosatpMode, root_ppn: u64, pscid: u32) -> Option<FirstStage> {
    let levels = match mode {
        IosatpMode::SV39 => SV39_LEVELS,
        IosatpMode::SV48 => SV48_LEVELS,
        IosatpMode::SV57 => SV57_LEVELS,
        // Bare; any other encoding never gets here (the context checks reject it).
        _ => return None,
    };
    Some(FirstStage { pscid, levels, root_ppn })
}

/// The PPN of the 4 KiB page of `iova` under `leaf` (superpage and NAPOT low bits from the
/// IOVA), with the log2 size of the mapping.
fn leaf_ppn(leaf: &Leaf, iova: u64) -> (u64, u32) {
    let size = leaf_coverage(leaf.pte, leaf.level);
    let low = (1u64 << (size - PAGE_SHIFT)) - 1;
    ((leaf.pte.ppn() & !low) | ((iova >> PAGE_SHIFT) & low), size)
}

/// A superpage whose PPN bits below its level are not zero (privileged walk step 6).
fn misaligned(leaf: &Leaf) -> bool {
    leaf.level > 0 && leaf.pte.ppn() & ((1u64 << (leaf.level * PT_VPN_BITS)) - 1) != 0
}

/// The U-bit rule for an access (PC.ta.SUM, ENS): a privileged request may use a U = 1 page
/// only with SUM, and never to execute; an unprivileged one only U = 1 pages.
fn user_ok(leaf: &Leaf, privileged: bool, sum: bool, access: Access) -> bool {
    if privileged {
        !leaf.pte.u() || (sum && access != Access::Execute)
    } else {
        leaf.pte.u()
    }
}

/// Untranslated request: privileged steps 5 to 8 on the leaf.
fn access_leaf(req: &DeviceRequest, leaf: &Leaf, sum: bool) -> Result<Translation, ()> {
    let pte = leaf.pte;
    let privileged = req.is_privileged();
    let access = req.access();
    let permitted = match access {
        Access::Read => pte.r(),
        Access::Write => pte.w(),
        Access::Execute => pte.x(),
    };
    if !permitted || !user_ok(leaf, privileged, sum, access) {
        return Err(()); // step 5
    }
    if misaligned(leaf) {
        return Err(()); // step 6
    }
    if !pte.a() || (access == Access::Write && !pte.d()) {
        return Err(()); // step 7: no hardware A/D update (SADE = 0)
    }
    let (ppn, size) = leaf_ppn(leaf, req.iova);
    Ok(Translation {
        ppn,
        size_log2: size as u8,
        r: pte.r() && user_ok(leaf, privileged, sum, Access::Read),
        w: pte.w() && pte.d() && user_ok(leaf, privileged, sum, Access::Write),
        x: pte.x() && user_ok(leaf, privileged, sum, Access::Execute),
        u: pte.u(),
        g: leaf.global,
    })
}

/// ATS Translation Request: the permissions of the leaf (ATS_FAULTS).
fn ats_leaf(req: &DeviceRequest, leaf: &Leaf, sum: bool) -> AtsSuccess {
    let pte = leaf.pte;
    let privileged = req.is_privileged();
    let denied = misaligned(leaf)           // a page fault
        || !pte.a()                         // A = 0: nothing granted (no A/D update)
        // Write asked (NW = 0) of a writable page with D = 0: the write-access page fault of
        // SADE = 0 (DC tc), which ATS_FAULTS answers with R = W = 0.
        || (req.write && pte.w() && !pte.d())
        || (!privileged && !pte.u())        // U-bit rules of ATS_FAULTS
        || (privileged && pte.u() && !sum);
    if denied {
        return ats_no_access(req);
    }
    // ATS_FAULTS: a permission the request asked for and the tables deny is 0, "the other
    // permission bits set to the value determined from the page tables": W comes from the
    // tables whether or not write was asked (NW), with D = 1 required (no A/D updates).
    let r = pte.r();
    let w = pte.w() && pte.d();
    let x = ats_execute_asked(req) && pte.x() && r && !(privileged && pte.u());
    if !(r || w || x) {
        return ats_no_access(req);
    }
    let (ppn, size) = leaf_ppn(leaf, req.iova);
    AtsSuccess {
        ppn,
        size_log2: size as u8,
        r,
        w,
        x,
        privileged,
        global: req.process_id.is_some() && leaf.global,
    }
}

/// A Page Request message once its device context is located (ATS_PRI): a misconfigured
/// context stops it (259, GET_DC's checks); then `EN_ATS` and `EN_PRI` must both be 1, else
/// "Transaction type disallowed" (260, reported subject to the context's DTF). Nothing of
/// the process context is looked at: a page request with a PASID is queued even when
/// `PDTV` = 0 (the page-request handler, not the IOMMU, owns that question).
fn page_requests_allowed(
    req: &DeviceRequest,
    dc: &DeviceContext,
    caps: Capabilities,
    fctl: Fctl,
) -> Decision {
    if dc_misconfigured(dc, caps, fctl) {
        return fault(req, FaultCause::DDT_MISCONFIGURED, false);
    }
    let tc = dc.tc();
    if !(tc.en_ats() && tc.en_pri()) {
        return fault(req, FaultCause::TTYP_DISALLOWED, tc.dtf());
    }
    Decision { response: Response::PageRequestsAllowed { prpr: tc.prpr() }, dtf: tc.dtf() }
}

impl<M: PhysMem + ?Sized> Walker<'_, M> {
    /// Physical address bits the IOMMU can address (capabilities.PAS).
    fn pas_bits(&self) -> u32 {
        u32::from(self.caps.pas())
    }

    /// Every permitted answer to `req` with the IOMMU in `ddtp`'s mode.
    pub fn decide(&mut self, ddtp: Ddtp, req: &DeviceRequest) -> Vec<Decision> {
        let levels = match ddtp.iommu_mode() {
            IommuMode::BARE => {
                // Step 2: only Untranslated requests pass, untranslated.
                return vec![match req.kind {
                    RequestKind::Untranslated => identity(req, false, self.pas_bits()),
                    _ => fault(req, FaultCause::TTYP_DISALLOWED, false),
                }];
            }
            mode => match ddt_levels(mode) {
                Some(l) => l,
                // Off (step 1); the WARL mode field holds no other value.
                None => return vec![fault(req, FaultCause::ALL_INBOUND_DISALLOWED, false)],
            },
        };
        if did_too_wide(req.device_id, levels) {
            return vec![fault(req, FaultCause::TTYP_DISALLOWED, false)]; // step 5
        }
        let mut out = Vec::new();
        for dc in self.device_contexts(ddtp, levels, req.device_id) {
            match dc {
                // A fault that prevents locating a valid DC is reported with DTF = 0.
                Err(cause) => push_unique(&mut out, fault(req, cause, false)),
                Ok(dc) if req.kind == RequestKind::PageRequest => {
                    push_unique(&mut out, page_requests_allowed(req, &dc, self.caps, self.fctl));
                }
                Ok(dc) => {
                    for d in self.with_device_context(req, &dc) {
                        push_unique(&mut out, d);
                    }
                }
            }
        }
        out
    }

    /// Steps 7 to 20 once the device context is located.
    fn with_device_context(&mut self, req: &DeviceRequest, dc: &DeviceContext) -> Vec<Decision> {
        if dc_misconfigured(dc, self.caps, self.fctl) {
            return vec![fault(req, FaultCause::DDT_MISCONFIGURED, false)];
        }
        let tc = dc.tc();
        let fsc = dc.fsc();
        let dtf = tc.dtf();
        let disallowed = fault(req, FaultCause::TTYP_DISALLOWED, dtf);
        // Step 7.
        if req.kind != RequestKind::Untranslated && !tc.en_ats() {
            return vec![disallowed];
        }
        let pdt = pdt_levels(PdtpMode(fsc.mode()));
        if let Some(pid) = req.process_id {
            if !tc.pdtv() || pdt.is_some_and(|l| pid_too_wide(pid, l)) {
                return vec![disallowed];
            }
        }
        // Step 8: a Translated request with T2GPA = 0 is complete (T2GPA = 1 needs a G
        // stage, which makes the DC misconfigured here).
        if req.kind == RequestKind::Translated {
            return vec![identity(req, dtf, self.pas_bits())];
        }
        // Step 10: no PDT, the DC holds iosatp and the PSCID.
        if !tc.pdtv() {
            let s = first_stage(IosatpMode(fsc.mode()), fsc.ppn(), dc.ta().pscid());
            return self.finish(req, s, false, dtf);
        }
        // Steps 11-13: default process_id 0 with DPE, else Bare; pdtp.MODE Bare is Bare.
        let pid = match req.process_id.or(if tc.dpe() { Some(0) } else { None }) {
            Some(p) => p,
            None => return vec![identity(req, dtf, self.pas_bits())],
        };
        let Some(levels) = pdt else {
            return vec![identity(req, dtf, self.pas_bits())];
        };
        let mut out = Vec::new();
        for pc in self.process_contexts(fsc.ppn(), levels, req.device_id, pid) {
            let decisions = match pc {
                Err(cause) => vec![fault(req, cause, dtf)],
                Ok(pc) if pc_misconfigured(&pc, tc.sxl(), self.caps) => {
                    vec![fault(req, FaultCause::PDT_MISCONFIGURED, dtf)]
                }
                // Step 15.
                Ok(pc) if req.is_privileged() && !pc.ta().ens() => vec![disallowed],
                Ok(pc) => {
                    let s = first_stage(pc.fsc().mode(), pc.fsc().ppn(), pc.ta().pscid());
                    self.finish(req, s, pc.ta().sum(), dtf)
                }
            };
            for d in decisions {
                push_unique(&mut out, d);
            }
        }
        out
    }

    /// Step 17 (and 20): the first stage, or identity when it is Bare.
    fn finish(
        &mut self,
        req: &DeviceRequest,
        stage: Option<FirstStage>,
        sum: bool,
        dtf: bool,
    ) -> Vec<Decision> {
        let Some(s) = stage else {
            return vec![identity(req, dtf, self.pas_bits())];
        };
        let access = req.access();
        let mut out = Vec::new();
        for leaf in self.first_stage(s, req.iova) {
            let d = match (req.kind, leaf) {
                (_, Err(StageFault::Access)) => fault(req, access.access_fault(), dtf),
                (_, Err(StageFault::Page)) => fault(req, access.page_fault(), dtf),
                (RequestKind::AtsTranslation, Ok(leaf)) => Decision {
                    response: Response::Ats(AtsCompletion::Success(ats_leaf(req, &leaf, sum))),
                    dtf,
                },
                (_, Ok(leaf)) => match access_leaf(req, &leaf, sum) {
                    Ok(t) => Decision { response: Response::Allowed(t), dtf },
                    Err(()) => fault(req, access.page_fault(), dtf),
                },
            };
            push_unique(&mut out, d);
        }
        out
    }
}
