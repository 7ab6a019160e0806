import securityHeaders from './lib/site/security-headers.json' with { type: 'json' };

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
  async headers() {
    return [
      {
        source: '/:path*',
        headers: Object.entries(securityHeaders).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

export default nextConfig;
