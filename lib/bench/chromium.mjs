// The one Chromium set-up of this machine, shared by the Playwright configs, the browser benches and
// scripts/screenshot.mjs. Plain JavaScript (typed by chromium.d.mts) so that .mjs helpers can import it too.

/** Debian's Chromium, or CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless flags that keep runs quiet and comparable (no sandbox as root, no GPU, no background traffic). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
