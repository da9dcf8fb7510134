//! Where the mappings come from on Linux: UIO maps and interrupts, `u-dma-buf` buffers, the
//! page size. Only file reads: sysfs attributes, `/proc/self/auxv`, the device files.

use std::format;
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::string::ToString;

use super::{DmaBuffer, MappedBar, PlatformError};
use crate::dma::PhysAddr;

/// `AT_PAGESZ` in the ELF auxiliary vector (`<elf.h>`).
const AT_PAGESZ: usize = 6;

/// The system's page size, from the auxiliary vector the kernel gave this process
/// (`/proc/self/auxv`: native-endian `usize` pairs of type and value). UIO map `i` is at
/// file offset `i` x this.
pub fn page_size() -> Result<usize, PlatformError> {
    let path = "/proc/self/auxv";
    let bytes = std::fs::read(path).map_err(|e| PlatformError::io(path, e))?;
    const W: usize = core::mem::size_of::<usize>();
    let word = |c: &[u8]| {
        let mut b = [0u8; W];
        b.copy_from_slice(c);
        usize::from_ne_bytes(b)
    };
    bytes
        .chunks_exact(2 * W)
        .map(|pair| (word(&pair[..W]), word(&pair[W..])))
        .find(|&(kind, _)| kind == AT_PAGESZ)
        .map(|(_, size)| size)
        .ok_or(PlatformError::NoPageSize)
}

/// Read a sysfs attribute holding one number (`0x`-prefixed hexadecimal or decimal).
fn read_number(path: &Path) -> Result<u64, PlatformError> {
    let text = std::fs::read_to_string(path).map_err(|e| PlatformError::io(path, e))?;
    let t = text.trim();
    let parsed = match t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => t.parse(),
    };
    parsed.map_err(|_| PlatformError::Parse { path: path.to_path_buf(), text: t.to_string() })
}

/// One memory map of a UIO device, as sysfs describes it
/// (`/sys/class/uio/uioN/maps/mapI/{addr,size,offset}`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UioMap {
    /// The device file (`/dev/uioN`).
    pub device: PathBuf,
    /// The map's index `I`.
    pub index: usize,
    /// Physical (bus) address of the map: for a DMA buffer, what the device is given.
    pub addr: u64,
    /// Length of the map in bytes.
    pub size: u64,
    /// Offset of `addr` inside its page (the mapping starts at the page).
    pub offset: u64,
}

impl UioMap {
    /// Map `index` of UIO device `uio` (`"uio0"`), from `/sys/class/uio` and `/dev`.
    pub fn read(uio: &str, index: usize) -> Result<Self, PlatformError> {
        Self::read_from(Path::new("/sys/class/uio"), Path::new("/dev"), uio, index)
    }

    /// As [`UioMap::read`], with the sysfs class directory and the device directory given
    /// (tests use temporary ones).
    pub fn read_from(
        class_dir: &Path,
        dev_dir: &Path,
        uio: &str,
        index: usize,
    ) -> Result<Self, PlatformError> {
        let dir = class_dir.join(uio).join("maps").join(format!("map{index}"));
        Ok(UioMap {
            device: dev_dir.join(uio),
            index,
            addr: read_number(&dir.join("addr"))?,
            size: read_number(&dir.join("size"))?,
            offset: read_number(&dir.join("offset"))?,
        })
    }

    /// The `mmap` file offset that selects this map: `index` x `page_size` (the UIO
    /// convention).
    pub fn mmap_offset(&self, page_size: usize) -> u64 {
        self.index as u64 * page_size as u64
    }

    /// Map it as a register window (the map must start at a page: `offset` 0, as the
    /// device tree's `reg` of a register block does). Checks nothing about the registers:
    /// follow with [`MappedBar::check_registers`].
    pub fn open_bar(&self, page_size: usize) -> Result<MappedBar, PlatformError> {
        let len = self.window_len()?;
        MappedBar::open(&self.device, self.mmap_offset(page_size), len)
    }

    /// Map it as DMA memory at bus address [`UioMap::addr`] (reserved memory given to the
    /// UIO device as a second `reg` entry).
    pub fn open_dma(&self, page_size: usize) -> Result<DmaBuffer, PlatformError> {
        let len = self.window_len()?;
        DmaBuffer::open(&self.device, self.mmap_offset(page_size), len, PhysAddr(self.addr))
    }

    fn window_len(&self) -> Result<usize, PlatformError> {
        if self.offset != 0 {
            return Err(PlatformError::Misaligned { what: "UIO map", addr: self.addr });
        }
        usize::try_from(self.size)
            .map_err(|_| PlatformError::AddressOverflow { base: self.addr, len: usize::MAX })
    }
}

/// A buffer of the `u-dma-buf` kernel module (`/dev/<name>`, attributes in
/// `/sys/class/u-dma-buf/<name>/{phys_addr,size}`): physically contiguous, its bus address
/// known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UdmaBuf {
    /// The device file (`/dev/udmabuf0`).
    pub device: PathBuf,
    /// Physical (bus) address of the buffer.
    pub phys_addr: u64,
    /// Length in bytes.
    pub size: u64,
}

impl UdmaBuf {
    /// Buffer `name` (`"udmabuf0"`) from `/sys/class/u-dma-buf` and `/dev`.
    pub fn read(name: &str) -> Result<Self, PlatformError> {
        Self::read_from(Path::new("/sys/class/u-dma-buf"), Path::new("/dev"), name)
    }

    /// As [`UdmaBuf::read`] with the directories given.
    pub fn read_from(class_dir: &Path, dev_dir: &Path, name: &str) -> Result<Self, PlatformError> {
        let dir = class_dir.join(name);
        Ok(UdmaBuf {
            device: dev_dir.join(name),
            phys_addr: read_number(&dir.join("phys_addr"))?,
            size: read_number(&dir.join("size"))?,
        })
    }

    /// Map the whole buffer as DMA memory at its physical address. Open the device with
    /// `O_SYNC` semantics (the module's `sync_mode` attribute) or use a cache-coherent
    /// interconnect: the driver does no cache maintenance.
    pub fn open(&self) -> Result<DmaBuffer, PlatformError> {
        let len = usize::try_from(self.size).map_err(|_| PlatformError::AddressOverflow {
            base: self.phys_addr,
            len: usize::MAX,
        })?;
        DmaBuffer::open(&self.device, 0, len, PhysAddr(self.phys_addr))
    }
}

/// The interrupt of a UIO device (`/dev/uioN`): a blocking read returns the interrupt count;
/// for `uio_pdrv_genirq`, writing 1 unmasks the interrupt again (it is masked when it fires).
#[derive(Debug)]
pub struct UioInterrupt {
    file: File,
    path: PathBuf,
}

impl UioInterrupt {
    /// Open the device file (read-write).
    pub fn open(path: impl AsRef<Path>) -> Result<Self, PlatformError> {
        let path = path.as_ref().to_path_buf();
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .open(&path)
            .map_err(|e| PlatformError::io(&path, e))?;
        Ok(UioInterrupt { file, path })
    }

    /// Unmask the interrupt (write the 32-bit value 1).
    pub fn unmask(&mut self) -> Result<(), PlatformError> {
        self.file.write_all(&1u32.to_ne_bytes()).map_err(|e| PlatformError::io(&self.path, e))
    }

    /// Wait for the interrupt: blocks until it fires, returns the total count so far.
    pub fn wait(&mut self) -> Result<u32, PlatformError> {
        let mut count = [0u8; 4];
        self.file.read_exact(&mut count).map_err(|e| PlatformError::io(&self.path, e))?;
        Ok(u32::from_ne_bytes(count))
    }
}
