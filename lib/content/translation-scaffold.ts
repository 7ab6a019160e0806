/**
 * Scaffolds and re-stamps Chinese translations (`npm run new -- zh <kind> <id>`): the frontmatter keys a
 * translation may carry, the English text beside each (YAML comments, MDX comments in the body), and the
 * `translated` block with today's hashes of the English.
 */
import { stringify } from 'yaml';
import { currentHashes, INTRO_SECTION, type BodySection } from './translations';

/** A YAML comment block quoting `text` (every line prefixed). */
const yamlComment = (text: string, indent = '') =>
  text
    .trim()
    .split('\n')
    .map((l) => `${indent}# EN: ${l}`)
    .join('\n');

/** An MDX comment quoting `text`; "*\/" cannot occur inside it, so it is broken up. */
const mdxComment = (text: string) => `{/* EN:\n${text.trim().replace(/\*\//g, '* /')}\n*/}`;

export function translationScaffold(fields: Record<string, string>, sections: BodySection[]): string {
  const hashes = currentHashes({ fields, sections });
  const lines: string[] = ['---'];
  const plain = (key: string) => {
    if (!(key in fields)) return;
    lines.push(yamlComment(fields[key]), `${key}: ''`);
  };
  plain('summary');
  plain('evidenceNote');
  for (const group of ['evidence', 'text'] as const) {
    const keys = Object.keys(fields).filter((k) => k.startsWith(`${group}.`));
    if (!keys.length) continue;
    lines.push(`${group}:`);
    for (const k of keys) lines.push(yamlComment(fields[k], '  '), `  ${k.slice(group.length + 1)}: ''`);
  }
  lines.push(
    '# What this translation translates: hashes of the English text (do not edit; `npm run new -- zh <kind> <id> --stamp`',
    '# renews them once the translation matches the English again).',
  );
  lines.push(stringify({ translated: hashes }).trimEnd(), '---', '');
  for (const s of sections) {
    const english = s.text.replace(/^\n+/, '');
    if (s.key === INTRO_SECTION) {
      lines.push(mdxComment(english), '');
      continue;
    }
    const heading = english.split('\n')[0];
    lines.push(`${heading}`, '', mdxComment(english.split('\n').slice(1).join('\n')), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * The translation `text` with its `translated` block replaced by today's hashes of the fields and sections it
 * translates (fields it lacks get none, so they stay marked as untranslated).
 */
export function restampTranslation(text: string, fields: Record<string, string>, sections: BodySection[], translatedKeys: Set<string>): string {
  const all = currentHashes({ fields, sections });
  const block = {
    translated: {
      fields: Object.fromEntries(Object.entries(all.fields).filter(([k]) => translatedKeys.has(k))),
      sections: all.sections,
    },
  };
  const src = text.replace(/\r\n?/g, '\n');
  const lines = src.split('\n');
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (lines[0].trim() !== '---' || close < 0) throw new Error('The translation has no frontmatter block.');
  const fm = lines.slice(1, close);
  const start = fm.findIndex((l) => /^translated:/.test(l));
  let kept = fm;
  if (start >= 0) {
    let end = start + 1;
    while (end < fm.length && (/^\s/.test(fm[end]) || fm[end].trim() === '')) end++;
    kept = [...fm.slice(0, start), ...fm.slice(end)];
  }
  while (kept.length && kept[kept.length - 1].trim() === '') kept.pop();
  return ['---', ...kept, stringify(block).trimEnd(), ...lines.slice(close)].join('\n');
}
