// Writes payloads.ts: one `const` per payload JSON file in the given folder,
// each typed `Checked` and holding the JSON inline, so that tsc checks the
// object literal itself (excess keys, value types, literal values). Never a
// cast, never an import of the JSON.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [payloadDir, out] = process.argv.slice(2);

// The typings require `amount` and `buyer_tel`, which some official
// examples omit. For exactly those payloads the checked copy (and only the
// copy) gets the field, so that the rest of the payload is still checked.
const additions = {
  // PG:tosspay-v2, tab "비인증 결제창 요청": the registration has no amount.
  tosspay_v2_billing_key: { amount: 0 },
};

const files = readdirSync(payloadDir).filter((f) => f.endsWith('.json')).sort();
if (files.length === 0) {
  console.error(`no payloads in ${payloadDir}: run the golden tests with IAMPORT_PAYLOAD_DIR set`);
  process.exit(1);
}
let ts = "import type { Checked } from './checked';\n\n";
const added = [];
for (const file of files) {
  const name = file.replace(/\.json$/, '').replace(/[^A-Za-z0-9_]/g, '_');
  const payload = JSON.parse(readFileSync(join(payloadDir, file), 'utf8'));
  for (const [key, value] of Object.entries(additions[name] ?? {})) {
    if (key in payload) {
      console.error(`${name} has ${key} now: remove it from the additions in generate.mjs`);
      process.exit(1);
    }
    payload[key] = value;
    added.push(`${name}.${key}`);
  }
  ts += `export const ${name}: Checked = ${JSON.stringify(payload, null, 2)};\n\n`;
}
writeFileSync(out, ts);
console.log(`${files.length} payloads written to ${out}`);
if (added.length) console.log(`added in the checked copy only (the typings require them): ${added.join(', ')}`);
