// Drives headless Chromium (the system's, through playwright-core) against
// the checkout_server example, with iamport-sim as PortOne: the page loads
// the simulator's iamport.js, which keeps what IMP.request_pay receives
// (IMP.sim.last_params) and, for CHAI's redirect flow, navigates to the
// simulator's payment window; the buyer's choice is scripted per order
// (POST /__sim/choices/{merchant_uid}), and the window redirects to
// m_redirect_url with PortOne's query. The server verifies that payment
// against the simulator's REST API.
//
// The whole flow: the result page says "paid" for a payment that matches
// the order, "mismatch" when the amount or currency was forged in the
// browser before IMP.request_pay, "failed" for a failed one; one token
// serves every lookup. The webhook route does the same for JSON and form
// bodies. Routes answer only their methods (405 otherwise), and every
// answer carries the security headers; the checkout page's scripts run
// under its nonce policy.
//
// For every string of pitfalls.md §3 (in `name`, `buyer_name`, `buyer_addr`
// and inside `custom_data`), the object the page hands to IMP.request_pay
// must equal, value for value, the payment the Rust side built
// (/checkout.json), and no injected script may run (no dialog opens). The
// redirect handler, fed hostile query strings, must show them as text.
//
// Usage: node check.mjs BASE_URL SCREENSHOT_PATH SIM_URL
import assert from 'node:assert/strict';
import { check, finish } from './checks.mjs';
import { chromium } from 'playwright-core';

const [base, screenshot, api] = process.argv.slice(2);

// pitfalls.md §3, as iamport-sim keeps them for every test.
const strings = await (await fetch(`${api}/__sim/hostile`)).json();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 640, height: 380 }, deviceScaleFactor: 1 });
// The checks of what the page hands over stay on the page: the
// simulator's window is not opened there.
let windows = false;
await context.route('**/*', (route) => {
  const url = route.request().url();
  // 204 to a navigation: the browser stays on the page.
  if (url.startsWith(`${api}/__sim/window`) && !windows) return route.fulfill({ status: 204 });
  if (url.startsWith(base) || url.startsWith(api)) return route.continue();
  return route.abort(); // nothing leaves the machine
});

const recorded = (page) => page.evaluate(() => window.IMP.sim.last_params);
// The pay button, pressed from the page: Playwright's own click would wait
// for the navigation to the window, which the 204 above cancels.
const press = (page) => page.evaluate(() => document.getElementById('pay').click());

const open = async (url) => {
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  await page.goto(url);
  return { page, dialogs };
};

// An order made as the cart makes it: POST /orders, then its page.
const create = async (fields = {}) => {
  const response = await fetch(`${base}/orders`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(), redirect: 'manual',
  });
  assert.equal(response.status, 303, await response.text());
  const location = response.headers.get('location');
  return { id: new URL(location, base).searchParams.get('order'), url: `${base}${location}` };
};

// The plain page first: its screenshot goes into the README.
await check('plain checkout page', async () => {
  const order = await create();
  const { page, dialogs } = await open(order.url);
  await page.screenshot({ path: screenshot });
  await press(page);
  const expected = await (await fetch(`${base}/checkout.json?order=${order.id}`)).json();
  assert.deepEqual(await recorded(page), expected);
  assert.equal(await page.evaluate(() => window.IMP.sim.merchant_code), 'imp37739582');
  assert.deepEqual(dialogs, []);
  await page.close();
});

for (const [i, s] of strings.entries()) {
  await check(`string ${JSON.stringify(s)}`, async () => {
    const order = await create({ name: s, buyer_name: s, buyer_addr: s, note: s });
    const { page, dialogs } = await open(order.url);
    await press(page);
    const params = await recorded(page);
    const expected = await (await fetch(`${base}/checkout.json?order=${order.id}`)).json();
    assert.deepEqual(params, expected);
    for (const key of ['name', 'buyer_name', 'buyer_addr']) assert.equal(params[key], s, key);
    assert.equal(params.custom_data.note, s);
    // No script but the page's own four (iamport.js, two JSON elements, the
    // inline code), and no dialog.
    assert.equal(await page.evaluate(() => document.scripts.length), 4);
    // The page shows the name as text (the HTML parser drops NUL from text;
    // the payload above keeps it).
    assert.equal(await page.evaluate(() => document.getElementById('order-name').textContent), s.replace(/\u0000/g, ''));
    assert.deepEqual(dialogs, []);
    await page.close();
  });
}

