//! Translation rates of the model. Ignored by default (a measurement, not a check of the
//! spec); run in release:
//! `cargo test -p iommu-model --release --test throughput -- --ignored --nocapture`.
//! In a release build the warm rate must reach the brief's 5 million translations/s.

mod common;

use std::time::Instant;

use common::*;
use driver::regs::iommu_mem::*;
use driver::regs::iommu_regs::IommuMode;
use iommu_model::{Config, DeviceRequest, Response};

/// Device 1 with a PD20 directory, process 5 on an Sv48 table mapping `pages` 4 KiB pages
/// from 0x4000_0000 to PPN 0x10_0000 + n.
fn bench(config: Config, pages: u64) -> Bench {
    let b = Bench::with(config);
    b.enable_fq(4);
    let root = b.set_mode(IommuMode::LVL3);
    let pdt = b.page();
    b.set_dc(root, 3, 0x01_0203, dc_pdt(PdtpMode::PD20, pdt));
    let pt = b.page();
    b.set_pc(pdt, 3, 5, pc(IosatpMode::SV48, pt, 77));
    for n in 0..pages {
        b.map(
            pt,
            SV48_LEVELS,
            0x4000_0000 + (n << 12),
            0,
            leaf(0x10_0000 + n, true, true, false, true),
        );
    }
    b
}

fn rate(label: &str, n: u64, f: impl FnMut(u64)) -> f64 {
    let mut f = f;
    let t = Instant::now();
    for i in 0..n {
        f(i);
    }
    let per_s = n as f64 / t.elapsed().as_secs_f64();
    println!("{label}: {:.2} M translations/s", per_s / 1e6);
    per_s
}

fn ppn(r: Response) -> u64 {
    match r {
        Response::Allowed(t) => t.ppn,
        other => panic!("{other:?}"),
    }
}

#[test]
#[ignore = "a measurement: run in release with --ignored"]
fn translation_rates() {
    let req = DeviceRequest::read(0x01_0203, 0x4000_0123).with_pasid(5);
    // Warm: the same page again (Sticky, served from the memo).
    let b = bench(Config::default(), 1);
    let mut sum = 0u64;
    let warm =
        rate("warm (same page, Sticky)", 20_000_000, |_| sum += ppn(b.model.translate(&req)));
    assert_eq!(sum, 20_000_000 * 0x10_0000);
    // Warm over 256 pages (each page's answer memoised).
    let b = bench(Config::default(), 256);
    let mut sum = 0u64;
    rate("warm (256 pages round robin, Sticky)", 5_000_000, |i| {
        let r = DeviceRequest { iova: 0x4000_0000 + ((i & 255) << 12), ..req };
        sum += ppn(b.model.translate(&r)) - 0x10_0000;
    });
    assert_eq!(sum, (5_000_000 / 256) * (255 * 256 / 2) + (0..(5_000_000 % 256)).sum::<u64>());
    // Cold: every translation walks memory (Fresh): DDT 3 levels, PDT 3 levels, Sv48 4 levels.
    let b = bench(Config { policy: iommu_model::CachePolicy::Fresh, ..Config::default() }, 1);
    let mut sum = 0u64;
    let cold = rate("cold (full walk, Fresh)", 500_000, |_| sum += ppn(b.model.translate(&req)));
    assert_eq!(sum, 500_000 * 0x10_0000);
    if !cfg!(debug_assertions) {
        assert!(warm >= 5e6, "warm rate {warm:.0}/s below 5 M/s");
        assert!(cold > 0.0);
    }
}
