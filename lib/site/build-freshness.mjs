// Whether the production build (what `npm start` serves) is missing or older than what it is built from: the
// content, the app's code, its public files and the build's configuration. scripts/start.mjs builds only then.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CSP_MANIFEST } from './serving.mjs';

/** Folders and files a build is made from (relative to the project root); missing ones are skipped. */
export const BUILD_SOURCES = [
  'content',
  'app',
  'components',
  'lib',
  'public',
  'scripts/build-corpus.ts',
  'scripts/build-search-index.ts',
  'scripts/csp-hashes.ts',
  'package.json',
  'package-lock.json',
  'next.config.mjs',
  'postcss.config.mjs',
  'tsconfig.json',
  '.env',
  '.env.local',
  '.env.production',
  '.env.production.local',
];

/** The newest file under `paths` (relative to `root`), or null when there is none. */
export function newestFile(root, paths) {
  let newest = null;
  const visit = (rel) => {
    const abs = join(root, rel);
    let st;
    try {
      st = statSync(abs);
    } catch {
      return; // gone, or never there
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(abs).sort()) visit(join(rel, name));
    } else if (st.isFile() && (!newest || st.mtimeMs > newest.mtimeMs)) {
      newest = { path: rel, mtimeMs: st.mtimeMs };
    }
  };
  for (const p of paths) visit(p);
  return newest;
}

/**
 * Why the build in `distDir` must be made again, or null when it is up to date. The build's last step writes
 * `<distDir>/csp-pages.json`, so that file's time is the build's time; a build that stopped half-way has none.
 */
export function buildStaleness(root, distDir = '.next', sources = BUILD_SOURCES) {
  const stamp = join(root, distDir, CSP_MANIFEST);
  if (!existsSync(stamp)) return { stale: true, reason: `there is no complete build in ${distDir}/` };
  const builtAt = statSync(stamp).mtimeMs;
  const newest = newestFile(root, sources);
  if (newest && newest.mtimeMs > builtAt) return { stale: true, reason: `${newest.path} changed after the last build` };
  return { stale: false, reason: `the build in ${distDir}/ is newer than every source` };
}
