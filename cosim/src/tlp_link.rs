//! The link side of the root port: TLP stream source (the endpoint sending TLPs to the
//! port, `rx_tlp_*`) and sink (TLPs the port sends to the endpoint, `tx_tlp_*`).
//!
//! Stream convention (the kit's; see hw/sim/tlp_loopback.sv): 64-bit beats of two DWs, the
//! earlier DW in bits `[31:0]`; `keep[i]` marks DW i of the beat valid (`01` or `11`; only the
//! last beat may be `01`); `sop` on the first beat, `eop` on the last; a beat moves when
//! VALID and READY are both high. DWs are the TLP's wire DWs (byte 0 of the TLP is bits
//! `[31:24]` of DW 0, as in the generated `tlp` types' `to_be_bytes`).

use std::collections::VecDeque;

/// One beat of a TLP stream.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[allow(missing_docs)]
pub struct TlpBeat {
    pub data: u64,
    pub keep: u8,
    pub sop: bool,
    pub eop: bool,
    pub valid: bool,
}

/// Sends queued TLPs, beat by beat; VALID is high in a cycle with probability
/// `valid_chance` (and stays high until the beat is taken).
#[derive(Debug)]
pub struct TlpSource {
    queue: VecDeque<Vec<u32>>,
    /// Index of the next DW of the front TLP.
    pos: usize,
    valid_chance: f64,
    rng: fastrand::Rng,
    out: TlpBeat,
}

impl TlpSource {
    /// A source with the given VALID probability (1.0 = back-to-back).
    pub fn new(valid_chance: f64, seed: u64) -> Self {
        TlpSource {
            queue: VecDeque::new(),
            pos: 0,
            valid_chance,
            rng: fastrand::Rng::with_seed(seed),
            out: TlpBeat::default(),
        }
    }

    /// Queue a TLP (its DWs in wire order; at least one).
    pub fn send(&mut self, dws: Vec<u32>) {
        assert!(!dws.is_empty(), "a TLP has at least one DW");
        self.queue.push_back(dws);
    }

    /// Whether every queued TLP has been sent.
    pub fn idle(&self) -> bool {
        self.queue.is_empty()
    }

    /// The beat of this cycle.
    pub fn drive(&mut self) -> TlpBeat {
        let offer = self.rng.f64() < self.valid_chance;
        let mut o = TlpBeat::default();
        if let Some(tlp) = self.queue.front() {
            if self.out.valid || offer {
                let lo = tlp[self.pos];
                let hi = tlp.get(self.pos + 1).copied();
                o = TlpBeat {
                    data: u64::from(lo) | u64::from(hi.unwrap_or(0)) << 32,
                    keep: if hi.is_some() { 0b11 } else { 0b01 },
                    sop: self.pos == 0,
                    eop: self.pos + 2 >= tlp.len(),
                    valid: true,
                };
            }
        }
        self.out = o;
        o
    }

    /// End of cycle: `ready` is what the design drove. Returns the TLP whose last beat the
    /// design took in this cycle.
    pub fn sample(&mut self, ready: bool) -> Option<Vec<u32>> {
        let mut sent = None;
        if self.out.valid && ready {
            self.pos += 2;
            if self.out.eop {
                sent = self.queue.pop_front();
                self.pos = 0;
            }
            self.out.valid = false;
        }
        sent
    }
}

/// What the sink saw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SinkEvent {
    /// A whole TLP.
    Tlp(Vec<u32>),
    /// A framing error (the TLP in progress, if any, is dropped).
    Framing(String),
}

/// Collects TLPs; READY is high in a cycle with probability `ready_chance`.
#[derive(Debug)]
pub struct TlpSink {
    current: Option<Vec<u32>>,
    ready_chance: f64,
    rng: fastrand::Rng,
    ready: bool,
}

impl TlpSink {
    /// A sink with the given READY probability (1.0 = never stalls).
    pub fn new(ready_chance: f64, seed: u64) -> Self {
        TlpSink { current: None, ready_chance, rng: fastrand::Rng::with_seed(seed), ready: false }
    }

