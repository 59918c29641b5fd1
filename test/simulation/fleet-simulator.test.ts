import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventSchema } from '../../schemas/event.js';
import { simulateCommand } from '../../src/cli/simulate-command.js';
import { UsageError } from '../../src/errors.js';
import type { AnomalyLabel } from '../../src/simulation/anomaly-label.js';
import {
  DEFAULT_START,
  setupSimulation,
  simulateFleet,
  type SimulatedEvent,
} from '../../src/simulation/fleet-simulator.js';
import { INCIDENT_DETECTORS } from '../../src/simulation/scenario-plan.js';
import { Rng, mulberry32 } from '../../src/simulation/prng.js';
import { tempDir } from '../support/temp-dir.js';

const DAY_MS = 86_400_000;
const OPTIONS = { agents: 14, days: 24, seed: 7 } as const;

let records: SimulatedEvent[];
let labels: AnomalyLabel[];

beforeAll(() => {
  records = [...simulateFleet(OPTIONS)];
  labels = records.flatMap((r) => [...r.labels]);
});

describe('simulateFleet', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const small = { agents: 5, days: 3, seed: 11 };
    const a = JSON.stringify([...simulateFleet(small)]);
    const b = JSON.stringify([...simulateFleet(small)]);
    const c = JSON.stringify([...simulateFleet({ ...small, seed: 12 })]);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('emits valid v1 events with unique ids, in event-time order', () => {
    const ids = new Set<string>();
    let previous = -Infinity;
    for (const { event } of records) {
      const parsed = eventSchema.safeParse(event);
      if (!parsed.success) throw new Error(`${event.event_id}: ${parsed.error.message}`);
      expect(typeof event.ts === 'string' && event.ts.endsWith('Z')).toBe(true);
      const ts = parsed.data.ts;
      expect(ts).toBeGreaterThanOrEqual(previous);
      previous = ts;
      ids.add(event.event_id);
    }
    expect(ids.size).toBe(records.length);
  });

  it('keeps labels apart: they point at real events and nothing of them is inside an event', () => {
    const ids = new Set(records.map((r) => r.event.event_id));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(ids.has(label.event_id)).toBe(true);
    for (const { event } of records) {
      const text = JSON.stringify(event);
      expect(text).not.toMatch(/"(detector|kind|incident|label|labels|anomaly)"/);
    }
  });

  it('labels each scenario with the detectors it is meant for, after the warm-up', () => {
    const setup = setupSimulation(OPTIONS);
    const warmupEnd = DEFAULT_START + setup.plan.warmupDays * DAY_MS - 14 * 3_600_000;
    for (const label of labels) {
      expect(INCIDENT_DETECTORS[label.kind as keyof typeof INCIDENT_DETECTORS]).toContain(label.detector);
      expect(Date.parse(label.ts)).toBeGreaterThanOrEqual(warmupEnd);
    }
    const detectors = new Set(labels.map((l) => l.detector));
    expect([...detectors].sort()).toEqual(['intent-mismatch', 'never-seen-api', 'off-hours-access']);
    // Some events are labelled for two detectors at once.
    const perEvent = new Map<string, number>();
    for (const l of labels) perEvent.set(l.event_id, (perEvent.get(l.event_id) ?? 0) + 1);
    expect([...perEvent.values()].some((n) => n > 1)).toBe(true);
  });

  it('has every agent type, owners and ownerless agents, vendors, delegation and autonomy', () => {
    const agents = new Map(records.map((r) => [r.event.agent.id, r.event.agent]));
    expect(new Set([...agents.values()].map((a) => a.type))).toEqual(
      new Set(['personal', 'third_party', 'organizational']),
    );
    expect([...agents.values()].some((a) => a.owner === undefined)).toBe(true);
    expect([...agents.values()].some((a) => a.type === 'third_party' && a.vendor)).toBe(true);
    expect(records.some((r) => (r.event.delegation_chain?.length ?? 0) >= 2)).toBe(true);
    expect(records.some((r) => r.event.on_behalf_of === undefined)).toBe(true);
    expect(
      records.some((r) => r.event.intent?.task_id && r.event.intent.scopes && r.event.intent.description),
    ).toBe(true);
    // Instance names share a cohort prefix.
    const names = [...agents.values()].map((a) => a.name ?? '');
    expect(names.filter((n) => n.startsWith('invoice-bot-')).length).toBeGreaterThanOrEqual(2);
  });

  it('produces roughly 20-200 events per agent per active local day', () => {
    const setup = setupSimulation(OPTIONS);
    const perAgentDay = new Map<string, number>();
    for (const { event, labels: l } of records) {
      if (l.length > 0) continue;
      const agent = setup.fleet.agents.find((a) => a.id === event.agent.id);
      const local = new Date(Date.parse(String(event.ts))).toLocaleDateString('en-CA', {
        timeZone: agent?.timezone ?? 'UTC',
      });
      const key = `${event.agent.id}|${local}`;
      perAgentDay.set(key, (perAgentDay.get(key) ?? 0) + 1);
    }
    const counts = [...perAgentDay.values()].sort((a, b) => a - b);
    const median = counts[counts.length >> 1] ?? 0;
    expect(median).toBeGreaterThanOrEqual(20);
    expect(median).toBeLessThanOrEqual(200);
    expect(counts[counts.length - 1]).toBeLessThanOrEqual(260);
  });

  it('includes unlabelled benign novelty of every kind', () => {
    const benign = new Map<string, number>();
    for (const r of records) {
      if (r.benign) {
        expect(r.labels).toHaveLength(0);
        benign.set(r.benign, (benign.get(r.benign) ?? 0) + 1);
      }
    }
    expect([...benign.keys()].sort()).toEqual(['cohort-rollout', 'late-evening', 'new-resource', 'new-task']);
    // A rollout reaches several agents of one cohort on the same day.
    const rollout = records.filter((r) => r.benign === 'cohort-rollout');
    expect(new Set(rollout.map((r) => r.event.agent.id)).size).toBeGreaterThanOrEqual(2);
  });

  it('grounds payments in the request, and a redirected payment in neither request nor history', () => {
    const transfers = records.filter((r) => r.event.action.api === 'stripe.transfers.create');
    expect(transfers.length).toBeGreaterThan(0);
    for (const { event, labels: l } of transfers) {
      const destination = String(event.action.parameters?.['destination']);
      const grounded = event.intent?.description?.includes(destination) ?? false;
      expect(grounded).toBe(l.length === 0);
    }
  });
});

