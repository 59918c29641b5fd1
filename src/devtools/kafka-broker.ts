// Starts the real single-node Kafka broker of scripts/kafka-broker.sh for tests and benchmarks.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface KafkaBroker {
  /** Bootstrap address, e.g. "127.0.0.1:40123". */
  brokers: string;
  /** With `secure`: the SASL_SSL listener (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512). */
  saslSsl?: string;
  /** With `secure`: the SSL listener that requires a client certificate signed by the CA. */
  ssl?: string;
  /** Stops the broker, keeping its data and ports (a controlled shutdown, as for an upgrade). */
  halt(): Promise<void>;
  /** Starts a halted broker again on the same ports with the same data. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

/** The repository root: the nearest folder above this module with scripts/kafka-broker.sh (src/ or dist/src/). */
function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i += 1) {
    if (existsSync(join(dir, 'scripts', 'kafka-broker.sh'))) return dir;
    dir = resolve(dir, '..');
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

const repoRoot = findRepoRoot();
const script = join(repoRoot, 'scripts', 'kafka-broker.sh');

const START_TIMEOUT_S = 90;
// A cold Maven fetch of ~45 MB of jars can take minutes on a slow link.
const FETCH_TIMEOUT_MS = 10 * 60_000;

interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function runScript(args: readonly string[], timeoutMs: number): Promise<ScriptResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('bash', [script, ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, KAFKA_START_TIMEOUT: String(START_TIMEOUT_S) },
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`cannot run ${script}: ${err.message}`, { cause: err }));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr, timedOut });
    });
  });
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

async function logTail(dir: string): Promise<string> {
  const log = join(dir, 'kafka.log');
  try {
    return `--- last lines of ${log} ---\n${tail(await readFile(log, 'utf8'), 30)}`;
  } catch {
    return `(no ${log} written)`;
  }
}

function describeFailure(step: string, result: ScriptResult, timeoutMs: number): string {
  const why = result.timedOut
    ? `did not finish within ${Math.round(timeoutMs / 1000)} s`
    : `exited with code ${String(result.code)}`;
  return `Kafka test broker: 'scripts/kafka-broker.sh ${step}' ${why}.\n${tail(result.stderr, 40)}`;
}

/**
 * Fetches the broker jars if needed (Maven Central), then starts a fresh
 * single-node KRaft broker in `opts.dir` (default: a new temp dir, removed on stop).
 */
export async function startKafkaBroker(opts?: {
  dir?: string;
  /** Also SASL_SSL and mutual-TLS listeners: `tlsDir` holds ca.pem, server.pem and server.key. */
  secure?: { tlsDir: string; user: string; password: string };
}): Promise<KafkaBroker> {
  const fetched = await runScript(['fetch'], FETCH_TIMEOUT_MS);
  if (fetched.code !== 0) {
    throw new Error(describeFailure('fetch', fetched, FETCH_TIMEOUT_MS));
  }

  const ownDir = opts?.dir === undefined;
  const dir = opts?.dir ?? (await mkdtemp(join(tmpdir(), 'agentwatch-kafka-')));
  // The script enforces START_TIMEOUT_S itself; the margin covers storage formatting.
  const startTimeoutMs = (START_TIMEOUT_S + 20) * 1000;
  const secureArgs = opts?.secure
    ? ['--tls-dir', opts.secure.tlsDir, '--sasl-user', `${opts.secure.user}:${opts.secure.password}`]
    : [];
  const started = await runScript(['start', '--dir', dir, ...secureArgs], startTimeoutMs);
  const brokers = started.stdout.trim();
  if (started.code !== 0 || !/^127\.0\.0\.1:\d+$/.test(brokers)) {
    // The script prints the broker log's errors and tail itself, unless it was killed.
    let message = describeFailure('start', started, startTimeoutMs);
    if (started.timedOut) message += `\n${await logTail(dir)}`;
    await runScript(['stop', '--dir', dir], 60_000).catch(() => undefined);
    throw new Error(message);
  }

  // If the test process dies without teardown, do not leave an orphan JVM behind.
  let pid = Number(await readFile(join(dir, 'kafka.pid'), 'utf8'));
  const killOnExit = (): void => {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', killOnExit);

  const port = async (file: string) => `127.0.0.1:${(await readFile(join(dir, file), 'utf8')).trim()}`;
  const secured = opts?.secure ? { saslSsl: await port('sasl_ssl.port'), ssl: await port('ssl.port') } : {};

  let stopping: Promise<void> | undefined;
  return {
    brokers,
    ...secured,
    async halt() {
      const stopped = await runScript(['stop', '--dir', dir], 60_000);
      if (stopped.code !== 0) throw new Error(describeFailure('stop', stopped, 60_000));
    },
    async resume() {
      const resumed = await runScript(['start', '--dir', dir, '--keep'], startTimeoutMs);
      if (resumed.code !== 0 || resumed.stdout.trim() !== brokers)
        throw new Error(describeFailure('start --keep', resumed, startTimeoutMs));
      const newPid = Number(await readFile(join(dir, 'kafka.pid'), 'utf8'));
      pid = newPid;
    },
    stop() {
      stopping ??= (async () => {
        process.off('exit', killOnExit);
        const stopped = await runScript(['stop', '--dir', dir], 60_000);
        if (stopped.code !== 0) {
          throw new Error(describeFailure('stop', stopped, 60_000));
        }
        if (ownDir) await rm(dir, { recursive: true, force: true });
      })();
      return stopping;
    },
  };
}
