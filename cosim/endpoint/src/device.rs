//! The device: its functions, their DMA engines, and the step API.
//!
//! [`Device::receive`] takes a TLP from the root port (configuration request, completion,
//! memory request to a BAR, message) and queues what the device answers;
//! [`Device::transmit`] hands out the next TLP for the root port (answers first, then
//! requests of submitted jobs in order, posted writes passing reads that wait for a tag);
//! [`Device::tick`] lets time pass for completion time-outs. Jobs are submitted with
//! [`Device::submit`] and polled with [`Device::job`].

use std::collections::{BTreeMap, HashMap, VecDeque};

use driver::regs::pcie_ep_caps::{PriCtrl, PriExtCap, PriStatus, RoutingId, RCB_SIZE_UNIT};
use driver::regs::pcie_rp_cfg::{Devsta, Status};
use driver::regs::tlp::{At, CplStatus, PrgRespCode, TlpCpl};
use thiserror::Error;

use crate::ats::{Atc, AtcEntry};
use crate::config::{payload_bytes, ConfigError, ConfigSpace, FunctionConfig};
use crate::dma::{dw_span, enabled_bytes, split_completions, split_requests, Chunk};
use crate::tlp::{
    Attrs, Completion, ConfigRequest, MemRequest, Message, PageRequest, Pasid, PasidPrefix, Tlp,
    TlpBody, TlpError, DW_BYTES,
};

mod work;

/// Handle of a submitted job.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct JobId(pub usize);

/// One page of a page request group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
pub struct PageAccess {
    /// Page address (4 KiB aligned).
    pub addr: u64,
    /// Read access requested.
    #[serde(default)]
    pub read: bool,
    /// Write access requested.
    #[serde(default)]
    pub write: bool,
}

/// What a job does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JobKind {
    /// Read this many bytes.
    Read(usize),
    /// Write these bytes.
    Write(Vec<u8>),
    /// Send one page request group (PRI), the last page closing it; done at its PRG
    /// response.
    PageGroup(Vec<PageAccess>),
    /// A work item on a process's virtual buffers through ATS and PRI (see [`Job::work`]).
    Work(Vec<WorkOp>),
}

/// One step of a work item: a read or a write of untranslated (virtual) addresses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkOp {
    /// Read `len` bytes at `addr`; the bytes go to the job's data, in op order.
    Read {
        /// First byte address.
        addr: u64,
        /// Bytes.
        len: usize,
    },
    /// Write `data` at `addr`.
    Write {
        /// First byte address.
        addr: u64,
        /// Bytes.
        data: Vec<u8>,
    },
}

/// How a function answers ATS invalidate requests (to test time-outs and multi-completion
/// answers).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvalidationResponse {
    /// One invalidate completion, Completion Count 1.
    #[default]
    Complete,
    /// Invalidate the ATC but never send the completion.
    Ignore,
    /// This many completions (2 to 8), each with Completion Count = this number.
    Split(u8),
}

/// A DMA or page-request job.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Job {
    /// What to do.
    pub kind: JobKind,
    /// First byte address (reads and writes).
    pub addr: u64,
    /// PASID prefix to send, if any.
    pub pasid: Option<Pasid>,
    /// Privileged Mode Requested (with a PASID).
    pub privileged: bool,
    /// Execute Requested (with a PASID, reads only).
    pub execute: bool,
    /// Address type of the memory requests.
    pub at: At,
}

impl Job {
    fn new(kind: JobKind, addr: u64) -> Self {
        Job { kind, addr, pasid: None, privileged: false, execute: false, at: At::UNTRANSLATED }
    }

    /// Write `data` at `addr`.
    pub fn write(addr: u64, data: impl Into<Vec<u8>>) -> Self {
        Job::new(JobKind::Write(data.into()), addr)
    }

    /// Read `len` bytes at `addr`.
    pub fn read(addr: u64, len: usize) -> Self {
        Job::new(JobKind::Read(len), addr)
    }

    /// Ask for `pages` in one page request group.
    pub fn page_group(pages: Vec<PageAccess>) -> Self {
        Job::new(JobKind::PageGroup(pages), 0)
    }

    /// A work item: the `ops` in order on untranslated addresses of the job's address space
    /// (its PASID, privilege and execute bits), like an SVA accelerator. Per 4 KiB page: the
    /// ATC is looked up; on a miss (or an entry without the permission) a translation
    /// request is sent; a translation that grants the access is cached and the memory
    /// requests go out with AT = Translated and the translated address (no PASID prefix:
    /// the function does not support Translated Requests with PASID); one that does not
    /// sends a page request group (the page and the next ones the work item will touch
    /// without a usable translation, up to `FunctionConfig::page_request_batch`, within the
    /// Outstanding Page Request Allocation, waiting for room; Last on the final one), and
    /// after a Success response the translation is asked for again, at most
    /// `FunctionConfig::translation_attempts` times per page. A translation with U set is used through untranslated requests (with the
    /// PASID prefix). Done with the bytes read (all read ops, in order; empty without reads).
    pub fn work(ops: Vec<WorkOp>) -> Self {
        Job::new(JobKind::Work(ops), 0)
    }

    /// Send the requests with this PASID prefix.
    #[must_use]
    pub fn pasid(mut self, pasid: Pasid) -> Self {
        self.pasid = Some(pasid);
        self
    }

    /// Privileged Mode Requested.
    #[must_use]
    pub fn privileged(mut self, on: bool) -> Self {
        self.privileged = on;
        self
    }

    /// Execute Requested.
    #[must_use]
    pub fn execute(mut self, on: bool) -> Self {
        self.execute = on;
        self
    }

    /// Translated (`At::TRANSLATED`, needs ATS enabled) or untranslated addresses.
    #[must_use]
    pub fn translated(mut self, on: bool) -> Self {
        self.at = if on { At::TRANSLATED } else { At::UNTRANSLATED };
        self
    }
}

