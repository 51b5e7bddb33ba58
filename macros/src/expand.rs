//! Turns the checked model into the builder's code.
//!
//! Every standard item is named by its full path (`::core::option::Option`),
//! runtime support comes from `::iamport::__private`, and every identifier the
//! macro makes up starts with `__`, so a user's own items can't shadow them.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use crate::ast::{Container, Field, GroupKind, Kind, unraw};
use crate::tree::{self, Skeleton, Tree};

/// Everything the generators share about one struct.
struct Gen<'c, 'a> {
    cont: &'c Container<'a>,
    krate: TokenStream,
    builder: syn::Ident,
    module: syn::Ident,
    tree: Tree,
    /// `slots[k]` is the field index of slot `k` (fixed fields have no slot).
    slots: Vec<usize>,
    /// The struct's generic arguments, in order, without angle brackets.
    args: Vec<TokenStream>,
}

/// Generates the builder for a struct that passed every check.
pub(crate) fn expand(cont: &Container<'_>) -> TokenStream {
    let slots: Vec<usize> = cont
        .fields
        .iter()
        .enumerate()
        .filter(|(_, f)| !matches!(f.kind(), Kind::Fixed(_)))
        .map(|(i, _)| i)
        .collect();
    let args = cont
        .generics
        .params
        .iter()
        .map(|p| match p {
            syn::GenericParam::Lifetime(l) => {
                let l = &l.lifetime;
                quote!(#l)
            }
            syn::GenericParam::Type(t) => {
                let t = &t.ident;
                quote!(#t)
            }
            syn::GenericParam::Const(c) => {
                let c = &c.ident;
                quote!(#c)
            }
        })
        .collect();
    let g = Gen {
        cont,
        krate: quote!(::iamport),
        builder: format_ident!("{}Builder", cont.ident),
        module: format_ident!("__{}Builder", cont.ident),
        tree: Tree::new(slots.len()),
        slots,
        args,
    };
    let builder_struct = g.builder_struct();
    let start = g.start_fn();
    let module = g.check_module();
    let setters = g.slots.iter().enumerate().map(|(k, &i)| g.setters(k, i));
    let build = g.build_fn();
    let deserialize = g.deserialize();
    quote! {
        #builder_struct
        #start
        #module
        #(#setters)*
        #build
        #deserialize
    }
}

impl Gen<'_, '_> {
    fn slot_of(&self, field_index: usize) -> Option<usize> {
        self.slots.iter().position(|&i| i == field_index)
    }

    fn field_named(&self, ident: &syn::Ident) -> Option<usize> {
        let name = unraw(ident);
        self.cont.fields.iter().position(|f| f.name() == name)
    }

    /// `impl<...>` generics: the struct's own (bounds kept, defaults dropped)
    /// followed by `extra`.
    fn impl_generics(&self, extra: &[syn::Ident]) -> TokenStream {
        let params = self.cont.generics.params.iter().map(param_without_default);
        let params: Vec<TokenStream> = params.chain(extra.iter().map(|e| quote!(#e))).collect();
        if params.is_empty() {
            quote!()
        } else {
            quote!(<#(#params),*>)
        }
    }

    fn where_clause(&self) -> TokenStream {
        let wc = &self.cont.generics.where_clause;
        quote!(#wc)
    }

    fn struct_ty(&self) -> TokenStream {
        let ident = self.cont.ident;
        let args = &self.args;
        if args.is_empty() {
            quote!(#ident)
        } else {
            quote!(#ident<#(#args),*>)
        }
    }

    fn builder_ty(&self, state: &TokenStream) -> TokenStream {
        let builder = &self.builder;
        let args = &self.args;
        quote!(#builder<#(#args,)* #state>)
    }

    fn attrs(&self) -> TokenStream {
        quote! {
            #[automatically_derived]
            #[allow(unused_qualifications, clippy::all, clippy::pedantic)]
        }
    }

    fn builder_struct(&self) -> TokenStream {
        let builder = &self.builder;
        let vis = self.cont.vis;
        let ident = self.cont.ident;
        let state = format_ident!("__S", span = Span::mixed_site());
        let generics = self.impl_generics(std::slice::from_ref(&state));
        let wc = self.where_clause();
        let struct_ty = self.struct_ty();
        let doc = format!(
            "Builder for [`{ident}`], made by [`{ident}::builder()`](#method.build).\n\n\
             Call one setter per field, then `build()`. The compiler checks that every \
             required field is set once, and no field twice. `S` records which fields \
             are set; it is an implementation detail."
        )
        .replace("(#method.build)", &format!("({ident}::builder)"));
        let must_use = format!(
            "the builder does nothing until you call `build()` on it to get a `{ident}`"
        );
        let builder_ty = self.builder_ty(&quote!(#state));
        let name = builder.to_string();
        let attrs = self.attrs();
        quote! {
            #[doc = #doc]
            #[must_use = #must_use]
            #vis struct #builder #generics #wc {
                __state: #state,
                __marker: ::core::marker::PhantomData<fn() -> #struct_ty>,
            }

            #attrs
            impl #generics ::core::fmt::Debug for #builder_ty #wc {
                fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    __f.debug_struct(#name).finish_non_exhaustive()
                }
            }
        }
    }

    fn start_fn(&self) -> TokenStream {
        let Gen { krate, builder, .. } = self;
        let vis = self.cont.vis;
        let ident = self.cont.ident;
        let generics = self.impl_generics(&[]);
        let wc = self.where_clause();
        let struct_ty = self.struct_ty();
        let (state_ty, state_expr) = tree::uniform(
            &self.tree,
            &quote!(#krate::__private::Unset),
            &quote!(#krate::__private::Unset),
        );
        let builder_ty = self.builder_ty(&state_ty);
        let doc = format!(
            "Starts a builder for [`{ident}`]: set its fields with the builder's setters, \
             then call `build()`. A required field left unset, or a field set twice, \
             is a compile error that names the field."
        );
        let attrs = self.attrs();
        quote! {
            #attrs
            impl #generics #struct_ty #wc {
                #[doc = #doc]
                #[inline]
                #vis fn builder() -> #builder_ty {
                    #builder {
                        __state: #state_expr,
                        __marker: ::core::marker::PhantomData,
                    }
                }
            }
        }
    }

    fn is_set_trait(field: &Field<'_>) -> syn::Ident {
        format_ident!("{}_is_set", field.name())
    }

    fn is_unset_trait(field: &Field<'_>) -> syn::Ident {
        format_ident!("{}_is_unset", field.name())
    }

    fn group_unset_trait(group: &syn::Ident, member: &Field<'_>) -> syn::Ident {
        format_ident!("{}__{}_is_unset", unraw(group), member.name())
    }

    fn group_one_trait(group: &syn::Ident) -> syn::Ident {
        format_ident!("{}__one_is_set", unraw(group))
    }

    /// The hidden module of marker traits whose `on_unimplemented` messages
    /// name the field or group in plain words.
    fn check_module(&self) -> TokenStream {
        let Gen { krate, module, .. } = self;
        let vis = self.cont.vis;
        let private = quote!(#krate::__private);
        let mut items = Vec::new();
        for &i in &self.slots {
            let field = &self.cont.fields[i];
            let name = field.name();
            let setter = unraw(field.setter());
            let unset = Self::is_unset_trait(field);
            let message = format!("field `{name}` is set twice");
            let label = format!("`{name}` was already set");
            let note = format!(
                "each field is set once; remove one of the `.{setter}(...)` calls"
            );
            items.push(quote! {
                #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
                pub trait #unset: #private::Sealed {}
                impl #unset for #private::Unset {}
            });
            if let Kind::Required = field.kind() {
                let set = Self::is_set_trait(field);
                let message = format!("missing required field `{name}`");
                let label = format!("`{name}` is not set");
                let note = format!("set it with `.{setter}(...)` before calling `.build()`");
                items.push(quote! {
                    #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
                    pub trait #set<__V>: #private::Sealed {
                        #[doc(hidden)]
                        fn __value(self) -> __V;
                    }
                    impl<__V> #set<__V> for #private::Set<__V> {
                        #[inline(always)]
                        fn __value(self) -> __V {
                            self.0
                        }
                    }
                });
            }
        }
        for group in &self.cont.attrs.groups {
            let gname = unraw(&group.name);
            let members: Vec<&Field<'_>> = group
                .members
                .iter()
                .filter_map(|m| self.field_named(m).map(|i| &self.cont.fields[i]))
                .collect();
            let list = members
                .iter()
                .map(|f| format!("`{}`", f.name()))
                .collect::<Vec<_>>()
                .join(", ");
            for member in &members {
                let tr = Self::group_unset_trait(&group.name, member);
                let message = format!(
                    "group `{gname}` takes {} of {list}, but `{}` is already set",
                    group.kind.words(),
                    member.name()
                );
                let label = format!("`{}` is already set", member.name());
                let note = format!(
                    "`#[builder({}({gname} = (...)))]` allows {} of these fields",
                    group.kind.keyword(),
                    group.kind.words()
                );
                items.push(quote! {
                    #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
                    pub trait #tr: #private::Sealed {}
                    impl #tr for #private::Unset {}
                });
            }
            if group.kind == GroupKind::ExactlyOne {
                let tr = Self::group_one_trait(&group.name);
                let message =
                    format!("group `{gname}` needs exactly one of {list}, and none is set");
                let label = format!("set one of {list} before calling `.build()`");
                let impls = (0..members.len()).map(|k| {
                    let params: Vec<syn::Ident> =
                        (k + 1..members.len()).map(|j| format_ident!("__G{}", j)).collect();
                    let elems = (0..members.len()).map(|j| {
                        if j < k {
                            quote!(#private::Unset)
                        } else if j == k {
                            quote!(#private::Set<__V>)
                        } else {
                            let p = format_ident!("__G{}", j);
                            quote!(#p)
                        }
                    });
                    quote! {
                        impl<__V, #(#params),*> #tr for #private::Slots<(#(#elems,)*)> {}
                    }
                });
                items.push(quote! {
                    #[diagnostic::on_unimplemented(message = #message, label = #label)]
                    pub trait #tr: #private::Sealed {}
                    #(#impls)*
                });
            }
        }
        let doc = format!(
            "Compile-time checks of [`{}`]'s builder; not public API.",
            self.cont.ident
        );
        quote! {
            #[doc = #doc]
            #[doc(hidden)]
            #[allow(non_camel_case_types, non_snake_case, missing_docs, unreachable_pub)]
            #vis mod #module {
                #(#items)*
            }
        }
    }

    fn setter_docs(field: &Field<'_>, kind: &Kind<'_>, maybe: bool) -> TokenStream {
        let docs = &field.docs;
        let name = field.name();
        let tail = match kind {
            Kind::Required => "**Required.**".to_owned(),
            Kind::Optional { default: None, .. } => {
                "*Optional*: `None` when not set.".to_owned()
            }
            Kind::Optional {
                default: Some(expr),
                ..
            }
            | Kind::Default(Some(expr)) => format!(
                "*Optional*: `{}` when not set.",
                quote!(#expr).to_string()
            ),
            Kind::Default(None) => "*Optional*: `Default::default()` when not set.".to_owned(),
            Kind::Fixed(_) => String::new(),
        };
        let lead = if maybe {
            let setter = unraw(field.setter());
            format!(
                "Sets `{name}` from an `Option`: `None` leaves it unset, like not calling `{setter}`."
            )
        } else {
            String::new()
        };
        if maybe {
            quote! {
                #[doc = #lead]
                #[doc = ""]
                #(#docs)*
                #[doc = ""]
                #[doc = #tail]
            }
        } else if docs.is_empty() {
            let lead = format!("Sets `{name}`.");
            quote! {
                #[doc = #lead]
                #[doc = ""]
                #[doc = #tail]
            }
        } else {
            quote! {
                #(#docs)*
                #[doc = ""]
                #[doc = #tail]
            }
        }
    }

    /// The setters of slot `k` (field `i`): `x(T)`, plus `maybe_x(Option<T>)`
    /// for an `Option` field.
    fn setters(&self, k: usize, i: usize) -> TokenStream {
        let Gen { krate, module, .. } = self;
        let field = &self.cont.fields[i];
        let kind = field.kind();
        let vis = self.cont.vis;
        let ty = field.ty;
        let into = field.attrs.into.is_some() || self.cont.attrs.into.is_some();
        let value = format_ident!("value", span = field.ident.span());

        // Slots whose state this setter checks: its own, and the other
        // members of its group.
        let mut exposed = vec![k];
        let mut bounds = vec![{
            let tr = Self::is_unset_trait(field);
            let l = tree::leaf_ty(k);
            quote!(#l: #module::#tr)
        }];
        for group in &self.cont.attrs.groups {
            let fname = field.name();
            if !group.members.iter().any(|m| unraw(m) == fname) {
                continue;
            }
            for member in &group.members {
                let Some(j) = self.field_named(member) else { continue };
                if j == i {
                    continue;
                }
                let Some(slot) = self.slot_of(j) else { continue };
                if exposed.contains(&slot) {
                    continue;
                }
                exposed.push(slot);
                let tr = Self::group_unset_trait(&group.name, &self.cont.fields[j]);
                let l = tree::leaf_ty(slot);
                bounds.push(quote!(#l: #module::#tr));
            }
        }

        let set_ty = quote!(#krate::__private::Set<#ty>);
        let set_expr = quote!(#krate::__private::Set(__v));
        let skel = Skeleton::new(&self.tree, &exposed, Some((k, &set_ty, &set_expr)));
        let generics = self.impl_generics(&skel.params);
        let wc = self.where_clause();
        let self_ty = self.builder_ty(&skel.ty);
        let out_ty = self.builder_ty(&skel.ty_out);
        let pat = &skel.pat;
        let expr_out = &skel.expr_out;
        let builder = &self.builder;
        let setter = field.setter();
        let attrs = self.attrs();
        let into_fn = quote!(::core::convert::Into::into);

        let body = |convert: TokenStream| {
            quote! {
                let __v: #ty = #convert;
                let #pat = self.__state;
                #builder {
                    __state: #expr_out,
                    __marker: ::core::marker::PhantomData,
                }
            }
        };
        let docs = Self::setter_docs(field, &kind, false);
        let mut methods = Vec::new();
        match kind {
            Kind::Optional { inner, .. } => {
                let (arg_ty, convert) = if into {
                    (
                        quote_spanned!(inner.span()=> impl ::core::convert::Into<#inner>),
                        quote!(::core::option::Option::Some(#into_fn(#value))),
                    )
                } else {
                    (quote!(#inner), quote!(::core::option::Option::Some(#value)))
                };
                let b = body(convert);
                methods.push(quote! {
                    #docs
                    #[inline]
                    #vis fn #setter(self, #value: #arg_ty) -> #out_ty where #(#bounds),* { #b }
                });
                let maybe = field.maybe_setter();
                let docs = Self::setter_docs(field, &kind, true);
                let b = body(quote!(#value));
                methods.push(quote! {
                    #docs
                    #[inline]
                    #vis fn #maybe(self, #value: ::core::option::Option<#inner>) -> #out_ty where #(#bounds),* { #b }
                });
            }
            Kind::Required | Kind::Default(_) => {
                let (arg_ty, convert) = if into {
                    (
                        quote_spanned!(ty.span()=> impl ::core::convert::Into<#ty>),
                        quote!(#into_fn(#value)),
                    )
                } else {
                    (quote!(#ty), quote!(#value))
                };
                let b = body(convert);
                methods.push(quote! {
                    #docs
                    #[inline]
                    #vis fn #setter(self, #value: #arg_ty) -> #out_ty where #(#bounds),* { #b }
                });
            }
            Kind::Fixed(_) => {}
        }
        quote! {
            #attrs
            impl #generics #self_ty #wc {
                #(#methods)*
            }
        }
    }

    fn build_fn(&self) -> TokenStream {
        let Gen { krate, module, .. } = self;
        let private = quote!(#krate::__private);
        let vis = self.cont.vis;
        let ident = self.cont.ident;
        let all: Vec<usize> = (0..self.slots.len()).collect();
        let skel = Skeleton::new(&self.tree, &all, None);
        let generics = self.impl_generics(&skel.params);
        let wc = self.where_clause();
        let self_ty = self.builder_ty(&skel.ty);
        let pat = &skel.pat;
        let struct_ty = self.struct_ty();

        let mut bounds = Vec::new();
        let mut inits = Vec::new();
        for (i, field) in self.cont.fields.iter().enumerate() {
            let fid = field.ident;
            let ty = field.ty;
            let slot = self.slot_of(i);
            let (l, v) = match slot {
                Some(s) => (tree::leaf_ty(s), tree::leaf_var(s)),
                None => (format_ident!("__unused"), format_ident!("__unused")),
            };
            match field.kind() {
                Kind::Required => {
                    let tr = Self::is_set_trait(field);
                    bounds.push(quote!(#l: #module::#tr<#ty>));
                    inits.push(quote!(#fid: #module::#tr::<#ty>::__value(#v)));
                }
                Kind::Optional { default, .. } => {
                    bounds.push(quote!(#l: #private::Optional<#ty>));
                    let fallback = match default {
                        Some(expr) => quote_spanned!(expr.span()=> #expr),
                        None => quote!(::core::option::Option::None),
                    };
                    inits.push(quote!(#fid: #private::Optional::<#ty>::or_else(#v, || #fallback)));
                }
                Kind::Default(default) => {
                    bounds.push(quote!(#l: #private::Optional<#ty>));
                    let fallback = match default {
                        Some(expr) => quote_spanned!(expr.span()=> #expr),
                        None => quote!(<#ty as ::core::default::Default>::default()),
                    };
                    inits.push(quote!(#fid: #private::Optional::<#ty>::or_else(#v, || #fallback)));
                }
                Kind::Fixed(expr) => {
                    inits.push(quote_spanned!(expr.span()=> #fid: #expr));
                }
            }
        }
        for group in &self.cont.attrs.groups {
            if group.kind != GroupKind::ExactlyOne {
                continue;
            }
            let leaves = group
                .members
                .iter()
                .filter_map(|m| self.field_named(m))
                .filter_map(|i| self.slot_of(i))
                .map(tree::leaf_ty);
            let tr = Self::group_one_trait(&group.name);
            bounds.push(quote!(#private::Slots<(#(#leaves,)*)>: #module::#tr));
        }

        let value = quote!(#ident { #(#inits,)* });
        let (ret, body, doc) = if self.cont.attrs.validate.is_some() {
            (
                quote!(::core::result::Result<#struct_ty, <#struct_ty as #krate::Validate>::Error>),
                quote! {
                    let __value: #struct_ty = #value;
                    match <#struct_ty as #krate::Validate>::validate(&__value) {
                        ::core::result::Result::Ok(()) => ::core::result::Result::Ok(__value),
                        ::core::result::Result::Err(__e) => ::core::result::Result::Err(__e),
                    }
                },
                format!(
                    "Builds the [`{ident}`] and checks it with its `iamport::Validate` rules.\n\n\
                     Compiles only when every required field is set.\n\n\
                     # Errors\n\nReturns the type's own error when a rule that spans fields does not hold."
                ),
            )
        } else {
            (
                struct_ty.clone(),
                value.clone(),
                format!(
                    "Builds the [`{ident}`].\n\nCompiles only when every required field is set: \
                     the compiler names each one that is missing."
                ),
            )
        };
        let attrs = self.attrs();
        quote! {
            #attrs
            impl #generics #self_ty #wc {
                #[doc = #doc]
                #[inline]
                #vis fn build(self) -> #ret where #(#bounds),* {
                    let #pat = self.__state;
                    #body
                }
            }
        }
    }

    /// With `#[builder(deserialize)]`: a `Deserialize` impl that reads the
    /// same JSON as a plain serde derive would (through a private twin struct
    /// that carries the same serde attributes), then applies the builder's
    /// rules: the defaults of `#[builder(default)]` fields, the value of
    /// `fixed` fields, the groups, and `Validate`. So a payload that the
    /// builder could not have produced fails to parse.
    fn deserialize(&self) -> TokenStream {
        if self.cont.attrs.deserialize.is_none() {
            return TokenStream::new();
        }
        let Gen { krate, .. } = self;
        let serde = quote!(#krate::__private::serde);
        let serde_path = format!("{krate}::__private::serde").replace(' ', "");
        let ident = self.cont.ident;
        let twin = format_ident!("__{}Unchecked", ident);
        let generics = self.impl_generics(&[]);
        let wc = self.where_clause();
        let struct_ty = self.struct_ty();
        let args = &self.args;
        let twin_ty = if args.is_empty() {
            quote!(#twin)
        } else {
            quote!(#twin<#(#args),*>)
        };
        let container_serde = &self.cont.serde_attrs;
        let lifetime = syn::Lifetime::new("'__de", Span::call_site());
        let mut impl_params: Vec<TokenStream> = vec![quote!(#lifetime)];
        // Lifetimes come first: `'__de`, then the struct's own.
        impl_params.extend(self.cont.generics.params.iter().map(param_without_default));
        let extra_where = quote!(#twin_ty: #serde::Deserialize<#lifetime>);
        let where_clause = match &self.cont.generics.where_clause {
            Some(wc) => {
                let preds = &wc.predicates;
                quote!(where #preds, #extra_where)
            }
            None => quote!(where #extra_where),
        };

        let mut twin_fields = Vec::new();
        let mut inits = Vec::new();
        let mut checks = Vec::new();
        let mut default_fns = Vec::new();
        for field in &self.cont.fields {
            let fid = field.ident;
            let ty = field.ty;
            let attrs = &field.serde_attrs;
            let has_serde_default = field
                .serde_attrs
                .iter()
                .any(|a| mentions_default(&a.meta));
            let mut extra = TokenStream::new();
            match field.kind() {
                Kind::Default(default) | Kind::Optional { default, .. }
                    if !has_serde_default && !matches!((&field.kind(), default), (Kind::Optional { .. }, None)) =>
                {
                    let fname = format_ident!("__default_{}", field.name());
                    let expr = match default {
                        Some(e) => quote!(#e),
                        None => quote!(<#ty as ::core::default::Default>::default()),
                    };
                    default_fns.push(quote! {
                        fn #fname #generics () -> #ty #wc { #expr }
                    });
                    let path = fname.to_string();
                    let path = if args.is_empty() { path } else {
                        let args_s = quote!(#(#args),*).to_string();
                        format!("{path}::<{args_s}>")
                    };
                    extra = quote!(#[serde(default = #path)]);
                }
                Kind::Fixed(expr) => {
                    let message = format!(
                        "invalid value for field `{}`: it is fixed to `{}`",
                        field.name(),
                        quote!(#expr)
                    );
                    checks.push(quote! {
                        if __raw.#fid != (#expr) {
                            return ::core::result::Result::Err(
                                <__D::Error as #serde::de::Error>::custom(#message),
                            );
                        }
                    });
                }
                _ => {}
            }
            twin_fields.push(quote! {
                #(#attrs)*
                #extra
                #fid: #ty
            });
            inits.push(quote!(#fid: __raw.#fid));
        }
        for group in &self.cont.attrs.groups {
            let gname = unraw(&group.name);
            let members: Vec<&Field<'_>> = group
                .members
                .iter()
                .filter_map(|m| self.field_named(m).map(|i| &self.cont.fields[i]))
                .collect();
            let list = members
                .iter()
                .map(|f| format!("`{}`", f.name()))
                .collect::<Vec<_>>()
                .join(", ");
            let counts = members.iter().map(|f| {
                let fid = f.ident;
                quote!(::core::primitive::usize::from(::core::option::Option::is_some(&__raw.#fid)))
            });
            let (cond, message) = match group.kind {
                GroupKind::ExactlyOne => (
                    quote!(__n != 1),
                    format!("group `{gname}` needs exactly one of {list}"),
                ),
                GroupKind::AtMostOne => (
                    quote!(__n > 1),
                    format!("group `{gname}` takes at most one of {list}"),
                ),
            };
            checks.push(quote! {
                let __n: ::core::primitive::usize = 0 #(+ #counts)*;
                if #cond {
                    return ::core::result::Result::Err(
                        <__D::Error as #serde::de::Error>::custom(#message),
                    );
                }
            });
        }
        let validate = if self.cont.attrs.validate.is_some() {
            quote! {
                if let ::core::result::Result::Err(__e) = <#struct_ty as #krate::Validate>::validate(&__value) {
                    return ::core::result::Result::Err(<__D::Error as #serde::de::Error>::custom(__e));
                }
            }
        } else {
            TokenStream::new()
        };
        let generics_def = self.impl_generics(&[]);
        quote! {
            const _: () = {
                #[derive(#serde::Deserialize)]
                #[serde(crate = #serde_path)]
                #(#container_serde)*
                struct #twin #generics_def #wc {
                    #(#twin_fields,)*
                }

                #(#default_fns)*

                #[automatically_derived]
                #[allow(unused_qualifications, clippy::all, clippy::pedantic)]
                impl<#(#impl_params),*> #serde::Deserialize<#lifetime> for #struct_ty #where_clause {
                    fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
                    where
                        __D: #serde::Deserializer<#lifetime>,
                    {
                        let __raw: #twin_ty = #serde::Deserialize::deserialize(__deserializer)?;
                        #(#checks)*
                        let __value: #struct_ty = #ident { #(#inits,)* };
                        #validate
                        ::core::result::Result::Ok(__value)
                    }
                }
            };
        }
    }
}

/// Whether a `#[serde(...)]` attribute sets `default` on its field.
fn mentions_default(meta: &syn::Meta) -> bool {
    let syn::Meta::List(list) = meta else {
        return false;
    };
    list.tokens.clone().into_iter().any(|tt| match tt {
        proc_macro2::TokenTree::Ident(i) => i == "default",
        _ => false,
    })
}

/// A generic parameter as an impl declares it: bounds kept, default dropped.
fn param_without_default(param: &syn::GenericParam) -> TokenStream {
    match param {
        syn::GenericParam::Type(t) => {
            let mut t = t.clone();
            t.default = None;
            quote!(#t)
        }
        syn::GenericParam::Const(c) => {
            let mut c = c.clone();
            c.default = None;
            quote!(#c)
        }
        syn::GenericParam::Lifetime(l) => quote!(#l),
    }
}
