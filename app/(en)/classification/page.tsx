import type { Metadata } from 'next';
import { pageMetadata } from '@/components/i18n/metadata';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { getSite } from '@/lib/site/get-site';
import { AREA_INFO, ORIGIN_LABEL, ORIGIN_ZH, ORIGINS, TIMING_LABEL, TIMING_LABEL_ZH, TIMING_ZH } from '@/lib/content/kinds';
import { getLocale, href, text } from '@/components/i18n/locale';
import { altTitleOf, titleOf } from '@/components/i18n/entry-text';
import { CLASSIFICATION_TEXT } from '@/components/discovery/classification-text';
import type { Wrap } from '@/components/pages/rich';
import { SHELL_TEXT } from '@/components/layout/layout-text';
import { classificationMatrix } from '@/lib/discovery/classification';
import { CLASSIFICATION_PATH, STRATEGY_MATRIX_PATH } from '@/lib/discovery/routes';
import { entryHref } from '@/lib/site/routes';
import '@/components/discovery/discovery.css';

export const dynamic = 'force-static';

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(
    CLASSIFICATION_PATH,
    { en: 'Classification matrix', zh: '耐药机制分类矩阵' },
    {
      en: 'Every resistance mechanism in the atlas by timing (primary, acquired or both) and origin (intrinsic or extrinsic), grouped by area.',
      zh: '按发生时间（原发性、获得性或二者兼有）和来源（内源性或外源性）列出图谱中的每一种耐药机制，并按领域分组。',
    },
  );
}

/** Entries the page's introduction links to, when the atlas has them. */
const CONCEPTS = ['primary-resistance', 'acquired-resistance', 'intrinsic-vs-extrinsic-resistance'] as const;

export default async function ClassificationPage() {
  const site = await getSite();
  const t = text(CLASSIFICATION_TEXT);
  const zh = getLocale() === 'zh';
  const timingLabel = zh ? TIMING_LABEL_ZH : TIMING_LABEL;
  const originLabel = zh ? ORIGIN_ZH : ORIGIN_LABEL;
  const matrix = classificationMatrix(site.entries);
  const [primary, acquired, origin] = CONCEPTS.map((id) => site.getEntry(id));
  const link = (e: typeof primary): Wrap =>
    function ConceptLink(s: string) {
      return e ? <a href={href(entryHref(e.kind, e.id))}>{s}</a> : s;
    };
  return (
    <>
      <Breadcrumbs items={[{ href: href('/'), label: text(SHELL_TEXT).home }, { label: t.title }]} />
      <h1 className="text-3xl font-bold m-0">
        {t.title}{' '}
        <span lang={t.altLang} className="muted font-normal text-2xl">
          {t.altTitle}
        </span>
      </h1>
      <p className="text-lg mt-2 max-w-3xl">{t.intro(matrix.total, link(primary), link(acquired), link(origin))}</p>
      <p className="muted text-sm">
        {t.seeStrategies((s) => (
          <a href={href(STRATEGY_MATRIX_PATH)}>{s}</a>
        ))}
      </p>

      <div className="matrix-scroll mt-4" role="region" aria-labelledby="classification-caption" tabIndex={0}>
        <table className="matrix w-full min-w-[34rem]">
          <caption id="classification-caption" className="text-left font-semibold px-3 py-2">
            {t.caption}
          </caption>
          <thead>
            <tr>
              <td className="w-28 sm:w-44" />
              {ORIGINS.map((o) => (
                <th key={o} scope="col">
                  {originLabel[o]}{' '}
                  <span lang={t.altLang} className="font-normal muted">
                    {zh ? ORIGIN_LABEL[o] : ORIGIN_ZH[o]}
                  </span>
                  <span className="block text-xs font-normal muted">{t.mechanisms(matrix.originCounts[o])}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.timing}>
                <th scope="row">
                  {timingLabel[row.timing]}
                  <span lang={t.altLang} className="block font-normal muted">
                    {zh ? TIMING_LABEL[row.timing] : TIMING_ZH[row.timing]}
                  </span>
                  <span className="block text-xs font-normal muted">{t.mechanisms(row.count)}</span>
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.origin} data-cell={`${cell.timing}-${cell.origin}`}>
                    {cell.groups.length === 0 ? (
                      <p className="m-0 muted">{t.empty(timingLabel[cell.timing], originLabel[cell.origin])}</p>
                    ) : (
                      cell.groups.map((g) => (
                        <div key={g.area} className="mb-3 last:mb-0">
                          <p className="m-0 text-xs font-semibold uppercase tracking-wide muted">
                            {zh ? AREA_INFO[g.area].labelZh : AREA_INFO[g.area].label} · §{AREA_INFO[g.area].section}
                          </p>
                          <ul className="list-none p-0 m-0 mt-1 space-y-1.5">
                            {g.entries.map((m) => {
                              const title = titleOf(site, m);
                              const other = altTitleOf(m);
                              return (
                                <li key={m.id}>
                                  <a href={href(entryHref(m.kind, m.id))} lang={title.lang}>
                                    {title.text}
                                  </a>{' '}
                                  <span lang={other.lang} className="muted">
                                    {other.text}
                                  </span>
                                </li>
                              );
                            })}
                          </ul>
                        </div>
                      ))
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {matrix.rows.some((r) => r.timing === 'acquired' && r.count === 0) && (
        <p className="text-sm max-w-3xl">
          {t.bothNote((s) => (
            <strong>{s}</strong>
          ))}
        </p>
      )}
      <p className="text-sm muted max-w-3xl">{t.footnote}</p>
    </>
  );
}
