//! Work items (ATS translation, PRI page requests and retries), ATS invalidations against
//! the ATC with their ordering, and stop markers.

use driver::regs::pcie_rp_cfg::Status;
use driver::regs::tlp::{At, CplStatus, PrgRespCode};

use super::{
    check_range, write_request, Device, HeldCompletion, Invalidation, InvalidationResponse, Job,
    JobError, JobId, JobRecord, JobState, OutstandingRead, Pending, Piece, Stage, StopMarker,
    TranslationWait, Used, Work, WorkOp,
};
use crate::ats::{decode_range, Atc, Translation, TranslationRequest, PAGE_BYTES};
use crate::config::payload_bytes;
use crate::dma::{split_requests, Chunk};
use crate::tlp::{
    Attrs, Completion, Message, PageRequest, Pasid, PasidPrefix, Tlp, TlpBody, TlpError,
};
use driver::regs::pcie_ep_caps::RoutingId;

impl Device {
    /// The ATC of function `func`.
    pub fn atc(&self, func: u8) -> Option<&Atc> {
        self.funcs.get(usize::from(func)).map(|f| &f.atc)
    }

    /// How function `func` answers the next ATS invalidate requests. `Split(n)` needs `n` in
    /// 1..=8 (the Completion Count field).
    pub fn set_invalidation_response(
        &mut self,
        func: u8,
        response: InvalidationResponse,
    ) -> Result<(), JobError> {
        if let InvalidationResponse::Split(n) = response {
            if n == 0 || n > 8 {
                return Err(JobError::Encode(TlpError::FieldRange {
                    field: "cc",
                    value: n.into(),
                }));
            }
        }
        let f = self.funcs.get_mut(usize::from(func)).ok_or(JobError::NoSuchFunction(func))?;
        f.inval_response = response;
        Ok(())
    }

    /// The function stops using `pasid` (PCIe Base 6.x 10.4.1.2, stop marker): its work
    /// items on the PASID still running fail with [`JobError::PasidStopped`]; once every
    /// page request group of the PASID has its response, a Stop Marker (a page request with
    /// L = 1, R = W = 0, the PASID prefix; page address and PRG index zero) is sent. The
    /// returned job is done when the marker leaves [`Device::transmit`]. A stop marker gets
    /// no response and does not count against the page request allocation. The PASID may be
    /// used again afterwards (a new bind).
    pub fn stop_pasid(&mut self, func: u8, pasid: Pasid) -> Result<JobId, JobError> {
        let f = self.funcs.get(usize::from(func)).ok_or(JobError::NoSuchFunction(func))?;
        Self::prefix_for(f, &Job::work(Vec::new()).pasid(pasid), false)?;
        if !f.cfg.pri_ctrl().is_some_and(|c| c.enable()) {
            return Err(JobError::PriDisabled);
        }
        let stopped: Vec<JobId> = self
            .works
            .iter()
            .filter(|(_, w)| w.func == func && w.prefix.map(|p| p.pasid) == Some(pasid))
            .map(|(&id, _)| id)
            .collect();
        for id in stopped {
            self.fail(id, JobError::PasidStopped);
        }
        let id = JobId(self.jobs.len());
        self.jobs.push(JobRecord {
            state: JobState::Pending,
            buf: Vec::new(),
            left: 0,
            read: false,
        });
        self.stops.push(StopMarker { job: id, func, pasid });
        Ok(id)
    }

    pub(super) fn submit_work(
        &mut self,
        id: JobId,
        func: u8,
        ops: &[WorkOp],
        prefix: Option<PasidPrefix>,
    ) -> Result<(), JobError> {
        let f = self.funcs.get(usize::from(func)).ok_or(JobError::NoSuchFunction(func))?;
        if !f.cfg.ats_ctrl().is_some_and(|c| c.enable()) {
            return Err(JobError::AtsDisabled);
        }
        if ops.is_empty() {
            return Err(JobError::Empty);
        }
        let mut pieces = Vec::new();
        let mut read_len = 0usize;
        for op in ops {
            let (addr, len, data) = match op {
                WorkOp::Read { addr, len } => (*addr, *len, None),
                WorkOp::Write { addr, data } => {
                    if prefix.is_some_and(|p| p.execute) {
                        return Err(JobError::ExecuteOnWrite);
                    }
                    (*addr, data.len(), Some(data))
                }
            };
            check_range(addr, len)?;
            for c in split_requests(addr, len, PAGE_BYTES as usize) {
                pieces.push(Piece {
                    addr: c.addr,
                    len: c.len,
                    data: data.map(|d| d[c.offset..c.offset + c.len].to_vec()),
                    offset: if data.is_some() { 0 } else { read_len + c.offset },
                });
            }
            if data.is_none() {
                read_len += len;
            }
        }
        self.jobs.push(JobRecord {
            state: JobState::Pending,
            buf: vec![0; read_len],
            left: 0,
            read: false,
        });
        self.works.insert(
            id,
            Work { func, prefix, pieces, next: 0, stage: Stage::Ready, attempts: 0, fresh: None },
        );
        self.work_advance(id);
        Ok(())
    }