/// A completion that breaks the rules for the request it answers (PCIe Base 6.x 2.3.2).
#[derive(Clone, Copy, Debug, Error, PartialEq, Eq)]
pub enum CompletionFault {
    /// Byte Count is not the number of bytes still expected.
    #[error("byte count {got}, {expected} bytes are still expected")]
    ByteCount {
        /// Bytes still expected.
        expected: usize,
        /// Byte Count of the completion.
        got: usize,
    },
    /// Lower Address is not the address of the next byte expected.
    #[error("lower address {got:#x}, the next byte expected is at {expected:#x}")]
    LowerAddress {
        /// Expected low address bits.
        expected: u8,
        /// Lower Address of the completion.
        got: u8,
    },
    /// Data length does not fit the bytes still expected.
    #[error(
        "{got} bytes of data, the completion may carry {max} and must end the request or a DW"
    )]
    Length {
        /// Largest data length allowed.
        max: usize,
        /// Data length of the completion.
        got: usize,
    },
    /// A successful completion without data for a read.
    #[error("successful completion without data for a read")]
    NoData,
}

/// Why a job failed or was refused.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum JobError {
    /// No function with that number.
    #[error("no function {0}")]
    NoSuchFunction(u8),
    /// Bus Master Enable is clear: the function may not issue requests.
    #[error("Bus Master Enable is clear")]
    BusMasterDisabled,
    /// A job of no bytes or no pages.
    #[error("empty job")]
    Empty,
    /// The transfer wraps past the end of the 64-bit address space.
    #[error("transfer wraps past 2^64")]
    AddressOverflow,
    /// A PASID prefix was asked for but the function has no PASID capability or it is off.
    #[error("PASID is not enabled")]
    PasidDisabled,
    /// The PASID does not fit the function's Max PASID Width.
    #[error("PASID {pasid:#x} does not fit {width} bits")]
    PasidWidth {
        /// The PASID.
        pasid: u32,
        /// Max PASID Width.
        width: u8,
    },
    /// Privileged or Execute without a PASID, or without its enable bit.
    #[error("{0} requested but not enabled (or no PASID)")]
    PrefixBit(&'static str),
    /// Execute Requested on a write (only reads may ask for execute permission).
    #[error("Execute Requested on a write")]
    ExecuteOnWrite,
    /// A translated request while ATS is disabled.
    #[error("translated request while ATS is disabled")]
    AtsDisabled,
    /// A translated request with a PASID (Translated Requests with PASID is not supported).
    #[error("translated request with a PASID")]
    TranslatedWithPasid,
    /// Page requests while PRI is disabled or stopped by a Response Failure.
    #[error("PRI is disabled or stopped")]
    PriDisabled,
    /// More page requests than the Outstanding Page Request Allocation allows.
    #[error(
        "{want} page requests would exceed the allocation of {alloc} ({outstanding} outstanding)"
    )]
    PriAllocation {
        /// Requests of the job.
        want: u32,
        /// Requests outstanding.
        outstanding: u32,
        /// Allocation.
        alloc: u32,
    },
    /// Every PRG index is in use.
    #[error("no free page request group index")]
    NoPrgIndex,
    /// A request could not be encoded.
    #[error("request not encodable: {0}")]
    Encode(TlpError),
    /// A completion came back with this status (UR, CA, CRS).
    #[error("completion status {0:?}")]
    CompletionStatus(CplStatus),
    /// A completion with poisoned data.
    #[error("poisoned completion")]
    Poisoned,
    /// A completion that breaks the rules.
    #[error("bad completion: {0}")]
    BadCompletion(CompletionFault),
    /// No completion within the completion time-out.
    #[error("completion time-out")]
    Timeout,
    /// The PRG response said so.
    #[error("page request group answered {0:?}")]
    PageResponse(PrgRespCode),
    /// PRI was reset with the group outstanding.
    #[error("PRI reset with the group outstanding")]
    PriReset,
    /// A translation completion whose data is not translation entries.
    #[error("bad translation completion: {0}")]
    BadTranslation(TlpError),
    /// The page still had no usable translation after this many translation requests.
    #[error("no usable translation for {addr:#x} after {attempts} translation requests")]
    TranslationAttempts {
        /// Untranslated page address.
        addr: u64,
        /// Translation requests sent for it.
        attempts: u32,
    },
    /// The PASID was stopped ([`Device::stop_pasid`]) while the job used it.
    #[error("the PASID was stopped")]
    PasidStopped,
}

/// State of a job.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JobState {
    /// Requests not all sent, or answers outstanding.
    Pending,
    /// Finished: the data for a read, None for a write or page group.
    Done {
        /// Bytes read.
        data: Option<Vec<u8>>,
    },
    /// Failed.
    Failed(JobError),
}

/// A TLP the device could not take.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum DeviceError {
    /// Not a well-formed TLP.
    #[error("malformed TLP: {0}")]
    Malformed(#[from] TlpError),
    /// A completion for no outstanding request of ours (PCIe: Unexpected Completion).
    #[error("unexpected completion for requester {requester:#06x} tag {tag}")]
    UnexpectedCompletion {
        /// Requester ID of the completion.
        requester: u16,
        /// Tag of the completion.
        tag: u8,
    },
}

/// An ATS invalidation a function received (and completed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Invalidation {
    /// PASID of the prefix, if any.
    pub pasid: Option<Pasid>,
    /// Untranslated address.
    pub address: u64,
    /// S bit.
    pub size: bool,
    /// Global Invalidate.
    pub global: bool,
    /// ITag.
    pub itag: u8,
}

#[derive(Clone, Debug)]
struct OutstandingRead {
    job: JobId,
    chunk: Chunk,
    received: usize,
    /// When the completion time-out started: at [`Device::transmit`], or, on a link that
    /// reports sends ([`Device::link_reports_sends`]), when the link finished sending it
    /// (`None` until then: a request still queued on the device's side cannot time out).
    issued_at: Option<u64>,
    /// The translation a translated read used.
    used: Option<Used>,
    /// A translation request: the page and address space asked for.
    translation: Option<TranslationWait>,
}

