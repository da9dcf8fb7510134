//! AXI4 slave in front of [`HostMemory`]: what the design's `m_axi_*` master talks to.
//!
//! * Bursts FIXED, INCR and WRAP, any size up to the bus width, unaligned first beats, byte
//!   strobes, W before or after AW; responses in request order (per channel).
//! * Latency: a read burst's first beat is offered no earlier than `read_latency` cycles after
//!   its AR handshake; a write's B no earlier than `write_latency` cycles after its last W beat.
//! * Backpressure: every cycle each of ARREADY, AWREADY and WREADY is high with probability
//!   `ready_chance`, and an R beat or B response that may be offered is offered with that
//!   probability (once offered, VALID stays high until accepted, as AXI requires). At most
//!   `max_outstanding` bursts wait per direction. All randomness comes from the harness seed.
//! * Protection: a beat outside the mapped memory is refused with DECERR (a read beat returns
//!   zeros; a write burst with any such beat writes nothing) and reported as
//!   [`MemEvent::Refused`]. AXI rule breaks by the master (a burst crossing 4 KiB, WRAP
//!   lengths other than 2/4/8/16, WLAST on the wrong beat, a size wider than the bus) are
//!   reported as [`MemEvent::Protocol`].

use std::collections::VecDeque;

use crate::memory::HostMemory;

/// AXI response codes.
pub const OKAY: u8 = 0;
/// Slave error (the response to a malformed burst).
pub const SLVERR: u8 = 2;
/// Decode error: nothing mapped there.
pub const DECERR: u8 = 3;
/// AxBURST encodings (AXI4 A3.4.1).
pub const BURST_FIXED: u8 = 0;
/// Incrementing burst.
pub const BURST_INCR: u8 = 1;
/// Wrapping burst.
pub const BURST_WRAP: u8 = 2;

pub use cosim_common::config::AxiMemConfig;

/// What the master drives (the design's `m_axi_*` outputs).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[allow(missing_docs)]
pub struct AxiReq {
    pub awid: u32,
    pub awaddr: u64,
    pub awlen: u8,
    pub awsize: u8,
    pub awburst: u8,
    pub awvalid: bool,
    pub wdata: u64,
    pub wstrb: u8,
    pub wlast: bool,
    pub wvalid: bool,
    pub bready: bool,
    pub arid: u32,
    pub araddr: u64,
    pub arlen: u8,
    pub arsize: u8,
    pub arburst: u8,
    pub arvalid: bool,
    pub rready: bool,
}

/// What the slave drives (the design's `m_axi_*` inputs).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[allow(missing_docs)]
pub struct AxiResp {
    pub awready: bool,
    pub wready: bool,
    pub bid: u32,
    pub bresp: u8,
    pub bvalid: bool,
    pub arready: bool,
    pub rid: u32,
    pub rdata: u64,
    pub rresp: u8,
    pub rlast: bool,
    pub rvalid: bool,
}

/// What the memory saw, for the harness's observations and log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MemEvent {
    /// The design wrote `data` at `addr` (one contiguous run of strobed bytes).
    Write { addr: u64, data: Vec<u8> },
    /// The design read `len` bytes at `addr` (one burst).
    Read { addr: u64, len: u64 },
    /// A burst touched unmapped memory; it got DECERR.
    Refused { write: bool, addr: u64, len: u64 },
    /// The master broke an AXI rule.
    Protocol(String),
}

#[derive(Clone, Copy, Debug)]
struct Burst {
    id: u32,
    addr: u64,
    len: u8,
    size: u8,
    burst: u8,
}

impl Burst {
    fn beats(&self) -> usize {
        self.len as usize + 1
    }

    fn bytes(&self) -> u64 {
        1 << self.size
    }

    /// Address of beat `i` (AXI4 A3.4.1).
    fn beat_addr(&self, i: usize) -> u64 {
        let n = self.bytes();
        let aligned = self.addr & !(n - 1);
        match self.burst {
            BURST_FIXED => self.addr,
            BURST_WRAP => {
                let total = n * self.beats() as u64;
                let base = self.addr & !(total - 1);
                base + (self.addr - base + i as u64 * n) % total
            }
            _ if i == 0 => self.addr,
            _ => aligned + i as u64 * n,
        }
    }

    /// Byte addresses a beat carries: from its address to the next size boundary.
    fn beat_bytes(&self, i: usize) -> std::ops::Range<u64> {
        let a = self.beat_addr(i);
        a..(a & !(self.bytes() - 1)) + self.bytes()
    }

    fn footprint(&self) -> (u64, u64) {
        let lo = (0..self.beats()).map(|i| self.beat_addr(i)).min().unwrap_or(self.addr);
        let hi = (0..self.beats()).map(|i| self.beat_bytes(i).end).max().unwrap_or(self.addr);
        (lo, hi - lo)
    }

