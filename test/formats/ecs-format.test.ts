import { describe, expect, it } from 'vitest';
import { ECS_VERSION, ecsFormat } from '../../src/formats/ecs-format.js';
import { ALERT, LONG, MINIMAL_ALERT, NASTY, NASTY_ALERT, alertWith } from './alert-fixture.js';

type Obj = Record<string, unknown>;
const parse = (line: string): Obj => JSON.parse(line) as Obj;
const get = (o: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v as Obj | undefined)?.[k], o);

// ECS allowed values (elastic.co/docs/reference/ecs/ecs-allowed-values-event-*), as of ECS 8.17.
const EVENT_KINDS = ['alert', 'asset', 'enrichment', 'event', 'metric', 'state', 'pipeline_error', 'signal'];
const EVENT_CATEGORIES = [
  'api',
  'authentication',
  'configuration',
  'database',
  'driver',
  'email',
  'file',
  'host',
  'iam',
  'intrusion_detection',
  'library',
  'malware',
  'network',
  'package',
  'process',
  'registry',
  'session',
  'threat',
  'vulnerability',
  'web',
];
const EVENT_TYPES = [
  'access',
  'admin',
  'allowed',
  'change',
  'connection',
  'creation',
  'deletion',
  'denied',
  'device',
  'end',
  'error',
  'group',
  'indicator',
  'info',
  'installation',
  'protocol',
  'start',
  'user',
];
// Expected event types per category from the same page.
const TYPES_FOR: Record<string, string[]> = {
  api: [
    'access',
    'admin',
    'allowed',
    'change',
    'creation',
    'deletion',
    'denied',
    'end',
    'info',
    'start',
    'user',
  ],
  intrusion_detection: ['allowed', 'denied', 'info'],
};

describe('ecs format', () => {
  it('is one line of JSON with @timestamp and ecs.version', () => {
    const line = ecsFormat(ALERT);
    expect(line).not.toMatch(/[\r\n]/);
    const doc = parse(line);
    expect(doc['@timestamp']).toBe('2026-05-01T09:42:17.123Z');
    expect(get(doc, 'ecs.version')).toBe(ECS_VERSION);
    expect(doc.message).toBe(ALERT.title);
  });

  it('categorises as an alert with allowed ECS values', () => {
    const doc = parse(ecsFormat(ALERT));
    const kind = get(doc, 'event.kind') as string;
    const categories = get(doc, 'event.category') as string[];
    const types = get(doc, 'event.type') as string[];
    expect(kind).toBe('alert');
    expect(EVENT_KINDS).toContain(kind);
    for (const c of categories) {
      expect(EVENT_CATEGORIES).toContain(c);
      for (const t of types) expect(TYPES_FOR[c] ?? EVENT_TYPES, `${c}/${t}`).toContain(t);
    }
    expect(get(doc, 'event.action')).toBe('gmail:send');
  });

  it('maps times, severity and scores', () => {
    const doc = parse(ecsFormat(ALERT));
    expect(get(doc, 'event.start')).toBe('2026-05-01T09:30:00.000Z');
    expect(get(doc, 'event.end')).toBe('2026-05-01T09:42:17.123Z');
    expect(get(doc, 'event.duration')).toBe(
      (Date.parse(ALERT.last_seen) - Date.parse(ALERT.first_seen)) * 1e6,
    );
    expect(get(doc, 'event.severity')).toBe(73);
    expect(get(doc, 'event.risk_score')).toBe(78.5);
    expect(get(doc, 'event.id')).toBe(ALERT.alert_id);
    const expected = { informational: 0, low: 21, medium: 47, high: 73, critical: 99 } as const;
    for (const [severity, value] of Object.entries(expected)) {
      const d = parse(ecsFormat(alertWith({ severity: severity as keyof typeof expected })));
      expect(get(d, 'event.severity')).toBe(value);
    }
  });

  it('names the detector in rule.* and ATT&CK ids in threat.*', () => {
    const doc = parse(ecsFormat(ALERT));
    expect(doc.rule).toMatchObject({
      id: 'never-seen-api',
      name: 'never-seen-api',
      version: '2',
      description: ALERT.description,
      category: 'api_first_seen',
    });
    expect(doc.threat).toEqual({
      framework: 'MITRE ATT&CK',
      technique: { id: ['T1567', 'T1078'], subtechnique: { id: ['T1078.004'] } },
      tactic: { id: ['TA0010'] },
    });
    expect(doc.tags).toEqual(ALERT.tags);
    expect(parse(ecsFormat(MINIMAL_ALERT)).threat).toBeUndefined();
  });

  it('keeps ECS agent.* for the shipper: the AI agent is under agentwatch.agent, the invoker in user', () => {
    const doc = parse(ecsFormat(ALERT));
    expect(doc.agent).toBeUndefined();
    expect(get(doc, 'agentwatch.agent')).toEqual({
      id: 'agent-invoice-bot-3',
      name: 'invoice-bot-3',
      type: 'personal',
      owner: 'alice@corp.example',
    });
    expect(doc.user).toEqual({ id: 'bob@corp.example', name: 'bob@corp.example' });
    expect(get(doc, 'agentwatch.on_behalf_of.type')).toBe('user');
    expect(get(doc, 'related.user')).toEqual([
      'bob@corp.example',
      'agent-invoice-bot-3',
      'alice@corp.example',
      'orchestrator-1',
    ]);
    expect(parse(ecsFormat(MINIMAL_ALERT)).user).toBeUndefined();
  });

  it('keeps the full alert detail under agentwatch.*', () => {
    const doc = parse(ecsFormat(ALERT));
    expect(get(doc, 'agentwatch.evidence')).toEqual(ALERT.evidence);
    expect(get(doc, 'agentwatch.event_ids')).toEqual(ALERT.event_ids);
    expect(get(doc, 'agentwatch.resource.sensitivity')).toBe('confidential');
    expect(get(doc, 'agentwatch.count')).toBe(3);
  });

  it('round-trips hostile and long strings', () => {
    const doc = parse(ecsFormat(NASTY_ALERT));
    expect(get(doc, 'event.reason')).toBe(`desc ${NASTY}`);
    expect(get(doc, 'agentwatch.agent.id')).toBe(`agent ${NASTY}`);
    expect(get(parse(ecsFormat(alertWith({ description: LONG }))), 'event.reason')).toBe(LONG);
  });
});
