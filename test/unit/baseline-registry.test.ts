import { describe, expect, it } from 'vitest';
import { configSchema } from '../../schemas/config.js';
import { eventSchema, type AgentEvent } from '../../schemas/event.js';
import { NO_VERDICT } from '../../src/baseline/agent-baseline.js';
import { BaselineRegistry } from '../../src/baseline/baseline-registry.js';
import { baselineSettings } from '../../src/detection/detection-setup.js';
import { encodeSnapshot } from '../../src/baseline/snapshot-codec.js';
import { PARTIES_KEY, QUESTIONED_PARTIES_KEY } from '../../src/events/event-keys.js';
import { agentHistory, callOn } from '../support/event-factory.js';

// Forgetting after 3 days: `legacy.export` is used on day 0 only and expires during the run.
const config = configSchema.parse({ baseline: { forget_after_days: 3 } });

/** One agent of the `mail-bot` cohort: `legacy.export` on day 0, routine work for 10 days. */
function history(agentId: string): AgentEvent[] {
  const events = [
    {
      ...callOn(agentId, 'legacy.export', 0, `${agentId}-old`, 'read'),
      agent: { id: agentId, name: `${agentId}` },
    },
    ...agentHistory({ agentId, days: 10, perDay: 6, apis: ['kb.search', 'crm.read'] }).map((e) => ({
      ...e,
      agent: { id: agentId, name: `${agentId}` },
    })),
  ];
  return events.map((e) => eventSchema.parse(e)).sort((a, b) => a.ts - b.ts);
}

function feed(registry: BaselineRegistry, events: readonly AgentEvent[], snapshotEvery?: number): void {
  events.forEach((event, i) => {
    registry.view(event);
    registry.learn(event, NO_VERDICT);
    if (snapshotEvery !== undefined && i % snapshotEvery === 0) registry.takeSnapshots();
  });
}

describe('BaselineRegistry forgetting', () => {
  const events = history('mail-bot-1');

  it('learns the same state whenever snapshots are taken: forgetting follows event time', () => {
    const never = new BaselineRegistry(baselineSettings(config.baseline));
    feed(never, events);
    for (const every of [1, 7, 25]) {
      const registry = new BaselineRegistry(baselineSettings(config.baseline));
      feed(registry, events, every);
      expect(encodeSnapshot(registry.get('mail-bot-1'))).toEqual(encodeSnapshot(never.get('mail-bot-1')));
    }
  });

  it('forgets a value unseen for the forget window within a week of active days', () => {
    const registry = new BaselineRegistry(baselineSettings(config.baseline));
    feed(registry, events);
    const agent = registry.get('mail-bot-1');
    expect(agent.apis.has('legacy.export')).toBe(false);
    expect(agent.apis.has('kb.search')).toBe(true);
  });

  it('takes what a member forgets out of its cohort: it is never counted as its own peer', () => {
    const registry = new BaselineRegistry(baselineSettings(config.baseline));
    const both = [...history('mail-bot-1'), ...history('mail-bot-2')].sort((a, b) => a.ts - b.ts);
    // Cut before the first event of day 9: both agents are established cohort members by then.
    const day9 = both.findIndex((e) => e.ts >= Date.UTC(2026, 2, 11));
    feed(registry, both.slice(0, day9));
    const probe = both[day9] as AgentEvent;
    const cohort = registry.view(probe).cohort;
    expect(cohort?.members).toBe(2);
    expect(cohort?.triersOf('kb.search')).toBe(2);
    // `legacy.export` (day 0) expired on day 4 for both: neither counts it any more.
    expect(cohort?.triersOf('legacy.export')).toBe(0);
  });
});

describe('BaselineRegistry cohort counts', () => {
  it('a value that a member first uses on the event that forgets keeps one count, not two', () => {
    const registry = new BaselineRegistry(baselineSettings(config.baseline));
    // Ten events a day: established (7 days, 50 events) well before its 14th active day.
    const busy = (agentId: string) =>
      agentHistory({ agentId, days: 16, perDay: 10, apis: ['kb.search', 'crm.read'] }).map((e) =>
        eventSchema.parse({ ...e, agent: { id: agentId, name: agentId } }),
      );
    const agentEvents = busy('mail-bot-1');
    // The first event of the 14th active day forgets; make it the first use of a new API.
    const day13 = agentEvents.findIndex((e) => e.ts >= Date.UTC(2026, 2, 15));
    const first = agentEvents[day13] as AgentEvent;
    const changed = eventSchema.parse({ ...first, event_id: 'fresh', action: { api: 'fresh.api' } });
    const events = [...busy('mail-bot-2'), ...agentEvents.slice(0, day13), changed].sort(
      (a, b) => a.ts - b.ts,
    );
    feed(registry, events);
    expect(registry.get('mail-bot-1').activeDays).toBe(14);
    expect(registry.view(changed).cohort?.triersOf('fresh.api')).toBe(1);
  });
});

