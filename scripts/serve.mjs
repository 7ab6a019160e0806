// Serves the built site with `next start`: PORT (default 3000) and HOSTNAME (default 127.0.0.1, loopback only).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const nextBin = require.resolve('next/dist/bin/next');
const port = process.env.PORT || '3000';
const host = process.env.HOSTNAME || '127.0.0.1';
// Search index files are answered first, precompressed (scripts/serve-index-files.mjs).
const indexFiles = new URL('./serve-index-files.mjs', import.meta.url).href;
const child = spawn(process.execPath, ['--import', indexFiles, nextBin, 'start', '-p', port, '-H', host], {
  stdio: 'inherit',
  env: { ...process.env, ATLAS_INDEX_FILES_PRELOAD: '1' },
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
