//! Scenarios of `scenarios::suite` through the real-platform backend (`driver::platform`,
//! feature `std`): the driver's registers are a [`MappedBar`] over a file, its memory a
//! [`DmaBuffer`] over another file, and the reference model serves both.
//!
//! How the model serves the register file, at well-defined points of each access the driver
//! makes through the mapping:
//! - a **load**: the model answers the access (same offset and width); the answer is written
//!   into the file with `pwrite`, little-endian; then the driver's load goes through the
//!   mapping;
//! - a **store**: the driver's store goes through the mapping; the bytes it left in the file
//!   are read back with `pread` and given to the model as that access (offset and width of
//!   the driver's call: with [`Access64::Split`] the mapping makes two 32-bit stores, the
//!   model sees one 64-bit one).
//!
//! The file is the only path between the driver and the model's registers, and `pread` /
//! `pwrite` never go through `MappedBar`: a wrong width, offset or byte order in the mapping
//! gives the model or the driver wrong values. The model reads and writes the IOMMU's tables
//! and queues in the same [`DmaBuffer`] the driver allocates them in.

use std::fs::File;
use std::os::unix::fs::FileExt;
use std::rc::Rc;

use driver::dma::{DmaMemory, PhysAddr};
use driver::mmio::Mmio;
use driver::platform::{registers_extent, Access64, DmaBuffer, MappedBar};
use driver::regs::iommu_mem::PageRequest;
use driver::regs::iommu_regs;
use iommu_model::{
    AtsMessage, Config, DeviceRequest, Direction, InvalidationPolicy, Model, PageRequestOutcome,
    PhysMem, Refused, Response,
};
use scenarios::platform::Platform;
use scenarios::suite;
use tempfile::NamedTempFile;

/// Bus address and size of the DMA buffer.
const BUS_BASE: u64 = 0x8000_0000;
const BUS_BYTES: usize = 16 << 20;

/// The model's view of host memory: the driver's [`DmaBuffer`].
struct Buffer(Rc<DmaBuffer>);

impl PhysMem for Buffer {
    fn read(&self, addr: u64, buf: &mut [u8]) -> Result<(), Refused> {
        let len = buf.len();
        self.0.read(PhysAddr(addr), buf).map_err(|_| Refused {
            addr,
            len,
            direction: Direction::Read,
        })
    }
    fn write(&self, addr: u64, data: &[u8]) -> Result<(), Refused> {
        self.0.write(PhysAddr(addr), data).map_err(|_| Refused {
            addr,
            len: data.len(),
            direction: Direction::Write,
        })
    }
}

/// The register window the driver uses: a mapping of `file`, served by `model`.
struct Served {
    bar: MappedBar,
    file: File,
    model: Model<Buffer>,
}

impl Served {
    /// The model's answer into the file, before the driver's load.
    fn put(&self, offset: usize, bytes: usize, value: u64) {
        self.file.write_all_at(&value.to_le_bytes()[..bytes], offset as u64).unwrap();
    }
    /// What the driver's store left in the file.
    fn take(&self, offset: usize, bytes: usize) -> u64 {
        let mut b = [0u8; 8];
        self.file.read_exact_at(&mut b[..bytes], offset as u64).unwrap();
        u64::from_le_bytes(b)
    }
}

impl Mmio for Served {
    fn read32(&self, offset: usize) -> u32 {
        self.put(offset, 4, self.model.read32(offset).into());
        self.bar.read32(offset)
    }
    fn write32(&self, offset: usize, value: u32) {
        self.bar.write32(offset, value);
        self.model.write32(offset, self.take(offset, 4) as u32)
    }
    fn write16(&self, offset: usize, value: u16) {
        self.bar.write16(offset, value);
        self.model.write16(offset, self.take(offset, 2) as u16)
    }
    fn write8(&self, offset: usize, value: u8) {
        self.bar.write8(offset, value);
        self.model.write8(offset, self.take(offset, 1) as u8)
    }
    fn read64(&self, offset: usize) -> u64 {
        self.put(offset, 8, self.model.read64(offset));
        self.bar.read64(offset)
    }
    fn write64(&self, offset: usize, value: u64) {
        self.bar.write64(offset, value);
        self.model.write64(offset, self.take(offset, 8))
    }
    fn read16(&self, offset: usize) -> u16 {
        self.put(offset, 2, self.model.read16(offset).into());
        self.bar.read16(offset)
    }
    fn read8(&self, offset: usize) -> u8 {
        self.put(offset, 1, self.model.read8(offset).into());
        self.bar.read8(offset)
    }
}

