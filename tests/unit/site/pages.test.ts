import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { SiteHeader } from '@/components/layout/site-header';
import { KIND_INFO, KINDS } from '@/lib/content/kinds';
import { CLASSIFICATION_PATH, GLOSSARY_PATH, STRATEGY_MATRIX_PATH } from '@/lib/discovery/routes';
import { ENTRY_ROUTE, NAV_PAGES, PAGES, SITEMAP_PAGES, sitePage } from '@/lib/site/pages';

const APP = fileURLToPath(new URL('../../../app', import.meta.url));

/**
 * Every route folder with a page.tsx under `dir`, as a route path ("/", "/[kind]", "/[kind]/[id]", …). Route groups
 * ("(en)") add no segment.
 */
function pageRoutes(dir: string, route = ''): string[] {
  const out: string[] = existsSync(join(dir, 'page.tsx')) ? [route || '/'] : [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    const segment = /^\(.*\)$/.test(d.name) ? '' : `/${d.name}`;
    out.push(...pageRoutes(join(dir, d.name), `${route}${segment}`));
  }
  return out.sort();
}

/** The English pages (app/(en)) and the Chinese ones (app/zh, without its prerendered not-found page /zh/404). */
const EN = () => pageRoutes(join(APP, '(en)'));
const ZH = () => pageRoutes(join(APP, 'zh')).filter((r) => r !== '/404');

describe('the page registry', () => {
  it('has every app/ route folder that holds a page.tsx (entries excepted), and no route without one', () => {
    const routes = EN();
    const registered = new Set([...PAGES.map((p) => p.route), ENTRY_ROUTE]);
    expect(routes.filter((r) => !registered.has(r))).toEqual([]);
    expect([...registered].filter((r) => !routes.includes(r))).toEqual([]);
  });

  it('has a Chinese twin of every English page under app/zh, and no Chinese page without one', () => {
    expect(ZH()).toEqual(EN());
  });

  it('has unique keys and paths, each path a plain absolute path', () => {
    expect(new Set(PAGES.map((p) => p.key)).size).toBe(PAGES.length);
    expect(new Set(PAGES.map((p) => p.path)).size).toBe(PAGES.length);
    for (const p of PAGES) expect(p.path, p.key).toMatch(/^(\/[a-z0-9-]*)+$/);
  });

  it('lists one list page per kind, served by app/[kind]', () => {
    expect(PAGES.filter((p) => p.route === '/[kind]').map((p) => p.path)).toEqual(KINDS.map((k) => `/${KIND_INFO[k].dir}`));
  });

  it('agrees with the paths the discovery pages link to', () => {
    expect([sitePage('classification').path, sitePage('strategy-matrix').path, sitePage('glossary').path]).toEqual([
      CLASSIFICATION_PATH,
      STRATEGY_MATRIX_PATH,
      GLOSSARY_PATH,
    ]);
    expect(() => sitePage('nope')).toThrow('No page "nope" in lib/site/pages.ts');
  });

  it('puts the home page in the sitemap but not the query-dependent search page', () => {
    expect(SITEMAP_PAGES.map((p) => p.key)).toContain('home');
    expect(SITEMAP_PAGES.map((p) => p.key)).not.toContain('search');
  });
});

describe('the header', () => {
  it('links exactly the navigation pages of the registry, in order, in both menus', () => {
    const html = renderToStaticMarkup(createElement(SiteHeader));
    const navs = [...html.matchAll(/<nav aria-label="Main"[^>]*>([\s\S]*?)<\/nav>/g)].map((m) =>
      [...m[1].matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((a) => `${a[1]} ${a[2]}`),
    );
    const expected = NAV_PAGES.map((p) => `${p.path} ${p.label}`);
    expect(navs).toEqual([expected, expected]);
    expect(expected).toContain('/mechanisms Mechanisms');
  });
});
