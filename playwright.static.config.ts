import { defineConfig } from '@playwright/test';
import base from './playwright.config';

const PORT = Number(process.env.E2E_STATIC_PORT ?? 3200);

/**
 * Browser tests of the static export (`npm run build:static`, out/) served by a plain static file server that
 * applies out/_headers the way Netlify and Cloudflare Pages do (scripts/serve-static.mjs), not by Next.
 */
export default defineConfig({
  ...base,
  testDir: 'tests/e2e-static',
  reporter: [['list'], ['json', { outputFile: '.cache/test-results/playwright-static.json' }]],
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    command: 'node scripts/serve-static.mjs',
    env: { PORT: String(PORT), HOSTNAME: '127.0.0.1' },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
