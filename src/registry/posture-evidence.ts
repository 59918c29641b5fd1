import type { AgentEvent } from '../../schemas/event.js';
import type { IdentityView } from './identity-context.js';

const DAY_MS = 86_400_000;

/** Evidence values, as in the detector contract (kept local: this layer knows no detector). */
type Evidence = Record<string, string | number | boolean | string[]>;

/** The agent whose posture is judged, as the event (or the sweep) names it. */
export interface PostureSubject {
  agentId: string;
  /** The owner the event carries, used when the registry has none for an unregistered agent. */
  eventOwner?: string | undefined;
  onBehalfOf?: string | undefined;
  delegationChain?: readonly string[] | undefined;
}

/** The subject of an event. */
export function subjectOf(event: AgentEvent): PostureSubject {
  return {
    agentId: event.agent.id,
    eventOwner: event.agent.owner,
    onBehalfOf: event.on_behalf_of?.id,
    delegationChain: event.delegation_chain,
  };
}

/** The accountable owner: the registry's, else (for an unregistered agent) the event's. */
export function ownerOf(identity: IdentityView, subject: PostureSubject): string | undefined {
  const record = identity.agent(subject.agentId);
  if (record) return record.owner ?? undefined;
  return subject.eventOwner;
}

/**
 * What every posture alert says (issue 11): who approved the agent and when, who owns it, on
 * whose behalf it acted, and the delegation chain, with the directory status of each person.
 */
export function postureEvidence(identity: IdentityView, subject: PostureSubject, at: number): Evidence {
  const record = identity.agent(subject.agentId);
  const owner = ownerOf(identity, subject);
  const approver = record?.approved_by ?? undefined;
  const approvedAt = record?.approved_at ?? undefined;
  const evidence: Evidence = {
    registered: record !== undefined,
    agent_status: record?.status ?? 'unregistered',
    owner: owner ?? '(no owner on record)',
    owner_status: personStatus(identity, owner),
    approved_by: approver ?? '(not approved)',
    approver_status: personStatus(identity, approver),
    approved_at: approvedAt === undefined ? '(never)' : new Date(approvedAt).toISOString(),
    approval_age_days: approvedAt === undefined ? -1 : Math.floor((at - approvedAt) / DAY_MS),
    review_every_days: record?.review_every_days ?? 0,
    on_behalf_of: subject.onBehalfOf ?? '(autonomous)',
    delegation_chain: [...(subject.delegationChain ?? [])],
  };
  return evidence;
}

/** `active`, `departed`, or `not in directory` / `none`. */
export function personStatus(identity: IdentityView, id: string | undefined): string {
  if (id === undefined) return 'none';
  return identity.person(id)?.status ?? 'not in directory';
}

/** "approved by X on DATE (N days ago), owned by Y" for descriptions. */
export function accountabilityText(identity: IdentityView, subject: PostureSubject, at: number): string {
  const record = identity.agent(subject.agentId);
  const owner = ownerOf(identity, subject);
  const approval =
    record?.approved_by && record.approved_at !== null
      ? `approved by ${record.approved_by} on ${new Date(record.approved_at).toISOString().slice(0, 10)} (${Math.floor((at - record.approved_at) / DAY_MS)} days ago)`
      : record
        ? 'no approval on record'
        : identity.hasRegistry
          ? 'not in the registry'
          : 'no registry loaded';
  const acting = subject.onBehalfOf ? `, acting for ${subject.onBehalfOf}` : '';
  const chain =
    subject.delegationChain && subject.delegationChain.length > 1
      ? `, chain ${subject.delegationChain.join(' > ')}`
      : '';
  return `${approval}; owner ${owner ?? 'none'}${acting}${chain}`;
}