    /// READY of this cycle.
    pub fn drive(&mut self) -> bool {
        self.ready = self.rng.f64() < self.ready_chance;
        self.ready
    }

    /// End of cycle: `beat` is what the design drove.
    pub fn sample(&mut self, beat: &TlpBeat, events: &mut Vec<SinkEvent>) {
        if !(beat.valid && self.ready) {
            return;
        }
        let dws: &[u32] = match beat.keep {
            0b01 => &[beat.data as u32],
            0b11 => &[beat.data as u32, (beat.data >> 32) as u32],
            k => {
                events.push(SinkEvent::Framing(format!("beat with keep {k:#04b}")));
                self.current = None;
                return;
            }
        };
        match (&mut self.current, beat.sop) {
            (Some(_), true) => {
                events.push(SinkEvent::Framing(
                    "sop inside a TLP; the unfinished TLP is dropped".into(),
                ));
                self.current = Some(dws.to_vec());
            }
            (None, false) => {
                events.push(SinkEvent::Framing("beat without sop outside a TLP".into()));
                return;
            }
            (None, true) => self.current = Some(dws.to_vec()),
            (Some(cur), false) => {
                if cur.len() % 2 == 1 {
                    events.push(SinkEvent::Framing("beat after a half-full beat".into()));
                }
                cur.extend_from_slice(dws);
            }
        }
        if beat.keep == 0b01 && !beat.eop {
            events.push(SinkEvent::Framing("half-full beat without eop".into()));
        }
        if beat.eop {
            if let Some(t) = self.current.take() {
                events.push(SinkEvent::Tlp(t));
            }
        }
    }
}

/// Something on the far side of the link that talks TLPs with the design: the endpoint
/// model, attached with [`crate::harness::Harness::attach_link_agent`]. The harness hands it
/// every TLP the design sends (after it was observed), sends what it transmits, and tells it
/// that a cycle passed.
pub trait LinkAgent {
    /// A whole TLP the design sent on `tx_tlp_*` (wire DWs).
    fn receive(&mut self, tlp: &[u32]);
    /// The next TLP to send to the design on `rx_tlp_*`, if any.
    fn transmit(&mut self) -> Option<Vec<u32>>;
    /// One clock cycle passed.
    fn tick(&mut self);
    /// The design took the last beat of `tlp`, which [`LinkAgent::transmit`] gave (called
    /// before that cycle's [`LinkAgent::tick`]).
    fn sent(&mut self, _tlp: &[u32]) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Source straight into sink, both with random stalls: TLPs arrive whole and in order.
    #[test]
    fn source_to_sink_keeps_tlps_whole() {
        let mut src = TlpSource::new(0.6, 1);
        let mut sink = TlpSink::new(0.5, 2);
        let tlps: Vec<Vec<u32>> =
            (1..=7).map(|n| (0..n).map(|i| (n << 16 | i) as u32).collect()).collect();
        for t in &tlps {
            src.send(t.clone());
        }
        let mut ev = Vec::new();
        for _ in 0..200 {
            let beat = src.drive();
            let ready = sink.drive();
            src.sample(ready);
            sink.sample(&beat, &mut ev);
        }
        assert!(src.idle());
        let got: Vec<Vec<u32>> = ev
            .into_iter()
            .map(|e| match e {
                SinkEvent::Tlp(t) => t,
                SinkEvent::Framing(f) => panic!("{f}"),
            })
            .collect();
        assert_eq!(got, tlps);
    }

    #[test]
    fn framing_errors_are_reported() {
        let mut sink = TlpSink::new(1.0, 0);
        let mut ev = Vec::new();
        sink.drive();
        sink.sample(&TlpBeat { data: 1, keep: 0b11, sop: false, eop: true, valid: true }, &mut ev);
        sink.sample(&TlpBeat { data: 1, keep: 0b00, sop: true, eop: true, valid: true }, &mut ev);
        assert_eq!(ev.len(), 2, "{ev:?}");
    }
}
