import type { Metadata } from 'next';
import { pageMetadata } from '@/components/i18n/metadata';
import { getLocale } from '@/components/i18n/locale';
import { SITE_DESCRIPTION, SITE_DESCRIPTION_ZH, SITE_NAME, SITE_NAME_ZH } from '@/lib/site/metadata';
import { EntryBadges } from '@/components/entry/badges';
import { EntryLinks } from '@/components/entry/entry-links';
import { getSite } from '@/lib/site/get-site';
import { countOf } from '@/lib/core/text';
import { AREA_INFO, AREAS, KIND_INFO, KINDS } from '@/lib/content/kinds';
import { entryHref, kindHref } from '@/lib/site/routes';

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata('/', { en: SITE_NAME, zh: SITE_NAME_ZH }, { en: SITE_DESCRIPTION, zh: SITE_DESCRIPTION_ZH }, {
    title: { absolute: getLocale() === 'zh' ? SITE_NAME_ZH : SITE_NAME },
    alternates: { types: { 'application/atom+xml': '/feed.xml' } },
  });
}

export default async function Home() {
  const site = await getSite();
  const topics = site.byKind('topic');
  const areaTopic = (area: string) => topics.find((t) => t.kind === 'topic' && t.area === area);
  const intros = topics.filter((t) => t.kind === 'topic' && !t.area);
  const recent = [...site.entries]
    .sort((a, b) => b.lastReviewed.localeCompare(a.lastReviewed) || a.title.localeCompare(b.title))
    .slice(0, 6);
  const sources = { journal: 0, regulatory: 0, registry: 0, conference: 0 };
  for (const r of site.corpus.references) if (!(r.type === 'journal' && r.sourceReview)) sources[r.type]++;
  return (
    <>
      <section aria-labelledby="home-title" className="max-w-3xl">
        <h1 id="home-title" className="text-4xl font-bold leading-tight m-0">
          NSCLC Immunotherapy Resistance Atlas
        </h1>
        <p lang="zh-Hans" className="text-xl muted m-0 mt-1">
          非小细胞肺癌免疫治疗耐药图谱
        </p>
        <p className="text-lg mt-4">
          Why do immune-checkpoint inhibitors stop working — or never work — in non-small-cell lung cancer? This atlas maps the mechanisms,
          the biomarkers that signal them, the cells and molecules that carry them out, and the drugs and strategies studied against them,
          with the trials, drugs, approvals and graded evidence behind them. Every page says whether its evidence comes from NSCLC or is
          extrapolated from other cancers, and when it was last checked against its sources.
        </p>
        <p>
          What the claims rest on: {countOf(sources.journal, 'journal article')} identified by DOI or PubMed id,{' '}
          {countOf(sources.regulatory, 'regulatory decision')}, {countOf(sources.registry, 'trial registration')} and{' '}
          {countOf(sources.conference, 'conference report')} (see the <a href="/references">bibliography</a>), and a Chinese review whose
          bibliographic details could not be verified. Results known only from a sponsor or press report are marked as such, and sentences
          without a citation are the atlas&apos;s own synthesis of the cited sources.
        </p>
        <p className="muted">
          {KINDS.map((k, i) => (
            <span key={k}>
              {i > 0 && ' · '}
              <a href={kindHref(k)}>
                {site.byKind(k).length} {KIND_INFO[k].plural.toLowerCase()}
              </a>
            </span>
          ))}
        </p>
      </section>

      <section aria-labelledby="axes" className="mt-10">
        <h2 id="axes" className="text-2xl font-bold">
          Two ways to classify resistance
        </h2>
        <div className="grid gap-4 md:grid-cols-2 mt-3">
          <div className="card p-4">
            <h3 className="text-lg font-semibold m-0">
              By timing{' '}
              <span lang="zh-Hans" className="muted font-normal">
                按时间
              </span>
            </h3>
            <p className="mb-0">
              <strong>Primary</strong> (原发性) resistance: the tumour never responds. <strong>Acquired</strong> (继发性/获得性) resistance:
              it responds at first, then progresses on treatment, months to years later.
            </p>
          </div>
          <div className="card p-4">
            <h3 className="text-lg font-semibold m-0">
              By origin{' '}
              <span lang="zh-Hans" className="muted font-normal">
                按机制来源
              </span>
            </h3>
            <p className="mb-0">
              <strong>Intrinsic</strong> (内源性): the tumour cell&apos;s own biology — its genome, antigens and antigen presentation.{' '}
              <strong>Extrinsic</strong> (外源性): the tumour microenvironment and host immunity around it.
            </p>
          </div>
        </div>
      </section>

      <section aria-labelledby="areas" className="mt-10">
        <h2 id="areas" className="text-2xl font-bold">
          The five areas of the source review
        </h2>
        <ol className="grid gap-4 md:grid-cols-2 lg:grid-cols-3 list-none p-0 mt-3">
          {AREAS.map((a) => {
            const t = areaTopic(a);
            const count =
              a === 'new-strategies'
                ? site.byKind('strategy').length
                : site.byKind('mechanism').filter((m) => m.kind === 'mechanism' && m.area === a).length;
            return (
              <li key={a} className="card p-4">
                <p className="text-sm muted m-0">
                  §{AREA_INFO[a].section} ·{' '}
                  {AREA_INFO[a].origin ? `${AREA_INFO[a].origin === 'intrinsic' ? 'Intrinsic' : 'Extrinsic'}` : 'Answers'}
                </p>
                <h3 className="text-lg font-semibold m-0">
                  {t ? <a href={entryHref(t.kind, t.id)}>{AREA_INFO[a].label}</a> : AREA_INFO[a].label}
                </h3>
                <p lang="zh-Hans" className="muted m-0">
                  {AREA_INFO[a].labelZh}
                </p>
                <p className="text-sm mb-0 mt-2">
                  {count} {a === 'new-strategies' ? (count === 1 ? 'strategy' : 'strategies') : count === 1 ? 'mechanism' : 'mechanisms'}
                  {t ? ` — ${t.summary}` : ''}
                </p>
              </li>
            );
          })}
        </ol>
        {intros.length > 0 && (
          <p className="mt-4">
            Start with: <EntryLinks entries={intros} separator=" · " />
          </p>
        )}
      </section>

      <section aria-labelledby="recent" className="mt-10">
        <h2 id="recent" className="text-2xl font-bold">
          Recently reviewed
        </h2>
        <ul className="list-none p-0 space-y-3 mt-3">
          {recent.map((e) => (
            <li key={e.id} className="flex flex-wrap items-baseline gap-2">
              <a href={entryHref(e.kind, e.id)} className="font-semibold">
                {e.title}
              </a>
              <span lang="zh-Hans" className="muted">
                {e.titleZh}
              </span>
              <EntryBadges entry={e} withEvidence={false} />
              <span className="muted text-sm">
                reviewed <time dateTime={e.lastReviewed}>{e.lastReviewed}</time>
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
