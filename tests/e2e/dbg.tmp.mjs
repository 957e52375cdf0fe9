import { chromium } from 'playwright-core';
import { serve } from '../../web/serve.mjs';
const iso = await serve({ port: 0, quiet: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const page = await (await browser.newContext()).newPage();
page.on('console', (m) => console.log('console:', m.type(), m.text()));
await page.goto(iso.url);
await page.waitForFunction(() => window.__interleave && document.body.dataset.ready === '1' && document.body.dataset.editor === '1', null, { timeout: 30000 });
await page.evaluate(() => { const el = document.getElementById('opt-seed'); el.value = '1'; el.dispatchEvent(new Event('change')); });
for (const n of process.argv.slice(2)) {
  await page.evaluate((n) => window.__interleave.loadExample(n), n);
  await page.click('#run');
  await page.waitForFunction(() => document.body.dataset.state === 'idle', null, { timeout: 30000 }).catch(() => {});
  console.log(n, JSON.stringify(await page.evaluate(() => ({ exit: document.getElementById('status-exit').textContent, t: window.__interleave.terminalText().slice(-600) }))));
}
await browser.close();
process.exit(0);
