import { z } from 'zod';
import type { Alert } from '../../schemas/alert.js';
import { taskKey } from '../events/event-keys.js';
import { UsageError } from '../errors.js';

export const VERDICTS = ['benign', 'malicious', 'expected'] as const;
export const SCOPES = ['agent', 'agent+api', 'agent+target', 'task-kind'] as const;
export type Verdict = (typeof VERDICTS)[number];
export type DecisionScope = (typeof SCOPES)[number];

const DAY_MS = 86_400_000;
const TTL_UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: DAY_MS, w: 7 * DAY_MS };

/**
 * A TTL as milliseconds: `30m`, `12h`, `14d`, `2w`; `never` (null) only when written out, so nothing
 * lasts for ever by accident.
 */
export function parseTtl(text: string): number | null {
  if (text === 'never') return null;
  const match = /^(\d+)([mhdw])$/.exec(text.trim());
  const unit = match?.[2] === undefined ? undefined : TTL_UNITS[match[2]];
  if (!match || unit === undefined || Number(match[1]) <= 0)
    throw new UsageError(`--ttl: "${text}" is not a duration like 30m, 12h, 14d or 2w (or "never")`);
  return Number(match[1]) * unit;
}

/** What an analyst submits (CLI flags or the HTTP body of POST /v1/decisions). */
export const decisionRequestSchema = z
  .strictObject({
    alert_id: z.string().min(1).describe('The alert decided on.'),
    verdict: z.enum(VERDICTS).describe('benign or expected: allow the pattern; malicious: escalate it.'),
    scope: z
      .enum(SCOPES)
      .default('agent+api')
      .describe(
        'What the decision covers: the agent, the agent calling this API, the agent touching this target, or this task kind.',
      ),
    ttl: z
      .string()
      .default('14d')
      .describe('How long, in event time, from the agent’s latest event: 30m, 12h, 14d, 2w, or "never".'),
    by: z.string().min(1).max(200).describe('Who decided (recorded for the audit trail).'),
    reason: z.string().min(1).max(2000).describe('Why, in words (recorded for the audit trail).'),
  })
  .describe('An analyst decision on an alert');

export type DecisionRequest = z.input<typeof decisionRequestSchema>;

/** A recorded decision: one row of the decisions table (an audit trail; rows are never changed). */
export interface Decision {
  decision_id: string;
  alert_id: string;
  verdict: Verdict;
  scope: DecisionScope;
  detector_id: string;
  reason_code: string;
  agent_id: string;
  api: string;
  resource_id: string;
  task_kind: string;
  /** Event time (ms) from which it applies: the alert's first event. */
  valid_from: number;
  /** Event time (ms) it stops applying; null: never (asked for explicitly). */
  expires_at: number | null;
  decided_by: string;
  /** Wall clock (ms) of the decision: when it was made, for the audit trail. */
  decided_at: number;
  rationale: string;
}

/** The task kind of an alert (the key the baselines use for the declared task), '' without one. */
export function alertTaskKind(alert: Alert): string {
  if (!alert.intent) return '';
  return taskKey({ intent: alert.intent } as Parameters<typeof taskKey>[0]) ?? '';
}

/**
 * Builds the decision for `alert`: the scope's fields copied from the alert, and an expiry counted in
 * event time from `eventNow` (the agent's latest event time), never from the wall clock.
 *
 * @throws UsageError when the scope needs what the alert lacks (a target, a task).
 */
export function buildDecision(
  request: z.output<typeof decisionRequestSchema>,
  alert: Alert,
  options: { decisionId: string; eventNow: number; decidedAt: number },
): Decision {
  const ttl = parseTtl(request.ttl);
  const resource = alert.resource?.id ?? '';
  const taskKind = alertTaskKind(alert);
  if (request.scope === 'agent+target' && resource === '')
    throw new UsageError(`scope agent+target: alert ${alert.alert_id} names no target (resource)`);
  if (request.scope === 'task-kind' && taskKind === '')
    throw new UsageError(`scope task-kind: alert ${alert.alert_id} carries no task (intent)`);
  const from = Date.parse(alert.first_seen);
  const anchor = Math.max(Date.parse(alert.last_seen), options.eventNow);
  return {
    decision_id: options.decisionId,
    alert_id: alert.alert_id,
    verdict: request.verdict,
    scope: request.scope,
    detector_id: alert.detector.id,
    reason_code: alert.reason,
    agent_id: alert.agent.id,
    api: alert.action.api,
    resource_id: resource,
    task_kind: taskKind,
    valid_from: from,
    expires_at: ttl === null ? null : anchor + ttl,
    decided_by: request.by,
    decided_at: options.decidedAt,
    rationale: request.reason,
  };
}
