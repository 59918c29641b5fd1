import { describe, expect, it } from 'vitest';
import { eventSchema, type AgentEvent } from '../../schemas/event.js';
import {
  AgentBaseline,
  NO_VERDICT,
  type LearnVerdict,
  type LearningSettings,
} from '../../src/baseline/agent-baseline.js';
import {
  decodeWords,
  encodeWords,
  type BaselineSnapshotV1,
  type BaselineSnapshotV2,
  type BaselineSnapshotV3,
} from '../../src/baseline/baseline-snapshot.js';
import type { QuarantineKey } from '../../src/baseline/quarantine-keys.js';
import { VALUE_BECAME_KNOWN, VALUE_NEW } from '../../src/baseline/scope-sighting.js';
import { decodeSnapshot, encodeSnapshot, snapshotColumns } from '../../src/baseline/snapshot-codec.js';
import { KIND_PREFIX, PAID_KEY, PARTIES_KEY, PARTY_PREFIX } from '../../src/events/event-keys.js';
import { dictionaryStats } from '../../src/baseline/value-dictionary.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 2, 2);
const SETTINGS: LearningSettings = {
  quarantineDays: 2,
  forgetAfterMs: 10 * DAY,
  maxValuesPerTable: 4,
  maxScopes: 2,
};

function event(n: number, ts: number, api: string, extra: Record<string, unknown> = {}): AgentEvent {
  return eventSchema.parse({
    event_id: `e${n}`,
    ts,
    agent: { id: 'a1', name: 'bot-1', type: 'organizational', owner: 'ops@example.com' },
    action: { api, category: 'send', parameters: { to: `peer${n % 3}@outside.example` } },
    resource: { id: `r${n % 6}` },
    on_behalf_of: { id: `user${n % 3}`, type: 'user' },
    intent: { task_id: `t${n % 3}` },
    ...extra,
  });
}

function quarantine(...keys: QuarantineKey[]): LearnVerdict {
  return { quarantine: new Set(keys), evidenceAgainst: false, hold: new Set() };
}

/** A history with new values, quarantines, evictions at the caps and values forgotten. */
function history(): { event: AgentEvent; verdict: LearnVerdict }[] {
  const out: { event: AgentEvent; verdict: LearnVerdict }[] = [];
  for (let n = 0; n < 120; n += 1) {
    const ts = T0 + Math.floor(n / 6) * DAY + (n % 6) * HOUR + (n % 1000);
    const api = `api.${(n * 7) % 6}`;
    const verdict = n % 11 === 0 ? quarantine('api', 'hour', 'task_api', 'user_resource') : NO_VERDICT;
    out.push({ event: event(n, n === 60 ? ts + 15 * DAY : ts, api), verdict });
  }
  return out;
}

