import { z } from 'zod';
import type { AgentEvent } from '../../schemas/event.js';
import { defineDetector, type BaselineView, type Finding } from '../../src/detection/detector-contract.js';
import {
  eventSubject,
  identityDeclared,
  postureFinding,
  sweptSubject,
} from '../../src/detection/posture-finding.js';
import type { IdentityView } from '../../src/registry/identity-context.js';
import { ownerOf, type PostureSubject } from '../../src/registry/posture-evidence.js';
import { cases } from './cases.js';

const config = z
  .strictObject({
    no_owner_score: z
      .number()
      .min(0)
      .max(100)
      .default(55)
      .describe('Score of an agent with no owner on record: medium.'),
    owner_departed_score: z
      .number()
      .min(0)
      .max(100)
      .default(65)
      .describe('Score of an agent whose owner has left (directory status departed): medium.'),
    approver_departed_score: z
      .number()
      .min(0)
      .max(100)
      .default(45)
      .describe('Score of an agent whose approver has left: medium.'),
    check_unregistered: z
      .boolean()
      .default(true)
      .describe('Also judge agents outside the registry by the owner their events name.'),
  })
  .describe('ownership settings');

type Config = z.output<typeof config>;

/** What a sweep of a clean agent returns: one shared empty list, no allocation per agent. */
const NONE: readonly Finding[] = [];

/** Finding keys, shared by the conditions and the sweep's question whether one is open already. */
const NO_OWNER_KEY = 'owner';
const ownerDepartedKey = (owner: string) => `owner:${owner}`;
const approverDepartedKey = (approver: string) => `approver:${approver}`;

function conditions(cfg: Config, identity: IdentityView, subject: PostureSubject, at: number): Finding[] {
  const record = identity.agent(subject.agentId);
  // A retired agent needs no owner; if it acts, unregistered-agent says so.
  if (record?.status === 'retired') return [];
  if (!record && (!cfg.check_unregistered || !identity.hasRegistry)) return [];
  const out: Finding[] = [];
  const owner = ownerOf(identity, subject);
  if (owner === undefined) {
    out.push(
      postureFinding(identity, subject, at, {
        reason: 'no_owner',
        key: NO_OWNER_KEY,
        score: cfg.no_owner_score,
        title: `Agent ${record?.name || subject.agentId} has no owner`,
        description: `Nobody is accountable for agent ${subject.agentId}: the ${record ? 'registry record names' : 'events name'} no owner (0 owners on record)`,
      }),
    );
  } else if (identity.person(owner)?.status === 'departed') {
    out.push(
      postureFinding(identity, subject, at, {
        reason: 'owner_departed',
        key: ownerDepartedKey(owner),
        score: cfg.owner_departed_score,
        title: `Owner of agent ${record?.name || subject.agentId} has left`,
        description: `Agent ${subject.agentId} is owned by ${owner}, whom the directory marks departed (manager ${identity.person(owner)?.manager ?? 'unknown'}): 1 orphaned agent`,
        evidence: { departed: owner, departed_manager: identity.person(owner)?.manager ?? '(none)' },
      }),
    );
  }
  const approver = record?.approved_by ?? undefined;
  if (approver !== undefined && identity.person(approver)?.status === 'departed')
    out.push(
      postureFinding(identity, subject, at, {
        reason: 'approver_departed',
        key: approverDepartedKey(approver),
        score: cfg.approver_departed_score,
        title: `Approver of agent ${record?.name || subject.agentId} has left`,
        description: `Agent ${subject.agentId} was approved by ${approver}, whom the directory marks departed: its approval has no one to answer for it (1 departed approver)`,
        evidence: { departed: approver },
      }),
    );
  return out;
}

/** Agents nobody answers for: no owner, or an owner or approver who has left. */
export const ownership = defineDetector({
  id: 'ownership',
  version: 1,
  title: 'An agent has no owner, or its owner or approver has left',
  maturity: 'stable',
  reasons: {
    no_owner: 'An agent has no accountable owner.',
    owner_departed: "The directory marks the agent's owner departed.",
    approver_departed: 'The person who approved the agent has left.',
  },
  dedupWindowMinutes: 30 * 24 * 60,
  config,
  create: ({ config: cfg }) => ({
    evaluate: (event: AgentEvent, view: BaselineView) =>
      identityDeclared(view.identity) ? conditions(cfg, view.identity, eventSubject(event), event.ts) : [],
    sweep: (agentId, at, identity, open) => {
      const record = identity.agent(agentId);
      if (record?.status !== 'active') return NONE;
      // Most agents of a fleet are fine, and one that is not has its conditions open after the
      // first sweep that found them: check both before building a subject or any finding.
      const owner = record.owner ?? undefined;
      const approver = record.approved_by ?? undefined;
      const ownerNew =
        owner === undefined
          ? !open.has('no_owner', NO_OWNER_KEY)
          : identity.person(owner)?.status === 'departed' &&
            !open.has('owner_departed', ownerDepartedKey(owner));
      const approverNew =
        approver !== undefined &&
        identity.person(approver)?.status === 'departed' &&
        !open.has('approver_departed', approverDepartedKey(approver));
      // When one condition is new and the other open, the runner drops the open one.
      return ownerNew || approverNew ? conditions(cfg, identity, sweptSubject(agentId), at) : NONE;
    },
    // Nothing here depends on the time: only on the record and its owner's and approver's status.
    sweepDue: () => Number.POSITIVE_INFINITY,
  }),
  cases,
});
