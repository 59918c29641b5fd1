import type { Alert } from '../../schemas/alert.js';
import type { AgentEvent } from '../../schemas/event.js';
import type { DetectorRunner } from '../detection/detector-runner.js';
import type { IdentityContext } from '../registry/identity-context.js';

/** Longest stretch of sweeping between two turns of the event loop. */
const SLICE_MS = 5;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The stand-in event a swept condition's alert is built on: the agent as the registry declares it.
 * `atText` is `at` as ISO text, written once per sweep.
 */
function sweepSubject(identity: IdentityContext, agentId: string, at: number, atText: string): AgentEvent {
  const record = identity.agent(agentId);
  const agent: AgentEvent['agent'] = { id: agentId };
  if (record?.name) agent.name = record.name;
  if (record?.type) agent.type = record.type;
  if (record?.owner) agent.owner = record.owner;
  return {
    // Joined: one flat string, not a tree of pieces (the alert keeps it while it is open).
    event_id: ['posture-sweep:', agentId, ':', atText].join(''),
    ts: at,
    agent,
    action: { api: 'posture-sweep', category: 'other' },
    outcome: 'success',
  };
}

/** What one sweep did, for metrics and the bench. */
export interface SweepResult {
  agents: number;
  alerts: number;
  /** Event-loop time spent sweeping (sum of the slices), ms. */
  busyMs: number;
  /** Longest slice, ms: how long the sweep blocked the loop at most. */
  longestSliceMs: number;
}

/**
 * The periodic posture sweep: every registered agent is checked for conditions that hold without an
 * event (an approval that lapsed, an owner who left, a key past rotation). Sliced: the loop is given
 * back every few milliseconds so 100k agents never block fetches, HTTP or timers.
 */
export class PostureSweep {
  private lastAt: number | undefined;
  private running = false;

  constructor(
    private readonly runner: DetectorRunner,
    private readonly identity: IdentityContext,
    /** Time between sweeps (event time in replay, wall clock in `run`). */
    readonly everyMs: number,
  ) {}

  /** Whether a sweep is due at `at` (the first one is due at once) and none is running. */
  due(at: number): boolean {
    if (this.running || !this.runner.sweeps || this.identity.registrySize === 0) return false;
    return this.lastAt === undefined || at - this.lastAt >= this.everyMs;
  }

  /** Sweeps every registered agent at time `at`; alerts are handed to `deliver` slice by slice. */
  async run(at: number, deliver: (alerts: Alert[]) => void): Promise<SweepResult> {
    this.running = true;
    this.lastAt = at;
    const result: SweepResult = { agents: 0, alerts: 0, busyMs: 0, longestSliceMs: 0 };
    try {
      let sliceStart = performance.now();
      let pending: Alert[] = [];
      const atText = new Date(at).toISOString();
      const subject = (agentId: string) => sweepSubject(this.identity, agentId, at, atText);
      for (const record of this.identity.registered()) {
        result.agents++;
        const alerts = this.runner.sweepAgent(record.agent_id, at, this.identity, subject);
        if (alerts.length > 0) pending.push(...alerts);
        // The clock is read every 8 agents (an agent that raises alerts costs more: after it too), so a
        // slice overruns SLICE_MS by a few agents at most.
        if ((result.agents & 7) === 0 || alerts.length > 0) {
          const elapsed = performance.now() - sliceStart;
          if (elapsed >= SLICE_MS) {
            result.busyMs += elapsed;
            if (elapsed > result.longestSliceMs) result.longestSliceMs = elapsed;
            if (pending.length > 0) {
              result.alerts += pending.length;
              deliver(pending);
              pending = [];
            }
            await yieldToEventLoop();
            sliceStart = performance.now();
          }
        }
      }
      const elapsed = performance.now() - sliceStart;
      result.busyMs += elapsed;
      if (elapsed > result.longestSliceMs) result.longestSliceMs = elapsed;
      if (pending.length > 0) {
        result.alerts += pending.length;
        deliver(pending);
      }
      return result;
    } finally {
      this.running = false;
    }
  }
}
