import { join } from 'node:path';
import type { Alert, Severity } from '../../schemas/alert.js';
import { SEVERITIES, SEVERITY_RANK } from '../../schemas/alert.js';
import type { ResponseAction, ResponseHookConfig } from '../../schemas/response-config.js';
import { ConfigError, describeError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import type { AlertTransport, RenderedAlert } from '../sinks/alert-transport.js';
import { HttpTransport, webhookRequestBuilder } from '../sinks/http-transport.js';
import { ReliableSink } from '../sinks/reliable-sink.js';
import type { DeadLetter } from '../dead-letter/dead-letter.js';
import { FileDeadLetter } from '../dead-letter/file-dead-letter.js';
import { parkedAlertCodec, type ParkedAlert } from '../dead-letter/parked-alert.js';

/** One call of a hook, as the `response_calls` table records it. */
export interface ResponseCall {
  hook: string;
  alert_id: string;
  agent_id: string;
  severity: Severity;
  action: ResponseAction;
  url: string;
  outcome: 'delivered' | 'dead_lettered';
  error: string;
  /** Wall clock (ms) of the outcome. */
  called_at: number;
}

/** Where calls are recorded (the store's response_calls table); none: only logged and counted. */
export type ResponseLog = (calls: readonly ResponseCall[]) => Promise<void>;

/** The action a hook suggests for an alert: by reason code first, else by severity (nearest below). */
export function suggestedAction(hook: ResponseHookConfig, alert: Alert): ResponseAction {
  const byReason = hook.reasons[alert.reason];
  if (byReason) return byReason;
  for (let rank = SEVERITY_RANK[alert.severity]; rank >= 0; rank -= 1) {
    const severity = SEVERITIES[rank];
    const action = severity === undefined ? undefined : hook.actions[severity];
    if (action) return action;
  }
  return 'require_approval';
}

/** The body item of one call: what to do, and the alert that says why. */
export function responsePayload(hook: ResponseHookConfig, alert: Alert): string {
  return JSON.stringify({
    hook: hook.name,
    suggested_action: suggestedAction(hook, alert),
    alert_id: alert.alert_id,
    severity: alert.severity,
    reason: alert.reason,
    title: alert.title,
    description: alert.description,
    agent: alert.agent,
    on_behalf_of: alert.on_behalf_of,
    action: alert.action,
    resource: alert.resource,
    first_seen: alert.first_seen,
    last_seen: alert.last_seen,
    event_ids: alert.event_ids,
    alert,
  });
}

/** Records each delivered call; failures are the sink's to retry (and then the dead letter's). */
class RecordingTransport implements AlertTransport {
  readonly description: string;
  constructor(
    private readonly inner: AlertTransport,
    private readonly record: (
      alerts: readonly Alert[],
      outcome: ResponseCall['outcome'],
      error: string,
    ) => Promise<void>,
  ) {
    this.description = inner.description;
  }

  async deliver(batch: readonly RenderedAlert[], signal: AbortSignal): Promise<void> {
    await this.inner.deliver(batch, signal);
    await this.record(
      batch.map((r) => r.alert),
      'delivered',
      '',
    );
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

/** Records each parked call before parking it. */
class RecordingDeadLetter implements DeadLetter<ParkedAlert> {
  readonly description: string;
  constructor(
    private readonly inner: DeadLetter<ParkedAlert>,
    private readonly record: (
      alerts: readonly Alert[],
      outcome: ResponseCall['outcome'],
      error: string,
    ) => Promise<void>,
  ) {
    this.description = inner.description;
  }

  async park(entries: readonly ParkedAlert[]): Promise<void> {
    await this.inner.park(entries);
    for (const e of entries) await this.record([e.alert], 'dead_lettered', `${e.reason}: ${e.error}`);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

/**
 * The configured response hooks as sinks: a {@link ReliableSink} around the webhook HTTP transport
 * (HMAC-signed, retried with backoff, parked in a dead letter when the receiver stays down), whose
 * alerts are rendered as calls with a suggested action. Each call's outcome is recorded through `log`
 * and counted in `agentwatch_response_hook_calls_total`.
 *
 * @throws ConfigError when two hooks share a name or a secret variable is empty.
 */
export function createResponseHooks(
  hooks: readonly ResponseHookConfig[],
  context: {
    metrics: Metrics;
    logger: Logger;
    deadLetterDir: string;
    log?: ResponseLog | undefined;
    env?: NodeJS.ProcessEnv;
    now?: () => number;
  },
): ReliableSink[] {
  const names = new Set<string>();
  return hooks.map((hook, i) => {
    if (names.has(hook.name))
      throw new ConfigError(`response_hooks[${i}].name: "${hook.name}" is used twice`);
    names.add(hook.name);
    const env = context.env ?? process.env;
    let secret = hook.hmac_secret;
    if (hook.hmac_secret_env !== null) {
      const value = env[hook.hmac_secret_env];
      if (!value || value.length < 16)
        throw new ConfigError(
          `response_hooks[${i}].hmac_secret_env: ${hook.hmac_secret_env} is unset or shorter than 16 characters`,
        );
      secret = value;
    }
    const url = new URL(hook.url);
    const where = `${url.origin}${url.pathname}`;
    const logger = context.logger.child({ component: 'response-hook', hook: hook.name });
    const now = context.now ?? Date.now;
    const record = async (alerts: readonly Alert[], outcome: ResponseCall['outcome'], error: string) => {
      const calls = alerts.map((a) => ({
        hook: hook.name,
        alert_id: a.alert_id,
        agent_id: a.agent.id,
        severity: a.severity,
        action: suggestedAction(hook, a),
        url: where,
        outcome,
        error,
        called_at: now(),
      }));
      context.metrics.responseHookCalls.inc({ hook: hook.name, outcome }, calls.length);
      for (const c of calls) logger.info({ call: c }, 'response hook called');
      if (!context.log) return;
      try {
        await context.log(calls);
      } catch (err: unknown) {
        // The call was made; failing to record it must not make the sink call it again.
        logger.error({ err, calls: calls.length }, `recording response calls failed: ${describeError(err)}`);
      }
    };
    const transport = new HttpTransport({
      kind: 'webhook',
      url,
      build: webhookRequestBuilder({
        encoding: 'json_array',
        headers: hook.headers,
        hmac:
          secret === null
            ? null
            : {
                secret,
                signatureHeader: 'X-Agentwatch-Signature',
                timestampHeader: 'X-Agentwatch-Timestamp',
              },
      }),
    });
    const name = `hook.${hook.name}`;
    return new ReliableSink({
      name,
      transport: new RecordingTransport(transport, record),
      format: (alert) => responsePayload(hook, alert),
      minSeverity: hook.min_severity,
      deadLetter: new RecordingDeadLetter(
        new FileDeadLetter(
          hook.dead_letter_path ?? join(context.deadLetterDir, `${name}.ndjson`),
          parkedAlertCodec,
        ),
        record,
      ),
      settings: {
        batchMaxAlerts: 50,
        batchMaxBytes: 1_000_000,
        bufferMaxAlerts: 10_000,
        drainTimeoutMs: 10_000,
        initialBackoffMs: 200,
        maxBackoffMs: 30_000,
        maxRetryMs: hook.max_retry_ms,
        timeoutMs: hook.timeout_ms,
      },
      metrics: context.metrics,
      logger,
    });
  });
}
