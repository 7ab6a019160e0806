/**
 * Hash-based CSP for prerendered pages. Next emits inline <script> elements (the RSC payload) whose text is fixed
 * at build time, so after the build each page gets a <meta> policy that allows exactly its own inline scripts by
 * SHA-256 hash. Browsers enforce it together with the header policy, so inline script not written by the build
 * cannot run on these pages even though the header (shared with dynamic routes) permits inline script.
 */
import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** SHA-256 CSP source expressions for every executable inline script in `html`, in order, de-duplicated. */
export function inlineScriptHashes(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    const attrs = m[1];
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && type !== 'text/javascript' && type !== 'module') continue; // JSON-LD and other data blocks never run
    out.add(`'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
  }
  return [...out];
}

/** The meta policy for a page: same-origin scripts plus its own inline scripts, nothing else. */
export function pageScriptPolicy(hashes: readonly string[]): string {
  return `script-src 'self' ${hashes.join(' ')}`.trim();
}

/** Inserts (or replaces) the CSP meta tag as the first element of <head>, before any script. */
export function injectCspMeta(html: string): string {
  const cleaned = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  const policy = pageScriptPolicy(inlineScriptHashes(cleaned));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  if (!/<head\b[^>]*>/i.test(cleaned)) throw new Error('page has no <head>');
  return cleaned.replace(/<head\b[^>]*>/i, (h) => `${h}${meta}`);
}
