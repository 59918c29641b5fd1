import { z } from 'zod';
import { SEVERITIES } from './alert.js';

/** What a response hook suggests the receiver do about the agent. */
export const RESPONSE_ACTIONS = ['suspend_agent', 'revoke_credential', 'require_approval'] as const;
export type ResponseAction = (typeof RESPONSE_ACTIONS)[number];

const severity = z.enum(SEVERITIES);
const action = z.enum(RESPONSE_ACTIONS);

/**
 * A response hook: on alerts at or above a severity, a signed POST to a webhook (a SOAR playbook, an
 * agent gateway, an IAM automation) with a suggested action. Delivered like a sink (batching, retry,
 * dead letter); every call is recorded in the `response_calls` table.
 */
export const responseHookSchema = z
  .strictObject({
    name: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,56}$/)
      .describe('Unique hook name: recorded with each call; the sink label is `hook.<name>`.'),
    url: z
      .url({ protocol: /^https?$/ })
      .describe('Endpoint the calls are POSTed to (one JSON array per batch).'),
    min_severity: severity.default('high').describe('Alerts below this severity call nothing.'),
    actions: z
      .partialRecord(severity, action)
      .default({ high: 'require_approval', critical: 'suspend_agent' })
      .describe(
        'Suggested action by alert severity; a severity at or above min_severity without an entry takes the nearest one below it.',
      ),
    reasons: z
      .record(z.string(), action)
      .default({})
      .describe(
        'Suggested action by alert reason code, overriding the severity map (e.g. a leaked credential -> revoke_credential).',
      ),
    headers: z
      .record(z.string(), z.string())
      .default({})
      .describe('Extra request headers, e.g. Authorization.'),
    hmac_secret: z
      .string()
      .min(16)
      .nullable()
      .default(null)
      .describe(
        'Shared secret: each body is signed as X-Agentwatch-Signature: sha256=HMAC(secret, "<X-Agentwatch-Timestamp>.<body>") (null: unsigned).',
      ),
    hmac_secret_env: z
      .string()
      .min(1)
      .nullable()
      .default(null)
      .describe('Environment variable holding the secret (wins over hmac_secret when set).'),
    timeout_ms: z.number().int().min(100).default(5_000).describe('Bound of one attempt.'),
    max_retry_ms: z
      .number()
      .int()
      .min(0)
      .default(300_000)
      .describe('Retry a failing call this long (backoff with jitter), then park it in the dead letter.'),
    dead_letter_path: z
      .string()
      .min(1)
      .nullable()
      .default(null)
      .describe(
        'NDJSON dead letter of calls that could not be made (null: `<store.path>/dead-letter/hook.<name>.ndjson`).',
      ),
  })
  .describe('A response hook: a signed webhook call with a suggested action for severe alerts.');

export type ResponseHookConfig = z.output<typeof responseHookSchema>;
