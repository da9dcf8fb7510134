//! AXI4-Lite master: turns one register access at a time into the five-channel handshakes
//! of a register block's `s_axil_*` port. The harness wraps it into the driver's
//! [`Mmio`](driver::mmio::Mmio) trait, so that driver code runs unchanged on the simulation.
//!
//! A write raises AWVALID and WVALID (each possibly a few cycles late, with `jitter`, to mix
//! the orders in which the slave sees them) and keeps each until its handshake; a read
//! raises ARVALID. BREADY / RREADY are high while a response is awaited (with `jitter`, low
//! in some cycles). The model never lets VALID fall before READY, as AXI requires.

/// What the master drives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[allow(missing_docs)]
pub struct AxilReq {
    pub awaddr: u64,
    pub awvalid: bool,
    pub wdata: u64,
    pub wstrb: u8,
    pub wvalid: bool,
    pub bready: bool,
    pub araddr: u64,
    pub arvalid: bool,
    pub rready: bool,
}

/// What the slave drives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[allow(missing_docs)]
pub struct AxilResp {
    pub awready: bool,
    pub wready: bool,
    pub bresp: u8,
    pub bvalid: bool,
    pub arready: bool,
    pub rdata: u64,
    pub rresp: u8,
    pub rvalid: bool,
}

/// A finished access.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Done {
    /// Write answered with BRESP.
    Write { resp: u8 },
    /// Read answered with RDATA and RRESP.
    Read { data: u64, resp: u8 },
}

#[derive(Clone, Copy, Debug)]
enum Op {
    Write { addr: u64, data: u64, strb: u8, aw_at: u64, w_at: u64, aw_done: bool, w_done: bool },
    Read { addr: u64, ar_at: u64, ar_done: bool },
}

/// The master of one AXI4-Lite port.
#[derive(Debug)]
pub struct AxilMaster {
    bus_bytes: usize,
    jitter: f64,
    rng: fastrand::Rng,
    op: Option<Op>,
    done: Option<Done>,
    out: AxilReq,
}

impl AxilMaster {
    /// A master for a `bus_bytes`-wide port (4 or 8). `jitter` is the probability that a
    /// VALID starts a cycle late or a READY is low in a cycle (0 = always as early as
    /// possible).
    pub fn new(bus_bytes: usize, jitter: f64, seed: u64) -> Self {
        assert!(bus_bytes == 4 || bus_bytes == 8, "AXI4-Lite data bus of 32 or 64 bits");
        AxilMaster {
            bus_bytes,
            jitter,
            rng: fastrand::Rng::with_seed(seed),
            op: None,
            done: None,
            out: AxilReq::default(),
        }
    }

    /// Data bus width in bytes.
    pub fn bus_bytes(&self) -> usize {
        self.bus_bytes
    }

    /// Whether an access is under way.
    pub fn busy(&self) -> bool {
        self.op.is_some()
    }

    fn delay(&mut self, now: u64) -> u64 {
        let mut at = now;
        while self.jitter > 0.0 && self.rng.f64() < self.jitter && at < now + 8 {
            at += 1;
        }
        at
    }

    /// Start a write of the bus word at `addr` (aligned to the bus) with byte strobes.
    pub fn start_write(&mut self, now: u64, addr: u64, data: u64, strb: u8) {
        assert!(self.op.is_none(), "one access at a time");
        let (aw_at, w_at) = (self.delay(now), self.delay(now));
        self.op = Some(Op::Write { addr, data, strb, aw_at, w_at, aw_done: false, w_done: false });
    }

    /// Start a read at `addr` (the bus word that holds it comes back whole).
    pub fn start_read(&mut self, now: u64, addr: u64) {
        assert!(self.op.is_none(), "one access at a time");
        let ar_at = self.delay(now);
        self.op = Some(Op::Read { addr, ar_at, ar_done: false });
    }

    /// The finished access, once.
    pub fn take_done(&mut self) -> Option<Done> {
        self.done.take()
    }

    /// Pins for cycle `cycle`.
    pub fn drive(&mut self, cycle: u64) -> AxilReq {
        let stall = self.jitter > 0.0 && self.rng.f64() < self.jitter;
        let mut o = AxilReq::default();
        match self.op {
            Some(Op::Write { addr, data, strb, aw_at, w_at, aw_done, w_done }) => {
                o.awaddr = addr;
                o.awvalid = !aw_done && (self.out.awvalid || cycle >= aw_at);
                o.wdata = data;
                o.wstrb = strb;
                o.wvalid = !w_done && (self.out.wvalid || cycle >= w_at);
                o.bready = !stall;
            }
            Some(Op::Read { addr, ar_at, ar_done }) => {
                o.araddr = addr;
                o.arvalid = !ar_done && (self.out.arvalid || cycle >= ar_at);
                o.rready = !stall;
            }
            None => {}
        }
        self.out = o;
        o
    }

    /// Handshakes at the end of the cycle; `resp` is what the slave drove.
    pub fn sample(&mut self, resp: &AxilResp) {
        let o = self.out;
        match &mut self.op {
            Some(Op::Write { aw_done, w_done, .. }) => {
                *aw_done |= o.awvalid && resp.awready;
                *w_done |= o.wvalid && resp.wready;
                if o.bready && resp.bvalid {
                    self.done = Some(Done::Write { resp: resp.bresp });
                    self.op = None;
                }
            }
            Some(Op::Read { ar_done, .. }) => {
                *ar_done |= o.arvalid && resp.arready;
                if o.rready && resp.rvalid {
                    self.done = Some(Done::Read { data: resp.rdata, resp: resp.rresp });
                    self.op = None;
                }
            }
            None => {}
        }
        // VALID stays high until its handshake.
        if let Some(Op::Write { aw_done, w_done, .. }) = self.op {
            self.out.awvalid &= !aw_done;
            self.out.wvalid &= !w_done;
        }
    }
}
