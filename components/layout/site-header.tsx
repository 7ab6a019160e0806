import { KIND_INFO, KINDS } from '@/lib/content/kinds';
import { NAV_PAGES } from '@/lib/site/pages';
import { ThemeToggle } from './theme-toggle.client';
import { SearchLauncher } from '../search/search-launcher.client';

const KIND_LABELS = Object.fromEntries(KINDS.map((k) => [k, KIND_INFO[k].label]));

export function SiteHeader() {
  return (
    <header className="site-header border-b hairline soft">
      <div className="mx-auto max-w-6xl px-4 py-3 flex flex-wrap items-center gap-x-4 gap-y-2">
        <a href="/" className="font-bold text-lg no-underline" style={{ textDecoration: 'none' }}>
          Resistance Atlas <span className="muted font-normal text-sm">NSCLC · 免疫治疗耐药</span>
        </a>
        <form action="/search" method="get" role="search" aria-label="Site search" className="flex gap-2 items-center ml-auto">
          <label htmlFor="site-search" className="sr-only">
            Search the atlas
          </label>
          <input id="site-search" name="q" type="search" placeholder="Search (press /)" className="field w-44 sm:w-60" autoComplete="off" />
          <button type="submit" className="btn">
            Search
          </button>
        </form>
        <SearchLauncher kindLabels={KIND_LABELS} />
        <ThemeToggle />
      </div>
      {/* Wide screens show the navigation; on a phone it folds into a native disclosure (no JavaScript needed). */}
      <nav aria-label="Main" className="hidden md:block mx-auto max-w-6xl px-4 pb-2">
        <NavLinks />
      </nav>
      <details className="md:hidden mx-auto max-w-6xl px-4 pb-2">
        <summary className="btn">Menu</summary>
        <nav aria-label="Main" className="mt-2">
          <NavLinks />
        </nav>
      </details>
    </header>
  );
}

function NavLinks() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 list-none p-0 m-0 text-sm">
      {NAV_PAGES.map((p) => (
        <li key={p.key}>
          <a href={p.path}>{p.label}</a>
        </li>
      ))}
    </ul>
  );
}
