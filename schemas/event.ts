import { z } from 'zod';
import { isValidTimeZone } from '../src/time/event-time.js';

/** Bounds that keep one hostile or buggy producer from exhausting memory through a single field. */
export const EVENT_LIMITS = {
  idLength: 256,
  apiLength: 512,
  textLength: 4096,
  parameterEntries: 64,
  parameterValueLength: 1024,
  delegationDepth: 32,
  scopes: 64,
  attributes: 64,
} as const;

const id = z.string().min(1).max(EVENT_LIMITS.idLength);
const shortText = z.string().max(EVENT_LIMITS.idLength);
const longText = z.string().max(EVENT_LIMITS.textLength);

/** RFC 3339 with an explicit zone (`Z` or `+hh:mm`); local times without a zone are ambiguous and refused. */
export const RFC3339_WITH_ZONE =
  /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;

/**
 * Epoch milliseconds of an RFC 3339 time with a zone, or NaN. Stricter than `Date.parse`, which
 * rolls impossible dates over (2026-02-30 becomes March 2) and accepts 24:00: a calendar date
 * that does not exist is refused, not moved. The zod schema and the fast validator both use it.
 */
export function parseRfc3339(text: string): number {
  if (!RFC3339_WITH_ZONE.test(text)) return NaN;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  const hour = Number(text.slice(11, 13));
  if (month < 1 || month > 12 || day < 1 || hour > 23) return NaN;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return NaN;
  return Date.parse(text);
}

/** Earliest and latest accepted event times: guards against seconds sent as milliseconds and the like. */
export const TIMESTAMP_RANGE = { min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) } as const;

/** Event time, normalised to epoch milliseconds (UTC). */
export const timestampSchema = z
  .union([
    z
      .string()
      .regex(
        RFC3339_WITH_ZONE,
        'must be RFC 3339 with a zone, e.g. 2026-05-01T09:30:00Z, or epoch milliseconds',
      ),
    z.number().int('epoch milliseconds must be an integer'),
  ])
  .transform((value, ctx) => {
    const ms = typeof value === 'number' ? value : parseRfc3339(value);
    if (!Number.isFinite(ms) || ms < TIMESTAMP_RANGE.min || ms >= TIMESTAMP_RANGE.max) {
      ctx.addIssue({
        code: 'custom',
        message: `timestamp out of range (2000-01-01 .. 2100-01-01): ${String(value)}`,
      });
      return z.NEVER;
    }
    return ms;
  })
  .describe('Event time: RFC 3339 with a zone, or epoch milliseconds. Normalised to epoch milliseconds.');

export const AGENT_TYPES = ['personal', 'third_party', 'organizational'] as const;
export const INVOKER_TYPES = ['user', 'agent', 'service'] as const;
export const ACTION_CATEGORIES = [
  'read',
  'write',
  'delete',
  'send',
  'execute',
  'admin',
  'identity',
  'payment',
  'other',
] as const;
export const SENSITIVITIES = ['public', 'internal', 'confidential', 'restricted'] as const;
export const OUTCOMES = ['success', 'failure', 'denied'] as const;

export type AgentType = (typeof AGENT_TYPES)[number];
export type ActionCategory = (typeof ACTION_CATEGORIES)[number];
export type Sensitivity = (typeof SENSITIVITIES)[number];

const scalar = z.union([
  z.string().max(EVENT_LIMITS.parameterValueLength),
  z.number(),
  z.boolean(),
  z.null(),
]);

function boundedRecord<T extends z.ZodType>(value: T, max: number) {
  return z
    .record(z.string().max(EVENT_LIMITS.idLength), value)
    .refine((r) => Object.keys(r).length <= max, { message: `at most ${max} entries` });
}

/** The v1 agent activity event (DESIGN.md, "Event contract"). Unknown fields are refused: extras go in `attributes`. */
export const eventSchema = z
  .strictObject({
    schema_version: z.literal('1').optional().describe('Contract version; absent means 1.'),
    event_id: id.describe('Unique id of this action; the idempotency key.'),
    ts: timestampSchema,
    agent: z
      .strictObject({
        id: id.describe('The acting agent.'),
        name: shortText.optional(),
        type: z
          .enum(AGENT_TYPES)
          .optional()
          .describe('personal (user-owned), third_party (vendor), organizational.'),
        owner: shortText.optional().describe('Accountable human or team; absent means no owner on record.'),
        vendor: shortText.optional().describe('For third-party agents.'),
        team: shortText.optional().describe("The owner's team, used for cohorts."),
        timezone: shortText
          .refine(isValidTimeZone, 'not an IANA timezone, e.g. Europe/Berlin')
          .optional()
          .describe('IANA timezone of the agent or its owner, e.g. Europe/Berlin.'),
      })
      .describe('The acting agent.'),
    on_behalf_of: z
      .strictObject({
        id: id,
        type: z.enum(INVOKER_TYPES).optional(),
      })
      .optional()
      .describe('Who invoked the agent; absent means autonomous.'),
    delegation_chain: z
      .array(id)
      .max(EVENT_LIMITS.delegationDepth)
      .optional()
      .describe('Agent ids from the root invoker down to this agent.'),
    action: z.strictObject({
      api: z
        .string()
        .min(1)
        .max(EVENT_LIMITS.apiLength)
        .describe('The operation or tool called, normalised.'),
      service: shortText.optional().describe('The system called, e.g. aws-s3, gmail.'),
      category: z.enum(ACTION_CATEGORIES).optional(),
      parameters: boundedRecord(scalar, EVENT_LIMITS.parameterEntries)
        .optional()
        .describe('Selected arguments, a flat map of scalars.'),
    }),
    resource: z
      .strictObject({
        id: z.string().min(1).max(EVENT_LIMITS.apiLength),
        type: shortText.optional(),
        sensitivity: z.enum(SENSITIVITIES).optional(),
      })
      .optional()
      .describe('The main target of the action.'),
    outcome: z.enum(OUTCOMES).default('success'),
    intent: z
      .strictObject({
        task_id: shortText.optional(),
        description: longText.optional(),
        scopes: z.array(shortText).max(EVENT_LIMITS.scopes).optional(),
      })
      .optional()
      .describe('The declared task.'),
    credential: z
      .strictObject({
        id: shortText.optional(),
        type: shortText.optional(),
        issued_at: timestampSchema.optional(),
        expires_at: timestampSchema.optional(),
      })
      .optional(),
    session_id: shortText.optional(),
    trace_id: shortText.optional(),
    source_ip: shortText.optional(),
    user_agent: z.string().max(1024).optional(),
    attributes: boundedRecord(
      z.string().max(EVENT_LIMITS.parameterValueLength),
      EVENT_LIMITS.attributes,
    ).optional(),
  })
  .describe('agentwatch v1 agent activity event');

/** A validated event: `ts` (and credential times) are epoch milliseconds. */
export type AgentEvent = z.output<typeof eventSchema>;
/** What a producer sends. */
export type AgentEventInput = z.input<typeof eventSchema>;
