//! How a transfer becomes requests and completions: splitting by size and boundaries, DW
//! spans and byte enables. Pure functions, shared by the DMA engine, the model's completer and
//! tests.

use driver::regs::pcie_ep_caps::REQ_BOUNDARY_SIZE;

use crate::tlp::{DW_BYTES, FULL_BE};

/// A piece of a transfer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chunk {
    /// Address of the first byte.
    pub addr: u64,
    /// Bytes.
    pub len: usize,
    /// Offset of the first byte inside the whole transfer.
    pub offset: usize,
}

/// Split `len` bytes at `addr` into requests of at most `max` bytes (a power of two of at most
/// 4 KiB: Max_Payload_Size for writes, Max_Read_Request_Size for reads), each ending at a
/// multiple of `max` unless the transfer ends first. Since `max` divides 4096, no request
/// crosses a 4 KiB boundary (PCIe Base 6.x 2.2.7).
pub fn split_requests(addr: u64, len: usize, max: usize) -> Vec<Chunk> {
    let max = max.clamp(DW_BYTES, REQ_BOUNDARY_SIZE as usize) as u64;
    let mut out = Vec::new();
    let mut at = addr;
    let mut offset = 0usize;
    while offset < len {
        let room = max - at % max;
        let n = room.min((len - offset) as u64) as usize;
        out.push(Chunk { addr: at, len: n, offset });
        at = at.wrapping_add(n as u64);
        offset += n;
    }
    out
}

/// Split the data of a read of `len` bytes at `addr` into completions as a completer may
/// (PCIe Base 6.x 2.3.1.1): each at most `max_payload` bytes, and every completion but the
/// last ends on a multiple of `rcb` (the Read Completion Boundary).
pub fn split_completions(addr: u64, len: usize, max_payload: usize, rcb: usize) -> Vec<Chunk> {
    let rcb = rcb.max(DW_BYTES) as u64;
    let mut out = Vec::new();
    let mut at = addr;
    let mut offset = 0usize;
    while offset < len {
        let end_all = at + (len - offset) as u64;
        let limit = at + max_payload as u64;
        let end = if end_all <= limit {
            end_all
        } else {
            let aligned = limit / rcb * rcb;
            if aligned > at {
                aligned
            } else {
                limit
            }
        };
        let n = (end - at) as usize;
        out.push(Chunk { addr: at, len: n, offset });
        at = end;
        offset += n;
    }
    out
}

/// The DW-level shape of a request for `len` (>= 1) bytes at `addr`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DwSpan {
    /// DW-aligned address of the first DW.
    pub dw_addr: u64,
    /// DWs covered.
    pub length_dw: usize,
    /// Byte enables of the first DW.
    pub first_be: u8,
    /// Byte enables of the last DW (0 for a single DW).
    pub last_be: u8,
}

/// DWs and byte enables covering exactly `len` (>= 1) bytes at `addr`.
pub fn dw_span(addr: u64, len: usize) -> DwSpan {
    let dw = DW_BYTES as u64;
    let lead = (addr % dw) as usize;
    let dw_addr = addr - lead as u64;
    let length_dw = (lead + len).div_ceil(DW_BYTES);
    let tail = (lead + len) % DW_BYTES; // bytes used in the last DW, 0 = all
    let from_lead = (FULL_BE << lead) & FULL_BE;
    let to_tail = if tail == 0 { FULL_BE } else { FULL_BE >> (DW_BYTES - tail) };
    if length_dw == 1 {
        DwSpan { dw_addr, length_dw, first_be: from_lead & to_tail, last_be: 0 }
    } else {
        DwSpan { dw_addr, length_dw, first_be: from_lead, last_be: to_tail }
    }
}

/// Bytes enabled by a request's byte enables, as (offset from the DW address, count) per DW:
/// the bytes a write stores.
pub fn enabled_bytes(length_dw: usize, first_be: u8, last_be: u8) -> Vec<usize> {
    let mut out = Vec::new();
    for dw in 0..length_dw {
        let be = if dw == 0 {
            first_be
        } else if dw + 1 == length_dw {
            last_be
        } else {
            FULL_BE
        };
        for k in 0..DW_BYTES {
            if be & (1 << k) != 0 {
                out.push(dw * DW_BYTES + k);
            }
        }
    }
    out
}
