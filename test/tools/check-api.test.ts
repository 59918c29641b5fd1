import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkConfigSchema, type CheckConfig } from '../../schemas/check-config.js';
import { configSchema } from '../../schemas/config.js';
import { eventSchema } from '../../schemas/event.js';
import { ActionDeniedError, CheckClient } from '../../src/client/check-client.js';
import { DecisionBook } from '../../src/decisions/decision-book.js';
import { freePort } from '../../src/devtools/free-port.js';
import { createDetection } from '../../src/detection/detection-setup.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { CheckApi, loadCheckToken, type CheckEngine } from '../../src/service/check-api.js';
import { HttpServer } from '../../src/service/http-server.js';
import { AgentwatchStore } from '../../src/store/agentwatch-store.js';
import { agentHistory, callOn } from '../support/event-factory.js';
import { tempDir } from '../support/temp-dir.js';

const dir = tempDir('check-api');
let store: AgentwatchStore;
let engine: CheckEngine;
const servers: HttpServer[] = [];

beforeAll(async () => {
  const config = configSchema.parse({ store: { path: join(dir.path, 'store') } });
  store = await AgentwatchStore.open(config.store, silentLogger());
  const decisions = new DecisionBook();
  const { registry, runner } = createDetection(config, {
    metrics: createMetrics({ defaultMetrics: false }),
    logger: silentLogger(),
    persistence: store,
    decisions,
  });
  for (const raw of agentHistory({ agentId: 'alpha', days: 10, perDay: 8, apis: ['crm.read'] })) {
    const event = eventSchema.parse(raw);
    registry.learn(event, runner.process(event, registry.view(event)).verdict);
  }
  engine = { registry, runner, store, decisions };
});
afterAll(async () => {
  for (const s of servers) await s.close();
  await store.close();
  dir.cleanup();
});

/** A check API on a loopback port; `clock` drives its rate limiter. */
async function serve(
  over: Partial<CheckConfig> = {},
  options: { token?: string; clock?: { t: number } } = {},
) {
  const metrics = createMetrics({ defaultMetrics: false });
  const clock = options.clock;
  const api = new CheckApi({
    config: checkConfigSchema.parse(over),
    engine: () => engine,
    metrics,
    logger: silentLogger(),
    token: options.token,
    ...(clock ? { now: () => clock.t } : {}),
  });
  const server = new HttpServer({
    registry: metrics.registry,
    ready: () => true,
    routes: (q, s, p) => api.handle(q, s, p),
  });
  servers.push(server);
  const port = await server.listen(0, '127.0.0.1');
  const post = (body: unknown, headers: Record<string, string> = {}, path = '/v1/check') =>
    fetch(`http://127.0.0.1:${port}${path}`, {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { post, port, metrics };
}

const routine = { ...callOn('alpha', 'crm.read', 10, 'r1', 'read'), resource: undefined };

describe('the check API guards', () => {
  it('answers loopback callers without a token by default, and names the baseline it used', async () => {
    const { post } = await serve();
    const res = await post(routine);
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { decision: string; baseline_version: string };
    expect(answer.decision).toBe('allow');
    expect(answer.baseline_version).toMatch(/^80@2026-03-11T/);
  });

  it('keeps nothing for agents it does not know, and answers them without the store when complete', async () => {
    const before = engine.registry.size;
    for (const complete of [true, false]) {
      engine.complete = complete;
      const { post } = await serve();
      for (let i = 0; i < 20; i += 1) {
        const res = await post({ ...routine, agent: { id: `stranger-${complete}-${i}` } });
        const text = await res.text();
        expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
        expect(res.headers.get('transfer-encoding')).toBeNull();
        expect((JSON.parse(text) as { baseline_version: string }).baseline_version).toBe('none');
      }
    }
    engine.complete = undefined;
    // Not kept when complete; the store's answer (none) is what the other mode keeps.
    expect(engine.registry.size).toBe(before + 20);
  });

  it('requires the bearer token when told to, compared whole', async () => {
    const { post } = await serve({ require_token: 'always' }, { token: 's3cret-token' });
    expect((await post(routine)).status).toBe(401);
    expect((await post(routine, { authorization: 'Bearer s3cret-tok' })).status).toBe(401);
    expect((await post(routine, { authorization: 'Bearer s3cret-token' })).status).toBe(200);
    const none = await serve({ require_token: 'always' });
    const refused = await none.post(routine);
    expect(refused.status).toBe(401);
    expect(await refused.text()).toContain('none is configured');
  });

  it('reads the token from a file, else from the environment variable', () => {
    const file = join(dir.path, 'token');
    writeFileSync(file, 'from-file\n');
    expect(
      loadCheckToken(checkConfigSchema.parse({ token_file: file }), { AGENTWATCH_CHECK_TOKEN: 'env' }),
    ).toBe('from-file');
    expect(loadCheckToken(checkConfigSchema.parse({}), { AGENTWATCH_CHECK_TOKEN: 'env' })).toBe('env');
    expect(loadCheckToken(checkConfigSchema.parse({}), {})).toBeUndefined();
    expect(() => loadCheckToken(checkConfigSchema.parse({ token_file: join(dir.path, 'missing') }))).toThrow(
      /check.token_file/,
    );
  });

  it('refuses a body over the limit (413) and an invalid event (400) with the reason', async () => {
    const { post, metrics } = await serve({ max_body_bytes: 1024 });
    const big = await post({ ...routine, attributes: { pad: 'x'.repeat(4096) } });
    expect(big.status).toBe(413);
    const bad = await post({ event_id: 'x', ts: 'yesterday' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/schema_violation/);
    const refused = await metrics.checksRefused.get();
    expect(refused.values.find((v) => v.labels.reason === 'too_large')?.value).toBe(1);
    expect(refused.values.find((v) => v.labels.reason === 'invalid_event')?.value).toBe(1);
  });

  it('limits the rate with a token bucket (429 with Retry-After), refilled by the clock', async () => {
    const clock = { t: 0 };
    const { post } = await serve({ rate_per_second: 2 }, { clock });
    expect((await post(routine)).status).toBe(200);
    expect((await post(routine)).status).toBe(200);
    const limited = await post(routine);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    clock.t += 500;
    expect((await post(routine)).status).toBe(200);
    expect((await post(routine)).status).toBe(429);
  });

  it('answers 405 for a wrong method and leaves other paths to the server', async () => {
    const { port } = await serve();
    expect((await fetch(`http://127.0.0.1:${port}/v1/check`)).status).toBe(405);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/v1/other`)).status).toBe(404);
  });

  it('the client enforces deny, and fails open or closed by choice when agentwatch cannot be asked', async () => {
    const { port } = await serve();
    const client = new CheckClient({ url: `http://127.0.0.1:${port}/`, timeoutMs: 5_000 });
    expect((await client.enforce(routine)).decision).toBe('allow');
    const identity = callOn('alpha', 'iam:CreateAccessKey', 10, 'i1');
    await expect(client.enforce(identity)).rejects.toBeInstanceOf(ActionDeniedError);
    const nobody = `http://127.0.0.1:${await freePort()}`;
    const open = await new CheckClient({ url: nobody }).check(routine);
    expect(open).toMatchObject({ decision: 'allow', baseline_version: 'unavailable' });
    expect(open.reason).toMatch(/unreachable.*failing open/);
    expect((await new CheckClient({ url: nobody, onUnavailable: 'deny' }).check(routine)).decision).toBe(
      'deny',
    );
    await expect(
      new CheckClient({ url: `http://127.0.0.1:${port}` }).check({ event_id: 'x' } as never),
    ).rejects.toThrow(/HTTP 400/);
  });
});
