// `npm run serve:static`: serves out/ (from `npm run build:static`) the way Netlify and Cloudflare Pages do, to
// preview a static deployment and to test it: clean URLs (/mechanisms/x → mechanisms/x.html, / → index.html), the
// rules of out/_headers applied to every response, precompressed .br/.gz copies chosen by Accept-Encoding,
// out/404.html with status 404 for unknown paths (out/zh/404.html under /zh/), 400 for a malformed percent-encoded path. GET and HEAD only.
// PORT (default 3200), HOSTNAME (default 127.0.0.1), STATIC_DIR (default out).
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { headersForPath, parseHeadersFile } from '../lib/site/headers-file.mjs';
import { malformedPath, SECURITY_HEADERS } from '../lib/site/serving.mjs';

const root = resolve(process.env.STATIC_DIR || 'out');
const port = Number(process.env.PORT || 3200);
const hostname = process.env.HOSTNAME || '127.0.0.1';

let rules;
try {
  rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
} catch (err) {
  console.error(`${join(root, '_headers')}: ${err.code === 'ENOENT' ? 'missing' : err.message}  → run \`npm run build:static\` first`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

const isFile = (p) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/** The file for a decoded URL path, as clean-URL hosts resolve it; null when none (or outside the root). */
function resolveFile(pathname) {
  const rel = normalize(pathname).replace(/^[/\\]+/, '');
  const base = join(root, rel);
  if (base !== root && !base.startsWith(root + sep)) return null;
  if (rel.split(/[/\\]/).some((s) => s.startsWith('_headers') || /\.(br|gz)$/.test(s))) return null;
  const candidates = pathname.endsWith('/') ? [join(base, 'index.html')] : [base, `${base}.html`, join(base, 'index.html')];
  return candidates.find(isFile) ?? null;
}

function send(req, res, status, file, path) {
  const headers = {
    ...headersForPath(rules, path),
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    Vary: 'Accept-Encoding',
  };
  const accept = String(req.headers['accept-encoding'] ?? '');
  let body = file;
  for (const [enc, ext] of [
    ['br', '.br'],
    ['gzip', '.gz'],
  ]) {
    if (new RegExp(`\\b${enc}\\b`).test(accept) && isFile(file + ext)) {
      body = file + ext;
      headers['Content-Encoding'] = enc;
      break;
    }
  }
  headers['Content-Length'] = String(statSync(body).size);
  res.writeHead(status, headers);
  if (req.method === 'HEAD') res.end();
  else createReadStream(body).pipe(res);
}

/** For answers that are no file: the site-wide rules and the shared policy (no page's script hashes). */
const plainHeaders = () => ({ ...headersForPath(rules, '/.well-known/none'), ...SECURITY_HEADERS });

const server = createServer((req, res) => {
  const target = req.url ?? '/';
  if (malformedPath(target)) {
    res.writeHead(400, { ...plainHeaders(), 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('400 Bad Request: the address contains a malformed percent-encoding.\n');
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...plainHeaders(), Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('405 Method Not Allowed\n');
    return;
  }
  const rawPath = target.split(/[?#]/)[0];
  const path = decodeURIComponent(rawPath);
  // /x/ and /x.html redirect to the clean URL, as the hosts do.
  if (path.length > 1 && path.endsWith('/') && !isFile(join(root, path, 'index.html'))) {
    res.writeHead(308, { ...headersForPath(rules, path), Location: rawPath.replace(/\/+$/, '') || '/' });
    return res.end();
  }
  if (path.endsWith('.html') && path !== '/404.html' && path !== '/zh/404.html') {
    res.writeHead(308, { ...headersForPath(rules, path), Location: rawPath.replace(/(\/index)?\.html$/, '') || '/' });
    return res.end();
  }
  const file = resolveFile(path);
  if (file) send(req, res, 200, file, path);
  // The nearest 404.html, as Cloudflare Pages does: out/zh/404.html (Chinese) for unknown paths under /zh/.
  else if ((path === '/zh' || path.startsWith('/zh/')) && isFile(join(root, 'zh/404.html')))
    send(req, res, 404, join(root, 'zh/404.html'), '/zh/404');
  else send(req, res, 404, join(root, '404.html'), path);
});
server.listen(port, hostname, () => console.log(`Serving ${root} at http://${hostname}:${port}`));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
