import { KIND_INFO, KINDS } from '@/lib/content/kinds';
import { strings } from '@/lib/i18n/strings';
import { kindHref } from '@/lib/site/routes';
import { getLocale, href, text } from '../i18n/locale';

export const NOT_FOUND_TEXT = strings(
  {
    title: 'Page not found',
    body: 'There is no page at this address. It may have been renamed, or the link has a typo. Search the atlas, or browse by kind:',
    formLabel: 'Search from the not-found page',
    inputLabel: 'Search the atlas',
    placeholder: 'e.g. STK11, 肿瘤微环境, TMB',
    search: 'Search',
    bibliography: 'Bibliography',
    home: 'Home page',
  },
  {
    title: '未找到页面',
    body: '此地址没有页面，可能已改名，或链接有误。请搜索图谱，或按类别浏览：',
    formLabel: '在“未找到页面”中搜索',
    inputLabel: '搜索图谱',
    placeholder: '例如 STK11、肿瘤微环境、TMB',
    search: '搜索',
    bibliography: '参考文献',
    home: '首页',
  },
);

/** What a reader sees at an address that has no page, in the page's language. */
export function NotFoundBody() {
  const t = text(NOT_FOUND_TEXT);
  const zh = getLocale() === 'zh';
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p>{t.body}</p>
      <form action={href('/search')} method="get" role="search" aria-label={t.formLabel} className="flex gap-2 my-4">
        <label htmlFor="nf-search" className="sr-only">
          {t.inputLabel}
        </label>
        <input id="nf-search" name="q" type="search" className="field flex-1" placeholder={t.placeholder} />
        <button className="btn" type="submit">
          {t.search}
        </button>
      </form>
      <ul className="list-disc pl-6">
        {KINDS.map((k) => (
          <li key={k}>
            {zh ? (
              <>
                <a href={href(kindHref(k))}>{KIND_INFO[k].labelZh}</a> — <span lang="en">{KIND_INFO[k].plural}</span>
              </>
            ) : (
              <>
                <a href={kindHref(k)}>{KIND_INFO[k].plural}</a> — <span lang="zh-CN">{KIND_INFO[k].labelZh}</span>
              </>
            )}
          </li>
        ))}
        <li>
          <a href={href('/references')}>{t.bibliography}</a>
        </li>
        <li>
          <a href={href('/')}>{t.home}</a>
        </li>
      </ul>
    </div>
  );
}