    /// Go through the pieces of a work item until one needs an answer from outside.
    fn work_advance(&mut self, id: JobId) {
        loop {
            if !self.job_pending(id) {
                self.works.remove(&id);
                return;
            }
            let Some(w) = self.works.get_mut(&id) else { return };
            if w.stage != Stage::Ready {
                return;
            }
            let Some(piece) = w.pieces.get(w.next).cloned() else {
                self.work_check_done(id);
                return;
            };
            let func = w.func;
            let prefix = w.prefix;
            let pasid = prefix.map(|p| p.pasid);
            let privileged = prefix.is_some_and(|p| p.privileged);
            let execute = prefix.is_some_and(|p| p.execute);
            let write = piece.data.is_some();
            let fresh = w.fresh.take();
            let Some(f) = self.funcs.get_mut(usize::from(func)) else { return };
            if !f.cfg.ats_ctrl().is_some_and(|c| c.enable()) {
                self.fail(id, JobError::AtsDisabled);
                return;
            }
            let entry = fresh.or_else(|| f.atc.lookup(pasid, privileged, piece.addr));
            let issued = match entry {
                // U: this range only through untranslated requests (with the PASID prefix).
                Some(e) if e.translation.untranslated_only => {
                    self.issue(id, func, &piece, piece.addr, prefix, None)
                }
                Some(e) if e.translation.grants(write, execute) => {
                    let to = e.translate(piece.addr);
                    let used = Used { func, pasid, page: piece.addr & !(PAGE_BYTES - 1), seq: 0 };
                    self.issue(id, func, &piece, to, None, Some(used))
                }
                _ => {
                    let limit = f.fc.translation_attempts;
                    let Some(w) = self.works.get_mut(&id) else { return };
                    if w.attempts >= limit {
                        let attempts = w.attempts;
                        let addr = piece.addr & !(PAGE_BYTES - 1);
                        self.fail(id, JobError::TranslationAttempts { addr, attempts });
                        return;
                    }
                    w.attempts += 1;
                    w.stage = Stage::Translating;
                    self.pending.push_back(Pending::Translate {
                        job: id,
                        func,
                        page: piece.addr & !(PAGE_BYTES - 1),
                        prefix,
                        no_write: !write,
                    });
                    return;
                }
            };
            if let Err(e) = issued {
                self.fail(id, e);
                return;
            }
            if let Some(w) = self.works.get_mut(&id) {
                w.next += 1;
                w.attempts = 0;
            }
        }
    }

    /// Queue the memory requests of one piece at `addr`: translated when `used` says which
    /// translation, else untranslated with `prefix`.
    fn issue(
        &mut self,
        id: JobId,
        func: u8,
        piece: &Piece,
        addr: u64,
        prefix: Option<PasidPrefix>,
        used: Option<Used>,
    ) -> Result<(), JobError> {
        let at = if used.is_some() { At::TRANSLATED } else { At::UNTRANSLATED };
        let seq = self.seq;
        self.seq += 1;
        let used = used.map(|u| Used { seq, ..u });
        let f = self.funcs.get(usize::from(func)).ok_or(JobError::NoSuchFunction(func))?;
        let devctl = f.cfg.devctl();
        let mps =
            payload_bytes(devctl.max_payload_size().0.min(f.cfg.devcap().max_payload_supported()));
        let mrrs = payload_bytes(devctl.max_read_request_size());
        let rid = f.rid();
        let mut items = Vec::new();
        match &piece.data {
            None => {
                for c in split_requests(addr, piece.len, mrrs) {
                    let chunk = Chunk { addr: c.addr, len: c.len, offset: piece.offset + c.offset };
                    items.push(Pending::Read { job: id, func, chunk, prefix, at, used });
                }
            }
            Some(data) => {
                for c in split_requests(addr, piece.len, mps) {
                    let dws = write_request(prefix, rid, at, &c, data)?;
                    items.push(Pending::Posted {
                        job: id,
                        dws,
                        completes: false,
                        used,
                        group: None,
                    });
                }
            }
        }
        if let Some(j) = self.jobs.get_mut(id.0) {
            j.left += items.len();
        }
        self.pending.extend(items);
        Ok(())
    }

