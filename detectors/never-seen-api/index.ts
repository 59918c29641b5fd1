import { z } from 'zod';
import type { ActionCategory, AgentEvent } from '../../schemas/event.js';
import {
  CATEGORY_RISK,
  SENSITIVITY_RISK,
  actionCategory,
  isBulkRead,
  isSensitiveAction,
} from '../../src/events/action-category.js';
import { dayNumber } from '../../src/time/event-time.js';
import { mailsInsideOnly, organisationDomains } from '../../src/events/event-keys.js';
import {
  defineDetector,
  type BaselineView,
  type Finding,
  type TechniqueTag,
} from '../../src/detection/detector-contract.js';
import { HIGHEST_BELOW_CRITICAL, clampScore, severityFromScore } from '../../src/detection/severity.js';
import { describeAgent } from '../../src/detection/agent-text.js';
import { cases } from './cases.js';

const DAY_MS = 86_400_000;

const config = z
  .strictObject({
    established_days: z
      .number()
      .int()
      .min(1)
      .default(30)
      .describe('Active days after which an agent counts as well established: its novelty weighs more.'),
    peer_common_share: z
      .number()
      .min(0)
      .max(1)
      .default(0.5)
      .describe('Share of cohort peers using the API above which it counts as common in the cohort.'),
    peer_common_discount: z
      .number()
      .min(0)
      .max(100)
      .default(30)
      .describe('Score taken off when the API is common among peers (e.g. a team-wide rollout).'),
    peer_some_discount: z
      .number()
      .min(0)
      .max(100)
      .default(20)
      .describe('Score taken off when at least one peer uses (or has just started using) the API.'),
    requarantine_min_score: z
      .number()
      .min(0)
      .max(100)
      .default(45)
      .describe(
        'An API still under review after its first alert alerts again only from this score (medium): sensitive repeats keep alerting, benign reads do not.',
      ),
    bulk_read_points: z
      .number()
      .min(0)
      .max(100)
      .default(15)
      .describe(
        'Points added when the new API reads in bulk (export, dump, backup): a first export is not a lookup.',
      ),
    sensitive_floor_score: z
      .number()
      .min(0)
      .max(100)
      .default(45)
      .describe(
        'Lowest score of a sensitive first use (export, restricted data, payment, identity, admin, delete, send) after peer discounts: peers lower it, never below this.',
      ),
    open_toolset_share: z
      .number()
      .min(0)
      .max(1)
      .default(0.2)
      .describe(
        "APIs the agent used on one past day only, per past active day within the forget window (today left out), from which its tool set counts as open: Good-Turing's estimate of the chance that a new day brings a new API. Its first reads, writes and unclassified calls are then expected.",
      ),
    open_toolset_min_days: z
      .number()
      .int()
      .min(1)
      .default(5)
      .describe(
        'Past active days the agent needs before its tool set may count as open: a few days say nothing.',
      ),
    open_toolset_discount: z
      .number()
      .min(0)
      .max(100)
      .default(15)
      .describe(
        'Score taken off a first read, write or unclassified call (not sensitive) of an agent whose tool set is open: one that keeps taking up tools, as a help desk does for its rarer requests.',
      ),
    internal_domains: z
      .array(z.string())
      .default([])
      .describe(
        "Email domains inside the organisation (the owner's domain always is; the user the agent serves may be a customer, so that user's is not): a first send to these only is no data leaving, and peers lower it like a routine write.",
      ),
    min_score: z
      .number()
      .min(0)
      .max(100)
      .default(35)
      .describe(
        'Findings scoring below this are dropped: by default first reads of public or internal data and APIs common in the cohort.',
      ),
  })
  .describe('never-seen-api settings');

type Config = z.output<typeof config>;

