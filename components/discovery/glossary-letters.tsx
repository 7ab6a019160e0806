import type { GlossaryIndexItem } from '@/lib/discovery/glossary';
import { href, text } from '@/components/i18n/locale';
import { GLOSSARY_TEXT } from './glossary-text';

/**
 * The glossary's letter index: one link per section page with its term count; letters without terms are shown
 * unlinked. The Latin letters (and 0–9, Other) come first; the Chinese sections follow as their own labelled list,
 * each link showing its pinyin initial ("M") with the full name ("中文 M") for assistive technology, so the
 * accessible name contains the visible text. `current` marks the section page being read.
 */
export function GlossaryLetters({ index, current }: { index: GlossaryIndexItem[]; current?: string }) {
  const t = text(GLOSSARY_TEXT);
  const zhLang = t.chineseLang || undefined;
  const short = (i: GlossaryIndexItem) => (i.key === 'other' ? t.other : i.short);
  const item = (i: GlossaryIndexItem) => (
    <li key={i.key}>
      {i.present ? (
        <a href={href(i.href)} data-section={i.key} aria-current={i.key === current ? 'page' : undefined}>
          {i.group === 'zh' && (
            <>
              <span className="sr-only" lang={zhLang}>
                {t.chinese}
              </span>{' '}
            </>
          )}
          {short(i)}{' '}
          <span className="glossary-count">
            {i.count}
            <span className="sr-only">{t.terms}</span>
          </span>
        </a>
      ) : (
        <span className="muted">
          {short(i)}
          <span className="sr-only">{t.noTerms}</span>
        </span>
      )}
    </li>
  );
  const zh = index.filter((i) => i.group === 'zh');
  return (
    <nav id="glossary-index" aria-label={t.indexLabel} className="glossary-index">
      <ul>{index.filter((i) => i.group === 'latin').map(item)}</ul>
      {zh.length > 0 && (
        <>
          <p id="glossary-index-zh">
            <span lang={zhLang}>{t.chinese}</span>
            {t.byPinyin}
          </p>
          <ul aria-labelledby="glossary-index-zh">{zh.map(item)}</ul>
        </>
      )}
    </nav>
  );
}
