import { z } from 'zod';
import { ACTION_CATEGORIES, AGENT_TYPES, INVOKER_TYPES, SENSITIVITIES } from './event.js';

export const SEVERITIES = ['informational', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Severity order, for comparisons and minimum-severity filters. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  informational: 0,
  low: 1,
  medium: 2,
  high: 3,
  critical: 4,
};

const isoTime = z.iso.datetime({ offset: true });

/** The v1 alert (DESIGN.md, "Alert contract"): the source of truth that every SIEM format renders. */
export const alertSchema = z
  .strictObject({
    alert_id: z.string().min(1).describe('Deterministic: the same evidence always gives the same id.'),
    schema_version: z.literal('1'),
    detector: z.strictObject({ id: z.string(), version: z.number().int() }),
    reason: z.string().describe('Bounded code such as api_first_seen.'),
    severity: z.enum(SEVERITIES),
    score: z.number().min(0).max(100),
    title: z.string(),
    description: z.string().describe('Why, in words, with numbers.'),
    first_seen: isoTime,
    last_seen: isoTime,
    count: z.number().int().min(1).describe('Events folded into this alert (event time, after dedup).'),
    agent: z.strictObject({
      id: z.string(),
      name: z.string().optional(),
      type: z.enum(AGENT_TYPES).optional(),
      owner: z.string().optional(),
      vendor: z.string().optional(),
    }),
    on_behalf_of: z.strictObject({ id: z.string(), type: z.enum(INVOKER_TYPES).optional() }).optional(),
    delegation_chain: z.array(z.string()).optional(),
    action: z.strictObject({
      api: z.string(),
      service: z.string().optional(),
      category: z.enum(ACTION_CATEGORIES).optional(),
    }),
    resource: z
      .strictObject({
        id: z.string(),
        type: z.string().optional(),
        sensitivity: z.enum(SENSITIVITIES).optional(),
      })
      .optional(),
    intent: z
      .strictObject({
        task_id: z.string().optional(),
        description: z.string().optional(),
        scopes: z.array(z.string()).optional(),
      })
      .optional(),
    evidence: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]))
      .describe('The baseline facts behind the alert.'),
    event_ids: z.array(z.string()).min(1).describe('The triggering events: the audit trail to the raw data.'),
    tags: z.array(z.string()).describe('MITRE ATT&CK / ATLAS technique ids and other labels.'),
  })
  .describe('agentwatch v1 alert');

export type Alert = z.output<typeof alertSchema>;
