#!/usr/bin/env bash
# Type-checks every golden request_pay payload the crate produced with
# `tsc --noEmit --strict` against iamport-typings@1.4.0 (see checked.ts).
# The REST bodies of again, onetime and billing-key issue are checked the
# same way against iamport-server-api@10.0.0 (see checked_rest.ts).
# Usage: tests/tsc/check.sh PAYLOAD_DIR REST_PAYLOAD_DIR WORK_DIR
# Installs the npm packages (versions pinned in package-lock.json) into
# WORK_DIR/node_modules once; reuses them while the lock file is unchanged.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
payloads="$1"
rest_payloads="$2"
work="$3"
mkdir -p "$work"
if ! cmp -s "$here/package-lock.json" "$work/package-lock.json" || [ ! -d "$work/node_modules/typescript" ]; then
  cp "$here/package.json" "$here/package-lock.json" "$work/"
  (cd "$work" && npm ci --no-audit --no-fund --loglevel=error)
fi
cp "$here/checked.ts" "$here/checked_rest.ts" "$work/"
node "$here/generate.mjs" "$payloads" "$work/payloads.ts"
node "$here/generate_rest.mjs" "$rest_payloads" "$work/rest_payloads.ts"
cat > "$work/tsconfig.json" <<'JSON'
{
  "compilerOptions": {
    "strict": true,
    "noEmit": true,
    "target": "es2020",
    "module": "commonjs",
    "moduleResolution": "node",
    "types": []
  },
  "files": ["payloads.ts", "rest_payloads.ts"]
}
JSON
(cd "$work" && ./node_modules/.bin/tsc -p tsconfig.json)
count=$(ls "$payloads"/*.json | wc -l)

# The checker must be able to fail: an amount written as a string, and a
# misspelt key, are each rejected.
for canary in '{"merchant_uid": "m", "amount": "1000", "buyer_tel": "010"}' \
              '{"merchant_uid": "m", "amount": 1000, "buyer_tel": "010", "buyer_nmae": "x"}'; do
  printf "import type { Checked } from './checked';\nexport const canary: Checked = %s;\n" "$canary" > "$work/canary.ts"
  sed 's/"payloads.ts"/"canary.ts"/' "$work/tsconfig.json" > "$work/tsconfig.canary.json"
  out=$(cd "$work" && ./node_modules/.bin/tsc -p tsconfig.canary.json 2>&1 || true)
  if ! grep -q "error TS23" <<<"$out"; then
    echo "tsc did not reject a payload it must reject: $canary" >&2
    echo "$out" >&2
    exit 1
  fi
done
rest_count=$(grep -c '^export const' "$work/rest_payloads.ts")
echo "tsc --strict: $((count + rest_count)) passed, 0 failed"