describe('prng', () => {
  it('mulberry32 is reproducible and uniform enough', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    let sum = 0;
    for (let i = 0; i < 10_000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      sum += x;
    }
    expect(sum / 10_000).toBeCloseTo(0.5, 1);
    expect(Rng.derive('x', 1).hex(8)).toBe(Rng.derive('x', 1).hex(8));
  });
});

describe('agentwatch simulate', () => {
  it('writes events and labels to files', async () => {
    const dir = tempDir('simulate');
    try {
      const out = join(dir.path, 'events.ndjson');
      const labelFile = join(dir.path, 'labels.ndjson');
      const code = await simulateCommand([
        '--agents',
        '6',
        '--days',
        '12',
        '--seed',
        '3',
        '--out',
        out,
        '--labels',
        labelFile,
        '--start',
        '2026-03-02',
        '--warmup-days',
        '10',
      ]);
      expect(code).toBe(0);
      const events = readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { event_id: string });
      const written = readFileSync(labelFile, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as AnomalyLabel);
      const ids = new Set(events.map((e) => e.event_id));
      expect(events.length).toBeGreaterThan(1000);
      expect(written.length).toBeGreaterThan(0);
      for (const label of written) expect(ids.has(label.event_id)).toBe(true);
    } finally {
      dir.cleanup();
    }
  });

  it('refuses bad flags with a usage error', async () => {
    await expect(simulateCommand(['--days', '3', '--seed', '1'])).rejects.toBeInstanceOf(UsageError);
    await expect(simulateCommand(['--agents', 'x', '--days', '3', '--seed', '1'])).rejects.toBeInstanceOf(
      UsageError,
    );
    await expect(
      simulateCommand(['--agents', '2', '--days', '3', '--seed', '1', '--start', 'soon']),
    ).rejects.toBeInstanceOf(UsageError);
    await expect(
      simulateCommand(['--agents', '2', '--days', '3', '--seed', '1', 'extra']),
    ).rejects.toBeInstanceOf(UsageError);
    for (const bad of [
      ['--scope-style', 'words'],
      ['--low-volume', '1.5'],
      ['--low-volume', ''],
    ])
      await expect(
        simulateCommand(['--agents', '2', '--days', '3', '--seed', '1', ...bad]),
      ).rejects.toBeInstanceOf(UsageError);
  });
});

