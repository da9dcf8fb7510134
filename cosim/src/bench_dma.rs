//! The DMA benchmark (`cargo xtask bench dma`, `cosim bench-dma`): bytes per cycle of device
//! DMA through the root port and the IOMMU into host memory, on `kit_sim_top` with the
//! endpoint model on the link, everything set up by the driver (enumeration, PASID, bus
//! mastering, 512-byte Max_Payload_Size on both ends, a process directory and an Sv39 address
//! space whose pages are scattered in host memory).
//!
//! Every transfer carries the PASID prefix and is translated by the IOMMU with a warm IOTLB
//! (the pages were written and read once before). The link's valid/ready and the memory's
//! ready are always high; the memory answers reads after `read_latency` cycles.
//!
//! * Writes: the cycle the job is handed to the endpoint (its TLPs enter the link the next
//!   cycle) to the last AXI4 W beat into memory. One 4 KiB write (the store-and-forward
//!   latency of the first TLP included) and a stream of 4 KiB writes (steady state).
//! * Reads: the cycle the job is handed to the endpoint to the cycle its last completion is
//!   taken; one 4 KiB read and a stream of 4 KiB reads (the endpoint keeps several
//!   outstanding).
//!
//! The link carries 8 bytes per cycle (64-bit beats); the figures are given as bytes per
//! cycle and as the fraction of that. The data written is read back from memory and the
//! data read is compared: a wrong byte is an error, not a figure.

use std::cell::Cell;
use std::rc::Rc;

use driver::dma::{DmaMemory, PhysAddr};
use driver::iommu::{DeviceConfig, PagingMode, ProcessConfig};
use driver::pci::PasidFlags;
use pcie_endpoint::{FunctionConfig, Job, JobState, Pasid};
use scenarios::page_tables::{Flags, PageSize, PageTables};
use serde::Serialize;

use crate::axi_mem::AxiMemConfig;
use crate::harness::Config;
use crate::kit::{endpoint, Kit, KitError, ROOT_PORT, TOP};

/// Bytes the link carries per cycle (a 64-bit beat).
pub const LINK_BYTES_PER_CYCLE: f64 = 8.0;
/// The process whose buffers the device reads and writes.
pub const PASID: u32 = 0x2b;
/// First VA of the buffer (Sv39, user).
pub const VA_BASE: u64 = 0x10_0000_0000 >> 4;
/// Bytes of one transfer.
pub const TRANSFER: usize = 4096;
/// Max_Payload_Size and Max_Read_Request_Size programmed on both ends.
pub const PAYLOAD: u32 = 512;
/// Cycles a transfer may take before the benchmark gives up.
const TIMEOUT: u64 = 1_000_000;
/// Cycles after the link went idle for the last write to reach memory.
const SETTLE: u64 = 500;

/// One measured run.
#[derive(Clone, Debug, Serialize)]
pub struct Figure {
    /// What was measured.
    pub what: String,
    /// Bytes moved.
    pub bytes: usize,
    /// Cycles it took.
    pub cycles: u64,
    /// Bytes per cycle.
    pub bytes_per_cycle: f64,
    /// The same as a fraction of the link's 8 bytes per cycle.
    pub link_fraction: f64,
}

impl Figure {
    fn new(what: String, bytes: usize, cycles: u64) -> Figure {
        let bytes_per_cycle = bytes as f64 / cycles.max(1) as f64;
        Figure {
            what,
            bytes,
            cycles,
            bytes_per_cycle,
            link_fraction: bytes_per_cycle / LINK_BYTES_PER_CYCLE,
        }
    }
}

/// Everything the benchmark measured.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// The simulation top.
    pub top: &'static str,
    /// Memory read latency (cycles from AR to the first R beat).
    pub read_latency: u32,
    /// Max_Payload_Size / Max_Read_Request_Size in bytes.
    pub payload: u32,
    /// The figures.
    pub figures: Vec<Figure>,
}

