// The `_headers` file that Netlify and Cloudflare Pages read (one rule per block: a path pattern, then indented
// `Name: value` lines): written by scripts/build-static.ts, read by scripts/serve-static.mjs. Plain JavaScript,
// because the preview server runs under plain Node; types in headers-file.d.mts.
//
// Hosts differ when two rules that match one path set the same header: Cloudflare joins the values with a comma,
// Netlify keeps the later one. For a Content-Security-Policy a comma join means two policies, both enforced, so the
// file never lets two rules with different policies match one path: pages get their own policy, other files get the
// shared one only under prefixes that hold no page.
import { HSTS, SECURITY_HEADERS, withScriptSources } from './serving.mjs';

const CSP = 'Content-Security-Policy';

/**
 * @typedef {{ path: string, headers: [string, string][] }} HeaderRule
 */

/**
 * The rules for a static export.
 * @param {{ pages: Readonly<Record<string, readonly string[]>>, files: readonly string[] }} site
 *   pages: URL path of each HTML page → its inline-script hashes; files: URL path of every other file served.
 * @returns {HeaderRule[]}
 */
export function staticHeaderRules({ pages, files }) {
  const { [CSP]: basePolicy, ...shared } = SECURITY_HEADERS;
  const rules = [{ path: '/*', headers: [...Object.entries(shared), ['Strict-Transport-Security', HSTS]] }];
  rules.push({ path: '/_next/static/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] });
  const pagePaths = Object.keys(pages);
  const topOf = (p) => p.split('/')[1] ?? '';
  const pageTops = new Set(pagePaths.map(topOf));
  const prefixes = new Set();
  const exact = new Set();
  // A page's RSC payload (/x.txt beside /x, /index.txt beside /) is fetched by script, never shown as a document.
  const payload = (f) => f.endsWith('.txt') && (f === '/index.txt' || f.slice(0, -4) in pages);
  for (const f of files) {
    const top = topOf(f);
    if (payload(f)) continue;
    if (f === `/${top}`) exact.add(f);
    else if (!pageTops.has(top)) prefixes.add(`/${top}/*`);
    // Else a file beside pages (their RSC payload segments): no policy, so no rule can collide with a page's.
  }
  for (const path of [...[...prefixes].sort(), ...[...exact].sort()]) rules.push({ path, headers: [[CSP, basePolicy]] });
  for (const path of pagePaths.sort()) rules.push({ path, headers: [[CSP, withScriptSources(basePolicy, pages[path])]] });
  return rules;
}

/**
 * The text of a `_headers` file.
 * @param {readonly HeaderRule[]} rules
 * @param {string} [comment]
 */
export function formatHeadersFile(rules, comment) {
  const head = comment
    ? `${comment
        .split('\n')
        .map((l) => `# ${l}`.trimEnd())
        .join('\n')}\n`
    : '';
  return head + rules.map((r) => `${r.path}\n${r.headers.map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`).join('');
}

/**
 * Parses a `_headers` file. Lines starting with # are comments; a rule's header lines are indented.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (/^\s*(#|$)/.test(line)) return;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      return;
    }
    const m = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
    if (!m || rules.length === 0)
      throw new Error(`_headers:${i + 1}:1  header  not a "Name: value" line under a path  → indent header lines under a rule's path`);
    rules[rules.length - 1].headers.push([m[1], m[2].trim()]);
  });
  return rules;
}

/**
 * Whether a rule's path pattern matches a URL path: `*` matches any run of characters (slashes included),
 * `:name` one path segment; everything else literally.
 * @param {string} pattern
 * @param {string} path
 */
export function ruleMatches(pattern, path) {
  const re = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${re}$`).test(path);
}

/**
 * The headers for a URL path, as Cloudflare Pages combines them: every matching rule applies, and a header set by
 * more than one of them gets its values joined with ", " (so a collision shows instead of hiding).
 * @param {readonly HeaderRule[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersForPath(rules, path) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const r of rules) {
    if (!ruleMatches(r.path, path)) continue;
    for (const [k, v] of r.headers) {
      const key = Object.keys(out).find((x) => x.toLowerCase() === k.toLowerCase()) ?? k;
      out[key] = key in out ? `${out[key]}, ${v}` : v;
    }
  }
  return out;
}
