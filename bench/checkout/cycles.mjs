// 1,000 checkout-and-verify cycles against a running checkout_server and
// iamport-sim, one after another: the order made, its params read, paid
// in the simulator's window, and the redirect verified (the server asks
// the simulator and settles the order). Then 1,000 GET /checkout of one
// open order, for the page's latency. Prints one JSON line.
//
// Usage: node cycles.mjs BASE_URL SIM_URL KIND   (KIND: post | get, how
// the server makes an order: POST /orders, or the old GET /checkout?order=)
const [base, api, kind] = process.argv.slice(2);
const post = (url, type, body) => fetch(url, { method: 'POST', headers: { 'content-type': type }, body, redirect: 'manual' });

const makeOrder = async (i) => {
  if (kind === 'get') {
    const id = `bench_${i}`;
    await (await fetch(`${base}/checkout?order=${id}`)).arrayBuffer();
    return id;
  }
  const created = await post(`${base}/orders`, 'application/x-www-form-urlencoded', 'name=bench');
  await created.arrayBuffer();
  return new URL(created.headers.get('location'), base).searchParams.get('order');
};

const cycle = async (i) => {
  const id = await makeOrder(i);
  const params = await (await fetch(`${base}/checkout.json?order=${id}`)).json();
  const opened = await (await post(`${api}/__sim/window`, 'application/json', JSON.stringify({ merchant_code: 'imp37739582', params }))).json();
  const chosen = await post(`${api}/__sim/window/${opened.id}/choose`, 'application/json', '{"choice":"pay"}');
  await chosen.arrayBuffer();
  const page = await (await fetch(chosen.headers.get('location'))).text();
  if (!page.includes('data-outcome="paid"')) throw new Error(`cycle ${i}: ${page.slice(0, 200)}`);
};

for (let i = 0; i < 20; i += 1) await cycle(`warm_${i}`);
const started = process.hrtime.bigint();
for (let i = 0; i < 1000; i += 1) await cycle(i);
const cycles = Number(process.hrtime.bigint() - started) / 1e6;

const open = await makeOrder('latency');
const times = [];
for (let i = 0; i < 1000; i += 1) {
  const t = process.hrtime.bigint();
  const response = await fetch(`${base}/checkout?order=${open}`);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET /checkout: ${response.status}`);
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({
  cycles_ms_each: +(cycles / 1000).toFixed(3),
  checkout_median_ms: +times[499].toFixed(3),
  checkout_p99_ms: +times[989].toFixed(3),
}));
