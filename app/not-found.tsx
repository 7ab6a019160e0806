import { KIND_INFO, KINDS } from '@/lib/content/kinds';
import { kindHref } from '@/lib/site/routes';

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p>There is no page at this address. It may have been renamed, or the link has a typo. Search the atlas, or browse by kind:</p>
      <form action="/search" method="get" role="search" aria-label="Search from the not-found page" className="flex gap-2 my-4">
        <label htmlFor="nf-search" className="sr-only">
          Search the atlas
        </label>
        <input id="nf-search" name="q" type="search" className="field flex-1" placeholder="e.g. STK11, 肿瘤微环境, TMB" />
        <button className="btn" type="submit">
          Search
        </button>
      </form>
      <ul className="list-disc pl-6">
        {KINDS.map((k) => (
          <li key={k}>
            <a href={kindHref(k)}>{KIND_INFO[k].plural}</a> — <span lang="zh-Hans">{KIND_INFO[k].labelZh}</span>
          </li>
        ))}
        <li>
          <a href="/references">Bibliography</a>
        </li>
        <li>
          <a href="/">Home page</a>
        </li>
      </ul>
    </div>
  );
}
