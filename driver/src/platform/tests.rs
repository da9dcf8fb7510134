//! The backend on file-backed mappings (temporary files): access widths and byte order, the
//! 64-bit split order, refused accesses, the DMA allocator, UIO/udmabuf discovery, and the
//! driver's probe and bring-up reading a register file through [`MappedBar`].

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::string::ToString;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use std::vec;
use std::vec::Vec;

use tempfile::{tempdir, NamedTempFile};

use super::*;
use crate::dma::{DmaError, DmaMemory, PhysAddr};
use crate::iommu::{Config, Error, Iommu, PagingMode, ProbeError, QueueKind, Wait};
use crate::mmio::Mmio;
use crate::regs::iommu_regs::{self, Capabilities, IommuMode, IommuRegs};

/// A temporary file of `bytes` bytes, each `fill`.
fn file_of(bytes: usize, fill: u8) -> NamedTempFile {
    let mut f = NamedTempFile::new().unwrap();
    f.write_all(&vec![fill; bytes]).unwrap();
    f.flush().unwrap();
    f
}

fn bar_over(f: &NamedTempFile, len: usize) -> MappedBar {
    MappedBar::from_file(f.as_file(), 0, len).unwrap()
}

fn contents(f: &NamedTempFile) -> Vec<u8> {
    fs::read(f.path()).unwrap()
}

#[test]
fn every_width_is_little_endian_at_its_own_bytes() {
    let f = file_of(64, 0x5a);
    let bar = bar_over(&f, 64);
    bar.write32(0, 0x1122_3344);
    bar.write16(6, 0xaabb);
    bar.write8(9, 0xcc);
    bar_over(&f, 64).with_access64(Access64::Single).write64(16, 0x0102_0304_0506_0708);
    let b = contents(&f);
    assert_eq!(b[0..4], [0x44, 0x33, 0x22, 0x11]);
    assert_eq!(b[4..6], [0x5a, 0x5a], "a 16-bit store touches only its two bytes");
    assert_eq!(b[6..8], [0xbb, 0xaa]);
    assert_eq!(b[8..11], [0x5a, 0xcc, 0x5a], "an 8-bit store touches only its byte");
    assert_eq!(b[16..24], [0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02, 0x01]);

    // Loads see what the file holds, at each width.
    let mut bytes = vec![0u8; 64];
    for (i, b) in bytes.iter_mut().enumerate() {
        *b = i as u8;
    }
    fs::write(f.path(), &bytes).unwrap();
    assert_eq!(bar.read8(5), 0x05);
    assert_eq!(bar.read16(6), 0x0706);
    assert_eq!(bar.read32(8), 0x0b0a_0908);
    assert_eq!(bar.read64(16), 0x1716_1514_1312_1110, "split: low | high << 32");
    let single = bar_over(&f, 64).with_access64(Access64::Single);
    assert_eq!(single.read64(24), 0x1f1e_1d1c_1b1a_1918);
    single.write64(32, 0xdead_beef_0bad_f00d);
    assert_eq!(contents(&f)[32..40], 0xdead_beef_0bad_f00d_u64.to_le_bytes());
    bar.write64(40, 0x0123_4567_89ab_cdef);
    assert_eq!(contents(&f)[40..48], 0x0123_4567_89ab_cdef_u64.to_le_bytes());
    assert_eq!(bar.rejected(), 0);
}

/// Watch a 64-bit register while another thread updates it, both through mappings of the
/// same file: a writer storing `n` into both halves for n = 1, 2, 3 ... and an observer.
/// Returns the (high, low) pairs seen that were torn (the halves differ).
///
/// The file's pages are memory outside any Rust allocation, touched only with volatile
/// accesses through the mappings, as a device's registers are: the second thread plays the
/// device.
fn torn_pairs(writer_split: bool, observer_split: bool) -> Vec<(u32, u32)> {
    let f = file_of(16, 0);
    let writer = bar_over(&f, 16).with_access64(if writer_split {
        Access64::Split
    } else {
        Access64::Single
    });
    let observer = bar_over(&f, 16).with_access64(if observer_split {
        Access64::Split
    } else {
        Access64::Single
    });
    let stop = AtomicBool::new(false);
    let mut torn = Vec::new();
    std::thread::scope(|s| {
        s.spawn(|| {
            let mut n = 1u64;
            while !stop.load(Ordering::Relaxed) {
                writer.write64(8, n << 32 | n);
                n = (n + 1) & 0xffff_ffff;
            }
        });
        // Bounded: until 10 torn values were seen (a fraction of a second on an idle
        // machine), at most 20 s.
        let start = Instant::now();
        while torn.len() < 10 && start.elapsed() < Duration::from_secs(20) {
            let v = observer.read64(8);
            let (hi, lo) = ((v >> 32) as u32, v as u32);
            if hi != lo {
                torn.push((hi, lo));
            }
        }
        stop.store(true, Ordering::Relaxed);
    });
    torn
}

