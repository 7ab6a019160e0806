/** Site-wide names and URLs; the public origin and repository come from the environment at build time. */
import { configuredSiteUrl, LOCAL_ORIGIN } from './site-url.mjs';

export const SITE_NAME = 'NSCLC Immunotherapy Resistance Atlas';
export const SITE_DESCRIPTION =
  'An open, cross-linked knowledge base of why immune-checkpoint inhibitors fail in non-small-cell lung cancer: mechanisms, biomarkers, cells and molecules, and the strategies that answer them, with verified citations.';
export const SITE_NAME_ZH = '非小细胞肺癌免疫治疗耐药图谱';
export const SITE_DESCRIPTION_ZH =
  '一部开放、相互链接的非小细胞肺癌免疫检查点抑制剂耐药知识库：耐药机制、生物标志物、细胞与分子，以及针对耐药的治疗策略，引用均经核实。';

/**
 * Public origin of the site (SITE_URL) for what must be absolute: canonical links, the sitemap, robots.txt, the feed
 * and Open Graph. Unset, it is http://localhost:3000, and the build says so loudly (next.config.mjs); the static
 * build refuses to run.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  return configuredSiteUrl(env) ?? LOCAL_ORIGIN;
}

/**
 * The origin to put before a path where a relative URL also works (exports, JSON-LD, "Cite this page"): the
 * configured public origin, or '' (root-relative, right wherever the site is served) when none is configured.
 */
export function publicOrigin(env: Record<string, string | undefined> = process.env): string {
  return configuredSiteUrl(env) ?? '';
}

/** "Edit this page" link for a content file, or null when no repository is configured (NEXT_PUBLIC_REPO_URL, http(s)). */
export function editUrl(file: string, env: Record<string, string | undefined> = process.env): string | null {
  const repo = (env.NEXT_PUBLIC_REPO_URL ?? '').trim().replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+\/\S+$/i.test(repo)) return null;
  const branch = (env.NEXT_PUBLIC_REPO_BRANCH ?? '').trim() || 'main';
  return `${repo}/blob/${encodeURIComponent(branch)}/${file.split('/').map(encodeURIComponent).join('/')}`;
}