const hostile = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  "'><svg onload=alert(3)>",
  'javascript:alert(4)',
];
for (const h of hostile) {
  await check(`redirect ${JSON.stringify(h)}`, async () => {
    const query = new URLSearchParams({ imp_uid: h, merchant_uid: h, imp_success: 'false', error_code: h, error_msg: h });
    const { page, dialogs } = await open(`${base}/payments/complete?${query}`);
    const html = await (await fetch(`${base}/payments/complete?${query}`)).text();
    if (h.includes('<')) assert.ok(!html.includes(h), 'the hostile text is reflected unescaped');
    // Shown, if at all, as text: no element of the page came from it.
    const shown = await page.evaluate(() => [...document.querySelectorAll('dd')].map((d) => d.children.length));
    assert.ok(shown.every((children) => children === 0), 'an element was made from the query');
    assert.equal(await page.evaluate(() => document.images.length + document.scripts.length), 0);
    assert.deepEqual(dialogs, []);
    await page.close();
  });
}

// The simulator's iamport.js checks the params as the SDK does: an amount
// that is not a JSON number, CHAI without `trans` or without a redirect,
// and a missing merchant_uid come back to the callback as errors.
await check("the simulator's iamport.js refuses what the SDK refuses", async () => {
  const { page } = await open((await create()).url);
  const answers = await page.evaluate(() => Promise.all([
    { merchant_uid: 'x', amount: '1004' },
    { pg: 'chai', pay_method: 'card', merchant_uid: 'x', amount: 1004, m_redirect_url: 'https://shop.example/done' },
    { pg: 'chai', pay_method: 'trans', merchant_uid: 'x', amount: 1004 },
    { amount: 1004 },
  ].map((params) => new Promise((resolve) => window.IMP.request_pay(params, resolve)))));
  assert.deepEqual(answers.map((rsp) => rsp.success), [false, false, false, false]);
  assert.match(answers[0].error_msg, /amount/);
  assert.match(answers[1].error_msg, /pay_method/);
  assert.match(answers[2].error_msg, /m_redirect_url/);
  assert.match(answers[3].error_msg, /merchant_uid/);
  await page.close();
});

// The whole flow: page, the simulator's iamport.js and window, its
// redirect, server-side verification against its API, result page.
const choose = (order, choice) => fetch(`${api}/__sim/choices/${order}`, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(choice),
});
// A buyer who edits the params in the browser before they reach PortOne.
const forge = (page, change) => page.evaluate((change) => {
  const pay = window.IMP.request_pay;
  window.IMP.request_pay = (params, callback) => pay(Object.assign({}, params, change), callback);
}, change);
const flows = [
  ['flow_paid', 'pay', null, 'paid'],
  ['flow_wrong_amount', 'pay', { amount: 1000 }, 'mismatch'],
  ['flow_wrong_currency', 'pay', { currency: 'USD' }, 'mismatch'],
  ['flow_failed', { fail: '잔액 부족' }, null, 'failed'],
];
windows = true;
// The order number the server gave each flow.
const flowId = {};
for (const [order, choice, change, outcome] of flows) {
  await check(`flow ${order} shows ${outcome}`, async () => {
    const made = await create();
    flowId[order] = made.id;
    await choose(made.id, choice);
    const { page, dialogs } = await open(made.url);
    if (change) await forge(page, change);
    await Promise.all([page.waitForURL(/\/payments\/complete\?/), page.click('#pay')]);
    assert.equal(await page.textContent('#outcome'), outcome);
    assert.equal(await page.getAttribute('main', 'data-outcome'), outcome);
    const text = await page.textContent('main');
    if (order === 'flow_wrong_amount') assert.match(text, /amount/);
    if (order === 'flow_wrong_currency') assert.match(text, /USD/);
    assert.deepEqual(dialogs, []);
    await page.close();
  });
}
const state = async () => (await fetch(`${api}/__sim/state`)).json();
// A payment PortOne has for an order this server never made: paid in the
// simulator's window by another shop's page.
const sim = (path, body) => fetch(`${api}${path}`, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
});
const elsewhere = { pg: 'chai', pay_method: 'trans', merchant_uid: 'nobody', amount: 1004, name: 'x' };
const opened = await (await sim('/__sim/window', { merchant_code: 'imp37739582', params: elsewhere })).json();
await sim(`/__sim/window/${opened.id}/choose`, { choice: 'pay' });
// The payments the flows made, by order.
const byOrder = Object.fromEntries((await state()).payments.map((p) => [p.merchant_uid, p.imp_uid]));
const impUid = Object.fromEntries([
  ...Object.entries(flowId).map(([flow, id]) => [flow, byOrder[id]]),
  ['nobody', byOrder.nobody],
]);
const id = flowId;

