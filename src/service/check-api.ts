import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { CheckConfig } from '../../schemas/check-config.js';
import type { AgentEvent } from '../../schemas/event.js';
import type { BaselineRegistry } from '../baseline/baseline-registry.js';
import type { DecisionBook } from '../decisions/decision-book.js';
import { decide, listAlerts } from '../decisions/decision-store.js';
import type { DetectorRunner } from '../detection/detector-runner.js';
import { ConfigError, UsageError, describeError } from '../errors.js';
import { disbelieveLineOrder } from '../events/line-order-time.js';
import type { SecretRedactor } from '../events/secret-redaction.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import { decodeRecord } from '../pipeline/event-decoder.js';
import type { IdentityView } from '../registry/identity-context.js';
import type { AgentwatchStore } from '../store/agentwatch-store.js';
import { applyPolicy, type CheckDecision } from './check-policy.js';

/**
 * What the check API answers from: the same baselines, runner, decisions, identity context and
 * redaction as the stream.
 */
export interface CheckEngine {
  registry: BaselineRegistry;
  runner: DetectorRunner;
  store: AgentwatchStore;
  decisions: DecisionBook;
  /** Registry, directory and footprints: posture detectors answer from them as in the stream. */
  identity?: IdentityView | undefined;
  /** Redacts the checked event before any detector, alert or answer sees it (as the stream does). */
  redactor?: SecretRedactor | undefined;
  /**
   * Every stored baseline is in memory (`serve` preloads them): an agent not there has none, and a
   * check never waits for the store. Otherwise an unknown agent's baseline is loaded first.
   */
  complete?: boolean | undefined;
}

type Refusal = 'unauthorized' | 'rate_limited' | 'busy' | 'too_large' | 'invalid_event' | 'not_ready';

const JSON_HEADERS = { 'content-type': 'application/json' } as const;

/** The bearer token from `token_file`, else from the `token_env` variable; undefined when neither. */
export function loadCheckToken(cfg: CheckConfig, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (cfg.token_file) {
    let token: string;
    try {
      token = readFileSync(cfg.token_file, 'utf8').trim();
    } catch (error: unknown) {
      throw new ConfigError(`check.token_file: cannot read ${cfg.token_file}: ${describeError(error)}`);
    }
    if (token === '') throw new ConfigError(`check.token_file: ${cfg.token_file} is empty`);
    return token;
  }
  const fromEnv = env[cfg.token_env]?.trim();
  return fromEnv === undefined || fromEnv === '' ? undefined : fromEnv;
}

function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/**
 * The routes of the check API on the service's HTTP port:
 * - `POST /v1/check`: one v1 event (the action about to run) -> `{decision, reason, alerts, allowed,
 *   baseline_version}` from every enabled detector against the current baselines, without learning.
 * - `POST /v1/decisions`: an analyst decision on an alert (as `agentwatch decide`), in force at once.
 * - `GET /v1/alerts[?open=1&limit=N]`: alerts with their decisions (as `agentwatch alerts --json`).
 *
 * Guards, cheapest first: bearer token (required from outside loopback by default), a token-bucket
 * rate, a bound on requests in progress, a bound on body size.
 */
export class CheckApi {
  private readonly cfg: CheckConfig;
  private readonly token: Buffer | undefined;
  private readonly engine: () => CheckEngine | undefined;
  private readonly metrics: Metrics;
  private readonly logger: Logger;
  private readonly now: () => number;
  private inFlight = 0;
  /** The checks counter per decision, bound once (no label lookup per request). */
  private readonly decisionCounters: Record<CheckDecision, { inc(value?: number): void }>;
  private tokens: number;
  private refilledAt: number;

  constructor(options: {
    config: CheckConfig;
    engine: () => CheckEngine | undefined;
    metrics: Metrics;
    logger: Logger;
    token?: string | undefined;
    /** Wall clock for the rate limiter (tests inject one). */
    now?: () => number;
  }) {
    this.cfg = options.config;
    this.token = options.token === undefined ? undefined : Buffer.from(options.token, 'utf8');
    this.engine = options.engine;
    this.metrics = options.metrics;
    this.logger = options.logger;
    this.now = options.now ?? (() => performance.now());
    this.tokens = this.cfg.rate_per_second;
    this.refilledAt = this.now();
    for (const reason of ['unauthorized', 'rate_limited', 'busy', 'too_large', 'invalid_event'] as const)
      this.metrics.checksRefused.inc({ reason }, 0);
    this.decisionCounters = {
      allow: this.metrics.checks.labels({ decision: 'allow' }),
      warn: this.metrics.checks.labels({ decision: 'warn' }),
      deny: this.metrics.checks.labels({ decision: 'deny' }),
    };
    for (const counter of Object.values(this.decisionCounters)) counter.inc(0);
  }

