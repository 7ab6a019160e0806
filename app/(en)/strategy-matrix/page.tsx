import type { Metadata } from 'next';
import { pageMetadata } from '@/components/i18n/metadata';
import { LINK_MARK, LinkMark } from '@/components/discovery/link-mark';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { getSite } from '@/lib/site/get-site';
import { AREA_INFO } from '@/lib/content/kinds';
import { CLASSIFICATION_PATH, STRATEGY_MATRIX_PATH } from '@/lib/discovery/routes';
import { matrixLayout, strategyMatrix } from '@/lib/discovery/strategy-matrix';
import { entryHref } from '@/lib/site/routes';
import '@/components/discovery/discovery.css';

export const dynamic = 'force-static';

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(
    STRATEGY_MATRIX_PATH,
    { en: 'Strategy × mechanism matrix', zh: '策略与耐药机制对照' },
    {
      en: 'Which drugs and strategies are studied against which resistance mechanisms, with each strategy’s stage of evidence and where that evidence comes from.',
      zh: '哪些药物和策略针对哪些耐药机制开展了研究，并给出每种策略的证据阶段及证据来源。',
    },
  );
}

export default async function StrategyMatrixPage() {
  const site = await getSite();
  const matrix = strategyMatrix(site.entries, site.graph.facts);
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { label: 'Strategy × mechanism matrix' }]} />
      <h1 className="text-3xl font-bold m-0">
        Strategy × mechanism matrix{' '}
        <span lang="zh-Hans" className="muted font-normal text-2xl">
          策略与耐药机制对照
        </span>
      </h1>
      <p className="text-lg mt-2 max-w-3xl">
        Each row is a drug or strategy; each column a resistance mechanism it is meant to overcome, as recorded on the strategy&apos;s page
        (its targets) or on the mechanism&apos;s page (the strategies studied against it). The stage is the most advanced evidence in any
        tumour, and &ldquo;Evidence from&rdquo; says where it was gathered — often not NSCLC. This is a map of research, not a treatment
        guide.
      </p>
      <p className="muted text-sm">
        Mechanisms are grouped by area of the source review; see also the <a href={CLASSIFICATION_PATH}>classification matrix</a>.
      </p>

      <section aria-labelledby="matrix-legend" className="card p-4 my-4 text-sm max-w-3xl">
        <h2 id="matrix-legend" className="text-base font-bold m-0">
          How to read the marks
        </h2>
        <dl className="m-0 mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
          {(['both', 'strategy', 'mechanism', 'none'] as const).map((k) => (
            <div key={k} className="contents">
              <dt className="text-center font-bold">
                <LinkMark source={k === 'none' ? null : k} />
              </dt>
              <dd className="m-0">{LINK_MARK[k].legend}</dd>
            </div>
          ))}
        </dl>
      </section>

      {matrixLayout(matrix) === 'list' ? (
        <table className="data">
          <caption className="text-left font-semibold px-3 py-2">
            Strategies and the mechanisms they target ({matrix.columns.length} mechanisms: too many for a grid)
          </caption>
          <thead>
            <tr>
              <th scope="col">Strategy</th>
              <th scope="col">Stage of evidence</th>
              <th scope="col">Evidence from</th>
              <th scope="col">Mechanisms targeted</th>
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.strategy.id} data-strategy={row.strategy.id}>
                <th scope="row">
                  <a href={entryHref(row.strategy.kind, row.strategy.id)}>{row.strategy.title}</a>
                </th>
                <td>
                  <span className="badge badge-stage">{row.stageLabel}</span>
                </td>
                <td className="text-sm">{row.tumourContext}</td>
                <td>
                  {row.cells.flatMap((c, i) =>
                    c === null
                      ? []
                      : [
                          <span key={matrix.columns[i].id} className="mr-3 inline-block">
                            <a href={entryHref(matrix.columns[i].kind, matrix.columns[i].id)}>{matrix.columns[i].title}</a>{' '}
                            <LinkMark source={c} />
                          </span>,
                        ],
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <>
          <p className="text-sm muted sm:hidden">Scroll the table sideways to see every mechanism.</p>
          <div className="matrix-scroll" role="region" aria-labelledby="strategy-matrix-caption" tabIndex={0}>
            <table className="matrix">
              <caption id="strategy-matrix-caption" className="text-left font-semibold px-3 py-2">
                Strategies and the mechanisms they target
              </caption>
              <colgroup span={3} />
              {matrix.groups.map((g) => (
                <colgroup key={g.area} span={g.mechanisms.length} />
              ))}
              <thead>
                <tr>
                  <th scope="col" rowSpan={2} className="matrix-sticky align-bottom min-w-36">
                    Strategy
                  </th>
                  <th scope="col" rowSpan={2} className="align-bottom">
                    Stage of evidence
                  </th>
                  <th scope="col" rowSpan={2} className="align-bottom min-w-44">
                    Evidence from
                  </th>
                  {matrix.groups.map((g) => (
                    <th key={g.area} scope="colgroup" colSpan={g.mechanisms.length} className="text-xs">
                      {AREA_INFO[g.area].label}
                    </th>
                  ))}
                </tr>
                <tr>
                  {matrix.columns.map((m) => (
                    <th key={m.id} scope="col" className="matrix-vertical" data-mechanism={m.id}>
                      <span className="matrix-vertical-text">
                        <a href={entryHref(m.kind, m.id)}>{m.title}</a>
                      </span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.rows.map((row) => (
                  <tr key={row.strategy.id} data-strategy={row.strategy.id}>
                    <th scope="row" className="matrix-sticky min-w-36">
                      <a href={entryHref(row.strategy.kind, row.strategy.id)}>{row.strategy.title}</a>
                      <span lang="zh-Hans" className="block font-normal muted">
                        {row.strategy.titleZh}
                      </span>
                    </th>
                    <td>
                      <span className="badge badge-stage">{row.stageLabel}</span>
                    </td>
                    <td className="text-sm">{row.tumourContext}</td>
                    {row.cells.map((c, i) => (
                      <td key={matrix.columns[i].id} className="matrix-mark">
                        <LinkMark source={c} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