await check('one token served every lookup', async () => {
  const { requests, log } = await state();
  assert.equal(requests.getToken, 1);
  // Every verdict follows a lookup, the failed one's too: one per flow.
  const flowPayments = new Set(flows.map(([order]) => impUid[order]));
  const lookups = log.filter((seen) => seen.route === 'getPaymentByImpUid' && flowPayments.has(seen.path.split('/').pop()));
  assert.equal(lookups.length, flows.length);
  assert.deepEqual(log.filter((seen) => seen.status === 401), []);
});

// Verdicts follow the order the hint names.
const verdict = async (query) => {
  const { page } = await open(`${base}/payments/complete?${query}`);
  const outcome = await page.getAttribute('main', 'data-outcome');
  await page.close();
  return outcome;
};
await check("another order's failed payment is not \"failed\" for this order", async () => {
  const open = await create();
  assert.equal(await verdict(`imp_uid=${impUid.flow_failed}&merchant_uid=${open.id}&imp_success=false`), 'mismatch');
  assert.equal(await verdict(`imp_uid=${impUid.flow_paid}&merchant_uid=${open.id}`), 'mismatch');
  // And the order is still open for its own payment.
  assert.equal((await fetch(open.url)).status, 200);
});
await check('an order already final keeps its verdict', async () => {
  assert.equal(await verdict(`imp_uid=${impUid.flow_failed}&merchant_uid=${id.flow_paid}`), 'paid');
  assert.equal((await fetch(`${base}/checkout?order=${id.flow_paid}`)).status, 410);
});
await check('a redirect that claims failure is checked with PortOne', async () => {
  assert.equal(await verdict(`imp_uid=${impUid.flow_paid}&merchant_uid=${id.flow_paid}&imp_success=false&error_msg=x`), 'paid');
});
await check("PortOne's success URL without imp_uid is looked up by merchant_uid", async () => {
  assert.equal(await verdict(`merchant_uid=${id.flow_paid}`), 'paid');
  assert.equal(await verdict(`merchant_uid=${id.flow_failed}`), 'failed');
});
await check('an m_redirect_url with a query of its own: the last value of a key is PortOne\'s', async () => {
  assert.equal(await verdict(`merchant_uid=from_the_shop&lang=ko&imp_uid=${impUid.flow_paid}&merchant_uid=${id.flow_paid}`), 'paid');
});
await check('an imp_uid PortOne does not know is a 400', async () => {
  const response = await fetch(`${base}/payments/complete?imp_uid=imp_unknown_1&merchant_uid=${id.flow_paid}`);
  assert.equal(response.status, 400);
  const hook = await fetch(`${base}/payments/webhook`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ imp_uid: 'imp_unknown_1', merchant_uid: id.flow_paid }),
  });
  assert.equal(hook.status, 400);
});
await check("a webhook's error does not repeat what was sent", async () => {
  const sent = 'echo-me-<b>9f8e7d</b>';
  for (const [type, body] of [
    ['application/json', JSON.stringify({ imp_uid: 7, merchant_uid: sent })],
    ['application/json', `{"imp_uid":"${sent}","imp_uid":"x","merchant_uid":"y"}`],
    ['application/x-www-form-urlencoded', `imp_uid=${encodeURIComponent(sent)}&imp_uid=x&merchant_uid=y`],
  ]) {
    const response = await fetch(`${base}/payments/webhook`, { method: 'POST', headers: { 'content-type': type }, body });
    assert.equal(response.status, 400);
    assert.ok(!(await response.text()).includes('9f8e7d'), 'the answer repeats the body');
  }
});

