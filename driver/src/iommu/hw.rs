//! The driver's view of the hardware during one operation: the register block, DMA
//! memory, the poll budget, and the helpers every module shares (bounded polling, table
//! pages, address checks).

use alloc::vec;

use super::error::{Error, Wait};
use crate::dma::{DmaMemory, PhysAddr};
use crate::mmio::Mmio;
use crate::regs::iommu_mem::PAGE_SHIFT;
use crate::regs::iommu_regs::IommuRegs;

/// Bytes in a page (every directory table and queue alignment unit).
pub(crate) const PAGE_BYTES: usize = 1 << PAGE_SHIFT;

/// Borrowed hardware for one operation.
pub(crate) struct Hw<'a, M, D> {
    pub regs: &'a IommuRegs<M>,
    pub dma: &'a D,
    /// Register reads allowed per wait.
    pub budget: u32,
    /// `capabilities.PAS`.
    pub pas: u8,
}

impl<M: Mmio, D: DmaMemory> Hw<'_, M, D> {
    /// A fresh budget for `wait`.
    pub fn budget(&self, wait: Wait) -> Budget {
        Budget { left: self.budget, wait }
    }

    /// Read with `read` until `done` holds, spending one unit of the budget per read.
    pub fn poll<T>(
        &self,
        wait: Wait,
        mut read: impl FnMut() -> T,
        done: impl Fn(&T) -> bool,
    ) -> Result<T, Error> {
        let mut budget = self.budget(wait);
        loop {
            budget.spend()?;
            let value = read();
            if done(&value) {
                return Ok(value);
            }
        }
    }

    /// Fail unless `[addr, addr + bytes)` is addressable by the IOMMU and `addr` is aligned
    /// to `align` bytes.
    pub fn check_phys(&self, addr: PhysAddr, bytes: u64, align: u64) -> Result<(), Error> {
        check_phys(addr, bytes, align, self.pas)
    }

    /// Allocate `bytes` of DMA memory aligned to `align` that the IOMMU can address.
    pub fn alloc(&self, bytes: usize, align: usize) -> Result<PhysAddr, Error> {
        let addr = self.dma.alloc(bytes, align)?;
        if let Err(e) = self.check_phys(addr, bytes as u64, align as u64) {
            self.dma.free(addr, bytes);
            return Err(e);
        }
        Ok(addr)
    }

    /// Allocate a directory-table page and zero it explicitly (the IOMMU treats every
    /// zero entry as invalid).
    pub fn alloc_table_page(&self) -> Result<PhysAddr, Error> {
        let page = self.alloc(PAGE_BYTES, PAGE_BYTES)?;
        if let Err(e) = self.dma.write(page, &vec![0u8; PAGE_BYTES]) {
            self.dma.free(page, PAGE_BYTES);
            return Err(e.into());
        }
        Ok(page)
    }

    /// Write one little-endian doubleword of a table entry.
    pub fn write_u64(&self, addr: PhysAddr, value: u64) -> Result<(), Error> {
        Ok(self.dma.write_u64(addr, value)?)
    }
}

/// See [`Hw::check_phys`].
pub(crate) fn check_phys(addr: PhysAddr, bytes: u64, align: u64, pas: u8) -> Result<(), Error> {
    if align > 1 && addr.0 % align != 0 {
        return Err(Error::Misaligned { addr, align });
    }
    let last = addr.0.checked_add(bytes.saturating_sub(1));
    let fits = match last {
        Some(last) => u32::from(pas) >= u64::BITS || last >> pas == 0,
        None => false,
    };
    if !fits {
        return Err(Error::AddressBeyondPas { addr, pas });
    }
    Ok(())
}

/// A budget of register reads for one wait.
pub(crate) struct Budget {
    left: u32,
    wait: Wait,
}

impl Budget {
    /// Account for one register read; fails with [`Error::Timeout`] once the budget is spent.
    pub fn spend(&mut self) -> Result<(), Error> {
        match self.left.checked_sub(1) {
            Some(left) => {
                self.left = left;
                Ok(())
            }
            None => Err(Error::Timeout(self.wait)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn physical_addresses_are_checked_against_pas_and_alignment() {
        assert_eq!(check_phys(PhysAddr(0x1000), 4096, 4096, 32), Ok(()));
        assert_eq!(
            check_phys(PhysAddr(0x1800), 4096, 4096, 32),
            Err(Error::Misaligned { addr: PhysAddr(0x1800), align: 4096 })
        );
        // The last byte must be below 2^PAS.
        assert_eq!(check_phys(PhysAddr(0xffff_f000), 4096, 4096, 32), Ok(()));
        assert_eq!(
            check_phys(PhysAddr(0x1_0000_0000), 4096, 4096, 32),
            Err(Error::AddressBeyondPas { addr: PhysAddr(0x1_0000_0000), pas: 32 })
        );
        assert!(check_phys(PhysAddr(u64::MAX - 10), 4096, 1, 63).is_err());
    }
}
