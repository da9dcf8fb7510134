//! Fault reporting: which faults are reported (FAULT_CAUSE, DTF), the fault record, and the
//! fault queue (FAULT_QUEUE, FQB/FQH/FQT/FQCSR in iommu_registers.adoc).

use driver::regs::iommu_mem::{
    FaultCause, FaultRecord, DEVICE_ID_BITS, FAULT_RECORD_BYTES, PAGE_SHIFT, PROCESS_ID_BITS,
};
use driver::regs::iommu_regs::{Fqb, Fqcsr, Fqh, Fqt, Ipsr, QueueIndex};

use crate::mem::PhysMem;
use crate::regfile::RegFile;
use crate::request::DeviceRequest;

/// The FAULT_CAUSE table's column "Reported if DTF is 1?": only these causes are.
pub fn reported_with_dtf(cause: FaultCause) -> bool {
    matches!(
        cause,
        FaultCause::ALL_INBOUND_DISALLOWED
            | FaultCause::DDT_LOAD_FAULT
            | FaultCause::DDT_INVALID
            | FaultCause::DDT_MISCONFIGURED
            | FaultCause::DDT_CORRUPTED
            | FaultCause::INTERNAL_DP_ERROR
            | FaultCause::MSI_WR_FAULT
    )
}

/// The record of a fault met by `req`: DID, PV/PID, PRIV (only with a process_id), TTYP,
/// iotval = the IOVA with its page offset, iotval2 = 0 (no guest-page faults here).
pub fn fault_record(req: &DeviceRequest, cause: FaultCause) -> FaultRecord {
    let pid = req.process_id.unwrap_or(0) & ((1 << PROCESS_ID_BITS) - 1);
    FaultRecord::default()
        .with_cause(cause)
        .with_ttyp(req.ttyp())
        .with_did(req.device_id & ((1 << DEVICE_ID_BITS) - 1))
        .with_pv(req.process_id.is_some())
        .with_pid(pid)
        .with_priv(req.is_privileged())
        .with_iotval(req.iova)
        .with_iotval2(0)
}

/// Number of entries of a queue whose base register holds `log2szm1` (LOG2SZ-1).
pub(crate) fn queue_entries(log2szm1: u8) -> u64 {
    1u64 << (u32::from(log2szm1) + 1)
}

/// Write `record` to the fault queue. Returns true when it was written (fqt advanced and, with
/// `fie`, `ipsr.fip` set). Dropped when the queue is off or stopped by `fqof`/`fqmf`; a full
/// queue sets `fqof`, a refused write sets `fqmf`.
pub(crate) fn queue_fault<M: PhysMem + ?Sized>(
    regs: &mut RegFile,
    mem: &M,
    record: &FaultRecord,
) -> bool {
    let csr = regs.get::<Fqcsr>();
    if !csr.fqon() || csr.fqof() || csr.fqmf() {
        return false;
    }
    let base = regs.get::<Fqb>();
    let entries = queue_entries(base.log2szm1());
    let tail = u64::from(regs.get::<Fqt>().index());
    let head = u64::from(regs.get::<Fqh>().index());
    if (tail + 1) % entries == head % entries {
        regs.set::<Fqcsr>(csr.with_fqof(true)); // full: fqt == fqh - 1
        return false;
    }
    let addr = (base.ppn() << PAGE_SHIFT) + tail * FAULT_RECORD_BYTES as u64;
    if mem.write(addr, &record.to_le_bytes()).is_err() {
        regs.set::<Fqcsr>(csr.with_fqmf(true));
        return false;
    }
    regs.set::<Fqt>(QueueIndex::default().with_index(((tail + 1) % entries) as u32));
    if csr.fie() {
        regs.update::<Ipsr>(|i| i.set_fip(true));
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use driver::regs::iommu_mem::Ttyp;

    #[test]
    fn dtf_column_of_the_cause_table() {
        // Reported with DTF = 1: 256, 257, 258, 259, 268, 272, 273.
        for c in [256u16, 257, 258, 259, 268, 272, 273] {
            assert!(reported_with_dtf(FaultCause(c)), "cause {c}");
        }
        for c in [1u16, 4, 5, 6, 7, 12, 13, 15, 20, 21, 23, 260, 261, 262, 263, 264, 265, 266]
            .into_iter()
            .chain([267, 269, 270, 271, 274])
        {
            assert!(!reported_with_dtf(FaultCause(c)), "cause {c}");
        }
    }

    #[test]
    fn record_fields_at_the_spec_positions() {
        let req =
            DeviceRequest::read(0xab_cdef, 0x1234_5678_9abc).with_pasid(0x5_4321).privileged();
        let rec = fault_record(&req, FaultCause::PDT_INVALID);
        let b = rec.to_le_bytes();
        let dw0 = u64::from_le_bytes(b[0..8].try_into().unwrap());
        // CAUSE 11:0, PID 31:12, PV 32, PRIV 33, TTYP 39:34, DID 63:40.
        assert_eq!(dw0 & 0xfff, 266);
        assert_eq!((dw0 >> 12) & 0xf_ffff, 0x5_4321);
        assert_eq!((dw0 >> 32) & 3, 3);
        assert_eq!((dw0 >> 34) & 0x3f, u64::from(Ttyp::UADDR_RD.0));
        assert_eq!(dw0 >> 40, 0xab_cdef);
        assert_eq!(u64::from_le_bytes(b[8..16].try_into().unwrap()), 0);
        assert_eq!(u64::from_le_bytes(b[16..24].try_into().unwrap()), 0x1234_5678_9abc);
        assert_eq!(u64::from_le_bytes(b[24..32].try_into().unwrap()), 0);
        // Without a process_id PV, PID and PRIV are 0 even if privilege was asked.
        let rec = fault_record(&DeviceRequest::read(1, 0).privileged(), FaultCause::RD_PAGE_FAULT);
        assert!(!rec.pv() && !rec.r#priv() && rec.pid() == 0);
    }
}