function evaluate(cfg: Config, event: AgentEvent, view: BaselineView): Finding[] {
  const { agent, cohort } = view;
  const api = event.action.api;
  if (view.learning && !view.borrowing) return [];
  if (agent.apis.isKnown(api, event.ts, view.forgetAfterMs)) return [];
  const peers = cohort ? cohort.members - (cohort.isMember(agent.agentId) ? 1 : 0) : 0;
  const category = actionCategory(event);
  const sensitivity = event.resource?.sensitivity;
  // Peers may lower the severity of a sensitive action, never hide it: the same export or payment
  // spreading through a cohort in a short time is a campaign (one poisoned document read by many
  // agents) until shown otherwise.
  // Mail between colleagues is not data leaving the organisation: its spread through a team is a
  // rollout like any routine write's.
  const sensitive =
    isSensitiveAction(event, category) &&
    !(
      category === 'send' &&
      event.resource?.sensitivity !== 'restricted' &&
      mailsInsideOnly(event, organisationDomains(event, cfg.internal_domains, view.organisationDomains))
    );
  // A learning agent borrows its cohort: what its established peers do is normal for it too.
  if (view.borrowing && cohort && cohort.usersOf(api) > 0 && !sensitive) return [];
  // Peers that use the API, or have just started to (a rollout), make it less suspicious. The
  // agent itself counts among the triers once it is a member and has called the API.
  const selfTried = cohort !== undefined && cohort.isMember(agent.agentId) && agent.apis.has(api);
  const peersUsing = cohort ? Math.max(0, cohort.triersOf(api) - (selfTried ? 1 : 0)) : 0;

  const peerShare = peers > 0 ? peersUsing / peers : 0;
  let score = CATEGORY_RISK[category] + (sensitivity ? SENSITIVITY_RISK[sensitivity] : 0);
  if (peersUsing > 0)
    score -= peerShare >= cfg.peer_common_share ? cfg.peer_common_discount : cfg.peer_some_discount;
  // A first export or dump by an agent that only ever looked records up takes more than a lookup.
  if (isBulkRead(event)) score += cfg.bulk_read_points;
  if (agent.activeDays >= cfg.established_days) score += 5;
  if (event.outcome === 'denied') score += 5;
  if (sensitive && peersUsing > 0) score = Math.max(score, cfg.sensitive_floor_score);
  // Severity means something: novelty alone, however dangerous the action, is high at most; critical
  // takes a restricted (production, money-moving) target as well.
  if (sensitivity !== 'restricted') score = Math.min(score, HIGHEST_BELOW_CRITICAL);
  const openness = routineNovelty(category, sensitive) ? toolsetOpenness(cfg, event, view) : undefined;
  const open = openness !== undefined && openness.share >= cfg.open_toolset_share;
  if (open) score -= cfg.open_toolset_discount;
  score = clampScore(score);
  const stats = agent.apis.get(api);
  const quarantined = stats?.quarantineDays !== undefined;
  if (score < (quarantined ? Math.max(cfg.min_score, cfg.requarantine_min_score) : cfg.min_score)) return [];

  const forgotten = stats !== undefined && !quarantined;
  const who = describeAgent(event);
  const apisKnown = agent.apis.countKnown(event.ts, view.forgetAfterMs, api);
  const history = view.borrowing
    ? `it is new (${agent.events} events) and borrows its cohort's baseline`
    : `in ${agent.activeDays} active days and ${agent.events.toLocaleString('en-US')} events it established ${apisKnown} other APIs, not this one`;
  const novelty = quarantined
    ? `again (seen on ${stats.days} day(s) since ${new Date(stats.first).toISOString().slice(0, 10)}, still under review)`
    : forgotten
      ? `for the first time in ${Math.round((event.ts - stats.last) / 86_400_000)} days`
      : 'for the first time';
  const peerText =
    cohort && peers > 0
      ? `; ${peersUsing} of ${peers} peers in cohort ${cohort.key} use it or have started to`
      : '';
  const openText = open
    ? `; its tool set is open (${openness.singles} APIs used on one day only in ${openness.days} active days), so a first ${category === 'other' ? 'unclassified call' : category} is expected`
    : '';
  return [
    {
      reason: 'api_first_seen',
      key: api,
      severity: severityFromScore(score),
      score,
      title: `${who} called ${category} API ${api} ${quarantined ? 'again, still unestablished' : 'for the first time'}`,
      description: `${who} called ${api}${event.action.service ? ` on ${event.action.service}` : ''} ${novelty}: ${history}${peerText}${openText}. Category ${category}${sensitivity ? `, target sensitivity ${sensitivity}` : ''}.`,
      evidence: {
        api,
        category,
        apis_known: apisKnown,
        days_observed: agent.activeDays,
        events_observed: agent.events,
        first_event: Number.isFinite(agent.firstTs) ? new Date(agent.firstTs).toISOString() : 'none',
        cohort: cohort?.key ?? 'none',
        cohort_peers: peers,
        peers_using_api: peersUsing,
        quarantined,
        ...(openness ? { apis_used_one_day: openness.singles, past_active_days: openness.days } : {}),
        ...(sensitivity ? { sensitivity } : {}),
      },
      tags: tagsFor(category),
      quarantine: ['api'],
    },
  ];
}

