//! Register-block conformance: every register, array instance and field of both generated
//! AXI4-Lite blocks (`iommu_regs_reg_top` on the 64-bit port, `pcie_rp_cfg_reg_top` on the
//! 32-bit port of `hw/sim/cosim_harness_top.sv`) behaves as the Rust metadata generated from
//! the same `regmaps/` source says: reset values, software access semantics (ro, hwinit, rw,
//! rw1c, rw1s, wo, warl with and without an enum type, reserved bits), byte strobes, the
//! `reg2hw` outputs (`.q`, and the `.qe` pulse exactly in the first cycle `q` shows a software
//! write) and the `hw2reg` inputs (`.d`, `.de`, `.set`, `.clr`). A register held by the core
//! (`RegisterInfo::hw_ext`) stores nothing: every write shows its data, byte enables and one
//! `.qe` pulse on `reg2hw.<reg>.q/.be/.qe` (in the same cycle a field's `.qe` would), `.be`
//! is zero in every other cycle, and reads return `hw2reg.<reg>.d` with the rsvd bits zero.
//!
//! Nothing here names an offset or a mask: the tests walk `REGISTERS` and predict every read
//! with a reference model built from `FieldInfo` alone ([`RegModel`]). A mismatch names the
//! block, register (and instance), field, access tag, the operation, expected and got values.
//!
//! Timing. `Harness::reg2hw`/`peek` show the state after the last clock edge, and an access
//! returns after its response handshake, so a one-cycle `.qe` pulse inside a write is over
//! before the caller can look. Each tester therefore registers a monitor
//! (`Harness::add_monitor`) that keeps, for every cycle, the block's reg2hw words as the
//! rising edge saw them and whether the AW and W handshakes happened. Per the generated blocks' header, a write is performed once
//! both AW and W are held, and `.qe` is high in the first cycle `q` shows the written value:
//! with the later handshake in cycle `a`, cycle `a + 2` is that cycle. There every `.q` of the
//! register must show the write and every `.qe` of the block must be the model's pulse; before
//! it the `.q` show the old value, and in every other cycle of the run no `.qe` is high. This
//! holds under bus jitter too (random AW/W order, late VALIDs, READY stalls). The same-cycle
//! priority rules (rw1c set wins, rw1s clear wins, warl hardware load wins) are checked by
//! holding the hardware input across a software write: `q` in cycle `a + 2` is the result of
//! the write cycle itself.

use std::cell::RefCell;
use std::rc::Rc;

use cosim::gen::{iommu_regs_hwif, pcie_rp_cfg_hwif};
use cosim::hwif::{get_bits, set_bits, Hwif, HwifMember, Signal};
use cosim::{Config, Harness, DEFAULT_TOP};
use driver::regmeta::{Access, FieldInfo, RegisterInfo};

// ---------------------------------------------------------------------------------------------
// The blocks under test
// ---------------------------------------------------------------------------------------------

struct Block {
    /// Package stem, as in `Hwif::block`.
    name: &'static str,
    /// AXI4-Lite port of the harness top (`<port>_s_axil_*`, `<port>_reg2hw`).
    port: &'static str,
    /// The block's generated reg2hw/hw2reg layout.
    hwif: &'static Hwif,
    regs: &'static [RegisterInfo],
    bus_bytes: usize,
    block_bytes: usize,
    /// Output pin of the harness top carrying the block's flat `reg2hw` struct.
    reg2hw_pin: &'static str,
}

const BLOCKS: [Block; 2] = [
    Block {
        name: "iommu_regs",
        port: "iommu",
        hwif: &iommu_regs_hwif::HWIF,
        regs: driver::regs::iommu_regs::REGISTERS,
        bus_bytes: driver::regs::iommu_regs::REGBLOCK_BUS_BYTES,
        block_bytes: driver::regs::iommu_regs::REGBLOCK_BYTES,
        reg2hw_pin: "iommu_reg2hw",
    },
    Block {
        name: "pcie_rp_cfg",
        port: "rpcfg",
        hwif: &pcie_rp_cfg_hwif::HWIF,
        regs: driver::regs::pcie_rp_cfg::REGISTERS,
        bus_bytes: driver::regs::pcie_rp_cfg::REGBLOCK_BUS_BYTES,
        block_bytes: driver::regs::pcie_rp_cfg::REGBLOCK_BYTES,
        reg2hw_pin: "rpcfg_reg2hw",
    },
];

/// Bus settings every simulated test runs under: one exact-timing run, two with jitter.
fn configs() -> [Config; 3] {
    [
        Config { seed: 1, axil_jitter: 0.0, ..Config::default() },
        Config { seed: 7, axil_jitter: 0.3, ..Config::default() },
        Config { seed: 23, axil_jitter: 0.6, ..Config::default() },
    ]
}

const fn ones(width: u32) -> u64 {
    if width >= 64 {
        u64::MAX
    } else {
        (1u64 << width) - 1
    }
}

/// One register instance (an array register has `count` of them).
#[derive(Clone, Copy)]
struct Inst {
    reg: &'static RegisterInfo,
    /// `Some(n)` for element `n` of a register array (hwif member `<reg>_<n>`).
    n: Option<usize>,
    offset: u64,
}

impl Inst {
    fn bits(&self) -> u32 {
        8 * self.reg.bytes as u32
    }
}

fn instances(regs: &'static [RegisterInfo]) -> Vec<Inst> {
    let mut v = Vec::new();
    for reg in regs {
        let array = reg.count > 1 || reg.stride != 0;
        for n in 0..reg.count {
            v.push(Inst { reg, n: array.then_some(n), offset: reg.instance_offset(n) as u64 });
        }
    }
    v
}

fn inst_label(block: &Block, inst: &Inst) -> String {
    match inst.n {
        Some(n) => format!("{} {}[{n}] @{:#x}", block.name, inst.reg.name, inst.offset),
        None => format!("{} {} @{:#x}", block.name, inst.reg.name, inst.offset),
    }
}

fn field_label(f: &FieldInfo) -> String {
    if f.width == 1 {
        format!("{} [{}] {}", f.name, f.lsb, f.access.tag())
    } else {
        format!("{} [{}:{}] {}", f.name, f.lsb + f.width - 1, f.lsb, f.access.tag())
    }
}

// ---------------------------------------------------------------------------------------------
// Reference model
// ---------------------------------------------------------------------------------------------

/// What one register instance reads and shows on `reg2hw`, from `FieldInfo` alone.
#[derive(Clone)]
struct RegModel {
    inst: Inst,
    /// Per field (in `fields` order), right-aligned: the stored bits (rw, wo, warl, rw1c,
    /// rw1s) or the value hardware drives on `hw2reg.d` (ro); unused for hwinit and rsvd,
    /// and for a register held by the core.
    state: Vec<u64>,
    /// Per field: whether the last software write pulses `.qe` (rw, wo, warl).
    qe: Vec<bool>,
    /// A register held by the core: what it shows and reads.
    held: HeldModel,
}

/// The register-level side of a register held by the core (unused for other registers).
#[derive(Clone, Copy, Default)]
struct HeldModel {
    /// What the core drives on `hw2reg.<reg>.d` (reads return it with the rsvd bits zero).
    d: u64,
    /// `reg2hw.<reg>.q`: the data of the bytes each write wrote (0 after reset).
    q: u64,
    /// `reg2hw.<reg>.be` in the pulse cycle of the last write: its byte enables.
    be: u64,
    /// Whether the last write pulses `reg2hw.<reg>.qe` (it touched a byte).
    pulse: bool,
}

impl RegModel {
    /// After reset, with every hw2reg input zero.
    fn new(inst: Inst) -> Self {
        let state = inst
            .reg
            .fields
            .iter()
            .map(|f| if f.access == Access::Ro { 0 } else { f.reset })
            .collect();
        RegModel { inst, state, qe: vec![false; inst.reg.fields.len()], held: HeldModel::default() }
    }

