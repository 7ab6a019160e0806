import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntryCard } from '@/components/entry/entry-card';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { getSite } from '@/lib/site/get-site';
import { KIND_INFO, KINDS, kindFromDir } from '@/lib/content/kinds';

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
      <ul className="grid gap-4 sm:grid-cols-2 list-none p-0 mt-4">
        {entries.map((e) => (
          <li key={e.id}>
            <EntryCard entry={e} headingLevel={2} />
          </li>
        ))}
      </ul>
    </>
  );
}
