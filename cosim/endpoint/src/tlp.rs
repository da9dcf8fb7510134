//! TLP codec: the TLPs the kit uses, as typed values, to and from wire DWs.
//!
//! A TLP on the kit's streams is a `Vec<u32>` of wire DWs: byte 0 of the TLP in bits `[31:24]`
//! of DW 0 (the byte image of the generated `driver::regs::tlp` types, `to_be_bytes`), the
//! PASID prefix first when there is one. Every header is built from and read through the
//! generated types; this module adds the rules that tie the fields together (Length against
//! the DWs present, byte enables, the 4 KiB rule, which TLPs may carry a PASID prefix).
//! [`Tlp::decode`] returns a typed [`TlpError`] for anything malformed and never panics;
//! [`Tlp::encode`] refuses a value that would not decode.

use driver::regs::pcie_ep_caps::{RoutingId, REQ_BOUNDARY_SIZE};
use driver::regs::tlp::{
    At, AtsInvalPayload, CplStatus, MsgCode, PrgRespCode, TlpAtsInvalCpl, TlpAtsInvalReq,
    TlpCfgReq, TlpCpl, TlpDw0, TlpFmt, TlpFmtType, TlpMemReq3dw, TlpMemReq4dw, TlpMsg, TlpPageReq,
    TlpPasidPrefix, TlpPrgResp,
};
use thiserror::Error;

/// Bytes in a DW.
pub const DW_BYTES: usize = core::mem::size_of::<u32>();
/// Largest payload of one TLP in DWs (a Length field of 0 means this many).
pub const MAX_LENGTH_DW: usize = 1 << 10;
/// Byte enables of a whole DW (every byte enabled): the all-ones value of the 4-bit field.
pub const FULL_BE: u8 = TlpMemReq3dw([u32::MAX; 3]).first_be();

/// Why a TLP cannot be decoded or encoded.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum TlpError {
    /// No DW at all.
    #[error("empty TLP")]
    Empty,
    /// Fewer DWs than the header (and its Length) need.
    #[error("TLP ends after {got} DWs, its header and Length need {need}")]
    Truncated {
        /// DWs the TLP needs.
        need: usize,
        /// DWs present.
        got: usize,
    },
    /// More DWs than the header and its Length account for.
    #[error("TLP has {got} DWs, its header and Length account for {need}")]
    TrailingData {
        /// DWs the TLP needs.
        need: usize,
        /// DWs present.
        got: usize,
    },
    /// One or more prefixes and then nothing.
    #[error("TLP prefix without a header")]
    PrefixWithoutHeader,
    /// An End-End prefix other than the PASID prefix.
    #[error("End-End TLP prefix {0:?} is not supported (only the PASID prefix)")]
    UnsupportedEndEndPrefix(TlpFmtType),
    /// A Local prefix (none is supported on this link).
    #[error("Local TLP prefix {0:?} is not supported")]
    LocalPrefix(TlpFmtType),
    /// A second PASID prefix (at most one per TLP).
    #[error("more than one PASID prefix")]
    DuplicatePasidPrefix,
    /// A PASID prefix in front of a TLP type that may not carry one.
    #[error("a PASID prefix may not precede {0:?}")]
    PrefixNotAllowed(TlpFmtType),
    /// A Fmt/Type this codec does not handle (reserved encodings included).
    #[error("Fmt/Type {0:?} is not supported")]
    UnsupportedType(TlpFmtType),
    /// TD set: an end-to-end CRC digest follows (ECRC is not supported on the kit's link).
    #[error("TLP digest (TD) is not supported")]
    Digest,
    /// A 64-bit address header carrying an address below 4 GiB (PCIe Base 6.x 2.2.4.1:
    /// receivers may check this and treat the TLP as malformed; we do).
    #[error("64-bit address format for address {0:#x} below 4 GiB")]
    Addr64Below4G(u64),
    /// Byte enables against the rules of PCIe Base 6.x 2.2.5.
    #[error("byte enables first {first:#06b} last {last:#06b} invalid for Length {length_dw}")]
    ByteEnables {
        /// First DW byte enables.
        first: u8,
        /// Last DW byte enables.
        last: u8,
        /// Length in DWs.
        length_dw: usize,
    },
    /// A memory request crossing a 4 KiB boundary (PCIe Base 6.x 2.2.7).
    #[error("request at {address:#x} of {length_dw} DWs crosses a 4 KiB boundary")]
    Crosses4k {
        /// DW-aligned address.
        address: u64,
        /// Length in DWs.
        length_dw: usize,
    },
    /// A configuration request whose Length is not 1.
    #[error("configuration request with Length {0}, must be 1")]
    ConfigLength(usize),
    /// A known message code with the wrong routing or data.
    #[error("message {code:?} sent as {fmt_type:?}")]
    MessageFormat {
        /// Message code.
        code: MsgCode,
        /// Format and type (routing) it came with.
        fmt_type: TlpFmtType,
    },
    /// A payload that is not a whole number of DWs, or that does not fit one TLP.
    #[error("payload of {0} bytes is not 1 to 1024 whole DWs")]
    Payload(usize),
    /// A value too wide for its field.
    #[error("{field} = {value:#x} does not fit its field")]
    FieldRange {
        /// The field.
        field: &'static str,
        /// The value.
        value: u64,
    },
}