#[test]
fn a_split_64_bit_write_stores_the_high_half_first() {
    // One 64-bit load sees the register between the two stores of a split write: the high
    // half already new, the low half still old (the low half, with ddtp.iommu_mode and
    // tr_req_ctl.Go, is written last).
    let torn = torn_pairs(true, false);
    assert!(!torn.is_empty(), "no torn value seen in 20 s: the two threads never overlapped");
    for &(hi, lo) in &torn {
        assert_eq!(hi, lo.wrapping_add(1), "high half {hi} written before low half {lo}");
    }
}

#[test]
fn a_split_64_bit_read_loads_the_low_half_first() {
    // The writer stores whole values; a split read that takes the low word first can only
    // see a high word as new or newer.
    let torn = torn_pairs(false, true);
    assert!(!torn.is_empty(), "no torn value seen in 20 s: the two threads never overlapped");
    for &(hi, lo) in &torn {
        assert!(hi.wrapping_sub(lo) < 1 << 31, "low {lo} read before high {hi}");
    }
}

#[test]
fn accesses_outside_the_window_or_misaligned_are_refused_and_counted() {
    let f = file_of(64, 0x11);
    let bar = bar_over(&f, 60);
    assert_eq!(bar.read32(60), u32::MAX, "past the end: all ones");
    assert_eq!(bar.last_rejected(), Some(Rejected { offset: 60, bytes: 4, write: false }));
    assert_eq!(bar.read16(3), u16::MAX, "misaligned");
    bar.write32(2, 0);
    assert_eq!(bar.last_rejected(), Some(Rejected { offset: 2, bytes: 4, write: true }));
    bar.write8(60, 0);
    assert_eq!(bar.read64(56), u64::MAX, "a register partly outside is refused whole");
    bar.write64(56, 0);
    assert_eq!(bar.last_rejected(), Some(Rejected { offset: 56, bytes: 8, write: true }));
    bar.write64(4, 0);
    assert_eq!(bar.read32(usize::MAX - 1), u32::MAX, "no overflow");
    assert_eq!(bar.rejected(), 8);
    assert_eq!(contents(&f), vec![0x11; 64], "no refused store reached the file");
    bar.write8(59, 0x22);
    assert_eq!(contents(&f)[59], 0x22, "the last byte is inside");
    assert_eq!(bar.rejected(), 8);
}

