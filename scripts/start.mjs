// `npm start`: builds only when the build is missing or older than its sources (lib/site/build-freshness.mjs), says
// which it did and why, then serves the build with scripts/serve.mjs. `npm start -- --rebuild` builds in any case
// (for a changed SITE_URL or other environment, which file times cannot show).
import { spawnSync } from 'node:child_process';
import { buildStaleness } from '../lib/site/build-freshness.mjs';

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR || '.next';
const asked = process.argv.includes('--rebuild');
const { stale, reason } = buildStaleness(root, distDir);
if (asked || stale) {
  console.log(`npm start: building, because ${asked ? 'you asked for it (--rebuild)' : reason}.`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit' });
  if (build.error) {
    console.error(`npm start: cannot run the build: ${build.error.message}`);
    process.exit(1);
  }
  if (build.status !== 0) {
    console.error('npm start: the build failed (see above); nothing is served.');
    process.exit(build.status ?? 1);
  }
} else {
  console.log(`npm start: not building, because ${reason} (npm start -- --rebuild builds anyway).`);
}
await import('./serve.mjs');
