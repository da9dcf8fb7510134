//! Properties over random table updates, requests and invalidations:
//! - every answer the port gives is one `permitted` lists;
//! - the memory-only answer (a cache-less model over the same memory) is always permitted;
//! - after invalidating everything, exactly one answer is permitted, the memory-only one.

mod common;

use std::rc::Rc;

use common::*;
use driver::regs::iommu_mem::*;
use driver::regs::iommu_regs::{Ddtp, IommuMode, IommuRegs};
use iommu_model::{CachePolicy, Config, DeviceRequest, Model, RequestKind};
use proptest::prelude::*;

const IOVAS: [u64; 4] = [0x1000, 0x2000, 0x20_0000, 0x4000_0000];
const DEVICES: [u32; 2] = [0x10, 0x91];

#[derive(Clone, Debug)]
enum Op {
    /// Write a PTE of table `t` for IOVAS[i] at `level`: a leaf with `perm` bits, a pointer
    /// to a fresh table, or zero.
    Pte { t: usize, i: usize, level: u32, kind: u8, perm: u8 },
    /// Write the DC of DEVICES[d] with variant `v`.
    Dc { d: usize, v: u8 },
    /// Write the PC of process `p` of device 0x91 with variant `v`.
    Pc { p: u32, v: u8 },
    /// Translate.
    Go { d: usize, pid: Option<u32>, privileged: bool, kind: u8, i: usize, w: bool, x: bool },
    /// An invalidation command.
    Inval { kind: u8, i: usize, pscid: u32 },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..3usize, 0..4usize, 0..2u32, 0..4u8, any::<u8>())
            .prop_map(|(t, i, level, kind, perm)| Op::Pte { t, i, level, kind, perm }),
        (0..2usize, 0..4u8).prop_map(|(d, v)| Op::Dc { d, v }),
        (1..3u32, 0..4u8).prop_map(|(p, v)| Op::Pc { p, v }),
        (
            0..2usize,
            prop::option::of(1..3u32),
            any::<bool>(),
            0..3u8,
            0..4usize,
            any::<bool>(),
            any::<bool>()
        )
            .prop_map(|(d, pid, privileged, kind, i, w, x)| Op::Go {
                d,
                pid,
                privileged,
                kind,
                i,
                w,
                x
            }),
        (0..6u8, 0..4usize, 1..4u32).prop_map(|(kind, i, pscid)| Op::Inval { kind, i, pscid }),
    ]
}

struct World {
    b: Bench,
    fresh: Model<Rc<driver::fake::FakeDma>>,
    root: u64,
    tables: [u64; 3],
    pdt: u64,
}

impl World {
    fn new() -> Self {
        let b = Bench::new();
        b.enable_fq(10);
        b.enable_cq(6);
        let root = b.set_mode(IommuMode::LVL2);
        let fresh = Model::new(
            Rc::clone(&b.dma),
            Config { policy: CachePolicy::Fresh, ..Config::default() },
        );
        IommuRegs::new(&fresh)
            .ddtp()
            .write(Ddtp::default().with_iommu_mode(IommuMode::LVL2).with_ppn(root));
        let tables = [b.page(), b.page(), b.page()];
        let pdt = b.page();
        let w = World { b, fresh, root, tables, pdt };
        w.apply(&Op::Dc { d: 0, v: 0 });
        w.apply(&Op::Dc { d: 1, v: 0 });
        w.apply(&Op::Pc { p: 1, v: 0 });
        w.apply(&Op::Pc { p: 2, v: 1 });
        w
    }

    fn request(&self, op: &Op) -> Option<DeviceRequest> {
        let Op::Go { d, pid, privileged, kind, i, w, x } = *op else { return None };
        let kind =
            [RequestKind::Untranslated, RequestKind::Translated, RequestKind::AtsTranslation]
                [kind as usize];
        Some(DeviceRequest {
            device_id: DEVICES[d],
            process_id: pid,
            privileged,
            kind,
            iova: IOVAS[i] | 0x18,
            write: w,
            execute: x,
        })
    }

