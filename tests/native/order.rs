//! The app's one sort (`domain::order`) against the standard stable sort.

use proptest::prelude::*;
use switchback::domain::order::{sort_by_key, Key};

#[test]
fn keys_pack_most_significant_first_and_saturate() {
    assert_eq!(Key::new().get(), 0);
    assert_eq!(Key::new().then(1, 1).get(), 1 << 63);
    let a = Key::new().then(1, 8).then(u64::MAX, 8).get();
    let b = Key::new().then(2, 8).then(0, 8).get();
    assert!(a < b, "the first part decides");
    assert_eq!(Key::new().then(300, 8).get(), Key::new().then(255, 8).get(), "too large counts as the largest");
    assert_eq!(Key::new().then(7, 64).get(), 7);
}

proptest! {
    /// Equal to a stable sort by the same tuple: ties keep their order.
    #[test]
    fn sorts_like_a_stable_sort(items in proptest::collection::vec((0u8..4, 0u32..6, any::<u16>()), 0..200)) {
        let mut ours = items.clone();
        sort_by_key(&mut ours, |(a, b, _)| Key::new().then(u64::from(a), 8).then(u64::from(b), 32).get());
        let mut std = items;
        std.sort_by_key(|&(a, b, _)| (a, b));
        prop_assert_eq!(ours, std);
    }
}