#[derive(Clone, Copy, Debug)]
struct TranslationWait {
    page: u64,
    pasid: Option<Pasid>,
    /// An invalidation for the page arrived meanwhile: the answer may be old, do not cache it.
    stale: bool,
}

#[derive(Clone, Debug)]
struct Group {
    job: JobId,
    pasid: Option<Pasid>,
    pages: u32,
}

/// A 4 KiB-bounded piece of a work item's op.
#[derive(Clone, Debug)]
struct Piece {
    addr: u64,
    len: usize,
    /// Write data; None for a read.
    data: Option<Vec<u8>>,
    /// Offset of a read's bytes in the job's data.
    offset: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    /// Looking at piece `next`.
    Ready,
    /// A translation request for piece `next` is queued or outstanding.
    Translating,
    /// A page request for piece `next` is queued or awaits its PRG response.
    Paging,
    /// A page request is needed but the allocation is used up.
    WaitAllocation,
}

#[derive(Clone, Debug)]
struct Work {
    func: u8,
    prefix: Option<PasidPrefix>,
    pieces: Vec<Piece>,
    next: usize,
    stage: Stage,
    attempts: u32,
    /// The last translation received for piece `next`, usable once even if not cached.
    fresh: Option<AtcEntry>,
}

/// The translation a work item's translated request used: its function, address space and
/// untranslated page, and when it was issued.
#[derive(Clone, Copy, Debug)]
struct Used {
    func: u8,
    pasid: Option<Pasid>,
    page: u64,
    seq: u64,
}

/// An invalidate completion held until the translated requests issued before the invalidate
/// request that used a translation in its range have gone out (PCIe Base 6.x 10.3.1).
#[derive(Clone, Debug)]
struct HeldCompletion {
    func: u8,
    inv: Invalidation,
    range: (u64, u64),
    seq: u64,
    tlps: Vec<Vec<u32>>,
}

#[derive(Clone, Copy, Debug)]
struct StopMarker {
    job: JobId,
    func: u8,
    pasid: Pasid,
}

#[derive(Clone, Debug)]
struct Function {
    fc: FunctionConfig,
    cfg: ConfigSpace,
    number: u8,
    bus: u8,
    device: u8,
    crs_left: u32,
    reads: HashMap<u8, OutstandingRead>,
    groups: BTreeMap<u16, Group>,
    pri_outstanding: u32,
    bar_mem: HashMap<u64, u8>,
    invalidations: Vec<Invalidation>,
    atc: Atc,
    inval_response: InvalidationResponse,
}

impl Function {
    fn rid(&self) -> RoutingId {
        RoutingId::default().with_bus(self.bus).with_device(self.device).with_func(self.number)
    }

    fn free_tag(&self) -> Option<u8> {
        (0..self.fc.max_outstanding_reads.min(1 << 5))
            .map(|t| t as u8)
            .find(|t| !self.reads.contains_key(t))
    }

    fn set_status(&mut self, bits: Status) {
        self.cfg.hw_update(Status::OFFSET, bits.0.into(), bits.0.into());
    }

    fn set_devsta(&mut self, bits: Devsta) {
        self.cfg.hw_update(Devsta::OFFSET, bits.0.into(), bits.0.into());
    }

    /// Live bits: Transactions Pending, PRI Stopped.
    fn refresh(&mut self) {
        let tp = Devsta::default().with_transactions_pending(true);
        let pending = if self.reads.is_empty() { 0 } else { tp.0.into() };
        self.cfg.hw_update(Devsta::OFFSET, tp.0.into(), pending);
        if let (Some(at), Some(ctrl)) = (self.cfg.caps().pri, self.cfg.pri_ctrl()) {
            let stopped = PriStatus::default().with_stopped(true);
            let value = if !ctrl.enable() && self.groups.is_empty() { stopped.0.into() } else { 0 };
            self.cfg.hw_update(at + PriExtCap::STATUS_BYTE_OFFSET, stopped.0.into(), value);
        }
    }
}

#[derive(Clone, Debug)]
struct JobRecord {
    state: JobState,
    buf: Vec<u8>,
    /// Requests not yet answered (reads) or not yet sent (writes).
    left: usize,
    read: bool,
}

#[derive(Clone, Debug)]
enum Pending {
    Read {
        job: JobId,
        func: u8,
        chunk: Chunk,
        prefix: Option<PasidPrefix>,
        at: At,
        used: Option<Used>,
    },
    Posted {
        job: JobId,
        dws: Vec<u32>,
        completes: bool,
        /// The translation a translated write used.
        used: Option<Used>,
        /// (function, PRG index) of a page request: sent while the group is allocated, even
        /// when its job has failed meanwhile (its response frees the index and allocation);
        /// dropped if PRI was reset.
        group: Option<(u8, u16)>,
    },
    Translate {
        job: JobId,
        func: u8,
        page: u64,
        prefix: Option<PasidPrefix>,
        no_write: bool,
    },
}

/// The encoded memory write of chunk `c` of `data` (the chunk's bytes at their place in
/// whole DWs, byte enables from its span).
fn write_request(
    prefix: Option<PasidPrefix>,
    rid: RoutingId,
    at: At,
    c: &Chunk,
    data: &[u8],
) -> Result<Vec<u32>, JobError> {
    let span = dw_span(c.addr, c.len);
    let mut payload = vec![0u8; span.length_dw * DW_BYTES];
    let lead = (c.addr - span.dw_addr) as usize;
    payload[lead..lead + c.len].copy_from_slice(&data[c.offset..c.offset + c.len]);
    let tlp = Tlp {
        prefix,
        body: TlpBody::Mem(MemRequest {
            write: true,
            requester_id: rid,
            tag: 0,
            address: span.dw_addr,
            length_dw: span.length_dw,
            first_be: span.first_be,
            last_be: span.last_be,
            at,
            attrs: Attrs::default(),
            data: payload,
        }),
    };
    tlp.encode().map_err(JobError::Encode)
}

