//! Dense, typed indices for roles, skills and transitions.
//!
//! A validated graph addresses its items by position (file order); wrapping
//! each position in its own type keeps a role index from being used as a
//! skill index. They live apart from `graph` so that `skillset` (a bitset of
//! skill indices) and `graph` (which holds skill sets) do not import each
//! other.

macro_rules! index_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(u32);

        impl $name {
            /// Wraps a position.
            pub fn new(index: usize) -> Self {
                $name(u32::try_from(index).expect("graph larger than u32::MAX items"))
            }
            /// The position in its list.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

index_type!(
    /// Position of a role in [`Graph::roles`].
    RoleIx
);
index_type!(
    /// Position of a skill in [`Graph::skills`].
    SkillIx
);
index_type!(
    /// Position of a transition in [`Graph::transitions`].
    TransIx
);
