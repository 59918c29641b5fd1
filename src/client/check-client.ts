/**
 * A small client of the agentwatch check API (`POST /v1/check`), for an agent framework or an MCP
 * gateway to ask before it runs a tool. No dependencies: global `fetch` (Node 18+, browsers, Deno,
 * Bun). It imports nothing from agentwatch but the event type, so it can be copied into a gateway.
 */
import type { AgentEventInput } from '../../schemas/event.js';

/** The answer to a check. */
export interface CheckAnswer {
  decision: 'allow' | 'warn' | 'deny';
  /** Words a framework can show the user or log: which detector, what it saw, against what baseline. */
  reason: string;
  event_id: string;
  /** What the detectors would raise for the action now (native v1 alerts). */
  alerts: Record<string, unknown>[];
  /** Findings an analyst's allowance covered (each with `decision`). */
  allowed: Record<string, unknown>[];
  /** The agent's baseline the answer came from: `<events>@<last event time>`, or `none`. */
  baseline_version: string;
}

export interface CheckClientOptions {
  /** Base URL of `agentwatch serve` or `run`, e.g. `http://127.0.0.1:9464`. */
  url: string;
  /** Bearer token (required from outside loopback unless the server says otherwise). */
  token?: string;
  /** Give up after this long (default 250 ms): a check must never hold a tool call for long. */
  timeoutMs?: number;
  /**
   * What to answer when agentwatch cannot be asked (down, timeout, 429/503): `allow` keeps agents
   * working (fail open, the default), `deny` keeps them safe (fail closed) — a policy choice.
   */
  onUnavailable?: 'allow' | 'deny';
  fetch?: typeof fetch;
}

/** Thrown by {@link CheckClient.enforce} when the answer is deny. */
export class ActionDeniedError extends Error {
  readonly answer: CheckAnswer;
  constructor(answer: CheckAnswer) {
    super(answer.reason);
    this.name = 'ActionDeniedError';
    this.answer = answer;
  }
}

export class CheckClient {
  private readonly o: Required<Omit<CheckClientOptions, 'token'>> & { token: string | undefined };

  constructor(options: CheckClientOptions) {
    this.o = {
      url: options.url.replace(/\/+$/, ''),
      token: options.token,
      timeoutMs: options.timeoutMs ?? 250,
      onUnavailable: options.onUnavailable ?? 'allow',
      fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    };
  }

  /** Asks whether the action may run. Never throws for an unavailable service: see `onUnavailable`. */
  async check(event: AgentEventInput): Promise<CheckAnswer> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.o.token) headers['authorization'] = `Bearer ${this.o.token}`;
    let res: Response;
    try {
      res = await this.o.fetch(`${this.o.url}/v1/check`, {
        method: 'POST',
        headers,
        body: JSON.stringify(event),
        signal: AbortSignal.timeout(this.o.timeoutMs),
      });
    } catch (error: unknown) {
      return this.unavailable(
        event,
        `agentwatch unreachable: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const text = await res.text();
    if (res.status === 200) return JSON.parse(text) as CheckAnswer;
    if (res.status === 400 || res.status === 401 || res.status === 413)
      // The caller's fault (bad event, wrong token): say so loudly rather than fail open quietly.
      throw new Error(`agentwatch refused the check (HTTP ${res.status}): ${text}`);
    return this.unavailable(event, `agentwatch answered HTTP ${res.status}`);
  }

  /** Checks and throws {@link ActionDeniedError} on deny; returns the answer otherwise (allow or warn). */
  async enforce(event: AgentEventInput): Promise<CheckAnswer> {
    const answer = await this.check(event);
    if (answer.decision === 'deny') throw new ActionDeniedError(answer);
    return answer;
  }

  private unavailable(event: AgentEventInput, why: string): CheckAnswer {
    return {
      decision: this.o.onUnavailable,
      reason: `${why}; failing ${this.o.onUnavailable === 'allow' ? 'open' : 'closed'} by configuration`,
      event_id: event.event_id,
      alerts: [],
      allowed: [],
      baseline_version: 'unavailable',
    };
  }
}
