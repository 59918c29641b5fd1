import type { Alert } from '../../schemas/alert.js';
import type { AlertFormatter } from './alert-formatter.js';
import { PRODUCT, SEVERITY_SCALES, attackRefsFromTags } from './severity-scales.js';

/** The ECS version the document declares in `ecs.version` (event.category `api` needs 8.7 or later). */
export const ECS_VERSION = '8.17.0';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };
type JsonObject = { [key: string]: Json | undefined };

/**
 * Renders an alert as an Elastic Common Schema document (nested objects, `@timestamp` = last_seen).
 *
 * Where things go, and why:
 * - ECS `agent.*` describes the shipper that produced the document, so the AI agent is never put there.
 *   It lives under the custom `agentwatch.agent.*` (id, name, type, owner, vendor).
 * - `user.*` is the principal the agent acted for (`on_behalf_of`), so user-centric SIEM views and risk
 *   scoring see the accountable identity; `agentwatch.on_behalf_of.type` says whether it is a user, an
 *   agent or a service. `user.effective` is not used: ECS reserves it for privilege switches (sudo).
 * - `related.user` lists every identity in the alert (invoker, agent, owner, delegation chain), so a
 *   search on any of them finds it.
 * - `event.kind` is `alert`, `event.category` `[intrusion_detection, api]`, `event.type` `[info]`
 *   (allowed for both categories); `event.action` is the API the agent called.
 * - `event.severity` is the mapped 0-100 level (SEVERITY_SCALES), `event.risk_score` and
 *   `event.risk_score_norm` the alert's own 0-100 score.
 * - `rule.*` names the detector; `threat.*` carries ATT&CK techniques from `attack.*` tags (ATLAS ids,
 *   another framework, stay in `tags`).
 */
export const ecsFormat: AlertFormatter = (alert) => JSON.stringify(toEcsDocument(alert));

/** The document behind {@link ecsFormat}. */
export function toEcsDocument(alert: Alert): JsonObject {
  const scale = SEVERITY_SCALES[alert.severity];
  const attack = attackRefsFromTags(alert.tags.filter((t) => /^attack\./i.test(t)));
  const firstMs = Date.parse(alert.first_seen);
  const lastMs = Date.parse(alert.last_seen);
  const invoker = alert.on_behalf_of;

  return {
    '@timestamp': new Date(lastMs).toISOString(),
    message: alert.title,
    tags: alert.tags.length > 0 ? [...alert.tags] : undefined,
    ecs: { version: ECS_VERSION },
    event: {
      kind: 'alert',
      category: ['intrusion_detection', 'api'],
      type: ['info'],
      action: alert.action.api,
      id: alert.alert_id,
      code: alert.reason,
      reason: alert.description,
      severity: scale.ecs,
      risk_score: alert.score,
      risk_score_norm: alert.score,
      start: new Date(firstMs).toISOString(),
      end: new Date(lastMs).toISOString(),
      // ECS durations are nanoseconds.
      duration: Math.max(0, lastMs - firstMs) * 1_000_000,
      provider: PRODUCT.name,
      module: PRODUCT.name,
      dataset: `${PRODUCT.name}.alert`,
    },
    rule: {
      id: alert.detector.id,
      name: alert.detector.id,
      version: String(alert.detector.version),
      description: alert.description,
      category: alert.reason,
      ruleset: PRODUCT.name,
      author: [PRODUCT.vendor],
    },
    threat:
      attack.techniques.length > 0 || attack.tactics.length > 0
        ? {
            framework: 'MITRE ATT&CK',
            technique:
              attack.techniques.length > 0
                ? {
                    id: [...attack.techniques],
                    subtechnique:
                      attack.subTechniques.length > 0 ? { id: [...attack.subTechniques] } : undefined,
                  }
                : undefined,
            tactic: attack.tactics.length > 0 ? { id: [...attack.tactics] } : undefined,
          }
        : undefined,
    user: invoker ? { id: invoker.id, name: invoker.id } : undefined,
    related: { user: relatedUsers(alert) },
    observer: { product: PRODUCT.name, vendor: PRODUCT.vendor, version: PRODUCT.version, type: 'ids' },
    agentwatch: {
      schema_version: alert.schema_version,
      alert_id: alert.alert_id,
      severity: alert.severity,
      score: alert.score,
      count: alert.count,
      detector: { id: alert.detector.id, version: alert.detector.version },
      agent: {
        id: alert.agent.id,
        name: alert.agent.name,
        type: alert.agent.type,
        owner: alert.agent.owner,
        vendor: alert.agent.vendor,
      },
      on_behalf_of: invoker ? { id: invoker.id, type: invoker.type } : undefined,
      delegation_chain: alert.delegation_chain ? [...alert.delegation_chain] : undefined,
      action: { api: alert.action.api, service: alert.action.service, category: alert.action.category },
      resource: alert.resource
        ? { id: alert.resource.id, type: alert.resource.type, sensitivity: alert.resource.sensitivity }
        : undefined,
      intent: alert.intent,
      evidence: alert.evidence,
      event_ids: [...alert.event_ids],
    },
  };
}

function relatedUsers(alert: Alert): string[] {
  const ids = [
    alert.on_behalf_of?.id,
    alert.agent.id,
    alert.agent.owner,
    ...(alert.delegation_chain ?? []),
  ].filter((id): id is string => id !== undefined && id !== '');
  return [...new Set(ids)];
}
