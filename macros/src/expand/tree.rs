//! The shape of the builder's state.
//!
//! The builder keeps one slot per settable field: `Unset` until the field is
//! set, `Set<T>` after. Slots sit in `N<A, B>` nodes forming a balanced
//! binary tree, so a slot is named by its path from the root (`L<R<Lh>>`),
//! about log2(n) steps; the last step names a half of a node, so replacing a
//! slot needs no bound on what the slot held. A setter names only that path;
//! generic impls in `iamport::typestate` walk it. A flat list of n slots
//! would make every setter name all n of them: quadratic work for the
//! compiler. The root is always a node: a builder of one slot pads the
//! other half with `()`, one of no slots both.

/// The deepest path with an alias in `iamport::typestate::path`
/// (`PATH_DEPTH` there).
const PATH_DEPTH: usize = 8;

/// A balanced binary tree over the slot indices `0..n`.
pub(crate) enum Tree {
    /// The filler half of a root with fewer than two slots.
    Pad,
    Leaf(usize),
    Node(Box<Tree>, Box<Tree>),
}

impl Tree {
    pub(crate) fn new(n: usize) -> Self {
        match n {
            0 => Tree::Node(Box::new(Tree::Pad), Box::new(Tree::Pad)),
            1 => Tree::Node(Box::new(Tree::Leaf(0)), Box::new(Tree::Pad)),
            _ => Self::range(0, n),
        }
    }

    fn range(lo: usize, hi: usize) -> Self {
        match hi.saturating_sub(lo) {
            0 => Tree::Pad,
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
    /// `{ts}::path::PLRL` for `L<R<Lh>>`, or the type spelled out when it
    /// is deeper than the aliases go.
    pub(crate) fn path(&self, i: usize, ts: &str) -> String {
        let mut steps = String::new();
        self.steps(i, &mut steps);
        if steps.len() <= PATH_DEPTH {
            return format!("{ts}::path::P{steps}");
        }
        let mut chars = steps.chars().rev();
        let last = chars.next().unwrap_or('L');
        let mut ty = format!("{ts}::{last}h");
        for step in chars {
            ty = format!("{ts}::{step}<{ty}>");
        }
        ty
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
            Tree::Pad => false,
            Tree::Leaf(j) => *j == i,
            Tree::Node(a, b) => a.contains(i) || b.contains(i),
        }
    }

    /// The tree's type with each slot `i` written by `leaf(i)`, as source
    /// text (built as text: nested `quote!` calls cost the macro more than
    /// the rest of a struct's state module).
    pub(crate) fn ty(&self, ts: &str, leaf: &dyn Fn(usize) -> String) -> String {
        let mut out = String::new();
        self.write(&mut out, ts, "<", ">", "()", leaf);
        out
    }

    /// The tree as a pattern binding slot `i` to `__l{i}`.
    pub(crate) fn pattern(&self, ts: &str) -> String {
        let mut out = String::new();
        self.write(&mut out, ts, "(", ")", "_", &|i| format!("__l{i}"));
        out
    }

    /// The tree as a value with every slot `leaf`.
    pub(crate) fn value(&self, ts: &str, leaf: &str) -> String {
        let mut out = String::new();
        self.write(&mut out, ts, "(", ")", "()", &|_| leaf.to_owned());
        out
    }

    fn write(
        &self,
        out: &mut String,
        ts: &str,
        open: &str,
        close: &str,
        pad: &str,
        leaf: &dyn Fn(usize) -> String,
    ) {
        match self {
            Tree::Pad => out.push_str(pad),
            Tree::Leaf(i) => out.push_str(&leaf(*i)),
            Tree::Node(a, b) => {
                out.push_str(ts);
                out.push_str("::N");
                out.push_str(open);
                a.write(out, ts, open, close, pad, leaf);
                out.push_str(", ");
                b.write(out, ts, open, close, pad, leaf);
                out.push_str(close);
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
                assert!(!steps.is_empty(), "n = {n}, slot {i}");
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

    #[test]
    fn small_trees_have_a_node_at_the_root() {
        let ts = "t";
        assert_eq!(Tree::new(0).ty(ts, &|i| format!("L{i}")), "t::N<(), ()>");
        assert_eq!(Tree::new(1).ty(ts, &|i| format!("L{i}")), "t::N<L0, ()>");
        assert_eq!(Tree::new(1).pattern(ts), "t::N(__l0, _)");
        assert_eq!(
            Tree::new(3).ty(ts, &|i| format!("L{i}")),
            "t::N<L0, t::N<L1, L2>>"
        );
        assert_eq!(Tree::new(1).path(0, ts), "t::path::PL");
    }
}