  /** Handles the request when it is one of this API's routes; false otherwise (the caller goes on). */
  handle(req: IncomingMessage, res: ServerResponse, path: string): boolean {
    if (!this.cfg.enabled || !path.startsWith('/v1/')) return false;
    const route =
      path === '/v1/check'
        ? 'check'
        : path === '/v1/decisions'
          ? 'decisions'
          : path === '/v1/alerts'
            ? 'alerts'
            : undefined;
    if (route === undefined) return false;
    const method = route === 'alerts' ? 'GET' : 'POST';
    if (req.method !== method) {
      res.writeHead(405, { allow: method }).end();
      return true;
    }
    const denied = this.authorize(req);
    if (denied) {
      this.refuse(res, 'unauthorized', 401, denied, { 'www-authenticate': 'Bearer realm="agentwatch"' });
      req.resume();
      return true;
    }
    if (!this.takeToken()) {
      this.refuse(res, 'rate_limited', 429, 'rate limit reached', { 'retry-after': '1' });
      req.resume();
      return true;
    }
    if (this.inFlight >= this.cfg.max_concurrent) {
      this.refuse(res, 'busy', 503, 'too many requests in progress', { 'retry-after': '1' });
      req.resume();
      return true;
    }
    this.inFlight += 1;
    const started = performance.now();
    const done = () => {
      this.inFlight -= 1;
    };
    if (route === 'alerts') {
      // alerts() answers its own failures; it never rejects.
      void this.alerts(req, res).finally(done);
      return true;
    }
    this.readBody(
      req,
      res,
      (body) => {
        const work = route === 'check' ? this.check(body, res, started) : this.decide(body, res);
        // check() and decide() answer their own failures; they never reject.
        if (work) void work.finally(done);
        else done();
      },
      done,
    );
    return true;
  }

