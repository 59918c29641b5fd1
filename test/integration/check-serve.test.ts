import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alertSchema, type Alert } from '../../schemas/alert.js';
import type { AgentEventInput } from '../../schemas/event.js';
import { CheckClient } from '../../src/client/check-client.js';
import { freePort } from '../../src/devtools/free-port.js';
import { agentHistory, callOn, ndjson, T0 } from '../support/event-factory.js';
import { tempDir } from '../support/temp-dir.js';
import { waitFor } from '../support/wait-for.js';

/*
 * Issue 14, as it will be checked: a store filled by `replay`, `agentwatch serve` on it, checks
 * posted from outside (a routine action allowed, a never-seen identity change by an established agent
 * denied, p99 measured by the caller); an analyst decision with a TTL silences exactly its scope until
 * it expires in event time, and `alerts --json` shows it.
 */

const BIN = new URL('../../bin/agentwatch.js', import.meta.url).pathname;
const DAY = 86_400_000;
const dir = tempDir('check');
const store = join(dir.path, 'store');
let server: ChildProcess | undefined;
afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
  dir.cleanup();
});

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function replay(name: string, events: readonly unknown[]): Alert[] {
  const file = join(dir.path, `${name}.ndjson`);
  writeFileSync(file, ndjson(events));
  const r = cli(['replay', file, '--store', store]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => alertSchema.parse(JSON.parse(l)));
}

interface ListedAlert {
  alert_id: string;
  agent_id: string;
  api: string;
  severity: string;
  decisions: {
    verdict: string;
    scope: string;
    decided_by: string;
    rationale: string;
    expires_at: number | null;
  }[];
}

function listed(): ListedAlert[] {
  const r = cli(['alerts', '--json', '--store', store]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ListedAlert);
}

const APIS = ['crm.contacts.read', 'crm.contacts.search', 'mail.read'];
/** An established agent: 20 active days of the same three reads. */
const history = (agentId: string) => agentHistory({ agentId, days: 20, perDay: 10, apis: APIS });
const at = (day: number, hour = 10) => new Date(T0 + day * DAY + hour * 3_600_000).toISOString();
const routine = (agentId: string, day: number, id: string): AgentEventInput => ({
  ...callOn(agentId, 'crm.contacts.read', day, id, 'read'),
  resource: undefined,
});
const purge = (agentId: string, day: number, id: string, api = 'files.delete') =>
  callOn(agentId, api, day, id, 'delete');

interface CheckAnswer {
  decision: string;
  reason: string;
  alerts: Alert[];
  allowed: (Alert & { decision: { verdict: string; decision_id: string } })[];
  baseline_version: string;
}

