/** `npm run new -- <kind> <id>` (and `npm run new -- zh <kind> <id>`, see new-translation.ts): writes an entry skeleton to content/<dir>/<id>.mdx; its placeholders are errors until replaced. */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEntryId, suggestId } from '../lib/content/ids';
import { KIND_INFO, KINDS, type Kind } from '../lib/content/kinds';
import { scaffoldEntry } from '../lib/content/scaffold';

if (process.argv[2] === 'zh') {
  const { newTranslation } = await import('./new-translation');
  process.exit(await newTranslation(process.argv.slice(3)));
}

const [kindArg, id] = process.argv.slice(2);
const kind = KINDS.find((k) => k === kindArg || KIND_INFO[k].dir === kindArg) as Kind | undefined;
if (!kind || !id) {
  console.error(`Usage: npm run new -- <kind> <id>\n  kinds: ${KINDS.join(', ')}`);
  process.exit(2);
}
if (!isEntryId(id)) {
  console.error(`"${id}" is not a valid id (ASCII kebab-case). Try: ${suggestId(id) || 'my-entry'}`);
  process.exit(2);
}
const root = process.cwd();
const firstId = (k: Kind) =>
  readdirSync(join(root, 'content', KIND_INFO[k].dir))
    .filter((f) => f.endsWith('.mdx'))
    .sort()[0]
    ?.replace(/\.mdx$/, '');
for (const k of KINDS) {
  if (existsSync(join(root, 'content', KIND_INFO[k].dir, `${id}.mdx`))) {
    console.error(`The id "${id}" is already used by content/${KIND_INFO[k].dir}/${id}.mdx`);
    process.exit(1);
  }
}
const file = join('content', KIND_INFO[kind].dir, `${id}.mdx`);
const text = scaffoldEntry(kind, id, new Date().toISOString().slice(0, 10), {
  strategy: firstId('strategy'),
  mechanism: firstId('mechanism'),
  any: firstId('concept'),
});
writeFileSync(join(root, file), text);
console.log(
  `Created ${file}. Replace its placeholder text (npm run check:content lists what is left), link to it from a related entry, then run: npm run check:content`,
);
