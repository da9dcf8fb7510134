//! The replay format: JSON lines of stimulus in, JSON lines of observations out.
//!
//! A run is fully described by its [`Stimulus`] lines; replaying them on the same backend
//! gives the same [`Observation`] lines, bit for bit (the RTL harness with its seeded bus
//! models, and the reference model, are both deterministic). The RTL harness records the
//! stimulus of any run (`Harness::start_recording`), so a failing test or a bug report ships as
//! a file and `cargo run -p cosim -- replay FILE` reproduces it. This module is the format
//! only (parsing and printing); each backend has its runner. The format is documented, with
//! an example, in `cosim/README.md`.
//!
//! Numbers that may exceed 2^53 (addresses, register and pin values) are written as hex
//! strings (`"0x1f"`); plain JSON integers are accepted on input. Byte strings are hex without
//! prefix, lowest address first (`"00ff10"`).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::config::{Config, Signal};

/// A 64-bit value written as a hex string.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hex(pub u64);

impl Serialize for Hex {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format!("{:#x}", self.0))
    }
}

impl<'de> Deserialize<'de> for Hex {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Num(u64),
            Text(String),
        }
        match Raw::deserialize(d)? {
            Raw::Num(n) => Ok(Hex(n)),
            Raw::Text(t) => {
                let digits = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X"));
                let parsed = match digits {
                    Some(h) => u64::from_str_radix(&h.replace('_', ""), 16),
                    None => t.replace('_', "").parse(),
                };
                parsed
                    .map(Hex)
                    .map_err(|_| serde::de::Error::custom(format!("{t:?} is not a number")))
            }
        }
    }
}

impl fmt::Display for Hex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:#x}", self.0)
    }
}

/// Bytes written as a hex string.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bytes(pub Vec<u8>);

impl Serialize for Bytes {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut t = String::with_capacity(self.0.len() * 2);
        for b in &self.0 {
            t.push_str(&format!("{b:02x}"));
        }
        s.serialize_str(&t)
    }
}

impl<'de> Deserialize<'de> for Bytes {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let t = String::deserialize(d)?;
        if t.len() % 2 != 0 || !t.bytes().all(|c| c.is_ascii_hexdigit()) {
            return Err(serde::de::Error::custom("bytes are an even number of hex digits"));
        }
        Ok(Bytes(
            (0..t.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&t[i..i + 2], 16).unwrap())
                .collect(),
        ))
    }
}

/// A pin value: one hex string per 32-bit word would be clumsy, so a wide pin takes a hex
/// string of any length (least significant digits last, as usual).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Wide(pub Vec<u32>);

impl Serialize for Wide {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut t = String::from("0x");
        let mut started = false;
        for w in self.0.iter().rev() {
            if started {
                t.push_str(&format!("{w:08x}"));
            } else if *w != 0 {
                t.push_str(&format!("{w:x}"));
                started = true;
            }
        }
        if !started {
            t.push('0');
        }
        s.serialize_str(&t)
    }
}

impl<'de> Deserialize<'de> for Wide {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Num(u64),
            Text(String),
        }
        match Raw::deserialize(d)? {
            Raw::Num(n) => Ok(Wide(vec![n as u32, (n >> 32) as u32])),
            Raw::Text(t) => {
                let h = t
                    .strip_prefix("0x")
                    .ok_or_else(|| serde::de::Error::custom("a pin value is a 0x hex string"))?
                    .replace('_', "");
                if h.is_empty() || !h.bytes().all(|c| c.is_ascii_hexdigit()) {
                    return Err(serde::de::Error::custom(format!("{t:?} is not hex")));
                }
                let mut words = Vec::new();
                let mut end = h.len();
                while end > 0 {
                    let start = end.saturating_sub(8);
                    words.push(u32::from_str_radix(&h[start..end], 16).unwrap());
                    end = start;
                }
                Ok(Wide(words))
            }
        }
    }
}