/// A PCIe device of one or more endpoint functions (device 0 of the bus below the root port).
#[derive(Clone, Debug)]
pub struct Device {
    funcs: Vec<Function>,
    jobs: Vec<JobRecord>,
    answers: VecDeque<Vec<u32>>,
    pending: VecDeque<Pending>,
    now: u64,
    works: BTreeMap<JobId, Work>,
    held: Vec<HeldCompletion>,
    /// The link reports sends ([`Device::link_reports_sends`]).
    wire_sends: bool,
    stops: Vec<StopMarker>,
    /// Sequence number of the next translated piece / invalidate request.
    seq: u64,
}

impl Device {
    /// A device whose function `i` is `functions[i]` (1 to 8 functions).
    pub fn new(functions: Vec<FunctionConfig>) -> Result<Self, ConfigError> {
        let n = functions.len();
        if n == 0 || n > 8 {
            return Err(ConfigError::FunctionCount(n));
        }
        let mut funcs = Vec::new();
        for (i, fc) in functions.into_iter().enumerate() {
            let cfg = ConfigSpace::new(&fc, n)?;
            funcs.push(Function {
                crs_left: fc.crs_requests,
                fc: fc.clone(),
                cfg,
                number: i as u8,
                bus: 0,
                device: 0,
                reads: HashMap::new(),
                groups: BTreeMap::new(),
                pri_outstanding: 0,
                bar_mem: HashMap::new(),
                invalidations: Vec::new(),
                atc: Atc::new(fc.atc_entries),
                inval_response: InvalidationResponse::Complete,
            });
        }
        Ok(Device {
            funcs,
            jobs: Vec::new(),
            answers: VecDeque::new(),
            pending: VecDeque::new(),
            now: 0,
            works: BTreeMap::new(),
            held: Vec::new(),
            wire_sends: false,
            stops: Vec::new(),
            seq: 0,
        })
    }

    /// Number of functions.
    pub fn functions(&self) -> usize {
        self.funcs.len()
    }

    /// Configuration space of function `func`.
    pub fn config(&self, func: u8) -> Option<&ConfigSpace> {
        self.funcs.get(usize::from(func)).map(|f| &f.cfg)
    }

    /// Routing ID function `func` uses as requester (bus and device as captured).
    pub fn routing_id(&self, func: u8) -> Option<RoutingId> {
        self.funcs.get(usize::from(func)).map(Function::rid)
    }

    /// ATS invalidations function `func` has completed, oldest first.
    pub fn invalidations(&self, func: u8) -> &[Invalidation] {
        self.funcs.get(usize::from(func)).map_or(&[], |f| &f.invalidations)
    }

    /// Answer the next `requests` configuration requests to `func` with Configuration
    /// Request Retry Status (the function is not ready).
    pub fn set_crs(&mut self, func: u8, requests: u32) -> Result<(), JobError> {
        let f = self.funcs.get_mut(usize::from(func)).ok_or(JobError::NoSuchFunction(func))?;
        f.crs_left = requests;
        Ok(())
    }

    /// Ticks elapsed.
    pub fn now(&self) -> u64 {
        self.now
    }

    /// State of a job (None for an unknown id).
    pub fn job(&self, id: JobId) -> Option<&JobState> {
        self.jobs.get(id.0).map(|j| &j.state)
    }

    /// Whether nothing is queued to transmit and no read or page group is outstanding.
    pub fn idle(&self) -> bool {
        self.answers.is_empty()
            && self.held.is_empty()
            && self.stops.is_empty()
            && self.pending.is_empty()
            && self.funcs.iter().all(|f| f.reads.is_empty() && f.groups.is_empty())
    }

    // -----------------------------------------------------------------------------------------
    // Jobs
    // -----------------------------------------------------------------------------------------

    fn prefix_for(f: &Function, job: &Job, write: bool) -> Result<Option<PasidPrefix>, JobError> {
        let Some(pasid) = job.pasid else {
            if job.privileged {
                return Err(JobError::PrefixBit("privileged mode"));
            }
            if job.execute {
                return Err(JobError::PrefixBit("execute"));
            }
            return Ok(None);
        };
        let (Some(ctrl), Some(cap)) = (f.cfg.pasid_ctrl(), f.cfg.pasid_cap()) else {
            return Err(JobError::PasidDisabled);
        };
        if !ctrl.enable() {
            return Err(JobError::PasidDisabled);
        }
        let width = cap.max_pasid_width();
        if u64::from(pasid.value()) >> width != 0 {
            return Err(JobError::PasidWidth { pasid: pasid.value(), width });
        }
        if job.privileged && !ctrl.priv_en() {
            return Err(JobError::PrefixBit("privileged mode"));
        }
        if job.execute && !ctrl.exec_en() {
            return Err(JobError::PrefixBit("execute"));
        }
        if job.execute && write {
            return Err(JobError::ExecuteOnWrite);
        }
        Ok(Some(PasidPrefix { pasid, privileged: job.privileged, execute: job.execute }))
    }

