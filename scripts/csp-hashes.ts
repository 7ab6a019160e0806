/**
 * After `next build`: gives every prerendered HTML page a hash-based script policy (see lib/site/csp.ts), as a
 * <meta> tag in the page and in <distDir>/csp-pages.json, from which scripts/server.mjs sends the same policy as
 * the Content-Security-Policy header of that page.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { injectCspMeta, inlineScriptHashes } from '../lib/site/csp';
import { CSP_MANIFEST } from '../lib/site/serving.mjs';

const distDir = join(process.cwd(), process.env.NEXT_DIST_DIR || '.next');
const appDir = join(distDir, 'server', 'app');
const pages: Record<string, string[]> = {};
const visit = (d: string) => {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) visit(p);
    else if (name.endsWith('.html')) {
      const html = injectCspMeta(readFileSync(p, 'utf8'));
      writeFileSync(p, html);
      // server/app/index.html is "/", server/app/mechanisms/x.html is "/mechanisms/x".
      const route = `/${relative(appDir, p)
        .split(sep)
        .join('/')
        .replace(/\.html$/, '')}`.replace(/^\/index$/, '/');
      pages[route] = inlineScriptHashes(html);
    }
  }
};
visit(appDir);
writeFileSync(join(distDir, CSP_MANIFEST), `${JSON.stringify({ version: 1, pages }, null, 1)}\n`);
console.log(`CSP: hash-based script policy added to ${Object.keys(pages).length} prerendered pages (${CSP_MANIFEST}).`);