/// One line of stimulus. `cycle`, when present, delays the step until that cycle (recorded
/// runs carry it on every line, which makes their replay exact).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case", deny_unknown_fields)]
pub enum Stimulus {
    /// Must be the first line if present: seed and bus-model settings.
    Config(Config),
    /// Hold reset (`rst_ni` low) for `cycles`, then release it.
    Reset {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cycle: Option<u64>,
        cycles: u64,
    },
    /// Register write of `width` bytes (1, 2, 4, 8) at `offset` of a port's block. `port` is
    /// an AXI4-Lite port of the top (`"iommu"`: the `iommu_s_axil_*` pins).
    MmioWrite {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cycle: Option<u64>,
        port: String,
        offset: Hex,
        width: u8,
        value: Hex,
    },
    /// Register read; observed as `mmio_read`.
    MmioRead {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cycle: Option<u64>,
        port: String,
        offset: Hex,
        width: u8,
    },
    /// Register reads, back to back, until `(read & mask) == value` or `timeout` has passed
    /// (clock cycles on the RTL, reads on the reference model); at least one read. Observed
    /// once, as `mmio_poll` with the last value read.
    MmioPoll {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cycle: Option<u64>,
        port: String,
        offset: Hex,
        width: u8,
        mask: Hex,
        value: Hex,
        timeout: u64,
    },
    /// Make `[addr, addr + len)` host memory the design may access.
    MemMap {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cycle: Option<u64>,
        addr: Hex,
        len: Hex,
    },
    /// Take `[addr, addr + len)` away from the design again (contents are forgotten).
    MemUnmap {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cycle: Option<u64>,
        addr: Hex,
        len: Hex,
    },
    /// Host writes memory (zero simulated time).
    MemWrite {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cycle: Option<u64>,
        addr: Hex,
        data: Bytes,
    },
    /// Host reads memory; observed as `mem_read` (with `error` when a byte is not mapped).
    MemRead {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cycle: Option<u64>,
        addr: Hex,
        len: u64,
    },
    /// Queue a TLP (wire DWs) on the link towards the design (`rx_tlp_*`).
    Tlp {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cycle: Option<u64>,
        dws: Vec<Hex>,
    },
    /// Set an input pin that no bus model owns (e.g. `dma_start`), until changed.
    Poke {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cycle: Option<u64>,
        pin: String,
        value: Wide,
    },
    /// Hold an input pin at `value` over whatever drives it (a bus model, `poke`, `hw2reg`),
    /// until `release`: for tests that break an interface's rules on purpose.
    Force {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cycle: Option<u64>,
        pin: String,
        value: Wide,
    },
    /// End a `force`: the pin's driver takes it back.
    Release {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cycle: Option<u64>,
        pin: String,
    },
    /// Read any output pin; observed as `peek`.
    Peek {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cycle: Option<u64>,
        pin: String,
    },
    /// Drive one leaf of a register block's `hw2reg` (what the core would drive), until changed.
    /// A register held by the core has one leaf, `d`, of the whole register: no `field`.
    Hw2reg {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cycle: Option<u64>,
        port: String,
        reg: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        instance: Option<usize>,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        field: String,
        signal: Signal,
        value: Hex,
    },
    /// Let `cycles` clock cycles pass.
    Wait {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cycle: Option<u64>,
        cycles: u64,
    },
    /// Run until output `pin` equals `value` or `timeout` cycles passed (observed as
    /// `wait_timeout` then).
    WaitFor {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cycle: Option<u64>,
        pin: String,
        value: Hex,
        timeout: u64,
    },
    /// A command to the endpoint model on the link (the `config` line's `endpoint`): one of
    /// its JSON commands (`cosim/endpoint/README.md`: `dma_write`, `dma_read`,
    /// `page_request`, `set_crs`). A DMA job it starts is observed as `endpoint_job` when it
    /// ends (see `endpoint_wait`).
    Endpoint {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cycle: Option<u64>,
        command: serde_json::Value,
    },
    /// Run until every endpoint job started so far has ended, or `timeout` cycles passed;
    /// each one that ended is observed (`endpoint_job`), in the order they were started.
    EndpointWait {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cycle: Option<u64>,
        timeout: u64,
    },
}

impl Stimulus {
    /// The cycle the step waits for, if any.
    pub fn cycle(&self) -> Option<u64> {
        match self {
            Stimulus::Config(_) => None,
            Stimulus::Reset { cycle, .. }
            | Stimulus::MmioWrite { cycle, .. }
            | Stimulus::MmioRead { cycle, .. }
            | Stimulus::MmioPoll { cycle, .. }
            | Stimulus::MemMap { cycle, .. }
            | Stimulus::MemUnmap { cycle, .. }
            | Stimulus::MemWrite { cycle, .. }
            | Stimulus::MemRead { cycle, .. }
            | Stimulus::Tlp { cycle, .. }
            | Stimulus::Poke { cycle, .. }
            | Stimulus::Force { cycle, .. }
            | Stimulus::Release { cycle, .. }
            | Stimulus::Peek { cycle, .. }
            | Stimulus::Hw2reg { cycle, .. }
            | Stimulus::Wait { cycle, .. }
            | Stimulus::WaitFor { cycle, .. }
            | Stimulus::Endpoint { cycle, .. }
            | Stimulus::EndpointWait { cycle, .. } => *cycle,
        }
    }
}

