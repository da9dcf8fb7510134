//! The first-stage walk (privileged spec "Virtual Address Translation Process" for Sv39 and
//! Sv48, Svnapot): every page-fault condition, access faults, every leaf size, permissions.

mod common;

use common::*;
use driver::regs::iommu_mem::*;
use driver::regs::iommu_regs::IommuMode;
use iommu_model::DeviceRequest;

/// A bench with device 1 on a first stage of `levels` levels (PDTV = 0, PSCID 9), and a
/// device 2 with a PD8 directory whose process 1 uses the same kind of table with SUM and
/// ENS as given.
struct Space {
    b: Bench,
    pt: u64,
    levels: u32,
}

fn space(mode: IosatpMode) -> Space {
    let b = Bench::fresh();
    b.enable_fq(6);
    let root = b.set_mode(IommuMode::LVL1);
    let pt = b.page();
    b.set_dc(root, 1, 1, dc_iosatp(mode, pt, 9));
    let levels = if mode == IosatpMode::SV39 { SV39_LEVELS } else { SV48_LEVELS };
    Space { b, pt, levels }
}

/// Device 2, process 1: a PC with `ens`/`sum` over the same page table.
fn with_process(s: &Space, ens: bool, sum: bool) {
    let pdt = s.b.page();
    let root = s.b.regs().ddtp().read().ppn();
    s.b.set_dc(root, 1, 2, dc_pdt(PdtpMode::PD8, pdt));
    let mode = if s.levels == SV39_LEVELS { IosatpMode::SV39 } else { IosatpMode::SV48 };
    let mut p = pc(mode, s.pt, 10);
    p.set_ta(p.ta().with_ens(ens).with_sum(sum));
    s.b.set_pc(pdt, 1, 1, p);
}

fn rd(iova: u64) -> DeviceRequest {
    DeviceRequest::read(1, iova)
}

#[test]
fn leaf_sizes_sv39_and_sv48() {
    // (mode, level, size log2): 4 KiB, 2 MiB, 1 GiB, and 512 GiB in Sv48.
    let cases = [
        (IosatpMode::SV39, 0, 12),
        (IosatpMode::SV39, 1, 21),
        (IosatpMode::SV39, 2, 30),
        (IosatpMode::SV48, 0, 12),
        (IosatpMode::SV48, 1, 21),
        (IosatpMode::SV48, 2, 30),
        (IosatpMode::SV48, 3, 39),
    ];
    for (mode, level, size) in cases {
        let s = space(mode);
        let iova: u64 = 0x0000_0012_3456_7abc & ((1 << (12 + 9 * s.levels - 1)) - 1);
        // The leaf PPN is aligned to the leaf size; the page within it comes from the IOVA.
        let base_ppn: u64 = 0x5_0000_0000 >> (size - 12) << (size - 12);
        s.b.map(s.pt, s.levels, iova, level, leaf(base_ppn, true, true, false, true));
        let t = expect_allowed(&s.b, &rd(iova));
        let within = (iova >> 12) & ((1 << (size - 12)) - 1);
        assert_eq!(t.ppn, base_ppn | within, "{mode:?} level {level}");
        assert_eq!(u32::from(t.size_log2), size);
        assert!(t.r && t.w && !t.x && t.u && !t.g);
    }
}

#[test]
fn napot_64k_leaves() {
    let s = space(IosatpMode::SV39);
    // Svnapot: a level-0 leaf with N = 1 and ppn[3:0] = 1000b maps 64 KiB; the translation
    // takes ppn[3:0] from VPN[0][3:0]. Software writes all 16 PTEs of the range.
    let base = 0x40_0000u64; // a 64 KiB aligned IOVA
    let pte = leaf(0x7_7770 | 0b1000, true, false, false, true).with_n(true);
    for i in 0..16 {
        s.b.map(s.pt, s.levels, base + i * 4096, 0, pte);
    }
    for i in [0u64, 5, 15] {
        let t = expect_allowed(&s.b, &rd(base + i * 4096 + 0x10));
        assert_eq!(t.ppn, 0x7_7770 | i);
        assert_eq!(t.size_log2, 16);
    }
    // Other N encodings are reserved: page fault.
    s.b.map(s.pt, s.levels, base, 0, pte.with_ppn(0x7_7774));
    expect_fault(&s.b, &rd(base), FaultCause::RD_PAGE_FAULT);
    // N in a superpage leaf is reserved.
    s.b.map(
        s.pt,
        s.levels,
        0x4000_0000,
        1,
        leaf(0x200 | 0b1000, true, false, false, true).with_n(true),
    );
    expect_fault(&s.b, &rd(0x4000_0000), FaultCause::RD_PAGE_FAULT);
}

