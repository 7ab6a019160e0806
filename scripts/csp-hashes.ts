/**
 * After `next build`: gives every prerendered HTML page a hash-based script policy (see lib/site/csp.ts), as a
 * <meta> tag in the page and in <distDir>/csp-pages.json, from which scripts/server.mjs sends the same policy as
 * the Content-Security-Policy header of that page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { injectCspMeta, inlineScriptHashes } from '../lib/site/csp';
import { htmlPages } from '../lib/site/html-pages';
import { CSP_MANIFEST } from '../lib/site/serving.mjs';

const distDir = join(process.cwd(), process.env.NEXT_DIST_DIR || '.next');
const pages: Record<string, string[]> = {};
// server/app/index.html is "/", server/app/mechanisms/x.html is "/mechanisms/x".
for (const { url, file } of htmlPages(join(distDir, 'server', 'app'))) {
  const html = injectCspMeta(readFileSync(file, 'utf8'));
  writeFileSync(file, html);
  pages[url] = inlineScriptHashes(html);
}
writeFileSync(join(distDir, CSP_MANIFEST), `${JSON.stringify({ version: 1, pages }, null, 1)}\n`);
console.log(`CSP: hash-based script policy added to ${Object.keys(pages).length} prerendered pages (${CSP_MANIFEST}).`);