    fn check(&self, bus_bytes: u64, what: &str) -> Vec<String> {
        let mut problems = Vec::new();
        if self.bytes() > bus_bytes {
            problems.push(format!(
                "{what}: size {} bytes exceeds the {bus_bytes}-byte bus",
                self.bytes()
            ));
        }
        match self.burst {
            BURST_INCR => {
                let first_page = self.addr / 4096;
                let last = self.beat_bytes(self.beats() - 1).end - 1;
                if last / 4096 != first_page {
                    problems.push(format!(
                        "{what}: INCR burst at {:#x} crosses a 4 KiB boundary",
                        self.addr
                    ));
                }
            }
            BURST_WRAP => {
                if ![1, 3, 7, 15].contains(&self.len) {
                    problems.push(format!(
                        "{what}: WRAP burst of {} beats (2, 4, 8 or 16)",
                        self.beats()
                    ));
                }
                if self.addr % self.bytes() != 0 {
                    problems.push(format!(
                        "{what}: WRAP burst address {:#x} not aligned to size",
                        self.addr
                    ));
                }
            }
            BURST_FIXED if self.len > 15 => {
                problems.push(format!("{what}: FIXED burst longer than 16"))
            }
            BURST_FIXED => {}
            b => problems.push(format!("{what}: reserved burst type {b}")),
        }
        problems
    }
}

#[derive(Debug)]
struct PendingRead {
    burst: Burst,
    ready_at: u64,
    beat: usize,
}

#[derive(Debug)]
struct PendingB {
    id: u32,
    resp: u8,
    ready_at: u64,
}

/// The AXI4 memory slave.
#[derive(Debug)]
pub struct AxiMemSlave {
    cfg: AxiMemConfig,
    bus_bytes: u64,
    rng: fastrand::Rng,
    reads: VecDeque<PendingRead>,
    writes: VecDeque<Burst>,
    wbeats: VecDeque<(u64, u8, bool)>,
    bresps: VecDeque<PendingB>,
    /// What this cycle drives (decided by `drive`, used by `sample`).
    out: AxiResp,
}

impl AxiMemSlave {
    /// A slave for a `bus_bytes`-wide data bus (8 for 64 bits).
    pub fn new(cfg: AxiMemConfig, bus_bytes: u64, seed: u64) -> Self {
        assert!(bus_bytes.is_power_of_two() && bus_bytes <= 8, "bus width up to 64 bits");
        AxiMemSlave {
            cfg,
            bus_bytes,
            rng: fastrand::Rng::with_seed(seed),
            reads: VecDeque::new(),
            writes: VecDeque::new(),
            wbeats: VecDeque::new(),
            bresps: VecDeque::new(),
            out: AxiResp::default(),
        }
    }

    /// Whether nothing is in flight.
    pub fn idle(&self) -> bool {
        self.reads.is_empty()
            && self.writes.is_empty()
            && self.wbeats.is_empty()
            && self.bresps.is_empty()
    }

    fn chance(&mut self) -> bool {
        // Always draw, so that the random sequence does not depend on the traffic.
        let x = self.rng.f64();
        x < self.cfg.ready_chance
    }

    /// The slave's outputs for cycle `cycle`.
    pub fn drive(&mut self, cycle: u64, mem: &HostMemory) -> AxiResp {
        let max = self.cfg.max_outstanding.max(1);
        let ar = self.chance();
        let aw = self.chance();
        let w = self.chance();
        let r = self.chance();
        let b = self.chance();
        let mut o = AxiResp {
            arready: ar && self.reads.len() < max,
            awready: aw && self.writes.len() < max,
            wready: w && self.wbeats.len() < 16 * max,
            ..AxiResp::default()
        };
        // R: keep an offered beat until taken.
        if let Some(rd) = self.reads.front() {
            if self.out.rvalid || (rd.ready_at <= cycle && r) {
                let range = rd.burst.beat_bytes(rd.beat);
                let ok = mem.is_mapped(range.start, range.end - range.start);
                let mut data = 0u64;
                if ok {
                    for a in range.clone() {
                        let lane = a % self.bus_bytes;
                        data |= u64::from(mem.read_byte(a)) << (8 * lane);
                    }
                }
                o.rvalid = true;
                o.rid = rd.burst.id;
                o.rdata = data;
                o.rresp = if ok { OKAY } else { DECERR };
                o.rlast = rd.beat + 1 == rd.burst.beats();
            }
        }
        if let Some(bp) = self.bresps.front() {
            if self.out.bvalid || (bp.ready_at <= cycle && b) {
                o.bvalid = true;
                o.bid = bp.id;
                o.bresp = bp.resp;
            }
        }
        self.out = o;
        o
    }

