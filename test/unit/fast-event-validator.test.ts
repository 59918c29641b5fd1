import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../schemas/event.js';
import { validateEventFast } from '../../src/pipeline/fast-event-validator.js';
import { mulberry32 } from '../../src/simulation/prng.js';

type Json = Record<string, unknown>;

const full: Json = {
  schema_version: '1',
  event_id: 'ev-1',
  ts: '2026-05-04T09:30:00.123456+02:00',
  agent: {
    id: 'agent-1',
    name: 'invoice-bot-1',
    type: 'organizational',
    owner: 'ana@example.com',
    vendor: 'acme',
    team: 'finance',
    timezone: 'Europe/Berlin',
  },
  on_behalf_of: { id: 'ana@example.com', type: 'user' },
  delegation_chain: ['ana@example.com', 'agent-0'],
  action: {
    api: 'stripe.payouts.create',
    service: 'stripe',
    category: 'payment',
    parameters: { amount: 1200.5, currency: 'EUR', dry_run: false, memo: null },
  },
  resource: { id: 'acct_1', type: 'account', sensitivity: 'restricted' },
  outcome: 'denied',
  intent: { task_id: 'T-9', description: 'Pay invoice 4411', scopes: ['payments:write', ''] },
  credential: {
    id: 'key-1',
    type: 'oauth',
    issued_at: 1_777_000_000_000,
    expires_at: '2026-06-01T00:00:00Z',
  },
  session_id: 's-1',
  trace_id: 't-1',
  source_ip: '10.0.0.1',
  user_agent: 'agent-sdk/1.2',
  attributes: { region: 'eu', 'x.y': '' },
};

const minimal: Json = {
  event_id: 'ev-2',
  ts: 1_777_000_000_000,
  agent: { id: 'a' },
  action: { api: 'x' },
};

/** Values that probe each kind of check: types, bounds, enums, timestamps, nulls, nesting. */
const probes: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'x'.repeat(256),
  'x'.repeat(257),
  'x'.repeat(513),
  'x'.repeat(1025),
  'x'.repeat(4097),
  0,
  -1,
  1.5,
  1e300,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  { k: Number.POSITIVE_INFINITY },
  1_777_000_000_000,
  1.7770000000001e12,
  946_684_800_000,
  946_684_799_999,
  4_102_444_800_000,
  true,
  [],
  ['a'],
  [''],
  Array.from({ length: 33 }, () => 'a'),
  Array.from({ length: 65 }, () => 'a'),
  {},
  { id: 'a' },
  { id: '' },
  { id: 'a', type: 'user' },
  { id: 'a', type: 'robot' },
  { k: 1 },
  { k: { nested: 1 } },
  { k: [1] },
  Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, 'v'])),
  { ['k'.repeat(257)]: 'v' },
  '2026-05-04T09:30:00Z',
  '2026-05-04t09:30:00.1z',
  '2026-05-04 09:30:00-05:00',
  '2026-05-04T09:30:00',
  '2026-13-04T09:30:00Z',
  '2026-02-30T09:30:00Z',
  '2024-02-29T09:30:00Z',
  '2026-04-31T09:30:00+02:00',
  '2026-05-04T24:00:00Z',
  '1999-12-31T23:59:59Z',
  'personal',
  'third_party',
  'read',
  'payment',
  'success',
  'failure',
  'public',
  'restricted',
  'Europe/Berlin',
  'Mars/Olympus',
  '1',
  1,
];

/** Every path to an object or leaf in `value`, as key lists. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  const out: string[][] = prefix.length > 0 ? [prefix] : [];
  for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function setPath(root: Json, path: readonly string[], value: unknown): void {
  let node: Json = root;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) return;
    node = next as Json;
  }
  const last = path[path.length - 1];
  if (last === undefined) return;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** Random single and double mutations of the two base events, seeded. */
function* mutants(count: number): Generator<Json> {
  const random = mulberry32(20_261_123);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const extraKeys = ['unknown', 'extra', 'ts2'];
  for (let n = 0; n < count; n += 1) {
    const base = structuredClone(random() < 0.5 ? full : minimal);
    const mutations = 1 + Math.floor(random() * 2);
    for (let m = 0; m < mutations; m += 1) {
      const path = pick(paths(base));
      if (random() < 0.1) setPath(base, [...path.slice(0, -1), pick(extraKeys)], 'v');
      else setPath(base, path, structuredClone(pick(probes)));
    }
    yield base;
  }
}

/** Runs both validators on their own copies of `input`. */
function both(input: Json) {
  const zod = eventSchema.safeParse(structuredClone(input));
  const fast = validateEventFast(structuredClone(input));
  return { zod, fast };
}

describe('validateEventFast', () => {
  it('accepts the common shapes and outputs exactly what zod outputs', () => {
    for (const input of [full, minimal]) {
      const { zod, fast } = both(input);
      expect(zod.success).toBe(true);
      expect(fast).toBeDefined();
      expect(fast).toEqual(zod.data);
    }
  });

  it('normalises in place: ts and credential times to epoch ms, outcome defaulted', () => {
    const input = structuredClone(full);
    delete input['outcome'];
    const event = validateEventFast(input);
    expect(event).toBe(input);
    expect(event?.ts).toBe(Date.parse('2026-05-04T07:30:00.123Z'));
    expect(event?.credential?.expires_at).toBe(Date.UTC(2026, 5, 1));
    expect(event?.outcome).toBe('success');
  });

  it('agrees with zod on 20,000 seeded mutations: same verdict, same output', () => {
    let accepted = 0;
    let refused = 0;
    for (const input of mutants(20_000)) {
      const { zod, fast } = both(input);
      expect(fast !== undefined, JSON.stringify(input).slice(0, 300)).toBe(zod.success);
      if (fast !== undefined) {
        expect(fast).toEqual(zod.data);
        accepted += 1;
      } else refused += 1;
    }
    // Both sides of the equivalence are exercised, not just one.
    expect(accepted).toBeGreaterThan(2_000);
    expect(refused).toBeGreaterThan(2_000);
  });

  it('leaves a refused input untouched, so zod words the error about what was sent', () => {
    const input = structuredClone(full);
    (input['action'] as Json)['category'] = 'teleport';
    const before = structuredClone(input);
    expect(validateEventFast(input)).toBeUndefined();
    expect(input).toEqual(before);
  });

  it('defers to zod on keys it does not handle itself', () => {
    const input = JSON.parse(
      '{"event_id":"e","ts":1777000000000,"agent":{"id":"a"},"action":{"api":"x","parameters":{"__proto__":"v"}}}',
    ) as Json;
    expect(validateEventFast(input)).toBeUndefined();
  });
});
