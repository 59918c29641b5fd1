import type { Alert } from '../../schemas/alert.js';
import type { AlertFormatter } from './alert-formatter.js';
import { PRODUCT, SEVERITY_SCALES, attackRefsFromTags, epochMs } from './severity-scales.js';

/**
 * The OCSF schema versions the rendering targets. 1.8.0 (the latest release) is the default; 1.9.0
 * adds the `ai_agent` object, which carries the agent itself in `evidences[0].actor.ai_agent`
 * (asked for with the `ocsf_version` option). `anomaly_analyses` (with `analysis_targets`, `anomalies`
 * and `baselines`, since 1.5.0) is how an agentwatch alert explains itself against its baseline.
 */
export const OCSF_VERSIONS = ['1.8.0', '1.9.0'] as const;
export type OcsfVersion = (typeof OCSF_VERSIONS)[number];
/** The default OCSF version. */
export const OCSF_VERSION: OcsfVersion = '1.8.0';

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
  /** A later version of an alert (same `finding_info.uid`, a higher `count`): activity 2, Update. */
  updateActivityId: 2,
  updateActivityName: 'Update',
  updateTypeUid: 200402,
  updateTypeName: 'Detection Finding: Update',
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
 * Renders an alert as an OCSF 1.8.0 Detection Finding (class_uid 2004, activity Create), or 1.9.0.
 *
 * Mapping choices, all within attributes OCSF 1.8.0 defines (1.9.0 adds `actor.ai_agent`):
 * - The actor lives in `evidences[0].actor`: Detection Finding has no top-level `actor` unless the Host
 *   profile is applied, and an agent alert is not about a host. The AI agent is the actor's application
 *   (`app_uid`/`app_name`), since OCSF 1.8 has no agent principal; with 1.9.0 the agent is also the
 *   actor's `ai_agent` (uid, name). `actor.user` is the human (or agent/service) it acted `on_behalf_of`,
 *   with `type_id` 1 User, or 99 Other and the invoker type in `type`.
 * - `evidences[0].api` is what the agent did (operation = `action.api`, service = `action.service`); the
 *   target goes to top-level `resources` (Affected Resources), as the schema asks for resources impacted
 *   by the detection.
 * - `anomaly_analyses[0]`, only when a learned baseline explains the alert: the agent is the analysis
 *   target, the flagged action (or hour) is the anomaly with its analysis type and pattern (UNSEEN,
 *   OFF_HOURS), and each other `evidence` fact is a baseline (observation_parameter = fact name,
 *   observations = its values).
 * - `confidence_score` and `risk_score` are the rounded 0-100 score (both are integers in OCSF).
 * - Everything OCSF has no attribute for (agent type/owner/vendor, delegation chain, intent, action
 *   category, resource sensitivity, reason, raw score, native evidence) is kept under `unmapped`.
 */
export const ocsfFormat: AlertFormatter = (alert) => JSON.stringify(toOcsfDetectionFinding(alert));

/** The OCSF rendering of a given schema version (the `ocsf_version` option). */
export function createOcsfFormat(options: { version: OcsfVersion }): AlertFormatter {
  return (alert) => JSON.stringify(toOcsfDetectionFinding(alert, options));
}

