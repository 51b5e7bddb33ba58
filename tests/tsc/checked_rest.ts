// The types the REST bodies of the Rust crate must satisfy: the request
// types of iamport-server-api@10.0.0 (a third-party typed client of the V1
// API), which are narrower than the official OpenAPI. The keys they know
// are checked as they declare them; the OpenAPI fields they lack are added,
// each with its source (OAS: `src/schema/v1.openapi.json` of
// `portone-io/developers.portone.io` @ af926bd2).
import type { IIamportSubscription } from 'iamport-server-api/lib/structures/IIamportSubscription';

// OAS `/subscribe/payments/again` fields that IAgain lacks.
type AgainOas = {
  vat_amount?: number;
  browser_ip?: string;
  product_type?: 'real' | 'digital';
  product_count?: number;
  cash_receipt_type?: 'person' | 'company' | 'anonymous';
  bypass?: string;
  extra?: { naverUseCfm?: string };
  promotion_id?: string;
  channel_key?: string;
};

// OAS `/subscribe/payments/onetime` fields that IOnetime lacks.
type OnetimeOas = {
  vat_amount?: number;
  pg?: string;
  channelGroupId?: string;
  browser_ip?: string;
  secure_3d_charge_id?: string;
  secure_3d_token?: string;
  product_type?: 'real' | 'digital';
  promotion_id?: string;
  bypass?: string;
};

// OAS `POST /subscribe/customers/{customer_uid}` fields that ICreate lacks
// (`customer_addr`: ICreate spells it `customr_addr`).
type CreateOas = {
  channel_key: string;
  pg?: string;
  customer_id?: string;
  customer_addr?: string;
  channel_group_id?: string;
};

export type AgainChecked = IIamportSubscription.IAgain & AgainOas;
export type OnetimeChecked = IIamportSubscription.IOnetime & OnetimeOas;
export type CreateChecked = IIamportSubscription.ICreate & CreateOas;
