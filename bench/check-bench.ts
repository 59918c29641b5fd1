/**
 * The inline check API under load (issue 14): `agentwatch serve` in its own process on a store filled
 * by the replay phase (every bench agent loaded), driven from here over keep-alive HTTP. Figures:
 * checks per second of the server's own CPU time (the "per core" figure, robust to a shared
 * machine), wall-clock throughput, latency seen by the caller (p50, p95, p99) under 8 connections and
 * over one (closed loops: each connection waits for its answer), latency at fixed offered rates (open
 * loop: "p99 at load X"), and the machine's 1-minute load at each run (a shared machine's latency
 * says as much about its neighbours as about the server).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { freePort } from '../src/devtools/free-port.js';
import { percentile } from './percentile.js';

export interface CheckBenchOptions {
  bin: string;
  store: string;
  /** The events file the store was filled from: its last events are the checks (established agents). */
  events: string;
  checks: number;
  log: (msg: string) => void;
  /** Node flags for the server process (e.g. `--cpu-prof --cpu-prof-dir=DIR` to profile the check path). */
  nodeArgs?: readonly string[] | undefined;
  /** Offered rates (checks/s) of the open-loop runs; default 500, 1,000, 2,000 and 4,000. */
  rates?: readonly number[] | undefined;
  /** Seconds each open-loop run offers its rate for (default 10). */
  rateSeconds?: number | undefined;
}

const CLOCK_TICKS = 100;

/** utime + stime of a process, in seconds (Linux). */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/**
 * Check bodies: the file's last `count` events under new ids; every 50th a never-seen identity call;
 * every 25th from one of ten agents the store does not know (a new agent's first calls: no baseline).
 */
async function checkBodies(file: string, count: number): Promise<Buffer[]> {
  // A ring with a moving start: shift() on a 100,000-element array copies it, once per line of a
  // million-line file (two minutes of the bench's time before a single check).
  const ring: string[] = new Array<string>(count);
  let seen = 0;
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === '') continue;
    ring[seen % count] = line;
    seen += 1;
  }
  const last =
    seen <= count ? ring.slice(0, seen) : [...ring.slice(seen % count), ...ring.slice(0, seen % count)];
  return last.map((line, i) => {
    const event = JSON.parse(line) as Record<string, unknown>;
    event['event_id'] = `check-${i}`;
    if (i % 50 === 49) {
      event['action'] = { api: 'iam:CreateAccessKey', service: 'aws-iam', category: 'identity' };
      event['resource'] = { id: 'prod-admin', sensitivity: 'restricted' };
    }
    if (i % 25 === 12) event['agent'] = { id: `agent-new-${i % 10}`, name: `new-agent-${i % 10}` };
    return Buffer.from(JSON.stringify(event), 'utf8');
  });
}

/** Latency figures of one run, in milliseconds, with the server's CPU and the machine's load. */
interface RunFigures {
  rps: number;
  perCore: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  cores: number;
  load: number;
}

/** Figures of a run: `latencies` after the first tenth (JIT and sockets warming up). */
function summarise(latencies: number[], total: number, wall: number, cpu: number): RunFigures {
  const steady = latencies.slice(Math.floor(latencies.length / 10)).sort((a, b) => a - b);
  return {
    rps: Math.round(total / wall),
    perCore: Math.round(total / cpu),
    p50: Number(percentile(steady, 50).toFixed(3)),
    p95: Number(percentile(steady, 95).toFixed(3)),
    p99: Number(percentile(steady, 99).toFixed(3)),
    max: Number((steady[steady.length - 1] ?? Number.NaN).toFixed(3)),
    cores: Number((cpu / wall).toFixed(2)),
    // Machine load over the run (1-minute average at its end): what shared the cores meanwhile.
    load: Number((loadavg()[0] ?? Number.NaN).toFixed(1)),
  };
}

