// Test mode, in headless Chromium: against iamport-sim as a test channel
// (`--sandbox`, every payment `sandbox: true`), the checkout server started
// with `--test-mode` accepts the payment and both its pages say test mode
// is on; the same payment on a server left live is a mismatch (the default
// refuses a test channel's payments), and its pages say nothing of test
// mode.
//
// Usage: node testmode.mjs TEST_MODE_BASE LIVE_BASE SIM_URL
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { check, finish } from './checks.mjs';

const [testBase, liveBase, api] = process.argv.slice(2);
const post = (url, type, body) => fetch(url, { method: 'POST', headers: { 'content-type': type }, body, redirect: 'manual' });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext();
await context.route('**/*', (route) => {
  const url = route.request().url();
  if ([testBase, liveBase, api].some((origin) => url.startsWith(origin))) return route.continue();
  return route.abort();
});

// An order made from the cart and paid in the simulator's window, by the
// buyer in the browser; the checkout page's and the result page's text.
const pay = async (base) => {
  const created = await post(`${base}/orders`, 'application/x-www-form-urlencoded', 'name=x');
  const url = new URL(created.headers.get('location'), base);
  await post(`${api}/__sim/choices/${url.searchParams.get('order')}`, 'application/json', '"pay"');
  const page = await context.newPage();
  await page.goto(url.href);
  const checkout = await page.content();
  await Promise.all([page.waitForURL(/\/payments\/complete\?/), page.click('#pay')]);
  const result = await page.content();
  await page.close();
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
await browser.close();
finish('test mode');
