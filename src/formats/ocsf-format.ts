import type { Alert } from '../../schemas/alert.js';
import type { AlertFormatter } from './alert-formatter.js';
import { PRODUCT, SEVERITY_SCALES, attackRefsFromTags, epochMs } from './severity-scales.js';

/**
 * The OCSF schema version the rendering targets. 1.5.0 is the first release whose Detection Finding
 * carries `anomaly_analyses` (with `analysis_targets`, `anomalies` and `baselines`), which is how an
 * agentwatch alert explains itself; every attribute used below exists in 1.5.0 and later 1.x releases.
 */
export const OCSF_VERSION = '1.5.0';

/** Detection Finding identifiers (events/findings/detection_finding.json, finding.json). */
export const OCSF_DETECTION_FINDING = {
  categoryUid: 2,
  categoryName: 'Findings',
  classUid: 2004,
  className: 'Detection Finding',
  activityId: 1,
  activityName: 'Create',
  typeUid: 200401,
  typeName: 'Detection Finding: Create',
  statusId: 1,
  status: 'New',
  /** analytic.type_id 2 (Behavioral): every detector compares an agent against its learned baseline. */
  analyticTypeId: 2,
  analyticType: 'Behavioral',
  /** user.type_id 1 (User) and 99 (Other, label in `type`) for invokers that are not people. */
  userTypeId: 1,
  otherTypeId: 99,
} as const;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };
type JsonObject = { [key: string]: Json | undefined };

/**
 * Renders an alert as an OCSF 1.5.0 Detection Finding (class_uid 2004, activity Create).
 *
 * Mapping choices, all within attributes OCSF 1.5.0 defines:
 * - The actor lives in `evidences[0].actor`: Detection Finding has no top-level `actor` unless the Host
 *   profile is applied, and an agent alert is not about a host. The AI agent is the actor's application
 *   (`app_uid`/`app_name`), since OCSF 1.5 has no agent principal; `actor.user` is the human (or
 *   agent/service) it acted `on_behalf_of`, with `type_id` 1 User, or 99 Other and the invoker type in
 *   `type`.
 * - `evidences[0].api` is what the agent did (operation = `action.api`, service = `action.service`); the
 *   target goes to top-level `resources` (Affected Resources), as the schema asks for resources impacted
 *   by the detection.
 * - `anomaly_analyses[0]`: the agent is the analysis target, the flagged action is the anomaly, and each
 *   `evidence` fact is a baseline (observation_parameter = fact name, observations = its values).
 * - `confidence_score` and `risk_score` are the rounded 0-100 score (both are integers in OCSF).
 * - Everything OCSF has no attribute for (agent type/owner/vendor, delegation chain, intent, action
 *   category, resource sensitivity, reason, raw score, native evidence) is kept under `unmapped`.
 */
export const ocsfFormat: AlertFormatter = (alert) => JSON.stringify(toOcsfDetectionFinding(alert));

/** The Detection Finding object behind {@link ocsfFormat}, for callers that embed it rather than print it. */
export function toOcsfDetectionFinding(alert: Alert): JsonObject {
  const scale = SEVERITY_SCALES[alert.severity];
  const firstMs = epochMs(alert.first_seen);
  const lastMs = epochMs(alert.last_seen);
  const score = Math.round(alert.score);
  const D = OCSF_DETECTION_FINDING;

  return {
    category_uid: D.categoryUid,
    category_name: D.categoryName,
    class_uid: D.classUid,
    class_name: D.className,
    activity_id: D.activityId,
    activity_name: D.activityName,
    type_uid: D.typeUid,
    type_name: D.typeName,
    time: lastMs,
    start_time: firstMs,
    end_time: lastMs,
    count: alert.count,
    severity_id: scale.ocsfId,
    severity: scale.ocsfCaption,
    status_id: D.statusId,
    status: D.status,
    is_alert: true,
    confidence_score: score,
    risk_score: score,
    message: alert.title,
    metadata: {
      version: OCSF_VERSION,
      uid: alert.alert_id,
      event_code: alert.reason,
      labels: alert.tags.length > 0 ? [...alert.tags] : undefined,
      product: { name: PRODUCT.name, vendor_name: PRODUCT.vendor, version: PRODUCT.version },
    },
    finding_info: findingInfo(alert, firstMs, lastMs),
    evidences: [
      {
        actor: actor(alert),
        api: {
          operation: alert.action.api,
          service: alert.action.service === undefined ? undefined : { name: alert.action.service },
        },
      },
    ],
    resources: alert.resource
      ? [{ uid: alert.resource.id, type: alert.resource.type, data: resourceData(alert) }]
      : undefined,
    anomaly_analyses: [anomalyAnalysis(alert)],
    unmapped: unmapped(alert),
  };
}

