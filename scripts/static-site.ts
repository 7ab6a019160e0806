/** The steps of `npm run build:static` that follow Next's export (scripts/build-static.ts). */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { injectCspMeta, inlineScriptHashes } from '../lib/site/csp';
import { pageUrl } from '../lib/site/html-pages';
import { formatHeadersFile, staticHeaderRules } from '../lib/site/headers-file.mjs';

const TEXT = /\.(html|txt|json|js|css|xml|svg|bib|ris|map|webmanifest)$/;
/** Smaller files are not worth a compressed copy. */
const MIN_COMPRESS = 1024;

/** Every file under `dir` as a URL path, leaving out what this step writes itself. */
function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(`/${relative(dir, p).split(sep).join('/')}`);
    }
  };
  walk(dir);
  return files.filter((f) => f !== '/_headers' && !/\.(br|gz)$/.test(f));
}

/**
 * After the export: each page's hash-based script policy as a <meta> tag and as its rule in out/_headers, then
 * precompressed .br and .gz copies of text files. Safe to run twice on the same folder.
 */
export function finishStaticSite(out: string, origin: string): { pages: number; files: number; rules: number; compressed: number } {
  if (!existsSync(join(out, '404.html'))) throw new Error(`${out}/404.html is missing: static hosts would have no not-found page`);
  const files = listFiles(out);
  const pages: Record<string, string[]> = {};
  const others: string[] = [];
  for (const f of files) {
    if (!f.endsWith('.html')) {
      others.push(f);
      continue;
    }
    const p = join(out, f);
    const html = injectCspMeta(readFileSync(p, 'utf8'));
    writeFileSync(p, html);
    // Served with clean URLs: /mechanisms/x.html is /mechanisms/x, /index.html is /.
    pages[pageUrl(f)] = inlineScriptHashes(html);
  }
  const rules = staticHeaderRules({ pages, files: others });
  const note = `Security headers of the static atlas for ${origin} (Netlify / Cloudflare Pages format), written by npm run build:static.\nEach page has its own script policy: never add a Content-Security-Policy to /*, hosts would enforce both.`;
  writeFileSync(join(out, '_headers'), formatHeadersFile(rules, note));

  let compressed = 0;
  for (const f of files) {
    if (!TEXT.test(f)) continue;
    const p = join(out, f);
    const data = readFileSync(p);
    if (data.length < MIN_COMPRESS) continue;
    writeFileSync(
      `${p}.br`,
      brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
    );
    writeFileSync(`${p}.gz`, gzipSync(data, { level: 9 }));
    compressed++;
  }
  return { pages: Object.keys(pages).length, files: others.length, rules: rules.length, compressed };
}
