// `npm start` / `npm run serve`: launches scripts/server.mjs (Next behind the serving rules) on PORT (default 3000)
// and HOSTNAME (default 127.0.0.1, loopback only). SIGINT, SIGTERM and SIGHUP are passed to the server; the launcher
// ends with the server's own exit status (128 + the signal's number when a signal ended it), and never leaves the
// server running behind it: the server also exits by itself when this launcher's IPC channel closes (even on SIGKILL).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { exitStatus } from '../lib/site/serving.mjs';

// ATLAS_SERVER_ENTRY replaces the server script in the launcher's own tests (tests/unit/site/serve-launcher.test.ts).
const server = process.env.ATLAS_SERVER_ENTRY || fileURLToPath(new URL('./server.mjs', import.meta.url));
const child = spawn(process.execPath, [server], {
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  env: { ...process.env, NODE_ENV: 'production', PORT: process.env.PORT || '3000', HOSTNAME: process.env.HOSTNAME || '127.0.0.1' },
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
child.on('error', (err) => {
  console.error(`cannot start the server: ${err.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(exitStatus(code, signal)));
process.on('exit', () => {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});
