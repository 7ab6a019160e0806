import { chromium } from '@playwright/test';
const [,, url, out, scheme = 'light', w = '1280', h = '1800'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const p = await b.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme });
await p.goto(url); await p.waitForTimeout(300);
await p.screenshot({ path: out });
await b.close();
