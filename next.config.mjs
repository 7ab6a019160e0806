import securityHeaders from './lib/site/security-headers.json' with { type: 'json' };

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder per parallel worker (NEXT_DIST_DIR=.next-x); the default is .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // `npm test` type-checks the whole project (app, lib, tests) in its own step; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // mdx-bundler runs esbuild at build time on the server; neither may be bundled into the app.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
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