const post = (path, type, body) => fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': type }, body });
const webhooks = [
  ['JSON, paid', 'application/json', JSON.stringify({ imp_uid: impUid.flow_paid, merchant_uid: id.flow_paid, status: 'paid' }), 200, 'paid'],
  ['JSON claiming paid, wrong amount', 'application/json', JSON.stringify({ imp_uid: impUid.flow_wrong_amount, merchant_uid: id.flow_wrong_amount, status: 'paid' }), 200, 'mismatch'],
  ['form, paid', 'application/x-www-form-urlencoded', `imp_uid=${impUid.flow_paid}&merchant_uid=${id.flow_paid}&status=paid`, 200, 'paid'],
  ['form, wrong currency', 'application/x-www-form-urlencoded; charset=utf-8', `imp_uid=${impUid.flow_wrong_currency}&merchant_uid=${id.flow_wrong_currency}&status=paid`, 200, 'mismatch'],
  ['form, failed', 'application/x-www-form-urlencoded', `imp_uid=${impUid.flow_failed}&merchant_uid=${id.flow_failed}&status=failed`, 200, 'failed'],
  ['an order this server never made', 'application/json', JSON.stringify({ imp_uid: impUid.nobody, merchant_uid: 'nobody' }), 200, 'unknown order'],
  ['a repeated key', 'application/json', `{"imp_uid":"${impUid.flow_paid}","imp_uid":"imp_x","merchant_uid":"${id.flow_paid}"}`, 400, null],
  ['a repeated form key', 'application/x-www-form-urlencoded', `imp_uid=${impUid.flow_paid}&imp_uid=x&merchant_uid=${id.flow_paid}`, 400, null],
  ['not JSON', 'application/json', '{"imp_uid":', 400, null],
  ['plain text', 'text/plain', `imp_uid=${impUid.flow_paid}`, 415, null],
];
for (const [label, type, body, status, answer] of webhooks) {
  await check(`webhook: ${label}`, async () => {
    const response = await post('/payments/webhook', type, body);
    assert.equal(response.status, status);
    const text = await response.text();
    if (answer) assert.equal(text, `${answer}\n`);
    assert.ok(!text.includes('\n') || text.indexOf('\n') === text.length - 1, 'one line');
  });
}

const methods = [
  ['PUT', '/checkout'], ['DELETE', '/checkout'], ['POST', '/checkout'], ['FOO', '/checkout'], ['GET', '/orders'],
  ['GET', '/payments/webhook'], ['PUT', '/payments/webhook'], ['POST', '/payments/complete'], ['PATCH', '/checkout.json'],
];
for (const [method, path] of methods) {
  await check(`${method} ${path} is 405`, async () => {
    const response = await fetch(`${base}${path}`, { method });
    assert.equal(response.status, 405);
  });
}
await check('an unknown path is 404', async () => {
  assert.equal((await fetch(`${base}/admin`)).status, 404);
});

await check('security headers on every answer', async () => {
  for (const path of ['/checkout', '/checkout.json', '/payments/complete?imp_success=false', '/admin']) {
    const response = await fetch(`${base}${path}`);
    const h = response.headers;
    assert.equal(h.get('x-content-type-options'), 'nosniff', path);
    assert.equal(h.get('referrer-policy'), 'same-origin', path);
    assert.match(h.get('content-security-policy'), /frame-ancestors 'none'/, path);
    assert.match(h.get('content-security-policy'), /default-src 'none'/, path);
  }
});
await check('the checkout page runs under its nonce, a new one each time', async () => {
  const order = await create();
  const first = await fetch(order.url);
  const policy = first.headers.get('content-security-policy');
  const nonce = /'nonce-([0-9a-f]{32})'/.exec(policy)[1];
  const html = await first.text();
  assert.equal(html.split(`nonce="${nonce}"`).length - 1, 3, 'the style and both scripts carry the nonce');
  const again = (await fetch(order.url)).headers.get('content-security-policy');
  assert.notEqual(again, policy);
  // Under that policy the page's own script ran: the simulator's SDK got
  // the call.
  windows = false;
  const { page } = await open(order.url);
  await press(page);
  assert.ok(await recorded(page));
  await page.close();
});

await browser.close();
finish('browser');
