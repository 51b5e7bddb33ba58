//! Currencies and the rules amounts follow in them.

use super::{Amount, InvalidValue};
use crate::string_enum::string_enum;

string_enum! {
    /// `currency` (PAYRQ: KRW, USD, EUR, JPY; TYP adds PayPal's list).
    /// Amounts in KRW, JPY, HUF and TWD are whole: PayPal refuses decimals
    /// in JPY, HUF and TWD (its currency-codes page, which TYP's
    /// `PayPalSupportedCurrency` cites).
    pub enum Currency {
        /// Korean won (the default).
        Krw = "KRW",
        /// US dollar.
        Usd = "USD",
        /// Euro.
        Eur = "EUR",
        /// Japanese yen (whole amounts only).
        Jpy = "JPY",
        /// Australian dollar (PayPal).
        Aud = "AUD",
        /// Brazilian real (PayPal).
        Brl = "BRL",
        /// Canadian dollar (PayPal).
        Cad = "CAD",
        /// Chinese yuan (PayPal).
        Cny = "CNY",
        /// Czech koruna (PayPal).
        Czk = "CZK",
        /// Danish krone (PayPal).
        Dkk = "DKK",
        /// Hong Kong dollar (PayPal).
        Hkd = "HKD",
        /// Hungarian forint (PayPal; whole amounts only).
        Huf = "HUF",
        /// Israeli new shekel (PayPal).
        Ils = "ILS",
        /// Malaysian ringgit (PayPal).
        Myr = "MYR",
        /// Mexican peso (PayPal).
        Mxn = "MXN",
        /// New Taiwan dollar (PayPal; whole amounts only).
        Twd = "TWD",
        /// New Zealand dollar (PayPal).
        Nzd = "NZD",
        /// Norwegian krone (PayPal).
        Nok = "NOK",
        /// Philippine peso (PayPal).
        Php = "PHP",
        /// Polish złoty (PayPal).
        Pln = "PLN",
        /// Pound sterling (PayPal).
        Gbp = "GBP",
        /// Singapore dollar (PayPal).
        Sgd = "SGD",
        /// Swedish krona (PayPal).
        Sek = "SEK",
        /// Swiss franc (PayPal).
        Chf = "CHF",
        /// Thai baht (PayPal).
        Thb = "THB",
    }
}

impl Currency {
    /// Whether amounts in this currency are whole numbers: KRW, JPY, and
    /// HUF and TWD, whose decimals PayPal refuses.
    ///
    /// ```
    /// use iamport::value::Currency;
    /// assert!(Currency::Huf.is_whole() && Currency::Twd.is_whole());
    /// assert!(!Currency::Usd.is_whole());
    /// ```
    #[must_use]
    pub fn is_whole(self) -> bool {
        matches!(
            self,
            Currency::Krw | Currency::Jpy | Currency::Huf | Currency::Twd
        )
    }

    /// The amount rules every request shares, in one place: `amount`,
    /// `tax_free` and `vat_amount` are whole in a whole currency, and
    /// `tax_free + vat_amount` is not above `amount`.
    ///
    /// ```
    /// use iamport::value::{Amount, Currency};
    /// let a = |n| Amount::new(n).unwrap();
    /// assert!(Currency::Krw.check_amounts(a(1000), Some(a(500)), Some(a(500))).is_ok());
    /// let err = Currency::Krw.check_amounts(a(1000), Some(a(1000)), Some(a(1000))).unwrap_err();
    /// assert_eq!(err.to_string(), "invalid `vat_amount`: `tax_free` (1000) plus `vat_amount` (1000) is above `amount` (1000)");
    /// assert!(Currency::Krw.check_amounts("100.5".parse().unwrap(), None, None).is_err());
    /// let err = Currency::Huf.check_amounts("100.5".parse().unwrap(), None, None).unwrap_err();
    /// assert_eq!(err.to_string(), "invalid `amount`: must be a whole number in HUF, got 100.50");
    /// ```
    ///
    /// # Errors
    ///
    /// The first rule that does not hold, naming the field.
    pub fn check_amounts(
        self,
        amount: Amount,
        tax_free: Option<Amount>,
        vat_amount: Option<Amount>,
    ) -> Result<(), InvalidValue> {
        self.check_whole("amount", amount)?;
        self.check_whole("tax_free", tax_free)?;
        self.check_whole("vat_amount", vat_amount)?;
        check_parts(amount, tax_free, vat_amount)
    }

    /// That `value` (an amount, or a nested amount such as
    /// `products[].unitPrice`) is whole in a whole currency.
    ///
    /// # Errors
    ///
    /// A fraction in a whole currency ([`Currency::is_whole`]: KRW, JPY,
    /// HUF, TWD), naming `what`.
    pub fn check_whole(
        self,
        what: &'static str,
        value: impl Into<Option<Amount>>,
    ) -> Result<(), InvalidValue> {
        match value.into() {
            Some(value) if self.is_whole() && !value.is_whole() => Err(InvalidValue::new(
                what,
                format!("must be a whole number in {self}, got {value}"),
            )),
            _ => Ok(()),
        }
    }
}

/// That the parts of an amount (`tax_free`, `vat_amount`) add up to no more
/// than the amount: the rule of [`Currency::check_amounts`] without the
/// currency, for a request that has none (a cancellation).
///
/// # Errors
///
/// The part that is above the amount, or the two together.
pub(crate) fn check_parts(
    amount: Amount,
    tax_free: Option<Amount>,
    vat_amount: Option<Amount>,
) -> Result<(), InvalidValue> {
    for (what, part) in [("tax_free", tax_free), ("vat_amount", vat_amount)] {
        if let Some(part) = part
            && part > amount
        {
            return Err(InvalidValue::new(
                what,
                format!("{part} is above `amount` ({amount})"),
            ));
        }
    }
    if let (Some(tax_free), Some(vat_amount)) = (tax_free, vat_amount) {
        let above = tax_free
            .checked_add(vat_amount)
            .is_none_or(|sum| sum > amount);
        if above {
            return Err(InvalidValue::new(
                "vat_amount",
                format!(
                    "`tax_free` ({tax_free}) plus `vat_amount` ({vat_amount}) is above `amount` ({amount})"
                ),
            ));
        }
    }
    Ok(())
}
