//! Address Translation Services on the device side: the translation request TLP, the
//! translation completion data entries, the S-bit range encoding, and the Address
//! Translation Cache (ATC) of a function.
//!
//! Layouts come from the generated `driver::regs::tlp` types (`TlpAtsTransReq3dw` /
//! `TlpAtsTransReq4dw`, `AtsCplEntry`, `AtsInvalPayload`); this module adds the rules that
//! tie them together (PCIe Base 6.x 10.2.2 translation requests, 10.2.3 translation
//! completions, 10.3 invalidations).

use driver::regs::pcie_ep_caps::RoutingId;
use driver::regs::tlp::{
    At, AtsCplEntry, TlpAtsTransReq3dw, TlpAtsTransReq4dw, TlpDw0, TlpFmtType,
};

use crate::tlp::{bytes_to_dws, dws_to_bytes, Attrs, Pasid, PasidPrefix, TlpError, DW_BYTES};

/// log2 of the smallest translation: the translated address field of a completion entry
/// holds address bits `[63:PAGE_SHIFT]` (as wide as the field leaves room for).
pub const PAGE_SHIFT: u32 = AtsCplEntry(u64::MAX).translated_addr().leading_zeros();
/// Smallest translation (4 KiB).
pub const PAGE_BYTES: u64 = 1 << PAGE_SHIFT;
/// DWs of one translation completion entry.
pub const ENTRY_DWS: usize = AtsCplEntry::BYTES / DW_BYTES;

/// The range an address with the S bit encodes (PCIe Base 6.x 10.2.3.2, also used by
/// invalidate requests, 10.3.1): S clear, the 4 KiB page of `addr`; S set, the lowest clear
/// address bit at or above bit 12 is bit `k`, and the range is `2^(k+1)` bytes, aligned.
/// Returns (base, size); None when S is set and every bit from 12 up is one (the whole
/// 64-bit space, 2^64 bytes, which does not fit a u64 size).
pub fn decode_range(addr: u64, s: bool) -> Option<(u64, u64)> {
    let page = addr >> PAGE_SHIFT << PAGE_SHIFT;
    if !s {
        return Some((page, PAGE_BYTES));
    }
    let ones = (page >> PAGE_SHIFT).trailing_ones();
    let bits = PAGE_SHIFT + ones + 1;
    if bits >= u64::BITS {
        return None;
    }
    let size = 1u64 << bits;
    Some((page & !(size - 1), size))
}

/// The address and S bit of a naturally aligned range of `size` bytes (a power of two of at
/// least 4 KiB) at `base`: the inverse of [`decode_range`].
pub fn encode_range(base: u64, size: u64) -> Result<(u64, bool), TlpError> {
    if !size.is_power_of_two() || size < PAGE_BYTES || base % size != 0 {
        return Err(TlpError::FieldRange { field: "translation size", value: size });
    }
    if size == PAGE_BYTES {
        return Ok((base, false));
    }
    // Bits 12 .. log2(size) - 2 set, bit log2(size) - 1 clear.
    let ones = (size >> 1) - 1;
    Ok((base | (ones & !(PAGE_BYTES - 1)), true))
}

/// An ATS translation request: a memory read with AT = Translation Request (PCIe Base 6.x
/// 10.2.2), the untranslated address of a page, Length 2 DW per translation asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TranslationRequest {
    /// The requesting function.
    pub requester_id: RoutingId,
    /// Tag (a non-posted request: the translation completion carries it back).
    pub tag: u8,
    /// Untranslated address (4 KiB aligned).
    pub address: u64,
    /// Translations asked for (adjacent pages), 1 to 512.
    pub translations: usize,
    /// No Write: read-only access is enough (the translation may be returned without W).
    pub no_write: bool,
    /// Traffic class and attributes.
    pub attrs: Attrs,
}

