import { hash } from 'node:crypto';
import type { Alert } from '../../schemas/alert.js';
import type { AgentEvent } from '../../schemas/event.js';
import type { Finding } from './detector-contract.js';

/** Most event ids an alert carries; the count says how many events it folds in. */
export const MAX_EVENT_IDS = 100;

/**
 * Alert ids depend only on evidence, never on the clock or on process state, so a replay after a
 * crash produces the same ids and receivers (and the alerts table) keep one copy.
 */
export function alertId(
  detectorId: string,
  agentId: string,
  reason: string,
  key: string,
  firstEventId: string,
): string {
  // One-shot hash: the same digest as createHash().update().digest(), without a Hash object per alert.
  return hash(
    'sha256',
    `${detectorId}\u0000${agentId}\u0000${reason}\u0000${key}\u0000${firstEventId}`,
    'hex',
  ).slice(0, 32);
}

/** The time last written as text, and its text: a sweep's alerts all carry one time. */
let lastIsoMs = Number.NaN;
let lastIso = '';

/** `new Date(ms).toISOString()`, remembered for the last `ms`. */
function isoTime(ms: number): string {
  if (ms !== lastIsoMs) {
    lastIso = new Date(ms).toISOString();
    lastIsoMs = ms;
  }
  return lastIso;
}

/** A native v1 alert for a finding on an event. */
export function buildAlert(
  detector: { id: string; version: number },
  finding: Finding,
  event: AgentEvent,
): Alert {
  const at = isoTime(event.ts);
  const alert: Alert = {
    alert_id: alertId(detector.id, event.agent.id, finding.reason, finding.key, event.event_id),
    schema_version: '1',
    detector: { id: detector.id, version: detector.version },
    reason: finding.reason,
    severity: finding.severity,
    score: finding.score,
    title: finding.title,
    description: finding.description,
    first_seen: at,
    last_seen: at,
    count: 1,
    agent: alertAgent(event.agent),
    action: alertAction(event.action),
    evidence: finding.evidence,
    event_ids: [event.event_id],
    tags: [...(finding.tags ?? [])],
  };
  if (event.on_behalf_of) alert.on_behalf_of = compact({ ...event.on_behalf_of });
  if (event.delegation_chain) alert.delegation_chain = [...event.delegation_chain];
  if (event.resource) alert.resource = compact({ ...event.resource });
  if (event.intent) alert.intent = compact({ ...event.intent });
  return alert;
}

/**
 * The agent as the alert names it: the fields it has, in the schema's order. Written out rather
 * than through {@link compact}, whose entries array per object showed in sweeps of 20,000 alerts.
 */
function alertAgent(agent: AgentEvent['agent']): Alert['agent'] {
  const out: Alert['agent'] = { id: agent.id };
  if (agent.name !== undefined) out.name = agent.name;
  if (agent.type !== undefined) out.type = agent.type;
  if (agent.owner !== undefined) out.owner = agent.owner;
  if (agent.vendor !== undefined) out.vendor = agent.vendor;
  return out;
}

/** The action as the alert names it, like {@link alertAgent}. */
function alertAction(action: AgentEvent['action']): Alert['action'] {
  const out: Alert['action'] = { api: action.api };
  if (action.service !== undefined) out.service = action.service;
  if (action.category !== undefined) out.category = action.category;
  return out;
}

function compact<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as { [K in keyof T]: Exclude<T[K], undefined> };
}
