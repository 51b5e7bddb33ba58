// Drives headless Chromium (the system's, through playwright-core) against
// the checkout_server example. PortOne's iamport.js is replaced by a local
// stand-in that records what IMP.request_pay receives, and for an order
// whose number starts with `flow_` then redirects to m_redirect_url as
// PortOne does (`imp_uid` = `imp_` + merchant_uid, `imp_success=true`). The
// server verifies that payment against the stand-in REST API (standin.mjs).
//
// The whole flow: the result page says "paid" for a payment that matches
// the order, "mismatch" when the stand-in reports another amount or
// currency, "failed" for a failed one; one token serves every lookup. The
// webhook route does the same for JSON and form bodies. Routes answer only
// their methods (405 otherwise), and every answer carries the security
// headers; the checkout page's scripts run under its nonce policy.
//
// For every string of pitfalls.md §3 (in `name`, `buyer_name`, `buyer_addr`
// and inside `custom_data`), the object the page hands to IMP.request_pay
// must equal, value for value, the payment the Rust side built
// (/checkout.json), and no injected script may run (no dialog opens). The
// redirect handler, fed hostile query strings, must show them as text.
//
// Usage: node check.mjs BASE_URL SCREENSHOT_PATH API_URL
import assert from 'node:assert/strict';
import { check, finish } from './checks.mjs';
import { chromium } from 'playwright-core';

const [base, screenshot, api] = process.argv.slice(2);

const strings = [
  '</script><script>alert(1)</script>',
  '</SCRIPT >',
  'a\u2028b\u2029c',
  '\u0000',
  '\u001b',
  '\u202e',
  'O\'Brien "Quote" \\ back\\slash',
  'A, B & C: D=E',
  '${alert(1)}',
  '{{7*7}}',
];

const stub = `
  window.IMP = {
    init(code) { window.__initCode = code; },
    request_pay(params, callback) {
      window.__recorded = JSON.parse(JSON.stringify(params));
      if (params.merchant_uid.startsWith('flow_')) {
        const query = new URLSearchParams({ imp_uid: 'imp_' + params.merchant_uid, merchant_uid: params.merchant_uid, imp_success: 'true' });
        location.href = params.m_redirect_url + '?' + query;
      }
    },
  };`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 640, height: 380 }, deviceScaleFactor: 1 });
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url.endsWith('/v1/iamport.js')) {
    return route.fulfill({ contentType: 'application/javascript', body: stub });
  }
  if (url.startsWith(base)) return route.continue();
  return route.abort(); // nothing leaves the machine
});

const open = async (url) => {
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  await page.goto(url);
  return { page, dialogs };
};

// The plain page first: its screenshot goes into the README.
await check('plain checkout page', async () => {
  const { page, dialogs } = await open(`${base}/checkout`);
  await page.screenshot({ path: screenshot });
  await page.click('#pay');
  const recorded = await page.evaluate(() => window.__recorded);
  const expected = await (await fetch(`${base}/checkout.json`)).json();
  assert.deepEqual(recorded, expected);
  assert.equal(await page.evaluate(() => window.__initCode), 'imp37739582');
  assert.deepEqual(dialogs, []);
  await page.close();
});

for (const [i, s] of strings.entries()) {
  await check(`string ${JSON.stringify(s)}`, async () => {
    const query = new URLSearchParams({ order: `order_${i}`, name: s, buyer_name: s, buyer_addr: s, note: s });
    const { page, dialogs } = await open(`${base}/checkout?${query}`);
    await page.click('#pay');
    const recorded = await page.evaluate(() => window.__recorded);
    const expected = await (await fetch(`${base}/checkout.json?${query}`)).json();
    assert.deepEqual(recorded, expected);
    for (const key of ['name', 'buyer_name', 'buyer_addr']) assert.equal(recorded[key], s, key);
    assert.equal(recorded.custom_data.note, s);
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
    const shown = await page.evaluate(() => [...document.querySelectorAll('dd')].map((d) => d.textContent));
    assert.deepEqual(shown, [h, h, h, h]);
    assert.equal(await page.evaluate(() => document.images.length + document.scripts.length), 0);
    assert.deepEqual(dialogs, []);
    await page.close();
  });
}
await check('redirect with a repeated key is refused', async () => {
  const { page, dialogs } = await open(`${base}/payments/complete?imp_uid=a&imp_uid=%3Cb%3E`);
  assert.match(await page.textContent('main'), /잘못된 결과 주소/);
  assert.deepEqual(dialogs, []);
  await page.close();
});

