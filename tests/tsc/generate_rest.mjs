// Writes rest_payloads.ts: each REST body JSON file inline, typed by its
// endpoint (again_* → AgainChecked, onetime_* → OnetimeChecked,
// issue_billing_key* → CreateChecked). Other bodies have no type in
// iamport-server-api and are left to the OpenAPI tables of the Rust tests.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [payloadDir, out] = process.argv.slice(2);

// What iamport-server-api requires and the crate's body does not carry,
// added in the checked copy only:
// - IOnetime requires `name` (from IAgain); the OpenAPI makes it optional,
//   and the inicis guide's onetime examples have none.
// - ICreate requires `customer_uid` in the body; the OpenAPI puts it in the path.
const additions = {
  onetime: { name: '주문명' },
  issue_billing_key: { customer_uid: 'your-customer-unique-id' },
};

const typeOf = (name) =>
  name.startsWith('again_') ? ['AgainChecked', null]
  : name.startsWith('onetime_') ? ['OnetimeChecked', 'onetime']
  : name.startsWith('issue_billing_key') ? ['CreateChecked', 'issue_billing_key']
  : [null, null];

let ts = "import type { AgainChecked, OnetimeChecked, CreateChecked } from './checked_rest';\n\n";
let count = 0;
const added = [];
for (const file of readdirSync(payloadDir).filter((f) => f.endsWith('.json')).sort()) {
  const name = file.replace(/\.json$/, '');
  const [type, group] = typeOf(name);
  if (!type) continue;
  const payload = JSON.parse(readFileSync(join(payloadDir, file), 'utf8'));
  for (const [key, value] of Object.entries(additions[group] ?? {})) {
    if (!(key in payload)) {
      payload[key] = value;
      added.push(`${name}.${key}`);
    }
  }
  ts += `export const ${name}: ${type} = ${JSON.stringify(payload, null, 2)};\n\n`;
  count += 1;
}
if (count === 0) {
  console.error(`no again/onetime/billing-key bodies in ${payloadDir}`);
  process.exit(1);
}
writeFileSync(out, ts);
console.log(`${count} REST bodies written to ${out}`);
if (added.length) console.log(`added in the checked copy only (iamport-server-api requires them): ${added.join(', ')}`);
