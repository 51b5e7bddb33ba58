//! The shape of the builder's state.
//!
//! The builder keeps one slot per settable field: `Unset` until the field is
//! set, `Set<T>` after. Slots sit in nested pairs forming a balanced binary
//! tree, so a slot is named by its path from the root (`L<R<L<H>>>`), about
//! log2(n) steps. A setter names only that path; generic impls in
//! `iamport::typestate` walk it. A flat list of n slots would make every
//! setter name all n of them: quadratic work for the compiler.

/// The deepest path with an alias in `iamport::typestate::path`
/// (`PATH_DEPTH` there).
const PATH_DEPTH: usize = 8;

/// A balanced binary tree over the slot indices `0..n`.
pub(crate) enum Tree {
    Empty,
    Leaf(usize),
    Node(Box<Tree>, Box<Tree>),
}

impl Tree {
    pub(crate) fn new(n: usize) -> Self {
        Self::range(0, n)
    }

    fn range(lo: usize, hi: usize) -> Self {
        match hi - lo {
            0 => Tree::Empty,
            1 => Tree::Leaf(lo),
            len => {
                let mid = lo + len / 2;
                Tree::Node(
                    Box::new(Self::range(lo, mid)),
                    Box::new(Self::range(mid, hi)),
                )
            }
        }
    }

    /// The path type of slot `i` as source text, under `ts` (the runtime's
    /// `typestate` module, such as `::iamport::typestate`): the alias
    /// `{ts}::path::PLRL` for `L<R<L<H>>>`, or the type spelled out when it
    /// is deeper than the aliases go.
    pub(crate) fn path(&self, i: usize, ts: &str) -> String {
        let mut steps = String::new();
        self.steps(i, &mut steps);
        if steps.is_empty() {
            format!("{ts}::H")
        } else if steps.len() <= PATH_DEPTH {
            format!("{ts}::path::P{steps}")
        } else {
            let mut ty = format!("{ts}::H");
            for step in steps.chars().rev() {
                ty = format!("{ts}::{step}<{ty}>");
            }
            ty
        }
    }

    fn steps(&self, i: usize, out: &mut String) {
        if let Tree::Node(a, b) = self {
            if a.contains(i) {
                out.push('L');
                a.steps(i, out);
            } else {
                out.push('R');
                b.steps(i, out);
            }
        }
    }

    fn contains(&self, i: usize) -> bool {
        match self {
            Tree::Empty => false,
            Tree::Leaf(j) => *j == i,
            Tree::Node(a, b) => a.contains(i) || b.contains(i),
        }
    }

    /// The tree's type and value with every slot holding `leaf`, as source
    /// text (built as text: nested `quote!` calls cost the macro more than
    /// the rest of a struct's state module).
    pub(crate) fn uniform(&self, leaf: &str) -> String {
        let mut out = String::new();
        self.uniform_into(leaf, &mut out);
        out
    }

    fn uniform_into(&self, leaf: &str, out: &mut String) {
        match self {
            Tree::Empty => out.push_str("()"),
            Tree::Leaf(_) => out.push_str(leaf),
            Tree::Node(a, b) => {
                out.push('(');
                a.uniform_into(leaf, out);
                out.push_str(", ");
                b.uniform_into(leaf, out);
                out.push(')');
            }
        }
    }

    /// The tree's type with slot `i` as generic parameter `__L{i}`, as
    /// source text.
    pub(crate) fn open_ty(&self) -> String {
        let mut out = String::new();
        self.open_ty_into(&mut out);
        out
    }

    fn open_ty_into(&self, out: &mut String) {
        match self {
            Tree::Empty => out.push_str("()"),
            Tree::Leaf(i) => {
                out.push_str("__L");
                out.push_str(&i.to_string());
            }
            Tree::Node(a, b) => {
                out.push('(');
                a.open_ty_into(out);
                out.push_str(", ");
                b.open_ty_into(out);
                out.push(')');
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Tree;

    /// Follows `steps` (`L`, `R`) from the root; the slot it ends on.
    fn walk(tree: &Tree, steps: &str) -> Option<usize> {
        let mut node = tree;
        for step in steps.chars() {
            let Tree::Node(a, b) = node else { return None };
            node = if step == 'L' { a } else { b };
        }
        match node {
            Tree::Leaf(i) => Some(*i),
            _ => None,
        }
    }

    /// For every width up to 600 slots, every slot's path leads to that
    /// slot and no other, and is about log2(n) steps long.
    #[test]
    fn every_path_leads_to_its_own_slot() {
        for n in 0..=600_usize {
            let tree = Tree::new(n);
            let depth_limit = usize::BITS - n.leading_zeros() + 1;
            for i in 0..n {
                let mut steps = String::new();
                tree.steps(i, &mut steps);
                assert_eq!(walk(&tree, &steps), Some(i), "n = {n}, slot {i}: {steps}");
                assert!(
                    steps.len() <= depth_limit as usize,
                    "n = {n}, slot {i}: {steps}"
                );
                let path = tree.path(i, "::k::typestate");
                assert!(path.starts_with("::k::typestate::"), "{path}");
            }
        }
    }
}