  private authorize(req: IncomingMessage): string | undefined {
    const mode = this.cfg.require_token;
    if (mode === 'never') return undefined;
    if (mode === 'non_loopback' && isLoopback(req.socket.remoteAddress)) return undefined;
    if (!this.token)
      return 'a bearer token is required from outside loopback and none is configured (check.token_file or the check.token_env variable)';
    const header = req.headers.authorization ?? '';
    const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7).trim() : '', 'utf8');
    if (given.length !== this.token.length || !timingSafeEqual(given, this.token))
      return 'missing or wrong bearer token';
    return undefined;
  }

  private takeToken(): boolean {
    const rate = this.cfg.rate_per_second;
    if (rate <= 0) return true;
    const now = this.now();
    this.tokens = Math.min(rate, this.tokens + ((now - this.refilledAt) / 1000) * rate);
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  private readBody(
    req: IncomingMessage,
    res: ServerResponse,
    onBody: (body: Buffer) => void,
    onAbort: () => void,
  ): void {
    const limit = this.cfg.max_body_bytes;
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > limit) {
      this.refuse(res, 'too_large', 413, `body is ${declared} bytes, limit ${limit}`, {
        connection: 'close',
      });
      req.resume();
      onAbort();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        this.refuse(res, 'too_large', 413, `body over ${limit} bytes`, { connection: 'close' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (over) onAbort();
      else onBody(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks));
    });
    req.on('error', () => {
      if (!res.headersSent) res.writeHead(400).end();
      onAbort();
    });
  }

  /**
   * The check itself: synchronous when the agent's baseline is in memory or the registry is complete
   * (the usual cases), one store read otherwise. The answer is written in one piece with its length
   * (no chunked encoding: one write per answer).
   */
  private check(body: Buffer, res: ServerResponse, started: number): Promise<void> | undefined {
    const engine = this.engine();
    if (!engine) {
      this.refuse(res, 'not_ready', 503, 'not ready: the store is still opening', { 'retry-after': '1' });
      return undefined;
    }
    const decoded = decodeRecord(body, this.cfg.max_body_bytes);
    if (!decoded.ok) {
      this.refuse(res, 'invalid_event', 400, `${decoded.reason}: ${decoded.error}`);
      return undefined;
    }
    // A check is live: a time placed by a log's line order is not believed here, as in `run` (it
    // would take the event out of every hour-based judgement).
    disbelieveLineOrder(decoded.event);
    // Redacted first, like the stream: what the answer and its alerts quote holds no secret.
    const event = engine.redactor ? engine.redactor.redact(decoded.event) : decoded.event;
    const answer = () => {
      const text = this.answer(engine, event);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
      this.metrics.checkDuration.observe((performance.now() - started) / 1000);
    };
    if (engine.complete === true || engine.registry.has(event.agent.id)) {
      answer();
      return undefined;
    }
    return engine.registry.ensureLoaded([event.agent.id]).then(answer, (error: unknown) => {
      this.logger.error({ err: error }, 'check: loading the baseline failed');
      if (!res.headersSent)
        res.writeHead(503, JSON_HEADERS).end(JSON.stringify({ error: 'store unavailable' }));
    });
  }

  /** The answer's JSON text: every enabled detector against the agent's state now, through the policy. */
  private answer(engine: CheckEngine, event: AgentEvent): string {
    // Nothing is kept for an agent without a baseline: it is seen as new, and forgotten.
    const view = engine.registry.peekView(event);
    const identity = engine.identity;
    const { alerts, allowed } = engine.runner.check(event, identity ? { ...view, identity } : view);
    const verdict = applyPolicy(this.cfg, alerts);
    this.decisionCounters[verdict.decision].inc();
    const agent = view.agent;
    return JSON.stringify({
      decision: verdict.decision,
      reason: verdict.reason,
      event_id: event.event_id,
      alerts,
      allowed: allowed.length === 0 ? allowed : allowed.map((a) => ({ ...a.alert, decision: a.decision })),
      baseline_version:
        agent.events === 0 ? 'none' : `${agent.events}@${new Date(agent.lastTs).toISOString()}`,
    });
  }

  private decide(body: Buffer, res: ServerResponse): Promise<void> | undefined {
    const engine = this.engine();
    if (!engine) {
      this.refuse(res, 'not_ready', 503, 'not ready: the store is still opening', { 'retry-after': '1' });
      return undefined;
    }
    let request: unknown;
    try {
      request = JSON.parse(body.toString('utf8'));
    } catch (error: unknown) {
      res
        .writeHead(400, JSON_HEADERS)
        .end(JSON.stringify({ error: `malformed JSON: ${describeError(error)}` }));
      return undefined;
    }
    return decide(engine.store, request as Parameters<typeof decide>[1], { book: engine.decisions }).then(
      (decision) => {
        this.logger.info({ decision }, 'analyst decision recorded');
        res.writeHead(201, JSON_HEADERS).end(JSON.stringify(decision));
      },
      (error: unknown) => {
        const usage = error instanceof UsageError;
        if (!usage) this.logger.error({ err: error }, 'decision failed');
        res.writeHead(usage ? 400 : 503, JSON_HEADERS).end(JSON.stringify({ error: describeError(error) }));
      },
    );
  }

  private async alerts(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const engine = this.engine();
    if (!engine) {
      this.refuse(res, 'not_ready', 503, 'not ready', { 'retry-after': '1' });
      return;
    }
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const limit = Number(query.get('limit') ?? '1000');
    try {
      const alerts = await listAlerts(engine.store, {
        open: query.get('open') === '1' || query.get('open') === 'true',
        limit: Number.isInteger(limit) && limit > 0 ? limit : 1000,
      });
      res.writeHead(200, JSON_HEADERS).end(JSON.stringify({ alerts }));
    } catch (error: unknown) {
      this.logger.error({ err: error }, 'listing alerts failed');
      res.writeHead(503, JSON_HEADERS).end(JSON.stringify({ error: describeError(error) }));
    }
  }

  private refuse(
    res: ServerResponse,
    reason: Refusal,
    status: number,
    message: string,
    headers: Record<string, string> = {},
  ): void {
    if (reason !== 'not_ready') this.metrics.checksRefused.inc({ reason });
    if (!res.headersSent)
      res.writeHead(status, { ...JSON_HEADERS, ...headers }).end(JSON.stringify({ error: message }));
  }
}