/// A Process Address Space ID (20 bits).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pasid(u32);

impl Pasid {
    /// The largest PASID the prefix can carry.
    pub const MAX: u32 = TlpPasidPrefix(u32::MAX).pasid();

    /// A PASID; `TlpError::FieldRange` above [`Pasid::MAX`].
    pub const fn new(value: u32) -> Result<Self, TlpError> {
        if value > Self::MAX {
            return Err(TlpError::FieldRange { field: "pasid", value: value as u64 });
        }
        Ok(Pasid(value))
    }

    /// The PASID value.
    pub const fn value(self) -> u32 {
        self.0
    }
}

/// The PASID End-End TLP prefix: the address space of a request and its privilege and
/// execute bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct PasidPrefix {
    /// Process address space.
    pub pasid: Pasid,
    /// Privileged Mode Requested.
    pub privileged: bool,
    /// Execute Requested.
    pub execute: bool,
}

impl PasidPrefix {
    /// The prefix DW.
    pub fn to_dw(self) -> u32 {
        TlpPasidPrefix::default()
            .with_fmt_type(TlpFmtType::PREFIX_PASID)
            .with_pmr(self.privileged)
            .with_er(self.execute)
            .with_pasid(self.pasid.0)
            .to_bits()
    }

    /// From a prefix DW (its Fmt/Type must be the PASID prefix's; reserved bits ignored).
    pub fn from_dw(dw: u32) -> Self {
        let p = TlpPasidPrefix(dw);
        PasidPrefix { pasid: Pasid(p.pasid()), privileged: p.pmr(), execute: p.er() }
    }
}

/// Traffic class and attributes of a request or completion.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Attrs {
    /// Traffic class (3 bits).
    pub tc: u8,
    /// Attribute bits `[1:0]`: relaxed ordering (1), no snoop (0).
    pub attr: u8,
    /// Poisoned data (EP).
    pub poisoned: bool,
}

/// A memory read or write request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemRequest {
    /// A write (posted, with data) or a read.
    pub write: bool,
    /// The requester.
    pub requester_id: RoutingId,
    /// Tag (8 bits; 10-bit tags are not used).
    pub tag: u8,
    /// Address of the first DW (bits 1:0 zero). Below 4 GiB the 3 DW header is used.
    pub address: u64,
    /// Length in DWs, 1 to 1024.
    pub length_dw: usize,
    /// Byte enables of the first DW.
    pub first_be: u8,
    /// Byte enables of the last DW (0 when `length_dw` is 1).
    pub last_be: u8,
    /// Address type.
    pub at: At,
    /// Traffic class and attributes.
    pub attrs: Attrs,
    /// Write payload, `4 * length_dw` bytes in address order (disabled bytes included); empty
    /// for a read.
    pub data: Vec<u8>,
}

/// A completion (with or without data).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Completion {
    /// The completer.
    pub completer_id: RoutingId,
    /// Completion status.
    pub status: CplStatus,
    /// Byte Count Modified.
    pub bcm: bool,
    /// Bytes left to transfer including this completion, 1 to 4096.
    pub byte_count: usize,
    /// Requester of the request being completed.
    pub requester_id: RoutingId,
    /// Tag of the request being completed.
    pub tag: u8,
    /// Address bits `[6:0]` of the first byte returned.
    pub lower_address: u8,
    /// Traffic class and attributes.
    pub attrs: Attrs,
    /// Data, whole DWs (the first DW starts at `lower_address` rounded down to a DW); empty for
    /// a completion without data.
    pub data: Vec<u8>,
}

/// A configuration read or write request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigRequest {
    /// A write or a read.
    pub write: bool,
    /// Type 1 (to be forwarded past a bridge) rather than Type 0.
    pub type1: bool,
    /// The requester (the root port).
    pub requester_id: RoutingId,
    /// Tag.
    pub tag: u8,
    /// Byte enables of the DW.
    pub first_be: u8,
    /// Target bus, device and function.
    pub target: RoutingId,
    /// DW index of the register in configuration space (0 to 1023).
    pub register: u16,
    /// Write data in address order (byte 0 is the register's byte 0); zero for a read (a
    /// read with other data does not encode).
    pub data: [u8; DW_BYTES],
}

/// A PRI page request message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageRequest {
    /// The function asking.
    pub requester_id: RoutingId,
    /// Tag.
    pub tag: u8,
    /// Page address (4 KiB aligned).
    pub page_addr: u64,
    /// Page request group index.
    pub prg_index: u16,
    /// Last request of the group.
    pub last: bool,
    /// Write access requested.
    pub write: bool,
    /// Read access requested.
    pub read: bool,
}

