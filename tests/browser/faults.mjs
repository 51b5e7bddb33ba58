// Faults and restarts, against a server of its own:
//   prepare BASE SIM STATE_FILE  an order paid in the simulator's window
//                                while nothing has told the server yet;
//   finish BASE SIM STATE_FILE   (after the server was killed and started
//                                again on the same database) its webhook
//                                still verifies the order; then, with
//                                PortOne unreachable (the simulator answers
//                                503), a webhook leaves a new paid order
//                                unfinished and a later one finishes it;
//                                and a payment cancelled at PortOne before
//                                its webhook cancels the order.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { check, finish } from './checks.mjs';

const [phase, base, api, stateFile] = process.argv.slice(2);
const post = (url, type, body) => fetch(url, { method: 'POST', headers: { 'content-type': type }, body, redirect: 'manual' });

const paidOrder = async () => {
  const created = await post(`${base}/orders`, 'application/x-www-form-urlencoded', 'name=restart');
  const order = new URL(created.headers.get('location'), base).searchParams.get('order');
  const params = await (await fetch(`${base}/checkout.json?order=${order}`)).json();
  const opened = await (await post(`${api}/__sim/window`, 'application/json', JSON.stringify({ merchant_code: 'imp37739582', params }))).json();
  const chosen = await post(`${api}/__sim/window/${opened.id}/choose`, 'application/json', '{"choice":"pay"}');
  return { order, imp_uid: new URL(chosen.headers.get('location')).searchParams.get('imp_uid') };
};
const webhook = async ({ order, imp_uid }) => {
  const answer = await post(`${base}/payments/webhook`, 'application/json', JSON.stringify({ imp_uid, merchant_uid: order, status: 'paid' }));
  return [answer.status, (await answer.text()).trim()];
};

if (phase === 'prepare') {
  writeFileSync(stateFile, JSON.stringify(await paidOrder()));
  console.log('faults: an order paid, its webhook not sent yet');
  process.exit(0);
}

await check('an order paid before a restart is verified by its webhook after it', async () => {
  const paid = JSON.parse(readFileSync(stateFile, 'utf8'));
  assert.deepEqual(await webhook(paid), [200, 'paid']);
});
await check('PortOne unreachable: the order stays unfinished, a later webhook finishes it', async () => {
  const paid = await paidOrder();
  const fault = { route: 'getPaymentByImpUid', stage: 'before', action: { status: { code: 503 } } };
  await post(`${api}/__sim/faults`, 'application/json', JSON.stringify(fault));
  const [status] = await webhook(paid);
  assert.equal(status, 503);
  // Still waiting for its payment: its page opens.
  assert.equal((await fetch(`${base}/checkout?order=${paid.order}`)).status, 200);
  await fetch(`${api}/__sim/faults`, { method: 'DELETE' });
  assert.deepEqual(await webhook(paid), [200, 'paid']);
  assert.equal((await fetch(`${base}/checkout?order=${paid.order}`)).status, 410);
});
await check('a payment cancelled at PortOne before the shop saw it paid cancels the order', async () => {
  const paid = await paidOrder();
  const token = (await (await post(`${api}/users/getToken`, 'application/json', JSON.stringify({ imp_key: 'test-key', imp_secret: 'test-secret' }))).json()).response.access_token;
  const cancelled = await fetch(`${api}/payments/cancel`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ imp_uid: paid.imp_uid, reason: 'console' }),
  });
  assert.equal((await cancelled.json()).response.status, 'cancelled');
  assert.deepEqual(await webhook(paid), [200, 'cancelled']);
  assert.equal((await fetch(`${base}/checkout?order=${paid.order}`)).status, 410);
});
finish('faults and restarts');
