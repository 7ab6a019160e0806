/**
 * Page weight from built HTML: the scripts and stylesheets a page's HTML references, and their gzipped bytes.
 * Pure apart from the `readAsset` callback, so it can be tested with strings.
 */
import { gzipSync } from 'node:zlib';

export interface Asset {
  url: string;
  kind: 'js' | 'css';
  raw: number;
  gzip: number;
}

export interface PageWeight {
  js: Asset[];
  css: Asset[];
  jsGzip: number;
  cssGzip: number;
  htmlGzip: number;
}

/** The script and stylesheet URLs referenced by an HTML document, in order, de-duplicated. Polyfills excluded. */
export function referencedAssets(html: string): { url: string; kind: 'js' | 'css' }[] {
  const out: { url: string; kind: 'js' | 'css' }[] = [];
  const seen = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) {
    if (/\bnoModule\b|\bnomodule\b/i.test(m[0])) continue;
    if (!seen.has(m[1])) {
      out.push({ url: m[1], kind: 'js' });
      seen.add(m[1]);
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
    if (href && !seen.has(href)) {
      out.push({ url: href, kind: 'css' });
      seen.add(href);
    }
  }
  return out;
}

export function gzipSize(buf: Buffer | string): number {
  return gzipSync(buf, { level: 9 }).length;
}

/** Weighs a page: `readAsset(url)` returns the asset's bytes (or null when it cannot be found, which throws). */
export function weighPage(html: string, readAsset: (url: string) => Buffer | null): PageWeight {
  const assets: Asset[] = referencedAssets(html).map(({ url, kind }) => {
    const buf = readAsset(url);
    if (!buf) throw new Error(`asset ${url} referenced by the page was not found`);
    return { url, kind, raw: buf.length, gzip: gzipSize(buf) };
  });
  const js = assets.filter((a) => a.kind === 'js');
  const css = assets.filter((a) => a.kind === 'css');
  return {
    js,
    css,
    jsGzip: js.reduce((s, a) => s + a.gzip, 0),
    cssGzip: css.reduce((s, a) => s + a.gzip, 0),
    htmlGzip: gzipSize(html),
  };
}