/// A message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    /// PRI page request (to the root complex).
    PageRequest(PageRequest),
    /// PRG response (routed by ID).
    PrgResponse {
        /// Sender (the root complex).
        requester_id: RoutingId,
        /// Tag.
        tag: u8,
        /// Function that sent the page requests.
        destination_id: RoutingId,
        /// Outcome of the group.
        code: PrgRespCode,
        /// Page request group index.
        prg_index: u16,
    },
    /// ATS invalidate request (routed by ID, 2 DW payload).
    AtsInvalRequest {
        /// Sender (the root complex).
        requester_id: RoutingId,
        /// Invalidate tag (5 bits).
        itag: u8,
        /// Function whose translation cache is invalidated.
        device_id: RoutingId,
        /// Untranslated address of the range (4 KiB aligned; with `size`, the size is coded in
        /// the low address bits as PCIe says).
        address: u64,
        /// S: the range is larger than 4 KiB.
        size: bool,
        /// Invalidate for every PASID.
        global: bool,
    },
    /// ATS invalidate completion (routed by ID).
    AtsInvalCompletion {
        /// Function that completed the invalidations.
        requester_id: RoutingId,
        /// Tag.
        tag: u8,
        /// Root complex the completion goes to.
        device_id: RoutingId,
        /// Completion count (1 to 8; 8 is encoded as 0).
        cc: u8,
        /// One bit per completed invalidate tag.
        itag_vector: u32,
    },
    /// Any other message: routing, code and the two message-specific DWs as they are.
    Other {
        /// Format and type (one of the `MSG_*` / `MSGD_*` encodings: the routing).
        fmt_type: TlpFmtType,
        /// Sender.
        requester_id: RoutingId,
        /// Tag.
        tag: u8,
        /// Message code.
        code: MsgCode,
        /// Header bytes 8 to 11.
        dw2: u32,
        /// Header bytes 12 to 15.
        dw3: u32,
        /// Payload (whole DWs; only with a `MSGD_*` type).
        data: Vec<u8>,
    },
}

/// What a TLP is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TlpBody {
    /// Memory read or write.
    Mem(MemRequest),
    /// Completion.
    Completion(Completion),
    /// Configuration request.
    Config(ConfigRequest),
    /// Message.
    Message(Message),
}

/// A TLP: an optional PASID prefix and the body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tlp {
    /// The PASID End-End prefix, if any.
    pub prefix: Option<PasidPrefix>,
    /// Header and data.
    pub body: TlpBody,
}

// ---------------------------------------------------------------------------------------------
// Wire helpers
// ---------------------------------------------------------------------------------------------

/// Fmt of a Fmt/Type byte: its top `TlpFmt::WIDTH` bits.
fn fmt_of(ft: TlpFmtType) -> TlpFmt {
    TlpFmt(ft.0 >> (u8::BITS - TlpFmt::WIDTH))
}

/// Header size in DWs and whether data follows, from the Fmt.
fn header_shape(ft: TlpFmtType) -> Option<(usize, bool)> {
    match fmt_of(ft) {
        TlpFmt::NO_DATA_3DW => Some((TlpMemReq3dw::BYTES / DW_BYTES, false)),
        TlpFmt::DATA_3DW => Some((TlpMemReq3dw::BYTES / DW_BYTES, true)),
        TlpFmt::NO_DATA_4DW => Some((TlpMemReq4dw::BYTES / DW_BYTES, false)),
        TlpFmt::DATA_4DW => Some((TlpMemReq4dw::BYTES / DW_BYTES, true)),
        _ => None,
    }
}

/// The bytes of wire DWs, in wire order.
pub fn dws_to_bytes(dws: &[u32]) -> Vec<u8> {
    dws.iter().flat_map(|d| d.to_be_bytes()).collect()
}

/// Wire DWs of bytes in wire order (a length that is not a multiple of 4 is padded with zeros).
pub fn bytes_to_dws(bytes: &[u8]) -> Vec<u32> {
    bytes
        .chunks(DW_BYTES)
        .map(|c| {
            let mut b = [0u8; DW_BYTES];
            b[..c.len()].copy_from_slice(c);
            u32::from_be_bytes(b)
        })
        .collect()
}

fn header_bytes<const N: usize>(dws: &[u32]) -> [u8; N] {
    let mut out = [0u8; N];
    for (o, b) in out.iter_mut().zip(dws.iter().flat_map(|d| d.to_be_bytes())) {
        *o = b;
    }
    out
}

fn check_fit(field: &'static str, value: u64, max: u64) -> Result<(), TlpError> {
    if value > max {
        Err(TlpError::FieldRange { field, value })
    } else {
        Ok(())
    }
}

/// Length field of a DW count (1..=1024, 1024 encoded as 0).
fn length_field(length_dw: usize) -> Result<u16, TlpError> {
    if length_dw == 0 || length_dw > MAX_LENGTH_DW {
        return Err(TlpError::Payload(length_dw * DW_BYTES));
    }
    let max = TlpDw0(u32::MAX).length();
    Ok((length_dw as u16) & max)
}

/// DW count of a Length field.
fn length_dws(dw0: TlpDw0) -> usize {
    match dw0.length() {
        0 => MAX_LENGTH_DW,
        n => n as usize,
    }
}

fn payload_dws(data: &[u8]) -> Result<usize, TlpError> {
    if data.is_empty() || data.len() % DW_BYTES != 0 || data.len() > MAX_LENGTH_DW * DW_BYTES {
        return Err(TlpError::Payload(data.len()));
    }
    Ok(data.len() / DW_BYTES)
}

