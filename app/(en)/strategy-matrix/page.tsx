import type { Metadata } from 'next';
import { pageMetadata } from '@/components/i18n/metadata';
import { LinkMark, linkMarkText } from '@/components/discovery/link-mark';
import { STRATEGY_MATRIX_TEXT } from '@/components/discovery/strategy-matrix-text';
import { getLocale, href, text } from '@/components/i18n/locale';
import { altTitleOf, proseOf, titleOf } from '@/components/i18n/entry-text';
import { SHELL_TEXT } from '@/components/layout/layout-text';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { getSite, type Entry } from '@/lib/site/get-site';
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
  const t = text(STRATEGY_MATRIX_TEXT);
  const zh = getLocale() === 'zh';
  const entryLink = (e: Entry) => {
    const title = titleOf(site, e);
    return (
      <a href={href(entryHref(e.kind, e.id))} lang={title.lang}>
        {title.text}
      </a>
    );
  };
  const context = (row: (typeof matrix.rows)[number]) => {
    const c = proseOf(site, row.strategy, 'tumourContext', row.tumourContext);
    return <span lang={c.lang}>{c.text}</span>;
  };
  const stage = (row: (typeof matrix.rows)[number]) => (zh ? row.stageLabelZh : row.stageLabel);
  return (
    <>
      <Breadcrumbs items={[{ href: href('/'), label: text(SHELL_TEXT).home }, { label: t.title }]} />
      <h1 className="text-3xl font-bold m-0">
        {t.title}{' '}
        <span lang={t.altLang} className="muted font-normal text-2xl">
          {t.altTitle}
        </span>
      </h1>
      <p className="text-lg mt-2 max-w-3xl">{t.intro}</p>
      <p className="muted text-sm">
        {t.grouped((x) => (
          <a href={href(CLASSIFICATION_PATH)}>{x}</a>
        ))}
      </p>

      <section aria-labelledby="matrix-legend" className="card p-4 my-4 text-sm max-w-3xl">
        <h2 id="matrix-legend" className="text-base font-bold m-0">
          {t.legend}
        </h2>
        <dl className="m-0 mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
          {(['both', 'strategy', 'mechanism', 'none'] as const).map((k) => (
            <div key={k} className="contents">
              <dt className="text-center font-bold">
                <LinkMark source={k === 'none' ? null : k} />
              </dt>
              <dd className="m-0">{linkMarkText(k).legend}</dd>
            </div>
          ))}
        </dl>
      </section>

      {matrixLayout(matrix) === 'list' ? (
        <table className="data">
          <caption className="text-left font-semibold px-3 py-2">{t.listCaption(matrix.columns.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.strategy}</th>
              <th scope="col">{t.stage}</th>
              <th scope="col">{t.evidenceFrom}</th>
              <th scope="col">{t.targeted}</th>
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.strategy.id} data-strategy={row.strategy.id}>
                <th scope="row">{entryLink(row.strategy)}</th>
                <td>
                  <span className="badge badge-stage">{stage(row)}</span>
                </td>
                <td className="text-sm">{context(row)}</td>
                <td>
                  {row.cells.flatMap((c, i) =>
                    c === null
                      ? []
                      : [
                          <span key={matrix.columns[i].id} className="mr-3 inline-block">
                            {entryLink(matrix.columns[i])} <LinkMark source={c} />
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
          <p className="text-sm muted sm:hidden">{t.scroll}</p>
          <div className="matrix-scroll" role="region" aria-labelledby="strategy-matrix-caption" tabIndex={0}>
            <table className="matrix">
              <caption id="strategy-matrix-caption" className="text-left font-semibold px-3 py-2">
                {t.caption}
              </caption>
              <colgroup span={3} />
              {matrix.groups.map((g) => (
                <colgroup key={g.area} span={g.mechanisms.length} />
              ))}
              <thead>
                <tr>
                  <th scope="col" rowSpan={2} className="matrix-sticky align-bottom min-w-36">
                    {t.strategy}
                  </th>
                  <th scope="col" rowSpan={2} className="align-bottom">
                    {t.stage}
                  </th>
                  <th scope="col" rowSpan={2} className="align-bottom min-w-44">
                    {t.evidenceFrom}
                  </th>
                  {matrix.groups.map((g) => (
                    <th key={g.area} scope="colgroup" colSpan={g.mechanisms.length} className="text-xs">
                      {zh ? AREA_INFO[g.area].labelZh : AREA_INFO[g.area].label}
                    </th>
                  ))}
                </tr>
                <tr>
                  {matrix.columns.map((m) => (
                    <th key={m.id} scope="col" className="matrix-vertical" data-mechanism={m.id}>
                      <span className="matrix-vertical-text">{entryLink(m)}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.rows.map((row) => (
                  <tr key={row.strategy.id} data-strategy={row.strategy.id}>
                    <th scope="row" className="matrix-sticky min-w-36">
                      {entryLink(row.strategy)}
                      <span lang={altTitleOf(row.strategy).lang} className="block font-normal muted">
                        {altTitleOf(row.strategy).text}
                      </span>
                    </th>
                    <td>
                      <span className="badge badge-stage">{stage(row)}</span>
                    </td>
                    <td className="text-sm">{context(row)}</td>
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
