/** Site-wide names and URLs; the public origin and repository come from the environment at build time. */

export const SITE_NAME = 'NSCLC Immunotherapy Resistance Atlas';
export const SITE_DESCRIPTION =
  'An open, cross-linked knowledge base of why immune-checkpoint inhibitors fail in non-small-cell lung cancer: mechanisms, biomarkers, cells and molecules, and the strategies that answer them, with verified citations.';

/** Public origin of the site, used for canonical URLs, the sitemap and Open Graph. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const raw = env.SITE_URL ?? env.NEXT_PUBLIC_SITE_URL ?? 'http://localhost:3000';
  return raw.replace(/\/+$/, '');
}

/** "Edit this page" link for a content file. */
export function editUrl(file: string, env: Record<string, string | undefined> = process.env): string {
  const repo = (env.NEXT_PUBLIC_REPO_URL ?? 'https://github.com/resistance-atlas/atlas').replace(/\/+$/, '');
  const branch = env.NEXT_PUBLIC_REPO_BRANCH ?? 'main';
  return `${repo}/blob/${branch}/${file}`;
}
