//! The memory-mapped register file with its generic access semantics, driven by the generated
//! `iommu_regs::REGISTERS` table.
//!
//! Software accesses go through [`RegFile::read`] and [`RegFile::write_parts`] +
//! [`RegFile::apply`]: byte-lane granular, per-field access tags (`rw`, `rw1c`, `rw1s`, `wo`,
//! `warl` with enum legality, `ro`/`hwinit`/`rsvd` not writable, `rsvd`/`wo` read zero).
//! Offsets outside every register read zero and ignore writes. The side effects the
//! specification attaches to particular registers live in `model.rs`; the IOMMU's own updates
//! of read-only fields use [`RegFile::get`]/[`RegFile::set`], which bypass the access tags.

use driver::mmio::{self, RegValue};
use driver::regmeta::{Access, RegisterInfo};
use driver::regs::iommu_regs::{self, REGISTERS};

/// A generated register type with its offset (instance 0 for arrays).
pub(crate) trait Register: mmio::Register {
    /// Byte offset in the register block.
    const OFFSET: usize;
}

macro_rules! registers {
    ($($t:ident),* $(,)?) => {
        $(impl Register for iommu_regs::$t {
            const OFFSET: usize = iommu_regs::$t::OFFSET;
        })*
    };
}

registers!(
    Capabilities,
    Fctl,
    Ddtp,
    Cqb,
    Cqh,
    Cqt,
    Fqb,
    Fqh,
    Fqt,
    Pqb,
    Pqh,
    Pqt,
    Cqcsr,
    Fqcsr,
    Pqcsr,
    Ipsr,
    TrReqIova,
    TrReqCtl,
    TrResponse,
    Icvec,
);

/// One register instance (an array register has several).
#[derive(Clone, Copy, Debug)]
struct Instance {
    info: &'static RegisterInfo,
    offset: usize,
    /// Bits software reads (everything except `rsvd` and `wo`).
    readable: u64,
}

/// The part of one software write that falls on one register instance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RegWrite {
    /// Index of the instance (pass to [`RegFile::apply`]).
    pub inst: usize,
    /// Byte offset of the register.
    pub offset: usize,
    /// Bits of the register covered by the written byte lanes.
    pub lanes: u64,
    /// The written data, aligned to the register.
    pub data: u64,
}

/// Register storage: one raw value per instance.
pub(crate) struct RegFile {
    instances: Vec<Instance>,
    /// For each byte of the block: 1 + index of the instance holding it, 0 when unmapped.
    byte_map: Vec<u16>,
    values: Vec<u64>,
}

const fn width_mask(bytes: usize) -> u64 {
    if bytes >= 8 {
        u64::MAX
    } else {
        (1u64 << (bytes * 8)) - 1
    }
}

impl RegFile {
    /// All registers at their reset values.
    pub fn new() -> Self {
        let mut instances = Vec::new();
        let mut byte_map = vec![0u16; iommu_regs::REGBLOCK_BYTES];
        for info in REGISTERS {
            let hidden = info.mask(Access::Rsvd) | info.mask(Access::Wo);
            for n in 0..info.count {
                let offset = info.offset + n * info.stride;
                for b in &mut byte_map[offset..offset + info.bytes] {
                    *b = instances.len() as u16 + 1;
                }
                instances.push(Instance { info, offset, readable: !hidden });
            }
        }
        let values = instances.iter().map(|i| i.info.reset).collect();
        RegFile { instances, byte_map, values }
    }

    /// Back to the reset values.
    pub fn reset(&mut self) {
        for (v, i) in self.values.iter_mut().zip(&self.instances) {
            *v = i.info.reset;
        }
    }

    fn index_of(&self, offset: usize) -> Option<usize> {
        match self.byte_map.get(offset) {
            Some(&n) if n > 0 => Some(usize::from(n) - 1),
            _ => None,
        }
    }

    /// The raw value of register `T` (hardware view: every bit, no access rules).
    pub fn get<T: Register>(&self) -> T::Value {
        T::Value::from_raw(self.index_of(T::OFFSET).map_or(0, |i| self.values[i]))
    }

    /// Set register `T` as the hardware does (no access rules).
    pub fn set<T: Register>(&mut self, value: T::Value) {
        if let Some(i) = self.index_of(T::OFFSET) {
            self.values[i] = value.to_raw() & width_mask(T::Value::BYTES);
        }
    }

