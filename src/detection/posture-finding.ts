import type { AgentEvent } from '../../schemas/event.js';
import type { IdentityView } from '../registry/identity-context.js';
import {
  accountabilityText,
  postureEvidence,
  subjectOf,
  type PostureSubject,
} from '../registry/posture-evidence.js';
import type { EvidenceValue, Finding, TechniqueTag } from './detector-contract.js';
import { clampScore, severityFromScore } from './severity.js';

/** What a posture detector says about one condition; the shared part is added here. */
export interface PostureCondition {
  reason: string;
  key: string;
  score: number;
  title: string;
  /** Why, with numbers; the accountability sentence (approver, owner, invoker, chain) is appended. */
  description: string;
  evidence?: Record<string, EvidenceValue>;
  tags?: readonly TechniqueTag[];
  /** See {@link Finding.newsKey}. */
  newsKey?: string;
}

/**
 * A posture finding: severity from the shared score bands, and the evidence every posture alert
 * carries (who approved the agent and when, who owns it, on whose behalf it acted, the chain).
 */
export function postureFinding(
  identity: IdentityView,
  subject: PostureSubject,
  at: number,
  condition: PostureCondition,
): Finding {
  const score = clampScore(condition.score);
  // Added to the fresh object postureEvidence returns, not spread into a new one with it: V8 gives
  // an object spread from two others a hidden class of its own, and a sweep raising 20,000
  // conditions then built 20,000 classes. Same keys, same order.
  const evidence = postureEvidence(identity, subject, at);
  if (condition.evidence) Object.assign(evidence, condition.evidence);
  return {
    reason: condition.reason,
    key: condition.key,
    severity: severityFromScore(score),
    score,
    title: condition.title,
    // Joined rather than templated: a join writes one flat string, where a template keeps a tree
    // of its pieces (about twenty for a posture description) that every garbage collection copies
    // while the alert stays open, 20,000 of them after a first sweep.
    description: [condition.description, ' (', accountabilityText(identity, subject, at), ').'].join(''),
    evidence,
    ...(condition.tags ? { tags: condition.tags } : {}),
    ...(condition.newsKey === undefined ? {} : { newsKey: condition.newsKey }),
  };
}

/** The subject of a swept agent (no event: no invoker, no chain). */
export function sweptSubject(agentId: string): PostureSubject {
  return { agentId };
}

/** The subject of an event. */
export function eventSubject(event: AgentEvent): PostureSubject {
  return subjectOf(event);
}

/** Whether the organisation declared an identity context (registry or directory) at all. */
export function identityDeclared(identity: IdentityView | undefined): identity is IdentityView {
  return identity !== undefined && (identity.hasRegistry || identity.hasDirectory);
}

/** Whole days from `from` to `to`. */
export function ageDays(from: number, to: number): number {
  return Math.floor((to - from) / 86_400_000);
}
