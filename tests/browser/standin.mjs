// A stand-in PortOne REST API on 127.0.0.1 for the browser test of the
// whole checkout flow. It issues tokens (`POST /users/getToken`, key
// `test-key`, secret `test-secret`) and answers `GET /payments/{imp_uid}`
// for the imp_uid the stand-in iamport.js made, `imp_` + merchant_uid. The
// order number chooses the answer:
//   ..._wrong_amount    paid, 1000 KRW (the order charged 1004)
//   ..._wrong_currency  paid, 1004 USD
//   ..._failed          status failed
//   anything else       paid, 1004 KRW
// `GET /__calls` reports how often each route was called. Shapes follow
// rest-api.md §5 (the OpenAPI's `Payment` and `AccessToken`).
//
// Usage: node standin.mjs   (prints "listening on http://127.0.0.1:PORT")
import http from 'node:http';

const calls = { getToken: 0, payments: 0, unauthorized: 0 };
const tokens = new Set();

const envelope = (response) => JSON.stringify({ code: 0, message: null, response });

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { body += chunk; if (body.length > 65536) req.destroy(); });
  req.on('end', () => {
    const send = (status, text) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(text);
    };
    const url = new URL(req.url, 'http://stand-in');
    if (req.method === 'POST' && url.pathname === '/users/getToken') {
      const { imp_key: key, imp_secret: secret } = JSON.parse(body || '{}');
      if (key !== 'test-key' || secret !== 'test-secret') {
        return send(401, JSON.stringify({ code: -1, message: '인증 실패', response: null }));
      }
      calls.getToken += 1;
      const token = `token-${calls.getToken}`;
      tokens.add(token);
      const now = Math.floor(Date.now() / 1000);
      return send(200, envelope({ access_token: token, now, expired_at: now + 1800 }));
    }
    if (req.method === 'GET' && url.pathname === '/__calls') return send(200, JSON.stringify(calls));
    const match = /^\/payments\/imp_([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && match) {
      const token = (req.headers.authorization || '').replace(/^Bearer /, '');
      if (!tokens.has(token)) {
        calls.unauthorized += 1;
        return send(401, JSON.stringify({ code: -1, message: 'Unauthorized', response: null }));
      }
      calls.payments += 1;
      const merchantUid = decodeURIComponent(match[1]);
      const payment = {
        imp_uid: `imp_${merchantUid}`,
        merchant_uid: merchantUid,
        pay_method: 'trans',
        pg_provider: 'chai',
        status: 'paid',
        amount: 1004,
        cancel_amount: 0,
        currency: 'KRW',
        sandbox: false,
        name: '주문명:결제테스트',
        paid_at: Math.floor(Date.now() / 1000),
        fail_reason: null,
      };
      if (merchantUid.endsWith('_wrong_amount')) payment.amount = 1000;
      if (merchantUid.endsWith('_wrong_currency')) payment.currency = 'USD';
      if (merchantUid.endsWith('_failed')) Object.assign(payment, { status: 'failed', paid_at: 0, fail_reason: '잔액 부족' });
      return send(200, envelope(payment));
    }
    return send(404, JSON.stringify({ code: 1, message: '존재하지 않는 결제정보입니다.', response: null }));
  });
});

server.listen(0, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}`);
});