/**
 * A first read, write or unclassified call of nothing sensitive: the novelty an open tool set
 * explains. Sending, executing and every campaign category keep their full score.
 */
function routineNovelty(category: ActionCategory, sensitive: boolean): boolean {
  return !sensitive && (category === 'read' || category === 'write' || category === 'other');
}

/**
 * How open the agent's tool set is: the APIs it used on one past day only, against its past active
 * days. Good-Turing's estimate for incidence data: the share of days that brought an API seen once
 * is the chance that the next day brings a new one. A fleet agent that does the same work every day
 * has none; a help desk whose rarer requests each need their own tool keeps finding some.
 */
function toolsetOpenness(
  cfg: Config,
  event: AgentEvent,
  view: BaselineView,
): { singles: number; days: number; share: number } | undefined {
  if (view.borrowing) return undefined;
  const { agent } = view;
  const today = dayNumber(event.ts, view.timezone);
  const past = agent.activeDays - (dayNumber(agent.lastTs, view.timezone) === today ? 1 : 0);
  if (past < cfg.open_toolset_min_days) return undefined;
  // Singletons are counted within the forget window: so are the days, at most (an agent a year old
  // has not had a year of chances to keep an API it used once).
  const days = Math.min(past, Math.ceil(view.forgetAfterMs / DAY_MS));
  const singles = agent.apis.countSeenOnOneDay(event.ts, view.forgetAfterMs, today, event.action.api);
  return { singles, days, share: singles / days };
}

function tagsFor(category: string): TechniqueTag[] {
  switch (category) {
    case 'identity':
      return ['attack.T1098', 'attack.T1078'];
    case 'admin':
      return ['attack.T1078', 'attack.T1562'];
    case 'delete':
      return ['attack.T1485'];
    case 'send':
      return ['attack.T1567', 'atlas.AML.T0051'];
    case 'payment':
      return ['attack.T1657'];
    case 'execute':
      return ['attack.T1059'];
    default:
      return ['attack.T1078'];
  }
}

export const neverSeenApi = defineDetector({
  id: 'never-seen-api',
  version: 2,
  title: 'An agent calls an API it has never used (or has not used within the forget window)',
  maturity: 'stable',
  reasons: {
    api_first_seen:
      'The agent called an API it has never used, that is still under review after an earlier alert, or that it has not used within the forget window.',
  },
  // A new API keeps alerting while it is under review (its quarantine days): those repeats fold into
  // the first alert for a week (count, last_seen, event ids) instead of a new alert each day; the
  // update is sent at once at the first repeat of each later day and on an escalation.
  dedupWindowMinutes: 7 * 24 * 60,
  // A first read of nothing sensitive scores low: weak evidence, kept under review, not raised (see README).
  defaultMinSeverity: 'medium',
  dailyUpdates: true,
  config,
  create: ({ config: cfg }) => ({ evaluate: (event, view) => evaluate(cfg, event, view) }),
  cases,
});
