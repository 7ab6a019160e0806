import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { injectCspMeta, inlineScriptHashes } from '@/lib/site/csp';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('hash-based CSP for prerendered pages', () => {
  const html =
    '<html><head><script src="/a.js"></script><script>self.x=1</script></head><body><script type="application/ld+json">{"a":1}</script><script id="_R_">self.y=2</script><script>self.x=1</script></body></html>';

  it('hashes each executable inline script once, skipping external and data scripts', () => {
    expect(inlineScriptHashes(html)).toEqual([sha('self.x=1'), sha('self.y=2')]);
  });

  it('puts the policy first in <head>, and re-running replaces rather than stacks it', () => {
    const once = injectCspMeta(html);
    expect(
      once.startsWith(
        `<html><head><meta http-equiv="Content-Security-Policy" content="script-src 'self' ${sha('self.x=1')} ${sha('self.y=2')}">`,
      ),
    ).toBe(true);
    expect(injectCspMeta(once)).toBe(once);
  });

  it('refuses a page without a head', () => {
    expect(() => injectCspMeta('<p>x</p>')).toThrow('no <head>');
  });
});