    /// Start a job on function `func`. Refused (nothing is sent) when the function may not
    /// issue it: Bus Master Enable clear, PASID / ATS / PRI not enabled, bits not enabled.
    pub fn submit(&mut self, func: u8, job: Job) -> Result<JobId, JobError> {
        let id = JobId(self.jobs.len());
        let f = self.funcs.get(usize::from(func)).ok_or(JobError::NoSuchFunction(func))?;
        if !f.cfg.command().bus_master_en() {
            return Err(JobError::BusMasterDisabled);
        }
        let write = matches!(job.kind, JobKind::Write(_));
        let prefix = Self::prefix_for(f, &job, write)?;
        if job.at == At::TRANSLATED {
            if !f.cfg.ats_ctrl().is_some_and(|c| c.enable()) {
                return Err(JobError::AtsDisabled);
            }
            if prefix.is_some() {
                return Err(JobError::TranslatedWithPasid);
            }
        }
        let devctl = f.cfg.devctl();
        let mps =
            payload_bytes(devctl.max_payload_size().0.min(f.cfg.devcap().max_payload_supported()));
        let mrrs = payload_bytes(devctl.max_read_request_size());
        let rid = f.rid();
        match job.kind {
            JobKind::Read(len) => {
                check_range(job.addr, len)?;
                let chunks = split_requests(job.addr, len, mrrs);
                self.jobs.push(JobRecord {
                    state: JobState::Pending,
                    buf: vec![0; len],
                    left: chunks.len(),
                    read: true,
                });
                for chunk in chunks {
                    self.pending.push_back(Pending::Read {
                        job: id,
                        func,
                        chunk,
                        prefix,
                        at: job.at,
                        used: None,
                    });
                }
            }
            JobKind::Write(ref data) => {
                check_range(job.addr, data.len())?;
                let chunks = split_requests(job.addr, data.len(), mps);
                let mut tlps = Vec::new();
                for c in &chunks {
                    tlps.push(write_request(prefix, rid, job.at, c, data)?);
                }
                let n = tlps.len();
                self.jobs.push(JobRecord {
                    state: JobState::Pending,
                    buf: Vec::new(),
                    left: n,
                    read: false,
                });
                for (i, dws) in tlps.into_iter().enumerate() {
                    self.pending.push_back(Pending::Posted {
                        job: id,
                        dws,
                        completes: i + 1 == n,
                        used: None,
                        group: None,
                    });
                }
            }
            JobKind::PageGroup(ref pages) => {
                let (index, tlps) = self.page_group_tlps(func, pages, prefix, id)?;
                let n = tlps.len();
                self.jobs.push(JobRecord {
                    state: JobState::Pending,
                    buf: Vec::new(),
                    left: n,
                    read: false,
                });
                for dws in tlps {
                    // The job completes at the PRG response, not at transmission.
                    self.pending.push_back(Pending::Posted {
                        job: id,
                        dws,
                        completes: false,
                        used: None,
                        group: Some((func, index)),
                    });
                }
            }
            JobKind::Work(ref ops) => {
                self.submit_work(id, func, ops, prefix)?;
            }
        }
        Ok(id)
    }

    fn page_group_tlps(
        &mut self,
        func: u8,
        pages: &[PageAccess],
        prefix: Option<PasidPrefix>,
        id: JobId,
    ) -> Result<(u16, Vec<Vec<u32>>), JobError> {
        let f = self.funcs.get_mut(usize::from(func)).ok_or(JobError::NoSuchFunction(func))?;
        if pages.is_empty() {
            return Err(JobError::Empty);
        }
        let status = f.cfg.pri_status().ok_or(JobError::PriDisabled)?;
        if !f.cfg.pri_ctrl().is_some_and(|c| c.enable()) || status.response_failure() {
            return Err(JobError::PriDisabled);
        }
        let alloc = f.cfg.pri_alloc().unwrap_or(0);
        let want = pages.len() as u32;
        if f.pri_outstanding.saturating_add(want) > alloc {
            return Err(JobError::PriAllocation { want, outstanding: f.pri_outstanding, alloc });
        }
        let max_index = driver::regs::tlp::TlpPageReq([u32::MAX; 4]).prg_index();
        let index =
            (0..=max_index).find(|i| !f.groups.contains_key(i)).ok_or(JobError::NoPrgIndex)?;
        let rid = f.rid();
        let mut tlps = Vec::new();
        for (i, p) in pages.iter().enumerate() {
            let tlp = Tlp {
                prefix,
                body: TlpBody::Message(Message::PageRequest(PageRequest {
                    requester_id: rid,
                    tag: 0,
                    page_addr: p.addr,
                    prg_index: index,
                    last: i + 1 == pages.len(),
                    write: p.write,
                    read: p.read,
                })),
            };
            tlps.push(tlp.encode().map_err(JobError::Encode)?);
        }
        f.groups.insert(index, Group { job: id, pasid: prefix.map(|p| p.pasid), pages: want });
        f.pri_outstanding += want;
        f.refresh();
        Ok((index, tlps))
    }

    fn finish(&mut self, id: JobId, state: JobState) {
        if let Some(j) = self.jobs.get_mut(id.0) {
            if j.state == JobState::Pending {
                j.state = state;
            }
        }
    }

    fn fail(&mut self, id: JobId, err: JobError) {
        self.finish(id, JobState::Failed(err));
        self.works.remove(&id);
    }

    fn job_pending(&self, id: JobId) -> bool {
        self.jobs.get(id.0).is_some_and(|j| j.state == JobState::Pending)
    }

    // -----------------------------------------------------------------------------------------
    // Transmit
    // -----------------------------------------------------------------------------------------

