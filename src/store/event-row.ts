import { scalarText } from '../scalar-text.js';
import type { Alert } from '../../schemas/alert.js';
import type { AgentEvent } from '../../schemas/event.js';

function stringMap(record: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (record) for (const [k, v] of Object.entries(record)) out[k] = scalarText(v);
  return out;
}

/** The events table row of an event (flat columns; absent strings are ''). */
export function eventToRow(e: AgentEvent): Record<string, unknown> {
  return {
    event_id: e.event_id,
    ts: e.ts,
    agent_id: e.agent.id,
    agent_name: e.agent.name ?? '',
    agent_type: e.agent.type ?? '',
    agent_owner: e.agent.owner ?? '',
    agent_vendor: e.agent.vendor ?? '',
    agent_team: e.agent.team ?? '',
    on_behalf_of_id: e.on_behalf_of?.id ?? '',
    on_behalf_of_type: e.on_behalf_of?.type ?? '',
    delegation_chain: e.delegation_chain ?? [],
    api: e.action.api,
    service: e.action.service ?? '',
    category: e.action.category ?? '',
    parameters: stringMap(e.action.parameters),
    resource_id: e.resource?.id ?? '',
    resource_type: e.resource?.type ?? '',
    resource_sensitivity: e.resource?.sensitivity ?? '',
    outcome: e.outcome,
    task_id: e.intent?.task_id ?? '',
    intent_description: e.intent?.description ?? '',
    intent_scopes: e.intent?.scopes ?? [],
    credential_id: e.credential?.id ?? '',
    credential_type: e.credential?.type ?? '',
    credential_issued_at: e.credential?.issued_at ?? null,
    credential_expires_at: e.credential?.expires_at ?? null,
    session_id: e.session_id ?? '',
    trace_id: e.trace_id ?? '',
    source_ip: e.source_ip ?? '',
    user_agent: e.user_agent ?? '',
    attributes: stringMap(e.attributes),
  };
}

/** The alerts table row of an alert; the full native JSON is kept in `alert`. */
export function alertToRow(a: Alert): Record<string, unknown> {
  return {
    alert_id: a.alert_id,
    schema_version: a.schema_version,
    detector_id: a.detector.id,
    detector_version: a.detector.version,
    reason: a.reason,
    severity: a.severity,
    score: Math.round(a.score),
    title: a.title,
    description: a.description,
    first_seen: Date.parse(a.first_seen),
    last_seen: Date.parse(a.last_seen),
    count: a.count,
    agent_id: a.agent.id,
    agent_name: a.agent.name ?? '',
    agent_type: a.agent.type ?? '',
    agent_owner: a.agent.owner ?? '',
    on_behalf_of_id: a.on_behalf_of?.id ?? '',
    delegation_chain: a.delegation_chain ?? [],
    api: a.action.api,
    service: a.action.service ?? '',
    category: a.action.category ?? '',
    resource_id: a.resource?.id ?? '',
    resource_sensitivity: a.resource?.sensitivity ?? '',
    task_id: a.intent?.task_id ?? '',
    event_ids: a.event_ids,
    tags: a.tags,
    evidence: JSON.stringify(a.evidence),
    alert: JSON.stringify(a),
  };
}
