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
import { cases } from './cases.js';

const DAY_MS = 86_400_000;

const config = z
  .strictObject({
    expired_score: z
      .number()
      .min(0)
      .max(100)
      .default(75)
      .describe('Score of a credential used after its expiry: high.'),
    rotation_score: z
      .number()
      .min(0)
      .max(100)
      .default(45)
      .describe('Score of a credential older than its rotation period: medium.'),
    shared_score: z
      .number()
      .min(0)
      .max(100)
      .default(65)
      .describe('Score of a credential used by more than one agent: medium.'),
    new_origin_score: z
      .number()
      .min(0)
      .max(100)
      .default(60)
      .describe('Score of an agent using its credential from a network origin it never used: medium.'),
    origin_min_events: z
      .number()
      .int()
      .min(1)
      .default(50)
      .describe('Events an agent needs (and its baseline out of learning) before new origins count.'),
    max_known_origins: z
      .number()
      .int()
      .min(1)
      .default(8)
      .describe(
        'Agents already seen from more origins (IPs or user agents) than this are not checked: origin is no signal for them.',
      ),
  })
  .describe('credential-hygiene settings');

type Config = z.output<typeof config>;

/** What a sweep of a clean agent returns: one shared empty list, no allocation per agent. */
const NONE: readonly Finding[] = [];

/** Finding key of a rotation overdue, shared by the finding and the sweep's question whether it is open. */
const rotationKey = (credentialId: string, issued: number) => `rotation:${credentialId}:${issued}`;

function rotationFinding(
  cfg: Config,
  identity: IdentityView,
  event: AgentEvent | undefined,
  agentId: string,
  at: number,
  credentialId: string,
  issued: number,
  rotateDays: number,
): Finding {
  const subject = event ? eventSubject(event) : sweptSubject(agentId);
  return postureFinding(identity, subject, at, {
    reason: 'credential_rotation_overdue',
    key: rotationKey(credentialId, issued),
    score: cfg.rotation_score,
    title: `Credential ${credentialId} of agent ${agentId} is overdue for rotation`,
    description: `Credential ${credentialId} was issued ${ageDays(issued, at)} days ago and must be rotated every ${rotateDays} days`,
    evidence: {
      credential_id: credentialId,
      credential_issued_at: new Date(issued).toISOString(),
      credential_age_days: ageDays(issued, at),
      rotate_every_days: rotateDays,
    },
    tags: ['attack.T1078'],
  });
}

/** `credential_new_origin`: an established agent's credential used from a source IP or user agent it never used. */
function newOrigin(
  cfg: Config,
  identity: IdentityView,
  event: AgentEvent,
  view: BaselineView,
  credentialId: string,
): Finding | undefined {
  const agentId = event.agent.id;
  const fp = identity.footprint(agentId);
  if (fp && !view.learning && fp.events >= cfg.origin_min_events) {
    const knownIps = countPrefix(fp.origins, 'ip:');
    const knownAgents = countPrefix(fp.origins, 'ua:');
    const ip = event.source_ip;
    const ua = event.user_agent;
    const newIp =
      ip !== undefined && knownIps > 0 && knownIps <= cfg.max_known_origins && !fp.origins.has(`ip:${ip}`);
    const newUa =
      ua !== undefined &&
      knownAgents > 0 &&
      knownAgents <= cfg.max_known_origins &&
      !fp.origins.has(`ua:${ua}`);
    if (newIp || newUa) {
      const origin = newIp ? `ip:${ip ?? ''}` : `ua:${ua ?? ''}`;
      return postureFinding(identity, eventSubject(event), event.ts, {
        reason: 'credential_new_origin',
        key: `origin:${origin}`,
        score: cfg.new_origin_score + (newIp && newUa ? 10 : 0),
        title: `Agent ${agentId} used its credential from a new origin`,
        description: `Credential ${credentialId} was used from ${newIp ? `source IP ${ip ?? ''}` : ''}${newIp && newUa ? ' and ' : ''}${newUa ? `user agent "${ua ?? ''}"` : ''}, never seen in ${fp.events} events of this agent (${knownIps} known IPs, ${knownAgents} known user agents)`,
        evidence: {
          credential_id: credentialId,
          source_ip: ip ?? '',
          user_agent: ua ?? '',
          known_origins: [...fp.origins].slice(0, 20),
        },
        tags: ['attack.T1078', 'attack.T1550'],
      });
    }
  }
  return undefined;
}

function evaluate(cfg: Config, event: AgentEvent, view: BaselineView): Finding[] {
  const identity = view.identity;
  const credentialId = event.credential?.id;
  if (identity === undefined || credentialId === undefined) return [];
  // Where an agent acts from is learned from its own traffic: no registry needed. Expiry, rotation
  // and who may hold a key are posture the organisation declares: without a registry or directory,
  // a producer's `expires_at` on a call that succeeded is as likely a stale field as an unenforced
  // expiry, and one key reported for a whole fleet is a producer's choice.
  const out = identityDeclared(identity) ? declaredPosture(cfg, identity, event, credentialId) : [];
  const origin = newOrigin(cfg, identity, event, view, credentialId);
  if (origin) out.push(origin);
  return out;
}

