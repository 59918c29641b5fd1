import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../schemas/alert.js';
import { responseHookSchema } from '../../schemas/response-config.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { createResponseHooks, suggestedAction, type ResponseCall } from '../../src/response/response-hook.js';
import { ALERT, alertWith } from '../formats/alert-fixture.js';
import { HttpReceiver, verifyWebhookSignature } from '../support/http-receiver.js';
import { tempDir } from '../support/temp-dir.js';

const SECRET = 'a-shared-secret-of-some-length';
const dir = tempDir('hooks');
afterAll(() => dir.cleanup());

function hook(url: string, over: Record<string, unknown> = {}) {
  return responseHookSchema.parse({ name: 'soar', url, hmac_secret: SECRET, max_retry_ms: 0, ...over });
}

describe('response hooks', () => {
  it('suggest an action by reason first, else by the nearest severity at or below the alert', () => {
    const h = hook('http://127.0.0.1:1/', { reasons: { credential_leaked: 'revoke_credential' } });
    expect(suggestedAction(h, alertWith({ severity: 'critical' }))).toBe('suspend_agent');
    expect(suggestedAction(h, alertWith({ severity: 'high' }))).toBe('require_approval');
    expect(suggestedAction(h, alertWith({ severity: 'high', reason: 'credential_leaked' }))).toBe(
      'revoke_credential',
    );
  });

  it('call the webhook signed for alerts at or above min_severity, and record each call', async () => {
    const receiver = await HttpReceiver.start();
    const calls: ResponseCall[] = [];
    const metrics = createMetrics({ defaultMetrics: false });
    const [sink] = createResponseHooks([hook(`${receiver.url}/playbook`)], {
      metrics,
      logger: silentLogger(),
      deadLetterDir: dir.path,
      log: (c) => {
        calls.push(...c);
        return Promise.resolve();
      },
      now: () => 1_000,
    });
    if (!sink) throw new Error('no hook');
    const critical: Alert = alertWith({ alert_id: 'crit-1', severity: 'critical' });
    const low: Alert = alertWith({ alert_id: 'low-1', severity: 'low' });
    await sink.send([critical, low]);
    await sink.close();
    await receiver.stop();

    expect(receiver.requests).toHaveLength(1);
    const request = receiver.requests[0];
    if (!request) throw new Error('no request');
    expect(request.path).toBe('/playbook');
    expect(verifyWebhookSignature(SECRET, request)).toBe(true);
    const body = JSON.parse(request.body.toString('utf8')) as Record<string, unknown>[];
    expect(body).toHaveLength(1);
    expect(body[0]).toMatchObject({
      hook: 'soar',
      suggested_action: 'suspend_agent',
      alert_id: 'crit-1',
      severity: 'critical',
      agent: ALERT.agent,
    });
    expect(calls).toEqual([
      {
        hook: 'soar',
        alert_id: 'crit-1',
        agent_id: ALERT.agent.id,
        severity: 'critical',
        action: 'suspend_agent',
        url: `${receiver.url}/playbook`,
        outcome: 'delivered',
        error: '',
        called_at: 1_000,
      },
    ]);
    const counted = await metrics.responseHookCalls.get();
    expect(counted.values.find((v) => v.labels.outcome === 'delivered')?.value).toBe(1);
  });

  it('park a refused call in the dead letter and record it as dead_lettered', async () => {
    const receiver = await HttpReceiver.start(() => ({ status: 400, body: 'no' }));
    const calls: ResponseCall[] = [];
    const deadLetter = join(dir.path, 'refused.ndjson');
    const [sink] = createResponseHooks([hook(receiver.url, { dead_letter_path: deadLetter })], {
      metrics: createMetrics({ defaultMetrics: false }),
      logger: silentLogger(),
      deadLetterDir: dir.path,
      log: (c) => {
        calls.push(...c);
        return Promise.resolve();
      },
    });
    if (!sink) throw new Error('no hook');
    await sink.send([alertWith({ alert_id: 'high-1', severity: 'high' })]);
    await sink.close();
    await receiver.stop();
    expect(calls.map((c) => [c.alert_id, c.outcome, c.action])).toEqual([
      ['high-1', 'dead_lettered', 'require_approval'],
    ]);
    expect(calls[0]?.error).toMatch(/^rejected: .*HTTP 400/);
    const parked = readFileSync(deadLetter, 'utf8').trim().split('\n');
    expect(JSON.parse(parked[0] ?? '{}')).toMatchObject({ reason: 'rejected', sink: 'hook.soar' });
  });

  it('refuse two hooks of one name and a secret variable that is not set', () => {
    const context = {
      metrics: createMetrics({ defaultMetrics: false }),
      logger: silentLogger(),
      deadLetterDir: dir.path,
    };
    expect(() =>
      createResponseHooks([hook('http://127.0.0.1:1/'), hook('http://127.0.0.1:2/')], context),
    ).toThrow(/used twice/);
    expect(() =>
      createResponseHooks(
        [hook('http://127.0.0.1:1/', { hmac_secret: null, hmac_secret_env: 'NOPE_SECRET' })],
        {
          ...context,
          env: {},
        },
      ),
    ).toThrow(/NOPE_SECRET is unset/);
  });
});
