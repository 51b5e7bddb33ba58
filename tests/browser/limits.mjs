// New orders are bounded per client address: against a server with the
// default limit (30 a minute), 30 orders from 127.0.0.1 are made, the 31st
// is a 429, and a buyer from another address (127.0.0.2) still gets hers.
// Its unpaid orders expire after 2 s (`--order-ttl 2`): the page is gone.
//
// Usage: node limits.mjs BASE_URL
import assert from 'node:assert/strict';
import http from 'node:http';
import { check, finish } from './checks.mjs';

const base = new URL(process.argv[2]);
// POST /orders from `localAddress`; the status.
const order = (localAddress) => new Promise((resolve, reject) => {
  const request = http.request({
    host: base.hostname, port: base.port, path: '/orders', method: 'POST', localAddress,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': 6 },
  }, (response) => { response.resume(); resolve([response.statusCode, response.headers.location]); });
  request.on('error', reject);
  request.end('name=x');
});

await check('one address makes 30 orders a minute; another still makes hers', async () => {
  const codes = [];
  for (let i = 0; i < 31; i += 1) codes.push((await order('127.0.0.1'))[0]);
  assert.deepEqual(codes.slice(0, 30), Array(30).fill(303));
  assert.equal(codes[30], 429);
  assert.equal((await order('127.0.0.2'))[0], 303);
});
await check('an unpaid order expires', async () => {
  const [status, location] = await order('127.0.0.3');
  assert.equal(status, 303);
  assert.equal((await fetch(new URL(location, base))).status, 200);
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const gone = await fetch(new URL(location, base));
  assert.equal(gone.status, 410);
  assert.match(await gone.text(), /expired/);
});
finish('limits');
