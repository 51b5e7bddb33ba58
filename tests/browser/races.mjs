// Each paid order is fulfilled once: for one paid order, 50 copies of its
// webhook and the buyer's redirect arrive at once (the webhooks to one
// server, the redirect to a second one sharing the database when
// SECOND_URL is given). Every answer says "paid", and the database holds
// one transition and one fulfilment row.
//
// Usage: node races.mjs BASE_URL SIM_URL DATABASE_URL [SECOND_URL]
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { check, finish } from './checks.mjs';

const [base, api, database, second] = process.argv.slice(2);
const post = (url, type, body) => fetch(url, { method: 'POST', headers: { 'content-type': type }, body, redirect: 'manual' });

// One number from the database, by SQL.
const count = (sql) => {
  if (database.startsWith('postgres')) {
    return Number(execFileSync('psql', [database, '-tAc', sql]).toString().trim());
  }
  const path = database.replace(/^sqlite:\/\//, '').replace(/\?.*$/, '');
  const py = 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])';
  return Number(execFileSync('python3', ['-c', py, path, sql]).toString().trim());
};

// An order, paid in the simulator's window; the redirect it sends the buyer to.
const paidOrder = async (server) => {
  const created = await post(`${server}/orders`, 'application/x-www-form-urlencoded', 'name=race');
  const order = new URL(created.headers.get('location'), server).searchParams.get('order');
  const params = await (await fetch(`${server}/checkout.json?order=${order}`)).json();
  const opened = await (await post(`${api}/__sim/window`, 'application/json', JSON.stringify({ merchant_code: 'imp37739582', params }))).json();
  const chosen = await post(`${api}/__sim/window/${opened.id}/choose`, 'application/json', '{"choice":"pay"}');
  const redirect = new URL(chosen.headers.get('location'));
  return { order, imp_uid: redirect.searchParams.get('imp_uid'), redirect };
};

const label = second ? 'two instances sharing the database' : 'one instance';
await check(`50 webhooks and the redirect at once, ${label}: one transition, one fulfilment`, async () => {
  const { order, imp_uid, redirect } = await paidOrder(base);
  const hook = JSON.stringify({ imp_uid, merchant_uid: order, status: 'paid' });
  const target = second ? new URL(redirect.pathname + redirect.search, second) : redirect;
  const answers = await Promise.all([
    ...Array.from({ length: 50 }, () => post(`${base}/payments/webhook`, 'application/json', hook)
      .then(async (r) => [r.status, (await r.text()).trim()])),
    fetch(target).then(async (r) => [r.status, /data-outcome="(\w+)"/.exec(await r.text())?.[1]]),
  ]);
  for (const answer of answers) assert.deepEqual(answer, [200, 'paid']);
  assert.equal(count(`SELECT COUNT(*) FROM fulfilments WHERE merchant_uid = '${order}'`), 1);
  assert.equal(count(`SELECT COUNT(*) FROM orders WHERE merchant_uid = '${order}' AND state = 'paid'`), 1);
  // A later webhook answers 200 and changes nothing.
  const late = await post(`${base}/payments/webhook`, 'application/json', hook);
  assert.deepEqual([late.status, (await late.text()).trim()], [200, 'paid']);
  assert.equal(count(`SELECT COUNT(*) FROM fulfilments WHERE merchant_uid = '${order}'`), 1);
});
finish(`races (${label})`);
