// Opens /live in a browser that cannot open WebSockets (every push socket is closed at once, as a
// proxy that does not pass upgrades would) and checks that updates still arrive, over long polling.
// usage: node scripts/live-no-websocket.js <baseUrl> [seconds=12]
const { chromium } = require(process.env.PW_CORE || 'playwright-core');
(async () => {
  const [base, seconds = '12'] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  let refusedSockets = 0;
  let longPolls = 0;
  await page.routeWebSocket(/VAADIN\/push/, ws => { refusedSockets++; ws.close({ code: 1006 }); });
  page.on('request', r => { if (r.url().includes('X-Atmosphere-Transport=long-polling')) longPolls++; });
  page.on('console', m => { if (/Push connection|Downgrading/.test(m.text())) console.log('client:', m.text().slice(0, 160)); });
  await page.goto(base + '/live', { waitUntil: 'domcontentloaded', timeout: 120000 });
  const status = page.locator('text=/^Last updated/').first();
  await status.waitFor({ timeout: 120000 });
  const first = await status.textContent();
  await page.waitForTimeout(+seconds * 1000);
  const last = await status.textContent();
  console.log(JSON.stringify({ refusedSockets, longPollRequests: longPolls, first, last, moved: first !== last }));
  await browser.close();
})();
