//! The command interface: JSON commands that a test, a replay file or the demo use to drive
//! the device (format: the crate's README.md).

use serde::de::{self, Deserializer};
use serde::Deserialize;
use thiserror::Error;

use crate::device::{Device, InvalidationResponse, Job, JobError, JobId, PageAccess, WorkOp};
use crate::tlp::{Pasid, TlpError};

/// A command to the device.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Command {
    /// DMA write of `data` at `addr`.
    DmaWrite {
        /// Function.
        func: u8,
        /// First byte address.
        #[serde(deserialize_with = "de_u64")]
        addr: u64,
        /// Bytes as hex digits, in address order.
        #[serde(deserialize_with = "de_hex_bytes")]
        data: Vec<u8>,
        /// Request options.
        #[serde(flatten)]
        opts: RequestOptions,
    },
    /// DMA read of `len` bytes at `addr`.
    DmaRead {
        /// Function.
        func: u8,
        /// First byte address.
        #[serde(deserialize_with = "de_u64")]
        addr: u64,
        /// Bytes to read.
        len: usize,
        /// Request options.
        #[serde(flatten)]
        opts: RequestOptions,
    },
    /// One page request group.
    PageRequest {
        /// Function.
        func: u8,
        /// Pages, the last one closing the group.
        pages: Vec<PageSpec>,
        /// Request options (`translated` does not apply).
        #[serde(flatten)]
        opts: RequestOptions,
    },
    /// A work item through ATS and PRI ([`Job::work`]).
    Work {
        /// Function.
        func: u8,
        /// Reads and writes, in order.
        ops: Vec<WorkOpSpec>,
        /// Request options (`translated` does not apply: the work item translates).
        #[serde(flatten)]
        opts: RequestOptions,
    },
    /// Stop using a PASID: a stop marker once its page requests are answered
    /// ([`Device::stop_pasid`]).
    StopPasid {
        /// Function.
        func: u8,
        /// The PASID.
        pasid: u32,
    },
    /// How the function answers the next ATS invalidate requests
    /// ([`Device::set_invalidation_response`]): `"complete"`, `"ignore"` or `{"split": n}`.
    SetInvalidationResponse {
        /// Function.
        func: u8,
        /// The answer.
        response: InvalidationResponse,
    },
    /// Answer the next `requests` configuration requests to `func` with CRS.
    SetCrs {
        /// Function.
        func: u8,
        /// Requests to answer with CRS.
        requests: u32,
    },
}

/// Prefix and address type of a command's requests.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct RequestOptions {
    /// PASID prefix (absent: no prefix).
    #[serde(default)]
    pub pasid: Option<u32>,
    /// Privileged Mode Requested.
    #[serde(default)]
    pub privileged: bool,
    /// Execute Requested.
    #[serde(default)]
    pub execute: bool,
    /// Translated addresses (ATS).
    #[serde(default)]
    pub translated: bool,
}

/// A page of a `page_request` command.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageSpec {
    /// Page address.
    #[serde(deserialize_with = "de_u64")]
    pub addr: u64,
    /// Read access.
    #[serde(default)]
    pub read: bool,
    /// Write access.
    #[serde(default)]
    pub write: bool,
}

/// An op of a `work` command: `{"read": {"addr": .., "len": ..}}` or
/// `{"write": {"addr": .., "data": "hex"}}`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum WorkOpSpec {
    /// Read.
    Read {
        /// First byte address.
        #[serde(deserialize_with = "de_u64")]
        addr: u64,
        /// Bytes.
        len: usize,
    },
    /// Write.
    Write {
        /// First byte address.
        #[serde(deserialize_with = "de_u64")]
        addr: u64,
        /// Bytes as hex digits, in address order.
        #[serde(deserialize_with = "de_hex_bytes")]
        data: Vec<u8>,
    },
}

/// Why a command failed.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum CommandError {
    /// Not a command.
    #[error("bad command: {0}")]
    Parse(String),
    /// A PASID that does not fit the prefix.
    #[error(transparent)]
    Pasid(#[from] TlpError),
    /// The device refused the job.
    #[error(transparent)]
    Job(#[from] JobError),
}

impl Command {
    /// Parse one JSON command.
    pub fn from_json(text: &str) -> Result<Command, CommandError> {
        serde_json::from_str(text).map_err(|e| CommandError::Parse(e.to_string()))
    }
}

fn de_u64<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Num {
        N(u64),
        S(String),
    }
    match Num::deserialize(d)? {
        Num::N(n) => Ok(n),
        Num::S(s) => {
            let t = s.trim();
            let r = match t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
                Some(h) => u64::from_str_radix(&h.replace('_', ""), 16),
                None => t.replace('_', "").parse(),
            };
            r.map_err(|e| de::Error::custom(format!("bad number {s:?}: {e}")))
        }
    }
}

fn de_hex_bytes<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
    let s = String::deserialize(d)?;
    let digits: Vec<char> = s.chars().filter(|c| !c.is_whitespace() && *c != '_').collect();
    if digits.len() % 2 != 0 {
        return Err(de::Error::custom("hex data has an odd number of digits"));
    }
    digits
        .chunks(2)
        .map(|p| {
            let text: String = p.iter().collect();
            u8::from_str_radix(&text, 16)
                .map_err(|_| de::Error::custom(format!("bad hex byte {text:?}")))
        })
        .collect()
}

fn apply(job: Job, o: &RequestOptions) -> Result<Job, CommandError> {
    let mut job = job.privileged(o.privileged).execute(o.execute).translated(o.translated);
    if let Some(p) = o.pasid {
        job = job.pasid(Pasid::new(p)?);
    }
    Ok(job)
}

impl Device {
    /// Run a command: the id of the job it started, or None for a command that starts none
    /// (`set_crs`, `set_invalidation_response`).
    pub fn command(&mut self, cmd: &Command) -> Result<Option<JobId>, CommandError> {
        let (func, job) = match cmd {
            Command::DmaWrite { func, addr, data, opts } => {
                (*func, apply(Job::write(*addr, data.clone()), opts)?)
            }
            Command::DmaRead { func, addr, len, opts } => {
                (*func, apply(Job::read(*addr, *len), opts)?)
            }
            Command::PageRequest { func, pages, opts } => {
                let pages = pages
                    .iter()
                    .map(|p| PageAccess { addr: p.addr, read: p.read, write: p.write })
                    .collect();
                (*func, apply(Job::page_group(pages), opts)?)
            }
            Command::Work { func, ops, opts } => {
                let ops = ops
                    .iter()
                    .map(|o| match o {
                        WorkOpSpec::Read { addr, len } => WorkOp::Read { addr: *addr, len: *len },
                        WorkOpSpec::Write { addr, data } => {
                            WorkOp::Write { addr: *addr, data: data.clone() }
                        }
                    })
                    .collect();
                (*func, apply(Job::work(ops), opts)?)
            }
            Command::StopPasid { func, pasid } => {
                return Ok(Some(self.stop_pasid(*func, Pasid::new(*pasid)?)?));
            }
            Command::SetInvalidationResponse { func, response } => {
                self.set_invalidation_response(*func, *response)?;
                return Ok(None);
            }
            Command::SetCrs { func, requests } => {
                self.set_crs(*func, *requests)?;
                return Ok(None);
            }
        };
        Ok(Some(self.submit(func, job)?))
    }
}