/** Closed and open loops of checks against one server process (`pid` for its CPU time). */
class CheckDriver {
  // Enough sockets that the open loop never queues at the client behind a slow answer.
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64 });
  readonly decisions: Record<string, number> = { allow: 0, warn: 0, deny: 0 };

  constructor(
    private readonly port: number,
    private readonly pid: number,
    private readonly bodies: readonly Buffer[],
  ) {}

  /**
   * Resolves with the milliseconds from issuing the request to the whole answer read. A kept-alive
   * socket the server closed as it was reused is retried once on a fresh one (as Node's docs advise):
   * one such race must not end a run of 100,000 checks.
   */
  post(body: Buffer, started = performance.now()): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: this.port,
          path: '/v1/check',
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/json', 'content-length': body.length },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            if (res.statusCode !== 200) return reject(new Error(`check answered ${res.statusCode}`));
            const text = Buffer.concat(chunks).toString('utf8');
            const decision = /^\{"decision":"(\w+)"/.exec(text)?.[1] ?? 'unknown';
            this.decisions[decision] = (this.decisions[decision] ?? 0) + 1;
            resolve(performance.now() - started);
          });
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (req.reusedSocket && error.code === 'ECONNRESET') this.post(body, started).then(resolve, reject);
        else reject(error);
      });
      req.end(body);
    });
  }

  /** Closed loop: `concurrency` connections, each waiting for its answer before the next check. */
  async closed(concurrency: number, total: number): Promise<RunFigures> {
    const latencies: number[] = [];
    let next = 0;
    const cpu0 = cpuSeconds(this.pid);
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < total) {
          const body = this.bodies[next % this.bodies.length] as Buffer;
          next += 1;
          latencies.push(await this.post(body));
        }
      }),
    );
    return summarise(latencies, total, (performance.now() - t0) / 1000, cpuSeconds(this.pid) - cpu0);
  }

  /**
   * Open loop at a fixed offered rate: check i is issued at t0 + i/rate whatever the answers do (a
   * fleet of agents does not wait for each other), so latency is what a caller sees at that load,
   * without the queueing a closed loop of N connections adds by construction ((N - 1) x the
   * service time). A 1 ms timer issues what is due; how late that was is reported apart (`lagP99`),
   * so the generator's own delays on a shared machine are visible, not hidden. When more than a
   * second of checks waits for answers the rate is not sustained: issuing stops there (a queue
   * growing for the rest of the run would only measure the run's length) and `sustained` is false.
   */
  async open(
    rate: number,
    total: number,
  ): Promise<RunFigures & { lagP99: number; sustained: boolean; issued: number }> {
    const latencies: number[] = [];
    const lags: number[] = [];
    const cpu0 = cpuSeconds(this.pid);
    const t0 = performance.now();
    let issued = 0;
    let answered = 0;
    let sustained = true;
    await new Promise<void>((resolve, reject) => {
      const tick = () => {
        const now = performance.now();
        const due = Math.min(total, Math.floor(((now - t0) / 1000) * rate) + 1);
        for (; issued < due && sustained; issued += 1) {
          if (issued - answered > Math.max(64, rate)) {
            sustained = false;
            break;
          }
          lags.push(now - (t0 + (issued * 1000) / rate));
          this.post(this.bodies[issued % this.bodies.length] as Buffer).then((ms) => {
            latencies.push(ms);
            answered += 1;
            if (answered === issued && (issued === total || !sustained)) resolve();
          }, reject);
        }
        if (issued < total && sustained) setTimeout(tick, 1);
      };
      tick();
    });
    const figures = summarise(
      latencies,
      issued,
      (performance.now() - t0) / 1000,
      cpuSeconds(this.pid) - cpu0,
    );
    lags.sort((a, b) => a - b);
    return { ...figures, lagP99: Number(percentile(lags, 99).toFixed(3)), sustained, issued };
  }

  close(): void {
    this.agent.destroy();
  }
}

/**
 * The reference: a bare `node:http` server that reads the body, parses it and answers a fixed allow
 * in the check API's shape, in its own process like `serve`. Run right after the real one by the
 * same client, it shows what the machine and Node's HTTP layer alone cost at that moment: the part
 * of a latency figure no change to the check path can remove.
 */
const BARE_SERVER = `
const { createServer } = require('node:http');
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const event = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const text = JSON.stringify({ decision: 'allow', reason: 'nothing unusual for this agent against its baseline',
      event_id: event.event_id, alerts: [], allowed: [], baseline_version: '100@2026-01-01T00:00:00.000Z' });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  });
});
server.listen(Number(process.argv[1]), '127.0.0.1', () => process.stdout.write('listening\\n'));
`;

