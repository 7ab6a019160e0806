/**
 * scripts/serve.mjs (what `npm start` runs after the build): it ends with its server's real exit status and never
 * leaves the server running behind it. The server is a stand-in bound to the launcher the same way
 * (exitWithLauncher), so these tests need no build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });

async function launch(env: Record<string, string> = {}) {
  const port = await freePort();
  const launcher = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', ATLAS_SERVER_ENTRY: 'tests/fixtures/serve/fake-server.mjs', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    launcher.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const serverPid = await new Promise<number>((resolve, reject) => {
    let out = '';
    launcher.stdout!.on('data', (d: Buffer) => {
      out += d;
      const m = /ready (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    exited.then(() => reject(new Error(`launcher exited before its server was ready: ${out}`)));
  });
  return { launcher, serverPid, port, exited };
}

async function until(check: () => boolean | Promise<boolean>, ms = 5000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

const cleanup = (l: ChildProcess, pid: number) => {
  if (l.exitCode === null && l.signalCode === null) l.kill('SIGKILL');
  if (alive(pid)) process.kill(pid, 'SIGKILL');
};

describe('npm start launcher', () => {
  it('ends with the server’s own exit code', async () => {
    const { launcher, serverPid, exited } = await launch({ FAKE_EXIT_AFTER: '300', FAKE_EXIT_CODE: '3' });
    expect(await exited).toEqual({ code: 3, signal: null });
    cleanup(launcher, serverPid);
  });

  it('ends with 128 + the signal when the server is killed, not with 0', async () => {
    const { launcher, serverPid, exited } = await launch();
    process.kill(serverPid, 'SIGKILL');
    expect(await exited).toEqual({ code: 137, signal: null });
    cleanup(launcher, serverPid);
  });

  it('passes SIGTERM on to the server, reports it, and leaves the port free', async () => {
    const { launcher, serverPid, port, exited } = await launch();
    launcher.kill('SIGTERM');
    expect(await exited).toEqual({ code: 143, signal: null });
    expect(await until(() => !alive(serverPid))).toBe(true);
    expect(await until(() => portFree(port))).toBe(true);
    cleanup(launcher, serverPid);
  });

  it('leaves no orphan holding the port when the launcher itself is killed with SIGKILL', async () => {
    const { launcher, serverPid, port, exited } = await launch();
    launcher.kill('SIGKILL');
    expect((await exited).signal).toBe('SIGKILL');
    expect(await until(() => !alive(serverPid))).toBe(true);
    expect(await until(() => portFree(port))).toBe(true);
    cleanup(launcher, serverPid);
  });
});
