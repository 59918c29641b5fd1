import { createHash } from 'node:crypto';
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
  return createHash('sha256')
    .update(`${detectorId}\u0000${agentId}\u0000${reason}\u0000${key}\u0000${firstEventId}`)
    .digest('hex')
    .slice(0, 32);
}

/** A native v1 alert for a finding on an event. */
export function buildAlert(
  detector: { id: string; version: number },
  finding: Finding,
  event: AgentEvent,
): Alert {
  const at = new Date(event.ts).toISOString();
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
    agent: compact({
      id: event.agent.id,
      name: event.agent.name,
      type: event.agent.type,
      owner: event.agent.owner,
      vendor: event.agent.vendor,
    }),
    action: compact({
      api: event.action.api,
      service: event.action.service,
      category: event.action.category,
    }),
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

function compact<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as { [K in keyof T]: Exclude<T[K], undefined> };
}
