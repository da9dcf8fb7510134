//! Properties of the TLP codec (`pcie_endpoint::tlp`).
//!
//! * [`check_decode`]: whatever [`Tlp::decode`] accepts re-encodes to the same number of DWs,
//!   decodes again to the same value, keeps every data DW, and differs from the input only
//!   in header bits the decoder ignores (flipping any one of them alone leaves the decoded
//!   value unchanged). Those are the normalised fields: reserved bits, TH / T8 / T9 / LN /
//!   Attr[2] (not modelled), the Length field of a TLP without data other than a read, and
//!   the reserved bits of the ATS Invalidate Request's payload.
//! * [`check_roundtrip`]: a structured [`Tlp`] either encodes and decodes back equal, or
//!   encoding refuses it with a [`pcie_endpoint::tlp::TlpError`].

use arbitrary::{Result, Unstructured};
use driver::regs::pcie_ep_caps::{RoutingId, REQ_BOUNDARY_SIZE};
use driver::regs::tlp::{At, CplStatus, MsgCode, PrgRespCode, TlpFmtType};
use pcie_endpoint::tlp::{
    Attrs, Completion, ConfigRequest, MemRequest, Message, PageRequest, Pasid, PasidPrefix, Tlp,
    TlpBody, DW_BYTES, MAX_LENGTH_DW,
};

/// DWs of data the TLP carries after its header that must survive a round trip bit for bit
/// (the ATS Invalidate Request's payload has reserved bits: it is checked like a header).
pub fn payload_dws(tlp: &Tlp) -> usize {
    let bytes = match &tlp.body {
        TlpBody::Mem(m) => m.data.len(),
        TlpBody::Completion(c) => c.data.len(),
        TlpBody::Config(c) if c.write => DW_BYTES,
        TlpBody::Config(_) => 0,
        TlpBody::Message(Message::Other { data, .. }) => data.len(),
        TlpBody::Message(_) => 0,
    };
    bytes / DW_BYTES
}

/// The decode property on wire DWs (see the module documentation). Panics on a violation.
pub fn check_decode(dws: &[u32]) {
    let Ok(tlp) = Tlp::decode(dws) else { return };
    let enc = match tlp.encode() {
        Ok(enc) => enc,
        Err(e) => panic!("decoded {tlp:?} from {dws:08x?} does not re-encode: {e}"),
    };
    assert_eq!(enc.len(), dws.len(), "re-encoding of {tlp:?} changed the DW count");
    assert_eq!(Tlp::decode(&enc).as_ref(), Ok(&tlp), "re-encoded DWs decode differently");
    let header = dws.len() - payload_dws(&tlp);
    assert_eq!(&enc[header..], &dws[header..], "data DWs changed by the round trip");
    for (i, (&got, &was)) in enc.iter().zip(dws).enumerate().take(header) {
        let diff = got ^ was;
        for bit in (0..u32::BITS).filter(|b| diff & (1 << b) != 0) {
            let mut flipped = dws.to_vec();
            flipped[i] ^= 1 << bit;
            assert_eq!(
                Tlp::decode(&flipped).as_ref(),
                Ok(&tlp),
                "DW {i} bit {bit} is normalised by the round trip, but the decoder reads it"
            );
        }
    }
}

/// The round-trip property on a structured TLP. Panics on a violation.
pub fn check_roundtrip(tlp: &Tlp) {
    let Ok(dws) = tlp.encode() else { return };
    assert_eq!(Tlp::decode(&dws).as_ref(), Ok(tlp), "encoded as {dws:08x?}");
    assert_eq!(tlp.encode().as_ref(), Ok(&dws), "encoding is not deterministic");
}

/// A value of `bits` bits, now and then one that does not fit (to exercise the range checks).
fn field(u: &mut Unstructured<'_>, bits: u32) -> Result<u64> {
    let v: u64 = u.arbitrary()?;
    if u.ratio(1, 16)? {
        Ok(v)
    } else {
        Ok(v & ((1u64 << bits) - 1))
    }
}

fn attrs(u: &mut Unstructured<'_>) -> Result<Attrs> {
    Ok(Attrs { tc: field(u, 3)? as u8, attr: field(u, 2)? as u8, poisoned: u.arbitrary()? })
}

fn rid(u: &mut Unstructured<'_>) -> Result<RoutingId> {
    Ok(RoutingId(u.arbitrary()?))
}

fn bytes(u: &mut Unstructured<'_>, dws: usize) -> Result<Vec<u8>> {
    let mut v = vec![0u8; dws * DW_BYTES];
    u.fill_buffer(&mut v)?;
    if u.ratio(1, 32)? {
        v.pop();
    }
    Ok(v)
}

/// A length in DWs: mostly short, sometimes up to the largest, now and then 0 or too long.
fn length(u: &mut Unstructured<'_>) -> Result<usize> {
    Ok(match u.int_in_range(0..=15u8)? {
        0 => u.int_in_range(0..=MAX_LENGTH_DW + 1)?,
        1 => MAX_LENGTH_DW,
        _ => u.int_in_range(1..=8)?,
    })
}