    /// Hand out a queued translation request if a tag is free.
    pub(super) fn send_translation(
        &mut self,
        job: JobId,
        func: u8,
        page: u64,
        prefix: Option<PasidPrefix>,
        no_write: bool,
    ) -> Option<Vec<u32>> {
        let now = self.now;
        let f = self.funcs.get_mut(usize::from(func))?;
        let tag = f.free_tag()?;
        let req = TranslationRequest {
            requester_id: f.rid(),
            tag,
            address: page,
            translations: 1,
            no_write,
            attrs: Attrs::default(),
        };
        match req.encode(prefix) {
            Ok(dws) => {
                let chunk = Chunk { addr: page, len: Translation::ENTRY_BYTES, offset: 0 };
                let wait = TranslationWait { page, pasid: prefix.map(|p| p.pasid), stale: false };
                f.reads.insert(
                    tag,
                    OutstandingRead {
                        job,
                        chunk,
                        received: 0,
                        issued_at: (!self.wire_sends).then_some(now),
                        used: None,
                        translation: Some(wait),
                    },
                );
                f.refresh();
                Some(dws)
            }
            Err(e) => {
                self.fail(job, JobError::Encode(e));
                None
            }
        }
    }

    /// A translation completion for a work item (PCIe Base 6.x 10.2.3): UR / CA fail the
    /// work item; a translation that grants the access is cached and used; one that does
    /// not leads to a page request.
    pub(super) fn translation_completion(
        &mut self,
        fi: usize,
        job: JobId,
        wait: TranslationWait,
        c: &Completion,
    ) {
        if !self.job_pending(job) {
            return;
        }
        let outcome = (|| {
            if c.status != CplStatus::SC {
                return Err(JobError::CompletionStatus(c.status));
            }
            if c.attrs.poisoned {
                return Err(JobError::Poisoned);
            }
            if c.byte_count != c.data.len() {
                return Err(JobError::BadCompletion(super::CompletionFault::ByteCount {
                    expected: c.data.len(),
                    got: c.byte_count,
                }));
            }
            let ts = Translation::decode_data(&c.data).map_err(JobError::BadTranslation)?;
            ts.first().copied().ok_or(JobError::BadTranslation(TlpError::Payload(0)))
        })();
        let t = match outcome {
            Ok(t) => t,
            Err(e) => {
                if let (JobError::CompletionStatus(s), Some(f)) = (&e, self.funcs.get_mut(fi)) {
                    if *s == CplStatus::UR {
                        f.set_status(Status::default().with_received_master_abort(true));
                    } else if *s == CplStatus::CA {
                        f.set_status(Status::default().with_received_target_abort(true));
                    }
                }
                self.fail(job, e);
                return;
            }
        };
        let Some(w) = self.works.get_mut(&job) else { return };
        let Some(f) = self.funcs.get_mut(fi) else { return };
        let Some(piece) = w.pieces.get(w.next) else { return };
        let write = piece.data.is_some();
        let execute = w.prefix.is_some_and(|p| p.execute);
        let privileged = w.prefix.is_some_and(|p| p.privileged);
        w.stage = Stage::Ready;
        if !f.cfg.ats_ctrl().is_some_and(|c| c.enable()) {
            self.fail(job, JobError::AtsDisabled);
            return;
        }
        if wait.stale {
            // Invalidated while in flight: the answer may predate the invalidation.
            self.work_advance(job);
            return;
        }
        // R = W = 0 (and not U) is no translation: nothing to cache (PCIe Base 6.x 10.2.3).
        let usable = t.read || t.write || t.untranslated_only;
        let entry = usable.then(|| f.atc.insert(wait.pasid, privileged, wait.page, t));
        match entry {
            Some(e) if e.translation.untranslated_only || e.translation.grants(write, execute) => {
                w.fresh = Some(e);
                self.work_advance(job);
            }
            _ => self.work_page_request(job),
        }
    }