    fn apply(&self, op: &Op) {
        let b = &self.b;
        match *op {
            Op::Pte { t, i, level, kind, perm } => {
                let pte = match kind {
                    0 => Pte::default(),
                    1 => Pte::default().with_v(true).with_ppn(b.page()).with_g(perm & 1 != 0),
                    // A leaf (R or X set), W only with R.
                    _ => {
                        let r = perm & 1 != 0 || perm & 4 == 0;
                        Pte::default()
                            .with_v(true)
                            .with_r(r)
                            .with_w(perm & 2 != 0 && r)
                            .with_x(perm & 4 != 0)
                            .with_u(perm & 8 != 0)
                            .with_g(perm & 16 != 0)
                            .with_a(perm & 32 != 0)
                            .with_d(perm & 64 != 0)
                            .with_ppn(if level == 1 { 0x400 } else { 0x123 + u64::from(perm) })
                    }
                };
                b.map(self.tables[t], SV39_LEVELS, IOVAS[i], level, pte);
            }
            Op::Dc { d, v } => {
                let mut dc = match (d, v) {
                    (_, 2) => DeviceContext::default(),
                    (_, 3) => dc_iosatp(IosatpMode::BARE, 0, 0),
                    (0, _) => dc_iosatp(IosatpMode::SV39, self.tables[0], 1 + u32::from(v)),
                    _ => {
                        let mut dc = dc_pdt(PdtpMode::PD8, self.pdt);
                        dc.set_tc(dc.tc().with_dpe(v == 1));
                        dc
                    }
                };
                if dc.tc().v() {
                    dc.set_tc(dc.tc().with_en_ats(true));
                }
                b.set_dc(self.root, 2, DEVICES[d], dc);
            }
            Op::Pc { p, v } => {
                let mut ctx = match v {
                    0 => pc(IosatpMode::SV39, self.tables[1], 2),
                    1 => pc(IosatpMode::SV39, self.tables[2], 3),
                    2 => ProcessContext::default(),
                    _ => pc(IosatpMode::SV39, self.tables[0], 1),
                };
                ctx.set_ta(ctx.ta().with_ens(p == 1).with_sum(v == 1));
                b.set_pc(self.pdt, 1, p, ctx);
            }
            Op::Go { .. } => {}
            Op::Inval { kind, i, pscid } => {
                let cmd = match kind {
                    0 => iotinval_vma(None, None),
                    1 => iotinval_vma(None, Some(pscid)),
                    2 => iotinval_vma(Some(IOVAS[i]), None),
                    3 => iotinval_vma(Some(IOVAS[i]), Some(pscid)),
                    4 => iodir_ddt(Some(DEVICES[i % 2])),
                    _ => iodir_pdt(DEVICES[1], pscid % 3),
                };
                b.submit(&[cmd]);
            }
        }
    }

    fn everything_invalidated(&self) {
        self.b.submit(&[iotinval_vma(None, None), iodir_ddt(None)]);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn answers_are_always_permitted(ops in prop::collection::vec(op(), 1..40)) {
        let w = World::new();
        for op in &ops {
            w.apply(op);
            if let Some(req) = w.request(op) {
                let given = w.b.model.translate(&req);
                prop_assert!(w.b.model.is_permitted(&req, &given), "{req:?} gave {given:?}, permitted {:?}", w.b.model.permitted(&req));
                let memory = w.fresh.translate(&req);
                prop_assert!(w.b.model.is_permitted(&req, &memory), "{req:?}: memory says {memory:?}, permitted {:?}", w.b.model.permitted(&req));
                w.b.take_faults();
            }
        }
        prop_assert!(!w.b.regs().cqcsr().read().cmd_ill());
        // After invalidating everything, the caches may answer only what memory says. (Before
        // each request: the generated contexts may give two page tables one PSCID, and then
        // either table's entries are permitted, CACHING note.)
        for op in &ops {
            if let Some(req) = w.request(op) {
                w.everything_invalidated();
                let permitted = w.b.model.permitted(&req);
                let memory = w.fresh.translate(&req);
                prop_assert_eq!(permitted.len(), 1, "{:?}: {:?}", req, permitted);
                prop_assert!(permitted[0].same_answer(&memory));
                prop_assert!(w.b.model.translate(&req).same_answer(&memory));
            }
        }
    }
}