    /// Handshakes of cycle `cycle`: `req` is what the master drove (sampled before the edge).
    pub fn sample(
        &mut self,
        cycle: u64,
        req: &AxiReq,
        mem: &mut HostMemory,
        events: &mut Vec<MemEvent>,
    ) {
        let o = self.out;
        if req.arvalid && o.arready {
            let burst = Burst {
                id: req.arid,
                addr: req.araddr,
                len: req.arlen,
                size: req.arsize,
                burst: req.arburst,
            };
            events.extend(burst.check(self.bus_bytes, "AR").into_iter().map(MemEvent::Protocol));
            let (addr, len) = burst.footprint();
            if mem.is_mapped(addr, len) {
                events.push(MemEvent::Read { addr, len });
            } else {
                events.push(MemEvent::Refused { write: false, addr, len });
            }
            let latency = u64::from(self.cfg.read_latency.max(1));
            self.reads.push_back(PendingRead { burst, ready_at: cycle + latency, beat: 0 });
        }
        if o.rvalid && req.rready {
            let rd = self.reads.front_mut().expect("R offered without a read");
            rd.beat += 1;
            if rd.beat == rd.burst.beats() {
                self.reads.pop_front();
            }
            self.out.rvalid = false;
        }
        if req.awvalid && o.awready {
            let burst = Burst {
                id: req.awid,
                addr: req.awaddr,
                len: req.awlen,
                size: req.awsize,
                burst: req.awburst,
            };
            events.extend(burst.check(self.bus_bytes, "AW").into_iter().map(MemEvent::Protocol));
            self.writes.push_back(burst);
        }
        if req.wvalid && o.wready {
            self.wbeats.push_back((req.wdata, req.wstrb, req.wlast));
        }
        if o.bvalid && req.bready {
            self.bresps.pop_front();
            self.out.bvalid = false;
        }
        self.complete_writes(cycle, mem, events);
    }

