// Screenshot of a page in Debian Chromium, for looking at what a change shows a reader:
//   node scripts/screenshot.mjs <url> <out.png> [light|dark] [width] [height]
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../lib/bench/chromium.mjs';

const [, , url, out, scheme = 'light', w = '1280', h = '1800'] = process.argv;
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [light|dark] [width] [height]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const page = await browser.newPage({
  viewport: { width: Number(w), height: Number(h) },
  colorScheme: scheme === 'dark' ? 'dark' : 'light',
});
await page.goto(url);
await page.screenshot({ path: out });
await browser.close();
