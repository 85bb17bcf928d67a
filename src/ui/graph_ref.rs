//! A shared, immutable graph for props.

use std::ops::Deref;
use std::rc::Rc;

use crate::domain::graph::Graph;

/// A graph shared between components. Props compare it by identity, not by
/// content: a graph never changes once loaded (loading another makes a new
/// `GraphRef`), and comparing 1,000 roles on every render would be waste.
#[derive(Debug, Clone)]
pub struct GraphRef(pub Rc<Graph>);

impl GraphRef {
    /// Wraps a loaded graph.
    pub fn new(graph: Graph) -> Self {
        GraphRef(Rc::new(graph))
    }
}

impl PartialEq for GraphRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for GraphRef {
    type Target = Graph;
    fn deref(&self) -> &Graph {
        &self.0
    }
}