describe('BaselineRegistry cohort parties', () => {
  const small = configSchema.parse({ baseline: { max_values_per_table: 8 } });
  /** A send of `agentId` to `to` on day `day` (10:00 UTC plus `n` minutes). */
  const send = (agentId: string, to: string, day: number, n = 0): AgentEvent =>
    eventSchema.parse({
      event_id: `${agentId}-${to}-${day}-${n}`,
      ts: Date.UTC(2026, 2, 2 + day, 10, n),
      agent: { id: agentId, name: agentId },
      action: { api: 'mail.send', category: 'send', parameters: { to } },
    });
  const routine = (agentId: string) =>
    agentHistory({ agentId, days: 14, perDay: 6, apis: ['kb.search', 'crm.read'] }).map((e) =>
      eventSchema.parse({ ...e, agent: { id: agentId, name: agentId } }),
    );
  const questioned = { ...NO_VERDICT, questioned: new Set(['task_resource'] as const) };

  function run(
    extra: readonly AgentEvent[],
    verdictOf: (e: AgentEvent) => typeof NO_VERDICT = () => NO_VERDICT,
  ) {
    const registry = new BaselineRegistry(baselineSettings(small.baseline));
    const events = [...routine('quote-bot-1'), ...routine('quote-bot-2'), ...extra].sort(
      (a, b) => a.ts - b.ts,
    );
    for (const event of events) {
      registry.view(event);
      registry.learn(event, verdictOf(event));
    }
    return registry.view(send('quote-bot-2', 'probe@x.example', 14)).cohort;
  }

  it("counts a member's party once it recurred cleanly on its quarantine days, never one of its learning days", () => {
    const cohort = run([
      // Learning (7 days and 50 events: to day 8): recurs on three days, never counted.
      ...[1, 2, 3].map((d) => send('quote-bot-1', 'early@broker.example', d)),
      // Established: two clean days are not enough, three are.
      ...[9, 10].map((d) => send('quote-bot-1', 'two@broker.example', d)),
      ...[9, 10, 11].map((d) => send('quote-bot-1', 'three@broker.example', d)),
    ]);
    expect(cohort?.taskUsersOf(PARTIES_KEY, 'early@broker.example')).toBe(0);
    expect(cohort?.taskUsersOf(PARTIES_KEY, 'two@broker.example')).toBe(0);
    expect(cohort?.taskTriersOf(PARTIES_KEY, 'two@broker.example')).toBe(1);
    expect(cohort?.taskUsersOf(PARTIES_KEY, 'three@broker.example')).toBe(1);
  });

  it('keeps a party an alert at the hold severity named among the questioned, however cleanly it recurs after', () => {
    const first = send('quote-bot-1', 'new@acct.example', 9);
    const cohort = run(
      [first, ...[10, 11, 12, 13].map((d) => send('quote-bot-1', 'new@acct.example', d))],
      (e) => (e.event_id === first.event_id ? questioned : NO_VERDICT),
    );
    expect(cohort?.taskTriersOf(QUESTIONED_PARTIES_KEY, 'new@acct.example')).toBe(1);
    expect(cohort?.taskUsersOf(PARTIES_KEY, 'new@acct.example')).toBe(1);
  });

  it('keeps a questioned party questioned while it is still used, past the forget window', () => {
    const shortMemory = configSchema.parse({ baseline: { forget_after_days: 5 } });
    const registry = new BaselineRegistry(baselineSettings(shortMemory.baseline));
    const first = send('quote-bot-1', 'new@acct.example', 9);
    const uses = [
      first,
      ...Array.from({ length: 20 }, (_, i) => send('quote-bot-1', 'new@acct.example', 10 + i)),
    ];
    const routineLong = (agentId: string) =>
      agentHistory({ agentId, days: 31, perDay: 6, apis: ['kb.search', 'crm.read'] }).map((e) =>
        eventSchema.parse({ ...e, agent: { id: agentId, name: agentId } }),
      );
    const events = [...routineLong('quote-bot-1'), ...routineLong('quote-bot-2'), ...uses].sort(
      (a, b) => a.ts - b.ts,
    );
    for (const event of events) {
      registry.view(event);
      registry.learn(event, event.event_id === first.event_id ? questioned : NO_VERDICT);
    }
    const cohort = registry.view(send('quote-bot-2', 'probe@x.example', 30)).cohort;
    // Three weekly forgettings later the party is established, and still questioned.
    expect(cohort?.taskUsersOf(PARTIES_KEY, 'new@acct.example')).toBe(1);
    expect(cohort?.taskTriersOf(QUESTIONED_PARTIES_KEY, 'new@acct.example')).toBe(1);
  });

  it('takes back a party dropped at the cap', () => {
    const established = [9, 10, 11].map((d) => send('quote-bot-1', 'kept@broker.example', d));
    // Eight other parties on day 12 push the least recently seen one out (cap 8).
    const others = Array.from({ length: 8 }, (_, i) => send('quote-bot-1', `p${i}@broker.example`, 12, i));
    expect(run(established)?.taskUsersOf(PARTIES_KEY, 'kept@broker.example')).toBe(1);
    const cohort = run([...established, ...others]);
    expect(cohort?.taskUsersOf(PARTIES_KEY, 'kept@broker.example')).toBe(0);
    expect(cohort?.taskTriersOf(PARTIES_KEY, 'kept@broker.example')).toBe(0);
  });
});

