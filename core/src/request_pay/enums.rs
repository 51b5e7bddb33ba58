//! The closed sets of values of `IMP.request_pay` params.
//!
//! Sources: PAYRQ (`payrq.mdx` of `portone-io/developers.portone.io` @
//! `af926bd2`) and the community typings `iamport-typings@1.4.0` (TYP).
//!
//! Every enum is `#[non_exhaustive]`. When PortOne adds a value this version
//! does not know, a new release adds it; until then a merchant who needs it
//! derives a params type of its own with [`Builder`](crate::Builder) and a
//! plain `String` field for it (see the `own_profile` example).

use crate::string_enum::string_enum;

string_enum! {
    /// `pay_method`: how the buyer pays. The set a PG accepts is smaller and
    /// differs per PG (PAYRQ; TYP adds `happymoney`, `samsung` and `tenpay`).
    pub enum PayMethod {
        /// 신용카드.
        Card = "card",
        /// 실시간 계좌이체 (CHAI takes only this).
        Trans = "trans",
        /// 가상계좌.
        Vbank = "vbank",
        /// 휴대폰 소액결제 (needs `digital`).
        Phone = "phone",
        /// Apple Pay.
        Applepay = "applepay",
        /// 네이버페이.
        Naverpay = "naverpay",
        /// 삼성페이.
        Samsungpay = "samsungpay",
        /// KPay.
        Kpay = "kpay",
        /// 카카오페이.
        Kakaopay = "kakaopay",
        /// 페이코.
        Payco = "payco",
        /// L.pay.
        Lpay = "lpay",
        /// SSG페이.
        Ssgpay = "ssgpay",
        /// 토스페이.
        Tosspay = "tosspay",
        /// 문화상품권.
        Cultureland = "cultureland",
        /// 스마트문상.
        Smartculture = "smartculture",
        /// 컬쳐랜드 (문화상품권).
        Culturegift = "culturegift",
        /// 도서문화상품권.
        Booknlife = "booknlife",
        /// 포인트.
        Point = "point",
        /// WeChat Pay.
        Wechat = "wechat",
        /// Alipay.
        Alipay = "alipay",
        /// UnionPay.
        Unionpay = "unionpay",
        /// 핀페이.
        Pinpay = "pinpay",
        /// SSG 은행계좌.
        SsgpayBank = "ssgpay_bank",
        /// SKPay.
        Skpay = "skpay",
        /// 네이버페이 카드.
        NaverpayCard = "naverpay_card",
        /// 네이버페이 포인트.
        NaverpayPoint = "naverpay_point",
        /// PayPal.
        Paypal = "paypal",
        /// 토스 브랜드페이.
        TossBrandpay = "toss_brandpay",
        /// 토스페이 카드.
        TosspayCard = "tosspay_card",
        /// 토스페이 머니.
        TosspayMoney = "tosspay_money",
        /// 해피머니 (TYP only).
        Happymoney = "happymoney",
        /// 삼성페이, the older code that PG:inicis still uses (TYP marks it deprecated).
        Samsung = "samsung",
        /// Tenpay (TYP only).
        Tenpay = "tenpay",
    }
}

string_enum! {
    /// `language` of the payment window (PAYRQ: en, ko, zh; some PGs take
    /// fewer). The key is `language`: `locale` is not an SDK field.
    pub enum Language {
        /// English.
        En = "en",
        /// Korean (the default).
        Ko = "ko",
        /// Chinese.
        Zh = "zh",
    }
}

string_enum! {
    /// A card company code of the 금융결제원 standard (TYP `CardCode`), for
    /// `card.direct.code` and `card.detail[].card_code`. TYP lists `361` for
    /// both 비씨카드 and 우리카드(독자); here it is one value.
    pub enum CardCode {
        /// 광주카드.
        Gwangju = "364",
        /// 비씨카드 (also 우리카드 독자).
        Bc = "361",
        /// 삼성카드.
        Samsung = "365",
        /// 신한카드.
        Shinhan = "366",
        /// 현대카드.
        Hyundai = "367",
        /// 롯데카드.
        Lotte = "368",
        /// 수협카드.
        Suhyup = "369",
        /// 씨티카드.
        Citi = "370",
        /// NH카드.
        Nh = "371",
        /// 전북카드.
        Jeonbuk = "372",
        /// 제주카드.
        Jeju = "373",
        /// 하나SK카드.
        HanaSk = "374",
        /// KB국민카드.
        Kb = "381",
        /// KDB산업은행카드.
        Kdb = "002",
        /// 새마을금고카드.
        Kfcc = "045",
        /// 신협카드.
        Cu = "048",
        /// 우체국카드.
        Epost = "071",
        /// 케이뱅크카드.
        Kbank = "089",
        /// 카카오뱅크카드.
        Kakaobank = "090",
        /// 저축은행카드.
        SavingsBank = "050",
        /// 해외 VISA.
        Visa = "VIS",
        /// 해외 Mastercard.
        Master = "MAS",
        /// 해외 Diners.
        Diners = "DIN",
        /// 해외 AMEX.
        Amex = "AMX",
        /// 해외 JCB.
        Jcb = "JCB",
        /// 중국 은련 (UnionPay).
        UnionPay = "UNI",
        /// Every card company (`card.detail[].card_code` only, PAYRQ).
        All = "*",
    }
}

