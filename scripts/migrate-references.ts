/**
 * Converts old-format bibliography items to the typed, structured format (see lib/content/migrate-references.ts).
 * Idempotent: items already converted are left alone, so it can be re-run after old-format items are appended.
 *
 *   npx tsx scripts/migrate-references.ts [file]        rewrite the file in place (default content/references.yaml)
 *   npx tsx scripts/migrate-references.ts file --stdout print the result instead of writing it
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { migrateReferencesText } from '../lib/content/migrate-references';

const args = process.argv.slice(2);
const toStdout = args.includes('--stdout');
const file = args.find((a) => !a.startsWith('--')) ?? 'content/references.yaml';
const before = readFileSync(file, 'utf8');
const { text, converted } = migrateReferencesText(before);
if (toStdout) process.stdout.write(text);
else if (text !== before) writeFileSync(file, text);
console.error(
  converted.length
    ? `${file}: converted ${converted.length} item(s): ${converted.join(', ')}`
    : `${file}: already in the new format; nothing to do.`,
);
