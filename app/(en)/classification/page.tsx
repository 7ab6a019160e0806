import type { Metadata } from 'next';
import { pageMetadata } from '@/components/i18n/metadata';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { getSite } from '@/lib/site/get-site';
import { AREA_INFO, ORIGIN_LABEL, ORIGIN_ZH, ORIGINS, TIMING_LABEL, TIMING_ZH } from '@/lib/content/kinds';
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
  const matrix = classificationMatrix(site.entries);
  const [primary, acquired, origin] = CONCEPTS.map((id) => site.getEntry(id));
  const link = (e: typeof primary, text: string) => (e ? <a href={entryHref(e.kind, e.id)}>{text}</a> : text);
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { label: 'Classification matrix' }]} />
      <h1 className="text-3xl font-bold m-0">
        Classification matrix{' '}
        <span lang="zh-Hans" className="muted font-normal text-2xl">
          耐药机制分类矩阵
        </span>
      </h1>
      <p className="text-lg mt-2 max-w-3xl">
        The {matrix.total} resistance mechanisms of the atlas, placed by {link(primary, 'timing')} — present before treatment (primary),
        appearing after an initial response ({link(acquired, 'acquired')}), or both — and by {link(origin, 'origin')}: the tumour
        cell&apos;s own biology (intrinsic) or its microenvironment and host immunity (extrinsic). Inside each cell, mechanisms are grouped
        by the area of the source review.
      </p>
      <p className="muted text-sm">
        To see which drugs and strategies are studied against each mechanism, open the{' '}
        <a href={STRATEGY_MATRIX_PATH}>strategy × mechanism matrix</a>.
      </p>

      <div className="matrix-scroll mt-4" role="region" aria-labelledby="classification-caption" tabIndex={0}>
        <table className="matrix w-full min-w-[34rem]">
          <caption id="classification-caption" className="text-left font-semibold px-3 py-2">
            Mechanisms by timing and origin
          </caption>
          <thead>
            <tr>
              <td className="w-28 sm:w-44" />
              {ORIGINS.map((o) => (
                <th key={o} scope="col">
                  {ORIGIN_LABEL[o]}{' '}
                  <span lang="zh-Hans" className="font-normal muted">
                    {ORIGIN_ZH[o]}
                  </span>
                  <span className="block text-xs font-normal muted">{matrix.originCounts[o]} mechanisms</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.timing}>
                <th scope="row">
                  {TIMING_LABEL[row.timing]}
                  <span lang="zh-Hans" className="block font-normal muted">
                    {TIMING_ZH[row.timing]}
                  </span>
                  <span className="block text-xs font-normal muted">{row.count} mechanisms</span>
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.origin} data-cell={`${cell.timing}-${cell.origin}`}>
                    {cell.groups.length === 0 ? (
                      <p className="m-0 muted">
                        No mechanism in the atlas is classified as {TIMING_LABEL[cell.timing].toLowerCase()} and{' '}
                        {ORIGIN_LABEL[cell.origin].toLowerCase()}.
                      </p>
                    ) : (
                      cell.groups.map((g) => (
                        <div key={g.area} className="mb-3 last:mb-0">
                          <p className="m-0 text-xs font-semibold uppercase tracking-wide muted">
                            {AREA_INFO[g.area].label} · §{AREA_INFO[g.area].section}
                          </p>
                          <ul className="list-none p-0 m-0 mt-1 space-y-1.5">
                            {g.entries.map((m) => (
                              <li key={m.id}>
                                <a href={entryHref(m.kind, m.id)}>{m.title}</a>{' '}
                                <span lang="zh-Hans" className="muted">
                                  {m.titleZh}
                                </span>
                              </li>
                            ))}
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
          Mechanisms that cause resistance from the start and also emerge after an initial response are listed under{' '}
          <strong>{TIMING_LABEL.both}</strong>; no mechanism in the atlas is classified as acquired only.
        </p>
      )}
      <p className="text-sm muted max-w-3xl">
        Timing and origin are those recorded on each mechanism&apos;s page. Many mechanisms are supported by evidence from other cancers;
        each page says where its evidence comes from.
      </p>
    </>
  );
}
