import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertSchema, type Alert } from '../../schemas/alert.js';
import { configSchema } from '../../schemas/config.js';
import type { AgentEventInput } from '../../schemas/event.js';
import { silentLogger } from '../../src/logger.js';
import { CheckServer } from '../../src/service/check-server.js';
import { agentHistory, ndjson, T0 } from '../support/event-factory.js';
import { tempDir } from '../support/temp-dir.js';

/*
 * The check answers as the stream would, on a store filled by `replay --registry --directory`: the
 * posture detectors see the registry, the directory and each agent's footprint (restored from the
 * stored events), and the checked event is redacted like a streamed one before anything quotes it.
 */

const BIN = new URL('../../bin/agentwatch.js', import.meta.url).pathname;
const DAY = 86_400_000;
const dir = tempDir('check-identity');
const storePath = join(dir.path, 'store');
let server: CheckServer | undefined;
let base = '';
let streamed: Alert[] = [];

const iso = (ms: number) => new Date(ms).toISOString();
const APIS = ['crm.contacts.read', 'crm.contacts.search'];

/** 20 days of an agent's routine, from one origin with one credential. */
function history(agentId: string): AgentEventInput[] {
  return agentHistory({ agentId, days: 20, perDay: 8, apis: APIS }).map((e) => ({
    ...e,
    action: { ...e.action, service: 'crm' },
    credential: { id: `${agentId}-key` },
    source_ip: '10.0.0.1',
    user_agent: `${agentId}/1.0`,
  }));
}

/** What `agentId` does on day 21 at 10:00, from its usual origin unless told. */
function routine(agentId: string, id: string, over: Partial<AgentEventInput> = {}): AgentEventInput {
  return {
    event_id: id,
    ts: iso(T0 + 21 * DAY + 10 * 3_600_000),
    agent: { id: agentId, name: `${agentId}-bot`, type: 'organizational', owner: 'ops@example.com' },
    action: { api: 'crm.contacts.read', service: 'crm', category: 'read' },
    credential: { id: `${agentId}-key` },
    source_ip: '10.0.0.1',
    user_agent: `${agentId}/1.0`,
    ...over,
  };
}

function registryRecord(agentId: string, status: 'active' | 'suspended' | 'retired') {
  return {
    agent_id: agentId,
    name: `${agentId}-bot`,
    type: 'organizational',
    owner: 'ana',
    approved_by: 'bo',
    approved_at: iso(T0 - 5 * DAY),
    review_every_days: 365,
    scopes_granted: ['crm'],
    credentials: [{ id: `${agentId}-key`, kind: 'api_key' }],
    status,
  };
}

interface CheckAnswer {
  decision: string;
  reason: string;
  alerts: Alert[];
}

async function check(event: unknown): Promise<{ answer: CheckAnswer; text: string }> {
  const res = await fetch(`${base}/v1/check`, { method: 'POST', body: JSON.stringify(event) });
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return { answer: JSON.parse(text) as CheckAnswer, text };
}

beforeAll(async () => {
  const registry = join(dir.path, 'registry.ndjson');
  const directory = join(dir.path, 'directory.ndjson');
  const events = join(dir.path, 'events.ndjson');
  writeFileSync(
    registry,
    ndjson([
      registryRecord('alpha', 'active'),
      registryRecord('beta', 'suspended'),
      registryRecord('gamma', 'retired'),
    ]),
  );
  writeFileSync(
    directory,
    ndjson([
      { kind: 'person', id: 'ana', name: 'Ana', status: 'active', groups: [] },
      { kind: 'person', id: 'bo', name: 'Bo', status: 'active', groups: [] },
    ]),
  );
  writeFileSync(events, ndjson([...history('alpha'), ...history('beta'), ...history('gamma')]));
  const r = spawnSync(
    process.execPath,
    [BIN, 'replay', events, '--store', storePath, '--registry', registry, '--directory', directory],
    { encoding: 'utf8', timeout: 120_000 },
  );
  expect(r.status, r.stderr).toBe(0);
  expect(r.stderr).toContain('registry 3 records; directory 2 records');
  streamed = r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => alertSchema.parse(JSON.parse(l)));

  const config = configSchema.parse({
    log_level: 'silent',
    store: { path: storePath },
    http: { port: 0, host: '127.0.0.1' },
  });
  server = new CheckServer(config, silentLogger(), { defaultMetrics: false });
  await server.start();
  base = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server?.stop();
  dir.cleanup();
});