    fn fields(&self) -> &'static [FieldInfo] {
        self.inst.reg.fields
    }

    /// What a read returns in field `i`'s bits (right-aligned).
    fn field_read(&self, i: usize) -> u64 {
        let f = &self.fields()[i];
        if self.inst.reg.hw_ext {
            return match f.access {
                Access::Rsvd => 0,
                _ => (self.held.d >> f.lsb) & ones(f.width),
            };
        }
        match f.access {
            Access::Ro | Access::Rw | Access::Rw1c | Access::Rw1s | Access::Warl => self.state[i],
            Access::Hwinit => f.reset,
            Access::Wo | Access::Rsvd => 0,
        }
    }

    /// What a read of the whole register returns.
    fn read(&self) -> u64 {
        (0..self.fields().len()).fold(0, |v, i| v | self.field_read(i) << self.fields()[i].lsb)
    }

    /// A software write of `data` to the bits `bits` (both in register coordinates; `bits`
    /// is whole bytes: the byte strobes).
    fn write(&mut self, data: u64, bits: u64) {
        if self.inst.reg.hw_ext {
            let h = &mut self.held;
            h.q = (h.q & !bits) | (data & bits);
            h.be = (0..self.inst.reg.bytes)
                .filter(|k| (bits >> (8 * k)) & 0xff != 0)
                .fold(0, |be, k| be | 1 << k);
            h.pulse = bits != 0;
            return;
        }
        for (i, f) in self.fields().iter().enumerate() {
            let m = (bits >> f.lsb) & ones(f.width);
            let wd = (data >> f.lsb) & ones(f.width);
            let old = self.state[i];
            let wv = (old & !m) | (wd & m);
            self.qe[i] = false;
            match f.access {
                Access::Rw | Access::Wo if m != 0 => {
                    self.state[i] = wv;
                    self.qe[i] = true;
                }
                // An enum-typed warl field takes the merged value only when it is a member.
                Access::Warl if m != 0 && f.is_legal(wv) => {
                    self.state[i] = wv;
                    self.qe[i] = true;
                }
                Access::Rw1c => self.state[i] = old & !(wd & m),
                Access::Rw1s => self.state[i] = old | (wd & m),
                _ => {}
            }
        }
    }
}

/// The reg2hw/hw2reg leaves of one field of one instance.
#[derive(Clone, Copy)]
struct Leaves {
    q: Option<HwifMember>,
    qe: Option<HwifMember>,
}

/// The register-level leaves of an instance of a register held by the core.
#[derive(Clone, Copy)]
struct HeldLeaves {
    q: HwifMember,
    qe: HwifMember,
    be: HwifMember,
}

fn held_leaves(block: &Block, inst: &Inst) -> Option<HeldLeaves> {
    if !inst.reg.hw_ext {
        return None;
    }
    let hwif = block.hwif;
    let leaf = |s| {
        hwif.reg2hw_member(inst.reg.name, inst.n, "", s)
            .copied()
            .unwrap_or_else(|| panic!("{}: no reg2hw {s:?} leaf", inst_label(block, inst)))
    };
    Some(HeldLeaves { q: leaf(Signal::Q), qe: leaf(Signal::Qe), be: leaf(Signal::Be) })
}

fn field_leaves(block: &Block, inst: &Inst, f: &FieldInfo) -> Leaves {
    let hwif = block.hwif;
    Leaves {
        q: hwif.reg2hw_member(inst.reg.name, inst.n, f.name, Signal::Q).copied(),
        qe: hwif.reg2hw_member(inst.reg.name, inst.n, f.name, Signal::Qe).copied(),
    }
}

/// The reg2hw leaves and the hw2reg leaves a field of this access kind has (regmaps/README.md).
fn expected_leaves(a: Access) -> (&'static [Signal], &'static [Signal]) {
    match a {
        Access::Ro => (&[], &[Signal::D]),
        Access::Hwinit | Access::Rsvd => (&[], &[]),
        Access::Rw | Access::Wo => (&[Signal::Q, Signal::Qe], &[]),
        Access::Warl => (&[Signal::Q, Signal::Qe], &[Signal::D, Signal::De]),
        Access::Rw1c => (&[Signal::Q], &[Signal::Set]),
        Access::Rw1s => (&[Signal::Q], &[Signal::Clr]),
    }
}

const ALL_SIGNALS: [Signal; 7] =
    [Signal::Q, Signal::Qe, Signal::D, Signal::De, Signal::Set, Signal::Clr, Signal::Be];

// ---------------------------------------------------------------------------------------------
// The tester: one harness with a monitor, one block, the model of every instance
// ---------------------------------------------------------------------------------------------

/// One simulated cycle as the rising edge saw it (recorded by the tester's monitor).
struct Cycle {
    /// The block's flat reg2hw struct.
    reg2hw: Vec<u32>,
    /// The AW handshake of the block's port happened.
    aw: bool,
    /// The W handshake happened.
    w: bool,
}

struct Tester<'b> {
    h: Harness,
    /// Every cycle since the last [`Tester::sync`], from the monitor: the values during
    /// each cycle, which `Harness::reg2hw` (the state after the last edge) cannot show for a
    /// cycle inside an access.
    cycles: Rc<RefCell<Vec<Cycle>>>,
    b: &'b Block,
    run: String,
    insts: Vec<Inst>,
    models: Vec<RegModel>,
    leaves: Vec<Vec<Leaves>>,
    /// Per instance: the register-level leaves of a register held by the core.
    held: Vec<Option<HeldLeaves>>,
    /// Every `.qe` bit of the block's flat reg2hw struct, and every `.be` bit.
    qe_mask: Vec<u32>,
    /// What the test did since the last check of the cycles (for messages).
    last: String,
    rng: fastrand::Rng,
    failures: Vec<String>,
    checks: u64,
}

impl<'b> Tester<'b> {
    fn new(b: &'b Block, config: Config) -> Self {
        let run = format!("seed {} jitter {}", config.seed, config.axil_jitter);
        let rng = fastrand::Rng::with_seed(
            config.seed ^ b.block_bytes as u64 ^ u64::from(b.port == "rpcfg"),
        );
        let h = Harness::new(DEFAULT_TOP, config).expect("harness");
        let pin = |name: String| h.pin(&name).expect("pin of the harness top");
        let reg2hw = pin(b.reg2hw_pin.to_string());
        let axil = |n: &str| pin(format!("{}_s_axil_{n}", b.port));
        let (awvalid, awready) = (axil("awvalid"), axil("awready"));
        let (wvalid, wready) = (axil("wvalid"), axil("wready"));
        let cycles = Rc::new(RefCell::new(Vec::new()));
        let log = Rc::clone(&cycles);
        h.add_monitor(move |c| {
            log.borrow_mut().push(Cycle {
                reg2hw: c.words(reg2hw).to_vec(),
                aw: c.get(awvalid) != 0 && c.get(awready) != 0,
                w: c.get(wvalid) != 0 && c.get(wready) != 0,
            })
        });
        let insts = instances(b.regs);
        let models = insts.iter().map(|i| RegModel::new(*i)).collect();
        let leaves: Vec<Vec<Leaves>> = insts
            .iter()
            .map(|i| i.reg.fields.iter().map(|f| field_leaves(b, i, f)).collect())
            .collect();
        let held: Vec<Option<HeldLeaves>> = insts.iter().map(|i| held_leaves(b, i)).collect();
        let mut qe_mask = vec![0u32; b.hwif.reg2hw_words()];
        for qe in leaves.iter().flatten().filter_map(|l| l.qe) {
            set_bits(&mut qe_mask, qe.lsb, qe.width, 1);
        }
        for h in held.iter().flatten() {
            set_bits(&mut qe_mask, h.qe.lsb, h.qe.width, 1);
            set_bits(&mut qe_mask, h.be.lsb, h.be.width, ones(h.be.width));
        }
        let mut t = Tester {
            h,
            cycles,
            b,
            run,
            insts,
            models,
            leaves,
            held,
            qe_mask,
            last: "reset".into(),
            rng,
            failures: Vec::new(),
            checks: 0,
        };
        t.sync_idle();
        t
    }

    fn fail(&mut self, msg: String) {
        self.failures.push(msg);
    }

