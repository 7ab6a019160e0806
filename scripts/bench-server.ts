/** The served site for benchmarks: `npm start`'s server (scripts/serve.mjs) on a private loopback port. */
import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import { killGroup, spawnInGroup } from '../lib/bench/process-group';

/** Resolves once `url` answers 200; throws after `ms`. */
export async function waitUp(url: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const ok = await new Promise<boolean>((res) =>
      http.get(url, (r) => (r.resume(), res(r.statusCode === 200))).on('error', () => res(false)),
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not come up at ${url}`);
}

/**
 * Starts a server script (`npm start`'s scripts/serve.mjs, or scripts/serve-static.mjs for the static export) on
 * 127.0.0.1:`port`, in a process group of its own, and waits until its home page answers. stop() ends that group
 * (the script and any server it wraps), so no server is left holding the port.
 */
export async function startServer(
  port: number,
  script = 'scripts/serve.mjs',
): Promise<{ base: string; process: ChildProcess; stop(): void }> {
  const child = spawnInGroup(process.execPath, [script], {
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1' },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitUp(`${base}/`);
  } catch (e) {
    killGroup(child.pid!, 'SIGKILL');
    throw e;
  }
  return { base, process: child, stop: () => void killGroup(child.pid!, 'SIGTERM') };
}
