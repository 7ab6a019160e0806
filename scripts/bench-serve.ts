/**
 * Serving under bounded loopback load: `npm start`'s server (scripts/serve.mjs) on a private port, N concurrent
 * keep-alive connections for a fixed time per URL (default 50 × 30 s; BENCH_SERVE_SECONDS to change), reporting
 * requests/s, latency p50/p99, errors, and the server's memory before and after. Traffic stays on 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { startServer } from './bench-server';

const PORT = 3300;
const HOST = '127.0.0.1';

function rssMb(pid: number): number {
  // The server is a child of serve.mjs: sum the resident memory of the whole tree.
  const kids = (() => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  })();
  const own = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  return own + kids.reduce((s, k) => s + rssMb(k), 0);
}

async function load(path: string, connections: number, seconds: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  const end = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      await new Promise<void>((resolve) => {
        const req = http.get({ host: HOST, port: PORT, path, agent, headers: { 'accept-encoding': 'gzip' } }, (res) => {
          res.on('data', (c: Buffer) => (bytes += c.length));
          res.on('end', () => {
            if (res.statusCode !== 200) errors++;
            latencies.push(performance.now() - t0);
            resolve();
          });
        });
        req.on('error', () => (errors++, resolve()));
        req.setTimeout(10_000, () => req.destroy());
      });
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return { rps: latencies.length / elapsed, p50: q(50), p99: q(99), errors, requests: latencies.length, mbps: bytes / 1e6 / elapsed };
}

export async function servingTable(): Promise<string> {
  const seconds = Number(process.env.BENCH_SERVE_SECONDS ?? 30);
  const connections = 50;
  const server = await startServer(PORT);
  try {
    const before = rssMb(server.process.pid!);
    const rows: string[] = [];
    for (const path of ['/', '/mechanisms/stk11-lkb1-loss', '/search-index/manifest.json']) {
      const r = await load(path, connections, seconds);
      rows.push(`| ${path} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} ms | ${r.p99.toFixed(1)} ms | ${r.errors} | ${r.requests} |`);
    }
    const after = rssMb(server.process.pid!);
    return [
      `Loopback load: ${connections} keep-alive connections × ${seconds} s per URL, gzip accepted.`,
      '',
      '| URL | req/s | p50 | p99 | errors | requests |',
      '|---|---|---|---|---|---|',
      ...rows,
      '',
      `Server memory (RSS, server process tree): ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after.`,
    ].join('\n');
  } finally {
    server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await servingTable());