    fn expect_field(&mut self, i: usize, fi: usize, what: &str, expected: u64, got: u64) {
        self.checks += 1;
        if expected != got {
            let f = &self.insts[i].reg.fields[fi];
            let msg = format!(
                "{} field {}: {what}: expected {expected:#x}, got {got:#x}",
                inst_label(self.b, &self.insts[i]),
                field_label(f)
            );
            self.fail(msg);
        }
    }

    /// A check of a register-level leaf of instance `i` (a register held by the core).
    fn expect_reg(&mut self, i: usize, what: &str, expected: u64, got: u64) {
        self.checks += 1;
        if expected != got {
            let msg = format!(
                "{} (held by the core): {what}: expected {expected:#x}, got {got:#x}",
                inst_label(self.b, &self.insts[i])
            );
            self.fail(msg);
        }
    }

    /// Every cycle the harness ran since the last call.
    fn sync(&mut self) -> Vec<Cycle> {
        std::mem::take(&mut *self.cycles.borrow_mut())
    }

    /// The cycles since the last check had no software write: no `.qe` may be high in any.
    fn sync_idle(&mut self) {
        let cycles = self.sync();
        let what = format!("while no write was under way ({})", self.last);
        for (k, c) in cycles.iter().enumerate() {
            self.check_qe_cycle(&c.reg2hw, None, &format!("cycle +{k} {what}"));
        }
    }

    /// Every `.qe` of the block in one cycle: the model's pulse for instance `written`, 0
    /// elsewhere (a quick mask test first: nearly every cycle has no pulse).
    fn check_qe_cycle(&mut self, words: &[u32], written: Option<usize>, what: &str) {
        self.checks += 1;
        let any = words.iter().zip(&self.qe_mask).any(|(w, m)| w & m != 0);
        if !any
            && written
                .is_none_or(|i| !self.models[i].qe.contains(&true) && !self.models[i].held.pulse)
        {
            return;
        }
        for i in 0..self.insts.len() {
            let Some(h) = self.held[i] else { continue };
            let pulse = Some(i) == written && self.models[i].held.pulse;
            let be = if pulse { self.models[i].held.be } else { 0 };
            let got = get_bits(words, h.qe.lsb, h.qe.width);
            self.expect_reg(i, &format!("reg2hw.qe in {what}"), u64::from(pulse), got);
            let got = get_bits(words, h.be.lsb, h.be.width);
            self.expect_reg(i, &format!("reg2hw.be in {what}"), be, got);
        }
        for i in 0..self.insts.len() {
            for fi in 0..self.insts[i].reg.fields.len() {
                if let Some(qe) = self.leaves[i][fi].qe {
                    let expected = Some(i) == written && self.models[i].qe[fi];
                    let got = get_bits(words, qe.lsb, qe.width);
                    self.expect_field(
                        i,
                        fi,
                        &format!("reg2hw.qe in {what}"),
                        u64::from(expected),
                        got,
                    );
                }
            }
        }
    }

    /// Every `.q` of instance `i` equals `model`.
    fn check_q(&mut self, i: usize, model: &RegModel, words: &[u32], what: &str) {
        if let Some(h) = self.held[i] {
            let got = get_bits(words, h.q.lsb, h.q.width);
            self.expect_reg(i, &format!("reg2hw.q {what}"), model.held.q, got);
        }
        for fi in 0..self.insts[i].reg.fields.len() {
            if let Some(q) = self.leaves[i][fi].q {
                self.expect_field(
                    i,
                    fi,
                    &format!("reg2hw.q {what}"),
                    model.state[fi],
                    get_bits(words, q.lsb, q.width),
                );
            }
        }
    }

    /// Every `.q` of instance `i` now (after the last edge, through `Harness::peek`).
    fn check_q_now(&mut self, i: usize, what: &str) {
        let words = self.h.peek(self.b.reg2hw_pin).expect("reg2hw pin");
        let model = self.models[i].clone();
        self.check_q(i, &model, &words, &format!("after {what}"));
    }

    /// One bus access; a non-OKAY response is a failure.
    fn access(&mut self, write: Option<u64>, offset: u64, width: usize) -> u64 {
        let (v, resp) = self
            .h
            .access(self.b.port, write, offset, width as u8)
            .unwrap_or_else(|e| panic!("{}: {e}", self.b.name));
        if resp != 0 {
            self.fail(format!(
                "{} access of {width} bytes at {offset:#x}: response {resp}, expected OKAY",
                self.b.name
            ));
        }
        v
    }

    /// Read instance `i` at its natural width (a register wider than the bus as bus words,
    /// least significant first).
    fn read_reg(&mut self, i: usize) -> u64 {
        let inst = self.insts[i];
        let chunk = inst.reg.bytes.min(self.b.bus_bytes);
        (0..inst.reg.bytes / chunk).fold(0, |v, k| {
            v | self.access(None, inst.offset + (k * chunk) as u64, chunk) << (8 * k * chunk)
        })
    }

    /// Read instance `i` and compare every field with the model.
    fn check_read(&mut self, i: usize, what: &str) {
        let got = self.read_reg(i);
        let m = self.models[i].clone();
        let what = format!("read after {what}");
        for (fi, f) in m.fields().iter().enumerate() {
            let field = (got >> f.lsb) & ones(f.width);
            self.expect_field(i, fi, &what, m.field_read(fi), field);
            // After a reported mismatch, follow the design's stored value so that one fault
            // is reported once, not again at every later access.
            if field != m.field_read(fi)
                && !m.inst.reg.hw_ext
                && matches!(f.access, Access::Rw | Access::Rw1c | Access::Rw1s | Access::Warl)
            {
                self.models[i].state[fi] = field;
            }
        }
        let covered = m.fields().iter().fold(0, |c, f| c | f.mask());
        if got & !covered != 0 {
            let msg = format!(
                "{}: {what}: bits outside every field read {got:#x}",
                inst_label(self.b, &m.inst)
            );
            self.fail(msg);
        }
    }

    /// A software write of `width` bytes at byte `at` of instance `i` (`value` right-aligned),
    /// checked cycle by cycle (see [`Tester::write_held`]). A write wider than the bus goes as
    /// bus words, least significant first.
    fn write(&mut self, i: usize, at: usize, width: usize, value: u64, what: &str) {
        if width > self.b.bus_bytes {
            for k in (0..width).step_by(self.b.bus_bytes) {
                let part = (value >> (8 * k)) & ones(8 * self.b.bus_bytes as u32);
                self.write(i, at + k, self.b.bus_bytes, part, what);
            }
            return;
        }
        self.write_inner(i, at, width, value, what, None::<fn(&mut RegModel)>);
    }

    /// One bus write of `width` (at most the bus) bytes at byte `at` of instance `i` while
    /// hardware holds some hw2reg input: `held` applies its effect to the model after the
    /// software write (it wins, or re-applies, in the write cycle).
    fn write_held(
        &mut self,
        i: usize,
        at: usize,
        width: usize,
        value: u64,
        what: &str,
        held: impl FnOnce(&mut RegModel),
    ) {
        self.write_inner(i, at, width, value, what, Some(held));
    }

