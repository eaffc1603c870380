//! A quick hash for small maps asked very often (FxHash's): the parser's tables, the
//! search's syllables. Not for maps an input could flood: it makes no claim against that.

/// FxHash's hasher.
#[derive(Default, Clone, Copy)]
pub struct Fx(u64);

impl std::hash::Hasher for Fx {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or_default()));
        }
        chunks.remainder().iter().for_each(|&b| self.add(u64::from(b)));
    }

    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

impl Fx {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

pub type FxSet<T> = std::collections::HashSet<T, std::hash::BuildHasherDefault<Fx>>;
pub type FxMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fx>>;

/// A memo of a pure function of short strings: a direct-mapped table, one slot per hash
/// and the last key in it wins, so no input makes it slow or large.
pub struct Memo<V> {
    slots: Vec<Option<(Box<str>, V)>>,
}

impl<V> Memo<V> {
    /// A memo of `slots` slots (a power of two).
    pub fn new(slots: usize) -> Memo<V> {
        Memo { slots: std::iter::repeat_with(|| None).take(slots.next_power_of_two()).collect() }
    }

    /// `f(key)`, remembered.
    pub fn get(&mut self, key: &str, f: impl FnOnce(&str) -> V) -> &V {
        use std::hash::Hasher;
        let mut h = Fx::default();
        h.write(key.as_bytes());
        // (the top bits: a multiplicative hash mixes its input into them best)
        let bits = self.slots.len().trailing_zeros();
        let at = h.finish().checked_shr(64 - bits).unwrap_or(0) as usize;
        let slot = &mut self.slots[at];
        if slot.as_ref().is_none_or(|(k, _)| **k != *key) {
            *slot = Some((key.into(), f(key)));
        }
        &slot.as_ref().expect("the slot was just filled").1
    }
}
