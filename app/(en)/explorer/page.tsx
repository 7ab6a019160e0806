import type { Metadata } from 'next';
import { pageMetadata } from '@/components/i18n/metadata';
import { Disclaimer } from '@/components/entry/disclaimer';
import { Explorer, type FindingGroup } from '@/components/explorer/explorer.client';
import { FindingsTable } from '@/components/explorer/findings-table';
import { MechanismResult } from '@/components/explorer/mechanism-result';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { SHELL_TEXT } from '@/components/layout/layout-text';
import { EXPLORER_TEXT } from '@/components/explorer/explorer-text';
import { getLocale, href, text } from '@/components/i18n/locale';
import { proseOf, titleOf } from '@/components/i18n/entry-text';
import { getSite } from '@/lib/site/get-site';
import { collectFindings } from '@/lib/explorer/findings';
import { linkLevels } from '@/lib/explorer/link-levels';
import { collectStatements } from '@/lib/evidence/statements';

export const dynamic = 'force-static';

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(
    '/explorer',
    { en: 'Biomarker-profile explorer', zh: '生物标志物谱探索' },
    {
      en: 'Pick biomarker findings (STK11, KRAS, EGFR, PD-L1 TPS, TMB, JAK1/2, B2M/HLA-I, PTEN…) and see the resistance mechanisms the literature links them to and the strategies studied against them.',
      zh: '选择生物标志物检测结果（STK11、KRAS、EGFR、PD-L1 TPS、TMB、JAK1/2、B2M/HLA-I、PTEN 等），查看文献将其关联的耐药机制，以及针对这些机制开展研究的策略。',
    },
  );
}

export default async function ExplorerPage() {
  const site = await getSite();
  const locale = getLocale();
  const t = text(EXPLORER_TEXT);
  const findings = collectFindings(site.entries);
  const mechanisms = site.byKind('mechanism');
  const levels = linkLevels(findings, collectStatements(site.entries));
  const linked = mechanisms.filter((m) => findings.some((f) => f.mechanisms.includes(m.id)));
  const groups: FindingGroup[] = site
    .byKind('biomarker')
    .map((b) => {
      const title = titleOf(site, b);
      return {
        title: title.text,
        ...(title.lang && { titleLang: title.lang }),
        findings: findings
          .filter((f) => f.biomarker === b.id)
          .map((f) => {
            const note = f.note === null ? null : proseOf(site, b, `findings.${f.id}.note`, f.note);
            return {
              id: f.id,
              label: f.label,
              labelZh: f.labelZh,
              mechanisms: f.mechanisms,
              note: note?.text ?? null,
              ...(note?.lang === 'en' && { noteLang: 'en' as const }),
              levels: levels[f.id] ?? {},
            };
          }),
      };
    })
    .filter((g) => g.findings.length);
  const cards = Object.fromEntries(linked.map((m) => [m.id, <MechanismResult key={m.id} site={site} mechanism={m} />]));
  return (
    <>
      <Breadcrumbs items={[{ href: href('/'), label: text(SHELL_TEXT).home }, { label: t.title }]} />
      <h1 className="text-3xl font-bold m-0">
        {t.title}{' '}
        <span lang={t.altLang} className="muted font-normal text-2xl">
          {t.altTitle}
        </span>
      </h1>
      <div className="callout callout-caution mt-4 max-w-3xl">
        <p className="m-0 text-lg font-bold">{t.cautionTitle}</p>
        <p className="m-0 mt-1">{t.caution}</p>
      </div>
      <p className="mt-4 max-w-3xl">
        {t.howTo((x) => (
          <a href={href('/evidence#levels')}>{x}</a>
        ))}
      </p>
      <noscript>
        <p className="callout max-w-3xl">
          {t.noscript((x) => (
            <a href="#all-findings">{x}</a>
          ))}
        </p>
      </noscript>
      <Explorer groups={groups} mechanismOrder={mechanisms.map((m) => m.id)} cards={cards} locale={locale} />
      <FindingsTable site={site} findings={findings} />
      <Disclaimer />
    </>
  );
}
