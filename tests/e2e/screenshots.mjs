#!/usr/bin/env node
// Writes docs/playground-light.png and docs/playground-dark.png: the
// playground after running a threading example, in both themes.
//
//   node tests/e2e/screenshots.mjs [EXAMPLE.py]   (default: the built-in hello)
//
// Needs the built site (web/build-site.sh) and /usr/bin/chromium.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import LZString from 'lz-string';
import { serve } from '../../web/serve.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const example = process.argv[2];
const code = example ? fs.readFileSync(example, 'utf8') : null;
const { server, url } = await serve({ port: 0, quiet: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
for (const theme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const hash = code ? `#code=${LZString.compressToEncodedURIComponent(code)}` : '';
  await page.goto(`${url}?theme=${theme}&run=1${hash}`);
  await page.waitForFunction(() => document.body.dataset.editor === '1' && document.body.dataset.state === 'idle',
    null, { timeout: 60000 });
  await page.waitForTimeout(300);
  const out = path.join(REPO, 'docs', `playground-${theme}.png`);
  await page.screenshot({ path: out });
  console.log(`wrote ${path.relative(REPO, out)}`);
  await page.close();
}
await browser.close();
server.close();