/// One line of output. Every observation carries the cycle it happened in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "ev", rename_all = "snake_case", deny_unknown_fields)]
pub enum Observation {
    /// A register read finished.
    MmioRead { cycle: u64, port: String, offset: Hex, width: u8, value: Hex, resp: u8 },
    /// A register write finished.
    MmioWrite { cycle: u64, port: String, offset: Hex, width: u8, value: Hex, resp: u8 },
    /// An `mmio_poll` ended: `value` is the last value read; `timed_out` when it never
    /// matched. Stamped with the cycle the last read's response arrived.
    MmioPoll { cycle: u64, port: String, offset: Hex, width: u8, value: Hex, timed_out: bool },
    /// The design wrote host memory (one contiguous run of bytes).
    MemWrite { cycle: u64, addr: Hex, data: Bytes },
    /// The design touched unmapped memory; refused with DECERR, nothing written.
    MemRefused { cycle: u64, write: bool, addr: Hex, len: Hex },
    /// The design's AXI4 master broke a protocol rule.
    AxiProtocol { cycle: u64, what: String },
    /// Host memory read by a `mem_read` stimulus: `data`, or, when a byte of the range is
    /// not mapped, `len` and `error` (nothing is read).
    MemRead {
        cycle: u64,
        addr: Hex,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        data: Option<Bytes>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        len: Option<u64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        error: Option<MemError>,
    },
    /// A TLP left the design on the link (`tx_tlp_*`); `kind` names its Fmt/Type.
    TlpOut { cycle: u64, kind: String, dws: Vec<Hex> },
    /// The design's TLP stream broke framing.
    LinkError { cycle: u64, what: String },
    /// An endpoint job ended: `job` counts the jobs of the run from 0; `state` is `done` or
    /// `failed: <why>`; `data` holds what a read returned.
    EndpointJob {
        cycle: u64,
        job: u64,
        state: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        data: Option<Bytes>,
    },
    /// An interrupt output changed.
    Irq { cycle: u64, pin: String, level: bool },
    /// Value of an output pin read by `peek`.
    Peek { cycle: u64, pin: String, value: Wide },
    /// A `wait_for` gave up.
    WaitTimeout { cycle: u64, pin: String },
}

/// Why a host memory step found nothing to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemError {
    /// A byte of the range is not mapped (or the range wraps the address space).
    Unmapped,
}

impl Observation {
    /// The observation of a `mem_read` of `len` bytes at `addr`: the bytes, or `unmapped`.
    pub fn mem_read(cycle: u64, addr: u64, len: u64, data: Option<Vec<u8>>) -> Observation {
        match data {
            Some(d) => Observation::MemRead {
                cycle,
                addr: Hex(addr),
                data: Some(Bytes(d)),
                len: None,
                error: None,
            },
            None => Observation::MemRead {
                cycle,
                addr: Hex(addr),
                data: None,
                len: Some(len),
                error: Some(MemError::Unmapped),
            },
        }
    }
}

/// A replay problem: which line, and what is wrong with it.
#[derive(Debug, thiserror::Error)]
#[error("{source_name}:{line}: {message}")]
pub struct ReplayError {
    /// File name (or `<input>`).
    pub source_name: String,
    /// 1-based line number.
    pub line: usize,
    /// What went wrong.
    pub message: String,
}

/// Parse stimulus lines (blank lines and lines starting with `#` or `//` are skipped).
pub fn parse(source_name: &str, text: &str) -> Result<Vec<(usize, Stimulus)>, ReplayError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') || t.starts_with("//") {
            continue;
        }
        let s: Stimulus = serde_json::from_str(t).map_err(|e| ReplayError {
            source_name: source_name.to_string(),
            line: i + 1,
            message: e.to_string(),
        })?;
        if matches!(s, Stimulus::Config(_)) && !out.is_empty() {
            return Err(ReplayError {
                source_name: source_name.to_string(),
                line: i + 1,
                message: "`config` must come before every other step".into(),
            });
        }
        out.push((i + 1, s));
    }
    Ok(out)
}

/// Observations as JSON lines.
pub fn to_lines(obs: &[Observation]) -> String {
    let mut s = String::new();
    for o in obs {
        s.push_str(&serde_json::to_string(o).expect("observations serialize"));
        s.push('\n');
    }
    s
}

/// Stimulus as JSON lines.
pub fn stimulus_lines(steps: &[Stimulus]) -> String {
    let mut s = String::new();
    for st in steps {
        s.push_str(&serde_json::to_string(st).expect("stimulus serializes"));
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip() {
        let s = Stimulus::Poke { cycle: Some(3), pin: "x".into(), value: Wide(vec![1, 0, 0xabc]) };
        let t = serde_json::to_string(&s).unwrap();
        assert_eq!(t, r#"{"op":"poke","cycle":3,"pin":"x","value":"0xabc0000000000000001"}"#);
        assert_eq!(
            serde_json::from_str::<Stimulus>(&t).unwrap(),
            Stimulus::Poke { cycle: Some(3), pin: "x".into(), value: Wide(vec![1, 0, 0xabc]) }
        );
        let m: Stimulus =
            serde_json::from_str(r#"{"op":"mem_write","addr":4096,"data":"00ff"}"#).unwrap();
        assert_eq!(
            m,
            Stimulus::MemWrite { cycle: None, addr: Hex(4096), data: Bytes(vec![0, 0xff]) }
        );
    }

    #[test]
    fn bad_lines_name_the_line() {
        let e = parse("f.jsonl", "# c\n{\"op\":\"wait\",\"cycles\":1}\n{\"op\":\"jump\"}\n")
            .unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.to_string().starts_with("f.jsonl:3: "), "{e}");
        let e = parse("f", "{\"op\":\"wait\",\"cycles\":1}\n{\"op\":\"config\",\"seed\":1}\n")
            .unwrap_err();
        assert!(e.message.contains("config"), "{e}");
        assert!(parse("f", "{\"op\":\"mem_write\",\"addr\":\"0xzz\",\"data\":\"\"}").is_err());
    }
}
