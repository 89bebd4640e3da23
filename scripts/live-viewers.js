// Opens N dashboard viewers (separate browser contexts, so separate Vaadin sessions) on /live and
// reports how many warehouse queries the live feed ran per refresh interval while they watched.
// usage: node scripts/live-viewers.js <baseUrl> <viewers> [seconds=20] [refreshSeconds=2]
// needs playwright-core and Chromium (PW_CORE, CHROMIUM env vars override the paths).
const { chromium } = require(process.env.PW_CORE || 'playwright-core');
(async () => {
  const [base, viewers, seconds = '20', refresh = '2'] = process.argv.slice(2);
  const metric = async () => {
    const r = await fetch(base + '/actuator/metrics/lakeside.live.queries');
    return r.ok ? (await r.json()).measurements[0].value : 0;
  };
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'] });
  const pages = [];
  for (let i = 0; i < +viewers; i++) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    const page = await context.newPage();
    // LIGHT=1: do not load ECharts in the viewers, so twenty of them fit a small machine; the
    // server still pushes every update to each of them and their status line still moves.
    if (process.env.LIGHT) {
      await page.route('**/echarts.min.js', route => route.abort());
    }
    await page.goto(base + '/live', { waitUntil: 'domcontentloaded', timeout: 120000 });
    pages.push(page);
  }
  const status = p => p.locator('text=/^Last updated/').first();
  await Promise.all(pages.map(p => status(p).waitFor({ timeout: 180000 })));
  const first = await Promise.all(pages.map(p => status(p).textContent()));
  const before = await metric();
  await pages[0].waitForTimeout(+seconds * 1000);
  const after = await metric();
  const last = await Promise.all(pages.map(p => status(p).textContent()));
  // A viewer that received pushes while we waited shows a newer "Last updated" than at the start.
  const updated = last.filter((text, i) => text !== first[i]).length;
  const intervals = +seconds / +refresh;
  console.log(JSON.stringify({ viewers: +viewers, seconds: +seconds, intervals, queries: after - before,
    queriesPerInterval: (after - before) / intervals, viewersShowingUpdates: updated }));
  await browser.close();
})();