describe('BaselineRegistry cohort at work', () => {
  it('counts each member once per clock hour, a late event of an earlier hour not again', () => {
    const registry = new BaselineRegistry(baselineSettings(config.baseline));
    const member = (agentId: string) =>
      agentHistory({ agentId, days: 10, perDay: 6, apis: ['kb.search'] }).map((e) =>
        eventSchema.parse({ ...e, agent: { id: agentId, name: agentId } }),
      );
    const at = (agentId: string, hour: number, minute: number) =>
      eventSchema.parse({
        event_id: `${agentId}-${hour}-${minute}`,
        ts: Date.UTC(2026, 2, 14, hour, minute),
        agent: { id: agentId, name: agentId },
        action: { api: 'kb.search' },
      });
    feed(
      registry,
      [...member('desk-1'), ...member('desk-2')].sort((a, b) => a.ts - b.ts),
    );
    // desk-1 at 09:10 and 10:01, then two late events of 09:50; desk-2 at 09:30.
    feed(registry, [
      at('desk-1', 9, 10),
      at('desk-2', 9, 30),
      at('desk-1', 10, 1),
      at('desk-1', 9, 50),
      at('desk-1', 9, 51),
    ]);
    const cohort = registry.view(at('desk-2', 10, 30)).cohort;
    const hour = Math.floor(Date.UTC(2026, 2, 14, 9) / 3_600_000);
    expect(cohort?.activeMembers(hour)).toBe(2);
    expect(cohort?.activeMembers(hour + 1)).toBe(1);
  });
});

describe('BaselineRegistry.peekView', () => {
  it('sees an agent not in memory as a fresh one would be seen, and keeps nothing of it', () => {
    const peeked = new BaselineRegistry(baselineSettings(config.baseline));
    const viewed = new BaselineRegistry(baselineSettings(config.baseline));
    const known = history('mail-bot-1');
    feed(peeked, known);
    feed(viewed, known);
    const stranger = eventSchema.parse({
      ...callOn('mail-bot-9', 'kb.search', 10, 'mail-bot-9-1', 'read'),
      agent: { id: 'mail-bot-9', name: 'mail-bot-9', timezone: 'Europe/Paris' },
    });
    // Asked again and again: the same answer every time, and the registry does not grow.
    for (let i = 0; i < 3; i += 1) {
      const view = peeked.peekView(stranger);
      const { agent, ...rest } = viewed.view(stranger);
      const { agent: peekedAgent, ...peekedRest } = view;
      expect(peekedRest).toEqual(rest);
      expect(peekedAgent.events).toBe(0);
      expect(view.timezone).toBe('Europe/Paris');
      expect(peekedAgent).toEqual(agent);
      expect(peeked.has('mail-bot-9')).toBe(false);
      expect(peeked.size).toBe(1);
    }
  });

  it('sees an agent in memory through its own baseline', () => {
    const registry = new BaselineRegistry(baselineSettings(config.baseline));
    const events = history('mail-bot-1');
    feed(registry, events);
    const next = events[events.length - 1] as AgentEvent;
    expect(registry.peekView(next).agent).toBe(registry.get('mail-bot-1'));
    expect(registry.peekView(next)).toEqual(registry.view(next));
  });
});
