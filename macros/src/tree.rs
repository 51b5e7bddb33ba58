//! The shape of the builder's state.
//!
//! The builder keeps one slot per settable field: `Unset` until the field is
//! set, `Set<T>` after. Slots sit in nested pairs forming a balanced binary
//! tree, so a setter's impl names only the path from the root to its own slot
//! (about log2(n) generic parameters) instead of all n slots. That keeps the
//! generated code, and the compiler's work on it, close to linear in the
//! number of fields, where a flat list of slots would be quadratic.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};

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

    fn contains_any(&self, leaves: &[usize]) -> bool {
        match self {
            Tree::Empty => false,
            Tree::Leaf(i) => leaves.contains(i),
            Tree::Node(a, b) => a.contains_any(leaves) || b.contains_any(leaves),
        }
    }
}

/// The generic parameter that stands for slot `i`.
pub(crate) fn leaf_ty(i: usize) -> syn::Ident {
    format_ident!("__L{}", i, span = Span::mixed_site())
}

/// The variable that holds slot `i` once the state is taken apart.
pub(crate) fn leaf_var(i: usize) -> syn::Ident {
    format_ident!("__l{}", i, span = Span::mixed_site())
}

/// A view of the state that opens up the slots in `exposed` and leaves every
/// other subtree opaque, as one generic parameter each.
pub(crate) struct Skeleton {
    /// Generic parameters the view introduces (opaque subtrees and exposed slots).
    pub(crate) params: Vec<syn::Ident>,
    /// The state's type as seen through the view.
    pub(crate) ty: TokenStream,
    /// A pattern that takes the state apart into its variables.
    pub(crate) pat: TokenStream,
    /// The state's type after slot `replace` becomes `replacement_ty`.
    pub(crate) ty_out: TokenStream,
    /// An expression that puts the state back together with slot `replace`
    /// holding `replacement_expr`.
    pub(crate) expr_out: TokenStream,
}

impl Skeleton {
    /// Opens up `exposed`; slot `replace` (one of them, if any) is the one
    /// a setter changes.
    pub(crate) fn new(
        tree: &Tree,
        exposed: &[usize],
        replace: Option<(usize, &TokenStream, &TokenStream)>,
    ) -> Self {
        let mut out = Skeleton {
            params: Vec::new(),
            ty: TokenStream::new(),
            pat: TokenStream::new(),
            ty_out: TokenStream::new(),
            expr_out: TokenStream::new(),
        };
        let (ty, pat, ty_out, expr_out) = out.walk(tree, exposed, replace);
        out.ty = ty;
        out.pat = pat;
        out.ty_out = ty_out;
        out.expr_out = expr_out;
        out
    }

    fn walk(
        &mut self,
        tree: &Tree,
        exposed: &[usize],
        replace: Option<(usize, &TokenStream, &TokenStream)>,
    ) -> (TokenStream, TokenStream, TokenStream, TokenStream) {
        match tree {
            Tree::Empty => (quote!(()), quote!(()), quote!(()), quote!(())),
            Tree::Leaf(i) if exposed.contains(i) => {
                let ty = leaf_ty(*i);
                self.params.push(ty.clone());
                match replace {
                    Some((r, new_ty, new_expr)) if r == *i => {
                        (quote!(#ty), quote!(_), new_ty.clone(), new_expr.clone())
                    }
                    _ => {
                        let var = leaf_var(*i);
                        (quote!(#ty), quote!(#var), quote!(#ty), quote!(#var))
                    }
                }
            }
            Tree::Node(a, b) if tree.contains_any(exposed) => {
                let (at, ap, ao, ae) = self.walk(a, exposed, replace);
                let (bt, bp, bo, be) = self.walk(b, exposed, replace);
                (
                    quote!((#at, #bt)),
                    quote!((#ap, #bp)),
                    quote!((#ao, #bo)),
                    quote!((#ae, #be)),
                )
            }
            Tree::Leaf(_) | Tree::Node(..) => {
                let n = self.params.len();
                let ty = format_ident!("__T{}", n, span = Span::mixed_site());
                let var = format_ident!("__t{}", n, span = Span::mixed_site());
                self.params.push(ty.clone());
                (quote!(#ty), quote!(#var), quote!(#ty), quote!(#var))
            }
        }
    }
}

/// The state's type and value with every slot holding `leaf_ty` / `leaf_expr`.
pub(crate) fn uniform(
    tree: &Tree,
    leaf_ty: &TokenStream,
    leaf_expr: &TokenStream,
) -> (TokenStream, TokenStream) {
    match tree {
        Tree::Empty => (quote!(()), quote!(())),
        Tree::Leaf(_) => (leaf_ty.clone(), leaf_expr.clone()),
        Tree::Node(a, b) => {
            let (at, ae) = uniform(a, leaf_ty, leaf_expr);
            let (bt, be) = uniform(b, leaf_ty, leaf_expr);
            (quote!((#at, #bt)), quote!((#ae, #be)))
        }
    }
}
