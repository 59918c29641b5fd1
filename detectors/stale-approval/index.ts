import { z } from 'zod';
import type { AgentEvent } from '../../schemas/event.js';
import { defineDetector, type BaselineView, type Finding } from '../../src/detection/detector-contract.js';
import {
  ageDays,
  eventSubject,
  identityDeclared,
  postureFinding,
  sweptSubject,
} from '../../src/detection/posture-finding.js';
import type { IdentityView } from '../../src/registry/identity-context.js';
import { dueAt } from '../../src/registry/posture-due.js';
import type { PostureSubject } from '../../src/registry/posture-evidence.js';
import { cases } from './cases.js';

const DAY_MS = 86_400_000;

const config = z
  .strictObject({
    grace_days: z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe('Days past the review date before an approval counts as overdue.'),
    overdue_score: z
      .number()
      .min(0)
      .max(100)
      .default(50)
      .describe('Score of an approval past its review date: medium.'),
    long_overdue_periods: z
      .number()
      .min(1)
      .default(2)
      .describe('Overdue by this many review periods or more adds long_overdue_bonus.'),
    long_overdue_bonus: z
      .number()
      .min(0)
      .max(100)
      .default(20)
      .describe('Added to the score of a long overdue approval (high by default).'),
    never_approved_score: z
      .number()
      .min(0)
      .max(100)
      .default(60)
      .describe('Score of a registered agent with no approval on record: medium.'),
  })
  .describe('stale-approval settings');

type Config = z.output<typeof config>;

/** What a sweep of a clean agent returns: one shared empty list, no allocation per agent. */
const NONE: readonly Finding[] = [];

/** Finding keys, shared by the conditions and the sweep's question whether one is open already. */
const NEVER_APPROVED_KEY = 'approval:none';
const overdueKey = (approvedAt: number) => `approval:${approvedAt}`;

/** The review date: an approval is overdue after it. */
const reviewDue = (cfg: Config, approvedAt: number, reviewDays: number) =>
  approvedAt + (reviewDays + cfg.grace_days) * DAY_MS;

/** From this instant an overdue approval is long overdue (its score gets the bonus, as in `conditions`). */
const longOverdueFrom = (cfg: Config, approvedAt: number, reviewDays: number) =>
  approvedAt + (cfg.long_overdue_periods + 1) * reviewDays * DAY_MS;

function conditions(cfg: Config, identity: IdentityView, subject: PostureSubject, at: number): Finding[] {
  const record = identity.agent(subject.agentId);
  if (record?.status !== 'active') return [];
  const name = record.name || record.agent_id;
  if (record.approved_at === null || record.approved_by === null)
    return [
      postureFinding(identity, subject, at, {
        reason: 'never_approved',
        key: NEVER_APPROVED_KEY,
        score: cfg.never_approved_score,
        title: `Agent ${name} acts without an approval`,
        description: `Agent ${name} is registered but its record has no ${record.approved_by === null ? 'approver' : 'approval date'}: 0 approvals on record`,
      }),
    ];
  const due = reviewDue(cfg, record.approved_at, record.review_every_days);
  if (at <= due) return [];
  const overdueDays = ageDays(due, at);
  const long = at - record.approved_at >= (cfg.long_overdue_periods + 1) * record.review_every_days * DAY_MS;
  return [
    postureFinding(identity, subject, at, {
      reason: 'approval_overdue',
      key: overdueKey(record.approved_at),
      score: cfg.overdue_score + (long ? cfg.long_overdue_bonus : 0),
      title: `Approval of agent ${name} is overdue for review`,
      description: `Agent ${name} was approved ${ageDays(record.approved_at, at)} days ago and must be reviewed every ${record.review_every_days} days: the review is ${overdueDays} days overdue`,
      evidence: {
        review_due: new Date(due).toISOString(),
        overdue_days: overdueDays,
      },
    }),
  ];
}

/** Approvals nobody renewed: acting after approved_at + review_every_days. */
export const staleApproval = defineDetector({
  id: 'stale-approval',
  version: 1,
  title: 'An agent acts after its approval was due for review, or was never approved',
  maturity: 'stable',
  reasons: {
    approval_overdue:
      'An agent acts (or the sweep finds it active) after approved_at + review_every_days without a new review.',
    never_approved: 'A registered agent has no approver or approval date.',
  },
  dedupWindowMinutes: 30 * 24 * 60,
  config,
  create: ({ config: cfg }) => ({
    evaluate: (event: AgentEvent, view: BaselineView) =>
      identityDeclared(view.identity) ? conditions(cfg, view.identity, eventSubject(event), event.ts) : [],
    sweep: (agentId, at, identity, open) => {
      const record = identity.agent(agentId);
      if (record?.status !== 'active') return NONE;
      // Most approvals are current, and a lapsed one is open after the first sweep that found it:
      // check both before building a subject or any finding.
      if (record.approved_at === null || record.approved_by === null) {
        if (open.has('never_approved', NEVER_APPROVED_KEY)) return NONE;
      } else if (
        at <= reviewDue(cfg, record.approved_at, record.review_every_days) ||
        open.has('approval_overdue', overdueKey(record.approved_at))
      )
        return NONE;
      return conditions(cfg, identity, sweptSubject(agentId), at);
    },
    // The approval lapses after its review date, and its score rises once long overdue (which can
    // lift it over a min_severity that dropped it): nothing else here changes with time.
    sweepDue: (agentId, at, identity) => {
      const record = identity.agent(agentId);
      if (record?.status !== 'active' || record.approved_at === null || record.approved_by === null)
        return Number.POSITIVE_INFINITY;
      return Math.min(
        dueAt(at, reviewDue(cfg, record.approved_at, record.review_every_days)),
        dueAt(at, longOverdueFrom(cfg, record.approved_at, record.review_every_days)),
      );
    },
  }),
  cases,
});