/** Starts `args` as a Node process and waits until `ready` matches its stderr (or stdout). */
async function startServer(
  args: string[],
  ready: RegExp,
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcessWithoutNullStreams; output: () => string }> {
  const child = spawn(process.execPath, args, { stdio: 'pipe', env });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const startedAt = performance.now();
  try {
    while (!ready.test(output)) {
      if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
      if (performance.now() - startedAt > 300_000) throw new Error(`server not ready: ${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (error: unknown) {
    await stopServer(child);
    throw error;
  }
  return { child, output: () => output };
}

async function stopServer(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
}

/** Runs the check figures; returns them keyed for the bench table. */
export async function checkBench(o: CheckBenchOptions): Promise<Record<string, number | string>> {
  const figures: Record<string, number | string> = {};
  const bodies = await checkBodies(o.events, o.checks);
  const rates = o.rates ?? [500, 1_000, 2_000, 4_000];
  const rateSeconds = o.rateSeconds ?? 10;
  const openLoops = async (driver: CheckDriver, prefix: string) => {
    for (const rate of rates) {
      const total = Math.round(rate * rateSeconds);
      o.log(`check: open loop, ${rate} checks/s offered for ${total} checks (${prefix})`);
      const r = await driver.open(rate, total);
      const key = `${prefix}_at_${rate}_per_s`;
      figures[`${key}_sustained`] = r.sustained ? 'yes' : `no (stopped after ${r.issued} checks)`;
      figures[`${key}_achieved`] = r.rps;
      figures[`${key}_p50_ms`] = r.p50;
      figures[`${key}_p95_ms`] = r.p95;
      figures[`${key}_p99_ms`] = r.p99;
      figures[`${key}_max_ms`] = r.max;
      figures[`${key}_send_lag_p99_ms`] = r.lagP99;
      figures[`${key}_server_cpu_cores`] = r.cores;
      figures[`${key}_per_core_per_s`] = r.perCore;
      figures[`${key}_machine_load_1m`] = r.load;
    }
  };

  const port = await freePort();
  o.log(`check: agentwatch serve on port ${port} (${bodies.length} distinct checks)`);
  const startedAt = performance.now();
  const serve = await startServer(
    [...(o.nodeArgs ?? []), o.bin, 'serve', '--store', o.store, '--port', String(port)],
    /agents loaded/,
    { ...process.env, AGENTWATCH_LOG_LEVEL: 'warn' },
  );
  const driver = new CheckDriver(port, serve.child.pid ?? 0, bodies);
  try {
    figures['check_agents_loaded'] = Number(
      /with (\d+) agents loaded/.exec(serve.output())?.[1] ?? Number.NaN,
    );
    figures['check_serve_start_s'] = Number(((performance.now() - startedAt) / 1000).toFixed(1));
    o.log('check: warm-up');
    await driver.closed(4, Math.min(5_000, bodies.length));
    o.log(`check: throughput, 8 connections, ${o.checks} checks`);
    const loadBefore = loadavg()[0] ?? Number.NaN;
    const busy = await driver.closed(8, o.checks);
    figures['check_per_core_per_s'] = busy.perCore;
    figures['check_throughput_rps'] = busy.rps;
    figures['check_server_cpu_cores'] = busy.cores;
    figures['check_busy_p50_ms'] = busy.p50;
    figures['check_busy_p95_ms'] = busy.p95;
    figures['check_busy_p99_ms'] = busy.p99;
    figures['check_busy_machine_load_1m'] = busy.load;
    o.log('check: latency, one connection (a gateway asking before each tool call)');
    const quiet = await driver.closed(1, Math.min(o.checks, 20_000));
    figures['check_latency_p50_ms'] = quiet.p50;
    figures['check_latency_p95_ms'] = quiet.p95;
    figures['check_latency_p99_ms'] = quiet.p99;
    figures['check_latency_rps'] = quiet.rps;
    figures['check_latency_machine_load_1m'] = quiet.load;
    await openLoops(driver, 'check');
    figures['check_machine_load_1m'] = Number(loadBefore.toFixed(1));
    figures['check_machine_cores'] = cpus().length;
    figures['check_decisions'] = Object.entries(driver.decisions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  } finally {
    driver.close();
    await stopServer(serve.child);
  }

  const barePort = await freePort();
  o.log(`check: reference, a bare node:http server on port ${barePort}`);
  const bare = await startServer(['-e', BARE_SERVER, String(barePort)], /listening/, process.env);
  const reference = new CheckDriver(barePort, bare.child.pid ?? 0, bodies);
  try {
    await reference.closed(4, Math.min(5_000, bodies.length));
    const busy = await reference.closed(8, Math.min(o.checks, 50_000));
    figures['bare_http_per_core_per_s'] = busy.perCore;
    figures['bare_http_busy_p50_ms'] = busy.p50;
    figures['bare_http_busy_p99_ms'] = busy.p99;
    figures['bare_http_busy_machine_load_1m'] = busy.load;
    await openLoops(reference, 'bare_http');
  } finally {
    reference.close();
    await stopServer(bare.child);
  }
  return figures;
}