/// True for a contiguous run of enabled bytes that touches the given end of the DW.
fn be_contiguous_to_high(be: u8) -> bool {
    // Byte 3 set and the enabled bytes a run down from it: 1000, 1100, 1110, 1111.
    let be = be & FULL_BE;
    be != 0 && (be | (be - 1)) == FULL_BE
}

fn be_contiguous_from_low(be: u8) -> bool {
    // Byte 0 set and the enabled bytes a run up from it: 0001, 0011, 0111, 1111.
    let be = be & FULL_BE;
    be != 0 && (be & (be + 1)) == 0
}

/// The byte enable rules of PCIe Base 6.x 2.2.5 for a memory request: Length 1 has Last BE
/// 0000b; longer requests have both non-zero; beyond 2 DW (or a 2 DW request that is not
/// QW aligned) the enabled bytes are contiguous.
pub fn check_byte_enables(
    address: u64,
    length_dw: usize,
    first: u8,
    last: u8,
) -> Result<(), TlpError> {
    let bad = TlpError::ByteEnables { first, last, length_dw };
    if first > FULL_BE || last > FULL_BE {
        return Err(bad);
    }
    if length_dw == 1 {
        return if last == 0 { Ok(()) } else { Err(bad) };
    }
    if first == 0 || last == 0 {
        return Err(bad);
    }
    let qw_aligned = address % (2 * DW_BYTES as u64) == 0;
    if length_dw == 2 && qw_aligned {
        return Ok(());
    }
    if be_contiguous_to_high(first) && be_contiguous_from_low(last) {
        Ok(())
    } else {
        Err(bad)
    }
}

/// True when `length_dw` DWs from `address` cross a [`REQ_BOUNDARY_SIZE`] boundary.
pub fn crosses_boundary(address: u64, length_dw: usize) -> bool {
    let boundary = u64::from(REQ_BOUNDARY_SIZE);
    // A request that wraps past 2^64 crosses a boundary too.
    match address.checked_add((length_dw * DW_BYTES).saturating_sub(1) as u64) {
        Some(end) => address / boundary != end / boundary,
        None => true,
    }
}

fn dw0(ft: TlpFmtType, attrs: Attrs, at: At, length: u16) -> TlpDw0 {
    TlpDw0::default()
        .with_fmt_type(ft)
        .with_tc(attrs.tc)
        .with_attr(attrs.attr)
        .with_ep(attrs.poisoned)
        .with_at(at)
        .with_length(length)
}

fn attrs_of(d: TlpDw0) -> Attrs {
    Attrs { tc: d.tc(), attr: d.attr(), poisoned: d.ep() }
}

fn check_attrs(a: Attrs) -> Result<(), TlpError> {
    let all = TlpDw0(u32::MAX);
    check_fit("tc", a.tc.into(), all.tc().into())?;
    check_fit("attr", a.attr.into(), all.attr().into())
}

// ---------------------------------------------------------------------------------------------
// Encode
// ---------------------------------------------------------------------------------------------

impl Tlp {
    /// A TLP without prefix.
    pub fn new(body: TlpBody) -> Self {
        Tlp { prefix: None, body }
    }

    /// Whether a PASID prefix may precede this TLP (PCIe Base 6.x 6.20: memory requests, ATS
    /// invalidate requests, page requests and PRG responses).
    pub fn prefix_allowed(&self) -> bool {
        match &self.body {
            // Untranslated requests, and translation requests (reads); not translated ones.
            TlpBody::Mem(m) => {
                m.at == At::UNTRANSLATED || (!m.write && m.at == At::TRANSLATION_REQUEST)
            }
            body => matches!(
                body,
                TlpBody::Message(
                    Message::PageRequest(_)
                        | Message::PrgResponse { .. }
                        | Message::AtsInvalRequest { .. }
                )
            ),
        }
    }

    /// The Fmt/Type of the header.
    pub fn fmt_type(&self) -> TlpFmtType {
        match &self.body {
            TlpBody::Mem(m) => match (m.write, m.address > u64::from(u32::MAX)) {
                (false, false) => TlpFmtType::MRD32,
                (false, true) => TlpFmtType::MRD64,
                (true, false) => TlpFmtType::MWR32,
                (true, true) => TlpFmtType::MWR64,
            },
            TlpBody::Completion(c) if c.data.is_empty() => TlpFmtType::CPL,
            TlpBody::Completion(_) => TlpFmtType::CPLD,
            TlpBody::Config(c) => match (c.type1, c.write) {
                (false, false) => TlpFmtType::CFGRD0,
                (false, true) => TlpFmtType::CFGWR0,
                (true, false) => TlpFmtType::CFGRD1,
                (true, true) => TlpFmtType::CFGWR1,
            },
            TlpBody::Message(m) => match m {
                Message::PageRequest(_) => TlpFmtType::MSG_RC,
                Message::PrgResponse { .. } | Message::AtsInvalCompletion { .. } => {
                    TlpFmtType::MSG_ID
                }
                Message::AtsInvalRequest { .. } => TlpFmtType::MSGD_ID,
                Message::Other { fmt_type, .. } => *fmt_type,
            },
        }
    }