/// The kit set up for the benchmark: (kit, physical pages of the buffer).
fn setup(read_latency: u32, pages: usize) -> Result<(Kit, Vec<PhysAddr>), KitError> {
    let config = Config {
        mem: AxiMemConfig { read_latency, write_latency: 2, ready_chance: 1.0, max_outstanding: 8 },
        tlp_valid_chance: 1.0,
        tlp_ready_chance: 1.0,
        ..Config::default()
    };
    let kit = Kit::new(TOP, config, vec![FunctionConfig::default()])?;
    let ep = endpoint(0);
    let mut pci = kit.pci()?;
    pci.enable_pasid(ep, PasidFlags::default())?;
    pci.enable_bus_master(ep)?;
    kit.set_payload_sizes(&pci, ROOT_PORT, PAYLOAD, PAYLOAD)?;
    kit.set_payload_sizes(&pci, ep, PAYLOAD, PAYLOAD)?;
    let did =
        kit.device_id(0).ok_or_else(|| KitError::Check("the endpoint has no routing ID".into()))?;
    let phys: Vec<PhysAddr> = {
        let mut mmu = kit.iommu()?;
        mmu.attach(did, DeviceConfig::process_directory(20))?;
        let mut pt = PageTables::new(&kit.h, PagingMode::Sv39).map_err(|e| dma_err(&e))?;
        let mut phys = Vec::new();
        for i in 0..pages {
            // Every other allocation is skipped so that the pages are not contiguous.
            let pa = kit.h.alloc(4096, 4096).map_err(|e| dma_err(&e))?;
            let _gap = kit.h.alloc(4096, 4096).map_err(|e| dma_err(&e))?;
            pt.map(VA_BASE + 4096 * i as u64, pa.0, PageSize::Size4K, Flags::USER_RW)
                .map_err(|e| dma_err(&e))?;
            phys.push(pa);
        }
        let root = PhysAddr(pt.root_ppn() << 12);
        mmu.set_process(did, PASID, ProcessConfig::user(PagingMode::Sv39, root, 3))?;
        phys
    };
    Ok((kit, phys))
}

fn dma_err(e: &dyn std::fmt::Debug) -> KitError {
    KitError::Check(format!("{e:?}"))
}

fn pasid() -> Pasid {
    Pasid::new(PASID).unwrap_or_else(|_| unreachable!("PASID fits 20 bits"))
}

fn pattern(len: usize, seed: u64) -> Vec<u8> {
    (0..len).map(|i| ((i as u64).wrapping_mul(0x9E37_79B9).wrapping_add(seed) >> 7) as u8).collect()
}

/// Write `count` transfers of [`TRANSFER`] bytes back to back from the first page; cycles to
/// the last W beat.
fn write_run(kit: &Kit, count: usize, seed: u64) -> Result<u64, KitError> {
    write_sized(kit, count, TRANSFER, seed)
}

/// Write `count` transfers of `size` bytes back to back from [`VA_BASE`]; cycles from the
/// submission to the last W beat into memory.
fn write_sized(kit: &Kit, count: usize, size: usize, seed: u64) -> Result<u64, KitError> {
    let last_w = Rc::new(Cell::new(0u64));
    let (wvalid, wready) = (kit.h.pin("m_axi_wvalid")?, kit.h.pin("m_axi_wready")?);
    let lw = last_w.clone();
    let mon = kit.h.add_monitor(move |v| {
        if v.get(wvalid) & v.get(wready) & 1 == 1 {
            lw.set(v.cycle);
        }
    });
    let start = kit.h.cycle();
    let mut ids = Vec::new();
    for i in 0..count {
        let data = pattern(size, seed + i as u64);
        ids.push(kit.submit(0, Job::write(VA_BASE + (i * size) as u64, data).pasid(pasid()))?);
    }
    for id in ids {
        kit.wait(id, TIMEOUT)?;
    }
    kit.settle(SETTLE, TIMEOUT)?;
    kit.h.remove_monitor(mon);
    Ok(last_w.get() + 1 - start)
}

/// Read `count` transfers back to back; cycles to the last completion; checks the data.
fn read_run(kit: &Kit, count: usize, seed: u64) -> Result<u64, KitError> {
    read_sized(kit, count, TRANSFER, |i| pattern(TRANSFER, seed + i as u64))
}

/// Read `count` transfers of `size` bytes back to back from [`VA_BASE`]; cycles from the
/// submission to the last completion taken; read `i` must return `want(i)`.
fn read_sized(
    kit: &Kit,
    count: usize,
    size: usize,
    want: impl Fn(usize) -> Vec<u8>,
) -> Result<u64, KitError> {
    let start = kit.h.cycle();
    let mut ids = Vec::new();
    for i in 0..count {
        ids.push(kit.submit(0, Job::read(VA_BASE + (i * size) as u64, size).pasid(pasid()))?);
    }
    let mut end = start;
    for (i, id) in ids.into_iter().enumerate() {
        match kit.wait(id, TIMEOUT)? {
            JobState::Done { data: Some(d) } if d == want(i) => {}
            other => return Err(KitError::Check(format!("read {i} gave {other:?}"))),
        }
        end = kit.h.cycle();
    }
    Ok(end - start)
}

