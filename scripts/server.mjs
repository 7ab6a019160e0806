// The production server that scripts/serve.mjs launches: Next's request handler behind a thin layer that
// - answers a malformed percent-encoded path with 400 and the security headers (Next would answer a bare 500),
// - sends each prerendered page's own hash-based script policy as its Content-Security-Policy header (from the
//   manifest scripts/csp-hashes.ts writes), so no response allows inline script by 'unsafe-inline',
// - adds HSTS when the response goes out over HTTPS (X-Forwarded-Proto: https, or an https SITE_URL),
// - exits when its launcher goes away (the IPC channel closes), so it never outlives it holding the port.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import next from 'next';
import { serveIndexFile } from './serve-index-files.mjs';
import { randomBytes } from 'node:crypto';
import {
  CSP_MANIFEST,
  exitWithLauncher,
  malformedPath,
  pageKey,
  perRequestPages,
  responseHeaders,
  scriptSourcesFor,
  servedOverHttps,
  unknownChinesePath,
  ZH_NOT_FOUND_PATH,
} from '../lib/site/serving.mjs';

const dir = process.cwd();
const distDir = process.env.NEXT_DIST_DIR || '.next';
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || '127.0.0.1';
const siteUrl = process.env.SITE_URL ?? process.env.NEXT_PUBLIC_SITE_URL;

exitWithLauncher(process);

let pages;
try {
  pages = JSON.parse(readFileSync(join(dir, distDir, CSP_MANIFEST), 'utf8')).pages;
} catch (err) {
  console.error(
    `${distDir}/${CSP_MANIFEST}: cannot read the page script policies (${err.code ?? err.message})  → run \`npm run build\` first`,
  );
  process.exit(1);
}

const indexDir = join(dir, '.atlas/search-index');
// Pages rendered per request (their inline scripts differ every time): they get a fresh nonce instead of hashes.
// Next reads the nonce from the request's Content-Security-Policy header and puts it on every script it inlines.
const manifest = (name) => JSON.parse(readFileSync(join(dir, distDir, name), 'utf8'));
const dynamicPages = perRequestPages(manifest('app-path-routes-manifest.json'), manifest('prerender-manifest.json').routes);
const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  // An unknown address under /zh/ gets the Chinese not-found page, with its own script hashes and status 404.
  if ((req.method === 'GET' || req.method === 'HEAD') && !req.headers.rsc && unknownChinesePath(req.url ?? '/', pages, dynamicPages)) {
    req.url = ZH_NOT_FOUND_PATH;
    const writeHead = res.writeHead.bind(res);
    res.writeHead = (status, ...rest) => writeHead(status === 200 ? 404 : status, ...rest);
    Object.defineProperty(res, 'statusCode', { get: () => 404, set: () => undefined, configurable: true });
  }
  const url = req.url ?? '/';
  const nonce = dynamicPages.has(pageKey(url)) ? randomBytes(16).toString('base64') : null;
  if (nonce) req.headers['content-security-policy'] = `script-src 'nonce-${nonce}'`;
  const headers = responseHeaders({
    scripts: nonce ? [`'nonce-${nonce}'`] : scriptSourcesFor(url, pages),
    https: servedOverHttps({ encrypted: Boolean(req.socket.encrypted), forwardedProto: req.headers['x-forwarded-proto'], siteUrl }),
  });
  if (malformedPath(url)) {
    res.writeHead(400, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end('400 Bad Request: the address contains a malformed percent-encoding.\n');
    return;
  }
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  // Search index files: sent precompressed from the build's .br/.gz copies (Next would compress them per request).
  if (serveIndexFile(req, res, indexDir)) return;
  // Next sets the shared policy from next.config.mjs on its way out; this page's own policy wins.
  const csp = headers['Content-Security-Policy'];
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) => setHeader(name, String(name).toLowerCase() === 'content-security-policy' ? csp : value);
  handle(req, res).catch((err) => {
    console.error(err);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    }
    res.end('500 Internal Server Error\n');
  });
});
server.listen(port, hostname, () => console.log(`Serving the atlas at http://${hostname}:${port}`));
