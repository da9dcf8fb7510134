//! The tests' own tools checked against the privileged specification by hand-computed cases:
//! the address-space builder writes what the spec's tables look like, and the reference walker
//! reads them back as the spec's algorithm does.

use driver::dma::{DmaMemory, PhysAddr};
use driver::fake::FakeDma;
use driver::iommu::PagingMode;
use driver::regs::iommu_mem::Pte;
use scenarios::page_tables::{Flags, PageSize, PageTables};
use scenarios::reference_walk::{walk, AccessType, RefOutcome, WalkRoot};

fn dma() -> FakeDma {
    FakeDma::new(PhysAddr(0x8000_0000), 8 << 20)
}

fn root(space: &PageTables<'_, FakeDma>, privileged: bool, sum: bool) -> WalkRoot {
    WalkRoot { paging: space.paging(), root_ppn: space.root_ppn(), privileged, sum }
}

#[test]
fn every_page_size_translates_with_its_offset_bits() {
    let mem = dma();
    let mut space = PageTables::new(&mem, PagingMode::Sv48).unwrap();
    let cases = [
        (PageSize::Size4K, 0x0000_1234_5000u64, 0x00aa_bbcc_d000u64),
        (PageSize::Size64K, 0x0000_2000_0000, 0x0040_0001_0000),
        (PageSize::Size2M, 0x0000_4000_0000 + (3 << 21), 0x0012_3440_0000),
        (PageSize::Size1G, 0x0040_0000_0000, 0x00c0_0000_0000),
        (PageSize::Size512G, 0x0080_0000_0000, 0x0800_0000_0000),
    ];
    for (size, va, pa) in cases {
        space.map(va, pa, size, Flags::USER_RW).unwrap();
    }
    let r = root(&space, false, false);
    for (size, va, pa) in cases {
        let off = size.bytes() - 8; // last doubleword of the page
        match walk(&mem, &r, va + off, AccessType::Write) {
            RefOutcome::Translated { pa: got, size: s, .. } => {
                assert_eq!((got, s), (pa + off, size), "{size:?}");
            }
            other => panic!("{size:?}: {other:?}"),
        }
    }
    // The NAPOT range: all 16 entries carry N=1 and PPN[3:0]=1000b.
    let pte = space.read_pte(0x0000_2000_f000, 0).unwrap().unwrap();
    assert!(pte.n());
    assert_eq!(pte.ppn() & 0xf, 0b1000);
}

#[test]
fn faults_follow_the_privileged_spec() {
    let mem = dma();
    let mut space = PageTables::new(&mem, PagingMode::Sv39).unwrap();
    let user = 0x1000_0000u64;
    let kern = 0x2000_0000u64;
    space.map(user, 0x8010_0000, PageSize::Size4K, Flags::USER_RO).unwrap();
    space.map(kern, 0x8020_0000, PageSize::Size4K, Flags::KERNEL_RW).unwrap();
    let u = root(&space, false, false);
    let s = root(&space, true, false);
    let s_sum = root(&space, true, true);
    let pf = RefOutcome::PageFault;
    assert!(matches!(walk(&mem, &u, user, AccessType::Read), RefOutcome::Translated { .. }));
    assert_eq!(walk(&mem, &u, user, AccessType::Write), pf, "no W");
    assert_eq!(walk(&mem, &u, user, AccessType::Execute), pf, "no X");
    assert_eq!(walk(&mem, &u, kern, AccessType::Read), pf, "user request, U=0 page");
    assert_eq!(walk(&mem, &s, user, AccessType::Read), pf, "supervisor, U=1 page, SUM=0");
    assert!(matches!(walk(&mem, &s_sum, user, AccessType::Read), RefOutcome::Translated { .. }));
    assert!(matches!(walk(&mem, &s, kern, AccessType::Write), RefOutcome::Translated { .. }));
    // Non-canonical: bit 39 differs from bit 38.
    assert_eq!(walk(&mem, &u, user | (1 << 39), AccessType::Read), pf);
    // Unmapped.
    assert_eq!(walk(&mem, &u, 0x3000_0000, AccessType::Read), pf);
    // A write to a clean page (D=0) and any access to a page with A=0.
    let clean = Flags { d: false, ..Flags::USER_RW };
    space.map(0x4000_0000, 0x8030_0000, PageSize::Size4K, clean).unwrap();
    assert_eq!(walk(&mem, &u, 0x4000_0000, AccessType::Write), pf);
    assert!(matches!(walk(&mem, &u, 0x4000_0000, AccessType::Read), RefOutcome::Translated { .. }));
    let unaccessed = Flags { a: false, ..Flags::USER_RW };
    space.map(0x4000_1000, 0x8030_1000, PageSize::Size4K, unaccessed).unwrap();
    assert_eq!(walk(&mem, &u, 0x4000_1000, AccessType::Read), pf);
    // A misaligned 2 MiB superpage.
    let leaf = Pte::default().with_v(true).with_r(true).with_u(true).with_a(true).with_ppn(0x80401);
    space.write_pte(0x6000_0000, 1, leaf).unwrap();
    assert_eq!(walk(&mem, &u, 0x6000_0000, AccessType::Read), pf);
    // Reserved bits (60:54), and PBMT without Svpbmt.
    let ok = leaf.with_ppn(0x80400);
    space.write_pte(0x6020_0000, 1, ok).unwrap();
    assert!(matches!(walk(&mem, &u, 0x6020_0000, AccessType::Read), RefOutcome::Translated { .. }));
    space.write_pte(0x6020_0000, 1, Pte(ok.0 | 1 << 54)).unwrap();
    assert_eq!(walk(&mem, &u, 0x6020_0000, AccessType::Read), pf);
    space.write_pte(0x6020_0000, 1, ok.with_pbmt(1)).unwrap();
    assert_eq!(walk(&mem, &u, 0x6020_0000, AccessType::Read), pf);
    // A table pointer outside memory: access fault.
    let far = Pte::default().with_v(true).with_ppn(0x1_0000_0000);
    space.write_pte(0x7000_0000, 1, far).unwrap();
    assert_eq!(walk(&mem, &u, 0x7000_0000, AccessType::Read), RefOutcome::AccessFault);
    assert!(mem.read(PhysAddr(0x1_0000_0000 << 12), &mut [0u8; 8]).is_err());
}