    /// Wire DWs of the TLP; an error for a value that breaks a rule [`Tlp::decode`] checks.
    pub fn encode(&self) -> Result<Vec<u32>, TlpError> {
        let mut out = Vec::new();
        if let Some(p) = self.prefix {
            if !self.prefix_allowed() {
                return Err(TlpError::PrefixNotAllowed(self.fmt_type()));
            }
            out.push(p.to_dw());
        }
        let ft = self.fmt_type();
        match &self.body {
            TlpBody::Mem(m) => encode_mem(&mut out, ft, m)?,
            TlpBody::Completion(c) => encode_cpl(&mut out, ft, c)?,
            TlpBody::Config(c) => encode_cfg(&mut out, ft, c)?,
            TlpBody::Message(m) => encode_msg(&mut out, ft, m)?,
        }
        Ok(out)
    }
}

fn encode_mem(out: &mut Vec<u32>, ft: TlpFmtType, m: &MemRequest) -> Result<(), TlpError> {
    check_attrs(m.attrs)?;
    if m.address % DW_BYTES as u64 != 0 {
        return Err(TlpError::FieldRange { field: "address", value: m.address });
    }
    let length = length_field(m.length_dw)?;
    if m.write && payload_dws(&m.data)? != m.length_dw {
        return Err(TlpError::Payload(m.data.len()));
    }
    if !m.write && !m.data.is_empty() {
        return Err(TlpError::Payload(m.data.len()));
    }
    check_fit("at", m.at.0.into(), TlpDw0(u32::MAX).at().0.into())?;
    check_byte_enables(m.address, m.length_dw, m.first_be, m.last_be)?;
    if crosses_boundary(m.address, m.length_dw) {
        return Err(TlpError::Crosses4k { address: m.address, length_dw: m.length_dw });
    }
    let d = dw0(ft, m.attrs, m.at, length);
    let rid = m.requester_id.to_bits();
    if m.address > u64::from(u32::MAX) {
        let h = TlpMemReq4dw::default()
            .with_dw0(d)
            .with_requester_id(rid)
            .with_tag(m.tag)
            .with_first_be(m.first_be)
            .with_last_be(m.last_be)
            .with_address(m.address >> 2);
        out.extend(bytes_to_dws(&h.to_be_bytes()));
    } else {
        let h = TlpMemReq3dw::default()
            .with_dw0(d)
            .with_requester_id(rid)
            .with_tag(m.tag)
            .with_first_be(m.first_be)
            .with_last_be(m.last_be)
            .with_address((m.address >> 2) as u32);
        out.extend(bytes_to_dws(&h.to_be_bytes()));
    }
    out.extend(bytes_to_dws(&m.data));
    Ok(())
}

fn encode_cpl(out: &mut Vec<u32>, ft: TlpFmtType, c: &Completion) -> Result<(), TlpError> {
    check_attrs(c.attrs)?;
    let all = TlpCpl([u32::MAX; 3]);
    check_fit("status", c.status.0.into(), all.status().0.into())?;
    check_fit("lower_address", c.lower_address.into(), all.lower_address().into())?;
    let max_bc = usize::from(all.byte_count()) + 1;
    if c.byte_count == 0 || c.byte_count > max_bc {
        return Err(TlpError::FieldRange { field: "byte_count", value: c.byte_count as u64 });
    }
    let length = if c.data.is_empty() { 0 } else { length_field(payload_dws(&c.data)?)? };
    let h = TlpCpl::default()
        .with_dw0(dw0(ft, c.attrs, At::UNTRANSLATED, length))
        .with_completer_id(c.completer_id.to_bits())
        .with_status(c.status)
        .with_bcm(c.bcm)
        .with_byte_count((c.byte_count % max_bc) as u16)
        .with_requester_id(c.requester_id.to_bits())
        .with_tag(c.tag)
        .with_lower_address(c.lower_address);
    out.extend(bytes_to_dws(&h.to_be_bytes()));
    out.extend(bytes_to_dws(&c.data));
    Ok(())
}

fn encode_cfg(out: &mut Vec<u32>, ft: TlpFmtType, c: &ConfigRequest) -> Result<(), TlpError> {
    check_fit("first_be", c.first_be.into(), FULL_BE.into())?;
    let all = TlpCfgReq([u32::MAX; 3]);
    let reg_bits = u32::BITS - u32::from(all.reg_num()).leading_zeros();
    let max_reg = (u64::from(all.ext_reg_num()) << reg_bits) | u64::from(all.reg_num());
    check_fit("register", c.register.into(), max_reg)?;
    // A read carries no data: its `data` must be the zeros `decode` gives back.
    if !c.write && c.data != [0u8; DW_BYTES] {
        return Err(TlpError::Payload(DW_BYTES));
    }
    let t = c.target;
    let h = TlpCfgReq::default()
        .with_dw0(dw0(ft, Attrs::default(), At::UNTRANSLATED, 1))
        .with_requester_id(c.requester_id.to_bits())
        .with_tag(c.tag)
        .with_first_be(c.first_be)
        .with_bus(t.bus())
        .with_device(t.device())
        .with_func(t.func())
        .with_ext_reg_num((c.register >> reg_bits) as u8)
        .with_reg_num((c.register as u8) & all.reg_num());
    out.extend(bytes_to_dws(&h.to_be_bytes()));
    if c.write {
        out.extend(bytes_to_dws(&c.data));
    }
    Ok(())
}

