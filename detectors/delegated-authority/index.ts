import { z } from 'zod';
import { ACTION_CATEGORIES, type AgentEvent } from '../../schemas/event.js';
import { IRREVERSIBLE_CATEGORIES, actionCategory, isBulkRead } from '../../src/events/action-category.js';
import { defineDetector, type BaselineView, type Finding } from '../../src/detection/detector-contract.js';
import { eventSubject, identityDeclared, postureFinding } from '../../src/detection/posture-finding.js';
import { changesOwnAccount, mayBePractice, readsOwnRecord } from '../../src/registry/delegated-practice.js';
import { rightsFor, type PracticeRecord } from '../../src/registry/identity-context.js';
import { actionFamily } from '../../src/registry/scope-match.js';
import { scopeWordKey } from '../../src/events/event-keys.js';
import { cases } from './cases.js';

const config = z
  .strictObject({
    not_entitled_score: z
      .number()
      .min(0)
      .max(100)
      .default(70)
      .describe("Score of an action for a person whose groups' scopes do not cover it: high."),
    departed_user_score: z
      .number()
      .min(0)
      .max(100)
      .default(75)
      .describe('Score of an action for a person the directory marks departed: high.'),
    practice_min_users: z
      .number()
      .int()
      .min(0)
      .default(5)
      .describe(
        "Other people without the right for whom agents did the same action cleanly before it counts as practice: a low-risk read is then not raised, a low-risk write drops to practice_score, and a sensitive action folds into one finding per API at its severity. Also the other people whose own sign-in an agent reset by the same API with the same option beside their name (`notify: sms-on-file`) before that option counts as the desk's procedure, not a grant. 0: off.",
      ),
    practice_min_span_hours: z
      .number()
      .min(0)
      .default(24)
      .describe(
        'Hours between the first person counted and now before practice applies: a burst for several people in one sitting is no practice.',
      ),
    practice_forget_days: z
      .number()
      .min(1)
      .default(45)
      .describe(
        'Days after the action was last done cleanly for a person that the person no longer counts toward its practice: practice that lapsed is read again only from the people served since.',
      ),
    sibling_score: z
      .number()
      .min(0)
      .max(100)
      .default(60)
      .describe(
        "Score of a change a person's right covers by its words when every person agents did it for holds a sibling right the person lacks (refunds.issue beside refunds.request): medium, practice's reading, not the directory's word.",
      ),
    practice_score: z
      .number()
      .min(0)
      .max(100)
      .default(50)
      .describe('Score of a low-risk write the directory does not grant but practice does: medium.'),
    declared_scope_sensitive_days: z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe(
        'Days the agent must have done a sensitive action before a request declaring only scopes the person holds, under which the agent established it, covers it for that person. 0: never for a sensitive action.',
      ),
    cohort_min_users: z
      .number()
      .int()
      .min(2)
      .default(5)
      .describe('People an agent must have served before "nobody ever asks for this" counts.'),
    cohort_categories: z
      .array(z.enum(ACTION_CATEGORIES))
      .default(['delete', 'admin', 'identity', 'payment'])
      .describe('Action categories checked against what the agent was ever asked for by its users.'),
    cohort_score: z
      .number()
      .min(0)
      .max(100)
      .default(55)
      .describe("Score of an action none of the agent's users ever asked for: medium."),
  })
  .describe('delegated-authority settings');

type Config = z.output<typeof config>;

/**
 * Categories asked about whether or not the directory grants them to anyone: what cannot be taken
 * back, and executions (a deployment, a job run).
 */
const ASKED_ABOUT_CATEGORIES: ReadonlySet<string> = new Set([...IRREVERSIBLE_CATEGORIES, 'execute']);

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

