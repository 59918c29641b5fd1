import { describe, expect, it } from 'vitest';
import { alertSchema } from '../../schemas/alert.js';
import { HEC_SOURCETYPE, createHecFormat, hecFormat } from '../../src/formats/hec-format.js';
import { ALERT, NASTY_ALERT, alertWith } from './alert-fixture.js';

type Obj = Record<string, unknown>;
const format = createHecFormat({ host: 'aw-01' });

describe('hec format', () => {
  it('is one line of JSON with the HEC envelope', () => {
    const line = format(ALERT);
    expect(line).not.toMatch(/[\r\n]/);
    const doc = JSON.parse(line) as Obj;
    expect(doc.host).toBe('aw-01');
    expect(doc.source).toBe('agentwatch');
    expect(doc.sourcetype).toBe(HEC_SOURCETYPE);
    expect(doc.sourcetype).toBe('agentwatch:alert');
    expect('index' in doc).toBe(false);
  });

  it('puts time in epoch seconds with millisecond decimals', () => {
    const doc = JSON.parse(format(ALERT)) as Obj;
    expect(doc.time).toBe(1777628537.123);
    expect(doc.time).toBe(Date.parse(ALERT.last_seen) / 1000);
    // Seconds, not milliseconds: a 2026 date is ~1.8e9 seconds.
    expect(doc.time).toBeGreaterThan(1.7e9);
    expect(doc.time).toBeLessThan(2e9);
    expect(format(ALERT)).toContain('"time":1777628537.123');
    const whole = JSON.parse(format(alertWith({ last_seen: '2026-05-01T09:42:17Z' }))) as Obj;
    expect(whole.time).toBe(1777628537);
  });

  it('carries the native alert as the event, valid against the alert schema', () => {
    const doc = JSON.parse(format(NASTY_ALERT)) as Obj;
    expect(alertSchema.parse(doc.event)).toEqual(NASTY_ALERT);
  });

  it('adds indexed fields as strings', () => {
    const doc = JSON.parse(format(ALERT)) as Obj;
    expect(doc.fields).toEqual({
      severity: 'high',
      detector: 'never-seen-api',
      agent_id: 'agent-invoice-bot-3',
    });
  });

  it('honours index, source and sourcetype options', () => {
    const doc = JSON.parse(
      createHecFormat({ host: 'h', index: 'security', source: 'aw-prod', sourcetype: 'aw:x' })(ALERT),
    ) as Obj;
    expect(doc).toMatchObject({ index: 'security', source: 'aw-prod', sourcetype: 'aw:x' });
  });

  it('has a registry default naming this host', () => {
    const doc = JSON.parse(hecFormat(ALERT)) as Obj;
    expect(typeof doc.host).toBe('string');
    expect((doc.host as string).length).toBeGreaterThan(0);
  });
});