    /// The write and its checks. The header of the generated blocks: AW and W are held once
    /// taken, the write is performed once both are held, and `.qe` is high in the first cycle
    /// `q` shows the value. So with the later of the two handshakes in cycle `a`, the
    /// internal write is cycle `a + 1` and cycle `c = a + 2` is the first to show it: in `c`
    /// every `.q` of the instance equals the model after the write and every `.qe` of the
    /// block is the model's pulse; before `c` the `.q` show the old state (unless hardware
    /// held an input), from `c` on the new one; no `.qe` is high in any other cycle.
    fn write_inner(
        &mut self,
        i: usize,
        at: usize,
        width: usize,
        value: u64,
        what: &str,
        held: Option<impl FnOnce(&mut RegModel)>,
    ) {
        self.sync_idle();
        let inst = self.insts[i];
        let value = value & ones(8 * width as u32);
        let what = format!("{what} (write {value:#x}, {width} bytes at +{at})");
        let old = self.models[i].clone();
        self.access(Some(value), inst.offset + at as u64, width);
        let shift = 8 * at as u32;
        self.models[i].write(value << shift, ones(8 * width as u32) << shift);
        let is_held = held.is_some();
        if let Some(held) = held {
            held(&mut self.models[i]);
        }
        let new = self.models[i].clone();
        let cycles = self.sync();
        let (mut aw, mut w) = (None, None);
        for (k, c) in cycles.iter().enumerate() {
            aw = aw.or(c.aw.then_some(k));
            w = w.or(c.w.then_some(k));
        }
        let Some(c) = aw.zip(w).map(|(a, b)| a.max(b) + 2).filter(|c| *c < cycles.len()) else {
            self.fail(format!(
                "{}: {what}: AW at {aw:?}, W at {w:?}, response in {} cycles",
                inst_label(self.b, &inst),
                cycles.len()
            ));
            return;
        };
        for (k, cy) in cycles.iter().enumerate() {
            let words = &cy.reg2hw;
            let when = format!(
                "cycle +{k} of {what}, AW +{}, W +{}",
                aw.unwrap_or_default(),
                w.unwrap_or_default()
            );
            if k == c {
                self.check_q(
                    i,
                    &new,
                    words,
                    &format!("in the first cycle after the internal write ({when})"),
                );
                self.check_qe_cycle(
                    words,
                    Some(i),
                    &format!("the first cycle after the internal write ({when})"),
                );
            } else {
                if k > c {
                    self.check_q(i, &new, words, &format!("after the internal write ({when})"));
                } else if !is_held {
                    self.check_q(i, &old, words, &format!("before the internal write ({when})"));
                }
                self.check_qe_cycle(words, None, &when);
            }
        }
        for q in &mut self.models[i].qe {
            *q = false;
        }
        self.models[i].held.pulse = false;
        self.check_q_now(i, &what);
        self.last = what;
    }

    /// [`Tester::write_held`] of `v` into field `fi` (zeros elsewhere), in the bus word that
    /// holds the field.
    fn write_field_held(
        &mut self,
        i: usize,
        fi: usize,
        v: u64,
        what: &str,
        held: impl FnOnce(&mut RegModel),
    ) {
        let f = &self.insts[i].reg.fields[fi];
        let width = self.insts[i].reg.bytes.min(self.b.bus_bytes);
        let at = (f.lsb as usize / 8) / width * width;
        self.write_held(i, at, width, (v << f.lsb) >> (8 * at), what, held);
    }

    /// Drive `hw2reg.<reg>.d` of instance `i`, a register held by the core.
    fn set_held_d(&mut self, i: usize, d: u64) {
        let inst = self.insts[i];
        self.h
            .set_hw2reg(self.b.port, inst.reg.name, inst.n, "", Signal::D, d)
            .unwrap_or_else(|e| panic!("{}: {e}", inst_label(self.b, &inst)));
        self.models[i].held.d = d;
        self.last = format!("hw2reg.{}.d = {d:#x}", inst.reg.name);
    }

    fn set_hw2reg(&mut self, i: usize, fi: usize, signal: Signal, value: u64) {
        let inst = self.insts[i];
        let f = &inst.reg.fields[fi];
        self.h
            .set_hw2reg(self.b.port, inst.reg.name, inst.n, f.name, signal, value)
            .unwrap_or_else(|e| panic!("{}: {e}", inst_label(self.b, &inst)));
    }

    /// A one-cycle pulse of a hw2reg leaf.
    fn pulse(&mut self, i: usize, fi: usize, signal: Signal, value: u64) {
        self.set_hw2reg(i, fi, signal, value);
        self.h.run(1).expect("run");
        self.set_hw2reg(i, fi, signal, 0);
        self.last = format!(
            "a hw2reg.{}.{signal:?} pulse of {value:#x}",
            self.insts[i].reg.fields[fi].name
        );
    }

    /// A hardware load of `d` into warl field `fi`: `.d` with a one-cycle `.de`. The cycle
    /// after the `.de` cycle is the first that shows it (`q` = `d`); no `.qe` in either.
    fn hw_load(&mut self, i: usize, fi: usize, d: u64) {
        self.sync_idle();
        let what = format!("a .de load of {d:#x}");
        let old = self.models[i].clone();
        self.set_hw2reg(i, fi, Signal::D, d);
        self.pulse(i, fi, Signal::De, 1);
        self.h.run(1).expect("run");
        self.models[i].state[fi] = d;
        let new = self.models[i].clone();
        let cycles = self.sync();
        for (k, cy) in cycles.iter().enumerate() {
            let words = &cy.reg2hw;
            let (model, when) = if k == 0 {
                (&old, "the .de cycle")
            } else {
                (&new, "the cycle after the .de cycle")
            };
            self.check_q(i, model, words, &format!("in {when} of {what}"));
            self.check_qe_cycle(words, None, &format!("{when} of {what}"));
        }
        self.last = what;
    }

    /// Hardware events that give every rw1c field of instance `i` some set bits (a `.set`
    /// pulse of a random mask) and every ro field a new random `.d`, so that a following
    /// write has something to clear and a read has something to show.
    fn prime(&mut self, i: usize) {
        if self.insts[i].reg.hw_ext {
            // The core drives every bit, reserved ones too: the block must zero those.
            let d = self.rng.u64(..) & ones(self.insts[i].bits());
            self.set_held_d(i, d);
            return;
        }
        let fields = self.insts[i].reg.fields;
        let mut pulsed = Vec::new();
        for (fi, f) in fields.iter().enumerate() {
            match f.access {
                Access::Rw1c => {
                    let mask = self.rng.u64(..) & ones(f.width);
                    self.set_hw2reg(i, fi, Signal::Set, mask);
                    self.models[i].state[fi] |= mask;
                    pulsed.push(fi);
                }
                Access::Ro => {
                    let d = self.rng.u64(..) & ones(f.width);
                    self.set_hw2reg(i, fi, Signal::D, d);
                    self.models[i].state[fi] = d;
                }
                _ => {}
            }
        }
        if !pulsed.is_empty() {
            self.h.run(1).expect("run");
            for fi in pulsed {
                self.set_hw2reg(i, fi, Signal::Set, 0);
            }
        }
        self.last = "hardware set rw1c bits and drove ro fields".into();
    }

    /// Read every instance and check every `.q` and `.qe` of the block (nothing leaked
    /// between registers, nothing changed behind the model's back).
    fn sweep(&mut self, what: &str) {
        for i in 0..self.insts.len() {
            self.check_read(i, what);
        }
        self.last = format!("the sweep reads ({what})");
        self.sync_idle();
        let words = self.h.peek(self.b.reg2hw_pin).expect("reg2hw pin");
        for i in 0..self.insts.len() {
            let model = self.models[i].clone();
            self.check_q(i, &model, &words, what);
        }
    }

    /// End of a run: the last cycles checked; a summary line and the failures, if any.
    fn finish(mut self) -> Outcome {
        self.sync_idle();
        let summary = format!(
            "{} [{}]: {} of {} checks failed over {} cycles",
            self.b.name,
            self.run,
            self.failures.len(),
            self.checks,
            self.h.cycle()
        );
        Outcome { summary, failures: self.failures }
    }
}

/// What one run of a test on one block found.
struct Outcome {
    summary: String,
    failures: Vec<String>,
}

/// Print every run's summary; panic with the failures of every failing run (the first 12 of
/// each, or all with `CONFORMANCE_SHOW_ALL=1`).
fn conclude(test: &str, outcomes: Vec<Outcome>) {
    let limit = if std::env::var_os("CONFORMANCE_SHOW_ALL").is_some() { usize::MAX } else { 12 };
    let mut report = String::new();
    for o in &outcomes {
        println!("{test}: {}", o.summary);
        if !o.failures.is_empty() {
            report += &format!("\n{}", o.summary);
            for f in o.failures.iter().take(limit) {
                report += &format!("\n  {f}");
            }
            if o.failures.len() > limit {
                report += &format!(
                    "\n  ... {} more (CONFORMANCE_SHOW_ALL=1 lists them)",
                    o.failures.len() - limit
                );
            }
        }
    }
    assert!(report.is_empty(), "{test}:{report}");
}

