import type { AgentEvent } from '../../schemas/event.js';
import { taskKey } from '../events/event-keys.js';
import type { Finding } from '../detection/detector-contract.js';
import type { AppliedDecision, DecisionPolicy } from '../detection/detector-runner.js';
import type { Decision } from './decision.js';

/**
 * The decisions in force, indexed for the runner: by agent for the agent scopes, by task kind for
 * `task-kind`. A decision applies to a finding of the same detector and reason, inside its scope,
 * for events whose time is in [valid_from, expires_at). When several apply, malicious wins (an
 * allowance never hides a pattern an analyst called harmful), then the latest decision.
 */
export class DecisionBook implements DecisionPolicy {
  private readonly byAgent = new Map<string, Decision[]>();
  private readonly byTask = new Map<string, Decision[]>();
  private count = 0;

  constructor(decisions: Iterable<Decision> = []) {
    for (const d of decisions) this.add(d);
  }

  /** Decisions held. */
  get size(): number {
    return this.count;
  }

  /** Adds a decision (a new one from the CLI or HTTP, or one loaded from the store). */
  add(decision: Decision): void {
    const index = decision.scope === 'task-kind' ? this.byTask : this.byAgent;
    const key = decision.scope === 'task-kind' ? decision.task_kind : decision.agent_id;
    const list = index.get(key);
    if (list) list.push(decision);
    else index.set(key, [decision]);
    this.count += 1;
  }

  match(detectorId: string, finding: Finding, event: AgentEvent): AppliedDecision | undefined {
    if (this.count === 0) return undefined;
    let best: Decision | undefined;
    const consider = (list: readonly Decision[] | undefined) => {
      if (!list) return;
      for (const d of list) {
        if (d.detector_id !== detectorId || d.reason_code !== finding.reason) continue;
        if (event.ts < d.valid_from || (d.expires_at !== null && event.ts >= d.expires_at)) continue;
        if (!inScope(d, event)) continue;
        if (!best || outranks(d, best)) best = d;
      }
    };
    consider(this.byAgent.get(event.agent.id));
    if (this.byTask.size > 0) {
      const kind = taskKey(event);
      if (kind !== undefined) consider(this.byTask.get(kind));
    }
    return best && applied(best);
  }
}

function inScope(d: Decision, event: AgentEvent): boolean {
  switch (d.scope) {
    case 'agent':
      return event.agent.id === d.agent_id;
    case 'agent+api':
      return event.agent.id === d.agent_id && event.action.api === d.api;
    case 'agent+target':
      return event.agent.id === d.agent_id && event.resource?.id === d.resource_id;
    case 'task-kind':
      return taskKey(event) === d.task_kind;
  }
}

function outranks(a: Decision, b: Decision): boolean {
  const am = a.verdict === 'malicious';
  const bm = b.verdict === 'malicious';
  if (am !== bm) return am;
  return a.decided_at > b.decided_at;
}

function applied(d: Decision): AppliedDecision {
  return {
    decision_id: d.decision_id,
    verdict: d.verdict,
    scope: d.scope,
    decided_by: d.decided_by,
    rationale: d.rationale,
    expires_at: d.expires_at,
  };
}