describe('simulator options', () => {
  const SMALL = { agents: 12, days: 24, seed: 3, scale: 0.3 } as const;
  const strip = (r: SimulatedEvent) => {
    const { intent, ...rest } = r.event;
    const { scopes, ...intentRest } = intent ?? {};
    return { rest, intentRest, labels: r.labels, scopes };
  };

  it('an explicit default style and no low-volume share give the default output', () => {
    const plain = JSON.stringify([...simulateFleet(SMALL)]);
    expect(JSON.stringify([...simulateFleet({ ...SMALL, scopeStyle: 'api', lowVolume: 0 })])).toBe(plain);
  });

  it('scope styles change intent.scopes only, one spelling per service', () => {
    const api = [...simulateFleet(SMALL)].map(strip);
    const seen = new Map<string, Set<string>>();
    for (const style of ['service', 'capability', 'oauth'] as const) {
      const other = [...simulateFleet({ ...SMALL, scopeStyle: style })].map(strip);
      expect(other.map((o) => [o.rest, o.intentRest, o.labels])).toEqual(
        api.map((o) => [o.rest, o.intentRest, o.labels]),
      );
      const words = new Set(other.flatMap((o) => o.scopes ?? []));
      seen.set(style, words);
      expect(words.size).toBeGreaterThan(3);
    }
    expect(seen.get('service')).toContain('gmail');
    expect(seen.get('capability')).toContain('mail');
    expect([...(seen.get('capability') ?? [])].some((w) => w.includes('.'))).toBe(false);
    for (const url of seen.get('oauth') ?? []) expect(url).toMatch(/^https:\/\/[a-z0-9.-]+\//);
  });

  it('low-volume agents make a few events a day and some get a small weekend night session', () => {
    const setup = setupSimulation({ ...SMALL, lowVolume: 0.25 });
    const quiet = setup.fleet.agents.filter((a) => a.lowVolume);
    expect(quiet.length).toBe(3);
    for (const agent of quiet) expect(agent.pattern.kind).not.toBe('round_the_clock');
    const planned = setup.plan.incidents.filter((i) => i.kind === 'off-hours-low-volume');
    expect(planned.length).toBeGreaterThanOrEqual(1);
    const run = [...simulateFleet(setup)];
    for (const agent of quiet) {
      const own = run.filter((r) => r.event.agent.id === agent.id);
      const days = new Set(own.map((r) => String(r.event.ts).slice(0, 10)));
      // The first two working days cover every task; after that, a few events a day.
      const later = own.filter((r) => String(r.event.ts) >= rfc(DEFAULT_START + 4 * DAY_MS));
      expect(later.length / Math.max(1, days.size - 2)).toBeLessThan(8);
    }
    const night = run.filter((r) => r.labels.some((l) => l.kind === 'off-hours-low-volume'));
    expect(night.length).toBeGreaterThanOrEqual(2);
    for (const r of night) {
      expect(quiet.map((a) => a.id)).toContain(r.event.agent.id);
      expect(r.labels.map((l) => l.detector)).toEqual(['off-hours-access']);
      const agent = quiet.find((a) => a.id === r.event.agent.id);
      const local = new Intl.DateTimeFormat('en-GB', {
        timeZone: agent?.timezone ?? 'UTC',
        hour: 'numeric',
        weekday: 'short',
        hourCycle: 'h23',
      }).formatToParts(new Date(String(r.event.ts)));
      const hour = Number(local.find((p) => p.type === 'hour')?.value);
      expect(hour).toBeGreaterThanOrEqual(2);
      expect(hour).toBeLessThan(6);
      expect(['Sat', 'Sun']).toContain(local.find((p) => p.type === 'weekday')?.value);
    }
  });
});

const rfc = (ms: number): string => new Date(ms).toISOString();