    /// Perform every write whose address and all beats have arrived.
    fn complete_writes(&mut self, cycle: u64, mem: &mut HostMemory, events: &mut Vec<MemEvent>) {
        while let Some(burst) = self.writes.front().copied() {
            let n = burst.beats();
            if self.wbeats.len() < n {
                // WLAST early is a protocol error; the beats so far form the burst's data.
                if let Some(pos) = self.wbeats.iter().position(|b| b.2) {
                    events.push(MemEvent::Protocol(format!(
                        "W: WLAST on beat {} of a {n}-beat burst at {:#x}",
                        pos + 1,
                        burst.addr
                    )));
                    self.wbeats.drain(..=pos);
                    self.writes.pop_front();
                    let latency = u64::from(self.cfg.write_latency.max(1));
                    self.bresps.push_back(PendingB {
                        id: burst.id,
                        resp: SLVERR,
                        ready_at: cycle + latency,
                    });
                    continue;
                }
                return;
            }
            self.writes.pop_front();
            let beats: Vec<(u64, u8, bool)> = self.wbeats.drain(..n).collect();
            if !beats[n - 1].2 || beats[..n - 1].iter().any(|b| b.2) {
                events.push(MemEvent::Protocol(format!(
                    "W: WLAST not on the last beat of a {n}-beat burst at {:#x}",
                    burst.addr
                )));
            }
            // Bytes to write, in beat order.
            let mut bytes: Vec<(u64, u8)> = Vec::new();
            for (i, &(data, strb, _)) in beats.iter().enumerate() {
                for a in burst.beat_bytes(i) {
                    let lane = a % self.bus_bytes;
                    if strb >> lane & 1 == 1 {
                        bytes.push((a, (data >> (8 * lane)) as u8));
                    }
                }
            }
            let (addr, len) = burst.footprint();
            let resp = if bytes.iter().all(|&(a, _)| mem.is_mapped(a, 1)) {
                for &(a, b) in &bytes {
                    mem.write_byte(a, b);
                }
                // Report contiguous runs.
                let mut run: Option<(u64, Vec<u8>)> = None;
                for (a, b) in bytes {
                    match &mut run {
                        Some((start, data)) if *start + data.len() as u64 == a => data.push(b),
                        _ => {
                            if let Some((start, data)) = run.take() {
                                events.push(MemEvent::Write { addr: start, data });
                            }
                            run = Some((a, vec![b]));
                        }
                    }
                }
                if let Some((start, data)) = run {
                    events.push(MemEvent::Write { addr: start, data });
                }
                OKAY
            } else {
                events.push(MemEvent::Refused { write: true, addr, len });
                DECERR
            };
            let latency = u64::from(self.cfg.write_latency.max(1));
            self.bresps.push_back(PendingB { id: burst.id, resp, ready_at: cycle + latency });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn burst(addr: u64, len: u8, size: u8, kind: u8) -> Burst {
        Burst { id: 0, addr, len, size, burst: kind }
    }

    #[test]
    fn beat_addresses_follow_axi4() {
        let incr = burst(0x1004, 3, 3, BURST_INCR);
        assert_eq!(
            (0..4).map(|i| incr.beat_addr(i)).collect::<Vec<_>>(),
            [0x1004, 0x1008, 0x1010, 0x1018]
        );
        assert_eq!(incr.beat_bytes(0), 0x1004..0x1008, "unaligned first beat");
        let wrap = burst(0x1018, 3, 3, BURST_WRAP);
        assert_eq!(
            (0..4).map(|i| wrap.beat_addr(i)).collect::<Vec<_>>(),
            [0x1018, 0x1000, 0x1008, 0x1010]
        );
        let fixed = burst(0x1000, 2, 2, BURST_FIXED);
        assert_eq!((0..3).map(|i| fixed.beat_addr(i)).collect::<Vec<_>>(), [0x1000; 3]);
        assert!(burst(0x1ff8, 1, 3, 1).check(8, "AW").iter().any(|p| p.contains("4 KiB")));
        assert!(burst(0x1000, 2, 3, 2).check(8, "AR").iter().any(|p| p.contains("WRAP")));
        assert!(burst(0x1000, 0, 4, 1).check(8, "AR").iter().any(|p| p.contains("exceeds")));
    }

    /// Drive one write and one read burst by hand through the pin interface.
    #[test]
    fn write_then_read_back_with_strobes() {
        let mut mem = HostMemory::new();
        mem.map(0x2000, 0x100).unwrap();
        let mut s = AxiMemSlave::new(AxiMemConfig::default(), 8, 1);
        let mut ev = Vec::new();
        let mut req = AxiReq {
            awaddr: 0x2000,
            awlen: 1,
            awsize: 3,
            awburst: BURST_INCR,
            awvalid: true,
            ..Default::default()
        };
        let mut cycle = 0;
        // AW, then two W beats (the second with half the strobes).
        s.drive(cycle, &mem);
        s.sample(cycle, &req, &mut mem, &mut ev);
        req.awvalid = false;
        for (data, strb, last) in
            [(0x1122_3344_5566_7788u64, 0xff, false), (0xaabb_ccdd_eeff_0011, 0x0f, true)]
        {
            cycle += 1;
            req.wdata = data;
            req.wstrb = strb;
            req.wlast = last;
            req.wvalid = true;
            s.drive(cycle, &mem);
            s.sample(cycle, &req, &mut mem, &mut ev);
        }
        req.wvalid = false;
        req.bready = true;
        let mut bresp = None;
        for _ in 0..10 {
            cycle += 1;
            let o = s.drive(cycle, &mem);
            if o.bvalid {
                bresp = Some(o.bresp);
            }
            s.sample(cycle, &req, &mut mem, &mut ev);
        }
        assert_eq!(bresp, Some(OKAY));
        let mut b = [0u8; 16];
        mem.read(0x2000, &mut b).unwrap();
        assert_eq!(
            &b[..12],
            &[0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11, 0x11, 0x00, 0xff, 0xee]
        );
        assert_eq!(&b[12..], &[0; 4]);
        assert_eq!(ev, [MemEvent::Write { addr: 0x2000, data: b[..12].to_vec() }]);
    }

    #[test]
    fn unmapped_write_is_refused_and_writes_nothing() {
        let mut mem = HostMemory::new();
        mem.map(0x2000, 8).unwrap();
        let mut s = AxiMemSlave::new(AxiMemConfig::default(), 8, 1);
        let mut ev = Vec::new();
        let req = AxiReq {
            awaddr: 0x2000,
            awlen: 1,
            awsize: 3,
            awburst: BURST_INCR,
            awvalid: true,
            wdata: u64::MAX,
            wstrb: 0xff,
            wvalid: true,
            wlast: false,
            ..Default::default()
        };
        s.drive(0, &mem);
        s.sample(0, &req, &mut mem, &mut ev);
        let req2 = AxiReq {
            wdata: u64::MAX,
            wstrb: 0xff,
            wvalid: true,
            wlast: true,
            bready: true,
            ..Default::default()
        };
        s.drive(1, &mem);
        s.sample(1, &req2, &mut mem, &mut ev);
        let mut resp = None;
        for c in 2..10 {
            let o = s.drive(c, &mem);
            if o.bvalid {
                resp = Some(o.bresp);
            }
            s.sample(c, &AxiReq { bready: true, ..Default::default() }, &mut mem, &mut ev);
        }
        assert_eq!(resp, Some(DECERR));
        assert_eq!(mem.read_byte(0x2000), 0, "nothing of a refused burst is written");
        assert_eq!(ev, [MemEvent::Refused { write: true, addr: 0x2000, len: 16 }]);
    }
}