describe('agent baseline', () => {
  it('snapshots and restores to the same state, and goes on learning alike', () => {
    const a = new AgentBaseline('a1');
    const steps = history();
    for (const { event: e, verdict } of steps.slice(0, 80)) a.learn(e, verdict, SETTINGS);
    const snapshot = JSON.parse(JSON.stringify(encodeSnapshot(a))) as BaselineSnapshotV3;
    const b = decodeSnapshot('a1', snapshot);
    expect(encodeSnapshot(b)).toEqual(encodeSnapshot(a));
    for (const { event: e, verdict } of steps.slice(80)) {
      a.learn(e, verdict, SETTINGS);
      b.learn(e, verdict, SETTINGS);
      expect(b.lastApiChange).toBe(a.lastApiChange);
      expect(b.lastTaskApiChange).toBe(a.lastTaskApiChange);
    }
    expect(encodeSnapshot(b)).toEqual(encodeSnapshot(a));
    expect(a.apis.size).toBeLessThanOrEqual(SETTINGS.maxValuesPerTable);
    expect(a.scopeCounts()).toEqual({ tasks: 2, users: 2 });
  });

  it('evicts the least recently seen value, the first of equals', () => {
    const a = new AgentBaseline('a1');
    for (const [n, api] of ['w', 'x', 'y', 'z'].entries()) a.learn(event(n, T0, api), NO_VERDICT, SETTINGS);
    a.learn(event(9, T0 + HOUR, 'w'), NO_VERDICT, SETTINGS);
    a.learn(event(10, T0 + HOUR, 'v'), NO_VERDICT, SETTINGS);
    expect(snapshotColumns(a).apis.value).toEqual(['w', 'y', 'z', 'v']);
    expect(a.lastApiChange).toBe(VALUE_NEW | VALUE_BECAME_KNOWN);
  });

  it('counts the values seen on one past day only, leaving out today, the forgotten and the asked-about', () => {
    const a = new AgentBaseline('a1');
    const wide = { ...SETTINGS, maxValuesPerTable: 10 };
    a.learn(event(0, T0, 'daily'), NO_VERDICT, wide);
    a.learn(event(1, T0, 'once-long-ago'), NO_VERDICT, wide);
    a.learn(event(2, T0 + 5 * DAY, 'daily'), NO_VERDICT, wide);
    a.learn(event(3, T0 + 5 * DAY, 'once'), NO_VERDICT, wide);
    a.learn(event(4, T0 + 11 * DAY, 'daily'), NO_VERDICT, wide);
    a.learn(event(5, T0 + 11 * DAY, 'twice'), NO_VERDICT, wide);
    a.learn(event(6, T0 + 12 * DAY, 'twice'), NO_VERDICT, wide);
    a.learn(event(7, T0 + 12 * DAY, 'today'), NO_VERDICT, wide);
    a.learn(event(8, T0 + 6 * DAY, 'alerted-once'), quarantine('api'), wide);
    a.learn(event(9, T0 + 7 * DAY, 'alerted-once'), quarantine('api'), wide);
    const now = T0 + 12 * DAY + HOUR;
    const today = Math.floor(now / DAY);
    // 'once' only: 'once-long-ago' is past the forget window, 'twice' and 'alerted-once' (under review
    // or not) have two days, 'today' is today's.
    expect(a.apis.countSeenOnOneDay(now, wide.forgetAfterMs, today)).toBe(1);
    expect(a.apis.countSeenOnOneDay(now, wide.forgetAfterMs, today, 'once')).toBe(0);
    expect(a.apis.countSeenOnOneDay(now, wide.forgetAfterMs, today + 1)).toBe(2);
  });

  it('learns an event placed by its line in a bare log, but not its hour: that is not a real one', () => {
    const lineOrder = { attributes: { 'transcript.time': 'line_order' } };
    const a = new AgentBaseline('a1');
    a.learn(event(0, T0 + 9 * HOUR, 'x'), NO_VERDICT, SETTINGS);
    a.learn(event(1, T0 + 3 * HOUR, 'y', lineOrder), quarantine('hour'), SETTINGS);
    expect(a.events).toBe(2);
    expect(a.apis.isKnown('y', T0 + 3 * HOUR, SETTINGS.forgetAfterMs)).toBe(true);
    expect(a.hourTotal()).toBe(1);
    expect(a.hourCount(3)).toBe(0);
    expect(a.hourCount(9)).toBe(1);
    expect(a.eventsThisHour(T0 + 3 * HOUR)).toBe(0);
  });

  it('learns whom it paid from clean payments only, and keeps them past a burst of other tasks', () => {
    const payment = (n: number, day: number, payee: string, extra: Record<string, unknown> = {}) =>
      event(n, T0 + day * DAY, 'payments.transfer', {
        action: {
          api: 'payments.transfer',
          category: 'payment',
          parameters: { payee, company: 'Contoso Ltd' },
        },
        ...extra,
      });
    const held: LearnVerdict = {
      quarantine: new Set(['task_resource']),
      evidenceAgainst: false,
      hold: new Set(['task_resource']),
    };
    const a = new AgentBaseline('a1');
    const settings = { ...SETTINGS, maxScopes: 3 };
    a.learn(payment(0, 0, 'Northwind Traders'), NO_VERDICT, settings);
    a.learn(payment(1, 0, 'Fabrikam Supplies'), held, settings);
    // A failed payment: the runner's verdict carries the evidence against it.
    a.learn(
      payment(2, 0, 'Adatum Freight', { outcome: 'failure' }),
      { quarantine: new Set(), evidenceAgainst: true, hold: new Set() },
      settings,
    );
    // Other task keys than the three scopes a table may hold: `paid:` is not the one evicted.
    for (let n = 3; n < 9; n += 1)
      a.learn(event(n, T0 + DAY, 'docs.read', { intent: { task_id: `other-${n}` } }), NO_VERDICT, settings);
    const paid = a.task(PAID_KEY)?.resources;
    const known = (name: string) => paid?.isKnown(name, T0 + DAY, SETTINGS.forgetAfterMs) ?? false;
    expect(known('northwind traders')).toBe(true);
    expect(known('fabrikam supplies')).toBe(false);
    expect(known('adatum freight')).toBe(false);
    // The paying company named on the payment is not a payee.
    expect(known('contoso ltd')).toBe(false);
  });

  it("keeps a batch task's own words when the batches' shared record before it grows", () => {
    // Two batch tasks each pay two parties; the second by an API the batches' record has not met, so
    // that record (placed before the second task's block) grows while that task is being learned.
    const pay = (n: number, task: string, api: string, to: string) =>
      eventSchema.parse({
        event_id: `b${n}`,
        ts: T0 + n * HOUR,
        agent: { id: 'a1' },
        action: { api, category: 'payment', parameters: { to_account: to } },
        intent: { task_id: task },
      });
    const a = new AgentBaseline('a1');
    const settings = { ...SETTINGS, maxValuesPerTable: 16, maxScopes: 16 };
    a.learn(pay(0, 'BATCH-1', 'batch.pay', 'ACC-100001'), NO_VERDICT, settings);
    a.learn(pay(1, 'BATCH-1', 'batch.pay', 'ACC-100002'), NO_VERDICT, settings);
    a.learn(pay(2, 'BATCH-2', 'batch.payout', 'ACC-200001'), NO_VERDICT, settings);
    a.learn(pay(3, 'BATCH-2', 'batch.payout', 'ACC-200002'), NO_VERDICT, settings);
    a.learn(pay(4, 'BATCH-2', 'batch.payout', 'ACC-200003'), NO_VERDICT, settings);
    const second = a.task('id:BATCH-2');
    expect(second?.events).toBe(3);
    for (const account of ['ACC-200001', 'ACC-200002', 'ACC-200003'])
      expect(second?.resources.has(account)).toBe(true);
    expect(second?.apis.has('batch.payout')).toBe(true);
    // Every block of the table still reads as one: the first task is intact too.
    expect(a.task('id:BATCH-1')?.resources.has('ACC-100002')).toBe(true);
    expect(a.task('id:BATCH-1')?.events).toBe(2);
  });

  it('keeps what it learned across requests past a flood of one-request tasks, and keeps room for the requests', () => {
    // A chat assistant opens a task per conversation; one conversation in twelve ends in a send to
    // the customer, a new address each time.
    const a = new AgentBaseline('a1');
    // Room for eight: three of the agent's own (two request kinds, the send's parties), the rest
    // for conversations.
    const settings = { ...SETTINGS, maxScopes: 8 };
    let sends = 0;
    for (let n = 0; n < 60; n += 1) {
      const send = n % 12 === 0;
      if (send) sends += 1;
      a.learn(
        eventSchema.parse({
          event_id: `c${n}`,
          ts: T0 + n * HOUR,
          agent: { id: 'a1' },
          action: send
            ? { api: 'transcript.send', category: 'send', parameters: { to: `customer${n}@mail.example` } }
            : { api: 'bill.read', category: 'read' },
          intent: { task_id: `CHAT-${n}`, description: send ? 'Send me the chat' : 'Why is my bill high?' },
        }),
        NO_VERDICT,
        settings,
      );
    }
    expect(a.task(`${PARTY_PREFIX}transcript.send`)?.events).toBe(sends);
    expect(a.task(`${KIND_PREFIX}send`)?.events).toBe(sends);
    // The latest conversation has its own scope still.
    expect(sends).toBe(5);
    expect(a.task('id:CHAT-59')?.events).toBe(1);
  });

  it("lets routines unused for over a week go before today's conversations, not one used two days ago", () => {
    const a = new AgentBaseline('a1');
    const settings = { ...SETTINGS, maxScopes: 10 };
    const learn = (n: number, ts: number, task: string, description: string) =>
      a.learn(
        eventSchema.parse({
          event_id: `k${n}`,
          ts,
          agent: { id: 'a1' },
          action: { api: 'ledger.read', category: 'read' },
          intent: { task_id: task, description },
        }),
        NO_VERDICT,
        settings,
      );
    // An old workload's request kinds, never seen again.
    const words = ['audit', 'close', 'export', 'import', 'merge', 'rebuild', 'archive', 'index'];
    words.forEach((word, i) => learn(i, T0 + i * HOUR, `OLD-${i}`, `${word} the ledger`));
    // A kind of request served two days before the burst.
    learn(50, T0 + 7 * DAY, 'V-1', 'Verify the ledger totals');
    // Nine days in, a long reconciliation runs beside a burst of one-message chats.
    let n = 100;
    learn(n++, T0 + 9 * DAY, 'T-LONG', 'Reconcile the March ledger');
    for (let i = 0; i < 24; i += 1) {
      learn(n++, T0 + 9 * DAY + (i + 1) * 60_000, `CHAT-${i}`, 'Why is my balance low?');
      if (i % 6 === 5)
        learn(n++, T0 + 9 * DAY + (i + 1) * 60_000 + 1, 'T-LONG', 'Reconcile the March ledger');
    }
    expect(a.task('id:T-LONG')?.events).toBe(5);
    expect(a.task('kind:verify')?.events).toBe(1);
  });

  it("reports a party of an established agent's sends as new, then known, and taken back when it starts over stale", () => {
    const a = new AgentBaseline('a1');
    const send = (day: number) =>
      eventSchema.parse({
        event_id: `s${day}`,
        ts: T0 + day * DAY,
        agent: { id: 'a1' },
        action: { api: 'mail.send', category: 'send', parameters: { to: 'x@outside.example' } },
      });
    const changes = (day: number, established = true) => {
      a.learn(send(day), NO_VERDICT, SETTINGS, established);
      const out: [string, string, number, number][] = [];
      a.forEachLastPartyChange((key, party, change, sign) => out.push([key, party, change, sign]));
      return out;
    };
    // While it learns, nothing: its first week's parties prove nothing to its cohort.
    expect(changes(0, false)).toEqual([]);
    expect(changes(1)).toEqual([[PARTIES_KEY, 'x@outside.example', VALUE_NEW, 1]]);
    // Clean on two days (the quarantine days, 2 here): known.
    expect(changes(2)).toEqual([[PARTIES_KEY, 'x@outside.example', VALUE_BECAME_KNOWN, 1]]);
    // Unseen for longer than the forget window (10 days): what it was is taken back, then it is new.
    expect(changes(14)).toEqual([
      [PARTIES_KEY, 'x@outside.example', VALUE_NEW | VALUE_BECAME_KNOWN, -1],
      [PARTIES_KEY, 'x@outside.example', VALUE_NEW, 1],
    ]);
  });

  it('reports an API that leaves quarantine as became-known', () => {
    const a = new AgentBaseline('a1');
    a.learn(event(0, T0, 'x'), quarantine('api'), SETTINGS);
    expect(a.lastApiChange).toBe(VALUE_NEW);
    expect(a.apis.get('x')?.quarantineDays).toBe(1);
    a.learn(event(1, T0 + DAY, 'x'), NO_VERDICT, SETTINGS);
    expect(a.lastApiChange).toBe(VALUE_BECAME_KNOWN);
    expect(a.apis.isKnown('x', T0 + DAY, SETTINGS.forgetAfterMs)).toBe(true);
  });

  it('keeps a value held by a high-severity alert under review however often it recurs', () => {
    const held: LearnVerdict = {
      quarantine: new Set(['api', 'user_resource']),
      evidenceAgainst: false,
      hold: new Set(['api', 'user_resource']),
    };
    const a = new AgentBaseline('a1');
    const b = new AgentBaseline('a1');
    for (let day = 0; day < 6; day += 1) {
      a.learn(event(0, T0 + day * DAY, 'x'), held, SETTINGS);
      b.learn(event(0, T0 + day * DAY, 'x'), quarantine('api', 'user_resource'), SETTINGS);
    }
    const now = T0 + 5 * DAY;
    expect(a.apis.isKnown('x', now, SETTINGS.forgetAfterMs)).toBe(false);
    expect(a.user('user0')?.resources.isKnown('peer0@outside.example', now, SETTINGS.forgetAfterMs)).toBe(
      false,
    );
    // The same recurrence with alerts below the hold severity is released after its quarantine days.
    expect(b.apis.isKnown('x', now, SETTINGS.forgetAfterMs)).toBe(true);
    expect(b.user('user0')?.resources.isKnown('peer0@outside.example', now, SETTINGS.forgetAfterMs)).toBe(
      true,
    );
  });

  it('reads a v1 snapshot', () => {
    const v1: BaselineSnapshotV1 = {
      v: 1,
      profile: { name: 'bot-1' },
      first: T0,
      last: T0 + DAY + 5,
      events: 9,
      active_days: 2,
      last_day: T0 / DAY + 1,
      current_hour: (T0 + DAY) / HOUR,
      current_hour_events: 2,
      apis: [
        ['x', T0, T0 + DAY + 5, 8, 2, T0 / DAY + 1, -1],
        ['y', T0 + 7, T0 + 7, 1, 1, T0 / DAY, 1],
      ],
      resources: [['r1', T0, T0, 1, 1, T0 / DAY, -1]],
      hour_counts: [
        [3, 5],
        [167, 70_000],
      ],
      hours: [['50', T0 + 7, T0 + 7, 1, 1, T0 / DAY, 1]],
      tasks: [['id:t1', 9, T0, T0 + DAY + 5, [['x', 42]], [['r1', 43]]]],
      users: [],
    };
    const b = decodeSnapshot('a1', v1);
    expect(snapshotColumns(b)).toEqual({
      v: 2,
      profile: { name: 'bot-1' },
      first: T0,
      last: T0 + DAY + 5,
      events: 9,
      active_days: 2,
      last_day: T0 / DAY + 1,
      current_hour: (T0 + DAY) / HOUR,
      current_hour_events: 2,
      apis: {
        value: ['x', 'y'],
        first: [T0, T0 + 7],
        last: [T0 + DAY + 5, T0 + 7],
        count: [8, 1],
        days: [2, 1],
        last_day: [T0 / DAY + 1, T0 / DAY],
        quarantine: [-1, 1],
      },
      resources: {
        value: ['r1'],
        first: [T0],
        last: [T0],
        count: [1],
        days: [1],
        last_day: [T0 / DAY],
        quarantine: [-1],
      },
      hours: {
        value: [50],
        first: [T0 + 7],
        last: [T0 + 7],
        count: [1],
        days: [1],
        last_day: [T0 / DAY],
        quarantine: [1],
      },
      hour_counts: { hour: [3, 167], count: [5, 70_000] },
      strings: ['x', 'r1'],
      tasks: {
        key: ['id:t1'],
        events: [9],
        first: [T0],
        last: [T0 + DAY + 5],
        apis: [[0, 42]],
        resources: [[1, 43]],
      },
      users: { key: [], events: [], first: [], last: [], apis: [], resources: [] },
    });
    expect(b.hourCount(167)).toBe(70_000);
    expect(b.hourTotal()).toBe(70_005);
    expect(b.task('id:t1')?.apis.has('x')).toBe(true);
  });

  it('widens hour counts past 16 bits without losing any', () => {
    const a = decodeSnapshot('a1', {
      ...snapshotColumns(new AgentBaseline('a1')),
      hour_counts: { hour: [0, 1], count: [65_535, 7] },
    });
    a.learn(event(0, T0, 'x'), NO_VERDICT, SETTINGS); // Monday 00:00: hour of week 0
    expect(a.hourCount(0)).toBe(65_536);
    expect(a.hourCount(1)).toBe(7);
    expect(a.hourTotal()).toBe(65_543);
    expect(snapshotColumns(a).hour_counts).toEqual({ hour: [0, 1], count: [65_536, 7] });
  });

  it('gives dictionary references back when values are forgotten', () => {
    const before = dictionaryStats();
    const a = new AgentBaseline('a1');
    for (const { event: e, verdict } of history()) a.learn(e, verdict, SETTINGS);
    const restored = decodeSnapshot('a2', encodeSnapshot(a));
    expect(dictionaryStats().references).toBeGreaterThan(before.references);
    a.forget(T0 + 365 * DAY, SETTINGS.forgetAfterMs);
    restored.forget(T0 + 365 * DAY, SETTINGS.forgetAfterMs);
    expect(dictionaryStats()).toEqual(before);
    expect(a.apis.size).toBe(0);
    expect(a.scopeCounts()).toEqual({ tasks: 0, users: 0 });
  });
});