/// Check that memory holds what `write_sized(count, size, seed)` wrote: the bytes of the
/// buffer, gathered from its scattered pages.
fn check_sized(
    kit: &Kit,
    phys: &[PhysAddr],
    count: usize,
    size: usize,
    seed: u64,
) -> Result<(), KitError> {
    let want: Vec<u8> = (0..count).flat_map(|i| pattern(size, seed + i as u64)).collect();
    let got = gather(kit, phys, want.len())?;
    if let Some(at) = (0..want.len()).find(|&b| got[b] != want[b]) {
        return Err(KitError::Check(format!(
            "{count} x {size} B: memory differs from what the device wrote at buffer byte {at}: \
             {:02x?} instead of {:02x?}",
            &got[at..(at + 8).min(want.len())],
            &want[at..(at + 8).min(want.len())]
        )));
    }
    Ok(())
}

/// The first `len` bytes of the buffer (VA order), read from its physical pages.
fn gather(kit: &Kit, phys: &[PhysAddr], len: usize) -> Result<Vec<u8>, KitError> {
    let mut out = vec![0u8; len];
    for (k, chunk) in out.chunks_mut(TRANSFER).enumerate() {
        let pa = phys.get(k).ok_or_else(|| KitError::Check(format!("no page {k} mapped")))?;
        kit.h.read(*pa, chunk).map_err(|e| dma_err(&e))?;
    }
    Ok(out)
}

/// The whole benchmark at memory read latency `read_latency`; `quick` streams fewer
/// transfers (a smoke test).
pub fn run(quick: bool, read_latency: u32) -> Result<Report, KitError> {
    let stream = if quick { 4 } else { 16 };
    let (kit, phys) = setup(read_latency, stream)?;
    // Warm the IOTLB (and the device/process context caches) on every page.
    write_run(&kit, stream, 0)?;
    read_run(&kit, stream, 0)?;
    let mut figures = Vec::new();
    let c = write_run(&kit, 1, 100)?;
    check_sized(&kit, &phys, 1, TRANSFER, 100)?;
    figures.push(Figure::new("write, one 4 KiB transfer".into(), TRANSFER, c));
    let c = write_run(&kit, stream, 200)?;
    check_sized(&kit, &phys, stream, TRANSFER, 200)?;
    figures.push(Figure::new(
        format!("write, {stream} x 4 KiB back to back"),
        stream * TRANSFER,
        c,
    ));
    let c = read_run(&kit, 1, 200)?;
    figures.push(Figure::new("read, one 4 KiB transfer".into(), TRANSFER, c));
    let c = read_run(&kit, stream, 200)?;
    figures.push(Figure::new(format!("read, {stream} x 4 KiB back to back"), stream * TRANSFER, c));
    if !kit.refused().is_empty() {
        return Err(dma_err(&kit.refused()));
    }
    Ok(Report { top: TOP, read_latency, payload: PAYLOAD, figures })
}

/// The figures as a Markdown table.
pub fn table(r: &Report) -> String {
    let mut s = format!(
        "DMA through root port + IOMMU ({}; PASID prefix, warm IOTLB, MPS/MRRS {} B, memory read latency {} cycles)\n\n",
        r.top, r.payload, r.read_latency
    );
    s += "| transfer | bytes | cycles | bytes/cycle | of the 8 B/cycle link |\n|---|---:|---:|---:|---:|\n";
    for f in &r.figures {
        s += &format!(
            "| {} | {} | {} | {:.2} | {:.1}% |\n",
            f.what,
            f.bytes,
            f.cycles,
            f.bytes_per_cycle,
            100.0 * f.link_fraction
        );
    }
    s
}

/// Bytes of the transfers of the sweep: 64 B to 64 KiB, powers of two.
pub const SWEEP_SIZES: [usize; 11] =
    [64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536];
/// Bytes each stream of the sweep moves in all (transfers of one size back to back).
pub const SWEEP_STREAM_BYTES: usize = 65536;