/// An address: below or above 4 GiB, mostly DW aligned and near a 4 KiB boundary.
fn address(u: &mut Unstructured<'_>) -> Result<u64> {
    let base: u64 = if u.arbitrary()? { u.arbitrary::<u32>()?.into() } else { u.arbitrary()? };
    let page = u64::from(REQ_BOUNDARY_SIZE);
    let dw = DW_BYTES as u64;
    let a = match u.int_in_range(0..=3u8)? {
        0 => base,
        1 => (base & !(page - 1)) | (page - dw),
        _ => base & !(dw - 1),
    };
    Ok(a)
}

fn page_aligned(a: u64) -> u64 {
    a & !(u64::from(REQ_BOUNDARY_SIZE) - 1)
}

fn mem(u: &mut Unstructured<'_>) -> Result<MemRequest> {
    let write: bool = u.arbitrary()?;
    let length_dw = length(u)?;
    let data = if write { bytes(u, length_dw.min(MAX_LENGTH_DW))? } else { Vec::new() };
    Ok(MemRequest {
        write,
        requester_id: rid(u)?,
        tag: u.arbitrary()?,
        address: address(u)?,
        length_dw,
        first_be: field(u, 4)? as u8,
        last_be: if length_dw == 1 && u.ratio(7, 8)? { 0 } else { field(u, 4)? as u8 },
        at: At(field(u, 2)? as u8),
        attrs: attrs(u)?,
        data,
    })
}

fn completion(u: &mut Unstructured<'_>) -> Result<Completion> {
    let data = if u.arbitrary()? {
        Vec::new()
    } else {
        let n = length(u)?.min(64);
        bytes(u, n)?
    };
    Ok(Completion {
        completer_id: rid(u)?,
        status: CplStatus(field(u, 3)? as u8),
        bcm: u.arbitrary()?,
        byte_count: u.int_in_range(0..=4097)?,
        requester_id: rid(u)?,
        tag: u.arbitrary()?,
        lower_address: field(u, 7)? as u8,
        attrs: attrs(u)?,
        data,
    })
}

fn config(u: &mut Unstructured<'_>) -> Result<ConfigRequest> {
    let write: bool = u.arbitrary()?;
    let mut data = [0u8; DW_BYTES];
    if write || u.ratio(1, 8)? {
        u.fill_buffer(&mut data)?;
    }
    Ok(ConfigRequest {
        write,
        type1: u.arbitrary()?,
        requester_id: rid(u)?,
        tag: u.arbitrary()?,
        first_be: field(u, 4)? as u8,
        target: rid(u)?,
        register: field(u, 10)? as u16,
        data,
    })
}

fn message(u: &mut Unstructured<'_>) -> Result<Message> {
    Ok(match u.int_in_range(0..=4u8)? {
        0 => Message::PageRequest(PageRequest {
            requester_id: rid(u)?,
            tag: u.arbitrary()?,
            page_addr: if u.ratio(15, 16)? { page_aligned(u.arbitrary()?) } else { u.arbitrary()? },
            prg_index: field(u, 9)? as u16,
            last: u.arbitrary()?,
            write: u.arbitrary()?,
            read: u.arbitrary()?,
        }),
        1 => Message::PrgResponse {
            requester_id: rid(u)?,
            tag: u.arbitrary()?,
            destination_id: rid(u)?,
            code: PrgRespCode(field(u, 4)? as u8),
            prg_index: field(u, 9)? as u16,
        },
        2 => Message::AtsInvalRequest {
            requester_id: rid(u)?,
            itag: field(u, 5)? as u8,
            device_id: rid(u)?,
            address: if u.ratio(15, 16)? { page_aligned(u.arbitrary()?) } else { u.arbitrary()? },
            size: u.arbitrary()?,
            global: u.arbitrary()?,
        },
        3 => Message::AtsInvalCompletion {
            requester_id: rid(u)?,
            tag: u.arbitrary()?,
            device_id: rid(u)?,
            cc: u.int_in_range(0..=9)?,
            itag_vector: u.arbitrary()?,
        },
        _ => {
            let fmt_type = TlpFmtType(u.arbitrary()?);
            let data = if u.arbitrary()? {
                Vec::new()
            } else {
                let n = length(u)?.min(16);
                bytes(u, n)?
            };
            Message::Other {
                fmt_type,
                requester_id: rid(u)?,
                tag: u.arbitrary()?,
                code: MsgCode(u.arbitrary()?),
                dw2: u.arbitrary()?,
                dw3: u.arbitrary()?,
                data,
            }
        }
    })
}

/// A structured TLP from fuzz bytes: every body kind, with and without a PASID prefix,
/// fields mostly in range and now and then not.
pub fn arbitrary_tlp(u: &mut Unstructured<'_>) -> Result<Tlp> {
    let prefix = if u.arbitrary()? {
        let pasid = Pasid::new(u.int_in_range(0..=Pasid::MAX)?).unwrap_or_default();
        Some(PasidPrefix { pasid, privileged: u.arbitrary()?, execute: u.arbitrary()? })
    } else {
        None
    };
    let body = match u.int_in_range(0..=3u8)? {
        0 => TlpBody::Mem(mem(u)?),
        1 => TlpBody::Completion(completion(u)?),
        2 => TlpBody::Config(config(u)?),
        _ => TlpBody::Message(message(u)?),
    };
    Ok(Tlp { prefix, body })
}