    /// The next TLP for the root port, if any: answers (completions, invalidate completions)
    /// first, then the requests of jobs in submission order, a posted request passing a read
    /// that waits for a free tag (PCIe Base 6.x 2.4.1 lets posted requests pass non-posted
    /// ones). A write job is done when its last request is handed out here.
    pub fn transmit(&mut self) -> Option<Vec<u32>> {
        self.release_held();
        if let Some(t) = self.answers.pop_front() {
            return Some(t);
        }
        if let Some(t) = self.stop_marker() {
            return Some(t);
        }
        loop {
            let idx = self.pending.iter().position(|p| match p {
                Pending::Posted { .. } => true,
                Pending::Read { func, .. } | Pending::Translate { func, .. } => {
                    self.funcs.get(usize::from(*func)).is_some_and(|f| f.free_tag().is_some())
                }
            })?;
            let item = self.pending.remove(idx)?;
            match item {
                Pending::Posted { job, dws, completes, group, .. } => {
                    let live = match group {
                        Some((fi, index)) => self
                            .funcs
                            .get(usize::from(fi))
                            .is_some_and(|f| f.groups.get(&index).is_some_and(|g| g.job == job)),
                        None => self.job_pending(job),
                    };
                    if !live {
                        continue;
                    }
                    if let Some(j) = self.jobs.get_mut(job.0) {
                        j.left = j.left.saturating_sub(1);
                    }
                    if completes {
                        self.finish(job, JobState::Done { data: None });
                    }
                    self.work_check_done(job);
                    return Some(dws);
                }
                Pending::Translate { job, func, page, prefix, no_write } => {
                    if !self.job_pending(job) {
                        continue;
                    }
                    if let Some(dws) = self.send_translation(job, func, page, prefix, no_write) {
                        return Some(dws);
                    }
                }
                Pending::Read { job, func, chunk, prefix, at, used } => {
                    if !self.job_pending(job) {
                        continue;
                    }
                    let now = self.now;
                    let Some(f) = self.funcs.get_mut(usize::from(func)) else { continue };
                    let Some(tag) = f.free_tag() else { continue };
                    let span = dw_span(chunk.addr, chunk.len);
                    let tlp = Tlp {
                        prefix,
                        body: TlpBody::Mem(MemRequest {
                            write: false,
                            requester_id: f.rid(),
                            tag,
                            address: span.dw_addr,
                            length_dw: span.length_dw,
                            first_be: span.first_be,
                            last_be: span.last_be,
                            at,
                            attrs: Attrs::default(),
                            data: Vec::new(),
                        }),
                    };
                    match tlp.encode() {
                        Ok(dws) => {
                            f.reads.insert(
                                tag,
                                OutstandingRead {
                                    job,
                                    chunk,
                                    received: 0,
                                    issued_at: (!self.wire_sends).then_some(now),
                                    used,
                                    translation: None,
                                },
                            );
                            f.refresh();
                            return Some(dws);
                        }
                        Err(e) => self.fail(job, JobError::Encode(e)),
                    }
                }
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // Time
    // -----------------------------------------------------------------------------------------

    /// The link calls [`Device::sent`] for every TLP it finished sending: completion
    /// time-outs then start on the wire instead of at [`Device::transmit`]. A link that
    /// queues what `transmit` gives (the co-simulated one hands the root port one beat at a
    /// time, behind the TLPs before it) must report, or a read queued behind a long stream of
    /// writes times out before it is sent.
    pub fn link_reports_sends(&mut self) {
        self.wire_sends = true;
    }

    /// The link finished sending a TLP that [`Device::transmit`] gave it: a read or a
    /// translation request starts its completion time-out now.
    pub fn sent(&mut self, dws: &[u32]) {
        let Ok(Tlp { body: TlpBody::Mem(m), .. }) = Tlp::decode(dws) else { return };
        if m.write {
            return;
        }
        let now = self.now;
        if let Some(r) = self
            .funcs
            .iter_mut()
            .find(|f| f.rid() == m.requester_id)
            .and_then(|f| f.reads.get_mut(&m.tag))
        {
            r.issued_at = Some(now);
        }
    }

    /// Let `cycles` ticks pass: reads outstanding for the completion time-out fail (unless
    /// Completion Timeout Disable is set), freeing their tags.
    pub fn tick(&mut self, cycles: u64) {
        self.now = self.now.saturating_add(cycles);
        let now = self.now;
        let mut failed = Vec::new();
        for f in &mut self.funcs {
            if f.cfg.devctl2().completion_timeout_disable() {
                continue;
            }
            let limit = f.fc.completion_timeout;
            let late: Vec<u8> = f
                .reads
                .iter()
                .filter(|(_, r)| r.issued_at.is_some_and(|t| now - t >= limit))
                .map(|(&t, _)| t)
                .collect();
            for t in late {
                if let Some(r) = f.reads.remove(&t) {
                    failed.push(r.job);
                }
            }
            f.refresh();
        }
        for j in failed {
            self.fail(j, JobError::Timeout);
        }
    }

    // -----------------------------------------------------------------------------------------
    // Receive
    // -----------------------------------------------------------------------------------------

    /// Take a TLP from the root port. Requests get their answers queued for
    /// [`Device::transmit`]; an error only for a TLP the device cannot take at all.
    pub fn receive(&mut self, dws: &[u32]) -> Result<(), DeviceError> {
        let tlp = Tlp::decode(dws)?;
        match tlp.body {
            TlpBody::Config(c) => self.config_request(&c),
            TlpBody::Completion(c) => self.completion(c)?,
            TlpBody::Mem(m) => self.memory_request(&m),
            TlpBody::Message(m) => self.message(tlp.prefix, m),
        }
        self.release_held();
        Ok(())
    }

    fn answer(&mut self, tlp: Tlp) {
        // Answers are built from decoded requests; one that cannot be encoded is dropped.
        if let Ok(dws) = tlp.encode() {
            self.answers.push_back(dws);
        }
    }

    fn config_request(&mut self, c: &ConfigRequest) {
        let cpl = |status: CplStatus, data: Vec<u8>| {
            Tlp::new(TlpBody::Completion(Completion {
                completer_id: c.target,
                status,
                bcm: false,
                byte_count: DW_BYTES,
                requester_id: c.requester_id,
                tag: c.tag,
                lower_address: 0,
                attrs: Attrs::default(),
                data,
            }))
        };
        // PCIe Base 6.x 7.3.1 / 2.3.1: a Type 1 request received by an endpoint, and a Type 0
        // request for a function the device does not implement, are Unsupported Requests.
        let func = usize::from(c.target.func());
        if c.type1 || func >= self.funcs.len() {
            self.answer(cpl(CplStatus::UR, Vec::new()));
            return;
        }
        let Some(f) = self.funcs.get_mut(func) else { return };
        if f.crs_left > 0 {
            f.crs_left -= 1;
            self.answer(cpl(CplStatus::CRS, Vec::new()));
            return;
        }
        if c.write {
            // PCIe Base 6.x 2.2.6.2: capture bus and device from Type 0 writes completed.
            f.bus = c.target.bus();
            f.device = c.target.device();
            let wo = f.cfg.write_dw(c.register, c.data, c.first_be);
            if !f.cfg.ats_ctrl().is_some_and(|c| c.enable()) {
                // ATS off: the function may not keep or use translations.
                f.atc.clear();
            }
            let mut reset_groups = Vec::new();
            if let Some(at) = f.cfg.caps().pri {
                let ctrl_at = at + PriExtCap::CTRL_BYTE_OFFSET;
                let reset = PriCtrl::default().with_reset(true).0;
                let enabled = f.cfg.pri_ctrl().is_some_and(|c| c.enable());
                if wo.iter().any(|w| w.offset == ctrl_at && w.bits & u64::from(reset) != 0)
                    && !enabled
                {
                    // Reset with Enable clear: forget outstanding groups, clear RF and UPRGI.
                    reset_groups = f.groups.values().map(|g| g.job).collect();
                    f.groups.clear();
                    f.pri_outstanding = 0;
                    let sticky = PriStatus::default()
                        .with_response_failure(true)
                        .with_unexpected_prg_index(true);
                    f.cfg.hw_update(at + PriExtCap::STATUS_BYTE_OFFSET, sticky.0.into(), 0);
                }
            }
            f.refresh();
            for j in reset_groups {
                self.fail(j, JobError::PriReset);
            }
            self.answer(cpl(CplStatus::SC, Vec::new()));
        } else {
            let value = f.cfg.read_dw(c.register);
            self.answer(cpl(CplStatus::SC, value.to_le_bytes().to_vec()));
        }
    }

    fn completion(&mut self, c: Completion) -> Result<(), DeviceError> {
        let unexpected =
            DeviceError::UnexpectedCompletion { requester: c.requester_id.to_bits(), tag: c.tag };
        let fi = usize::from(c.requester_id.func());
        let Some(f) = self.funcs.get_mut(fi) else { return Err(unexpected) };
        if f.rid() != c.requester_id {
            return Err(unexpected);
        }
        let Some(r) = f.reads.get_mut(&c.tag) else { return Err(unexpected) };
        let job = r.job;
        if let Some(wait) = r.translation {
            f.reads.remove(&c.tag);
            f.refresh();
            self.translation_completion(fi, job, wait, &c);
            return Ok(());
        }
        let remaining = r.chunk.len - r.received;
        let outcome: Result<bool, JobError> = (|| {
            if c.status != CplStatus::SC {
                return Err(JobError::CompletionStatus(c.status));
            }
            if c.attrs.poisoned {
                return Err(JobError::Poisoned);
            }
            if c.data.is_empty() {
                return Err(JobError::BadCompletion(CompletionFault::NoData));
            }
            if c.byte_count != remaining {
                return Err(JobError::BadCompletion(CompletionFault::ByteCount {
                    expected: remaining,
                    got: c.byte_count,
                }));
            }
            let la_max = TlpCpl([u32::MAX; 3]).lower_address();
            let next = r.chunk.addr + r.received as u64;
            let expected_la = (next as u8) & la_max;
            if c.lower_address != expected_la {
                return Err(JobError::BadCompletion(CompletionFault::LowerAddress {
                    expected: expected_la,
                    got: c.lower_address,
                }));
            }
            let lead = usize::from(c.lower_address) % DW_BYTES;
            let whole = (lead + remaining).div_ceil(DW_BYTES) * DW_BYTES;
            if c.data.len() > whole {
                return Err(JobError::BadCompletion(CompletionFault::Length {
                    max: whole,
                    got: c.data.len(),
                }));
            }
            let bytes = if c.data.len() == whole { remaining } else { c.data.len() - lead };
            if bytes == 0 {
                return Err(JobError::BadCompletion(CompletionFault::Length {
                    max: whole,
                    got: c.data.len(),
                }));
            }
            Ok(bytes == remaining)
        })();
        match outcome {
            Err(e) => {
                f.reads.remove(&c.tag);
                if let JobError::CompletionStatus(s) = e {
                    if s == CplStatus::UR {
                        f.set_status(Status::default().with_received_master_abort(true));
                    } else if s == CplStatus::CA {
                        f.set_status(Status::default().with_received_target_abort(true));
                    }
                }
                f.refresh();
                self.fail(job, e);
            }
            Ok(last) => {
                let lead = usize::from(c.lower_address) % DW_BYTES;
                let bytes = if last { remaining } else { c.data.len() - lead };
                let at = r.chunk.offset + r.received;
                r.received += bytes;
                if last {
                    f.reads.remove(&c.tag);
                    f.refresh();
                }
                if let Some(j) = self.jobs.get_mut(job.0) {
                    if j.state == JobState::Pending {
                        if let Some(dst) = j.buf.get_mut(at..at + bytes) {
                            dst.copy_from_slice(&c.data[lead..lead + bytes]);
                        }
                        if last {
                            j.left = j.left.saturating_sub(1);
                            if j.left == 0 && j.read {
                                j.state = JobState::Done { data: Some(std::mem::take(&mut j.buf)) };
                            }
                        }
                    }
                }
                if last {
                    self.work_check_done(job);
                }
            }
        }
        Ok(())
    }

    fn memory_request(&mut self, m: &MemRequest) {
        let span_bytes = (m.length_dw * DW_BYTES) as u64;
        let hit = self.funcs.iter().position(|f| {
            f.cfg.command().mem_space_en()
                && f.cfg.bar0_base().is_some_and(|base| {
                    m.address >= base
                        && m.address
                            .checked_add(span_bytes)
                            .is_some_and(|end| end <= base.saturating_add(f.cfg.bar0_size()))
                })
        });
        let Some(fi) = hit else {
            // Not ours: an Unsupported Request; a read gets a UR completion (PCIe Base 6.x
            // 2.3.1), the error is recorded in Device Status of function 0.
            if let Some(f) = self.funcs.first_mut() {
                f.set_devsta(Devsta::default().with_unsupported_req_detected(true));
                let rid = f.rid();
                if !m.write {
                    self.answer(Tlp::new(TlpBody::Completion(Completion {
                        completer_id: rid,
                        status: CplStatus::UR,
                        bcm: false,
                        byte_count: m.length_dw * DW_BYTES,
                        requester_id: m.requester_id,
                        tag: m.tag,
                        lower_address: 0,
                        attrs: m.attrs,
                        data: Vec::new(),
                    })));
                }
            }
            return;
        };
        let Some(f) = self.funcs.get_mut(fi) else { return };
        let base = f.cfg.bar0_base().unwrap_or(0);
        let offsets = enabled_bytes(m.length_dw, m.first_be, m.last_be);
        if m.write {
            if !m.attrs.poisoned {
                for &o in &offsets {
                    if let Some(&b) = m.data.get(o) {
                        f.bar_mem.insert(m.address - base + o as u64, b);
                    }
                }
            }
            return;
        }
        // A read: bytes from the first enabled to the last enabled one (a zero-length read
        // returns one DW, Byte Count 1: PCIe Base 6.x 2.2.9).
        let (first, len) = match (offsets.first(), offsets.last()) {
            (Some(&a), Some(&b)) => (a, b - a + 1),
            _ => (0, 1),
        };
        let start = m.address + first as u64;
        let mps = payload_bytes(f.cfg.devctl().max_payload_size().0);
        let la_max = TlpCpl([u32::MAX; 3]).lower_address();
        let rid = f.rid();
        let mut cpls = Vec::new();
        for c in split_completions(start, len, mps, RCB_SIZE_UNIT as usize) {
            let span = dw_span(c.addr, c.len);
            let data: Vec<u8> = (0..span.length_dw * DW_BYTES)
                .map(|k| *f.bar_mem.get(&(span.dw_addr - base + k as u64)).unwrap_or(&0))
                .collect();
            cpls.push(Tlp::new(TlpBody::Completion(Completion {
                completer_id: rid,
                status: CplStatus::SC,
                bcm: false,
                byte_count: len - c.offset,
                requester_id: m.requester_id,
                tag: m.tag,
                lower_address: (c.addr as u8) & la_max,
                attrs: m.attrs,
                data,
            })));
        }
        for t in cpls {
            self.answer(t);
        }
    }

    fn message(&mut self, prefix: Option<PasidPrefix>, m: Message) {
        match m {
            Message::PrgResponse { destination_id, code, prg_index, .. } => {
                self.prg_response(prefix, destination_id, code, prg_index)
            }
            Message::AtsInvalRequest { requester_id, itag, device_id, address, size, global } => {
                let fi = usize::from(device_id.func());
                let Some(f) = self.funcs.get_mut(fi) else { return };
                if !f.cfg.ats_ctrl().is_some_and(|c| c.enable()) {
                    // ATS off: the request is unsupported; messages get no completion.
                    f.set_devsta(Devsta::default().with_unsupported_req_detected(true));
                    return;
                }
                let inv =
                    Invalidation { pasid: prefix.map(|p| p.pasid), address, size, global, itag };
                f.invalidations.push(inv);
                self.invalidate(fi, inv, requester_id);
            }
            // Other messages (and page requests, which an endpoint does not receive) are
            // dropped, as PCIe lets a receiver drop messages it does not use.
            _ => {}
        }
    }

    fn prg_response(
        &mut self,
        prefix: Option<PasidPrefix>,
        dest: RoutingId,
        code: PrgRespCode,
        index: u16,
    ) {
        let Some(f) = self.funcs.get_mut(usize::from(dest.func())) else { return };
        let Some(at) = f.cfg.caps().pri else { return };
        // PRG indexes are allocated per function, so the index names the group. With PRG
        // Response PASID Required the response should carry the group's PASID; one that does
        // must carry the right one, one without is matched by its index alone (PCIe Base 6.x
        // 10.4.2.1 lets the function take either).
        let matches = f.groups.get(&index).is_some_and(|g| match (g.pasid, prefix) {
            (Some(want), Some(got)) => want == got.pasid,
            _ => true,
        });
        let status_at = at + PriExtCap::STATUS_BYTE_OFFSET;
        if !matches {
            let uprgi = PriStatus::default().with_unexpected_prg_index(true).0;
            f.cfg.hw_update(status_at, uprgi.into(), uprgi.into());
            return;
        }
        let Some(g) = f.groups.remove(&index) else { return };
        f.pri_outstanding = f.pri_outstanding.saturating_sub(g.pages);
        if code == PrgRespCode::RESPONSE_FAILURE {
            let rf = PriStatus::default().with_response_failure(true).0;
            f.cfg.hw_update(status_at, rf.into(), rf.into());
        }
        f.refresh();
        let func = dest.func();
        if self.works.contains_key(&g.job) {
            self.work_page_response(g.job, code);
        } else if code == PrgRespCode::SUCCESS {
            self.finish(g.job, JobState::Done { data: None });
        } else {
            self.fail(g.job, JobError::PageResponse(code));
        }
        // A response frees allocation: work items waiting for it go on.
        self.work_retry_allocation(func);
    }
}

fn check_range(addr: u64, len: usize) -> Result<(), JobError> {
    if len == 0 {
        return Err(JobError::Empty);
    }
    addr.checked_add(len as u64 - 1).map(|_| ()).ok_or(JobError::AddressOverflow)
}
