/**
 * The inline check API under load (issue 14): `agentwatch serve` in its own process on a store filled
 * by the replay phase (every bench agent loaded), driven from here over keep-alive HTTP. Figures:
 * checks per second of the server's own CPU time (the "per core" figure, robust to a shared
 * machine), wall-clock throughput, latency seen by the caller (p50, p95, p99) under 8 connections and
 * over one, and the machine's 1-minute load before and after each run (a shared machine's latency
 * says as much about its neighbours as about the server).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { freePort } from '../src/devtools/free-port.js';

export interface CheckBenchOptions {
  bin: string;
  store: string;
  /** The events file the store was filled from: its last events are the checks (established agents). */
  events: string;
  checks: number;
  log: (msg: string) => void;
}

const CLOCK_TICKS = 100;

/** utime + stime of a process, in seconds (Linux). */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Check bodies: the file's last `count` events under new ids; every 50th a never-seen identity call. */
async function checkBodies(file: string, count: number): Promise<Buffer[]> {
  const ring: string[] = [];
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === '') continue;
    ring.push(line);
    if (ring.length > count) ring.shift();
  }
  return ring.map((line, i) => {
    const event = JSON.parse(line) as Record<string, unknown>;
    event['event_id'] = `check-${i}`;
    if (i % 50 === 49) {
      event['action'] = { api: 'iam:CreateAccessKey', service: 'aws-iam', category: 'identity' };
      event['resource'] = { id: 'prod-admin', sensitivity: 'restricted' };
    }
    return Buffer.from(JSON.stringify(event), 'utf8');
  });
}

/** Runs the check figures; returns them keyed for the bench table. */
export async function checkBench(o: CheckBenchOptions): Promise<Record<string, number | string>> {
  const figures: Record<string, number | string> = {};
  const bodies = await checkBodies(o.events, o.checks);
  const port = await freePort();
  o.log(`check: agentwatch serve on port ${port} (${bodies.length} distinct checks)`);
  const child = spawn(process.execPath, [o.bin, 'serve', '--store', o.store, '--port', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, AGENTWATCH_LOG_LEVEL: 'warn' },
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const startedAt = performance.now();
  try {
    while (!/agents loaded/.test(stderr)) {
      if (child.exitCode !== null) throw new Error(`serve exited: ${stderr}`);
      if (performance.now() - startedAt > 300_000) throw new Error(`serve not ready: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    figures['check_agents_loaded'] = Number(/with (\d+) agents loaded/.exec(stderr)?.[1] ?? Number.NaN);
    figures['check_serve_start_s'] = Number(((performance.now() - startedAt) / 1000).toFixed(1));
    const pid = child.pid ?? 0;
    const agent = new Agent({ keepAlive: true, maxSockets: 16 });
    const decisions = { allow: 0, warn: 0, deny: 0 } as Record<string, number>;
    const post = (body: Buffer) =>
      new Promise<number>((resolve, reject) => {
        const started = performance.now();
        const req = request(
          {
            host: '127.0.0.1',
            port,
            path: '/v1/check',
            method: 'POST',
            agent,
            headers: { 'content-type': 'application/json', 'content-length': body.length },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              if (res.statusCode !== 200) return reject(new Error(`check answered ${res.statusCode}`));
              const text = Buffer.concat(chunks).toString('utf8');
              const decision = /^\{"decision":"(\w+)"/.exec(text)?.[1] ?? 'unknown';
              decisions[decision] = (decisions[decision] ?? 0) + 1;
              resolve(performance.now() - started);
            });
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    const run = async (concurrency: number, total: number) => {
      const latencies: number[] = [];
      let next = 0;
      const cpu0 = cpuSeconds(pid);
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < total) {
            const body = bodies[next % bodies.length] as Buffer;
            next += 1;
            latencies.push(await post(body));
          }
        }),
      );
      const wall = (performance.now() - t0) / 1000;
      const cpu = cpuSeconds(pid) - cpu0;
      // Machine load over the run (1-minute average at its end): what shared the cores meanwhile.
      const load = loadavg()[0] ?? Number.NaN;
      // The first tenth warms the JIT and the sockets: latency is read after it.
      const steady = latencies.slice(Math.floor(latencies.length / 10)).sort((a, b) => a - b);
      return {
        rps: Math.round(total / wall),
        perCore: Math.round(total / cpu),
        p50: Number(percentile(steady, 50).toFixed(3)),
        p95: Number(percentile(steady, 95).toFixed(3)),
        p99: Number(percentile(steady, 99).toFixed(3)),
        cores: Number((cpu / wall).toFixed(2)),
        load: Number(load.toFixed(1)),
      };
    };
    o.log('check: warm-up');
    await run(4, Math.min(5_000, bodies.length));
    o.log(`check: throughput, 8 connections, ${o.checks} checks`);
    const loadBefore = loadavg()[0] ?? Number.NaN;
    const busy = await run(8, o.checks);
    figures['check_per_core_per_s'] = busy.perCore;
    figures['check_throughput_rps'] = busy.rps;
    figures['check_server_cpu_cores'] = busy.cores;
    figures['check_busy_p50_ms'] = busy.p50;
    figures['check_busy_p95_ms'] = busy.p95;
    figures['check_busy_p99_ms'] = busy.p99;
    figures['check_busy_machine_load_1m'] = busy.load;
    o.log('check: latency, one connection (a gateway asking before each tool call)');
    const quiet = await run(1, Math.min(o.checks, 20_000));
    figures['check_latency_p50_ms'] = quiet.p50;
    figures['check_latency_p95_ms'] = quiet.p95;
    figures['check_latency_p99_ms'] = quiet.p99;
    figures['check_latency_rps'] = quiet.rps;
    figures['check_latency_machine_load_1m'] = quiet.load;
    figures['check_machine_load_1m'] = Number(loadBefore.toFixed(1));
    figures['check_machine_cores'] = cpus().length;
    figures['check_decisions'] = Object.entries(decisions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    agent.destroy();
  } finally {
    child.kill('SIGTERM');
    if (child.exitCode === null) await once(child, 'exit');
  }
  return figures;
}
