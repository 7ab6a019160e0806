/**
 * Next rewrites tsconfig.json and next-env.d.ts for every build folder (NEXT_DIST_DIR); a benchmark that builds
 * elsewhere puts them back as they were. Returns the function that restores them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export function keepFiles(files: readonly string[] = ['tsconfig.json', 'next-env.d.ts']): () => void {
  const kept = files.filter((f) => existsSync(f)).map((f) => [f, readFileSync(f, 'utf8')] as const);
  return () => kept.forEach(([f, text]) => writeFileSync(f, text));
}
