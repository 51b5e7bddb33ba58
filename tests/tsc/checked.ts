// The type every request_pay payload of the Rust crate must satisfy:
// `RequestPayParams` of iamport-typings@1.4.0 (community typings of the V1
// SDK), plus exactly the documented fields and values those typings lack.
// Each addition names its source: PAYRQ is the official parameter page
// (`portone-io/developers.portone.io`
// `src/routes/(root)/sdk/ko/v1-sdk/javascript-sdk/payrq.mdx` @ af926bd2), PG:x
// the official V1 guide of PG x (`src/routes/(root)/opi/ko/integration/pg/v1/`).
import type { RequestPayParams } from 'iamport-typings/src/RequestPayParams';
import type { CardCode } from 'iamport-typings/src/card/CardCode';
import type {
  NaverPayReferrer,
  NaverProduct,
  NaverProductCategoryId,
  NaverProductCategoryType,
} from 'iamport-typings/src/naver/RequestPayNaverParams';

// The typings declare the naverpay categories as TypeScript enums, to which
// no JSON string can be assigned; a payload holds the enums' string values
// (`${Enum}` is the union of those values). MAN naverpay-pg adds `sellerId`.
type NaverProductJson = Omit<NaverProduct, 'categoryType' | 'categoryId' | 'payReferrer'> & {
  categoryType: `${NaverProductCategoryType}`;
  categoryId: `${NaverProductCategoryId}`;
  payReferrer?: `${NaverPayReferrer}`;
  sellerId?: string;
};

// PAYRQ lists PG codes the typings' `Pg` lacks.
type MorePg = 'ksnet' | 'settle_acc';

export type Checked = Omit<RequestPayParams, 'pg' | 'card'> & {
  // PAYRQ: the channel key (the typings' GitHub HEAD adds it after 1.4.0).
  channelKey?: string;
  // PAYRQ: `pg` is a code or `code.MID`, including the codes above.
  pg?: RequestPayParams['pg'] | MorePg | `${MorePg}.${string}`;
  // PAYRQ: `card.detail[].card_code` may be `*` (every card company),
  // `enabled` is optional and `max_month` sets merchant-paid interest-free
  // months; PG:tosspay-v2 adds `card.useInstallment`.
  card?: {
    direct?: { code: CardCode; quota: number };
    detail?: { card_code: CardCode | '*'; enabled?: boolean; max_month?: number }[];
    useInstallment?: boolean;
  };
  // PAYRQ: escrow goods of tosspayments (the typings call them `escrowProducts`).
  products?: { id?: string; name?: string; code?: string; unitPrice?: number; quantity?: number }[];
  // PAYRQ: the buyer's id at the merchant; PG:tosspay-v2 and PG:newtoss use it.
  customer_id?: string;
  // PAYRQ: merchant-paid interest-free installments.
  useFreeInterestFromMall?: boolean;
  // PG:inicis, PG:nice, PG:welcome: the service period.
  period?: { from?: string; to?: string; interval?: string };
  // PG pages (PG:inicis, PG:tosspay-v2, PG:newtoss, PG:kakaopay, ...): PG-specific parameters.
  bypass?: Record<string, unknown>;
  // PG:payco, PG:eximbay: open the window as a popup.
  popup?: boolean;
  // PG:danal, PG:kicc: the merchant name shown in the window.
  company?: string;
  // PG:nhn-kcp, PG:danal: a key-in window.
  auth_mode?: 'key-in';
  // PG:newtoss and others: app cards only, card points.
  appCard?: boolean;
  useCardPoint?: boolean;
  // PG:kg-mobilians-v2, PG:newtoss, PG:smartro-v2: cash receipt options.
  cashReceiptType?: string;
  customerIdentifier?: string;
  // PG:newtoss, PG:toss-brandpay.
  isCulturalExpense?: boolean;
  discountCode?: string;
  // PG:spb (paypal_v2).
  buyer_first_name?: string;
  buyer_last_name?: string;
  // PG:kakaopay.
  kakaopayMobileAsPC?: boolean;
  // MAN NAVERPAY/sample/naverpay-pg.md and PG:naver: the naverpay fields,
  // which the typings declare only as required members of a separate type.
  naverUseCfm?: string;
  naverPopupMode?: boolean;
  naverProducts?: NaverProductJson[];
  naverPurchaserName?: string;
  naverPurchaserBirthday?: string;
  naverChainId?: string;
  naverMerchantUserKey?: string;
  naverCultureBenefit?: boolean;
  naverProductCode?: string;
  // MAN 인증결제/sample/kcp.md: escrow goods of the legacy KCP window.
  kcpProducts?: { orderNumber: string; name: string; quantity: number; amount: number }[];
};