impl TranslationRequest {
    /// Wire DWs, after the PASID prefix if any: a 3 DW header below 4 GiB, else 4 DW; both
    /// byte enables all ones (PCIe Base 6.x 10.2.2).
    pub fn encode(&self, prefix: Option<PasidPrefix>) -> Result<Vec<u32>, TlpError> {
        let shift = PAGE_SHIFT;
        if self.address >> shift << shift != self.address {
            return Err(TlpError::FieldRange { field: "address", value: self.address });
        }
        let length_dw = self.translations * ENTRY_DWS;
        let max_len = usize::from(TlpDw0(u32::MAX).length()) + 1;
        if self.translations == 0 || length_dw > max_len {
            return Err(TlpError::FieldRange {
                field: "translations",
                value: self.translations as u64,
            });
        }
        let full = crate::tlp::FULL_BE;
        let mut out: Vec<u32> = prefix.map(PasidPrefix::to_dw).into_iter().collect();
        let wide = self.address > u64::from(u32::MAX);
        let ft = if wide { TlpFmtType::MRD64 } else { TlpFmtType::MRD32 };
        let dw0 = TlpDw0::default()
            .with_fmt_type(ft)
            .with_tc(self.attrs.tc)
            .with_attr(self.attrs.attr)
            .with_at(At::TRANSLATION_REQUEST)
            .with_length((length_dw % max_len) as u16);
        let rid = self.requester_id.to_bits();
        if wide {
            let h = TlpAtsTransReq4dw::default()
                .with_dw0(dw0)
                .with_requester_id(rid)
                .with_tag(self.tag)
                .with_first_be(full)
                .with_last_be(full)
                .with_untranslated_addr(self.address >> shift)
                .with_nw(self.no_write);
            out.extend(bytes_to_dws(&h.to_be_bytes()));
        } else {
            let h = TlpAtsTransReq3dw::default()
                .with_dw0(dw0)
                .with_requester_id(rid)
                .with_tag(self.tag)
                .with_first_be(full)
                .with_last_be(full)
                .with_untranslated_addr((self.address >> shift) as u32)
                .with_nw(self.no_write);
            out.extend(bytes_to_dws(&h.to_be_bytes()));
        }
        Ok(out)
    }

    /// Decode wire DWs that hold a translation request (an optional PASID prefix, then a
    /// memory read with AT = Translation Request). `None` when the TLP is not one.
    pub fn decode(dws: &[u32]) -> Result<Option<(Option<PasidPrefix>, Self)>, TlpError> {
        let (prefix, rest) = match dws.first() {
            Some(&d) if TlpDw0(d).fmt_type() == TlpFmtType::PREFIX_PASID => {
                (Some(PasidPrefix::from_dw(d)), &dws[1..])
            }
            Some(_) => (None, dws),
            None => return Err(TlpError::Empty),
        };
        let Some(&first) = rest.first() else { return Err(TlpError::PrefixWithoutHeader) };
        let d0 = TlpDw0(first);
        if d0.at() != At::TRANSLATION_REQUEST {
            return Ok(None);
        }
        let need = match d0.fmt_type() {
            TlpFmtType::MRD32 => TlpAtsTransReq3dw::BYTES / DW_BYTES,
            TlpFmtType::MRD64 => TlpAtsTransReq4dw::BYTES / DW_BYTES,
            _ => return Ok(None),
        };
        if rest.len() != need {
            return Err(TlpError::Truncated { need, got: rest.len() });
        }
        let bytes = dws_to_bytes(rest);
        let (rid, tag, first_be, last_be, page, nw) = if need == TlpAtsTransReq4dw::BYTES / 4 {
            let mut b = [0u8; TlpAtsTransReq4dw::BYTES];
            b.copy_from_slice(&bytes);
            let h = TlpAtsTransReq4dw::from_be_bytes(b);
            (h.requester_id(), h.tag(), h.first_be(), h.last_be(), h.untranslated_addr(), h.nw())
        } else {
            let mut b = [0u8; TlpAtsTransReq3dw::BYTES];
            b.copy_from_slice(&bytes);
            let h = TlpAtsTransReq3dw::from_be_bytes(b);
            let page = u64::from(h.untranslated_addr());
            (h.requester_id(), h.tag(), h.first_be(), h.last_be(), page, h.nw())
        };
        let length_dw = match d0.length() {
            0 => usize::from(TlpDw0(u32::MAX).length()) + 1,
            n => usize::from(n),
        };
        let full = crate::tlp::FULL_BE;
        if first_be != full || last_be != full || length_dw % ENTRY_DWS != 0 {
            return Err(TlpError::ByteEnables { first: first_be, last: last_be, length_dw });
        }
        Ok(Some((
            prefix,
            TranslationRequest {
                requester_id: RoutingId(rid),
                tag,
                address: page << PAGE_SHIFT,
                translations: length_dw / ENTRY_DWS,
                no_write: nw,
                attrs: Attrs { tc: d0.tc(), attr: d0.attr(), poisoned: d0.ep() },
            },
        )))
    }
}