/** The Detection Finding object behind {@link ocsfFormat}, for callers that embed it rather than print it. */
export function toOcsfDetectionFinding(
  alert: Alert,
  options: { version: OcsfVersion } = { version: OCSF_VERSION },
): JsonObject {
  const scale = SEVERITY_SCALES[alert.severity];
  const firstMs = epochMs(alert.first_seen);
  const lastMs = epochMs(alert.last_seen);
  const score = Math.round(alert.score);
  const D = OCSF_DETECTION_FINDING;
  // The first version of an alert creates the finding; each later one (folded events, news, an
  // escalation) updates it, so a SIEM can reopen what it closed.
  const update = alert.count > 1;

  return {
    category_uid: D.categoryUid,
    category_name: D.categoryName,
    class_uid: D.classUid,
    class_name: D.className,
    activity_id: update ? D.updateActivityId : D.activityId,
    activity_name: update ? D.updateActivityName : D.activityName,
    type_uid: update ? D.updateTypeUid : D.typeUid,
    type_name: update ? D.updateTypeName : D.typeName,
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
      version: options.version,
      uid: alert.alert_id,
      event_code: alert.reason,
      labels: alert.tags.length > 0 ? [...alert.tags] : undefined,
      product: { name: PRODUCT.name, vendor_name: PRODUCT.vendor, version: PRODUCT.version },
    },
    finding_info: findingInfo(alert, firstMs, lastMs),
    evidences: [
      {
        actor: actor(alert, options.version),
        api: {
          operation: alert.action.api,
          service: alert.action.service === undefined ? undefined : { name: alert.action.service },
        },
      },
    ],
    resources: alert.resource
      ? [{ uid: alert.resource.id, type: alert.resource.type, data: resourceData(alert) }]
      : undefined,
    anomaly_analyses: explainedByBaseline(alert) ? [anomalyAnalysis(alert)] : undefined,
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

function actor(alert: Alert, version: OcsfVersion): JsonObject {
  const invoker = alert.on_behalf_of;
  return {
    app_uid: alert.agent.id,
    app_name: alert.agent.name ?? alert.agent.id,
    // objects/ai_agent.json (1.9): uid is the agent's stable logical id; its framework is not known
    // to agentwatch, so type_id is left out rather than claimed.
    ai_agent:
      version === '1.9.0' ? { uid: alert.agent.id, name: alert.agent.name ?? alert.agent.id } : undefined,
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

/**
 * Whether a learned baseline explains the alert: the behavioural detectors report how much history
 * they compared against (days and events observed). Posture findings (registry, approvals) do not,
 * and carry no anomaly analysis.
 */
export function explainedByBaseline(alert: Alert): boolean {
  return 'days_observed' in alert.evidence || 'events_observed' in alert.evidence;
}

/** How the deviation was found, in OCSF's words (anomaly.observation_type / observed_pattern). */
function observationOf(alert: Alert): { parameter: string; value: string; type: string; pattern: string } {
  const hour = alert.evidence['hour_of_week'];
  if (alert.detector.id === 'off-hours-access' && hour !== undefined)
    return {
      parameter: 'hour_of_week',
      value: String(hour),
      type: 'Time Pattern Analysis',
      pattern: 'OFF_HOURS',
    };
  if (alert.reason.endsWith('first_seen'))
    return {
      parameter: 'action.api',
      value: alert.action.api,
      type: 'Frequency Analysis',
      pattern: 'UNSEEN',
    };
  return {
    parameter: 'action.api',
    value: alert.action.api,
    type: 'Association Analysis',
    pattern: 'UNUSUAL',
  };
}

/** The evidence key that restates the observation itself (not a baseline fact). */
function isObservation(name: string, parameter: string): boolean {
  return name === parameter || (parameter === 'action.api' && name === 'api');
}

/** Evidence keys that are about the analyst's decision, not the baseline. */
const DECISION_KEY = /^decision_/;

function anomalyAnalysis(alert: Alert): JsonObject {
  const observed = observationOf(alert);
  return {
    analysis_targets: [{ name: alert.agent.id, type: 'AI Agent' }],
    anomalies: [
      {
        observation_parameter: observed.parameter,
        observation_type: observed.type,
        observed_pattern: observed.pattern,
        observations: [{ value: observed.value, count: alert.count }],
      },
    ],
    baselines: Object.entries(alert.evidence)
      .filter(([name]) => !DECISION_KEY.test(name) && !isObservation(name, observed.parameter))
      .map(([name, value]) => ({
        observation_parameter: name,
        observation_type: observed.type,
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