describe('the check API sees the identity context the stream sees', () => {
  it('restores the registry, the directory and every footprint from the store', () => {
    expect(server?.identity).toEqual({ registered: 3, directory: 2, agents: 3, events: 480 });
  });

  it('a suspended or retired agent is denied, as the stream alerted on it', async () => {
    const streamReasons = streamed
      .filter((a) => a.detector.id === 'unregistered-agent')
      .map((a) => [a.agent.id, a.reason]);
    expect(streamReasons).toEqual(
      expect.arrayContaining([
        ['beta', 'agent_suspended'],
        ['gamma', 'agent_retired'],
      ]),
    );
    for (const [agentId, word] of [
      ['beta', 'suspended'],
      ['gamma', 'retired'],
    ] as const) {
      const { answer } = await check(routine(agentId, `${agentId}-check`));
      expect(answer.decision, answer.reason).toBe('deny');
      expect(answer.reason).toMatch(new RegExp(`^Denied by unregistered-agent \\(high\\): .*${word}`, 'i'));
      expect(answer.alerts[0]?.evidence['approved_by']).toBe('bo');
    }
  });

  it('an unregistered agent warns; a registered one acting as usual is allowed', async () => {
    const ghost = await check(routine('ghost', 'ghost-check'));
    expect(ghost.answer.decision).toBe('warn');
    expect(ghost.answer.alerts.map((a) => [a.detector.id, a.reason])).toEqual([
      ['unregistered-agent', 'agent_not_registered'],
    ]);
    const alpha = await check(routine('alpha', 'alpha-check'));
    expect(alpha.answer.decision, alpha.answer.reason).toBe('allow');
    expect(alpha.answer.alerts).toEqual([]);
  });

  it("an agent's footprint is there: its credential from a new origin raises credential-hygiene", async () => {
    const { answer } = await check(
      routine('alpha', 'alpha-new-origin', { source_ip: '203.0.113.9', user_agent: 'curl/8' }),
    );
    const origin = answer.alerts.find((a) => a.reason === 'credential_new_origin');
    expect(origin?.detector.id).toBe('credential-hygiene');
    expect(origin?.description).toContain('never seen in 160 events of this agent');
  });
});

describe('the checked event is redacted before anything quotes it', () => {
  it('the answer and its alerts hold no secret of the event', async () => {
    const secrets = ['hunter2', 'tok-77', 'pw-in-url', 'Zm9vOmJhcg', 'qs-9'];
    const { answer, text } = await check(
      routine('alpha', 'alpha-leaky', {
        action: {
          api: 'admin.users.create',
          service: 'crm',
          category: 'identity',
          parameters: {
            password: 'hunter2',
            url: 'https://svc:pw-in-url@crm.example.com/x?token=qs-9',
            note: 'ok',
          },
        },
        resource: { id: 'https://svc:pw-in-url@crm.example.com/users', sensitivity: 'restricted' },
        attributes: { authorization: 'Basic Zm9vOmJhcg', session_token: 'tok-77', region: 'eu' },
      }),
    );
    expect(answer.alerts.length).toBeGreaterThan(0);
    expect(answer.alerts[0]?.resource?.id).toBe('https://[REDACTED]@crm.example.com/users');
    for (const secret of secrets) expect(text, secret).not.toContain(secret);
  });
});

describe('what a new user trips on says what to do', () => {
  it("a check answer's alert cannot be decided on, and the error says why", async () => {
    const { answer } = await check(routine('beta', 'beta-decide'));
    const res = await fetch(`${base}/v1/decisions`, {
      method: 'POST',
      body: JSON.stringify({
        alert_id: answer.alerts[0]?.alert_id,
        verdict: 'expected',
        scope: 'agent',
        ttl: '1d',
        by: 'ana',
        reason: 'tried the check answer',
      }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/listed by agentwatch alerts\), not on the alerts of a check answer/);
  });

  it('the CLI on a store that serve holds names the cause and the HTTP way instead', () => {
    const r = spawnSync(process.execPath, [BIN, 'alerts', '--json', '--store', storePath], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('another agentwatch process (serve, run or replay) has it open');
    expect(r.stderr).toContain('GET /v1/alerts');
  });
});
