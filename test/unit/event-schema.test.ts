import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../schemas/event.js';
import { decodeRecord } from '../../src/pipeline/event-decoder.js';

const valid = {
  event_id: 'evt-1',
  ts: '2026-05-01T09:30:00Z',
  agent: { id: 'agent-1', name: 'mail-assistant', type: 'personal', owner: 'alice@example.com' },
  action: {
    api: 'gmail.users.messages.send',
    service: 'gmail',
    category: 'send',
    parameters: { to: 'bob@example.com', n: 2 },
  },
  resource: { id: 'bob@example.com', type: 'recipient', sensitivity: 'internal' },
  intent: { task_id: 't-1', description: 'reply to bob', scopes: ['gmail.send'] },
};

function issuesOf(input: unknown): string {
  const r = decodeRecord(JSON.stringify(input), 65_536);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

describe('event schema', () => {
  it('accepts a full event and defaults the outcome', () => {
    const e = eventSchema.parse(valid);
    expect(e.outcome).toBe('success');
    expect(e.ts).toBe(Date.UTC(2026, 4, 1, 9, 30));
  });

  it('accepts the minimal event (event_id, ts, agent.id, action.api)', () => {
    const e = eventSchema.parse({
      event_id: 'x',
      ts: 1_777_000_000_000,
      agent: { id: 'a' },
      action: { api: 'b' },
    });
    expect(e.ts).toBe(1_777_000_000_000);
  });

  it('normalises both timestamp forms to the same epoch milliseconds', () => {
    const iso = eventSchema.parse({ ...valid, ts: '2026-05-01T11:30:00.250+02:00' });
    const ms = eventSchema.parse({ ...valid, ts: Date.UTC(2026, 4, 1, 9, 30, 0, 250) });
    expect(iso.ts).toBe(ms.ts);
  });

  it.each([
    ['a time without a zone', '2026-05-01T09:30:00'],
    ['a date only', '2026-05-01'],
    ['free text', 'yesterday'],
    ['seconds instead of milliseconds', 1_777_000_000],
    ['a fractional epoch', 1_777_000_000_000.5],
  ])('refuses %s as ts', (_label, ts) => {
    expect(issuesOf({ ...valid, ts })).toMatch(/^ts: /);
  });

  it.each([
    ['event_id', { ...valid, event_id: undefined }, /^event_id: /],
    ['agent.id', { ...valid, agent: { name: 'x' } }, /agent\.id: /],
    ['action.api', { ...valid, action: { service: 'gmail' } }, /action\.api: /],
    ['ts', { ...valid, ts: undefined }, /^ts: /],
  ])('names the missing required field %s', (_field, input, pattern) => {
    expect(issuesOf(input)).toMatch(pattern);
  });

  it('refuses calendar dates that do not exist instead of rolling them over', () => {
    for (const ts of [
      '2026-02-30T10:00:00Z',
      '2026-02-29T10:00:00Z',
      '2026-04-31T10:00:00+02:00',
      '2026-05-04T24:00:00Z',
      '2026-00-10T10:00:00Z',
    ]) {
      expect(eventSchema.safeParse({ ...valid, ts }).success, ts).toBe(false);
      expect(decodeRecord(JSON.stringify({ ...valid, ts }), 65_536).ok, ts).toBe(false);
      expect(issuesOf({ ...valid, ts })).toContain('ts');
      const credential = { id: 'k', issued_at: ts };
      expect(decodeRecord(JSON.stringify({ ...valid, credential }), 65_536).ok, ts).toBe(false);
    }
    expect(eventSchema.parse({ ...valid, ts: '2024-02-29T10:00:00Z' }).ts).toBe(Date.UTC(2024, 1, 29, 10));
    expect(eventSchema.parse({ ...valid, ts: '2026-12-31T23:59:59.999-01:00' }).ts).toBe(
      Date.UTC(2027, 0, 1, 0, 59, 59, 999),
    );
  });

  it('names wrong-typed fields with their path', () => {
    expect(issuesOf({ ...valid, agent: { id: 42 } })).toMatch(/agent\.id: .*string/i);
    expect(issuesOf({ ...valid, action: { api: 'x', category: 'hack' } })).toMatch(/action\.category: /);
    expect(issuesOf({ ...valid, resource: { id: 'r', sensitivity: 'secret' } })).toMatch(
      /resource\.sensitivity/,
    );
  });

  it('refuses unknown fields and says which (extras belong in attributes)', () => {
    expect(issuesOf({ ...valid, colour: 'blue' })).toMatch(/colour/);
    expect(issuesOf({ ...valid, agent: { id: 'a', idd: 'typo' } })).toMatch(/idd/);
    expect(eventSchema.safeParse({ ...valid, attributes: { colour: 'blue' } }).success).toBe(true);
  });

  it('refuses huge strings and oversized maps', () => {
    expect(issuesOf({ ...valid, agent: { id: 'a'.repeat(10_000) } })).toMatch(/agent\.id/);
    const params = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i]));
    expect(issuesOf({ ...valid, action: { api: 'x', parameters: params } })).toMatch(
      /action\.parameters: at most 64/,
    );
  });

  it('refuses nested objects in parameters (flat scalars only)', () => {
    expect(issuesOf({ ...valid, action: { api: 'x', parameters: { deep: { a: 1 } } } })).toMatch(
      /action\.parameters\.deep/,
    );
  });

  it('refuses oversize records before parsing them', () => {
    const r = decodeRecord(JSON.stringify({ ...valid, attributes: { pad: 'x'.repeat(900) } }), 512);
    expect(r).toMatchObject({ ok: false, reason: 'oversize' });
  });

  it('reports malformed JSON as such', () => {
    expect(decodeRecord('{"event_id": ', 1024)).toMatchObject({ ok: false, reason: 'malformed_json' });
    expect(decodeRecord('[1,2]', 1024)).toMatchObject({ ok: false, reason: 'schema_violation' });
  });
});