/** Expiry, rotation and sharing: what the organisation's registry or directory declares. */
function declaredPosture(
  cfg: Config,
  identity: IdentityView,
  event: AgentEvent,
  credentialId: string,
): Finding[] {
  const credential = event.credential;
  const agentId = event.agent.id;
  const subject = eventSubject(event);
  const record = identity.agent(agentId);
  const declared = record?.credentials.find((c) => c.id === credentialId);
  const out: Finding[] = [];

  const expires = credential?.expires_at ?? declared?.expires_at ?? undefined;
  if (expires !== undefined && event.ts > expires)
    out.push(
      postureFinding(identity, subject, event.ts, {
        reason: 'credential_expired',
        key: `expired:${credentialId}`,
        score: cfg.expired_score,
        title: `Agent ${agentId} used an expired credential`,
        description: `Credential ${credentialId} expired ${new Date(expires).toISOString()} and was used ${ageDays(expires, event.ts)} days later for ${event.action.api}`,
        evidence: { credential_id: credentialId, credential_expires_at: new Date(expires).toISOString() },
        tags: ['attack.T1078'],
      }),
    );

  const issued = declared?.issued_at ?? credential?.issued_at ?? undefined;
  const rotateDays = declared?.rotate_every_days ?? 0;
  if (issued !== undefined && rotateDays > 0 && event.ts - issued > rotateDays * DAY_MS)
    out.push(rotationFinding(cfg, identity, event, agentId, event.ts, credentialId, issued, rotateDays));

  const users = identity.credentialAgents(credentialId);
  if (users && (users.size > 1 || !users.has(agentId))) {
    const others = [...users].filter((a) => a !== agentId).sort();
    out.push(
      postureFinding(identity, subject, event.ts, {
        reason: 'credential_shared',
        key: `shared:${credentialId}`,
        score: cfg.shared_score,
        title: `Credential ${credentialId} is shared between agents`,
        description: `Agent ${agentId} used credential ${credentialId}, which ${others.length} other agent(s) use too (${others.slice(0, 5).join(', ')}): its actions cannot be told apart`,
        evidence: { credential_id: credentialId, other_agents: others.slice(0, 20) },
        tags: ['attack.T1078'],
      }),
    );
  }
  return out;
}

function countPrefix(values: ReadonlySet<string>, prefix: string): number {
  let n = 0;
  for (const v of values) if (v.startsWith(prefix)) n++;
  return n;
}

/** Credentials past expiry or rotation, shared between agents, or used from a new origin. */
export const credentialHygiene = defineDetector({
  id: 'credential-hygiene',
  version: 2,
  title: 'A credential is used after expiry, past rotation, by several agents or from a new origin',
  maturity: 'stable',
  reasons: {
    credential_expired: 'A credential is used after its expires_at.',
    credential_rotation_overdue: "A credential is older than the registry's rotate_every_days.",
    credential_shared: 'The same credential id is used by more than one agent.',
    credential_new_origin:
      'An established agent uses its credential from a source_ip or user_agent it never used.',
  },
  // A key past its rotation date says nothing of what is done with it: its every event would be
  // unclean, and the agent would learn no practice and no payee for as long as the key lives.
  standingReasons: ['credential_rotation_overdue'],
  dedupWindowMinutes: 30 * 24 * 60,
  config,
  create: ({ config: cfg }) => ({
    evaluate: (event, view) => evaluate(cfg, event, view),
    sweep: (agentId, at, identity, open) => {
      const record = identity.agent(agentId);
      if (record?.status !== 'active') return NONE;
      let out: Finding[] | undefined;
      for (const c of record.credentials) {
        if (c.issued_at === null || c.rotate_every_days <= 0) continue;
        if (c.expires_at !== null && c.expires_at < at) continue; // expired and unused: nothing to rotate
        // Open after the first sweep that found it: the runner would drop it, so build nothing.
        if (
          at - c.issued_at > c.rotate_every_days * DAY_MS &&
          !open.has('credential_rotation_overdue', rotationKey(c.id, c.issued_at))
        )
          (out ??= []).push(
            rotationFinding(cfg, identity, undefined, agentId, at, c.id, c.issued_at, c.rotate_every_days),
          );
      }
      return out ?? NONE;
    },
    // A key becomes overdue for rotation after issued_at + rotate_every_days; its expiry only ends
    // the condition, which needs no visit.
    sweepDue: (agentId, at, identity) => {
      const record = identity.agent(agentId);
      let due = Number.POSITIVE_INFINITY;
      if (record?.status !== 'active') return due;
      for (const c of record.credentials) {
        if (c.issued_at === null || c.rotate_every_days <= 0) continue;
        if (c.expires_at !== null && c.expires_at < at) continue;
        due = Math.min(due, dueAt(at, c.issued_at + c.rotate_every_days * DAY_MS));
      }
      return due;
    },
  }),
  cases,
});
