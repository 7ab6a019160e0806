/** The served site for benchmarks: `npm start`'s server (scripts/serve.mjs) on a private loopback port. */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';

/** Resolves once `url` answers 200; throws after `ms`. */
export async function waitUp(url: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const ok = await new Promise<boolean>((res) => http.get(url, (r) => (r.resume(), res(r.statusCode === 200))).on('error', () => res(false)));
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not come up at ${url}`);
}

/** Starts the server on 127.0.0.1:`port` and waits until its home page answers. */
export async function startServer(port: number): Promise<{ base: string; process: ChildProcess; stop(): void }> {
  const child = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1' }, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitUp(`${base}/`);
  } catch (e) {
    child.kill('SIGTERM');
    throw e;
  }
  return { base, process: child, stop: () => void child.kill('SIGTERM') };
}