/// One translation of a translation completion (PCIe Base 6.x 10.2.3).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Translation {
    /// Translated address of the first byte of the range.
    pub translated: u64,
    /// Bytes the translation covers (a power of two, at least 4 KiB, from the S bit).
    pub size: u64,
    /// R: reads permitted.
    pub read: bool,
    /// W: writes permitted.
    pub write: bool,
    /// Exe: execution permitted.
    pub execute: bool,
    /// Priv: the permissions are for privileged mode.
    pub privileged: bool,
    /// U: use untranslated requests only.
    pub untranslated_only: bool,
    /// Global: the translation holds for every PASID.
    pub global: bool,
    /// N: accesses must use No Snoop.
    pub no_snoop: bool,
}

impl Translation {
    /// Bytes of one completion entry.
    pub const ENTRY_BYTES: usize = AtsCplEntry::BYTES;

    /// From a completion entry; `FieldRange` for an S-bit range that does not fit 64 bits.
    pub fn from_entry(e: AtsCplEntry) -> Result<Self, TlpError> {
        let addr = e.translated_addr() << PAGE_SHIFT;
        let (translated, size) = decode_range(addr, e.size())
            .ok_or(TlpError::FieldRange { field: "translation size", value: addr })?;
        Ok(Translation {
            translated,
            size,
            read: e.read_perm(),
            write: e.write_perm(),
            execute: e.execute(),
            privileged: e.privileged(),
            untranslated_only: e.untranslated_only(),
            global: e.global_map(),
            no_snoop: e.no_snoop(),
        })
    }

    /// The completion entry (for a translation agent such as a test's root complex).
    pub fn to_entry(&self) -> Result<AtsCplEntry, TlpError> {
        let (addr, s) = encode_range(self.translated, self.size)?;
        Ok(AtsCplEntry::default()
            .with_translated_addr(addr >> PAGE_SHIFT)
            .with_size(s)
            .with_no_snoop(self.no_snoop)
            .with_global_map(self.global)
            .with_privileged(self.privileged)
            .with_execute(self.execute)
            .with_untranslated_only(self.untranslated_only)
            .with_write_perm(self.write)
            .with_read_perm(self.read))
    }

    /// Translations of a translation completion's data (whole entries, in address order).
    pub fn decode_data(data: &[u8]) -> Result<Vec<Self>, TlpError> {
        if data.is_empty() || data.len() % AtsCplEntry::BYTES != 0 {
            return Err(TlpError::Payload(data.len()));
        }
        data.chunks(AtsCplEntry::BYTES)
            .map(|c| {
                let mut b = [0u8; AtsCplEntry::BYTES];
                b.copy_from_slice(c);
                Translation::from_entry(AtsCplEntry::from_be_bytes(b))
            })
            .collect()
    }

    /// Completion data of these translations.
    pub fn encode_data(ts: &[Self]) -> Result<Vec<u8>, TlpError> {
        let mut out = Vec::new();
        for t in ts {
            out.extend_from_slice(&t.to_entry()?.to_be_bytes());
        }
        Ok(out)
    }

    /// Whether the translation grants an access (read or write, with execute). Read and
    /// write permissions are the same for privileged and unprivileged entries: the ATC keys
    /// its entries by the Privileged Mode Requested bit of the request.
    pub fn grants(&self, write: bool, execute: bool) -> bool {
        let rw = if write { self.write } else { self.read };
        rw && (!execute || self.execute)
    }
}

/// An ATC entry: one translation, for one address space (PASID or none) and privilege.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AtcEntry {
    /// PASID of the translation request (None: requests without PASID).
    pub pasid: Option<Pasid>,
    /// Privileged Mode Requested of the translation request.
    pub privileged: bool,
    /// Untranslated address of the first byte of the range.
    pub base: u64,
    /// The translation.
    pub translation: Translation,
    last_used: u64,
}

impl AtcEntry {
    /// Whether the entry serves a request of this address space and privilege at `addr`.
    fn serves(&self, pasid: Option<Pasid>, privileged: bool, addr: u64) -> bool {
        let space = self.pasid == pasid
            || (self.translation.global && self.pasid.is_some() && pasid.is_some());
        space && self.privileged == privileged && self.contains(addr)
    }