    /// Change register `T` as the hardware does.
    pub fn update<T: Register>(&mut self, f: impl FnOnce(&mut T::Value)) {
        let mut v = self.get::<T>();
        f(&mut v);
        self.set::<T>(v);
    }

    /// Software read of `len` bytes (1, 2, 4 or 8) at `offset`, little-endian.
    pub fn read(&self, offset: usize, len: usize) -> u64 {
        let mut out = 0u64;
        for k in 0..len {
            let at = offset + k;
            if let Some(i) = self.index_of(at) {
                let inst = &self.instances[i];
                let visible = self.values[i] & inst.readable;
                let byte = (visible >> ((at - inst.offset) * 8)) & 0xff;
                out |= byte << (k * 8);
            }
        }
        out
    }

    /// Split a software write of `len` bytes at `offset` into the register instances it
    /// touches, in offset order. Unmapped bytes are dropped.
    pub fn write_parts(&self, offset: usize, len: usize, value: u64) -> Vec<RegWrite> {
        let mut parts: Vec<RegWrite> = Vec::with_capacity(1);
        for k in 0..len {
            let at = offset + k;
            let Some(i) = self.index_of(at) else { continue };
            let inst = &self.instances[i];
            let shift = (at - inst.offset) * 8;
            let byte = (value >> (k * 8)) & 0xff;
            match parts.last_mut() {
                Some(p) if p.inst == i => {
                    p.lanes |= 0xff << shift;
                    p.data |= byte << shift;
                }
                _ => parts.push(RegWrite {
                    inst: i,
                    offset: inst.offset,
                    lanes: 0xff << shift,
                    data: byte << shift,
                }),
            }
        }
        parts
    }

    /// The generic effect of a software write on one register: each field by its access tag,
    /// only in the written byte lanes. Returns the value before and after.
    pub fn apply(&mut self, w: &RegWrite) -> (u64, u64) {
        let inst = self.instances[w.inst];
        let old = self.values[w.inst];
        let new = written_value(inst.info, old, w.lanes, w.data);
        self.values[w.inst] = new;
        (old, new)
    }
}

/// What a write of `data` in the byte lanes `lanes` makes of a register holding `old`.
pub(crate) fn written_value(info: &RegisterInfo, old: u64, lanes: u64, data: u64) -> u64 {
    let mut new = old;
    for f in info.fields {
        let m = f.mask() & lanes;
        if m == 0 {
            continue;
        }
        match f.access {
            Access::Rw | Access::Wo => new = (new & !m) | (data & m),
            Access::Warl => {
                let candidate = (old & !m) | (data & m);
                let field = (candidate & f.mask()) >> f.lsb;
                if f.is_legal(field) {
                    new = (new & !f.mask()) | (candidate & f.mask());
                }
            }
            Access::Rw1c => new &= !(data & m),
            Access::Rw1s => new |= data & m,
            Access::Ro | Access::Hwinit | Access::Rsvd => {}
        }
    }
    new
}

#[cfg(test)]
mod tests {
    use super::*;
    use driver::regs::iommu_regs::{Capabilities, Cqcsr, Ddtp, Icvec, IommuMode, Ipsr, TrReqCtl};

    fn write(rf: &mut RegFile, offset: usize, len: usize, value: u64) {
        for p in rf.write_parts(offset, len, value) {
            rf.apply(&p);
        }
    }

    #[test]
    fn reset_values_come_from_the_table() {
        let rf = RegFile::new();
        assert_eq!(rf.get::<Capabilities>(), Capabilities::RESET);
        assert_eq!(rf.read(Capabilities::OFFSET, 8), Capabilities::RESET.0);
        // iommu_registers.adoc register layout: fctl at offset 8, 4 bytes.
        assert_eq!(rf.read(8, 4), u64::from(iommu_regs::Fctl::RESET.0));
    }

    #[test]
    fn hwinit_and_reserved_ignore_writes_and_reserved_reads_zero() {
        let mut rf = RegFile::new();
        write(&mut rf, Capabilities::OFFSET, 8, u64::MAX);
        assert_eq!(rf.read(Capabilities::OFFSET, 8), Capabilities::RESET.0);
        // ddtp: bits 9:5 and 63:54 reserved, busy read-only.
        write(&mut rf, Ddtp::OFFSET, 8, u64::MAX);
        let v = rf.read(Ddtp::OFFSET, 8);
        assert_eq!(v & Ddtp::RESERVED.0, 0);
        assert!(!Ddtp(v).busy());
        // The mode field ignored 15 (custom encoding), the PPN took all ones.
        assert_eq!(Ddtp(v).iommu_mode(), IommuMode::OFF);
        assert_eq!(Ddtp(v).ppn(), (1 << 44) - 1);
    }

