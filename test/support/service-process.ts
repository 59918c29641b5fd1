import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../src/devtools/free-port.js';
import { waitFor } from './wait-for.js';

const BIN = new URL('../../bin/agentwatch.js', import.meta.url).pathname;
const run = promisify(execFile);

/** How a process ended. */
export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Wall-clock milliseconds from the moment `signal()` was called (or from start). */
  afterMs: number;
}

/**
 * `agentwatch run` as a child process with a config file, for fault tests that must kill, stop or
 * restart the real thing. `/metrics` on a free loopback port tells how far it got.
 */
export class ServiceProcess {
  /** Every process started and not yet exited: `killAll` ends them when a test failed midway. */
  private static readonly live = new Set<ChildProcess>();
  readonly port: number;
  stderr = '';
  private readonly child: ChildProcess;
  private readonly exit: Promise<Exit>;
  private signalledAt: number;

  private constructor(child: ChildProcess, port: number) {
    this.child = child;
    this.port = port;
    this.signalledAt = Date.now();
    child.stderr?.setEncoding('utf8').on('data', (d: string) => {
      // Keep the tail only: a long run logs a lot at warn level.
      this.stderr = (this.stderr + d).slice(-200_000);
    });
    child.stdout?.resume();
    ServiceProcess.live.add(child);
    this.exit = once(child, 'exit').then(([code, signal]) => ({
      code: code as number | null,
      signal: signal as NodeJS.Signals | null,
      afterMs: Date.now() - this.signalledAt,
    }));
  }

  /** Writes `config` (with the HTTP port filled in) to `dir/name.json` and starts the service. */
  static async start(dir: string, name: string, config: Record<string, unknown>): Promise<ServiceProcess> {
    const port = await freePort();
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify({ ...config, http: { enabled: true, host: '127.0.0.1', port } }));
    // The config file names the brokers: the shared broker the global setup exports in KAFKA_BROKERS
    // would override it (environment beats file), and a scenario with its own broker would read the
    // shared one instead.
    const env = { ...process.env };
    delete env['KAFKA_BROKERS'];
    delete env['AGENTWATCH_KAFKA_BROKERS'];
    const child = spawn(process.execPath, [BIN, 'run', '--config', file], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
    });
    return new ServiceProcess(child, port);
  }

  /** Waits until /readyz answers 200 (store open, consumer in its group). */
  async ready(timeoutMs = 60_000): Promise<void> {
    await waitFor(
      `agentwatch run to be ready\n${this.stderr.slice(-2000)}`,
      async () => (await this.get('/readyz')).status === 200,
      timeoutMs,
    );
  }

  /** The value of an unlabelled or labelled sample of /metrics (0 when absent). */
  async metric(name: string, labels = ''): Promise<number> {
    const { body } = await this.get('/metrics');
    const line = body.split('\n').find((l) => l.startsWith(`${name}${labels} `));
    return line === undefined ? 0 : Number(line.slice(line.lastIndexOf(' ') + 1));
  }

  /** SIGKILLs every process still running (for an `afterAll`: a failed scenario leaves none behind). */
  static killAll(): void {
    for (const child of ServiceProcess.live)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    ServiceProcess.live.clear();
  }

  /** Sends `signal`; `exited` then measures from this moment. */
  signal(signal: NodeJS.Signals): void {
    this.signalledAt = Date.now();
    this.child.kill(signal);
  }

  get exited(): Promise<Exit> {
    return this.exit;
  }

  /** SIGTERM and wait (SIGKILL after `timeoutMs`). */
  async stop(timeoutMs = 60_000): Promise<Exit> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return this.exit;
    this.signal('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    try {
      return await this.exit;
    } finally {
      clearTimeout(timer);
    }
  }

  private async get(path: string): Promise<{ status: number; body: string }> {
    try {
      const res = await fetch(`http://127.0.0.1:${this.port}${path}`);
      return { status: res.status, body: await res.text() };
    } catch {
      return { status: 0, body: '' };
    }
  }
}

/** Rows of `query` on the embedded store at `storePath`, through `agentwatch sql --json` (own process). */
export async function sqlRows<T>(storePath: string, query: string): Promise<T[]> {
  const { stdout } = await run(process.execPath, [BIN, 'sql', query, '--store', storePath, '--json'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}
