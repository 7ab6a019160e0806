import securityHeaders from './lib/site/security-headers.json' with { type: 'json' };

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
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
