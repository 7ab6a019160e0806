import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import securityHeaders from './lib/site/security-headers.json' with { type: 'json' };
import { siteUrlWarning } from './lib/site/site-url.mjs';

/**
 * One config, two production paths that never share a build folder:
 * - `npm run build` (next build → .next, served by `npm start`),
 * - `npm run build:static` (ATLAS_STATIC_EXPORT=1): a static export. Next builds an export in `<project>/.next`
 *   whatever distDir says (a custom distDir only names where the files go), so scripts/build-static.ts runs it on a
 *   staged copy of the app in .next-static/, which has its own .next and out/.
 */
export default function config(phase) {
  const staticExport = process.env.ATLAS_STATIC_EXPORT === '1';
  // Once per build: the build's workers load this file again, with the parent's environment.
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.ATLAS_SITE_URL_CHECKED) {
    process.env.ATLAS_SITE_URL_CHECKED = '1';
    const warning = siteUrlWarning(process.env);
    if (warning) console.warn(warning);
  }
  // `next dev` inlines scripts it cannot hash; production pages get per-page hashes after the build (csp-hashes.ts).
  const headers =
    phase === PHASE_DEVELOPMENT_SERVER
      ? {
          ...securityHeaders,
          'Content-Security-Policy': securityHeaders['Content-Security-Policy'].replace(
            "script-src 'self'",
            "script-src 'self' 'unsafe-inline'",
          ),
        }
      : securityHeaders;

  /** @type {import('next').NextConfig} */
  const nextConfig = {
    // A separate build folder per parallel worker (NEXT_DIST_DIR=.next-x); the default is .next.
    distDir: process.env.NEXT_DIST_DIR || '.next',
    poweredByHeader: false,
    // `npm test` type-checks the whole project (app, lib, tests) in its own step; the build need not repeat it.
    typescript: { ignoreBuildErrors: true },
    reactStrictMode: true,
    // mdx-bundler runs esbuild when the corpus is built (scripts/build-corpus.ts, or `next dev`); neither may be
    // bundled into the app.
    serverExternalPackages: ['mdx-bundler', 'esbuild'],
    // Production pages and routes read one file, the corpus artifact (lib/content/artifact.ts): trace it into the
    // server output, and keep the sources and the compiler out, since the running server needs neither.
    outputFileTracingIncludes: { '/**': ['./.atlas/corpus.json', './.atlas/search-index/**'] },
    outputFileTracingExcludes: {
      '/**': ['./content/**', './.cache/**', './node_modules/esbuild/**', './node_modules/@esbuild/**', './node_modules/mdx-bundler/**'],
    },
  };
  if (staticExport) return { ...nextConfig, output: 'export' };
  return {
    ...nextConfig,
    async headers() {
      return [{ source: '/:path*', headers: Object.entries(headers).map(([key, value]) => ({ key, value })) }];
    },
  };
}