    /// Ask for the page of the current piece through PRI, or wait for allocation. The group
    /// is a chunk of the work item: the faulting page, then the next pages the work item will
    /// touch that the ATC does not already grant, up to `FunctionConfig::page_request_batch`
    /// pages and the allocation left; Last on the final request.
    fn work_page_request(&mut self, job: JobId) {
        let Some(w) = self.works.get_mut(&job) else { return };
        let prefix = w.prefix;
        let pasid = prefix.map(|p| p.pasid);
        let privileged = prefix.is_some_and(|p| p.privileged);
        let execute = prefix.is_some_and(|p| p.execute);
        let Some(f) = self.funcs.get_mut(usize::from(w.func)) else { return };
        let stopped = f.cfg.pri_status().is_none_or(|s| s.response_failure());
        if stopped || !f.cfg.pri_ctrl().is_some_and(|c| c.enable()) {
            self.fail(job, JobError::PriDisabled);
            return;
        }
        let alloc = f.cfg.pri_alloc().unwrap_or(0);
        if alloc == 0 {
            let outstanding = f.pri_outstanding;
            self.fail(job, JobError::PriAllocation { want: 1, outstanding, alloc });
            return;
        }
        let max_index = driver::regs::tlp::TlpPageReq([u32::MAX; 4]).prg_index();
        let index = (0..=max_index).find(|i| !f.groups.contains_key(i));
        // Never more requests outstanding than the allocation (PCIe Base 6.x 10.5.2.5); an
        // index is in use until its response.
        let room = alloc.saturating_sub(f.pri_outstanding) as usize;
        let (Some(index), true) = (index, room > 0) else {
            w.stage = Stage::WaitAllocation;
            return;
        };
        let limit = room.min(f.fc.page_request_batch.max(1));
        // (page, read, write) in the order the work item touches them.
        let mut pages: Vec<(u64, bool, bool)> = Vec::new();
        for (k, p) in w.pieces.iter().enumerate().skip(w.next) {
            let page = p.addr & !(PAGE_BYTES - 1);
            let write = p.data.is_some();
            if let Some(e) = pages.iter_mut().find(|e| e.0 == page) {
                e.1 |= !write;
                e.2 |= write;
                continue;
            }
            let granted = f.atc.peek(pasid, privileged, p.addr).is_some_and(|e| {
                e.translation.untranslated_only || e.translation.grants(write, execute)
            });
            if k > w.next && granted {
                continue;
            }
            if pages.len() == limit {
                break;
            }
            pages.push((page, !write, write));
        }
        let rid = f.rid();
        let mut tlps = Vec::new();
        for (i, &(page_addr, read, write)) in pages.iter().enumerate() {
            let tlp = Tlp {
                prefix,
                body: TlpBody::Message(Message::PageRequest(PageRequest {
                    requester_id: rid,
                    tag: 0,
                    page_addr,
                    prg_index: index,
                    last: i + 1 == pages.len(),
                    write,
                    read,
                })),
            };
            match tlp.encode() {
                Ok(d) => tlps.push(d),
                Err(e) => {
                    self.fail(job, JobError::Encode(e));
                    return;
                }
            }
        }
        let n = tlps.len();
        let func = f.number;
        f.groups.insert(index, super::Group { job, pasid, pages: n as u32 });
        f.pri_outstanding += n as u32;
        f.refresh();
        w.stage = Stage::Paging;
        if let Some(j) = self.jobs.get_mut(job.0) {
            j.left += n;
        }
        for dws in tlps {
            let group = Some((func, index));
            self.pending.push_back(Pending::Posted {
                job,
                dws,
                completes: false,
                used: None,
                group,
            });
        }
    }

    /// The PRG response of a work item's page request.
    pub(super) fn work_page_response(&mut self, job: JobId, code: PrgRespCode) {
        if code != PrgRespCode::SUCCESS {
            self.fail(job, JobError::PageResponse(code));
            return;
        }
        if let Some(w) = self.works.get_mut(&job) {
            w.stage = Stage::Ready;
        }
        self.work_advance(job);
    }

    /// Work items of `func` waiting for page request allocation try again.
    pub(super) fn work_retry_allocation(&mut self, func: u8) {
        let waiting: Vec<JobId> = self
            .works
            .iter()
            .filter(|(_, w)| w.func == func && w.stage == Stage::WaitAllocation)
            .map(|(&id, _)| id)
            .collect();
        for id in waiting {
            self.work_page_request(id);
        }
    }

