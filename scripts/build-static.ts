/**
 * `npm run build:static`: the whole site as plain files in out/, for any static host or CDN.
 *
 * Next's static export always builds in `<project>/.next`, which `npm start` serves; so the export is built from a
 * staged copy of the app in .next-static/ (its own .next inside), and never touches the `npm start` build. Then:
 * - every page gets its hash-based script policy as a <meta> tag and as a rule in out/_headers (Netlify and
 *   Cloudflare Pages format), with the other security headers, HSTS and long caching for hashed assets;
 * - every text file of at least 1 KB gets precompressed .br and .gz copies beside it.
 * Refuses to run without SITE_URL: canonical links, the sitemap and the feed would name localhost.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { finishStaticSite } from './static-site';
import { configuredSiteUrl, siteUrlWarning } from '../lib/site/site-url.mjs';

const root = process.cwd();
const stage = join(root, '.next-static');
const out = join(root, 'out');

const warning = siteUrlWarning(process.env);
if (warning) {
  console.error(warning);
  console.error('build:static: refusing to write a static site whose absolute URLs point at localhost. Set SITE_URL to the public origin.');
  process.exit(1);
}

// 1. Stage the app (sources only; modules resolve from the project's node_modules, one level up).
mkdirSync(stage, { recursive: true });
for (const name of ['app', 'components', 'lib', 'public']) {
  rmSync(join(stage, name), { recursive: true, force: true });
  cpSync(join(root, name), join(stage, name), { recursive: true });
}
for (const name of ['next.config.mjs', 'postcss.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, name), join(stage, name));
// Routes that read the request become static files: /evidence is rendered once and filtered in the browser, and the
// search index is copied in as files below (its route serves `next dev` only).
cpSync(join(stage, 'app/(en)/evidence/page.static.tsx'), join(stage, 'app/(en)/evidence/page.tsx'));
rmSync(join(stage, 'app/(en)/evidence/page.static.tsx'));
rmSync(join(stage, 'app/search-index'), { recursive: true, force: true });

// 2. Export. Pages read the corpus artifact of the real project (ATLAS_ROOT).
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const env: NodeJS.ProcessEnv = { ...process.env, ATLAS_STATIC_EXPORT: '1', ATLAS_ROOT: root, NODE_ENV: 'production' };
delete env.NEXT_DIST_DIR;
const build = spawnSync(process.execPath, [nextBin, 'build', stage], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);
rmSync(out, { recursive: true, force: true });
renameSync(join(stage, 'out'), out);
// The search index files, without the build's .br/.gz copies (finishStaticSite compresses every text file).
cpSync(join(root, '.atlas/search-index'), join(out, 'search-index'), { recursive: true, filter: (src) => !/\.(br|gz)$/.test(src) });

const done = finishStaticSite(out, configuredSiteUrl(process.env) ?? '');
console.log(
  `build:static: ${done.pages} pages and ${done.files} other files in out/, ${done.rules} rules in out/_headers, ${done.compressed} files precompressed (.br, .gz).`,
);
