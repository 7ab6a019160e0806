import type { Metadata } from 'next';
import { pageMetadata } from '@/components/i18n/metadata';
import { date, getLocale, href, text } from '@/components/i18n/locale';
import { altTitleOf, summaryOf, titleOf } from '@/components/i18n/entry-text';
import { HOME_TEXT } from '@/components/pages/home-text';
import { SITE_DESCRIPTION, SITE_DESCRIPTION_ZH, SITE_NAME, SITE_NAME_ZH } from '@/lib/site/metadata';
import { EntryBadges } from '@/components/entry/badges';
import { EntryLinks } from '@/components/entry/entry-links';
import { getSite } from '@/lib/site/get-site';
import { AREA_INFO, AREAS, KIND_INFO, KINDS } from '@/lib/content/kinds';
import { entryHref, kindHref } from '@/lib/site/routes';

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(
    '/',
    { en: SITE_NAME, zh: SITE_NAME_ZH },
    { en: SITE_DESCRIPTION, zh: SITE_DESCRIPTION_ZH },
    {
      title: { absolute: getLocale() === 'zh' ? SITE_NAME_ZH : SITE_NAME },
      alternates: { types: { 'application/atom+xml': '/feed.xml' } },
    },
  );
}

export default async function Home() {
  const site = await getSite();
  const t = text(HOME_TEXT);
  const zh = getLocale() === 'zh';
  const topics = site.byKind('topic');
  const areaTopic = (area: string) => topics.find((t) => t.kind === 'topic' && t.area === area);
  const intros = topics.filter((t) => t.kind === 'topic' && !t.area);
  const recent = [...site.entries]
    .sort((a, b) => b.lastReviewed.localeCompare(a.lastReviewed) || a.title.localeCompare(b.title))
    .slice(0, 6);
  const sources = { journal: 0, regulatory: 0, registry: 0, conference: 0 };
  for (const r of site.corpus.references) if (!(r.type === 'journal' && r.sourceReview)) sources[r.type]++;
  const strong = (s: string) => <strong>{s}</strong>;
  const alt = (s: string) => <span lang={t.altLang}>{s}</span>;
  return (
    <>
      <section aria-labelledby="home-title" className="max-w-3xl">
        <h1 id="home-title" className="text-4xl font-bold leading-tight m-0">
          {t.title}
        </h1>
        <p lang={t.altLang} className="text-xl muted m-0 mt-1">
          {t.altTitle}
        </p>
        <p className="text-lg mt-4">{t.intro}</p>
        <p>
          {t.sources(sources, (s) => (
            <a href={href('/references')}>{s}</a>
          ))}
        </p>
        <p className="muted">
          {KINDS.map((k, i) => (
            <span key={k}>
              {i > 0 && ' · '}
              <a href={href(kindHref(k))}>{t.kindCount(site.byKind(k).length, KIND_INFO[k].plural, KIND_INFO[k].labelZh)}</a>
            </span>
          ))}
        </p>
      </section>

      <section aria-labelledby="axes" className="mt-10">
        <h2 id="axes" className="text-2xl font-bold">
          {t.axes}
        </h2>
        <div className="grid gap-4 md:grid-cols-2 mt-3">
          <div className="card p-4">
            <h3 className="text-lg font-semibold m-0">
              {t.byTiming}{' '}
              <span lang={t.altLang} className="muted font-normal">
                {t.byTimingAlt}
              </span>
            </h3>
            <p className="mb-0">{t.timing(strong, alt)}</p>
          </div>
          <div className="card p-4">
            <h3 className="text-lg font-semibold m-0">
              {t.byOrigin}{' '}
              <span lang={t.altLang} className="muted font-normal">
                {t.byOriginAlt}
              </span>
            </h3>
            <p className="mb-0">{t.origin(strong, alt)}</p>
          </div>
        </div>
      </section>

      <section aria-labelledby="areas" className="mt-10">
        <h2 id="areas" className="text-2xl font-bold">
          {t.areas}
        </h2>
        <ol className="grid gap-4 md:grid-cols-2 lg:grid-cols-3 list-none p-0 mt-3">
          {AREAS.map((a) => {
            const topic = areaTopic(a);
            const count =
              a === 'new-strategies'
                ? site.byKind('strategy').length
                : site.byKind('mechanism').filter((m) => m.kind === 'mechanism' && m.area === a).length;
            const label = zh ? AREA_INFO[a].labelZh : AREA_INFO[a].label;
            const summary = topic ? summaryOf(site, topic) : null;
            return (
              <li key={a} className="card p-4">
                <p className="text-sm muted m-0">
                  §{AREA_INFO[a].section} ·{' '}
                  {AREA_INFO[a].origin ? (AREA_INFO[a].origin === 'intrinsic' ? t.intrinsic : t.extrinsic) : t.answers}
                </p>
                <h3 className="text-lg font-semibold m-0">{topic ? <a href={href(entryHref(topic.kind, topic.id))}>{label}</a> : label}</h3>
                <p lang={t.altLang} className="muted m-0">
                  {zh ? AREA_INFO[a].label : AREA_INFO[a].labelZh}
                </p>
                <p className="text-sm mb-0 mt-2">
                  {t.areaCount(count, a === 'new-strategies')}
                  {summary && (
                    <>
                      {zh ? '：' : ' — '}
                      <span lang={summary.lang}>{summary.text}</span>
                    </>
                  )}
                </p>
              </li>
            );
          })}
        </ol>
        {intros.length > 0 && (
          <p className="mt-4">
            {t.startWith} <EntryLinks entries={intros} separator=" · " />
          </p>
        )}
      </section>

      <section aria-labelledby="recent" className="mt-10">
        <h2 id="recent" className="text-2xl font-bold">
          {t.recent}
        </h2>
        <ul className="list-none p-0 space-y-3 mt-3">
          {recent.map((e) => {
            const title = titleOf(site, e);
            const other = altTitleOf(e);
            return (
              <li key={e.id} className="flex flex-wrap items-baseline gap-2">
                <a href={href(entryHref(e.kind, e.id))} className="font-semibold" lang={title.lang}>
                  {title.text}
                </a>
                <span lang={other.lang} className="muted">
                  {other.text}
                </span>
                <EntryBadges entry={e} withEvidence={false} />
                <span className="muted text-sm">
                  {t.reviewed}
                  {zh ? '' : ' '}
                  <time dateTime={e.lastReviewed}>{date(e.lastReviewed)}</time>
                </span>
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