function evaluate(cfg: Config, event: AgentEvent, view: BaselineView): Finding[] {
  const identity = view.identity;
  const invoker = event.on_behalf_of;
  if (!identityDeclared(identity) || !invoker || (invoker.type !== undefined && invoker.type !== 'user'))
    return [];
  const user = invoker.id;
  const subject = eventSubject(event);
  const agent = event.agent.name ?? event.agent.id;
  const person = identity.person(user);
  if (person?.status === 'departed')
    return [
      postureFinding(identity, subject, event.ts, {
        reason: 'user_departed',
        key: `user:${user}`,
        score: cfg.departed_user_score,
        title: `Agent ${agent} acts for a person who has left`,
        description: `Agent ${agent} called ${event.action.api} on behalf of ${user}, whom the directory marks departed: 1 departed user still using an agent`,
        evidence: { user, user_status: 'departed' },
        tags: ['attack.T1078'],
      }),
    ];
  const rights = identity.rightsOf(user);
  if (
    rights !== undefined &&
    identity.rightCovering(rightsFor(rights, event), event) === undefined &&
    // A directory in which no group holds this action, in any words it can be matched by, nor holds
    // everything (`*`), says nothing of who may do it: no person is shown to lack a right nobody
    // holds. Not for a change that cannot be taken back (a payment, an identity or admin change, a
    // deletion), an execution, restricted data or a bulk read: those are still asked about.
    (ASKED_ABOUT_CATEGORIES.has(actionCategory(event)) ||
      event.resource?.sensitivity === 'restricted' ||
      isBulkRead(event) ||
      identity.grantedToSomeone(event))
  ) {
    // A person's own record is theirs to read, whatever their groups grant.
    // An option beside their name that the desk's own resets set for many others
    // (`notify: sms-on-file`) is procedure, not a grant.
    const routineOption = (option: string) =>
      cfg.practice_min_users > 0 &&
      identity.ownChangeOptionUsers(event.action, option, user) >= cfg.practice_min_users;
    if (readsOwnRecord(event, user) || changesOwnAccount(event, user, routineOption)) return [];
    if (grantedByDeclaredScope(cfg, event, rights, view)) return [];
    const practice = identity.unentitledUsersOf(event.action);
    const peers = practicePeers(cfg, practice, user, event.ts);
    // Practice passes a low-risk read and lowers a low-risk write; a sensitive action it only folds
    // into one finding per API, at its severity: peers never vouch for a send, a payment or an export.
    const lowRisk = mayBePractice(event);
    if (peers !== undefined && lowRisk && actionCategory(event) === 'read') return [];
    // One question about the directory per agent, not one per person or API: what an agent does
    // for people without the right is one alert per agent, cleanly or not (a desk the directory does
    // not cover asks it one person at a time; an agent that also reads beyond its own grant is
    // questioned each time, and is still one question). Each person and kind of action it adds is
    // news (low-risk practice aside), sent at once with that event named, so a bypass folded into the agent's alert
    // reaches the SOC when it happens, not when the window closes; it stays high.
    const served = practice?.served;
    const othersServed = (served?.size ?? 0) - (served?.has(user) === true ? 1 : 0);
    // Counted only with practice on: the count is practice's.
    const servedOthers = cfg.practice_min_users > 0 && othersServed > 0;
    return [
      postureFinding(identity, subject, event.ts, {
        reason: 'user_not_entitled',
        key: 'unentitled',
        // A person and kind of action the alert had not covered is news, sent at once (a payment
        // after that person's mails or lookups too), unless the action is low-risk practice
        // (lowered to medium): that folds quietly, as the directory's question is already asked.
        ...(lowRisk && peers !== undefined ? {} : { newsKey: `${user}|${actionCategory(event)}` }),
        score: peers === undefined || !lowRisk ? cfg.not_entitled_score : cfg.practice_score,
        title: `Agent ${agent} did for ${user} what ${user} may not do`,
        description: `Agent ${agent} called ${event.action.api}${event.action.service ? ` on ${event.action.service}` : ''} on behalf of ${user}, whose ${person?.groups.length ?? 0} group(s) (${person?.groups.slice(0, 5).join(', ') ?? ''}) grant ${rights.length} scope(s), none covering it: authorization bypass through an agent${peers === undefined ? '' : `; agents did the same for ${peers} other people without the right, cleanly (practice beside the directory)`}${peers === undefined && servedOthers ? `; agents did the same for ${othersServed} other people without the right` : ''}`,
        evidence: {
          user,
          user_groups: [...(person?.groups ?? [])],
          user_scopes: rights.slice(0, 20),
          ...(peers === undefined ? {} : { unentitled_peers: peers }),
          ...(servedOthers ? { unentitled_people: othersServed + 1 } : {}),
        },
        tags: ['attack.T1078', 'attack.T1548'],
      }),
    ];
  }
  // The person's rights cover the change by their words, but every one of the people agents did it
  // for cleanly holds a sibling right the person lacks (`cofre:refunds.issue` beside the clerk's
  // `cofre:refunds.request`): the directory tells them apart by a word the action's name does not
  // spell, and practice says which one the action needs.
  const sibling =
    rights !== undefined && actionCategory(event) !== 'read'
      ? identity.practisedSibling(user, rights, event)
      : undefined;
  if (rights !== undefined && sibling !== undefined && !changesOwnAccount(event, user, () => false)) {
    const own = identity.rightCovering(rightsFor(rights, event), event) ?? '';
    return [
      postureFinding(identity, subject, event.ts, {
        reason: 'user_not_entitled',
        key: 'unentitled',
        newsKey: `${user}|${actionCategory(event)}`,
        score: cfg.sibling_score,
        title: `Agent ${agent} did for ${user} what ${user} may not do`,
        description: `Agent ${agent} called ${event.action.api}${event.action.service ? ` on ${event.action.service}` : ''} on behalf of ${user}, whose groups grant ${own} but not ${sibling.right}, which all ${sibling.holders} people agents did this for hold: authorization bypass through an agent`,
        evidence: {
          user,
          user_groups: [...(person?.groups ?? [])],
          user_scopes: rights.slice(0, 20),
          practised_right: sibling.right,
          practised_right_holders: sibling.holders,
        },
        tags: ['attack.T1078', 'attack.T1548'],
      }),
    ];
  }
  const fp = identity.footprint(event.agent.id);
  const family = actionFamily(event.action);
  if (
    fp &&
    !view.learning &&
    fp.users.size >= cfg.cohort_min_users &&
    !fp.userFamilies.has(family) &&
    cfg.cohort_categories.includes(actionCategory(event))
  )
    return [
      postureFinding(identity, subject, event.ts, {
        reason: 'unusual_for_users',
        key: `family:${family}`,
        score: cfg.cohort_score,
        title: `Agent ${agent} did for ${user} what none of its users asks for`,
        description: `Agent ${agent} called ${event.action.api} (${actionCategory(event)}) on behalf of ${user}; none of the ${fp.users.size} people it served before ever asked it for ${family}`,
        evidence: { user, family, users_served: fp.users.size },
        tags: ['attack.T1078'],
      }),
    ];
  return [];
}