describe('the check API and analyst decisions on a replayed store', () => {
  let base = '';
  let firstAlert: Alert | undefined;

  it('replay fills the store: both agents alert on their first delete', () => {
    const alerts = replay('history', [
      ...history('alpha'),
      ...history('beta'),
      purge('alpha', 20, 'alpha-delete-1'),
      purge('beta', 20, 'beta-delete-1'),
    ]);
    expect(alerts.map((a) => [a.agent.id, a.action.api, a.reason])).toEqual([
      ['alpha', 'files.delete', 'api_first_seen'],
      ['beta', 'files.delete', 'api_first_seen'],
    ]);
    firstAlert = alerts[0];
  });

  it('serve answers from the store: routine allowed, a never-seen identity change denied in words', async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [BIN, 'serve', '--store', store, '--port', String(port)], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, AGENTWATCH_LOG_LEVEL: 'warn' },
    });
    let stderr = '';
    server.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    await waitFor(`serve ready (${stderr})`, async () => {
      const r = await fetch(`${base}/readyz`).catch(() => undefined);
      return r?.status === 200;
    });
    expect(stderr).toContain('with 2 agents loaded');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    // The client a gateway would use (src/client/check-client.ts).
    const allow = await new CheckClient({ url: base, timeoutMs: 5_000 }).check(
      routine('alpha', 21, 'alpha-routine'),
    );
    expect(allow.decision).toBe('allow');
    expect(allow.alerts).toEqual([]);
    expect(allow.baseline_version).toMatch(/^201@/);

    const identity = await check({
      ...callOn('alpha', 'iam:CreateAccessKey', 21, 'alpha-identity', 'identity'),
    });
    expect(identity.decision).toBe('deny');
    expect(identity.reason).toMatch(
      /^Denied by never-seen-api \((high|critical)\): .*iam:CreateAccessKey for the first time/,
    );
    expect(identity.reason).toContain('in 21 active days and 201 events');
    expect(identity.alerts[0]?.event_ids).toEqual(['alpha-identity']);

    // Not learned: the same check again is denied again.
    expect((await check(callOn('alpha', 'iam:CreateAccessKey', 21, 'again', 'identity'))).decision).toBe(
      'deny',
    );

    // A night call is judged by its hour, and a line-order time claimed in a live check is not believed.
    // On restricted data: a lone routine read at night is low, which off-hours-access does not raise.
    const night = {
      ...routine('alpha', 21, 'alpha-night'),
      ts: at(21, 3),
      resource: { id: 'crm:export/nightly', sensitivity: 'restricted' as const },
    };
    const nightly = await check(night);
    const claimed = await check({
      ...night,
      event_id: 'alpha-night-2',
      attributes: { 'transcript.time': 'line_order' },
    });
    expect(nightly.alerts.map((a) => a.detector.id)).toContain('off-hours-access');
    expect(claimed.alerts.map((a) => [a.detector.id, a.severity])).toEqual(
      nightly.alerts.map((a) => [a.detector.id, a.severity]),
    );

    // Bad input is refused with a reason; the service goes on.
    const bad = await fetch(`${base}/v1/check`, { method: 'POST', body: '{"event_id": 1}' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('schema_violation');

    // p99 from outside: sequential checks over one keep-alive connection.
    const latencies: number[] = [];
    for (let i = 0; i < 400; i += 1) {
      const started = performance.now();
      const answer = await check(routine(i % 2 === 0 ? 'alpha' : 'beta', 21, `lat-${i}`));
      latencies.push(performance.now() - started);
      expect(answer.decision).toBe('allow');
    }
    latencies.sort((a, b) => a - b);
    const p50 = latencies[Math.floor(latencies.length * 0.5)] ?? 0;
    const p99 = latencies[Math.floor(latencies.length * 0.99)] ?? 0;
    process.stderr.write(
      `check latency from outside (400 sequential): p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms\n`,
    );
    // The figure is the bench's (bench/run-bench.ts); here only a bound that a loaded CI host holds.
    expect(p99).toBeLessThan(250);

    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/agentwatch_checks_total\{decision="deny"\} 2/);
  });

  it('a decision over HTTP allows exactly its scope, until it expires in event time', async () => {
    const alert = firstAlert;
    if (!alert) throw new Error('no alert from the replay');
    const res = await fetch(`${base}/v1/decisions`, {
      method: 'POST',
      body: JSON.stringify({
        alert_id: alert.alert_id,
        verdict: 'expected',
        scope: 'agent+api',
        ttl: '2d',
        by: 'ana@soc.example',
        reason: 'alpha cleans up its export folder now',
      }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const decision = (await res.json()) as { decision_id: string; expires_at: number };
    // Two days from alpha's latest stored event (its delete on day 20 at 10:00), in event time.
    expect(new Date(decision.expires_at).toISOString()).toBe(at(22));

    const allowed = await check(purge('alpha', 21, 'alpha-delete-2'));
    expect(allowed.decision).toBe('allow');
    expect(allowed.allowed[0]?.decision.decision_id).toBe(decision.decision_id);
    expect(allowed.allowed[0]?.evidence['decision_by']).toBe('ana@soc.example');
    // Another agent, another API of the same agent, and the same call after expiry: not covered.
    expect((await check(purge('beta', 21, 'beta-delete-2'))).decision).toBe('deny');
    expect((await check(purge('alpha', 21, 'alpha-purge', 'files.purge'))).decision).toBe('deny');
    expect((await check(purge('alpha', 23, 'alpha-delete-late'))).decision).toBe('deny');

    const bad = await fetch(`${base}/v1/decisions`, {
      method: 'POST',
      body: JSON.stringify({ alert_id: alert.alert_id, verdict: 'fine', by: 'x', reason: 'y' }),
    });
    expect(bad.status).toBe(400);

    server?.kill('SIGTERM');
    if (server) await once(server, 'exit');
    expect(server?.exitCode).toBe(0);
  });

  it('the stream applies it too: replay silences the scope until expiry; malicious escalates', () => {
    const betaAlert = listed().find((a) => a.agent_id === 'beta');
    if (!betaAlert) throw new Error('no beta alert');
    const decided = cli([
      'decide',
      betaAlert.alert_id,
      '--verdict',
      'malicious',
      '--scope',
      'agent+target',
      '--ttl',
      '14d',
      '--by',
      'bo@soc.example',
      '--reason',
      'beta has no business deleting prod-admin',
      '--store',
      store,
    ]);
    expect(decided.code, decided.stderr).toBe(0);
    expect(decided.stdout).toContain('malicious for agent+target of agent beta');

    const alerts = replay('after', [
      routine('alpha', 21, 'alpha-r21'),
      purge('alpha', 21, 'alpha-delete-2'),
      purge('alpha', 21, 'alpha-purge', 'files.purge'),
      purge('beta', 21, 'beta-delete-2'),
      routine('alpha', 25, 'alpha-r25'),
      purge('alpha', 25, 'alpha-delete-3'),
    ]);
    const seen = alerts.map((a) => a.event_ids[0]);
    expect(seen).not.toContain('alpha-delete-2');
    expect(seen).toEqual(expect.arrayContaining(['alpha-purge', 'beta-delete-2', 'alpha-delete-3']));
    const beta = alerts.find((a) => a.event_ids[0] === 'beta-delete-2');
    expect(beta?.severity).toBe('critical');
    expect(beta?.evidence['decision_verdict']).toBe('malicious');
    expect(beta?.title).toContain('an analyst marked this pattern malicious');

    const list = listed();
    const first = list.find((a) => a.alert_id === firstAlert?.alert_id);
    expect(first?.decisions).toEqual([
      expect.objectContaining({
        verdict: 'expected',
        scope: 'agent+api',
        decided_by: 'ana@soc.example',
        rationale: 'alpha cleans up its export folder now',
        expires_at: Date.parse(at(22)),
      }),
    ]);
    const open = cli(['alerts', '--open', '--json', '--store', store]);
    const openIds = open.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as ListedAlert).alert_id);
    expect(openIds).not.toContain(firstAlert?.alert_id);
    expect(openIds).not.toContain(betaAlert.alert_id);
    expect(openIds.length).toBe(list.length - 2);
  });

  async function check(event: unknown): Promise<CheckAnswer> {
    const res = await fetch(`${base}/v1/check`, { method: 'POST', body: JSON.stringify(event) });
    expect(res.status).toBe(200);
    return (await res.json()) as CheckAnswer;
  }
});