describe('v3 snapshot', () => {
  it('encodes words as little-endian base64 and decodes them to an exact-length array', () => {
    const words = Uint32Array.of(0, 1, 0x0403_0201, 0xffff_ffff);
    const text = encodeWords(words);
    expect(Buffer.from(text, 'base64').subarray(8, 12)).toEqual(Buffer.from([1, 2, 3, 4]));
    expect(decodeWords(text)).toEqual(words);
    expect(decodeWords(encodeWords(new Uint32Array(0)))).toEqual(new Uint32Array(0));
  });

  it('lists tables and scope keys first, for the agent_baselines view', () => {
    const a = new AgentBaseline('a1');
    a.learn(event(0, T0, 'x'), quarantine('api'), SETTINGS);
    a.learn(event(1, T0 + HOUR, 'y'), NO_VERDICT, SETTINGS);
    const s = encodeSnapshot(a);
    expect(s.v).toBe(3);
    // Resources: each event's resource and its recipient (a parameter target, learned agent-wide too).
    expect(s.counts).toEqual([2, 4, 2, 2]);
    expect(s.strings.slice(0, 10)).toEqual([
      'x',
      'y',
      'r0',
      'peer0@outside.example',
      'r1',
      'peer1@outside.example',
      // Task scopes, capped at 2: the count of new-target uses of API y, and the latest task.
      'party:y',
      'id:t1',
      'user0',
      'user1',
    ]);
    expect(s.quarantined).toEqual([0]);
    expect(s.active_hours).toEqual([0, 1]);
    expect(s.first).toBe(T0);
    expect(s.last).toBe(T0 + HOUR);
  });

  it('restores every version to the same state, which learns on alike, with references balanced', () => {
    const before = dictionaryStats();
    const steps = history();
    const a = new AgentBaseline('a1');
    for (const { event: e, verdict } of steps.slice(0, 70)) a.learn(e, verdict, SETTINGS);
    const v2 = JSON.parse(JSON.stringify(snapshotColumns(a))) as BaselineSnapshotV2;
    const v3 = JSON.parse(JSON.stringify(encodeSnapshot(a))) as BaselineSnapshotV3;
    const fromV2 = decodeSnapshot('a1', v2);
    const fromV3 = decodeSnapshot('a1', v3);
    const viaBoth = decodeSnapshot('a1', JSON.parse(JSON.stringify(encodeSnapshot(fromV2))) as typeof v3);
    for (const b of [fromV2, fromV3, viaBoth]) {
      expect(snapshotColumns(b)).toEqual(snapshotColumns(a));
      expect(encodeSnapshot(b)).toEqual(encodeSnapshot(a));
    }
    for (const { event: e, verdict } of steps.slice(70)) {
      for (const b of [a, fromV2, fromV3, viaBoth]) b.learn(e, verdict, SETTINGS);
      for (const b of [fromV2, fromV3, viaBoth]) {
        expect(b.lastApiChange).toBe(a.lastApiChange);
        expect(b.lastTaskApiChange).toBe(a.lastTaskApiChange);
        expect(b.eventsThisHour(e.ts)).toBe(a.eventsThisHour(e.ts));
      }
    }
    for (const b of [fromV2, fromV3, viaBoth]) expect(snapshotColumns(b)).toEqual(snapshotColumns(a));
    for (const b of [a, fromV2, fromV3, viaBoth]) b.forget(T0 + 365 * DAY, SETTINGS.forgetAfterMs);
    expect(dictionaryStats()).toEqual(before);
  });

  it('reports no time before the first event', () => {
    const a = new AgentBaseline('a1');
    expect([a.firstTs, a.lastTs, a.lastDay, a.currentHour]).toEqual([
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ]);
    a.learn(event(0, T0 + 999, 'x'), NO_VERDICT, SETTINGS);
    a.learn(event(1, T0 + 7, 'x'), NO_VERDICT, SETTINGS);
    expect([a.firstTs, a.lastTs, a.lastDay, a.currentHour]).toEqual([T0 + 7, T0 + 999, T0 / DAY, T0 / HOUR]);
  });
});
