//! Physical memory as the IOMMU sees it: the model's own small trait, and typed little-endian
//! reads and writes of the generated in-memory structures over it.
//!
//! Every implicit access of the IOMMU (directory and page-table reads, command fetches, fault
//! records, IOFENCE.C data writes) goes through [`PhysMem`]. A platform that refuses an access
//! (a PMA or PMP violation, an AXI SLVERR or DECERR) returns [`Refused`]; the model turns that
//! into the cause code or error bit the specification names for that access.

use std::cell::RefCell;
use std::rc::Rc;

use cosim_common::memory::HostMemory;
use driver::dma::{DmaMemory, PhysAddr};
use driver::fake::FakeDma;

/// Direction of a refused access.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// An implicit read (table walk, command fetch).
    Read,
    /// An implicit write (fault record, IOFENCE.C data).
    Write,
}

/// The platform refused an access of the IOMMU (PMA/PMP fault, AXI SLVERR/DECERR).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{direction:?} of {len} bytes at {addr:#x} refused by the platform")]
pub struct Refused {
    /// Physical address of the access.
    pub addr: u64,
    /// Length in bytes.
    pub len: usize,
    /// Read or write.
    pub direction: Direction,
}

/// Physical memory the IOMMU reads and writes (little-endian byte-addressed).
pub trait PhysMem {
    /// Read `buf.len()` bytes at `addr`.
    fn read(&self, addr: u64, buf: &mut [u8]) -> Result<(), Refused>;
    /// Write `data` at `addr`.
    fn write(&self, addr: u64, data: &[u8]) -> Result<(), Refused>;
}

/// Host memory shared with the driver: addresses outside the fake's region are refused.
impl PhysMem for FakeDma {
    fn read(&self, addr: u64, buf: &mut [u8]) -> Result<(), Refused> {
        DmaMemory::read(self, PhysAddr(addr), buf).map_err(|_| Refused {
            addr,
            len: buf.len(),
            direction: Direction::Read,
        })
    }

    fn write(&self, addr: u64, data: &[u8]) -> Result<(), Refused> {
        DmaMemory::write(self, PhysAddr(addr), data).map_err(|_| Refused {
            addr,
            len: data.len(),
            direction: Direction::Write,
        })
    }
}

/// The co-simulation's host memory (shared with the RTL harness): only mapped bytes exist; an
/// access that touches an unmapped byte is refused whole (a refused write writes nothing), as
/// the harness's AXI4 slave answers DECERR.
impl PhysMem for RefCell<HostMemory> {
    fn read(&self, addr: u64, buf: &mut [u8]) -> Result<(), Refused> {
        self.borrow().read(addr, buf).map_err(|_| Refused {
            addr,
            len: buf.len(),
            direction: Direction::Read,
        })
    }

    fn write(&self, addr: u64, data: &[u8]) -> Result<(), Refused> {
        self.borrow_mut().write(addr, data).map_err(|_| Refused {
            addr,
            len: data.len(),
            direction: Direction::Write,
        })
    }
}

impl<T: PhysMem + ?Sized> PhysMem for &T {
    fn read(&self, addr: u64, buf: &mut [u8]) -> Result<(), Refused> {
        (**self).read(addr, buf)
    }
    fn write(&self, addr: u64, data: &[u8]) -> Result<(), Refused> {
        (**self).write(addr, data)
    }
}

impl<T: PhysMem + ?Sized> PhysMem for Rc<T> {
    fn read(&self, addr: u64, buf: &mut [u8]) -> Result<(), Refused> {
        (**self).read(addr, buf)
    }
    fn write(&self, addr: u64, data: &[u8]) -> Result<(), Refused> {
        (**self).write(addr, data)
    }
}

/// Read `N` bytes at `addr` (the byte image of a generated structure).
pub(crate) fn read_bytes<const N: usize, M: PhysMem + ?Sized>(
    mem: &M,
    addr: u64,
) -> Result<[u8; N], Refused> {
    let mut buf = [0u8; N];
    mem.read(addr, &mut buf)?;
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::*;
    use driver::dma::DmaMemory;

    #[test]
    fn fake_dma_refuses_outside_its_region() {
        let dma = FakeDma::new(PhysAddr(0x1000), 0x1000);
        let mut b = [0u8; 8];
        assert!(PhysMem::read(&dma, 0x1ff8, &mut b).is_ok());
        let e = PhysMem::read(&dma, 0x1ffc, &mut b).unwrap_err();
        assert_eq!(e, Refused { addr: 0x1ffc, len: 8, direction: Direction::Read });
        let e = PhysMem::write(&dma, 0xff8, &b).unwrap_err();
        assert_eq!(e.direction, Direction::Write);
    }

    #[test]
    fn host_memory_refuses_unmapped_bytes_and_writes_nothing() {
        let host = RefCell::new(HostMemory::new());
        host.borrow_mut().map(0x2000, 0x100).unwrap();
        PhysMem::write(&host, 0x20f8, &[5; 8]).unwrap();
        let e = PhysMem::write(&host, 0x20fc, &[7; 8]).unwrap_err();
        assert_eq!(e, Refused { addr: 0x20fc, len: 8, direction: Direction::Write });
        let mut b = [0u8; 8];
        PhysMem::read(&host, 0x20f8, &mut b).unwrap();
        assert_eq!(b, [5; 8], "the refused write changed nothing");
        let e = PhysMem::read(&host, 0x1ffc, &mut b).unwrap_err();
        assert_eq!(e.direction, Direction::Read);
    }

    #[test]
    fn references_and_rc_share_the_memory() {
        let dma = Rc::new(FakeDma::new(PhysAddr(0), 0x1000));
        let by_ref: &FakeDma = &dma;
        PhysMem::write(&by_ref, 0x10, &[1, 2, 3, 4]).unwrap();
        let got: [u8; 4] = read_bytes(&dma, 0x10).unwrap();
        assert_eq!(got, [1, 2, 3, 4]);
        assert_eq!(DmaMemory::read_u64(&*dma, PhysAddr(0x10)).unwrap(), 0x0403_0201);
    }
}
