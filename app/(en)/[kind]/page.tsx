import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntryCard } from '@/components/entry/entry-card';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { getSite } from '@/lib/site/get-site';
import { KIND_INFO, KINDS, kindFromDir } from '@/lib/content/kinds';
import { DRUG_FILTER, DRUG_FILTER_ZH, MAIN_AGENCIES, nsclcApprovalAgencies } from '@/lib/content/kinds/drug';
import { kindHref } from '@/lib/site/routes';
import { pageMetadata } from '@/components/i18n/metadata';
import { getLocale, href, text } from '@/components/i18n/locale';
import { SHELL_TEXT } from '@/components/layout/layout-text';
import { KIND_LIST_TEXT } from '@/components/pages/kind-list-text';

export const dynamicParams = false;

type Params = Promise<{ kind: string }>;

export function generateStaticParams() {
  return KINDS.map((k) => ({ kind: KIND_INFO[k].dir }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const kind = kindFromDir((await params).kind);
  if (!kind) notFound();
  const info = KIND_INFO[kind];
  return pageMetadata(kindHref(kind), { en: info.plural, zh: info.labelZh }, { en: info.blurb, zh: info.blurbZh });
}

export default async function KindPage({ params }: { params: Params }) {
  const kind = kindFromDir((await params).kind);
  if (!kind) notFound();
  const site = await getSite();
  const entries = site.byKind(kind);
  const info = KIND_INFO[kind];
  const approvedBy = (e: (typeof entries)[number]) => (e.kind === 'drug' ? nsclcApprovalAgencies(e) : []);
  const filters =
    kind === 'drug'
      ? MAIN_AGENCIES.map((a) => ({ agency: a, id: DRUG_FILTER.anchor(a), count: entries.filter((e) => approvedBy(e).includes(a)).length }))
      : [];
  const zh = getLocale() === 'zh';
  const df = zh ? DRUG_FILTER_ZH : DRUG_FILTER;
  const title = zh ? info.labelZh : info.plural;
  return (
    <>
      <Breadcrumbs items={[{ href: href('/'), label: text(SHELL_TEXT).home }, { label: title }]} />
      <h1 className="text-3xl font-bold m-0">
        {title}{' '}
        <span lang={zh ? 'en' : 'zh-CN'} className="muted font-normal text-2xl">
          {zh ? info.plural : info.labelZh}
        </span>
      </h1>
      <p className="text-lg mt-2">{zh ? info.blurbZh : info.blurb}</p>
      <p className="muted text-sm">{text(KIND_LIST_TEXT).count(entries.length)}</p>
      {filters.length > 0 && (
        <p className="text-sm">
          {df.legend}
          {zh ? '：' : ': '}
          {filters.map((f) => (
            <span key={f.id}>
              <a href={`#${f.id}`}>
                {f.agency} ({f.count})
              </a>{' '}
              ·{' '}
            </span>
          ))}
          <a href="#">{df.all}</a>
        </p>
      )}
      {filters.map((f) => (
        <p key={f.id} id={f.id} className="filter-note text-sm" role="status">
          {df.showing(f.count, f.agency)} <a href="#">{df.showAll}</a>
        </p>
      ))}
      <ul className="grid gap-4 sm:grid-cols-2 list-none p-0 mt-4">
        {entries.map((e) => (
          <li key={e.id} data-approved={kind === 'drug' ? approvedBy(e).join(' ') : undefined}>
            <EntryCard entry={e} headingLevel={2} />
          </li>
        ))}
      </ul>
    </>
  );
}
