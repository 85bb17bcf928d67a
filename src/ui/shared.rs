//! Shared, immutable values for props, compared by identity.

use std::cell::OnceCell;
use std::ops::Deref;
use std::rc::Rc;

use crate::domain::graph::Graph;
use crate::domain::search::SearchIndex;

/// A value shared between components. Props compare it by identity, not by
/// content: these values never change once built (a new graph makes a new
/// `Shared`), and comparing a thousand roles on every render would be waste.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Shared<T> {
    /// Wraps a value.
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// The graph being explored.
pub type GraphRef = Shared<Graph>;

/// A graph's search index, built the first time it is asked for.
pub struct LazyIndex {
    graph: GraphRef,
    index: OnceCell<SearchIndex>,
}

impl LazyIndex {
    /// The index of `graph`, not built yet.
    pub fn new(graph: GraphRef) -> Self {
        LazyIndex { graph, index: OnceCell::new() }
    }

    /// The index, built now if it was not.
    pub fn get(&self) -> &SearchIndex {
        self.index.get_or_init(|| SearchIndex::new(&self.graph))
    }
}