fn field_index(reg: &RegisterInfo, f: &FieldInfo) -> usize {
    reg.fields.iter().position(|g| g.name == f.name).expect("field of its register")
}

/// A random value with field `f` replaced by `v`.
fn with_field(rng: &mut fastrand::Rng, f: &FieldInfo, v: u64) -> u64 {
    (rng.u64(..) & !f.mask()) | (v << f.lsb)
}

/// Values of an enum-typed field that are not members: all of them for a narrow field, a
/// sample otherwise.
fn illegal_values(rng: &mut fastrand::Rng, f: &FieldInfo) -> Vec<u64> {
    if f.width <= 6 {
        (0..=ones(f.width)).filter(|v| !f.is_legal(*v)).collect()
    } else {
        let mut v: Vec<u64> = std::iter::repeat_with(|| rng.u64(..) & ones(f.width))
            .take(64)
            .filter(|v| !f.is_legal(*v))
            .take(8)
            .collect();
        if !f.is_legal(ones(f.width)) {
            v.push(ones(f.width));
        }
        v
    }
}

// ---------------------------------------------------------------------------------------------
// Structure: metadata and hardware interface agree before anything is simulated
// ---------------------------------------------------------------------------------------------

/// Per block: the metadata is self-consistent (fields tile each register exactly, field
/// resets fit and make up the register reset, rsvd and ro fields reset to 0 — an ro field
/// reads what hardware drives, 0 after reset), every hwif leaf the access kind needs exists
/// with the field's width, no other leaf exists, and every leaf belongs to a field.
#[test]
fn metadata_and_hwif_agree_with_access_kinds() {
    let mut problems = Vec::new();
    for b in &BLOCKS {
        let hwif = b.hwif;
        assert_eq!(hwif.block, b.name, "port {} is not block {}", b.port, b.name);
        let insts = instances(b.regs);
        let mut per_kind = std::collections::BTreeMap::<&str, usize>::new();
        let mut fields = 0;
        for reg in b.regs {
            let mut covered = 0u64;
            let mut reset = 0u64;
            for f in reg.fields {
                if f.lsb + f.width > 8 * reg.bytes as u32 || covered & f.mask() != 0 {
                    problems.push(format!(
                        "{} {} field {}: overlaps or leaves the register",
                        b.name,
                        reg.name,
                        field_label(f)
                    ));
                }
                covered |= f.mask();
                if f.reset & !ones(f.width) != 0 {
                    problems.push(format!(
                        "{} {} field {}: reset {:#x} does not fit",
                        b.name,
                        reg.name,
                        field_label(f),
                        f.reset
                    ));
                }
                if matches!(f.access, Access::Rsvd | Access::Ro) && f.reset != 0 {
                    problems.push(format!(
                        "{} {} field {}: metadata reset {:#x}, but the field reads {} (0 after reset)",
                        b.name,
                        reg.name,
                        field_label(f),
                        f.reset,
                        if f.access == Access::Ro { "hw2reg.d" } else { "zero" }
                    ));
                }
                if let Some(legal) = f.legal {
                    if legal.iter().any(|v| v & !ones(f.width) != 0)
                        || !f.is_legal(f.reset) && f.access == Access::Warl
                    {
                        problems.push(format!(
                            "{} {} field {}: legal encodings {legal:?} vs reset {:#x}",
                            b.name,
                            reg.name,
                            field_label(f),
                            f.reset
                        ));
                    }
                }
                reset |= f.reset << f.lsb;
            }
            if covered != ones(8 * reg.bytes as u32) {
                problems.push(format!(
                    "{} {}: fields cover {covered:#x}, not the whole register",
                    b.name, reg.name
                ));
            }
            if reset != reg.reset {
                problems.push(format!(
                    "{} {}: register reset {:#x} but the field resets make {reset:#x}",
                    b.name, reg.name, reg.reset
                ));
            }
        }
        for inst in &insts {
            // A register held by the core: q, qe, be and d of the whole register, and no
            // per-field leaf.
            let bits = inst.bits();
            let bytes = inst.reg.bytes as u32;
            let held = [
                (Signal::Q, true, bits),
                (Signal::Qe, true, 1),
                (Signal::Be, true, bytes),
                (Signal::D, false, bits),
            ];
            for (s, reg2hw, width) in held {
                let m = if reg2hw {
                    hwif.reg2hw_member(inst.reg.name, inst.n, "", s)
                } else {
                    hwif.hw2reg_member(inst.reg.name, inst.n, "", s)
                };
                match (m, inst.reg.hw_ext) {
                    (Some(m), true) if m.width != width => problems.push(format!(
                        "{}: register-level {s:?} is {} bits, expected {width}",
                        inst_label(b, inst),
                        m.width
                    )),
                    (None, true) => problems.push(format!(
                        "{}: held by the core, but no register-level {s:?} leaf",
                        inst_label(b, inst)
                    )),
                    (Some(_), false) => problems.push(format!(
                        "{}: not held by the core, but a register-level {s:?} leaf",
                        inst_label(b, inst)
                    )),
                    _ => {}
                }
            }
            if inst.reg.hw_ext {
                *per_kind.entry("held by the core (registers)").or_default() += 1;
            }
            for f in inst.reg.fields {
                fields += 1;
                *per_kind.entry(f.access.tag()).or_default() += 1;
                let (r2h, h2r) =
                    if inst.reg.hw_ext { (&[][..], &[][..]) } else { expected_leaves(f.access) };
                for s in ALL_SIGNALS {
                    let (m, want) = match s {
                        Signal::Q | Signal::Qe | Signal::Be => {
                            (hwif.reg2hw_member(inst.reg.name, inst.n, f.name, s), r2h.contains(&s))
                        }
                        _ => {
                            (hwif.hw2reg_member(inst.reg.name, inst.n, f.name, s), h2r.contains(&s))
                        }
                    };
                    let width = if matches!(s, Signal::Qe | Signal::De) { 1 } else { f.width };
                    match (m, want) {
                        (Some(m), true) if m.width != width => problems.push(format!(
                            "{} field {}: {s:?} is {} bits, expected {width}",
                            inst_label(b, inst),
                            field_label(f),
                            m.width
                        )),
                        (None, true) => problems.push(format!(
                            "{} field {}: no {s:?} leaf",
                            inst_label(b, inst),
                            field_label(f)
                        )),
                        (Some(_), false) => problems.push(format!(
                            "{} field {}: unexpected {s:?} leaf",
                            inst_label(b, inst),
                            field_label(f)
                        )),
                        _ => {}
                    }
                }
            }
        }
        for (what, members, bits) in
            [("reg2hw", hwif.reg2hw, hwif.reg2hw_bits), ("hw2reg", hwif.hw2reg, hwif.hw2reg_bits)]
        {
            for m in members {
                let known = insts.iter().any(|i| {
                    i.reg.name == m.reg
                        && i.n == m.instance
                        && (i.reg.field(m.field).is_some() || i.reg.hw_ext && m.field.is_empty())
                });
                if !known {
                    problems.push(format!(
                        "{} {what} leaf {}{:?}.{}.{:?} names no field",
                        b.name, m.reg, m.instance, m.field, m.signal
                    ));
                }
            }
            let total: u32 = members.iter().map(|m| m.width).sum();
            let mut used = vec![false; bits as usize];
            for m in members {
                for bit in m.lsb..m.lsb + m.width {
                    if std::mem::replace(&mut used[bit as usize], true) {
                        problems.push(format!("{} {what} bit {bit} belongs to two leaves", b.name));
                    }
                }
            }
            if total != bits {
                problems.push(format!("{} {what}: leaves cover {total} of {bits} bits", b.name));
            }
        }
        println!(
            "{}: {} registers, {} instances, {} field instances, by access {:?}",
            b.name,
            b.regs.len(),
            insts.len(),
            fields,
            per_kind
        );
    }
    assert!(problems.is_empty(), "{} problems:\n  {}", problems.len(), problems.join("\n  "));
}

// ---------------------------------------------------------------------------------------------
// Simulated conformance
// ---------------------------------------------------------------------------------------------

