/**
 * `npm run new -- zh <kind> <id>`: writes content/<dir>/<id>.zh.mdx, a translation scaffold with the English text
 * in comments and the hashes of today's English filled in.
 * `npm run new -- zh <kind> <id> --stamp`: renews the hashes of an existing translation once it matches today's
 * English again (after the translator has updated the stale sections `npm run check:content` lists).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KIND_INFO, KINDS, type Kind } from '../lib/content/kinds';
import { compileMdx } from '../lib/mdx/compile';
import { parseEntry } from '../lib/content/parse-entry';
import { englishFields, sectionKeys, splitSections, TRANSLATION_SUFFIX } from '../lib/content/translations';
import { restampTranslation, translationScaffold } from '../lib/content/translation-scaffold';

export async function newTranslation(args: string[], root = process.cwd()): Promise<number> {
  const [kindArg, id, flag] = args;
  const kind = KINDS.find((k) => k === kindArg || KIND_INFO[k].dir === kindArg) as Kind | undefined;
  if (!kind || !id || (flag !== undefined && flag !== '--stamp')) {
    console.error(`Usage: npm run new -- zh <kind> <id> [--stamp]\n  kinds: ${KINDS.join(', ')}`);
    return 2;
  }
  const english = join('content', KIND_INFO[kind].dir, `${id}.mdx`);
  const target = join('content', KIND_INFO[kind].dir, `${id}${TRANSLATION_SUFFIX}`);
  if (!existsSync(join(root, english))) {
    console.error(`There is no English entry ${english} to translate.`);
    return 1;
  }
  const parsed = parseEntry(english, readFileSync(join(root, english), 'utf8'));
  if (!parsed.data || typeof parsed.data !== 'object' || parsed.issues.length) {
    console.error(`${english} has problems of its own; run npm run check:content and fix them first.`);
    return 1;
  }
  const compiled = await compileMdx(parsed.body, root);
  if (compiled.issues.length) {
    console.error(`${english} does not compile; run npm run check:content and fix it first.`);
    return 1;
  }
  const fields = englishFields(parsed.data as Record<string, unknown>);
  const sections = splitSections(parsed.body, sectionKeys(compiled.headings));
  if (flag === '--stamp') {
    if (!existsSync(join(root, target))) {
      console.error(`There is no translation ${target} to stamp; run without --stamp to scaffold one.`);
      return 1;
    }
    const text = readFileSync(join(root, target), 'utf8');
    const tr = parseEntry(target, text);
    const fm = (tr.data ?? {}) as Record<string, unknown>;
    const keys = new Set<string>();
    for (const k of ['summary', 'evidenceNote']) if (typeof fm[k] === 'string') keys.add(k);
    for (const g of ['evidence', 'text']) {
      const v = fm[g];
      if (v && typeof v === 'object') for (const k of Object.keys(v)) keys.add(`${g}.${k}`);
    }
    writeFileSync(join(root, target), restampTranslation(text, fields, sections, keys));
    console.log(`Stamped ${target} with the hashes of today's English. Run npm run check:content to check it.`);
    return 0;
  }
  if (existsSync(join(root, target))) {
    console.error(`${target} exists already. To record that it matches today's English, add --stamp.`);
    return 1;
  }
  writeFileSync(join(root, target), translationScaffold(fields, sections));
  console.log(`Created ${target}: translate each field and section (the English is in comments), then run npm run check:content.`);
  return 0;
}