function findingInfo(alert: Alert, firstMs: number, lastMs: number): JsonObject {
  const refs = attackRefsFromTags(alert.tags);
  const attacks: JsonObject[] = refs.techniques.map((uid) => {
    const sub = refs.subTechniques.filter((s) => s.startsWith(`${uid}.`));
    return {
      technique: { uid },
      sub_technique: sub[0] === undefined ? undefined : { uid: sub[0] },
    };
  });
  for (const uid of refs.tactics) attacks.push({ tactic: { uid } });
  return {
    uid: alert.alert_id,
    title: alert.title,
    desc: alert.description,
    types: [alert.reason],
    first_seen_time: firstMs,
    last_seen_time: lastMs,
    analytic: {
      uid: alert.detector.id,
      name: alert.detector.id,
      type_id: OCSF_DETECTION_FINDING.analyticTypeId,
      type: OCSF_DETECTION_FINDING.analyticType,
      version: String(alert.detector.version),
    },
    attacks: attacks.length > 0 ? attacks : undefined,
    related_events: alert.event_ids.map((uid) => ({ uid, type: 'agentwatch agent action' })),
    related_events_count: alert.event_ids.length,
  };
}

function actor(alert: Alert): JsonObject {
  const invoker = alert.on_behalf_of;
  return {
    app_uid: alert.agent.id,
    app_name: alert.agent.name ?? alert.agent.id,
    user: invoker
      ? invoker.type === undefined || invoker.type === 'user'
        ? { uid: invoker.id, type_id: OCSF_DETECTION_FINDING.userTypeId, type: 'User' }
        : { uid: invoker.id, type_id: OCSF_DETECTION_FINDING.otherTypeId, type: invoker.type }
      : undefined,
  };
}

function resourceData(alert: Alert): JsonObject | undefined {
  const sensitivity = alert.resource?.sensitivity;
  return sensitivity === undefined ? undefined : { sensitivity };
}

function anomalyAnalysis(alert: Alert): JsonObject {
  return {
    analysis_targets: [{ name: alert.agent.id, type: 'AI Agent' }],
    anomalies: [
      {
        observation_parameter: 'action.api',
        observation_type: alert.reason,
        observations: [{ value: alert.action.api, count: alert.count }],
      },
    ],
    baselines: Object.entries(alert.evidence).map(([name, value]) => ({
      observation_parameter: name,
      observations: (Array.isArray(value) ? value : [value]).map((v) => ({ value: String(v) })),
    })),
  };
}

function unmapped(alert: Alert): JsonObject {
  return {
    schema_version: alert.schema_version,
    reason: alert.reason,
    score: alert.score,
    severity: alert.severity,
    agent: {
      id: alert.agent.id,
      name: alert.agent.name,
      type: alert.agent.type,
      owner: alert.agent.owner,
      vendor: alert.agent.vendor,
    },
    on_behalf_of: alert.on_behalf_of ? { ...alert.on_behalf_of } : undefined,
    delegation_chain: alert.delegation_chain ? [...alert.delegation_chain] : undefined,
    action_category: alert.action.category,
    resource_sensitivity: alert.resource?.sensitivity,
    intent: alert.intent,
    evidence: alert.evidence,
    tags: [...alert.tags],
  };
}