/// One size of the sweep: bytes per cycle of one transfer alone and of a stream of them.
#[derive(Clone, Debug, Serialize)]
pub struct SweepPoint {
    /// Bytes of one transfer.
    pub size: usize,
    /// One write alone: cycles from the submission to the last AXI4 W beat.
    pub write_one_cycles: u64,
    /// Its bytes per cycle.
    pub write_one: f64,
    /// Transfers in the stream (`SWEEP_STREAM_BYTES / size`, at least one).
    pub stream_count: usize,
    /// Writes back to back: cycles, and bytes per cycle.
    pub write_stream_cycles: u64,
    pub write_stream: f64,
    /// One read alone: cycles from the submission to the last completion taken.
    pub read_one_cycles: u64,
    /// Its bytes per cycle.
    pub read_one: f64,
    /// Reads back to back: cycles, and bytes per cycle.
    pub read_stream_cycles: u64,
    pub read_stream: f64,
}

/// The DMA sweep: bytes per cycle against transfer size.
#[derive(Clone, Debug, Serialize)]
pub struct Sweep {
    /// The simulation top.
    pub top: &'static str,
    /// Memory read latency (cycles).
    pub read_latency: u32,
    /// Max_Payload_Size / Max_Read_Request_Size in bytes.
    pub payload: u32,
    /// Bytes the link carries per cycle.
    pub link_bytes_per_cycle: f64,
    /// One point per transfer size.
    pub points: Vec<SweepPoint>,
}

/// Bytes per cycle against transfer size (64 B .. 64 KiB), writes and reads, one transfer
/// alone and a stream of [`SWEEP_STREAM_BYTES`] in transfers of that size; warm IOTLB, every
/// byte checked. `quick`: three sizes and 8 KiB streams (a smoke test).
pub fn sweep(quick: bool, read_latency: u32) -> Result<Sweep, KitError> {
    let sizes: Vec<usize> = if quick { vec![64, 1024, 8192] } else { SWEEP_SIZES.to_vec() };
    let stream_bytes = if quick { 8192 } else { SWEEP_STREAM_BYTES };
    let largest = sizes.iter().copied().max().unwrap_or(TRANSFER).max(stream_bytes);
    let pages = largest.div_ceil(TRANSFER);
    let (kit, phys) = setup(read_latency, pages)?;
    // Warm the IOTLB and the context caches on every page.
    write_run(&kit, pages, 0)?;
    read_run(&kit, pages, 0)?;
    let mut points = Vec::new();
    for (k, &size) in sizes.iter().enumerate() {
        let seed = 1000 * (k as u64 + 1);
        let write_one_cycles = write_sized(&kit, 1, size, seed)?;
        check_sized(&kit, &phys, 1, size, seed)?;
        let want = |i: usize| pattern(size, seed + i as u64);
        let read_one_cycles = read_sized(&kit, 1, size, want)?;
        let count = (stream_bytes / size).max(1);
        let write_stream_cycles = write_sized(&kit, count, size, seed + 500)?;
        check_sized(&kit, &phys, count, size, seed + 500)?;
        let read_stream_cycles =
            read_sized(&kit, count, size, |i| pattern(size, seed + 500 + i as u64))?;
        let rate = |bytes: usize, cycles: u64| bytes as f64 / cycles.max(1) as f64;
        points.push(SweepPoint {
            size,
            write_one_cycles,
            write_one: rate(size, write_one_cycles),
            stream_count: count,
            write_stream_cycles,
            write_stream: rate(count * size, write_stream_cycles),
            read_one_cycles,
            read_one: rate(size, read_one_cycles),
            read_stream_cycles,
            read_stream: rate(count * size, read_stream_cycles),
        });
    }
    if !kit.refused().is_empty() {
        return Err(dma_err(&kit.refused()));
    }
    Ok(Sweep {
        top: TOP,
        read_latency,
        payload: PAYLOAD,
        link_bytes_per_cycle: LINK_BYTES_PER_CYCLE,
        points,
    })
}

/// The sweep as a Markdown table.
pub fn sweep_table(s: &Sweep) -> String {
    let mut t = format!(
        "DMA bytes per cycle against transfer size ({}; PASID prefix, warm IOTLB, MPS/MRRS {} B, \
         memory read latency {} cycles; streams of {} KiB)\n\n",
        s.top,
        s.payload,
        s.read_latency,
        s.points.first().map_or(0, |p| p.stream_count * p.size / 1024)
    );
    t += "| transfer | write alone | write stream | read alone | read stream |\n";
    t += "|---:|---:|---:|---:|---:|\n";
    for p in &s.points {
        t += &format!(
            "| {} B | {:.2} ({} cyc) | {:.2} | {:.2} ({} cyc) | {:.2} |\n",
            p.size,
            p.write_one,
            p.write_one_cycles,
            p.write_stream,
            p.read_one,
            p.read_one_cycles,
            p.read_stream
        );
    }
    t
}