/// After reset every instance of both blocks reads its metadata reset value at its natural
/// width (ro fields read hw2reg.d, 0 here), every `.q` shows the field's reset and no `.qe`
/// is high. The typed accessors read the generated `RESET` constants.
#[test]
fn reset_values_match_metadata() {
    let mut outcomes = Vec::new();
    for b in &BLOCKS {
        let mut t = Tester::new(b, Config::default());
        for i in 0..t.insts.len() {
            let inst = t.insts[i];
            let got = t.read_reg(i);
            // A register held by the core reads what the core drives: 0 here.
            let expected =
                if inst.reg.hw_ext { 0 } else { inst.reg.reset & !inst.reg.mask(Access::Ro) };
            assert_eq!(
                expected,
                t.models[i].read(),
                "model of {} after reset",
                inst_label(b, &inst)
            );
            if got != expected {
                t.fail(format!(
                    "{}: reads {got:#x} after reset, metadata reset {:#x} (ro bits zero)",
                    inst_label(b, &inst),
                    expected
                ));
            }
        }
        t.sweep("reset");
        outcomes.push(t.finish());
    }
    conclude("reset_values_match_metadata", outcomes);

    // The typed path: a few registers of each block through the generated accessors.
    use driver::regs::{iommu_regs as ir, pcie_rp_cfg as rp};
    let h = Harness::new(DEFAULT_TOP, Config::default()).unwrap();
    let iommu = ir::IommuRegs::new(h.mmio("iommu").unwrap());
    assert_eq!(iommu.capabilities().read(), ir::Capabilities::RESET);
    assert_eq!(iommu.fctl().read(), ir::Fctl::RESET);
    assert_eq!(iommu.ddtp().read(), ir::Ddtp::RESET);
    assert_eq!(iommu.cqcsr().read(), ir::Cqcsr::RESET);
    assert_eq!(iommu.msi_vec_ctl(ir::MsiVecCtl::COUNT - 1).read(), ir::MsiVecCtl::RESET);
    let rpcfg = rp::PcieRpCfg::new(h.mmio("rpcfg").unwrap());
    assert_eq!(rpcfg.vendor_id().read(), rp::VendorId::RESET);
    assert_eq!(rpcfg.pcie_caps().read(), rp::PcieCaps::RESET);
    assert_eq!(rpcfg.lnkctl2().read(), rp::Lnkctl2::RESET);
    assert_eq!(rpcfg.pmcsr().read(), rp::Pmcsr::RESET);
    assert_eq!(rpcfg.aer_header_log(rp::AerHeaderLog::COUNT - 1).read(), rp::AerHeaderLog::RESET);
}

/// Whole-register writes of all ones, zeros and random patterns to every instance, each after
/// hardware gave the rw1c fields set bits and the ro fields a new `.d`; then every legal
/// encoding and every (or a sample of the) illegal encodings of each enum-typed warl field.
/// Every read and every `.q`/`.qe` is checked against the model (rw and non-enum warl take the
/// value, wo reads 0 with `.q` = value, rw1c clears ones, rw1s sets ones, ro reads `.d`,
/// hwinit its reset, rsvd 0, enum warl ignores non-members); a sweep at the end checks that
/// no write leaked into another register. Under exact timing and two jittered buses.
#[test]
fn software_writes_follow_access_kinds() {
    let mut outcomes = Vec::new();
    for config in configs() {
        for b in &BLOCKS {
            let mut t = Tester::new(b, config.clone());
            for i in 0..t.insts.len() {
                let inst = t.insts[i];
                let all = ones(inst.bits());
                let patterns =
                    [all, 0, t.rng.u64(..) & all, t.rng.u64(..) & all, t.rng.u64(..) & all];
                for (k, p) in patterns.into_iter().enumerate() {
                    t.prime(i);
                    t.check_read(i, "hardware set rw1c bits and drove ro fields");
                    let what = format!("pattern {k}");
                    t.write(i, 0, inst.reg.bytes, p, &what);
                    t.check_read(i, &what);
                }
                // The core filters the fields of a register it holds, not the block.
                let warl = inst.reg.fields.iter().filter(|f| f.access == Access::Warl);
                for f in warl.filter(|_| !inst.reg.hw_ext) {
                    let Some(legal) = f.legal else { continue };
                    let fi = field_index(inst.reg, f);
                    // Each legal encoding, each followed by an illegal one (the field must keep
                    // the legal value just written), then the remaining illegal ones.
                    let mut illegal = illegal_values(&mut t.rng, f).into_iter();
                    let mut values = Vec::new();
                    for v in legal {
                        values.push((*v, true));
                        values.extend(illegal.next().map(|v| (v, false)));
                    }
                    values.extend(illegal.map(|v| (v, false)));
                    for (v, is_legal) in values {
                        let before = t.models[i].state[fi];
                        let data = with_field(&mut t.rng, f, v);
                        let what = format!(
                            "{} encoding {v:#x} of {}",
                            if is_legal { "legal" } else { "illegal" },
                            f.name
                        );
                        t.write(i, 0, inst.reg.bytes, data, &what);
                        let expected = if is_legal { v } else { before };
                        let got = t.models[i].state[fi];
                        assert_eq!(
                            got,
                            expected,
                            "model of {} field {}",
                            inst_label(b, &inst),
                            field_label(f)
                        );
                        t.check_read(i, &what);
                    }
                }
            }
            t.sweep("every register written");
            outcomes.push(t.finish());
        }
    }
    conclude("software_writes_follow_access_kinds", outcomes);
}

/// Narrow writes: every aligned byte, halfword and word (narrower than the register) of every
/// instance, each after fresh hardware events, changes only the fields' bits in the bytes
/// written; `.qe` pulses only for fields with a written byte.
#[test]
fn byte_strobes_limit_writes_to_the_bytes_written() {
    let mut outcomes = Vec::new();
    for config in configs() {
        for b in &BLOCKS {
            let mut t = Tester::new(b, config.clone());
            for i in 0..t.insts.len() {
                let bytes = t.insts[i].reg.bytes;
                for width in [1, 2, 4].into_iter().filter(|w| *w < bytes && *w <= b.bus_bytes) {
                    for at in (0..bytes).step_by(width) {
                        t.prime(i);
                        let value = if t.rng.bool() { u64::MAX } else { t.rng.u64(..) };
                        let what = format!("narrow write of {width} bytes at +{at}");
                        t.write(i, at, width, value, &what);
                        t.check_read(i, &what);
                    }
                }
            }
            t.sweep("every narrow write");
            outcomes.push(t.finish());
        }
    }
    conclude("byte_strobes_limit_writes_to_the_bytes_written", outcomes);
}