fn encode_msg(out: &mut Vec<u32>, ft: TlpFmtType, m: &Message) -> Result<(), TlpError> {
    let base = dw0(ft, Attrs::default(), At::UNTRANSLATED, 0);
    match m {
        Message::PageRequest(p) => {
            let all = TlpPageReq([u32::MAX; 4]);
            check_fit("prg_index", p.prg_index.into(), all.prg_index().into())?;
            let page = p.page_addr >> page_shift_of_page_req();
            if page << page_shift_of_page_req() != p.page_addr {
                return Err(TlpError::FieldRange { field: "page_addr", value: p.page_addr });
            }
            let h = TlpPageReq::default()
                .with_dw0(base)
                .with_requester_id(p.requester_id.to_bits())
                .with_tag(p.tag)
                .with_msg_code(MsgCode::PAGE_REQUEST)
                .with_page_addr(page)
                .with_prg_index(p.prg_index)
                .with_last(p.last)
                .with_write_access(p.write)
                .with_read_access(p.read);
            out.extend(bytes_to_dws(&h.to_be_bytes()));
        }
        Message::PrgResponse { requester_id, tag, destination_id, code, prg_index } => {
            let all = TlpPrgResp([u32::MAX; 4]);
            check_fit("prg_index", (*prg_index).into(), all.prg_index().into())?;
            check_fit("resp_code", code.0.into(), all.resp_code().0.into())?;
            let h = TlpPrgResp::default()
                .with_dw0(base)
                .with_requester_id(requester_id.to_bits())
                .with_tag(*tag)
                .with_msg_code(MsgCode::PRG_RESPONSE)
                .with_destination_id(destination_id.to_bits())
                .with_resp_code(*code)
                .with_prg_index(*prg_index);
            out.extend(bytes_to_dws(&h.to_be_bytes()));
        }
        Message::AtsInvalRequest { requester_id, itag, device_id, address, size, global } => {
            let all = TlpAtsInvalReq([u32::MAX; 4]);
            check_fit("itag", (*itag).into(), all.itag().into())?;
            let shift = page_shift_of_inval();
            if (address >> shift) << shift != *address {
                return Err(TlpError::FieldRange { field: "address", value: *address });
            }
            let payload = AtsInvalPayload::default()
                .with_untranslated_addr(address >> shift)
                .with_size(*size)
                .with_global_inval(*global);
            let bytes = payload.to_be_bytes();
            let len = length_field(bytes.len() / DW_BYTES)?;
            let h = TlpAtsInvalReq::default()
                .with_dw0(base.with_length(len))
                .with_requester_id(requester_id.to_bits())
                .with_itag(*itag)
                .with_msg_code(MsgCode::ATS_INVALIDATE_REQUEST)
                .with_device_id(device_id.to_bits());
            out.extend(bytes_to_dws(&h.to_be_bytes()));
            out.extend(bytes_to_dws(&bytes));
        }
        Message::AtsInvalCompletion { requester_id, tag, device_id, cc, itag_vector } => {
            let all = TlpAtsInvalCpl([u32::MAX; 4]);
            let max_cc = usize::from(all.cc()) + 1;
            if *cc == 0 || usize::from(*cc) > max_cc {
                return Err(TlpError::FieldRange { field: "cc", value: (*cc).into() });
            }
            let h = TlpAtsInvalCpl::default()
                .with_dw0(base)
                .with_requester_id(requester_id.to_bits())
                .with_tag(*tag)
                .with_msg_code(MsgCode::ATS_INVALIDATE_COMPLETION)
                .with_device_id(device_id.to_bits())
                .with_cc((usize::from(*cc) % max_cc) as u8)
                .with_itag_vector(*itag_vector);
            out.extend(bytes_to_dws(&h.to_be_bytes()));
        }
        Message::Other { fmt_type, requester_id, tag, code, dw2, dw3, data } => {
            let with_data = match message_kind(*fmt_type) {
                Some(d) => d,
                None => return Err(TlpError::UnsupportedType(*fmt_type)),
            };
            if known_message(*code).is_some() {
                return Err(TlpError::MessageFormat { code: *code, fmt_type: *fmt_type });
            }
            let length = if with_data {
                length_field(payload_dws(data)?)?
            } else if data.is_empty() {
                0
            } else {
                return Err(TlpError::Payload(data.len()));
            };
            let h = TlpMsg::default()
                .with_dw0(base.with_length(length))
                .with_requester_id(requester_id.to_bits())
                .with_tag(*tag)
                .with_msg_code(*code)
                .with_dw2(*dw2)
                .with_dw3(*dw3);
            out.extend(bytes_to_dws(&h.to_be_bytes()));
            out.extend(bytes_to_dws(data));
        }
    }
    Ok(())
}

/// Bit position of the page address field's LSB in a page request: the page address field
/// holds address bits `[63:12]`, so the shift is 64 minus its width.
fn page_shift_of_page_req() -> u32 {
    u64::BITS - (u64::BITS - TlpPageReq([u32::MAX; 4]).page_addr().leading_zeros())
}