    fn contains(&self, addr: u64) -> bool {
        addr >= self.base && addr - self.base < self.translation.size
    }

    fn overlaps(&self, base: u64, size: u64) -> bool {
        self.base < base.saturating_add(size) && base < self.base + self.translation.size
    }

    /// Translated address of an untranslated `addr` inside the entry's range.
    pub fn translate(&self, addr: u64) -> u64 {
        self.translation.translated + (addr - self.base)
    }
}

/// The Address Translation Cache of a function: `capacity` entries, least recently used
/// evicted first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Atc {
    capacity: usize,
    entries: Vec<AtcEntry>,
    clock: u64,
}

impl Atc {
    /// An empty cache of `capacity` entries (0: translations are used once, never cached).
    pub fn new(capacity: usize) -> Self {
        Atc { capacity, entries: Vec::new(), clock: 0 }
    }

    /// The entries, in no particular order.
    pub fn entries(&self) -> &[AtcEntry] {
        &self.entries
    }

    /// Look up `addr` for this address space and privilege; a hit becomes the most recently
    /// used entry.
    pub fn lookup(
        &mut self,
        pasid: Option<Pasid>,
        privileged: bool,
        addr: u64,
    ) -> Option<AtcEntry> {
        self.clock += 1;
        let clock = self.clock;
        let e = self.entries.iter_mut().find(|e| e.serves(pasid, privileged, addr))?;
        e.last_used = clock;
        Some(*e)
    }

    /// Drop every entry.
    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// Look up like [`Atc::lookup`] without touching the recency of the entry.
    pub fn peek(&self, pasid: Option<Pasid>, privileged: bool, addr: u64) -> Option<&AtcEntry> {
        self.entries.iter().find(|e| e.serves(pasid, privileged, addr))
    }

    /// Cache a translation of the untranslated page `addr` (its range is aligned to the
    /// translation's size), replacing entries of the same address space and privilege that
    /// overlap it, evicting the least recently used entry when full. Returns the entry (not
    /// kept when the capacity is 0).
    pub fn insert(
        &mut self,
        pasid: Option<Pasid>,
        privileged: bool,
        addr: u64,
        translation: Translation,
    ) -> AtcEntry {
        self.clock += 1;
        let base = addr & !(translation.size - 1);
        let e = AtcEntry { pasid, privileged, base, translation, last_used: self.clock };
        self.entries.retain(|o| {
            !(o.pasid == pasid && o.privileged == privileged && o.overlaps(base, translation.size))
        });
        if self.capacity == 0 {
            return e;
        }
        while self.entries.len() >= self.capacity {
            let Some(lru) =
                self.entries.iter().enumerate().min_by_key(|(_, e)| e.last_used).map(|(i, _)| i)
            else {
                break;
            };
            self.entries.swap_remove(lru);
        }
        self.entries.push(e);
        e
    }

    /// Remove the entries an invalidate request hits (PCIe Base 6.x 10.3.1): those
    /// overlapping `[base, base + size)` of the request's PASID; without a PASID, every
    /// address space; with Global Invalidate, also the global entries of every PASID. Returns
    /// the entries removed.
    pub fn invalidate(
        &mut self,
        pasid: Option<Pasid>,
        base: u64,
        size: u64,
        global: bool,
    ) -> Vec<AtcEntry> {
        let mut removed = Vec::new();
        self.entries.retain(|e| {
            let space = match pasid {
                None => true,
                Some(p) => e.pasid == Some(p) || (global && e.translation.global),
            };
            let hit = space && e.overlaps(base, size);
            if hit {
                removed.push(*e);
            }
            !hit
        });
        removed
    }

    /// Whether a request of this address space at `[base, base + size)` could be served by a
    /// translation that an invalidation of (`pasid`, range, `global`) would remove.
    pub fn invalidation_hits(
        inval_pasid: Option<Pasid>,
        global: bool,
        (base, size): (u64, u64),
        pasid: Option<Pasid>,
        addr: u64,
    ) -> bool {
        let space = match inval_pasid {
            None => true,
            Some(p) => pasid == Some(p) || (global && pasid.is_some()),
        };
        space && addr >= base && addr - base < size
    }
}
