import { describe, expect, it } from 'vitest';
import { configSchema } from '../../schemas/config.js';
import { rejectedRecordCodec } from '../../src/dead-letter/rejected-record.js';
import { createDetection } from '../../src/detection/detection-setup.js';
import { createRedactor, SecretRedactor } from '../../src/events/secret-redaction.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { MemoryDeadLetter, MemorySink } from '../support/memory-sinks.js';

/*
 * A refused line is parked in the dead letter; before this, with every secret it carried. Choice: a
 * refused record that parses as JSON has the values of its secret keys (at any depth) and the
 * secrets inside its strings replaced, and is re-serialised; one that does not parse has its text
 * redacted (URL userinfo, key=value and "key": "value" pairs); a record with no secret keeps its
 * original bytes, so it can be fixed and re-published as it was.
 */

const config = configSchema.parse({});
const redactor = new SecretRedactor(config.redaction);

function pipeline(withRedactor: boolean) {
  const logger = silentLogger();
  const metrics = createMetrics({ defaultMetrics: false });
  const { registry, runner } = createDetection(config, { metrics, logger, persistence: undefined });
  const deadLetter = new MemoryDeadLetter();
  const p = new Pipeline({
    registry,
    runner,
    sinks: [new MemorySink()],
    deadLetter,
    store: undefined,
    metrics,
    logger,
    sourceKind: 'file',
    maxEventBytes: 4096,
    batchMaxRows: 100,
    batchMaxMs: 1000,
    baselinePersistMs: 1000,
    redactor: withRedactor ? createRedactor(config.redaction) : undefined,
  });
  return { pipeline: p, deadLetter };
}

const lines = (texts: readonly string[]) =>
  texts.map((value, i) => ({ value, origin: { kind: 'file' as const, path: 'in.ndjson', line: i + 1 } }));

/** Valid JSON, refused by the schema (no ts), with secrets at several depths. */
const schemaViolation = JSON.stringify({
  event_id: 'e1',
  agent: { id: 'a1' },
  action: {
    api: 'http.post',
    parameters: { password: 'hunter2', url: 'https://svc:pw-in-url@api.example.com/x', page: 2 },
  },
  attributes: { Authorization: 'Bearer tok-abc123', region: 'eu' },
  nested: [{ api_key: { id: 'AKIA-9', secret: 'deep-s3cret' } }, { cookie: 12345 }],
});
/** Refused too, with nothing secret in it, oddly formatted. */
const clean = '{ "event_id" : "e2",   "agent": {"id": "a2"}, "note": "max_tokens=5" }';
/** Truncated JSON: does not parse; its secrets are in the text. */
const truncated =
  '{"event_id":"e3","ts":"2026-03-02T10:00:00Z","action":{"api":"x","parameters":{"api_key":"k-777","u":"ftp://bob:pw2@h/';

describe('refused records lose their secrets before the dead letter', () => {
  it('redacts a JSON record at any depth and says so; keeps the rest of it', async () => {
    const { pipeline: p, deadLetter } = pipeline(true);
    await p.processBatch(lines([schemaViolation]));
    const [entry] = deadLetter.entries;
    expect(entry?.reason).toBe('schema_violation');
    expect(entry?.redacted).toBe(true);
    const parked = JSON.parse(entry?.raw.toString('utf8') ?? '') as Record<string, unknown>;
    expect(parked).toEqual({
      event_id: 'e1',
      agent: { id: 'a1' },
      action: {
        api: 'http.post',
        parameters: { password: '[REDACTED]', url: 'https://[REDACTED]@api.example.com/x', page: 2 },
      },
      attributes: { Authorization: '[REDACTED]', region: 'eu' },
      nested: [{ api_key: '[REDACTED]' }, { cookie: '[REDACTED]' }],
    });
    const line = rejectedRecordCodec.line(entry ?? ({} as never), new Date(0));
    expect(JSON.parse(line)).toMatchObject({ reason: 'schema_violation', redacted: true });
    expect(rejectedRecordCodec.message(entry ?? ({} as never), new Date(0)).headers).toMatchObject({
      'agentwatch.redacted': 'true',
    });
    for (const secret of ['hunter2', 'pw-in-url', 'tok-abc123', 'AKIA-9', 'deep-s3cret', '12345'])
      expect(line, secret).not.toContain(secret);
  });

  it('keeps the original bytes of a record without secrets', async () => {
    const { pipeline: p, deadLetter } = pipeline(true);
    await p.processBatch(lines([clean]));
    const [entry] = deadLetter.entries;
    expect(entry?.raw.toString('utf8')).toBe(clean);
    expect(entry?.redacted).toBeUndefined();
    expect(JSON.parse(rejectedRecordCodec.line(entry ?? ({} as never), new Date(0)))).not.toHaveProperty(
      'redacted',
    );
  });

  it('redacts the text of a record that is not JSON, and the parser error quoting it', async () => {
    const { pipeline: p, deadLetter } = pipeline(true);
    await p.processBatch(lines([truncated]));
    const [entry] = deadLetter.entries;
    expect(entry?.reason).toBe('malformed_json');
    expect(entry?.redacted).toBe(true);
    const text = entry?.raw.toString('utf8') ?? '';
    expect(text).toContain('"api_key":"[REDACTED]"');
    expect(text).toContain('ftp://[REDACTED]@h/');
    const line = rejectedRecordCodec.line(entry ?? ({} as never), new Date(0));
    for (const secret of ['k-777', 'pw2']) expect(line, secret).not.toContain(secret);
  });

  it('redaction off: the record is parked as it came', async () => {
    const { pipeline: p, deadLetter } = pipeline(false);
    await p.processBatch(lines([schemaViolation]));
    expect(deadLetter.entries[0]?.raw.toString('utf8')).toBe(schemaViolation);
  });

  it('a key named __proto__ stays data, and deep nesting is bounded', () => {
    const hostile = Buffer.from(
      '{"__proto__":{"password":"x1"},"a":' + '['.repeat(100) + '{"token":"x2"}' + ']'.repeat(100) + '}',
    );
    const out = redactor.redactRecord(hostile);
    expect(out.redacted).toBe(true);
    const parsed = JSON.parse(out.raw.toString('utf8')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(out.raw.toString('utf8')).not.toContain('x1');
    expect(out.raw.toString('utf8')).not.toContain('x2');
    const deepClean = Buffer.from('{"a":' + '['.repeat(100) + '"k=v"' + ']'.repeat(100) + '}');
    expect(redactor.redactRecord(deepClean)).toEqual({ raw: deepClean, redacted: false });
  });
});
