/**
 * The prerendered pages of a build folder (`.next/server/app`) or a static export (`out/`): every .html file with
 * the clean URL it is served at. One mapping for the CSP manifest, the static export's header rules and the page
 * budget.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The clean URL of an HTML file given by its path in the folder: "/index.html" is "/", "/mechanisms/x.html" "/mechanisms/x". */
export function pageUrl(htmlPath: string): string {
  return htmlPath === '/index.html' ? '/' : htmlPath.replace(/\.html$/, '');
}

export interface HtmlPage {
  url: string;
  /** Absolute path of the file. */
  file: string;
}

/** Every .html file under `dir`, with its clean URL, sorted by URL. */
export function htmlPages(dir: string): HtmlPage[] {
  const pages: HtmlPage[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const file = join(d, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.html')) pages.push({ url: pageUrl(`/${relative(dir, file).split(sep).join('/')}`), file });
    }
  };
  walk(dir);
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}