    /// A work item is done when every piece is issued and every request sent or answered.
    pub(super) fn work_check_done(&mut self, id: JobId) {
        let Some(w) = self.works.get(&id) else { return };
        if w.next < w.pieces.len() || w.stage != Stage::Ready {
            return;
        }
        let Some(j) = self.jobs.get_mut(id.0) else { return };
        if j.left == 0 && j.state == JobState::Pending {
            j.state = JobState::Done { data: Some(std::mem::take(&mut j.buf)) };
            self.works.remove(&id);
        }
    }

    /// An invalidate request for function `fi` (ATS enabled): remove the ATC entries it hits,
    /// mark translation requests in flight for its range as stale, and queue the completion
    /// behind the translated requests that used the removed entries.
    pub(super) fn invalidate(&mut self, fi: usize, inv: Invalidation, rc: RoutingId) {
        let Some(f) = self.funcs.get_mut(fi) else { return };
        let range = decode_range(inv.address, inv.size).unwrap_or((0, u64::MAX));
        f.atc.invalidate(inv.pasid, range.0, range.1, inv.global);
        let hits = |pasid: Option<Pasid>, addr: u64| {
            Atc::invalidation_hits(inv.pasid, inv.global, range, pasid, addr)
        };
        for r in f.reads.values_mut() {
            if let Some(w) = r.translation.as_mut() {
                if hits(w.pasid, w.page) {
                    w.stale = true;
                }
            }
        }
        let func = f.number;
        for w in self.works.values_mut().filter(|w| w.func == func) {
            let pasid = w.prefix.map(|p| p.pasid);
            let page = w.pieces.get(w.next).map(|p| p.addr & !(PAGE_BYTES - 1));
            if page.is_some_and(|page| hits(pasid, page)) {
                w.fresh = None;
            }
        }
        let count = match f.inval_response {
            InvalidationResponse::Ignore => return,
            InvalidationResponse::Complete => 1,
            InvalidationResponse::Split(n) => n,
        };
        let rid = f.rid();
        let mut tlps = Vec::new();
        for _ in 0..count {
            let t = Tlp::new(TlpBody::Message(Message::AtsInvalCompletion {
                requester_id: rid,
                tag: 0,
                device_id: rc,
                cc: count,
                itag_vector: 1 << inv.itag,
            }));
            if let Ok(dws) = t.encode() {
                tlps.push(dws);
            }
        }
        let seq = self.seq;
        self.seq += 1;
        self.held.push(HeldCompletion { func, inv, range, seq, tlps });
    }

    /// Move held invalidate completions to the answers, oldest first, once no translated
    /// request issued before the invalidate request with a translation in its range is
    /// still queued (posted) or unanswered (reads). Requests issued later do not hold it.
    pub(super) fn release_held(&mut self) {
        while let Some(h) = self.held.first() {
            let blocks = |u: &Option<Used>| {
                u.is_some_and(|u| {
                    u.func == h.func
                        && u.seq < h.seq
                        && Atc::invalidation_hits(
                            h.inv.pasid,
                            h.inv.global,
                            h.range,
                            u.pasid,
                            u.page,
                        )
                })
            };
            let queued = self.pending.iter().any(|p| match p {
                Pending::Read { job, used, .. } | Pending::Posted { job, used, .. } => {
                    self.job_pending(*job) && blocks(used)
                }
                Pending::Translate { .. } => false,
            });
            let reading = self
                .funcs
                .get(usize::from(h.func))
                .is_some_and(|f| f.reads.values().any(|r| blocks(&r.used)));
            if queued || reading {
                return;
            }
            let h = self.held.remove(0);
            self.answers.extend(h.tlps);
        }
    }

    /// The next stop marker whose PASID has no page request group outstanding.
    pub(super) fn stop_marker(&mut self) -> Option<Vec<u32>> {
        let idx = self.stops.iter().position(|s| {
            self.funcs
                .get(usize::from(s.func))
                .is_some_and(|f| f.groups.values().all(|g| g.pasid != Some(s.pasid)))
        })?;
        let s = self.stops.remove(idx);
        let rid = self.funcs.get(usize::from(s.func))?.rid();
        let tlp = Tlp {
            prefix: Some(PasidPrefix { pasid: s.pasid, privileged: false, execute: false }),
            body: TlpBody::Message(Message::PageRequest(PageRequest {
                requester_id: rid,
                tag: 0,
                page_addr: 0,
                prg_index: 0,
                last: true,
                write: false,
                read: false,
            })),
        };
        match tlp.encode() {
            Ok(dws) => {
                self.finish(s.job, JobState::Done { data: None });
                Some(dws)
            }
            Err(e) => {
                self.fail(s.job, JobError::Encode(e));
                None
            }
        }
    }
}
