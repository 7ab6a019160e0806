// The public origin of the site (SITE_URL) as the build sees it. Plain JavaScript so next.config.mjs can warn with
// it before the build starts; types in site-url.d.mts.

/** What absolute URLs fall back to when no origin is configured: right for `npm start` on this machine only. */
export const LOCAL_ORIGIN = 'http://localhost:3000';

/**
 * The configured public origin without trailing slashes (SITE_URL, else NEXT_PUBLIC_SITE_URL), or null when none is
 * set or it is not an absolute http(s) URL.
 * @param {Record<string, string | undefined>} env
 * @returns {string | null}
 */
export function configuredSiteUrl(env) {
  const raw = (env.SITE_URL ?? env.NEXT_PUBLIC_SITE_URL ?? '').trim();
  if (!/^https?:\/\/[^/\s?#]+/i.test(raw)) return null;
  return raw.replace(/\/+$/, '');
}

/**
 * A banner for the build output when no usable origin is configured, else null.
 * @param {Record<string, string | undefined>} env
 * @returns {string | null}
 */
export function siteUrlWarning(env) {
  if (configuredSiteUrl(env)) return null;
  const given = (env.SITE_URL ?? env.NEXT_PUBLIC_SITE_URL ?? '').trim();
  const why = given ? `SITE_URL="${given}" is not an absolute http(s) URL` : 'SITE_URL is not set';
  return [
    '',
    '!!! ============================================================================================ !!!',
    `!!!  ${why}: canonical links, sitemap.xml, robots.txt, feed.xml, JSON-LD and "Cite this page"`,
    `!!!  will name ${LOCAL_ORIGIN}, which is wrong anywhere but this machine.`,
    '!!!  → build with SITE_URL=https://your.public.host (for example SITE_URL=https://atlas.example.org npm run build)',
    '!!! ============================================================================================ !!!',
    '',
  ].join('\n');
}
