import type { Entry, Site } from '@/lib/site/get-site';
import { factsOf } from '@/lib/content/kinds';
import { strings } from '@/lib/i18n/strings';
import { proseOf } from '../i18n/entry-text';
import { getLocale, text } from '../i18n/locale';

export const KEY_FACTS_TEXT = strings({ aliases: 'Also known as' }, { aliases: '别名' });

/**
 * Kind-specific facts as a description list: the rows its kind declares in the registry, then the aliases. Labels in
 * the page's language; prose values (population, target …) translated where the translation has them, otherwise in
 * English marked lang="en".
 */
export function KeyFacts({ entry, site }: { entry: Entry; site: Site }) {
  const locale = getLocale();
  const rows = factsOf(entry, { locale, prose: (path, english) => proseOf(site, entry, path, english) });
  if (entry.aliases.length) rows.push([text(KEY_FACTS_TEXT).aliases, entry.aliases.join(' · ')]);
  if (!rows.length) return null;
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm m-0">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-semibold">{k}</dt>
          <dd className="m-0" lang={typeof v === 'string' ? undefined : v.lang}>
            {typeof v === 'string' ? v : v.text}
          </dd>
        </div>
      ))}
    </dl>
  );
}
