import type { Metadata } from 'next';
import { pageMetadata } from '@/components/i18n/metadata';
import { getLocale, href, text } from '@/components/i18n/locale';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { KIND_INFO } from '@/lib/content/kinds';
import { translationStatus, type TranslationStatusKind } from '@/lib/content/translation-status';
import { strings } from '@/lib/i18n/strings';
import { getSite } from '@/lib/site/get-site';
import { entryHref } from '@/lib/site/routes';

export const dynamic = 'force-static';

const T = strings(
  {
    title: 'Translation status of the Chinese edition',
    intro:
      'Every entry of the atlas, by kind: translated into Chinese and current with the English, stale (the English has changed since the translation; the Chinese page is still shown, with the changed sections marked), or not translated yet (its Chinese page shows the English text under a notice).',
    totals: (c: number, s: number, u: number) => `${c} translated and current · ${s} stale · ${u} not translated yet`,
    status: { current: 'Translated', stale: 'Stale', untranslated: 'Not translated' } as Record<TranslationStatusKind, string>,
    changed: 'English changed:',
    entry: 'Entry',
    state: 'Status',
    caption: (kind: string) => `${kind}: translation status`,
    counts: (c: number, s: number, u: number) => `${c} current, ${s} stale, ${u} not translated`,
    home: 'Home',
    field: (f: string) => f,
  },
  {
    title: '中文版翻译状态',
    intro:
      '按类别列出图谱的全部条目：已译且与英文原文一致；待更新（英文原文在翻译后有改动，中文页面照常显示，并标出改动的章节）；尚未翻译（中文页面在提示下显示英文原文）。',
    totals: (c: number, s: number, u: number) => `已译 ${c} · 待更新 ${s} · 未译 ${u}`,
    status: { current: '已译', stale: '待更新', untranslated: '未译' } as Record<TranslationStatusKind, string>,
    changed: '英文原文已改动：',
    entry: '条目',
    state: '状态',
    caption: (kind: string) => `${kind}：翻译状态`,
    counts: (c: number, s: number, u: number) => `已译 ${c}，待更新 ${s}，未译 ${u}`,
    home: '首页',
    field: (f: string) => f,
  },
);

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(
    '/translation-status',
    { en: T.en.title, zh: T.zh.title },
    {
      en: 'Which entries of the atlas are translated into Chinese, which translations are stale, and which are not translated yet.',
      zh: '图谱各条目的中文翻译进度：已译、待更新和未译条目。',
    },
  );
}

export default async function TranslationStatusPage() {
  const site = await getSite();
  const t = text(T);
  const zh = getLocale() === 'zh';
  const status = translationStatus(site.entries, site.corpus.translations ?? []);
  const { current, stale, untranslated } = status.totals;
  return (
    <>
      <Breadcrumbs items={[{ href: href('/'), label: t.home }, { label: t.title }]} />
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="max-w-3xl">{t.intro}</p>
      <p className="font-semibold">{t.totals(current, stale, untranslated)}</p>
      {status.byKind.map((k) => {
        const kindName = zh ? KIND_INFO[k.kind].labelZh : KIND_INFO[k.kind].plural;
        return (
          <section key={k.kind} aria-labelledby={`status-${k.kind}`} className="mt-8">
            <h2 id={`status-${k.kind}`} className="text-2xl font-bold">
              {kindName}
            </h2>
            <p className="muted m-0">{t.counts(k.counts.current, k.counts.stale, k.counts.untranslated)}</p>
            <div className="table-wrap">
              <table>
                <caption className="sr-only">{t.caption(kindName)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.entry}</th>
                    <th scope="col">{t.state}</th>
                  </tr>
                </thead>
                <tbody>
                  {k.rows.map((r) => {
                    const e = site.getEntry(r.id)!;
                    return (
                      <tr key={r.id}>
                        <td>
                          <a href={href(entryHref(e.kind, e.id))}>{zh ? (site.getTranslation(e.id)?.title ?? e.titleZh) : e.title}</a>
                        </td>
                        <td>
                          <span className={`status-badge status-${r.status}`}>{t.status[r.status]}</span>
                          {r.status === 'stale' && (
                            <span className="text-sm">
                              {' '}
                              {t.changed}{' '}
                              {[
                                ...r.staleSections.map((s) => (
                                  <a key={`s-${s}`} href={`${entryHref(e.kind, e.id)}#${s}`} lang="en" hrefLang="en">
                                    §{s}
                                  </a>
                                )),
                                ...r.staleFields.map((f) => (
                                  <code key={`f-${f}`} lang="en">
                                    {f}
                                  </code>
                                )),
                              ].flatMap((x, i) => (i ? [', ', x] : [x]))}
                            </span>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
