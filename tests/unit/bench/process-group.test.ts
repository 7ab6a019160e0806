import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { groupAlive, killGroup, runInGroup, spawnInGroup } from '../../../lib/bench/process-group';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const waitFor = async (cond: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return cond();
};

/** Processes started outside any group of ours, ended by their own pid after each test. */
const outsiders: number[] = [];
afterEach(() => {
  for (const pid of outsiders.splice(0)) if (alive(pid)) process.kill(pid, 'SIGKILL');
});

function outsider(): number {
  // An ordinary child, in this process's own group: what another person's build looks like to the bench.
  const p = spawn('sleep', ['30'], { stdio: 'ignore' });
  outsiders.push(p.pid!);
  return p.pid!;
}

describe('process groups for benchmarks', () => {
  it('a timed-out run kills its command and everything it started, and nothing else', async () => {
    const other = outsider();
    // The command starts a grandchild (like next build's workers) and prints its pid, then waits.
    const run = await runInGroup('sh', ['-c', 'sleep 30 & echo $!; wait'], { timeoutMs: 300 });
    const grandchild = Number(run.stdout.trim());
    expect(run.timedOut).toBe(true);
    expect(run.signal).toBe('SIGKILL');
    expect(await waitFor(() => !alive(grandchild))).toBe(true);
    expect(alive(other)).toBe(true);
  });

  it('a run that ends by itself ends what it left behind in its group, and nothing else', async () => {
    const other = outsider();
    const run = await runInGroup('sh', ['-c', 'sleep 30 >/dev/null 2>&1 & echo $!'], { timeoutMs: 10_000 });
    expect(run).toMatchObject({ status: 0, timedOut: false });
    expect(await waitFor(() => !alive(Number(run.stdout.trim())))).toBe(true);
    expect(alive(other)).toBe(true);
  });

  it('killGroup signals the group of a spawned server only', async () => {
    const other = outsider();
    const server = spawnInGroup('sh', ['-c', 'sleep 30 & sleep 30; wait'], { stdio: 'ignore' });
    expect(groupAlive(server.pid!)).toBe(true);
    expect(killGroup(server.pid!, 'SIGTERM')).toBe(true);
    expect(await waitFor(() => !groupAlive(server.pid!))).toBe(true);
    expect(alive(other)).toBe(true);
    expect(killGroup(server.pid!, 'SIGTERM')).toBe(false);
  });

  it('refuses ids that would signal our own group or every process', () => {
    expect(() => killGroup(0)).toThrowErrorMatchingInlineSnapshot(`[Error: killGroup: 0 is not the id of a process group started here]`);
    expect(() => killGroup(1)).toThrowErrorMatchingInlineSnapshot(`[Error: killGroup: 1 is not the id of a process group started here]`);
    expect(() => killGroup(-5)).toThrowErrorMatchingInlineSnapshot(`[Error: killGroup: -5 is not the id of a process group started here]`);
  });
});
