//! The process model on its own: regions, lazy population, A/D, munmap/write-protect
//! splitting, exit and reclaim, over plain host memory.

use std::rc::Rc;

use driver::dma::{DmaMemory, PhysAddr};
use driver::fake::FakeDma;
use driver::sva::{Access, AddressSpace, FaultInError};
use process_model::{Perms, Process, ProcessError};

const PAGE: u64 = 4096;
const READ: Access = Access { read: true, write: false, execute: false, privileged: false };
const WRITE: Access = Access { read: true, write: true, execute: false, privileged: false };

fn setup() -> (Rc<FakeDma>, Rc<Process>) {
    let dma = Rc::new(FakeDma::new(PhysAddr(0x8000_0000), 8 << 20));
    let p = Process::new(Rc::clone(&dma) as Rc<dyn DmaMemory>).unwrap();
    (dma, p)
}

#[test]
fn munmap_cuts_a_hole_and_keeps_the_content_of_the_rest() {
    let (_dma, p) = setup();
    let data: Vec<u8> = (0..3 * PAGE).map(|i| (i / PAGE) as u8 + 1).collect();
    p.mmap_with(0x10_0000, 3 * PAGE, Perms::RW, data).unwrap();
    p.fault_in(0x10_1000, WRITE).unwrap();
    let inv = p.munmap(0x10_1000, PAGE).unwrap();
    assert_eq!((inv.start, inv.len, inv.exited), (0x10_1000, PAGE, false));
    assert_eq!(inv.space, p.id());
    assert!(!p.is_populated(0x10_1000));
    assert_eq!(p.pte(0x10_1000).unwrap(), None);
    assert_eq!(p.fault_in(0x10_1000, READ), Err(FaultInError::NotMapped { addr: 0x10_1000 }));
    // The pieces on both sides keep their initial content (the third page starts with 3).
    p.fault_in(0x10_2000, READ).unwrap();
    let mut b = [0u8; 1];
    p.read(0x10_2000, &mut b).unwrap();
    assert_eq!(b, [3]);
    p.read(0x10_0000, &mut b).unwrap();
    assert_eq!(b, [1]);
    assert_eq!(p.reclaim(), 1);
    assert_eq!(p.reclaim(), 0);
}

#[test]
fn write_protect_drops_w_and_d_and_refuses_later_writes() {
    let (_dma, p) = setup();
    p.mmap(0x20_0000, 4 * PAGE, Perms::RW).unwrap();
    for i in 0..4 {
        p.fault_in(0x20_0000 + i * PAGE, WRITE).unwrap();
    }
    p.write_protect(0x20_1000, 2 * PAGE).unwrap();
    let pte = p.pte(0x20_1000).unwrap().unwrap();
    assert!(pte.r() && !pte.w() && !pte.d() && pte.a());
    assert!(p.pte(0x20_3000).unwrap().unwrap().w());
    assert!(matches!(p.fault_in(0x20_2000, WRITE), Err(FaultInError::Permission { .. })));
    p.fault_in(0x20_3000, WRITE).unwrap();
    p.fault_in(0x20_0000, WRITE).unwrap();
    assert!(p.write(0x20_1000, &[1]).is_err());
}

#[test]
fn exit_tears_the_tables_down_but_keeps_the_root() {
    let (dma, p) = setup();
    let root = p.root();
    p.mmap(0x30_0000, 2 * PAGE, Perms::RW).unwrap();
    p.write(0x30_0000, &[7; 8]).unwrap();
    let inv = p.exit().unwrap();
    assert!(inv.exited && p.has_exited());
    assert_eq!(p.root(), root);
    // The root is all zero: a walk finds nothing.
    for i in 0..512u64 {
        assert_eq!(dma.read_u64(root.add(i * 8)).unwrap(), 0);
    }
    assert_eq!(p.fault_in(0x30_0000, READ), Err(FaultInError::Exited));
    assert_eq!(p.read(0x30_0000, &mut [0u8; 1]), Err(ProcessError::Exited));
    // Three tables below the root and one frame.
    assert_eq!(p.reclaim(), 4);
}

#[test]
fn mappings_are_checked() {
    let (_dma, p) = setup();
    assert_eq!(
        p.mmap(0x1001, PAGE, Perms::R),
        Err(ProcessError::BadRange { start: 0x1001, len: PAGE })
    );
    assert!(p.mmap(0x0000_7fff_ffff_f000, 2 * PAGE, Perms::R).is_err(), "not canonical");
    let wo = Perms { read: false, write: true, execute: false };
    assert_eq!(p.mmap(0x1000, PAGE, wo), Err(ProcessError::WriteOnly));
    p.mmap(0x1000, 2 * PAGE, Perms::RX).unwrap();
    assert_eq!(
        p.mmap(0x2000, PAGE, Perms::R),
        Err(ProcessError::Overlap { start: 0x2000, len: PAGE })
    );
    let exec = Access { execute: true, ..READ };
    p.fault_in(0x1000, exec).unwrap();
    assert!(p.pte(0x1000).unwrap().unwrap().x());
    let kernel = Process::new_kernel(Rc::clone(&_dma) as Rc<dyn DmaMemory>).unwrap();
    kernel.mmap(0x1000, PAGE, Perms::R).unwrap();
    assert!(kernel.fault_in(0x1000, READ).is_err(), "user access to a supervisor page");
    kernel.fault_in(0x1000, Access { privileged: true, ..READ }).unwrap();
    assert!(!kernel.pte(0x1000).unwrap().unwrap().u());
}
