import { z } from 'zod';
import { SEVERITIES } from './alert.js';
import { AGENT_TYPES } from './event.js';

/** A policy threshold: the lowest severity that warns (or denies), or `never`. */
export const CHECK_THRESHOLDS = [...SEVERITIES, 'never'] as const;
export type CheckThreshold = (typeof CHECK_THRESHOLDS)[number];
const threshold = z.enum(CHECK_THRESHOLDS);

const levels = z
  .strictObject({
    warn_at: threshold
      .optional()
      .describe('Lowest alert severity that makes the answer warn (absent: inherited).'),
    deny_at: threshold
      .optional()
      .describe('Lowest alert severity that makes the answer deny (absent: inherited).'),
  })
  .describe('Thresholds that override the ones above them.');

/**
 * The inline check API (`POST /v1/check` on the HTTP port of `run` and `serve`): its policy (which
 * severities warn or deny, per detector and per agent type) and its guards (body size, rate,
 * concurrency, bearer token).
 */
export const checkConfigSchema = z
  .strictObject({
    enabled: z
      .boolean()
      .default(true)
      .describe('Serve POST /v1/check and the decisions API on the HTTP port.'),
    warn_at: threshold.default('medium').describe('Lowest alert severity that makes a check answer warn.'),
    deny_at: threshold.default('high').describe('Lowest alert severity that makes a check answer deny.'),
    agent_types: z
      .partialRecord(z.enum(AGENT_TYPES), levels)
      .default({})
      .describe(
        'Thresholds per agent type (personal, third_party, organizational); override the global ones.',
      ),
    detectors: z
      .record(z.string(), levels)
      .default({})
      .describe('Thresholds per detector id; override the agent-type and global ones.'),
    max_body_bytes: z
      .number()
      .int()
      .min(256)
      .default(65_536)
      .describe('Larger request bodies are refused with 413 before they are parsed.'),
    max_concurrent: z
      .number()
      .int()
      .min(1)
      .default(256)
      .describe('Requests in progress at once; past it the answer is 503 with Retry-After.'),
    rate_per_second: z
      .number()
      .min(0)
      .default(0)
      .describe(
        'Requests accepted per second (token bucket, burst of one second); 0: no limit. Past it: 429.',
      ),
    token_file: z
      .string()
      .min(1)
      .nullable()
      .default(null)
      .describe('File holding the bearer token callers must send (Authorization: Bearer ...).'),
    token_env: z
      .string()
      .min(1)
      .default('AGENTWATCH_CHECK_TOKEN')
      .describe('Environment variable holding the bearer token, when token_file is not set.'),
    require_token: z
      .enum(['non_loopback', 'always', 'never'])
      .default('non_loopback')
      .describe(
        'Who must send the token: callers from outside loopback (default; refused when no token is configured), everyone, or nobody.',
      ),
    preload_baselines: z
      .boolean()
      .default(true)
      .describe('`serve`: load every stored baseline at start, so no check waits for the store.'),
  })
  .prefault({})
  .describe('The inline check API: policy and request guards.');

export type CheckConfig = z.output<typeof checkConfigSchema>;
