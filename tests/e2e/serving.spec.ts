import { expect, test } from '@playwright/test';
import { MALFORMED_PATHS } from '../helpers/malformed-paths';

test.describe('npm start serving', () => {
  for (const path of MALFORMED_PATHS) {
    test(`${path} answers 400 with the security headers, not a bare 500`, async ({ request, baseURL }) => {
      // Sent as written: the request API would otherwise re-encode the path.
      const r = await request.get(`${baseURL}${path}`);
      expect(r.status()).toBe(400);
      const h = r.headers();
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['x-frame-options']).toBe('DENY');
      expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(await r.text()).toContain('malformed percent-encoding');
    });
  }

  test('HSTS is sent behind an HTTPS proxy, and not over plain HTTP', async ({ request }) => {
    for (const url of ['/', '/mechanisms/stk11-lkb1-loss', '/search-index/manifest.json', '/no-such-page']) {
      expect((await request.get(url)).headers()['strict-transport-security'], url).toBeUndefined();
      const https = await request.get(url, { headers: { 'X-Forwarded-Proto': 'https' } });
      expect(https.headers()['strict-transport-security'], url).toBe('max-age=63072000; includeSubDomains');
    }
  });

  test('a not-found page gets the not-found page’s script hashes, and still no inline allowance', async ({ request }) => {
    const r = await request.get('/no-such-page');
    expect(r.status()).toBe(404);
    expect(/script-src ([^;]*)/.exec(r.headers()['content-security-policy'])?.[1]).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
  });
});
