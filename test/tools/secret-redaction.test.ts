import { afterAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../schemas/alert.js';
import { configSchema } from '../../schemas/config.js';
import type { RejectedRecord } from '../../src/dead-letter/rejected-record.js';
import { createDetection } from '../../src/detection/detection-setup.js';
import { createRedactor, keyWords, SecretRedactor } from '../../src/events/secret-redaction.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { validateEvent } from '../../src/pipeline/event-decoder.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { AgentwatchStore } from '../../src/store/agentwatch-store.js';
import { agentHistory } from '../support/event-factory.js';
import { tempDir } from '../support/temp-dir.js';

const defaults = configSchema.parse({}).redaction;
const redactor = new SecretRedactor(defaults);

/** Secret values planted in an event; none may come out of the pipeline. */
const SECRETS = [
  'hunter2',
  'tok-abc123',
  'AKIA-key-9',
  'sess=42x',
  'Zm9vOmJhcg',
  'pw-in-url',
  'qs-tok-77',
  's3cr3t',
];

function eventWithSecrets(id: string, agentId = 'leaky-agent') {
  return {
    event_id: id,
    ts: '2026-03-20T10:00:00Z',
    agent: { id: agentId, name: 'leaky', type: 'organizational' as const },
    action: {
      api: 'http.post',
      category: 'send' as const,
      parameters: {
        password: 'hunter2',
        access_token: 'tok-abc123',
        'X-Api-Key': 'AKIA-key-9',
        Cookie: 'sess=42x',
        Authorization: 'Basic Zm9vOmJhcg',
        max_tokens: 512,
        url: 'https://svc:pw-in-url@api.example.com/v1/x?token=qs-tok-77&page=2',
        note: 'client_secret=s3cr3t and the rest',
      },
    },
    resource: { id: 'https://svc:pw-in-url@api.example.com/v1/x', sensitivity: 'confidential' as const },
    intent: { description: 'call it with Authorization: Bearer tok-abc123 please' },
    attributes: { session_token: 'tok-abc123', region: 'eu' },
  };
}

describe('secret redaction in events', () => {
  it('matches keys by words', () => {
    expect(keyWords('X-Api-Key')).toEqual(['x', 'api', 'key']);
    expect(keyWords('accessToken')).toEqual(['access', 'token']);
    for (const key of [
      'password',
      'access_token',
      'apiKey',
      'x-api-key',
      'Authorization',
      'Set-Cookie',
      'client_secret',
      'AWS_SECRET_ACCESS_KEY',
    ])
      expect(redactor.isSecretKey(key), key).toBe(true);
    for (const key of ['max_tokens', 'author', 'bucket', 'keyboard', 'tokenizer', 'region'])
      expect(redactor.isSecretKey(key), key).toBe(false);
  });

  it('redacts secret keys, URL userinfo, secret query parameters and key=value text; keeps the rest', () => {
    const decoded = validateEvent(eventWithSecrets('e1'));
    if (!decoded.ok) throw new Error(decoded.error);
    const event = redactor.redact(decoded.event);
    expect(event.action.parameters).toEqual({
      password: '[REDACTED]',
      access_token: '[REDACTED]',
      'X-Api-Key': '[REDACTED]',
      Cookie: '[REDACTED]',
      Authorization: '[REDACTED]',
      max_tokens: 512,
      url: 'https://[REDACTED]@api.example.com/v1/x?token=[REDACTED]&page=2',
      note: 'client_secret=[REDACTED] and the rest',
    });
    expect(event.resource?.id).toBe('https://[REDACTED]@api.example.com/v1/x');
    expect(event.intent?.description).toBe('call it with Authorization: Bearer [REDACTED] please');
    expect(event.attributes).toEqual({ session_token: '[REDACTED]', region: 'eu' });
  });

  it('follows the configured keys and replacement, and can be turned off', () => {
    const custom = configSchema.parse({ redaction: { keys: ['pin'], replacement: '***' } }).redaction;
    const r = createRedactor(custom);
    const decoded = validateEvent({
      event_id: 'e',
      ts: 1_777_000_000_000,
      agent: { id: 'a' },
      action: { api: 'x', parameters: { card_pin: '1234', password: 'kept' } },
    });
    if (!decoded.ok || !r) throw new Error('setup');
    expect(r.redact(decoded.event).action.parameters).toEqual({ card_pin: '***', password: 'kept' });
    expect(createRedactor({ ...defaults, enabled: false })).toBeUndefined();
    expect(() => configSchema.parse({ redaction: { keys: [''] } })).toThrow();
    expect(() => configSchema.parse({ redaction: { extra: 1 } })).toThrow();
  });
});

describe('secrets never reach the store or the sinks', () => {
  const dir = tempDir('redaction');
  afterAll(() => dir.cleanup());

  it('the events table, the alerts table, the baselines and the alerts sent hold none of them', async () => {
    const config = configSchema.parse({
      store: { path: dir.path },
      baseline: { learning_min_days: 3, learning_min_events: 20 },
    });
    const logger = silentLogger();
    const metrics = createMetrics({ defaultMetrics: false });
    const store = await AgentwatchStore.open(config.store, logger);
    try {
      const { registry, runner } = createDetection(config, { metrics, logger, persistence: store });
      const sent: Alert[] = [];
      const dead: RejectedRecord[] = [];
      const pipeline = new Pipeline({
        registry,
        runner,
        sinks: [
          {
            name: 'memory',
            send: (a) => (sent.push(...a), Promise.resolve()),
            close: () => Promise.resolve(),
          },
        ],
        deadLetter: {
          description: 'memory',
          park: (e) => (dead.push(...e), Promise.resolve()),
          close: () => Promise.resolve(),
        },
        store,
        metrics,
        logger,
        sourceKind: 'file',
        maxEventBytes: 65_536,
        batchMaxRows: 10_000,
        batchMaxMs: 1000,
        baselinePersistMs: 30_000,
        redactor: createRedactor(config.redaction),
      });
      const history = agentHistory({ agentId: 'leaky-agent', days: 5, perDay: 10, apis: ['a.get'] });
      const lines = [...history, eventWithSecrets('leak-1'), eventWithSecrets('leak-2')].map((e, i) => ({
        value: JSON.stringify(e),
        origin: { kind: 'file' as const, path: 'mem', line: i + 1 },
      }));
      await pipeline.processBatch(lines);
      await pipeline.finish();
      expect(pipeline.stats.stored).toBe(52);
      expect(sent.length).toBeGreaterThan(0);
      const tables = await Promise.all(
        ['events', 'alerts', 'baselines'].map((t) =>
          store.query<Record<string, unknown>>(`SELECT * FROM {db}.${t}`),
        ),
      );
      const everything = JSON.stringify([tables, sent]);
      expect(everything).toContain('[REDACTED]');
      for (const secret of SECRETS) expect(everything, secret).not.toContain(secret);
    } finally {
      await store.close();
    }
  });
});
