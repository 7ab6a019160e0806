// Serving rules shared by the Node server (scripts/server.mjs), its launcher (scripts/serve.mjs), the static build
// (scripts/build-static.ts) and the static preview server (scripts/serve-static.mjs). Plain JavaScript, because the
// servers run under plain Node; types in serving.d.mts.
import { constants } from 'node:os';
import securityHeaders from './security-headers.json' with { type: 'json' };

/** The headers every response carries (the script policy allows same-origin files only; pages add their hashes). */
export const SECURITY_HEADERS = Object.freeze({ ...securityHeaders });

/** HSTS for responses served over HTTPS: two years, subdomains included, no preload (that is the owner's choice). */
export const HSTS = 'max-age=63072000; includeSubDomains';

/** The manifest of per-page script hashes that scripts/csp-hashes.ts writes into the build folder. */
export const CSP_MANIFEST = 'csp-pages.json';

/** The manifest key of the page Next renders for an unknown path. */
export const NOT_FOUND_KEY = '/_not-found';

/**
 * True when the path of a request target (`/a/b?x#y`; the query is not looked at) is not a well-formed
 * percent-encoded path: a `%` not followed by two hex digits, bytes that are not UTF-8 (`%ff`, overlong forms,
 * surrogates), or a control character once decoded (`%00`, `%0a`). Such a request is answered 400.
 * @param {string} target
 */
export function malformedPath(target) {
  const end = target.search(/[?#]/);
  const path = end === -1 ? target : target.slice(0, end);
  if (/%(?![0-9a-fA-F]{2})/.test(path)) return true;
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return true;
  }
  return /[\u0000-\u001f\u007f]/.test(decoded);
}

/**
 * Whether the response goes out over HTTPS: the connection itself, a proxy's `X-Forwarded-Proto: https` (its first
 * value), or a configured https public origin (SITE_URL), which says the site is only meant to be reached that way.
 * @param {{ encrypted?: boolean, forwardedProto?: string | string[] | undefined, siteUrl?: string | undefined }} r
 */
export function servedOverHttps({ encrypted = false, forwardedProto, siteUrl }) {
  const proto = (Array.isArray(forwardedProto) ? forwardedProto[0] : forwardedProto)?.split(',')[0]?.trim().toLowerCase();
  return encrypted || proto === 'https' || /^https:\/\//i.test(siteUrl ?? '');
}

/**
 * `policy` with its script-src replaced by `'self'` plus `sources` (hashes). Nothing else of the policy changes.
 * @param {string} policy
 * @param {readonly string[]} sources
 */
export function withScriptSources(policy, sources) {
  const scriptSrc = ["script-src 'self'", ...sources].join(' ');
  if (!/(^|;\s*)script-src\b[^;]*/.test(policy)) return `${policy}; ${scriptSrc}`;
  return policy.replace(/(^|;\s*)script-src\b[^;]*/, (_m, lead) => `${lead}${scriptSrc}`);
}

/**
 * The manifest key of a URL path: no query, no trailing slash ("/" for the home page).
 * @param {string} pathname
 */
export function pageKey(pathname) {
  const p = pathname.split(/[?#]/)[0].replace(/\/+$/, '');
  return p === '' ? '/' : p;
}

/** The Chinese edition's not-found page (app/zh/404/page.tsx). */
export const ZH_NOT_FOUND_PATH = '/zh/404';

/**
 * True when `pathname` is under /zh/ but names no page (neither prerendered nor rendered per request): the server
 * then answers with the Chinese not-found page and status 404, as static hosts do with out/zh/404.html.
 * @param {string} pathname
 * @param {Readonly<Record<string, readonly string[]>>} pages
 * @param {ReadonlySet<string>} dynamicPages
 */
export function unknownChinesePath(pathname, pages, dynamicPages) {
  const key = pageKey(pathname);
  if (key !== '/zh' && !key.startsWith('/zh/')) return false;
  return !(key in pages) && !dynamicPages.has(key);
}

/**
 * The script hashes for the response to `pathname`: the page's own, else the not-found page's (what Next renders for
 * an unknown path), else none.
 * @param {string} pathname
 * @param {Readonly<Record<string, readonly string[]>>} pages
 */
export function scriptSourcesFor(pathname, pages) {
  return pages[pageKey(pathname)] ?? pages[NOT_FOUND_KEY] ?? [];
}

/**
 * Every security header for one response: the shared set, the script policy with `scripts` added, and HSTS when
 * the response goes out over HTTPS.
 * @param {{ scripts?: readonly string[], https?: boolean }} o
 * @returns {Record<string, string>}
 */
export function responseHeaders({ scripts = [], https = false }) {
  const out = { ...SECURITY_HEADERS, 'Content-Security-Policy': withScriptSources(SECURITY_HEADERS['Content-Security-Policy'], scripts) };
  if (https) out['Strict-Transport-Security'] = HSTS;
  return out;
}

/**
 * The exit status a launcher should end with when its server ended with `code` or was ended by `signal`: the code
 * itself, or 128 + the signal's number (the shell's convention), so a killed server never looks like a clean stop.
 * @param {number | null} code
 * @param {NodeJS.Signals | null} signal
 */
export function exitStatus(code, signal) {
  if (code !== null && code !== undefined) return code;
  if (signal) return 128 + (constants.signals[signal] ?? 0);
  return 1;
}

/**
 * Makes a server started by scripts/serve.mjs (with an IPC channel) exit as soon as that launcher is gone, however it
 * ended (SIGKILL included: the channel closes with the process), so no server outlives it holding the port.
 * Does nothing for a process started without a channel.
 * @param {NodeJS.Process} proc
 */
export function exitWithLauncher(proc) {
  if (!proc.channel) return;
  proc.on('disconnect', () => proc.exit(1));
  // The channel must not keep an otherwise finished server alive.
  proc.channel.unref();
}

/**
 * The pages Next renders per request (no prerendered HTML, so no hashes to allow): app pages of the build that are
 * neither prerendered nor dynamic-segment routes. Read from the build's own manifests, never listed by hand.
 * @param {Record<string, string>} appPathRoutes .next/app-path-routes-manifest.json
 * @param {Record<string, unknown>} prerenderedRoutes the `routes` of .next/prerender-manifest.json
 * @returns {Set<string>}
 */
export function perRequestPages(appPathRoutes, prerenderedRoutes) {
  return new Set(
    Object.entries(appPathRoutes)
      .filter(([file, path]) => file.endsWith('/page') && !path.includes('[') && !Object.hasOwn(prerenderedRoutes, path))
      .map(([, path]) => path),
  );
}
