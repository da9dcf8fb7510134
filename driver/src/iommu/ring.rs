//! Index arithmetic of the in-memory queues (`iommu_in_memory_queues.adoc`): a circular
//! buffer of 2^k entries, empty when head == tail, full when tail == head - 1, so one entry
//! always stays unused.

/// Geometry of one queue: `entries()` slots, indices wrap modulo that.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Ring {
    log2: u32,
}

impl Ring {
    /// A ring of `entries` slots; `None` unless a power of two of at least 2 that fits the
    /// 32-bit index registers.
    pub fn new(entries: u32) -> Option<Self> {
        (entries >= 2 && entries.is_power_of_two()).then(|| Ring { log2: entries.trailing_zeros() })
    }

    /// log2 of the number of entries (`LOG2SZ-1` + 1 in the base register).
    pub fn log2(self) -> u32 {
        self.log2
    }

    /// Number of slots.
    pub fn entries(self) -> u32 {
        1 << self.log2
    }

    /// Bytes of a buffer of `entry_bytes`-byte entries (`None` if that overflows `usize`).
    pub fn bytes(self, entry_bytes: usize) -> Option<usize> {
        usize::try_from(self.entries()).ok()?.checked_mul(entry_bytes)
    }

    /// Mask of the valid index bits.
    pub fn mask(self) -> u32 {
        self.entries() - 1
    }

    /// True when `index` is a slot of this ring (hardware-supplied indices are checked).
    pub fn contains(self, index: u32) -> bool {
        index <= self.mask()
    }

    /// The slot after `index`, wrapping.
    pub fn next(self, index: u32) -> u32 {
        index.wrapping_add(1) & self.mask()
    }

    /// Entries produced but not consumed.
    pub fn used(self, head: u32, tail: u32) -> u32 {
        tail.wrapping_sub(head) & self.mask()
    }

    /// Entries the producer may still write.
    #[cfg(test)]
    pub fn free(self, head: u32, tail: u32) -> u32 {
        self.mask() - self.used(head, tail)
    }

    /// True when the producer must wait (`tail == head - 1`).
    pub fn is_full(self, head: u32, tail: u32) -> bool {
        self.next(tail) == head
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn only_powers_of_two_of_at_least_two_entries() {
        assert_eq!(Ring::new(0), None);
        assert_eq!(Ring::new(1), None);
        assert_eq!(Ring::new(6), None);
        assert_eq!(Ring::new(2).map(Ring::log2), Some(1));
        assert_eq!(Ring::new(1 << 31).map(Ring::log2), Some(31));
    }

    #[test]
    fn wraps_at_the_end() {
        let r = Ring::new(8).unwrap();
        assert_eq!(r.next(7), 0);
        assert_eq!(r.used(6, 1), 3);
        assert!(r.is_full(0, 7));
        assert!(r.is_full(3, 2));
        assert!(!r.is_full(3, 3));
        assert_eq!(r.free(3, 3), 7);
    }

    proptest! {
        #[test]
        fn used_and_free_partition_all_but_one_slot(log2 in 1u32..12, head: u32, tail: u32) {
            let r = Ring::new(1 << log2).unwrap();
            let (h, t) = (head & r.mask(), tail & r.mask());
            prop_assert_eq!(r.used(h, t) + r.free(h, t), r.entries() - 1);
            prop_assert_eq!(r.is_full(h, t), r.free(h, t) == 0);
            prop_assert_eq!(r.used(h, t) == 0, h == t);
            // Producing one entry moves one slot from free to used.
            if !r.is_full(h, t) {
                prop_assert_eq!(r.used(h, r.next(t)), r.used(h, t) + 1);
            }
        }
    }
}