// The whole flow: page, stand-in SDK redirect, server-side verification
// against the stand-in API, result page.
const flows = [
  ['flow_paid', 'paid'],
  ['flow_wrong_amount', 'mismatch'],
  ['flow_wrong_currency', 'mismatch'],
  ['flow_failed', 'failed'],
];
for (const [order, outcome] of flows) {
  await check(`flow ${order} shows ${outcome}`, async () => {
    const { page, dialogs } = await open(`${base}/checkout?order=${order}`);
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
await check('one token served every lookup', async () => {
  const calls = await (await fetch(`${api}/__calls`)).json();
  assert.deepEqual(calls, { getToken: 1, payments: flows.length, unauthorized: 0 });
});

const post = (path, type, body) => fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': type }, body });
const webhooks = [
  ['JSON, paid', 'application/json', JSON.stringify({ imp_uid: 'imp_flow_paid', merchant_uid: 'flow_paid', status: 'paid' }), 200, 'paid'],
  ['JSON claiming paid, wrong amount', 'application/json', JSON.stringify({ imp_uid: 'imp_flow_wrong_amount', merchant_uid: 'flow_wrong_amount', status: 'paid' }), 200, 'mismatch'],
  ['form, paid', 'application/x-www-form-urlencoded', 'imp_uid=imp_flow_paid&merchant_uid=flow_paid&status=paid', 200, 'paid'],
  ['form, wrong currency', 'application/x-www-form-urlencoded; charset=utf-8', 'imp_uid=imp_flow_wrong_currency&merchant_uid=flow_wrong_currency&status=paid', 200, 'mismatch'],
  ['form, failed', 'application/x-www-form-urlencoded', 'imp_uid=imp_flow_failed&merchant_uid=flow_failed&status=failed', 200, 'failed'],
  ['an order this server never made', 'application/json', JSON.stringify({ imp_uid: 'imp_nobody', merchant_uid: 'nobody' }), 200, 'unknown order'],
  ['a repeated key', 'application/json', '{"imp_uid":"imp_flow_paid","imp_uid":"imp_x","merchant_uid":"flow_paid"}', 400, null],
  ['a repeated form key', 'application/x-www-form-urlencoded', 'imp_uid=imp_flow_paid&imp_uid=x&merchant_uid=flow_paid', 400, null],
  ['not JSON', 'application/json', '{"imp_uid":', 400, null],
  ['plain text', 'text/plain', 'imp_uid=imp_flow_paid', 415, null],
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
  ['PUT', '/checkout'], ['DELETE', '/checkout'], ['POST', '/checkout'], ['FOO', '/checkout'],
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
  const first = await fetch(`${base}/checkout`);
  const policy = first.headers.get('content-security-policy');
  const nonce = /'nonce-([0-9a-f]{32})'/.exec(policy)[1];
  const html = await first.text();
  assert.equal(html.split(`nonce="${nonce}"`).length - 1, 3, 'the style and both scripts carry the nonce');
  const again = (await fetch(`${base}/checkout`)).headers.get('content-security-policy');
  assert.notEqual(again, policy);
  // Under that policy the page's own script ran: the stand-in SDK got the call.
  const { page } = await open(`${base}/checkout`);
  await page.click('#pay');
  assert.ok(await page.evaluate(() => window.__recorded !== undefined));
  await page.close();
});

await browser.close();
finish('browser');