/// The hardware side of every field of every instance (exact timing and a jittered bus):
/// * ro: random `.d` values read back;
/// * rw1c: a `.set` pulse reads 1, writing 0 keeps, writing 1 clears (also a random partial
///   set and clear); `.set` held across a write-1-to-clear wins in the write cycle;
/// * rw1s: software sets, a `.clr` pulse (partial, then full) clears; `.clr` held across a
///   write-1-to-set wins in the write cycle;
/// * warl: a `.de` pulse loads `.d` (random values, and every illegal encoding of an
///   enum-typed field: the load is not filtered), `q` shows it in the next cycle, no `.qe`;
///   `.de` held across a software write wins (`q` shows `.d`, no `.qe`);
/// * a register held by the core: `hw2reg.<reg>.d` (all ones, random, zero) reads back with
///   the rsvd bits zero.
#[test]
fn hardware_side_drives_ro_rw1c_rw1s_warl() {
    let mut outcomes = Vec::new();
    for config in [configs()[0].clone(), configs()[1].clone()] {
        for b in &BLOCKS {
            let mut t = Tester::new(b, config.clone());
            for i in 0..t.insts.len() {
                let inst = t.insts[i];
                let label = inst_label(b, &inst);
                if inst.reg.hw_ext {
                    // The core drives the whole register: reads show it, rsvd bits zero.
                    let all = ones(inst.bits());
                    for d in [all, t.rng.u64(..) & all, t.rng.u64(..) & all, 0] {
                        t.set_held_d(i, d);
                        t.check_read(i, &format!("hw2reg.{}.d = {d:#x}", inst.reg.name));
                    }
                    continue;
                }
                for (fi, f) in inst.reg.fields.iter().enumerate() {
                    let all = ones(f.width);
                    let at_field = |v: u64| v << f.lsb;
                    match f.access {
                        Access::Ro => {
                            for d in [all, t.rng.u64(..) & all, t.rng.u64(..) & all, 0] {
                                t.set_hw2reg(i, fi, Signal::D, d);
                                t.models[i].state[fi] = d;
                                t.check_read(i, &format!("hw2reg.{}.d = {d:#x}", f.name));
                            }
                        }
                        Access::Rw1c => {
                            t.pulse(i, fi, Signal::Set, all);
                            t.models[i].state[fi] |= all;
                            t.check_read(i, "a .set pulse of all ones");
                            t.check_q_now(i, "after a .set pulse");
                            t.write(i, 0, inst.reg.bytes, 0, "write 0 to set rw1c bits");
                            t.check_read(i, "write 0 to set rw1c bits");
                            let part = t.rng.u64(..) & all;
                            t.write(
                                i,
                                0,
                                inst.reg.bytes,
                                at_field(part),
                                "write 1 to some set rw1c bits",
                            );
                            t.check_read(i, "write 1 to some set rw1c bits");
                            t.write(
                                i,
                                0,
                                inst.reg.bytes,
                                at_field(all),
                                "write 1 to every rw1c bit",
                            );
                            t.check_read(i, "write 1 to every rw1c bit");
                            let part = t.rng.u64(..) & all;
                            t.pulse(i, fi, Signal::Set, part);
                            t.models[i].state[fi] |= part;
                            t.check_read(i, "a .set pulse of some bits");
                            // Set wins over a software clear in the same cycle.
                            t.set_hw2reg(i, fi, Signal::Set, all);
                            t.write_field_held(
                                i,
                                fi,
                                all,
                                &format!("write 1 to clear with .set held high ({label})"),
                                |m| m.state[fi] = all,
                            );
                            t.set_hw2reg(i, fi, Signal::Set, 0);
                            t.check_read(i, "write 1 to clear with .set held high");
                            t.write(i, 0, inst.reg.bytes, at_field(all), "write 1 after .set fell");
                            t.check_read(i, "write 1 after .set fell");
                        }
                        Access::Rw1s => {
                            t.write(
                                i,
                                0,
                                inst.reg.bytes,
                                at_field(all),
                                "write 1 to every rw1s bit",
                            );
                            t.check_read(i, "write 1 to every rw1s bit");
                            let part = t.rng.u64(..) & all;
                            t.pulse(i, fi, Signal::Clr, part);
                            t.models[i].state[fi] &= !part;
                            t.check_read(i, "a .clr pulse of some bits");
                            t.check_q_now(i, "after a .clr pulse");
                            t.write(i, 0, inst.reg.bytes, 0, "write 0 to rw1s bits");
                            t.check_read(i, "write 0 to rw1s bits");
                            t.pulse(i, fi, Signal::Clr, all);
                            t.models[i].state[fi] = 0;
                            t.check_read(i, "a .clr pulse of all ones");
                            // Clear wins over a software set in the same cycle.
                            t.set_hw2reg(i, fi, Signal::Clr, all);
                            t.write_field_held(
                                i,
                                fi,
                                all,
                                &format!("write 1 to set with .clr held high ({label})"),
                                |m| m.state[fi] = 0,
                            );
                            t.set_hw2reg(i, fi, Signal::Clr, 0);
                            t.check_read(i, "write 1 to set with .clr held high");
                            t.write(i, 0, inst.reg.bytes, at_field(all), "write 1 after .clr fell");
                            t.check_read(i, "write 1 after .clr fell");
                        }
                        Access::Warl => {
                            let mut loads = vec![t.rng.u64(..) & all, all, 0];
                            if f.legal.is_some() {
                                loads.extend(illegal_values(&mut t.rng, f));
                                loads.extend(f.legal.unwrap_or_default().iter().copied());
                            }
                            for d in loads {
                                t.hw_load(i, fi, d);
                                t.check_read(i, &format!("a .de load of {d:#x}"));
                            }
                            // Hardware wins over software in the same cycle.
                            let x =
                                f.legal.map_or(t.rng.u64(..) & all, |l| l[t.rng.usize(..l.len())]);
                            let y = match f.legal {
                                Some(l) => l.iter().copied().find(|v| *v != x).unwrap_or(x),
                                None => !x & all,
                            };
                            t.set_hw2reg(i, fi, Signal::D, x);
                            t.set_hw2reg(i, fi, Signal::De, 1);
                            let what = format!("software write of {y:#x} with .de held high and .d = {x:#x} ({label})");
                            t.write_field_held(i, fi, y, &what, |m| {
                                m.state[fi] = x;
                                m.qe[fi] = false;
                            });
                            t.set_hw2reg(i, fi, Signal::De, 0);
                            t.check_read(i, "software write with .de held high");
                            t.write(
                                i,
                                0,
                                inst.reg.bytes,
                                at_field(y),
                                "software write after .de fell",
                            );
                            t.check_read(i, "software write after .de fell");
                        }
                        _ => {}
                    }
                }
            }
            t.sweep("every hardware event");
            outcomes.push(t.finish());
        }
    }
    conclude("hardware_side_drives_ro_rw1c_rw1s_warl", outcomes);
}

/// Registers held by the core, one by one (exact timing and two jittered buses): reads of
/// every instance return `hw2reg.<reg>.d` with the rsvd bits zero (the core drives ones
/// there) and never pulse `.qe` or raise `.be`; a whole-register write shows its data on `.q`
/// with `.be` all ones for one cycle; a 32-bit write to the high half of a 64-bit register
/// gives `.be` = 0xF0 and changes only the high half of `.q`; a byte write gives one `.be`
/// bit; no write to another register pulses this one. The tester checks every cycle of every
/// access against the model.
#[test]
fn registers_held_by_the_core_hand_writes_over() {
    let mut outcomes = Vec::new();
    let mut held_registers = 0;
    for config in configs() {
        for b in &BLOCKS {
            let mut t = Tester::new(b, config.clone());
            let held: Vec<usize> = (0..t.insts.len()).filter(|i| t.insts[*i].reg.hw_ext).collect();
            for i in held {
                held_registers += 1;
                let inst = t.insts[i];
                let (bytes, all) = (inst.reg.bytes, ones(inst.bits()));
                t.set_held_d(i, all);
                let got = t.read_reg(i);
                t.checks += 1;
                if got != all & !inst.reg.mask(Access::Rsvd) {
                    let msg = format!(
                        "{}: reads {got:#x} while the core drives all ones; rsvd bits {:#x} must read 0",
                        inst_label(b, &inst),
                        inst.reg.mask(Access::Rsvd)
                    );
                    t.fail(msg);
                }
                t.check_read(i, "the core drives all ones");
                t.last = "reads of a register held by the core".into();
                t.sync_idle(); // no qe, no be in any cycle of those reads

                let v = t.rng.u64(..) & all;
                t.write(i, 0, bytes, v, "whole-register write");
                assert_eq!(t.models[i].held.q, v, "model: q after a whole write");
                if bytes == 8 && b.bus_bytes == 8 {
                    let hi = t.rng.u64(..) & ones(32);
                    // Check the model's byte enables of the pulse, then the RTL against it.
                    let mut m = t.models[i].clone();
                    m.write(hi << 32, ones(32) << 32);
                    assert_eq!((m.held.be, m.held.q), (0xF0, (v & ones(32)) | hi << 32));
                    t.write(i, 4, 4, hi, "32-bit write to the high half");
                    t.write(i, 0, 4, !hi & ones(32), "32-bit write to the low half");
                }
                t.write(i, bytes - 1, 1, 0xa5, "write of the top byte");
                t.check_read(i, "writes to a register held by the core");
            }
            t.sweep("writes to the registers held by the core");
            outcomes.push(t.finish());
        }
    }
    assert!(held_registers > 0, "no register held by the core");
    conclude("registers_held_by_the_core_hand_writes_over", outcomes);
}

