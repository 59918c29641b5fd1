import type { Alert } from '../../schemas/alert.js';

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
