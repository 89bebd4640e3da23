// Usage (app running with --lakeside.identity.trust-forwarded-headers=true):
//   node scripts/annotate-two-annotators.js http://localhost:8094 docs/images/annotate-labelling.png docs/images/annotate-review.png
// Needs playwright-core (`npm i playwright-core`, or PW_CORE=<path to it>) and Chromium at /usr/bin/chromium.
// Two annotators label the demo task in real browsers, then a reviewer opens the review page.
const { chromium } = require(process.env.PW_CORE || 'playwright-core');
const base = process.argv[2];
const who = (email, name) => ({ 'X-Forwarded-Email': email, 'X-Forwarded-User': email, 'X-Forwarded-Preferred-Username': name });
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const annotate = async (email, name, count, disagreeEvery) => {
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 }, extraHTTPHeaders: who(email, name) });
    const page = await ctx.newPage();
    page.on('console', m => { if (m.type() === 'error') console.log('console error:', m.text()); });
    await page.goto(base + '/annotate/review-sentiment', { waitUntil: 'networkidle' });
    await page.waitForSelector('.annotate-item p');
    for (let i = 0; i < count; i++) {
      const text = (await page.locator('.annotate-item').innerText()).toLowerCase();
      let key = /disappointed|not recommend|waste|expected much|not happy|avoid|never again|damaged/.test(text) ? '3'
              : /nothing special|does the job|average|mixed|decent/.test(text) ? '2' : '1';
      if (disagreeEvery && i % disagreeEvery === 0) key = key === '2' ? '1' : '2';
      const before = await page.locator('.annotate-item > span').first().innerText();
      await page.keyboard.press(key);
      await page.keyboard.press('Enter');
      await page.waitForFunction(b => document.querySelector('.annotate-item > span')?.innerText !== b, before, { timeout: 10000 });
    }
    return { ctx, page };
  };
  const ada = await annotate('ada@example.com', 'Ada Lovelace', 24, 0);
  const bob = await annotate('bob@example.com', 'Bob Builder', 24, 5);
  // Typing into the note must not pick labels or submit.
  const p = bob.page;
  const keyBefore = await p.locator('.annotate-item > span').first().innerText();
  await p.locator('vaadin-text-area textarea').click();
  await p.keyboard.type('1 2 s ok');
  await p.keyboard.press('Backspace');
  await p.waitForTimeout(500);
  const pressed = await p.locator('vaadin-button[aria-pressed="true"]').count();
  const keyAfter = await p.locator('.annotate-item > span').first().innerText();
  console.log('note typing: labels pressed =', pressed, ', same item =', keyBefore === keyAfter,
              ', note =', JSON.stringify(await p.locator('vaadin-text-area textarea').inputValue()));
  await p.locator('vaadin-text-area textarea').fill('');
  await p.locator('.annotate-item').click();
  await p.keyboard.press('2');
  await p.waitForTimeout(400);
  await p.screenshot({ path: process.argv[3] });
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 }, extraHTTPHeaders: who('rita@example.com', 'Rita Reviewer') });
  const review = await ctx.newPage();
  await review.goto(base + '/annotate-review/review-sentiment', { waitUntil: 'networkidle' });
  await review.waitForTimeout(1500);
  await review.locator('vaadin-grid-cell-content').filter({ hasText: 'bob@example.com' }).first().click();
  await review.waitForTimeout(800);
  await review.locator('vaadin-select[has-label]').click();
  await review.locator('vaadin-select-item').filter({ hasText: 'positive' }).click();
  await review.locator('vaadin-button').filter({ hasText: 'Record final label' }).click();
  await review.waitForTimeout(1000);
  await review.locator('vaadin-grid-cell-content').filter({ hasText: 'bob@example.com' }).nth(1).click();
  await review.waitForTimeout(800);
  await review.screenshot({ path: process.argv[4] });
  console.log('kappa', await review.locator('#cohens-kappa').innerText(), 'agreement', await review.locator('#percent-agreement').innerText());
  await browser.close();
})();
