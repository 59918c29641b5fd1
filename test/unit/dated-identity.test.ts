import { describe, expect, it } from 'vitest';
import { DatedIdentityRecords, type IdentityFileRecord } from '../../src/registry/dated-identity.js';
import { IdentityContext } from '../../src/registry/identity-context.js';
import { parseIdentityRecord, type IdentityKind } from '../../src/registry/identity-records.js';

const T_ACTIVE = Date.parse('2026-09-01T00:00:00Z');
const T_LEFT = Date.parse('2026-10-22T13:00:00Z');

function record(kind: IdentityKind, value: object): IdentityFileRecord {
  const parsed = parseIdentityRecord(kind, JSON.stringify(value));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.kind === 'registry'
    ? { kind: 'registry', record: parsed.record }
    : { kind: 'directory', record: parsed.record };
}

const person = (status: string, updatedAt: number | null) =>
  record('directory', {
    id: 'victor@city.example',
    status,
    groups: ['budget'],
    ...(updatedAt === null ? {} : { updated_at: new Date(updatedAt).toISOString() }),
  });

describe('registry and directory in event time', () => {
  it('applies the earliest version of a record at once and a later one when event time reaches it', () => {
    const identity = new IdentityContext();
    const dated = new DatedIdentityRecords();
    // File order is not time order: the departure is written first.
    const applied = dated.load(identity, [person('departed', T_LEFT), person('active', T_ACTIVE)]);
    expect(applied).toBe(1);
    expect(dated.size).toBe(1);
    expect(identity.person('victor@city.example')?.status).toBe('active');
    dated.applyUpTo(identity, T_LEFT - 1);
    expect(identity.person('victor@city.example')?.status).toBe('active');
    dated.applyUpTo(identity, T_LEFT);
    expect(identity.person('victor@city.example')?.status).toBe('departed');
    expect(dated.size).toBe(0);
  });

  it('applies a record without updated_at, and the only version of a record, at once', () => {
    const identity = new IdentityContext();
    const dated = new DatedIdentityRecords();
    dated.load(identity, [
      record('directory', { id: 'ann@city.example', groups: ['finance'] }),
      person('departed', T_LEFT),
    ]);
    expect(identity.person('ann@city.example')?.status).toBe('active');
    // Its only version is the best knowledge of the time before it: departed from the start.
    expect(identity.person('victor@city.example')?.status).toBe('departed');
    expect(dated.size).toBe(0);
  });

  it('keeps versions of the registry and the directory apart, in one queue ordered by time', () => {
    const identity = new IdentityContext();
    const dated = new DatedIdentityRecords();
    const agent = (owner: string, at: number) =>
      record('registry', { agent_id: 'bot-1', owner, updated_at: new Date(at).toISOString() });
    dated.load(identity, [agent('a@city.example', T_ACTIVE), agent('b@city.example', T_LEFT)]);
    dated.load(identity, [person('active', T_ACTIVE), person('departed', T_LEFT + 1)]);
    expect(identity.agent('bot-1')?.owner).toBe('a@city.example');
    dated.applyUpTo(identity, T_LEFT);
    expect(identity.agent('bot-1')?.owner).toBe('b@city.example');
    expect(identity.person('victor@city.example')?.status).toBe('active');
    dated.applyUpTo(identity, T_LEFT + 1);
    expect(identity.person('victor@city.example')?.status).toBe('departed');
  });
});
