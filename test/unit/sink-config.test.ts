import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configSchema } from '../../schemas/config.js';
import { SINK_TYPES, sinkSchema } from '../../schemas/sink-config.js';
import { ConfigError } from '../../src/errors.js';
import { FORMATS } from '../../src/formats/format-registry.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { createSinks } from '../../src/sinks/create-sinks.js';
import { parseRetryAfter, webhookRequestBuilder, webhookSignature } from '../../src/sinks/http-transport.js';
import { ALERT } from '../formats/alert-fixture.js';

const context = () => ({
  metrics: createMetrics({ defaultMetrics: false }),
  logger: silentLogger(),
  deadLetterDir: '/nonexistent/dead-letter',
});

/** Every object property anywhere in a JSON Schema, with its path. */
function properties(schema: unknown, path = '$'): Array<[string, Record<string, unknown>]> {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const out: Array<[string, Record<string, unknown>]> = [];
  for (const [name, child] of Object.entries((node['properties'] as Record<string, unknown>) ?? {})) {
    out.push([`${path}.${name}`, child as Record<string, unknown>]);
    out.push(...properties(child, `${path}.${name}`));
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    for (const [i, child] of ((node[key] as unknown[]) ?? []).entries()) {
      out.push(...properties(child, `${path}|${i}`));
    }
  }
  if (node['items']) out.push(...properties(node['items'], `${path}[]`));
  return out;
}

describe('sink config schema', () => {
  it('keeps the default: native JSON alerts on the agent.alerts topic', () => {
    const config = configSchema.parse({});
    expect(config.sinks).toHaveLength(1);
    expect(config.sinks[0]).toMatchObject({
      type: 'kafka',
      name: 'kafka',
      format: 'json',
      min_severity: 'informational',
      topic: 'agent.alerts',
      retry: { max_retry_ms: 300_000 },
      dead_letter: { type: 'file', path: null },
    });
  });

  it('describes every field of every sink type', () => {
    const json = z.toJSONSchema(sinkSchema, { io: 'input' });
    const props = properties(json);
    expect(props.length).toBeGreaterThan(60);
    const undescribed = props.filter(([, p]) => typeof p['description'] !== 'string').map(([path]) => path);
    expect(undescribed).toEqual([]);
  });

  it('gives every type a default for everything but its destination', () => {
    const minimal = {
      kafka: {},
      syslog: { host: 'siem.example' },
      splunk_hec: { url: 'https://splunk.example:8088', token: 't' },
      webhook: { url: 'https://hooks.example/agentwatch' },
      file: { path: '/var/log/agentwatch/alerts.ndjson' },
      stdout: {},
    } satisfies Record<(typeof SINK_TYPES)[number], object>;
    for (const type of SINK_TYPES) {
      const parsed = sinkSchema.parse({ type, ...minimal[type] });
      expect(parsed.name).toBe(type);
      expect(parsed.batch.max_alerts).toBeGreaterThan(0);
      expect(FORMATS).toHaveProperty(parsed.format);
    }
    expect(sinkSchema.parse({ type: 'syslog', host: 'h' })).toMatchObject({
      protocol: 'tcp',
      format: 'syslog',
      port: null,
    });
  });

  it('refuses unknown fields, missing destinations and non-HTTP URLs', () => {
    expect(sinkSchema.safeParse({ type: 'file', path: 'x', fromat: 'cef' }).success).toBe(false);
    expect(sinkSchema.safeParse({ type: 'syslog' }).success).toBe(false);
    expect(sinkSchema.safeParse({ type: 'syslog', host: 'h', format: 'leef' }).success).toBe(false);
    expect(sinkSchema.safeParse({ type: 'webhook', url: 'ftp://x' }).success).toBe(false);
    expect(
      sinkSchema.safeParse({ type: 'webhook', url: 'https://x', hmac: { secret: 'short' } }).success,
    ).toBe(false);
    expect(sinkSchema.safeParse({ type: 'stdout', retry: { max_retry_ms: -1 } }).success).toBe(false);
  });
});

describe('createSinks', () => {
  it('refuses two sinks with one name, naming the field', () => {
    const sinks = [sinkSchema.parse({ type: 'stdout' }), sinkSchema.parse({ type: 'stdout' })];
    expect(() => createSinks(sinks, context())).toThrow(ConfigError);
    expect(() => createSinks(sinks, context())).toThrow(/sinks\[1\]\.name/);
  });

  it('refuses a kafka sink or dead letter without a producer, and an unreadable CA file', () => {
    expect(() => createSinks([sinkSchema.parse({ type: 'kafka' })], context())).toThrow(
      /sinks\[0\].*producer/,
    );
    expect(() =>
      createSinks(
        [sinkSchema.parse({ type: 'stdout', dead_letter: { type: 'kafka', topic: 'dl' } })],
        context(),
      ),
    ).toThrow(/dead_letter/);
    expect(() =>
      createSinks(
        [
          sinkSchema.parse({
            type: 'syslog',
            host: 'h',
            protocol: 'tls',
            tls: { ca_file: '/nonexistent/ca.pem' },
          }),
        ],
        context(),
      ),
    ).toThrow(/sinks\[0\]\.tls\.ca_file/);
  });
});

describe('webhook signing', () => {
  it('signs "<timestamp>.<body>" with HMAC-SHA256 and sends both headers', () => {
    const build = webhookRequestBuilder({
      encoding: 'json_array',
      headers: {},
      hmac: { secret: 's3cret-s3cret-s3cret', signatureHeader: 'X-Sig', timestampHeader: 'X-Ts' },
      now: () => 1_777_000_000_123,
    });
    const payload = JSON.stringify(ALERT);
    const { body, headers } = build([{ alert: ALERT, payload, bytes: payload.length }]);
    expect(body.toString()).toBe(`[${payload}]`);
    expect(headers['X-Ts']).toBe('1777000000');
    const expected = createHmac('sha256', 's3cret-s3cret-s3cret')
      .update(`1777000000.[${payload}]`)
      .digest('hex');
    expect(headers['X-Sig']).toBe(`sha256=${expected}`);
    expect(webhookSignature('s3cret-s3cret-s3cret', '1777000000', body)).toBe(expected);
  });

  it('reads Retry-After as seconds or a date', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(
      parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')),
    ).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});