/**
 * Whether the request declares only scopes the person holds, as the directory writes them, and the
 * agent has established this API under one of them: the organisation's own scope in a vocabulary
 * the action's words do not share (`self-service:records.read` for `beacon.student.get`), read from
 * what the agent does under it. The first person a scope and API serve is still judged; a sensitive
 * action (a restricted record, a send, a payment) only once the agent has done it on
 * `declared_scope_sensitive_days` days; a scope that grants reading only never covers a write (see
 * `rightsFor`).
 */
function grantedByDeclaredScope(
  cfg: Config,
  event: AgentEvent,
  rights: readonly string[],
  view: BaselineView,
): boolean {
  const declared = event.intent?.scopes ?? [];
  if (declared.length === 0) return false;
  if (
    !mayBePractice(event) &&
    (cfg.declared_scope_sensitive_days === 0 ||
      (view.agent.apis.get(event.action.api)?.days ?? 0) < cfg.declared_scope_sensitive_days)
  )
    return false;
  const held = new Set(rightsFor(rights, event).map((scope) => scope.trim().toLowerCase()));
  if (!declared.every((scope) => held.has(scope.trim().toLowerCase()))) return false;
  return declared.some(
    (scope) =>
      view.agent.task(scopeWordKey(scope))?.apis.isKnown(event.action.api, event.ts, view.forgetAfterMs) ===
      true,
  );
}

/**
 * How many other people without the right had agents do this cleanly, when they are enough for the
 * action to be practice; undefined otherwise.
 */
function practicePeers(
  cfg: Config,
  practice: Readonly<PracticeRecord> | undefined,
  user: string,
  at: number,
): number | undefined {
  if (cfg.practice_min_users === 0 || practice === undefined) return undefined;
  // Practice is what recurs: not one burst (an agent made to read five people's files in a minute),
  // and not what was done once months ago: only the people it was done for lately count, and the
  // earliest of them must be a span before now.
  let others = 0;
  let since = at;
  for (const [person, span] of practice.users) {
    if (person === user || at - span.last > cfg.practice_forget_days * DAY_MS) continue;
    others += 1;
    if (span.first < since) since = span.first;
  }
  if (at - since < cfg.practice_min_span_hours * HOUR_MS) return undefined;
  return others >= cfg.practice_min_users ? others : undefined;
}

/** Agents doing for a person what that person may not do, or what none of its users asks for. */
export const delegatedAuthority = defineDetector({
  id: 'delegated-authority',
  version: 3,
  title: 'An agent does for a user what the user may not do, or what none of its users asks for',
  maturity: 'stable',
  reasons: {
    user_not_entitled:
      "An agent does, on behalf of a person, what none of that person's groups' scopes covers.",
    user_departed: 'An agent acts for someone the directory marks departed.',
    unusual_for_users:
      'An established agent does for one of its users a risky action none of its users ever asked for.',
  },
  dedupWindowMinutes: 30 * 24 * 60,
  // Its practice is learned from clean events: its own questions must not keep them unclean.
  verdictNeutral: true,
  config,
  create: ({ config: cfg }) => ({ evaluate: (event, view) => evaluate(cfg, event, view) }),
  cases,
});
