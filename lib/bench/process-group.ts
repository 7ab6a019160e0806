/**
 * Child processes for benchmarks, each in a process group of its own, so that ending one ends exactly what the
 * benchmark started (a build and its workers, a server and the process it wraps) and nothing else.
 *
 * ─────────────────────────────────────────────────────────────────────────────────────────────────────────
 *  Never end processes by name (pkill -f, killall): on a shared machine that kills other people's builds.
 *  Kill by the id of a group created here: `spawn(..., { detached: true })` makes the child the leader of a
 *  new group whose id is its pid, and `process.kill(-pid)` signals that group only.
 * ─────────────────────────────────────────────────────────────────────────────────────────────────────────
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/** Groups started here and not yet ended: ended when this process exits, so none outlives the benchmark. */
const live = new Set<number>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const pid of live) killGroup(pid, 'SIGKILL');
  });
}

/**
 * Sends `signal` to the process group `pgid` (a pid returned by spawnInGroup). Returns false when the group no
 * longer exists; never throws for that. Refuses ids that are not a positive integer: `process.kill(-0)` would
 * signal the caller's own group and `-1` every process the user owns.
 */
export function killGroup(pgid: number, signal: NodeJS.Signals = 'SIGTERM'): boolean {
  if (!Number.isInteger(pgid) || pgid <= 1) throw new Error(`killGroup: ${pgid} is not the id of a process group started here`);
  try {
    process.kill(-pgid, signal);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') {
      live.delete(pgid);
      return false;
    }
    throw e;
  }
}

/** True while any process of the group `pgid` is alive. */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Spawns `command` as the leader of a new process group (its pid is the group id), ended on this process's exit. */
export function spawnInGroup(command: string, args: readonly string[], options: Omit<SpawnOptions, 'detached'> = {}): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  if (child.pid !== undefined) {
    live.add(child.pid);
    installExitHook();
    child.on('exit', () => {
      // The leader is gone, but its children may not be: the group stays listed until ended or found empty.
      if (child.pid !== undefined && !groupAlive(child.pid)) live.delete(child.pid);
    });
  }
  return child;
}

export interface GroupRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The run did not end within `timeoutMs`; its whole group was killed. */
  timedOut: boolean;
}

/**
 * Runs `command` in its own process group and collects its output. After `timeoutMs` the whole group (the
 * command and everything it started) is killed with SIGKILL, and only that group.
 */
export function runInGroup(
  command: string,
  args: readonly string[],
  options: Omit<SpawnOptions, 'detached' | 'stdio'> & { timeoutMs?: number } = {},
): Promise<GroupRun> {
  const { timeoutMs, ...spawnOptions } = options;
  return new Promise((resolve, reject) => {
    const child = spawnInGroup(command, args, { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout?.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL');
          }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('exit', () => {
      clearTimeout(timer);
      // The leader has ended; end whatever it left running in its group (a build's workers), and only that.
      // Those would otherwise also hold the output pipes open, and 'close' would wait for them.
      if (child.pid !== undefined && groupAlive(child.pid)) killGroup(child.pid, 'SIGKILL');
    });
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr, timedOut }));
  });
}