    #[test]
    fn warl_enum_takes_only_members() {
        let mut rf = RegFile::new();
        write(&mut rf, Ddtp::OFFSET, 8, u64::from(IommuMode::LVL3.0));
        assert_eq!(rf.get::<Ddtp>().iommu_mode(), IommuMode::LVL3);
        // 5..13 reserved, 14..15 custom: ignored, the mode stays.
        for bad in 5..16u64 {
            write(&mut rf, Ddtp::OFFSET, 8, bad);
            assert_eq!(rf.get::<Ddtp>().iommu_mode(), IommuMode::LVL3, "mode {bad}");
        }
    }

    #[test]
    fn byte_lanes_limit_a_write() {
        let mut rf = RegFile::new();
        write(&mut rf, Ddtp::OFFSET, 8, Ddtp::default().with_ppn(0x1234_5678).0);
        // A 32-bit write to the high half changes only bytes 4..7.
        write(&mut rf, Ddtp::OFFSET + 4, 4, 0);
        assert_eq!(rf.get::<Ddtp>().ppn(), 0x1234_5678 & 0x3f_ffff);
        // An 8-bit write to byte 0 leaves the PPN alone.
        write(&mut rf, Ddtp::OFFSET, 1, u64::from(IommuMode::BARE.0));
        assert_eq!(rf.get::<Ddtp>().ppn(), 0x1234_5678 & 0x3f_ffff);
        assert_eq!(rf.get::<Ddtp>().iommu_mode(), IommuMode::BARE);
    }

    #[test]
    fn rw1c_and_rw1s() {
        let mut rf = RegFile::new();
        rf.set::<Cqcsr>(Cqcsr::default().with_cmd_ill(true).with_cqmf(true));
        // cqcsr bit 10 cmd_ill, bit 8 cqmf (iommu_registers.adoc, CSR): writing 1 clears.
        write(&mut rf, Cqcsr::OFFSET, 4, 1 << 10);
        let v = rf.get::<Cqcsr>();
        assert!(!v.cmd_ill() && v.cqmf());
        write(&mut rf, Cqcsr::OFFSET, 4, 0);
        assert!(rf.get::<Cqcsr>().cqmf());
        // tr_req_ctl Go/Busy (bit 0) is RW1S: a 0 does not clear it.
        write(&mut rf, TrReqCtl::OFFSET, 8, 1);
        assert!(rf.get::<TrReqCtl>().go_busy());
        write(&mut rf, TrReqCtl::OFFSET, 8, 0);
        assert!(rf.get::<TrReqCtl>().go_busy());
        rf.set::<Ipsr>(Ipsr::default().with_cip(true).with_fip(true));
        write(&mut rf, Ipsr::OFFSET, 4, 2);
        assert_eq!(rf.read(Ipsr::OFFSET, 4), 1);
    }

    #[test]
    fn unmapped_offsets_read_zero_and_ignore_writes() {
        let mut rf = RegFile::new();
        // 0x00C is custom (4 bytes), 0x274..0x2F7 reserved/custom, 0x400.. reserved.
        for off in [0xc, 0x274, 0x2b0, 0x400, 0xff8] {
            write(&mut rf, off, 4, u64::MAX);
            assert_eq!(rf.read(off, 4), 0, "offset {off:#x}");
        }
    }

    #[test]
    fn icvec_fields_hold_four_bits_each() {
        let mut rf = RegFile::new();
        write(&mut rf, Icvec::OFFSET, 8, u64::MAX);
        let v = rf.get::<Icvec>();
        assert_eq!((v.civ(), v.fiv(), v.pmiv(), v.piv()), (15, 15, 15, 15));
        // bits 31:16 reserved, 63:32 custom: read zero.
        assert_eq!(rf.read(Icvec::OFFSET, 8), 0xffff);
    }

    #[test]
    fn array_instances_are_all_mapped() {
        let rf = RegFile::new();
        // msi_cfg_tbl: 16 entries of 16 bytes from 0x300 (IGS = WSI: hardwired 0 but present).
        for n in 0..16 {
            assert!(rf.index_of(0x300 + 16 * n).is_some());
            assert!(rf.index_of(0x30c + 16 * n).is_some());
        }
        assert!(rf.index_of(0x400).is_none());
    }
}