#[test]
fn non_canonical_iovas_page_fault() {
    for (mode, bad) in [(IosatpMode::SV39, 0x40_0000_0000u64), (IosatpMode::SV48, 0x8000_0000_0000)]
    {
        let s = space(mode);
        expect_fault(&s.b, &rd(bad), FaultCause::RD_PAGE_FAULT);
        expect_fault(&s.b, &rd(bad).write(), FaultCause::WR_PAGE_FAULT);
        expect_fault(&s.b, &rd(bad).execute(), FaultCause::INST_PAGE_FAULT);
        // The sign-extended upper half is canonical: it walks (and finds nothing).
        let high = !0u64 << (12 + 9 * s.levels - 1);
        s.b.map(s.pt, s.levels, high, 0, leaf(0x1234, true, false, false, true));
        assert_eq!(expect_allowed(&s.b, &rd(high)).ppn, 0x1234);
    }
}

#[test]
fn refused_pte_reads_are_access_faults() {
    let s = space(IosatpMode::SV48);
    // A non-leaf pointing outside memory: the next PTE read is refused.
    s.b.pte_slot(s.pt, s.levels, 0x1000, 0);
    let top = s.pt << 12; // VPN[3] = 0
    let e = Pte(s.b.read_u64(top));
    s.b.write_u64(top, e.with_ppn(NOWHERE_PPN).0);
    expect_fault(&s.b, &rd(0x1000), FaultCause::RD_ACCESS_FAULT);
    expect_fault(&s.b, &rd(0x1000).write(), FaultCause::WR_ACCESS_FAULT);
    expect_fault(&s.b, &rd(0x1000).execute(), FaultCause::INST_ACCESS_FAULT);
}

#[test]
fn malformed_ptes_page_fault() {
    let s = space(IosatpMode::SV39);
    let iova = 0x20_3000;
    let good = leaf(0x999, true, true, true, true);
    let slot = s.b.map(s.pt, s.levels, iova, 0, good);
    expect_allowed(&s.b, &rd(iova));
    for bad in [
        good.with_v(false),
        good.with_r(false).with_x(false), // xwr = 010
        good.with_r(false),               // xwr = 110
        Pte(good.0 | 1 << 54),            // reserved bits 60:54
        Pte(good.0 | 1 << 59),            // (no Svrsw60t59b)
        good.with_pbmt(1),                // PBMT without Svpbmt
        good.with_pbmt(3),
    ] {
        s.b.write_u64(slot, bad.0);
        expect_fault(&s.b, &rd(iova), FaultCause::RD_PAGE_FAULT);
    }
    s.b.write_u64(slot, good.0);
    // A non-leaf with A, D, U, N or PBMT set; the level-1 entry is the pointer to the leaf table.
    let l1 = s.b.pte_slot(s.pt, s.levels, iova, 1);
    let ptr = Pte(s.b.read_u64(l1));
    for bad in
        [ptr.with_a(true), ptr.with_d(true), ptr.with_u(true), ptr.with_n(true), ptr.with_pbmt(2)]
    {
        s.b.write_u64(l1, bad.0);
        expect_fault(&s.b, &rd(iova).write(), FaultCause::WR_PAGE_FAULT);
    }
    s.b.write_u64(l1, ptr.0);
    // A pointer at level 0: page fault.
    s.b.write_u64(slot, Pte::default().with_v(true).with_ppn(s.b.page()).0);
    expect_fault(&s.b, &rd(iova).execute(), FaultCause::INST_PAGE_FAULT);
    // G in a leaf or pointer is fine, RSW is ignored.
    s.b.write_u64(slot, good.with_g(true).with_rsw(3).0);
    assert!(expect_allowed(&s.b, &rd(iova)).g);
}