string_enum! {
    /// `naverProducts[].categoryType` (TYP).
    pub enum NaverCategoryType {
        /// 도서.
        Book = "BOOK",
        /// 음악.
        Music = "MUSIC",
        /// 영화.
        Movie = "MOVIE",
        /// 상품.
        Product = "PRODUCT",
        /// 공연.
        Play = "PLAY",
        /// 여행.
        Travel = "TRAVEL",
        /// 보험.
        Insurance = "INSURANCE",
        /// 항공.
        Flight = "FLIGHT",
        /// 음식.
        Food = "FOOD",
        /// 기타.
        Etc = "ETC",
    }
}

string_enum! {
    /// `naverProducts[].categoryId` (TYP).
    pub enum NaverCategoryId {
        /// 일반.
        General = "GENERAL",
        /// 중고.
        Used = "USED",
        /// 티켓.
        Ticket = "TICKET",
        /// 전자책.
        Ebook = "EBOOK",
        /// CD.
        Cd = "CD",
        /// LP.
        Lp = "LP",
        /// DVD.
        Dvd = "DVD",
        /// Blu-ray (spelt `BLUERAY` by the typings).
        Blueray = "BLUERAY",
        /// VOD.
        Vod = "VOD",
        /// 환금성.
        Cashable = "CASHABLE",
        /// 청구.
        Claim = "CLAIM",
        /// 디지털 콘텐츠.
        DigitalContent = "DIGITAL_CONTENT",
        /// 후원.
        Support = "SUPPORT",
        /// 국내.
        Domestic = "DOMESTIC",
        /// 해외.
        Oversea = "OVERSEA",
        /// 자동차.
        Car = "CAR",
        /// 운전자.
        Driver = "DRIVER",
        /// 건강.
        Health = "HEALTH",
        /// 어린이.
        Child = "CHILD",
        /// 여행자.
        Traveler = "TRAVELER",
        /// 골프.
        Golf = "GOLF",
        /// 연금.
        Annuity = "ANNUITY",
        /// 연금저축.
        AnnuitySaving = "ANNUITY_SAVING",
        /// 저축.
        Saving = "SAVING",
        /// 변액연금.
        VariableAnnuity = "VARIABLE_ANNUITY",
        /// 암.
        Cancer = "CANCER",
        /// 치아.
        Dentist = "DENTIST",
        /// 상해.
        Accident = "ACCIDENT",
        /// 퇴직.
        Severance = "SEVERANCE",
        /// 휴대폰.
        Phone = "PHONE",
        /// 반려동물.
        Pet = "PET",
        /// 배달.
        Delivery = "DELIVERY",
        /// 기타.
        Etc = "ETC",
    }
}

string_enum! {
    /// `naverProducts[].payReferrer` (TYP).
    pub enum NaverPayReferrer {
        /// 네이버 책.
        NaverBook = "NAVER_BOOK",
        /// 네이버 뮤직.
        NaverMusic = "NAVER_MUSIC",
        /// 네이버 쇼핑.
        NaverShopping = "NAVER_SHOPPING",
        /// 네이버 지도.
        NaverMap = "NAVER_MAP",
        /// 네이버 플레이스.
        NaverPlace = "NAVER_PLACE",
        /// 검색광고.
        SearchAd = "SEARCH_AD",
        /// 네이버 검색.
        NaverSearch = "NAVER_SEARCH",
        /// 브랜드 검색.
        BrandSearch = "BRAND_SEARCH",
        /// 제휴사 직접.
        PartnerDirect = "PARTNER_DIRECT",
        /// 기타.
        Etc = "ETC",
    }
}
