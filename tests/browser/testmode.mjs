// Test mode: against iamport-sim as a test channel (`--sandbox`, every
// payment `sandbox: true`), the checkout server started with `--test-mode`
// accepts the payment and both its pages say test mode is on; the same
// payment on a server left live is a mismatch (the default refuses a test
// channel's payments), and its pages say nothing of test mode.
//
// Usage: node testmode.mjs TEST_MODE_BASE LIVE_BASE SIM_URL
import assert from 'node:assert/strict';
import { check, finish } from './checks.mjs';

const [testBase, liveBase, api] = process.argv.slice(2);
const post = (url, body) => fetch(url, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), redirect: 'manual',
});

// The page's order, paid in the simulator's window; the result page.
const pay = async (base) => {
  const created = await fetch(`${base}/orders`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=x', redirect: 'manual',
  });
  const order = new URL(created.headers.get('location'), base).searchParams.get('order');
  const checkout = await (await fetch(`${base}/checkout?order=${order}`)).text();
  const params = await (await fetch(`${base}/checkout.json?order=${order}`)).json();
  const opened = await (await post(`${api}/__sim/window`, { merchant_code: 'imp37739582', params })).json();
  const chosen = await post(`${api}/__sim/window/${opened.id}/choose`, { choice: 'pay' });
  assert.equal(chosen.status, 302);
  const result = await (await fetch(chosen.headers.get('location'))).text();
  return { checkout, result };
};

await check('test mode accepts a test channel payment and says so', async () => {
  const { checkout, result } = await pay(testBase);
  assert.match(result, /data-outcome="paid"/);
  assert.match(result, /id="test-mode"/);
  assert.match(checkout, /id="test-mode"/);
});
await check('a live server refuses the same payment', async () => {
  const { checkout, result } = await pay(liveBase);
  assert.match(result, /data-outcome="mismatch"/);
  assert.match(result, /sandbox/);
  assert.doesNotMatch(result, /id="test-mode"/);
  assert.doesNotMatch(checkout, /id="test-mode"/);
});
finish('test mode');
