//! One sort for the whole app: items ordered by a 64-bit key.
//!
//! Each `sort_unstable_by_key` on a different item or key type is its own
//! copy of the standard library's sort (about 3 KB of WebAssembly each, ten
//! of them before). Here every caller turns its key into a `u64` (the parts
//! packed most significant first with [`Key`]) and the one sort underneath,
//! [`sort_keyed`], is compiled once. Ties keep the items' present order, so
//! the result is the same on every run.

/// A sort key built from parts, most significant first. Each part takes a
/// fixed number of bits; a value too large for them counts as the largest
/// (so it sorts last among its kind instead of wrapping round).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Key {
    value: u64,
    used: u32,
}

impl Key {
    /// An empty key (every item equal).
    pub fn new() -> Key {
        Key::default()
    }

    /// Appends `value` in `bits` bits, saturating.
    pub fn then(self, value: u64, bits: u32) -> Key {
        let used = self.used + bits;
        assert!(bits > 0 && used <= 64, "a sort key has 64 bits");
        let max = if bits == 64 { u64::MAX } else { (1 << bits) - 1 };
        let value = if bits == 64 { value } else { (self.value << bits) | value.min(max) };
        Key { value, used }
    }

    /// The packed key: parts placed most significant first, compared as one
    /// number.
    pub fn get(self) -> u64 {
        if self.used == 0 {
            0
        } else {
            self.value << (64 - self.used)
        }
    }
}

/// Sorts `items` by `key` (ties keep their order) with the app's one sort.
pub fn sort_by_key<T: Copy>(items: &mut [T], key: impl Fn(T) -> u64) {
    let mut keyed: Vec<(u64, u32)> = items.iter().enumerate().map(|(i, &item)| (key(item), i as u32)).collect();
    sort_keyed(&mut keyed);
    let before = items.to_vec();
    for (slot, &(_, i)) in items.iter_mut().zip(&keyed) {
        *slot = before[i as usize];
    }
}

/// The one instantiation of the standard sort: by key, then by position.
#[inline(never)]
fn sort_keyed(keyed: &mut [(u64, u32)]) {
    keyed.sort_unstable();
}
