//! Rules that span several fields.

/// Rules of a type that no single field's type can express, such as a
/// tax-free part that must not exceed the amount.
///
/// With `#[builder(validate)]` on a struct, its builder's `build()` calls
/// [`Validate::validate`] and returns `Result<Self, Self::Error>`; with
/// `#[builder(deserialize)]` as well, deserialization runs the same check.
///
/// ```
/// use iamport::{Builder, Validate};
///
/// #[derive(Builder, Debug)]
/// #[builder(validate)]
/// pub struct Charge {
///     /// Total amount.
///     amount: u64,
///     /// The tax-free part of `amount`.
///     #[builder(default)]
///     tax_free: u64,
/// }
///
/// impl Validate for Charge {
///     type Error = String;
///     fn validate(&self) -> Result<(), String> {
///         if self.tax_free > self.amount {
///             return Err(format!("tax_free ({}) is above amount ({})", self.tax_free, self.amount));
///         }
///         Ok(())
///     }
/// }
///
/// assert!(Charge::builder().amount(1000).tax_free(100).build().is_ok());
/// assert_eq!(
///     Charge::builder().amount(1000).tax_free(2000).build().unwrap_err(),
///     "tax_free (2000) is above amount (1000)"
/// );
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` has `#[builder(validate)]` but does not implement `iamport::Validate`",
    label = "`build()` needs `iamport::Validate` for `{Self}`",
    note = "implement `iamport::Validate` for `{Self}` with its rules, or remove `validate` from `#[builder(...)]`"
)]
pub trait Validate {
    /// What a broken rule reports. With `#[builder(deserialize)]` it must
    /// implement `Display`, which becomes the deserialization error.
    type Error;

    /// Checks the rules.
    ///
    /// # Errors
    ///
    /// Returns the error of the first rule that does not hold.
    fn validate(&self) -> Result<(), Self::Error>;
}