#[test]
fn permissions_and_accessed_dirty() {
    let s = space(IosatpMode::SV39);
    let iova = 0x30_0000;
    let slot = s.b.map(s.pt, s.levels, iova, 0, leaf(0x1, true, false, false, true));
    let check = |pte: Pte, read: bool, write: bool, exec: bool| {
        s.b.write_u64(slot, pte.0);
        for (req, ok, cause) in [
            (rd(iova), read, FaultCause::RD_PAGE_FAULT),
            (rd(iova).write(), write, FaultCause::WR_PAGE_FAULT),
            (rd(iova).execute(), exec, FaultCause::INST_PAGE_FAULT),
        ] {
            if ok {
                expect_allowed(&s.b, &req);
            } else {
                expect_fault(&s.b, &req, cause);
            }
        }
    };
    check(leaf(0x1, true, false, false, true), true, false, false);
    check(leaf(0x1, true, true, false, true), true, true, false);
    check(leaf(0x1, false, false, true, true), false, false, true);
    check(leaf(0x1, true, true, true, true), true, true, true);
    // U = 0 pages are denied to unprivileged requests (no PASID: User).
    check(leaf(0x1, true, true, true, false), false, false, false);
    // A = 0: every access faults (no hardware A/D update).
    check(leaf(0x1, true, true, true, true).with_a(false), false, false, false);
    // D = 0: writes fault, reads and execute pass; the translation grants no write.
    check(leaf(0x1, true, true, true, true).with_d(false), true, false, true);
    let t = expect_allowed(&s.b, &rd(iova));
    assert!(t.r && !t.w && t.x);
}

#[test]
fn misaligned_superpages_page_fault() {
    let s = space(IosatpMode::SV48);
    // A 2 MiB leaf whose PPN[8:0] is not 0, a 1 GiB leaf whose PPN[17:0] is not 0.
    s.b.map(s.pt, s.levels, 0x20_0000, 1, leaf(0x201, true, false, false, true));
    expect_fault(&s.b, &rd(0x20_0000), FaultCause::RD_PAGE_FAULT);
    s.b.map(s.pt, s.levels, 0x4000_0000, 2, leaf(0x4_0200, true, true, false, true));
    expect_fault(&s.b, &rd(0x4000_0000).write(), FaultCause::WR_PAGE_FAULT);
    s.b.map(
        s.pt,
        s.levels,
        0x80_0000_0000,
        3,
        leaf(0x800_0000 | 1 << 17, true, false, false, true),
    );
    expect_fault(&s.b, &rd(0x80_0000_0000), FaultCause::RD_PAGE_FAULT);
}

#[test]
fn supervisor_requests_and_sum() {
    let s = space(IosatpMode::SV39);
    with_process(&s, true, false);
    let user_page = 0x1000;
    let kernel_page = 0x2000;
    s.b.map(s.pt, s.levels, user_page, 0, leaf(0x11, true, true, true, true));
    s.b.map(s.pt, s.levels, kernel_page, 0, leaf(0x22, true, true, true, false));
    let sup = |iova| DeviceRequest::read(2, iova).with_pasid(1).privileged();
    let usr = |iova| DeviceRequest::read(2, iova).with_pasid(1);
    // SUM = 0: supervisor requests may not touch U = 1 pages.
    expect_fault(&s.b, &sup(user_page), FaultCause::RD_PAGE_FAULT);
    expect_fault(&s.b, &sup(user_page).write(), FaultCause::WR_PAGE_FAULT);
    let t = expect_allowed(&s.b, &sup(kernel_page).execute());
    assert!(t.r && t.w && t.x && !t.u);
    // User requests may not touch U = 0 pages.
    expect_fault(&s.b, &usr(kernel_page), FaultCause::RD_PAGE_FAULT);
    assert_eq!(expect_allowed(&s.b, &usr(user_page)).ppn, 0x11);
    // SUM = 1: read and write of U pages, but never execute.
    with_process(&s, true, true);
    let t = expect_allowed(&s.b, &sup(user_page).write());
    assert!(t.r && t.w && !t.x && t.u);
    expect_fault(&s.b, &sup(user_page).execute(), FaultCause::INST_PAGE_FAULT);
}

#[test]
fn global_mappings_through_a_global_pointer() {
    let s = space(IosatpMode::SV39);
    let iova = 0x60_0000;
    s.b.map(s.pt, s.levels, iova, 0, leaf(0x5, true, false, false, true));
    assert!(!expect_allowed(&s.b, &rd(iova)).g);
    // G on the level-2 pointer makes every mapping below it global.
    let top = s.pt << 12;
    s.b.write_u64(top, Pte(s.b.read_u64(top)).with_g(true).0);
    assert!(expect_allowed(&s.b, &rd(iova)).g);
}
