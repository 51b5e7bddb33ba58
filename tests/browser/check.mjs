// Drives headless Chromium (the system's, through playwright-core) against
// the checkout_server example. PortOne's iamport.js is replaced by a local
// stand-in that records what IMP.request_pay receives.
//
// For every string of pitfalls.md §3 (in `name`, `buyer_name`, `buyer_addr`
// and inside `custom_data`), the object the page hands to IMP.request_pay
// must equal, value for value, the payment the Rust side built
// (/checkout.json), and no injected script may run (no dialog opens). The
// redirect handler, fed hostile query strings, must show them as text.
//
// Usage: node check.mjs BASE_URL SCREENSHOT_PATH
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const [base, screenshot] = process.argv.slice(2);

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
    request_pay(params, callback) { window.__recorded = JSON.parse(JSON.stringify(params)); },
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

let passed = 0;
let failed = 0;
const check = async (label, fn) => {
  try {
    await fn();
    passed += 1;
  } catch (e) {
    failed += 1;
    console.error(`FAIL ${label}: ${e.message}`);
  }
};

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

await browser.close();
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