fn page_shift_of_inval() -> u32 {
    u64::BITS - (u64::BITS - AtsInvalPayload(u64::MAX).untranslated_addr().leading_zeros())
}

/// For a message Fmt/Type: whether it carries data; None when it is not a message.
fn message_kind(ft: TlpFmtType) -> Option<bool> {
    match ft {
        TlpFmtType::MSG_RC
        | TlpFmtType::MSG_ADDR
        | TlpFmtType::MSG_ID
        | TlpFmtType::MSG_BCAST
        | TlpFmtType::MSG_LOCAL
        | TlpFmtType::MSG_GATHER => Some(false),
        TlpFmtType::MSGD_RC
        | TlpFmtType::MSGD_ADDR
        | TlpFmtType::MSGD_ID
        | TlpFmtType::MSGD_BCAST
        | TlpFmtType::MSGD_LOCAL
        | TlpFmtType::MSGD_GATHER => Some(true),
        _ => None,
    }
}

/// The Fmt/Type a message code this codec types must come with.
fn known_message(code: MsgCode) -> Option<TlpFmtType> {
    match code {
        MsgCode::PAGE_REQUEST => Some(TlpFmtType::MSG_RC),
        MsgCode::PRG_RESPONSE | MsgCode::ATS_INVALIDATE_COMPLETION => Some(TlpFmtType::MSG_ID),
        MsgCode::ATS_INVALIDATE_REQUEST => Some(TlpFmtType::MSGD_ID),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Decode
// ---------------------------------------------------------------------------------------------

impl Tlp {
    /// Decode wire DWs. Never panics: every malformed input is a [`TlpError`].
    pub fn decode(dws: &[u32]) -> Result<Tlp, TlpError> {
        let mut prefix = None;
        let mut i = 0;
        let (ft, d0) = loop {
            let Some(&dw) = dws.get(i) else {
                return Err(if i == 0 { TlpError::Empty } else { TlpError::PrefixWithoutHeader });
            };
            let d0 = TlpDw0(dw);
            let ft = d0.fmt_type();
            if fmt_of(ft) != TlpFmt::PREFIX {
                break (ft, d0);
            }
            // Local prefixes are Type 0xxxx (0x80..0x8F), End-End prefixes Type 1xxxx.
            if ft.0 < TlpFmtType::PREFIX_EXT_TPH.0 {
                return Err(TlpError::LocalPrefix(ft));
            }
            if ft != TlpFmtType::PREFIX_PASID {
                return Err(TlpError::UnsupportedEndEndPrefix(ft));
            }
            if prefix.is_some() {
                return Err(TlpError::DuplicatePasidPrefix);
            }
            prefix = Some(PasidPrefix::from_dw(dw));
            i += 1;
        };
        let Some((hdr_dws, has_data)) = header_shape(ft) else {
            return Err(TlpError::UnsupportedType(ft));
        };
        let rest = &dws[i..];
        if d0.td() {
            return Err(TlpError::Digest);
        }
        let is_msg = message_kind(ft).is_some();
        let data_dws = if has_data { length_dws(d0) } else { 0 };
        let need = hdr_dws + data_dws;
        if rest.len() < need {
            return Err(TlpError::Truncated { need: i + need, got: dws.len() });
        }
        if rest.len() > need {
            return Err(TlpError::TrailingData { need: i + need, got: dws.len() });
        }
        let hdr = &rest[..hdr_dws];
        let data = dws_to_bytes(&rest[hdr_dws..]);
        let body = match ft {
            TlpFmtType::MRD32 | TlpFmtType::MWR32 | TlpFmtType::MRD64 | TlpFmtType::MWR64 => {
                TlpBody::Mem(decode_mem(ft, d0, hdr, data)?)
            }
            TlpFmtType::CPL | TlpFmtType::CPLD => {
                let h = TlpCpl::from_be_bytes(header_bytes(hdr));
                let bc = match h.byte_count() {
                    0 => usize::from(TlpCpl([u32::MAX; 3]).byte_count()) + 1,
                    n => n.into(),
                };
                TlpBody::Completion(Completion {
                    completer_id: RoutingId(h.completer_id()),
                    status: h.status(),
                    bcm: h.bcm(),
                    byte_count: bc,
                    requester_id: RoutingId(h.requester_id()),
                    tag: h.tag(),
                    lower_address: h.lower_address(),
                    attrs: attrs_of(d0),
                    data,
                })
            }
            TlpFmtType::CFGRD0 | TlpFmtType::CFGWR0 | TlpFmtType::CFGRD1 | TlpFmtType::CFGWR1 => {
                let h = TlpCfgReq::from_be_bytes(header_bytes(hdr));
                if d0.length() != 1 {
                    return Err(TlpError::ConfigLength(length_dws(d0)));
                }
                if h.last_be() != 0 {
                    return Err(TlpError::ByteEnables {
                        first: h.first_be(),
                        last: h.last_be(),
                        length_dw: 1,
                    });
                }
                let all = TlpCfgReq([u32::MAX; 3]);
                let reg_bits = u32::BITS - u32::from(all.reg_num()).leading_zeros();
                let mut bytes = [0u8; DW_BYTES];
                bytes[..data.len()].copy_from_slice(&data);
                TlpBody::Config(ConfigRequest {
                    write: has_data,
                    type1: matches!(ft, TlpFmtType::CFGRD1 | TlpFmtType::CFGWR1),
                    requester_id: RoutingId(h.requester_id()),
                    tag: h.tag(),
                    first_be: h.first_be(),
                    target: RoutingId::default()
                        .with_bus(h.bus())
                        .with_device(h.device())
                        .with_func(h.func()),
                    register: (u16::from(h.ext_reg_num()) << reg_bits) | u16::from(h.reg_num()),
                    data: bytes,
                })
            }
            _ if is_msg => TlpBody::Message(decode_msg(ft, hdr, data)?),
            _ => return Err(TlpError::UnsupportedType(ft)),
        };
        let tlp = Tlp { prefix, body };
        if tlp.prefix.is_some() && !tlp.prefix_allowed() {
            return Err(TlpError::PrefixNotAllowed(ft));
        }
        Ok(tlp)
    }
}

fn decode_mem(
    ft: TlpFmtType,
    d0: TlpDw0,
    hdr: &[u32],
    data: Vec<u8>,
) -> Result<MemRequest, TlpError> {
    let write = matches!(ft, TlpFmtType::MWR32 | TlpFmtType::MWR64);
    let (rid, tag, first_be, last_be, address) = if hdr.len() == TlpMemReq4dw::BYTES / DW_BYTES {
        let h = TlpMemReq4dw::from_be_bytes(header_bytes(hdr));
        let address = h.address() << 2;
        if address <= u64::from(u32::MAX) {
            return Err(TlpError::Addr64Below4G(address));
        }
        (h.requester_id(), h.tag(), h.first_be(), h.last_be(), address)
    } else {
        let h = TlpMemReq3dw::from_be_bytes(header_bytes(hdr));
        (h.requester_id(), h.tag(), h.first_be(), h.last_be(), u64::from(h.address()) << 2)
    };
    let length_dw = length_dws(d0);
    check_byte_enables(address, length_dw, first_be, last_be)?;
    if crosses_boundary(address, length_dw) {
        return Err(TlpError::Crosses4k { address, length_dw });
    }
    Ok(MemRequest {
        write,
        requester_id: RoutingId(rid),
        tag,
        address,
        length_dw,
        first_be,
        last_be,
        at: d0.at(),
        attrs: attrs_of(d0),
        data,
    })
}

fn decode_msg(ft: TlpFmtType, hdr: &[u32], data: Vec<u8>) -> Result<Message, TlpError> {
    let generic = TlpMsg::from_be_bytes(header_bytes(hdr));
    let code = generic.msg_code();
    if let Some(want) = known_message(code) {
        if want != ft {
            return Err(TlpError::MessageFormat { code, fmt_type: ft });
        }
    }
    Ok(match code {
        MsgCode::PAGE_REQUEST => {
            let h = TlpPageReq::from_be_bytes(header_bytes(hdr));
            Message::PageRequest(PageRequest {
                requester_id: RoutingId(h.requester_id()),
                tag: h.tag(),
                page_addr: h.page_addr() << page_shift_of_page_req(),
                prg_index: h.prg_index(),
                last: h.last(),
                write: h.write_access(),
                read: h.read_access(),
            })
        }
        MsgCode::PRG_RESPONSE => {
            let h = TlpPrgResp::from_be_bytes(header_bytes(hdr));
            Message::PrgResponse {
                requester_id: RoutingId(h.requester_id()),
                tag: generic.tag(),
                destination_id: RoutingId(h.destination_id()),
                code: h.resp_code(),
                prg_index: h.prg_index(),
            }
        }
        MsgCode::ATS_INVALIDATE_REQUEST => {
            let h = TlpAtsInvalReq::from_be_bytes(header_bytes(hdr));
            if data.len() != AtsInvalPayload::BYTES {
                return Err(TlpError::Payload(data.len()));
            }
            let p = AtsInvalPayload::from_be_bytes(header_bytes(&bytes_to_dws(&data)));
            Message::AtsInvalRequest {
                requester_id: RoutingId(h.requester_id()),
                itag: h.itag(),
                device_id: RoutingId(h.device_id()),
                address: p.untranslated_addr() << page_shift_of_inval(),
                size: p.size(),
                global: p.global_inval(),
            }
        }
        MsgCode::ATS_INVALIDATE_COMPLETION => {
            let h = TlpAtsInvalCpl::from_be_bytes(header_bytes(hdr));
            let max_cc = TlpAtsInvalCpl([u32::MAX; 4]).cc() + 1;
            Message::AtsInvalCompletion {
                requester_id: RoutingId(h.requester_id()),
                tag: h.tag(),
                device_id: RoutingId(h.device_id()),
                cc: if h.cc() == 0 { max_cc } else { h.cc() },
                itag_vector: h.itag_vector(),
            }
        }
        _ => Message::Other {
            fmt_type: ft,
            requester_id: RoutingId(generic.requester_id()),
            tag: generic.tag(),
            code,
            dw2: generic.dw2(),
            dw3: generic.dw3(),
            data,
        },
    })
}