#[test]
fn a_window_is_checked_against_the_file_and_the_register_block() {
    let extent = registers_extent(iommu_regs::REGISTERS);
    let last = iommu_regs::REGISTERS.iter().map(|r| r.offset).max().unwrap();
    assert!(extent > last && extent <= IommuRegs::<MappedBar>::BYTES, "extent {extent:#x}");

    let short = file_of(extent - 8, 0);
    match MappedBar::for_registers(short.path(), 0, iommu_regs::REGISTERS) {
        Err(PlatformError::BeyondFile { offset: 0, len, file_len }) => {
            assert_eq!((len, file_len), (extent, extent as u64 - 8))
        }
        other => panic!("{other:?}"),
    }
    let f = file_of(extent + 4096, 0);
    let small = bar_over(&f, 64);
    match small.check_registers(iommu_regs::REGISTERS) {
        Err(PlatformError::WindowTooSmall { len: 64, needed }) => assert_eq!(needed, extent),
        other => panic!("{other:?}"),
    }
    let bar = MappedBar::for_registers(f.path(), 0, iommu_regs::REGISTERS).unwrap();
    assert_eq!(bar.len(), extent);
    bar.check_registers(iommu_regs::REGISTERS).unwrap();
    assert!(matches!(MappedBar::from_file(f.as_file(), 0, 0), Err(PlatformError::Empty)));
    assert!(matches!(
        MappedBar::from_file(f.as_file(), 4096, extent + 1),
        Err(PlatformError::BeyondFile { offset: 4096, .. })
    ));
    match MappedBar::open("/nonexistent/uio9", 0, 4096) {
        Err(e @ PlatformError::Io { .. }) => assert!(e.to_string().contains("/nonexistent/uio9")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_window_at_a_file_offset_addresses_from_there() {
    let f = file_of(3 * 4096, 0);
    let bar = MappedBar::from_file(f.as_file(), 4096, 4096).unwrap();
    bar.write32(8, 0xcafe_f00d);
    assert_eq!(contents(&f)[4096 + 8..4096 + 12], 0xcafe_f00d_u32.to_le_bytes());
}

const BUS: u64 = 0x8_0000_0000;

fn buffer(bytes: usize, fill: u8) -> (NamedTempFile, DmaBuffer) {
    let f = file_of(bytes, fill);
    let dma = DmaBuffer::from_file(f.as_file(), 0, bytes, PhysAddr(BUS)).unwrap();
    (f, dma)
}

#[test]
fn allocations_are_aligned_zeroed_and_inside_the_buffer() {
    let (f, dma) = buffer(64 * 1024, 0xee);
    let a = dma.alloc(24, 8).unwrap();
    assert_eq!(a, PhysAddr(BUS));
    let b = dma.alloc(4096, 4096).unwrap();
    assert_eq!(b, PhysAddr(BUS + 4096), "aligned in bus addresses");
    let c = dma.alloc(100, 64).unwrap();
    assert_eq!(c.0 % 64, 0);
    assert!(c.0 >= BUS + 24 && c.0 + 100 <= BUS + 4096, "the gap before b is used: {c:#x?}");
    let file = contents(&f);
    for (addr, len) in [(a, 24), (b, 4096), (c, 100)] {
        let off = (addr.0 - BUS) as usize;
        assert!(file[off..off + len].iter().all(|&x| x == 0), "zeroed at {addr:#x?}");
    }
    assert_eq!(file[24], 0xee, "bytes between allocations are not touched");
    assert_eq!(dma.free_bytes(), 64 * 1024 - 24 - 4096 - 100);
}

#[test]
fn the_allocator_runs_out_gives_back_and_merges() {
    let (_f, dma) = buffer(4 * 4096, 0);
    let pages: Vec<_> = (0..4).map(|_| dma.alloc(4096, 4096).unwrap()).collect();
    assert_eq!(dma.alloc(8, 8), Err(DmaError::OutOfMemory { bytes: 8, align: 8 }));
    assert_eq!(dma.alloc(0, 8), Err(DmaError::Invalid));
    assert_eq!(dma.alloc(8, 12), Err(DmaError::Invalid));
    dma.free(pages[1], 4096);
    dma.free(pages[2], 4096);
    assert_eq!(dma.alloc(8192, 8192), Err(DmaError::OutOfMemory { bytes: 8192, align: 8192 }));
    assert_eq!(dma.alloc(8192, 4096), Ok(pages[1]), "two freed neighbours merged");
    for p in [pages[0], pages[1], pages[3]] {
        dma.free(p, if p == pages[1] { 8192 } else { 4096 });
    }
    assert_eq!(dma.free_bytes(), 4 * 4096);
    assert_eq!(dma.alloc(4 * 4096, 4096), Ok(PhysAddr(BUS)), "the whole buffer again");
    dma.free(PhysAddr(BUS), 4 * 4096);

    // Frees of what is not allocated are ignored and counted.
    dma.free(PhysAddr(BUS), 4096);
    dma.free(PhysAddr(BUS - 4096), 4096);
    dma.free(PhysAddr(BUS + 4 * 4096), 8);
    let a = dma.alloc(4096, 4096).unwrap();
    dma.free(a, 8192); // half of it is free space
    assert_eq!(dma.bad_frees(), 4);
    assert_eq!(dma.free_bytes(), 3 * 4096, "the allocation is still allocated");
}

#[test]
fn reads_and_writes_reach_the_mapped_bytes_and_stop_at_its_ends() {
    let f = file_of(2 * 4096, 0);
    let dma = DmaBuffer::from_file(f.as_file(), 4096, 4096, PhysAddr(BUS)).unwrap();
    let data: Vec<u8> = (0..37).collect();
    dma.write(PhysAddr(BUS + 3), &data).unwrap(); // unaligned start, odd length
    assert_eq!(contents(&f)[4096 + 3..4096 + 40], data[..]);
    let mut back = vec![0u8; 37];
    dma.read(PhysAddr(BUS + 3), &mut back).unwrap();
    assert_eq!(back, data);

    dma.write_u64(PhysAddr(BUS + 64), 0x1122_3344_5566_7788).unwrap();
    assert_eq!(contents(&f)[4096 + 64..4096 + 72], 0x1122_3344_5566_7788_u64.to_le_bytes());
    assert_eq!(dma.read_u64(PhysAddr(BUS + 64)), Ok(0x1122_3344_5566_7788));
    assert_eq!(dma.read_u64(PhysAddr(BUS + 4)), Ok(0x0807_0605_0403_0201));
    assert_eq!(
        dma.write_u64(PhysAddr(BUS + 4), 1),
        Err(DmaError::Misaligned { addr: PhysAddr(BUS + 4), align: 8 })
    );
    let end = PhysAddr(BUS + 4096 - 4);
    assert_eq!(dma.write(end, &[0; 8]), Err(DmaError::Unmapped { addr: end, len: 8 }));
    assert_eq!(
        dma.read(PhysAddr(BUS - 1), &mut [0]),
        Err(DmaError::Unmapped { addr: PhysAddr(BUS - 1), len: 1 })
    );
    assert_eq!(
        dma.read_u64(PhysAddr(BUS + 4096)),
        Err(DmaError::Unmapped { addr: PhysAddr(BUS + 4096), len: 8 })
    );
    assert_eq!(contents(&f)[..4096], [0; 4096], "nothing before the window was written");
    assert_eq!(contents(&f)[4096 + 4092..], [0; 4], "nothing was written by the refused write");
}

#[test]
fn a_buffer_needs_an_aligned_bus_address_that_does_not_overflow() {
    let f = file_of(4096, 0);
    assert!(matches!(
        DmaBuffer::from_file(f.as_file(), 0, 4096, PhysAddr(BUS + 4)),
        Err(PlatformError::Misaligned { what: "bus address", addr }) if addr == BUS + 4
    ));
    assert!(matches!(
        DmaBuffer::from_file(f.as_file(), 0, 4096, PhysAddr(u64::MAX - 4095)),
        Err(PlatformError::AddressOverflow { .. })
    ));
    assert!(matches!(
        DmaBuffer::from_file(f.as_file(), 0, 8192, PhysAddr(BUS)),
        Err(PlatformError::BeyondFile { .. })
    ));
}

/// A register file: the IOMMU's `capabilities` at its generated offset, the rest zero.
fn register_file(caps: Capabilities) -> NamedTempFile {
    let f = file_of(registers_extent(iommu_regs::REGISTERS), 0);
    let mut file = OpenOptions::new().write(true).open(f.path()).unwrap();
    use std::io::{Seek, SeekFrom};
    file.seek(SeekFrom::Start(Capabilities::OFFSET as u64)).unwrap();
    file.write_all(&caps.0.to_le_bytes()).unwrap();
    f
}

#[test]
fn the_probe_reads_capabilities_through_the_mapping() {
    let f = register_file(Capabilities::RESET);
    let bar = MappedBar::for_registers(f.path(), 0, iommu_regs::REGISTERS).unwrap();
    let regs = IommuRegs::new(&bar);
    assert_eq!(regs.capabilities().read(), Capabilities::RESET);
    let all = crate::iommu::Requirements {
        sv39: true,
        sv48: true,
        process_id_bits: 20,
        ats: true,
        debug: true,
        physical_address_bits: 48,
    };
    assert_eq!(crate::iommu::probe(regs.capabilities().read(), &all), Ok(()));

    let f = register_file(Capabilities::RESET.with_sv48(false));
    let bar = MappedBar::for_registers(f.path(), 0, iommu_regs::REGISTERS).unwrap();
    let caps = IommuRegs::new(&bar).capabilities().read();
    assert_eq!(
        crate::iommu::probe(caps, &all),
        Err(ProbeError::PagingMode(PagingMode::Sv48)),
        "the missing feature is named"
    );
}

#[test]
fn bring_up_on_a_mapping_fails_with_a_typed_error_not_a_hang() {
    let dma_file = file_of(1 << 20, 0);
    let dma = DmaBuffer::from_file(dma_file.as_file(), 0, 1 << 20, PhysAddr(BUS)).unwrap();

    // A missing capability stops Iommu::init at the probe, before any register write.
    let f = register_file(Capabilities::RESET.with_sv39(false));
    let bar = MappedBar::for_registers(f.path(), 0, iommu_regs::REGISTERS).unwrap();
    let before = contents(&f);
    assert!(matches!(
        Iommu::init(&bar, &dma, Config::default()),
        Err(Error::Probe(ProbeError::PagingMode(PagingMode::Sv39)))
    ));
    assert_eq!(contents(&f), before, "nothing was written");

    // A file is no IOMMU: the command queue never reports `cqon`, and the bounded poll
    // says so.
    let f = register_file(Capabilities::RESET);
    let bar = MappedBar::for_registers(f.path(), 0, iommu_regs::REGISTERS).unwrap();
    let config = Config { poll_budget: 1000, ..Config::default() };
    assert!(matches!(
        Iommu::init(&bar, &dma, config),
        Err(Error::Timeout(Wait::QueueOn(QueueKind::Command)))
    ));
    let regs = IommuRegs::new(&bar);
    assert_eq!(regs.ddtp().read().iommu_mode(), IommuMode::OFF, "ddtp is written last");
    assert_ne!(regs.cqb().read().0, 0, "the command queue's base reached the file");
}

#[test]
fn uio_and_udmabuf_maps_are_found_from_sysfs() {
    let root = tempdir().unwrap();
    let (class, dev) = (root.path().join("class"), root.path().join("dev"));
    let map1 = class.join("uio3/maps/map1");
    fs::create_dir_all(&map1).unwrap();
    fs::create_dir_all(&dev).unwrap();
    fs::write(map1.join("addr"), "0x00000000a0010000\n").unwrap();
    fs::write(map1.join("size"), "0x0000000000002000\n").unwrap();
    fs::write(map1.join("offset"), "0x0\n").unwrap();
    let page = page_size().unwrap();
    assert!(page.is_power_of_two() && page >= 4096, "page size {page}");
    File::create(dev.join("uio3")).unwrap().set_len((page + 0x2000) as u64).unwrap();

    let map = UioMap::read_from(&class, &dev, "uio3", 1).unwrap();
    assert_eq!(
        map,
        UioMap { device: dev.join("uio3"), index: 1, addr: 0xa001_0000, size: 0x2000, offset: 0 }
    );
    assert_eq!(map.mmap_offset(page), page as u64);
    let bar = map.open_bar(page).unwrap();
    bar.write32(0x1ffc, 0x0a0b_0c0d);
    assert_eq!(fs::read(dev.join("uio3")).unwrap()[page + 0x1ffc..], [0x0d, 0x0c, 0x0b, 0x0a]);
    let dma = map.open_dma(page).unwrap();
    assert_eq!(dma.bus_base(), PhysAddr(0xa001_0000));
    assert_eq!(dma.read_u64(PhysAddr(0xa001_1ff8)), Ok(0x0a0b_0c0d_u64 << 32));

    fs::write(map1.join("size"), "lots\n").unwrap();
    match UioMap::read_from(&class, &dev, "uio3", 1) {
        Err(PlatformError::Parse { text, .. }) => assert_eq!(text, "lots"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(UioMap::read_from(&class, &dev, "uio3", 0), Err(PlatformError::Io { .. })));

    let udma = class.join("udmabuf0");
    fs::create_dir_all(&udma).unwrap();
    fs::write(udma.join("phys_addr"), "0x3f000000\n").unwrap();
    fs::write(udma.join("size"), "8192\n").unwrap();
    File::create(dev.join("udmabuf0")).unwrap().set_len(8192).unwrap();
    let buf = UdmaBuf::read_from(&class, &dev, "udmabuf0").unwrap();
    assert_eq!((buf.phys_addr, buf.size), (0x3f00_0000, 8192));
    let dma = buf.open().unwrap();
    assert_eq!(dma.alloc(4096, 4096), Ok(PhysAddr(0x3f00_0000)));
}

#[test]
fn a_uio_interrupt_is_a_count_read_and_an_unmask_write() {
    let f = file_of(0, 0);
    fs::write(f.path(), 7u32.to_ne_bytes()).unwrap();
    let mut irq = UioInterrupt::open(f.path()).unwrap();
    assert_eq!(irq.wait().unwrap(), 7);
    irq.unmask().unwrap();
    assert_eq!(contents(&f)[4..], 1u32.to_ne_bytes(), "1 written after the count");
    assert!(matches!(irq.wait(), Err(PlatformError::Io { .. })), "no second count to read");
}