/// Offsets no register covers (regmaps/README.md: they read zero and ignore writes): every
/// bus word without a register takes a full-width write of ones and reads 0; every uncovered
/// byte of a partly used word takes a byte write of ones and reads 0; no `.qe` pulses; then
/// every register still reads its reset value.
#[test]
fn unmapped_offsets_read_zero_and_ignore_writes() {
    let mut outcomes = Vec::new();
    for config in [configs()[0].clone(), configs()[2].clone()] {
        for b in &BLOCKS {
            let mut t = Tester::new(b, config.clone());
            let mut covered = vec![false; b.block_bytes];
            for inst in &t.insts {
                covered[inst.offset as usize..inst.offset as usize + inst.reg.bytes].fill(true);
            }
            let mut holes = 0;
            for word in (0..b.block_bytes).step_by(b.bus_bytes) {
                let used = &covered[word..word + b.bus_bytes];
                let targets: Vec<(usize, usize)> = if used.iter().any(|u| *u) {
                    (0..b.bus_bytes).filter(|k| !used[*k]).map(|k| (word + k, 1)).collect()
                } else {
                    vec![(word, b.bus_bytes)]
                };
                for (at, width) in targets {
                    holes += width;
                    t.access(Some(u64::MAX), at as u64, width);
                    t.last = format!("a write of ones to unmapped {at:#x}");
                    t.sync_idle();
                    let got = t.access(None, at as u64, width);
                    t.checks += 1;
                    if got != 0 {
                        t.fail(format!("{} unmapped {width} bytes at {at:#x}: read {got:#x} after writing ones, expected 0", b.name));
                    }
                }
            }
            assert!(holes > 0 && holes < b.block_bytes, "{}: {holes} unmapped bytes", b.name);
            t.sweep("writes of ones to every unmapped byte");
            outcomes.push(t.finish());
        }
    }
    conclude("unmapped_offsets_read_zero_and_ignore_writes", outcomes);
}

/// The generated typed path (value types with enum fields, `Reg` handles over the harness's
/// `Mmio`) agrees with the metadata table and the RTL on a few registers of each block.
#[test]
fn typed_accessors_agree_with_metadata_and_rtl() {
    use driver::regs::{iommu_regs as ir, pcie_rp_cfg as rp};
    let info = |regs: &'static [RegisterInfo], name: &str| -> &'static RegisterInfo {
        regs.iter().find(|r| r.name == name).unwrap_or_else(|| panic!("no register {name}"))
    };
    // Spot checks of named constants against the table.
    assert_eq!(info(ir::REGISTERS, "cqcsr").offset, ir::Cqcsr::OFFSET);
    assert_eq!(
        info(ir::REGISTERS, "ddtp").field("iommu_mode").map(|f| f.width),
        Some(ir::IommuMode::WIDTH)
    );
    assert_eq!(info(ir::REGISTERS, "msi_addr").count, ir::MsiAddr::COUNT);
    assert_eq!(info(rp::REGISTERS, "pmcsr").offset, rp::Pmcsr::OFFSET);
    assert_eq!(info(rp::REGISTERS, "aer_header_log").stride, rp::AerHeaderLog::STRIDE);

    let h = Harness::new(DEFAULT_TOP, Config::default()).unwrap();
    let q = |port, reg: &str, field: &str| {
        h.reg2hw(port, reg, None, field, Signal::Q).unwrap_or_else(|| panic!("no {reg}.{field}.q"))
    };
    let iommu = ir::IommuRegs::new(h.mmio("iommu").unwrap());

    // ddtp, held by the core: a typed write reaches reg2hw.ddtp.q as written (an illegal
    // mode too: the core, not the block, keeps the mode legal); a typed read returns what
    // the core drives on hw2reg.ddtp.d, reserved bits cleared.
    let ppn = ones(info(ir::REGISTERS, "ddtp").field("ppn").unwrap().width) / 3;
    let written = ir::Ddtp::default().with_iommu_mode(ir::IommuMode::LVL2).with_ppn(ppn);
    iommu.ddtp().write(written);
    assert_eq!(q("iommu", "ddtp", ""), written.to_bits());
    let bad = (0..1u8 << ir::IommuMode::WIDTH)
        .map(ir::IommuMode)
        .find(|m| m.name().is_none())
        .expect("an illegal mode");
    iommu.ddtp().write(ir::Ddtp::default().with_iommu_mode(bad));
    assert_eq!(ir::Ddtp::from_bits(q("iommu", "ddtp", "")).iommu_mode(), bad);
    let driven = written.with_busy(true).to_bits() | ir::Ddtp::RESERVED.to_bits();
    h.set_hw2reg("iommu", "ddtp", None, "", Signal::D, driven).unwrap();
    let v = iommu.ddtp().read();
    assert!(v.busy() && v.iommu_mode() == ir::IommuMode::LVL2 && v.ppn() == ppn, "{v:?}");
    assert_eq!(v.to_bits() & ir::Ddtp::RESERVED.to_bits(), 0, "reserved bits read zero");
    h.set_hw2reg("iommu", "ddtp", None, "", Signal::D, 0).unwrap();
    assert_eq!(iommu.ddtp().read(), ir::Ddtp::default());

    // icvec: plain warl fields take any value.
    iommu.icvec().write(ir::Icvec::default().with_civ(3).with_fiv(5));
    let v = iommu.icvec().read();
    assert!(v.civ() == 3 && v.fiv() == 5, "{v:?}");
    assert_eq!(q("iommu", "icvec", "civ"), 3);

    // ipsr: rw1c bits that hardware set survive a modify; clearing one on purpose keeps
    // the other.
    for field in ["cip", "fip"] {
        h.set_hw2reg("iommu", "ipsr", None, field, Signal::Set, 1).unwrap();
        h.run(1).unwrap();
        h.set_hw2reg("iommu", "ipsr", None, field, Signal::Set, 0).unwrap();
    }
    iommu.ipsr().modify(|_| {}); // rw1c bits are written as 0: both stay
    let v = iommu.ipsr().read();
    assert!(v.cip() && v.fip(), "{v:?}");
    iommu.ipsr().modify(|v| v.set_fip(true));
    let v = iommu.ipsr().read();
    assert!(v.cip() && !v.fip(), "{v:?}");

    // tr_response.fault: ro, shows hw2reg.d.
    h.set_hw2reg("iommu", "tr_response", None, "fault", Signal::D, 1).unwrap();
    assert!(iommu.tr_response().read().fault());
    h.set_hw2reg("iommu", "tr_response", None, "fault", Signal::D, 0).unwrap();
    assert!(!iommu.tr_response().read().fault());

    // Root port: command (rw), pmcsr.power_state (enum warl), status (rw1c, 16-bit).
    let rpcfg = rp::PcieRpCfg::new(h.mmio("rpcfg").unwrap());
    rpcfg.command().write(rp::Command::default().with_bus_master_en(true).with_mem_space_en(true));
    let c = rpcfg.command().read();
    assert!(c.bus_master_en() && c.mem_space_en() && !c.io_space_en(), "{c:?}");
    assert_eq!(q("rpcfg", "command", "bus_master_en"), 1);
    rpcfg.pmcsr().write(rp::Pmcsr::default().with_power_state(rp::PmState::D3HOT));
    assert_eq!(rpcfg.pmcsr().read().power_state(), rp::PmState::D3HOT);
    let bad =
        (0..4u8).map(rp::PmState).find(|s| s.name().is_none()).expect("an illegal power state");
    rpcfg.pmcsr().write(rp::Pmcsr::default().with_power_state(bad));
    assert_eq!(
        rpcfg.pmcsr().read().power_state(),
        rp::PmState::D3HOT,
        "illegal state {bad:?} ignored"
    );
    h.set_hw2reg("rpcfg", "status", None, "received_master_abort", Signal::Set, 1).unwrap();
    h.run(1).unwrap();
    h.set_hw2reg("rpcfg", "status", None, "received_master_abort", Signal::Set, 0).unwrap();
    assert!(rpcfg.status().read().received_master_abort());
    rpcfg.status().write(rp::Status::default().with_received_master_abort(true));
    assert!(!rpcfg.status().read().received_master_abort());
}
