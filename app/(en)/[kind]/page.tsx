import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntryCard } from '@/components/entry/entry-card';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { getSite } from '@/lib/site/get-site';
import { KIND_INFO, KINDS, kindFromDir } from '@/lib/content/kinds';
import { DRUG_FILTER, MAIN_AGENCIES, nsclcApprovalAgencies } from '@/lib/content/kinds/drug';

export const dynamicParams = false;

type Params = Promise<{ kind: string }>;

export function generateStaticParams() {
  return KINDS.map((k) => ({ kind: KIND_INFO[k].dir }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const kind = kindFromDir((await params).kind);
  if (!kind) notFound();
  return { title: KIND_INFO[kind].plural, description: KIND_INFO[kind].blurb, alternates: { canonical: `/${KIND_INFO[kind].dir}` } };
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
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { label: info.plural }]} />
      <h1 className="text-3xl font-bold m-0">
        {info.plural}{' '}
        <span lang="zh-Hans" className="muted font-normal text-2xl">
          {info.labelZh}
        </span>
      </h1>
      <p className="text-lg mt-2">{info.blurb}</p>
      <p className="muted text-sm">{entries.length} entries</p>
      {filters.length > 0 && (
        <p className="text-sm">
          {DRUG_FILTER.legend}:{' '}
          {filters.map((f) => (
            <span key={f.id}>
              <a href={`#${f.id}`}>
                {f.agency} ({f.count})
              </a>{' '}
              ·{' '}
            </span>
          ))}
          <a href="#">{DRUG_FILTER.all}</a>
        </p>
      )}
      {filters.map((f) => (
        <p key={f.id} id={f.id} className="filter-note text-sm" role="status">
          {DRUG_FILTER.showing(f.count, f.agency)} <a href="#">{DRUG_FILTER.showAll}</a>
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