/// The model behind a mapped register file and a mapped DMA buffer.
struct MappedPlatform {
    served: Served,
    memory: Rc<DmaBuffer>,
    _files: [NamedTempFile; 2],
}

impl MappedPlatform {
    fn with(config: Config, access64: Access64) -> Self {
        let regs_file = NamedTempFile::new().unwrap();
        let extent = registers_extent(iommu_regs::REGISTERS);
        regs_file.as_file().set_len(extent as u64).unwrap();
        let bar = MappedBar::for_registers(regs_file.path(), 0, iommu_regs::REGISTERS)
            .unwrap()
            .with_access64(access64);
        let mem_file = NamedTempFile::new().unwrap();
        mem_file.as_file().set_len(BUS_BYTES as u64).unwrap();
        let memory = Rc::new(
            DmaBuffer::from_file(mem_file.as_file(), 0, BUS_BYTES, PhysAddr(BUS_BASE)).unwrap(),
        );
        let model = Model::new(Buffer(Rc::clone(&memory)), config);
        let file = regs_file.reopen().unwrap();
        MappedPlatform {
            served: Served { bar, file, model },
            memory,
            _files: [regs_file, mem_file],
        }
    }

    fn new() -> Self {
        Self::with(Config::default(), Access64::Split)
    }

    fn single() -> Self {
        Self::with(Config::default(), Access64::Single)
    }
}

impl Drop for MappedPlatform {
    fn drop(&mut self) {
        // Nothing the driver did may have gone outside the window.
        if !std::thread::panicking() {
            assert_eq!(self.served.bar.rejected(), 0, "{:?}", self.served.bar.last_rejected());
        }
    }
}

impl Platform for MappedPlatform {
    type Regs<'a> = &'a Served;
    type Memory<'a> = &'a DmaBuffer;

    fn name(&self) -> &'static str {
        "mapping"
    }
    fn regs(&self) -> Self::Regs<'_> {
        &self.served
    }
    fn memory(&self) -> Self::Memory<'_> {
        &self.memory
    }
    fn request(&self, req: &DeviceRequest) -> Response {
        self.served.model.translate(req)
    }
    fn permitted(&self, req: &DeviceRequest) -> Vec<Response> {
        self.served.model.permitted(req)
    }
    fn run_until_idle(&self) {
        self.served.model.run_until_idle()
    }
    fn interrupt_lines(&self) -> u16 {
        self.served.model.interrupt_lines()
    }
    fn refused_address(&self) -> PhysAddr {
        PhysAddr(BUS_BASE / 2) // below the buffer: the DmaBuffer refuses it
    }
    fn hold_commands(&self, hold: bool) {
        self.served.model.hold_commands(hold)
    }
    fn page_request(&self, msg: &PageRequest) -> PageRequestOutcome {
        self.served.model.page_request(msg)
    }
    fn take_ats_messages(&self) -> Vec<AtsMessage> {
        self.served.model.take_outbound_ats()
    }
    fn complete_invalidations(&self, n: usize) {
        self.served.model.complete_invalidations(n)
    }
    fn expire_invalidations(&self) {
        self.served.model.expire_invalidations()
    }
    fn pending_invalidations(&self) -> usize {
        self.served.model.pending_invalidations()
    }
}

#[test]
fn bring_up_every_ddt_depth() {
    suite::bring_up::every_ddt_depth(MappedPlatform::new);
    suite::bring_up::every_ddt_depth(MappedPlatform::single);
}

#[test]
fn translation_every_size_and_rule() {
    suite::translation::every_size_and_rule(MappedPlatform::new);
}

#[test]
fn debug_translation_at_every_page_size_and_its_faults() {
    suite::debug::every_page_size(MappedPlatform::single);
    suite::debug::faults(MappedPlatform::new);
}

#[test]
fn command_and_fault_queues_wrap() {
    suite::queues::command_queue_wrap(MappedPlatform::new);
    suite::queues::fault_queue_wrap(MappedPlatform::new);
    suite::queues::fence_memory_fault(MappedPlatform::new);
}

#[test]
fn page_request_records_are_queued() {
    suite::page_requests::records_are_queued(MappedPlatform::new);
}

#[test]
fn interrupts_on_distinct_vectors() {
    suite::interrupts::distinct_vectors(MappedPlatform::new);
}

#[test]
fn ats_invalidation_fence_waits_for_the_completion() {
    suite::ats_invalidation::fence_waits_for_the_completion(|| {
        let config = Config { ats_invalidations: InvalidationPolicy::Hold, ..Config::default() };
        MappedPlatform::with(config, Access64::Split)
    });
}
