// Records Vaadin's UI protocol while headless Chromium drives the fixer, explorer, annotator and live dashboard:
// every ?v-r= request body and answer and every push WebSocket frame, into /tmp/load-rec/<tool>.json.
// The load driver (src/test/java/dev/lakeside/load) reproduces these shapes. Needs playwright-core and chromium.
// Usage: node scripts/record-uidl.js http://localhost:PORT   (app started with mvn spring-boot:run)
const { chromium } = require(process.env.PLAYWRIGHT || '/tmp/pw/node_modules/playwright-core');
const fs = require('fs');
const base = process.argv[2] || 'http://localhost:18201';
fs.mkdirSync('/tmp/load-rec', { recursive: true });
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  async function rec(name, route, act) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const log = [];
    page.on('request', r => { if (r.url().includes('v-r=')) log.push({ dir: 'req', url: r.url(), method: r.method(), body: r.postData() }); });
    page.on('response', async r => { if (r.url().includes('v-r=')) { let b = ''; try { b = await r.text(); } catch (e) {} log.push({ dir: 'resp', url: r.url(), status: r.status(), body: b }); } });
    page.on('websocket', ws => { log.push({ dir: 'ws-open', url: ws.url() });
      ws.on('framesent', f => log.push({ dir: 'ws-sent', body: String(f.payload) }));
      ws.on('framereceived', f => log.push({ dir: 'ws-recv', body: String(f.payload) })); });
    page.on('console', m => { if (m.type() === 'error') log.push({ dir: 'console-error', body: m.text() }); });
    await page.goto(base + route, { waitUntil: 'networkidle' });
    await page.waitForTimeout(2000);
    log.push({ dir: 'mark', body: '--- interactions ---' });
    try { await act(page, log); } catch (e) { log.push({ dir: 'error', body: String(e) }); }
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/load-rec/${name}.png` });
    fs.writeFileSync(`/tmp/load-rec/${name}.json`, JSON.stringify(log, null, 1));
    await page.close();
  }
  const mark = (log, s) => log.push({ dir: 'mark', body: s });
  await rec('fixer', '/fixer', async (page, log) => {
    mark(log, 'search');
    await page.locator('vaadin-text-field input').first().fill('Nord');
    await page.waitForTimeout(1500);
    mark(log, 'select');
    await page.locator('vaadin-grid').first().click({ position: { x: 80, y: 60 } });
    await page.waitForTimeout(1500);
    mark(log, 'edit');
    const f = page.locator('.lakeside-editor vaadin-text-field input').first();
    await f.fill('PL'); await f.press('Tab');
    await page.waitForTimeout(1000);
    mark(log, 'apply');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForTimeout(1000);
    mark(log, 'discard');
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await page.waitForTimeout(1000);
  });
  await rec('explore', '/explore?table=gold.sales', async (page, log) => {
    mark(log, 'scroll');
    await page.evaluate(() => document.querySelector('vaadin-grid.explore-grid').scrollToIndex(1000));
    await page.waitForTimeout(2000);
    mark(log, 'column');
    const cb = page.locator('vaadin-combo-box input').nth(1);
    await cb.click(); await cb.fill('region'); await page.waitForTimeout(800); await cb.press('Enter');
    await page.waitForTimeout(1500);
    mark(log, 'contains');
    const c = page.getByLabel('Contains');
    await c.fill('North'); await c.press('Tab');
    await page.waitForTimeout(800);
    mark(log, 'add');
    await page.getByRole('button', { name: 'Add filter' }).click();
    await page.waitForTimeout(2000);
    mark(log, 'count');
    await page.getByRole('button', { name: 'Count rows' }).click();
    await page.waitForTimeout(3000);
  });
  await rec('annotate', '/annotate', async (page, log) => {
    mark(log, 'label');
    await page.locator('vaadin-button.annotate-label').first().click();
    await page.waitForTimeout(800);
    mark(log, 'submit');
    await page.getByRole('button', { name: 'Submit (Enter)' }).click();
    await page.waitForTimeout(1500);
  });
  await rec('live', '/live', async (page, log) => {
    mark(log, 'wait');
    await page.waitForTimeout(8000);
  });
  await browser.close();
})();
