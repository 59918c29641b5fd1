import type { AgentEvent } from '../../schemas/event.js';
import { actionCategory } from '../events/action-category.js';
import { hasLineOrderTime } from '../events/line-order-time.js';
import { NO_ORIGINS, targetOrigins } from '../events/target-origins.js';
import {
  KIND_PREFIX,
  PARTY_PREFIX,
  PARTY_READ_PREFIX,
  PAID_KEY,
  accountLike,
  accountShaped,
  PARTIES_KEY,
  QUESTIONED_PARTIES_KEY,
  SENSITIVITY_KEY,
  REQUESTED_KEY,
  payeeNames,
  namesOnlyNewPayees,
  categoryMarker,
  keyedTargets,
  parameterTargets,
  partyDomainMark,
  labelShape,
  paidInTaskMark,
  MULTI_PARTY_TASKS_KEY,
  partyRecordResource,
  partyTemplates,
  PARTY_MET_TODAY,
  PARTY_NEVER_MET,
  type PartyReach,
  payeeKeys,
  resourceObject,
  relatedKeys,
  taskKey,
  withReachMarks,
} from '../events/event-keys.js';
import {
  SEGMENTS,
  SEG_APIS,
  SEG_HOUR_ROWS,
  SEG_RESOURCES,
  SEG_TASKS,
  SEG_USERS,
  emptyWords,
  trimWords,
  type WordStore,
} from './agent-words.js';
import { type AgentProfile } from './baseline-snapshot.js';
import { dayNumber, hourOfWeek } from '../time/event-time.js';
import { addHourCount, hourCount } from './hour-counts.js';
import type { AgentHistory } from './baseline-view.js';
import type { QuarantineKey } from './quarantine-keys.js';
import { intern } from './string-pool.js';
import { VALUE_BECAME_KNOWN, VALUE_NEW } from './scope-sighting.js';
import {
  SCOPE_APIS,
  SCOPE_RESOURCES,
  ScopeView,
  forEachInSet,
  forEachScope,
  forgetScopes,
  observeInScope,
  scopeCount,
  scopeKey,
  scopeOf,
  touchScope,
} from './usage-scopes.js';
import { acquireValue, valueId, valueOf } from './value-dictionary.js';
import {
  observeRow,
  rowCount,
  rowFirst,
  rowId,
  rowLast,
  rowQuarantine,
  startRow,
  type QuarantineAction,
} from './value-stats.js';
import {
  ValueTableView,
  appendRow,
  evictLeastRecentRow,
  findRow,
  forEachRowId,
  forgetStaleRows,
  removeRow,
  rowsIn,
} from './value-table.js';

export type { AgentProfile, BaselineSnapshot } from './baseline-snapshot.js';

const DAY_MS = 86_400_000;
/** The owner's scalar words (see agent-words.ts): timestamps as seconds plus milliseconds. */
const FIRST_S = SEGMENTS;
const LAST_S = SEGMENTS + 1;
/** First ms | last ms << 10. */
const TS_MS = SEGMENTS + 2;
/** 0 until the first event: day numbers and epoch hours of the schema's years are positive. */
const LAST_DAY = SEGMENTS + 3;
const CURRENT_HOUR = SEGMENTS + 4;

/** Which values of one event raised alerts (quarantine) or carry evidence against them. */
export interface LearnVerdict {
  /** The values held back from learning (see `QUARANTINE_KEYS`). */
  quarantine: ReadonlySet<QuarantineKey>;
  /**
   * True when the action was denied or failed: no quarantined value gets a clean day from it.
   */
  evidenceAgainst: boolean;
  /**
   * Values named by an alert at or above `baseline.hold_from_severity`, and targets named while
   * several detectors fired: under review, and no clean day from this event (a dangerous pattern
   * does not become normal by being repeated).
   */
  hold: ReadonlySet<QuarantineKey>;
  /**
   * Target keys named by an alert at or above `baseline.hold_from_severity`, held or not: the agent
   * may still release such a target by recurring (a new supplier's account), its cohort never lends it.
   */
  questioned?: ReadonlySet<QuarantineKey>;
  /**
   * True when a detector raised a finding about the event that holds no value back (access beyond
   * the grants, a rate spike): the event is still learned, but it is not clean.
   */
  flagged?: boolean;
}

export const NO_VERDICT: LearnVerdict = { quarantine: new Set(), evidenceAgainst: false, hold: new Set() };

/**
 * Whether an event came through clean: it succeeded, no detector held back any of its values, and
 * none flagged it otherwise (findings of a detector whose own state is learned from clean events,
 * such as who acts for whom, do not count: see `DetectorDefinition.verdictNeutral`).
 */
export function cleanVerdict(verdict: LearnVerdict): boolean {
  return (
    !verdict.evidenceAgainst &&
    verdict.quarantine.size === 0 &&
    verdict.hold.size === 0 &&
    verdict.flagged !== true
  );
}

/** Learning settings the baseline needs. */
export interface LearningSettings {
  quarantineDays: number;
  forgetAfterMs: number;
  /** Caps on tracked values so one noisy agent cannot grow without bound. */
  maxValuesPerTable: number;
  maxScopes: number;
}

/**
 * Everything agentwatch has learned about one agent. Event time throughout. The scalars are fields;
 * every table (APIs, resources, hours under review, hour-of-week counts, task and user scopes) lives
 * in one word array (agent-words.ts) with values as dictionary ids (value-dictionary.ts).
 */
export class AgentBaseline implements WordStore, AgentHistory {
  readonly agentId: string;
  profile: AgentProfile = {};
  events = 0;
  activeDays = 0;
  currentHourEvents = 0;
  /** Sum of the hour-of-week counts (learned, not quarantined, events). */
  private hourEvents = 0;
  /**
   * `lastApiChange | lastTaskApiChange << 2 | related key i's changes << (4 + 4i)`: one small integer
   * field instead of several.
   */
  private changes = 0;
  /**
   * What the latest `learn` changed among the parties (`PARTIES_KEY`, `QUESTIONED_PARTIES_KEY`):
   * key, value and bits per change, the bits negative for a value taken back (dropped at the cap or
   * started over after going stale); undefined when nothing changed, as for most events.
   */
  private partyChanges: (string | number)[] | undefined;
  /**
   * The tables (see agent-words.ts) and, in its scalar words, the first and last event time, the
   * latest active day and epoch hour. Replaced when it grows.
   */
  words: Uint32Array;

  constructor(agentId: string, words: Uint32Array = emptyWords()) {
    this.agentId = agentId;
    this.words = words;
  }

  /** First event time (epoch ms); +Infinity before the first event. */
  get firstTs(): number {
    const s = this.words[FIRST_S] ?? 0;
    return s === 0 ? Number.POSITIVE_INFINITY : s * 1000 + ((this.words[TS_MS] ?? 0) & 1023);
  }

  /** Latest event time (epoch ms); -Infinity before the first event. */
  get lastTs(): number {
    const s = this.words[LAST_S] ?? 0;
    return s === 0 ? Number.NEGATIVE_INFINITY : s * 1000 + ((this.words[TS_MS] ?? 0) >>> 10);
  }

  /** Latest active local day number; -Infinity before the first event. */
  get lastDay(): number {
    const day = this.words[LAST_DAY] ?? 0;
    return day === 0 ? Number.NEGATIVE_INFINITY : day;
  }

  /** The latest epoch hour with activity (bursts are measured against it); -Infinity before any. */
  get currentHour(): number {
    const hour = this.words[CURRENT_HOUR] ?? 0;
    return hour === 0 ? Number.NEGATIVE_INFINITY : hour;
  }

  /**
   * What the latest `learn` changed for the event's API (and its task's API): `VALUE_NEW` and
   * `VALUE_BECAME_KNOWN` bits. Cohorts count adopters from these instead of keeping sets of agents.
   */
  get lastApiChange(): number {
    return this.changes & 3;
  }

  get lastTaskApiChange(): number {
    return (this.changes >>> 2) & 3;
  }

  /**
   * What the latest `learn` changed under the event's related key number `i` (see `relatedKeys`):
   * the API's bits, and for a request kind the category marker's bits shifted by 2.
   */
  lastRelatedChange(i: number): number {
    return (this.changes >>> (4 + 4 * i)) & 15;
  }

  /**
   * Visits what the latest `learn` changed among the targets of payments and sends (`PARTIES_KEY`)
   * and the questioned ones (`QUESTIONED_PARTIES_KEY`): `VALUE_NEW` / `VALUE_BECAME_KNOWN` bits per
   * value, with `sign` -1 for a value taken back. Cohorts count the members that reach a party.
   */
  forEachLastPartyChange(visit: (key: string, party: string, change: number, sign: 1 | -1) => void): void {
    const changes = this.partyChanges;
    if (!changes) return;
    for (let i = 0; i + 2 < changes.length; i += 3) {
      const change = Number(changes[i + 2]);
      visit(String(changes[i]), String(changes[i + 1]), Math.abs(change), change < 0 ? -1 : 1);
    }
  }

  /** Event times are integer epoch ms of 2000..2100 (the event schema): seconds never 0. */
  private setFirstTs(ts: number): void {
    const words = this.words;
    words[FIRST_S] = Math.floor(ts / 1000);
    words[TS_MS] = ((words[TS_MS] ?? 0) & ~1023) | (ts % 1000);
  }

  private setLastTs(ts: number): void {
    const words = this.words;
    words[LAST_S] = Math.floor(ts / 1000);
    words[TS_MS] = ((words[TS_MS] ?? 0) & 1023) | ((ts % 1000) << 10);
  }

  /** The APIs the agent called, with their stats. A view: valid until the next `learn`. */
  get apis(): ValueTableView {
    return new ValueTableView(this, SEG_APIS);
  }

  /** The resources the agent acted on, with their stats. A view: valid until the next `learn`. */
  get resources(): ValueTableView {
    return new ValueTableView(this, SEG_RESOURCES);
  }

  /** What the agent did for a task key (see `taskKey`), if remembered. */
  task(key: string): ScopeView | undefined {
    const at = scopeOf(this.words, SEG_TASKS, key);
    return at < 0 ? undefined : new ScopeView(this.words, at);
  }

  /** What the agent did on behalf of a user id, if remembered. */
  user(key: string): ScopeView | undefined {
    const at = scopeOf(this.words, SEG_USERS, key);
    return at < 0 ? undefined : new ScopeView(this.words, at);
  }

  /** Task and user scopes remembered. */
  scopeCounts(): { tasks: number; users: number } {
    return { tasks: scopeCount(this.words, SEG_TASKS), users: scopeCount(this.words, SEG_USERS) };
  }

  /** Every (task key, API, established) the agent remembers. */
  forEachTaskApi(visit: (task: string, api: string, established: boolean) => void): void {
    const words = this.words;
    forEachScope(words, SEG_TASKS, (at) => {
      const task = scopeKey(words, at);
      forEachInSet(words, at, SCOPE_APIS, (id, packed) => visit(task, valueOf(id), packed % 16 === 0));
    });
  }

  /** Learned events in hour of week `how` (0 = Monday 00:00, 0..167). */
  hourCount(how: number): number {
    return hourCount(this.words, how);
  }

  /** Events counted in the hour-of-week profile (learned, not quarantined). */
  hourTotal(): number {
    return this.hourEvents;
  }

  /** Hours of week under review (after an alert), not yet in the profile. */
  hoursUnderReview(): number {
    return rowsIn(this.words, SEG_HOUR_ROWS);
  }

  /**
   * Whether `ts` falls in a clock hour later than every earlier event's: the agent's first event of a
   * new hour (a late event of an earlier hour is not).
   */
  startsNewHour(ts: number): boolean {
    return Math.floor(ts / 3_600_000) > this.currentHour;
  }

  /** Events in the current epoch hour of `ts` so far (0 when `ts` starts a new hour). */
  eventsThisHour(ts: number): number {
    return Math.floor(ts / 3_600_000) === this.currentHour ? this.currentHourEvents : 0;
  }

  reviewedHourEventsSince(since: number, except?: number): number {
    let events = 0;
    forEachRowId(this.words, SEG_HOUR_ROWS, (at) => {
      if (this.words[at] !== except && rowLast(this.words, at) >= since) events += rowCount(this.words, at);
    });
    return events;
  }

  /** Days between the first and the latest event, plus one. */
  spanDays(): number {
    if (this.events === 0) return 0;
    return Math.floor((this.lastTs - this.firstTs) / 86_400_000) + 1;
  }

  /**
   * Learns from one event, after the detectors have evaluated it against the state before it.
   * Returns the event's hour of week in the agent's zone (the bin its hour profile counted; for an
   * event placed by its line in a bare log, counted nowhere). `established`: the agent was past
   * learning when the event was judged; only then are its payees and correspondents kept for its
   * cohort (nothing is questioned while an agent learns, so its first week's parties prove nothing).
   */
  learn(event: AgentEvent, verdict: LearnVerdict, settings: LearningSettings, established = false): number {
    const ts = event.ts;
    this.updateProfile(event);
    const tz = this.profile.timezone;
    const day = dayNumber(ts, tz);
    this.events += 1;
    if (ts < this.firstTs) this.setFirstTs(ts);
    if (ts > this.lastTs) this.setLastTs(ts);
    if (day > (this.words[LAST_DAY] ?? 0)) {
      this.activeDays += 1;
      this.words[LAST_DAY] = day;
    }
    const action = (key: QuarantineKey): QuarantineAction =>
      verdict.evidenceAgainst || verdict.hold.has(key)
        ? 'evidence_against'
        : verdict.quarantine.has(key)
          ? 'quarantine'
          : 'none';
    const q = settings.quarantineDays;
    const cap = settings.maxValuesPerTable;
    const forgetAfterMs = settings.forgetAfterMs;

    const api = event.action.api;
    const apiId = valueId(api);
    const before = apiId < 0 ? -1 : findRow(this.words, SEG_APIS, apiId);
    const beforeFresh = before >= 0 && ts - rowLast(this.words, before) <= forgetAfterMs;
    const wasKnown = beforeFresh && rowQuarantine(this.words, before) < 0;
    const apiRow = this.observeValue(SEG_APIS, api, before, ts, day, action('api'), q, cap, forgetAfterMs);
    const knownNow = rowQuarantine(this.words, apiRow) < 0;
    this.changes = (beforeFresh ? 0 : VALUE_NEW) | (knownNow && !wasKnown ? VALUE_BECAME_KNOWN : 0);
    const resourceId = event.resource?.id;
    let resourceWasNew = false;
    let resourceMetToday = false;
    // Money's and mail's parties count as new when first met today too: a customer's account the agent
    // looked up minutes before refunding it, or the customer it looked up by the address its mail came
    // from before replying, is that customer's, new to the routine like any other.
    const partyCategory = actionCategory(event);
    const reachesParty = partyCategory === 'payment' || partyCategory === 'send';
    // Only a value met once before (the lookup): a second payment to it the same day is no new party.
    const metToday = (at: number) =>
      reachesParty && at >= 0 && ts - rowFirst(this.words, at) < DAY_MS && rowCount(this.words, at) <= 1;
    if (resourceId !== undefined) {
      const id = valueId(resourceId);
      const at = id < 0 ? -1 : findRow(this.words, SEG_RESOURCES, id);
      resourceMetToday = at >= 0 && ts - rowLast(this.words, at) <= forgetAfterMs && metToday(at);
      resourceWasNew = at < 0 || ts - rowLast(this.words, at) > forgetAfterMs || resourceMetToday;
      this.observeValue(SEG_RESOURCES, resourceId, at, ts, day, action('resource'), q, cap, forgetAfterMs);
    }
    // Restricted data, under its own key: a first touch a finding questioned is established once it
    // recurs on its quarantine days, whatever else other findings say about the resources reached
    // (a payment run's new payee questions the payee, not whether the agent handles bank accounts).
    // Only a resource new to the agent reaches it: a table it reads every day, relabelled restricted,
    // is not judged a reach (restricted-data-first-access), so it must not teach one either.
    if (event.resource?.sensitivity === 'restricted' && resourceWasNew) {
      const at = touchScope(this, SEG_TASKS, SENSITIVITY_KEY, ts, settings.maxScopes);
      this.observeScopeResources(at, ['restricted'], day, action('sensitivity'), settings);
    }

    const how = hourOfWeek(ts, tz);
    // A conversation placed by its line in a bare log has days and an order, not hours of its own.
    if (!hasLineOrderTime(event))
      this.learnHour(how, ts, day, action('hour'), verdict.quarantine.has('hour'), settings);

    // Recipients and accounts named in parameters are targets too: learned per task and per user so
    // that a payee or correspondent becomes "grounded in the history".
    const paramTargets = event.action.parameters ? parameterTargets(event) : NO_TARGETS;
    // Agent-wide too: a constant the agent uses for every user it serves (a refund's "original payment
    // method", a team channel) is its own routine, not each user's.
    // Whether the action named a recipient or payee new to the agent: per API, the share of such
    // uses says whether it serves a new party each time (a confirmation to each customer, a lookup of
    // each customer who wrote in). Not a resource id alone (a message or transfer id is new every
    // time), not money (below).
    // Where each target came from, read once for the party scopes and the requested set below.
    const origins = paramTargets.length > 0 ? targetOrigins(event) : NO_ORIGINS;
    let newTargets: string[] | undefined;
    // How the new parties were reached: met first today by an earlier step (the lookup before the
    // reply), or never met before.
    let reached: PartyReach = 0;
    for (const t of paramTargets) {
      // The recipient the producer also gave as the resource (learned above) is whom the action serves.
      if (t === resourceId) {
        if (resourceWasNew) {
          (newTargets ??= []).push(t);
          reached |= resourceMetToday ? PARTY_MET_TODAY : PARTY_NEVER_MET;
        }
        continue;
      }
      const id = valueId(t);
      const at = id < 0 ? -1 : findRow(this.words, SEG_RESOURCES, id);
      if (at < 0 || ts - rowLast(this.words, at) > forgetAfterMs) {
        (newTargets ??= []).push(t);
        reached |= PARTY_NEVER_MET;
      } else if (metToday(at)) {
        (newTargets ??= []).push(t);
        reached |= PARTY_MET_TODAY;
      }
      this.observeValue(SEG_RESOURCES, t, at, ts, day, action('resource'), q, cap, forgetAfterMs);
    }
    // A payment into the record of the party it names by id (a customer's store credit) reaches
    // that party, though no parameter names the account.
    if (
      partyCategory === 'payment' &&
      resourceWasNew &&
      resourceId !== undefined &&
      !paramTargets.includes(resourceId) &&
      partyRecordResource(event) !== undefined
    )
      (newTargets ??= []).push(resourceId);
    if (newTargets !== undefined && partyCategory !== 'payment') {
      // The shapes are reviewed like the targets: an alerted send's subject is not a routine yet.
      const party = touchScope(this, SEG_TASKS, `${PARTY_PREFIX}${api}`, ts, settings.maxScopes);
      const shapes = withReachMarks(partyTemplates(event), reached);
      this.observeScopeResources(party, shapes, day, action('task_resource'), settings);
      // Under any label too: the routine's keys with another template's name (see labelShape).
      const labels = shapes.map(labelShape).filter((label) => label !== undefined);
      if (labels.length > 0)
        this.observeScopeResources(party, labels, day, action('task_resource'), settings);
      // New parties read from content (a producer that marks every address it looked up as read from
      // a tool result): counted apart, with the mail domains they came from.
      const domains = contentPartyDomains(origins, newTargets);
      if (domains !== undefined) {
        const read = touchScope(this, SEG_TASKS, `${PARTY_READ_PREFIX}${api}`, ts, settings.maxScopes);
        this.observeScopeResources(read, domains, day, action('task_resource'), settings);
      }
    } else if (
      newTargets !== undefined &&
      partyCategory === 'payment' &&
      this.paysNewParty(event, newTargets, origins)
    ) {
      // Money too has APIs that pay a new party each time (a refund to each customer's account on
      // file, a first payout to each new seller); counted only for a payee never paid before at a new
      // account, so that a known payee's new account never makes the routine.
      const party = touchScope(this, SEG_TASKS, `${PARTY_PREFIX}${api}`, ts, settings.maxScopes);
      this.observeScopeResources(party, partyTemplates(event, true), day, action('task_resource'), settings);
    }
    this.partyChanges = undefined;
    if (partyCategory === 'payment' || partyCategory === 'send')
      this.observeParties(event, resourceId, verdict, day, settings, established);
    // Whom the agent pays, by name: a known payee at a new account is judged against these. A payee
    // of a payment that failed or whose targets an alert holds is not one yet; an alert that holds
    // nothing leaves the name paid (the account it named is the suspect, not the name).
    if (partyCategory === 'payment') {
      const payees = payeeNames(event);
      if (payees.length > 0) {
        const at = touchScope(this, SEG_TASKS, PAID_KEY, ts, settings.maxScopes);
        const paid =
          verdict.evidenceAgainst || verdict.hold.has('task_resource') ? 'evidence_against' : 'none';
        this.observeScopeResources(at, payees, day, paid, settings);
        // Beside the accounts it names: a namesake paid for another account is not them, and the
        // same payee at the account it was paid at is the same party at the same place.
        // Only from a clean payment: an alerted account paired with its payee must not ground the
        // attacker's next payment to it.
        this.observeScopeResources(
          at,
          payeeKeys(event, payees),
          day,
          cleanVerdict(verdict) ? paid : 'evidence_against',
          settings,
        );
      }
    }
    if (origins.size > 0) {
      const requested = paramTargets.filter((t) => origins.get(t) === 'request');
      if (requested.length > 0) {
        const at = touchScope(this, SEG_TASKS, REQUESTED_KEY, ts, settings.maxScopes);
        this.observeScopeResources(at, requested, day, action('task_resource'), settings);
      }
    }
    const task = taskKey(event);
    if (task !== undefined) {
      let at = touchScope(this, SEG_TASKS, task, ts, settings.maxScopes);
      const observe = (set: number, value: string, key: QuarantineKey) =>
        observeInScope(this, SEG_TASKS, at, set, value, day, action(key), q, cap, forgetAfterMs);
      this.changes |= observe(SCOPE_APIS, api, 'task_api') << 2;
      if (partyCategory === 'payment') {
        // A task that pays a second party by the same API: such tasks are batches for this API.
        const mark = paidInTaskMark(event);
        const before = this.task(task)?.resources;
        const paid = resourceId === undefined ? paramTargets : [...paramTargets, resourceId];
        // Reviewed like a target: a two-party task an alert questioned (an injected "sister account")
        // marks nothing until such tasks recur on their quarantine days.
        if (before?.has(mark) === true && paid.some((t) => !before.has(t))) {
          const multi = touchScope(this, SEG_TASKS, MULTI_PARTY_TASKS_KEY, ts, settings.maxScopes);
          this.observeScopeResources(multi, [api], day, action('task_resource'), settings);
          // Touching another scope of the segment moves the blocks after it (a new value, a scope
          // evicted at the cap): the task's block is found again, or its words would be written
          // over another's.
          const moved = scopeOf(this.words, SEG_TASKS, task);
          at = moved >= 0 ? moved : touchScope(this, SEG_TASKS, task, ts, settings.maxScopes);
        }
        observe(SCOPE_RESOURCES, mark, 'task_resource');
      }
      if (resourceId !== undefined) {
        observe(SCOPE_RESOURCES, resourceId, 'task_resource');
        // The object behind the id too: the booking a later step charges under another system's id.
        // Not an account: a step that looked one up (read from a message) grounds no payment to it.
        const object = resourceObject(resourceId);
        if (object !== undefined && !accountShaped(object)) observe(SCOPE_RESOURCES, object, 'task_resource');
      }
      for (const t of paramTargets) if (t !== resourceId) observe(SCOPE_RESOURCES, t, 'task_resource');
    }
    // The request's kind and its scope words are learned like tasks (APIs only, and for the kind the
    // action's category): what the agent does for "summarize ..." requests or under scope `crm`,
    // whatever the task ids, so per-request task ids and scopes in any vocabulary still get a history.
    const related = relatedKeys(event);
    if (related.length > 0) {
      const category = categoryMarker(partyCategory);
      const taskAction = action('task_api');
      for (let i = 0; i < related.length; i += 1) {
        const key = related[i] ?? '';
        const at = touchScope(this, SEG_TASKS, key, ts, settings.maxScopes);
        const observe = (value: string) =>
          observeInScope(this, SEG_TASKS, at, SCOPE_APIS, value, day, taskAction, q, cap, forgetAfterMs);
        let change = observe(api);
        if (key.startsWith(KIND_PREFIX)) change |= observe(category) << 2;
        this.changes |= change << (4 + 4 * i);
      }
    }
    const user = event.on_behalf_of?.id;
    if (user !== undefined) {
      const at = touchScope(this, SEG_USERS, user, ts, settings.maxScopes);
      const observe = (set: number, value: string, key: QuarantineKey) =>
        observeInScope(this, SEG_USERS, at, set, value, day, action(key), q, cap, forgetAfterMs);
      observe(SCOPE_APIS, api, 'user_api');
      if (resourceId !== undefined) observe(SCOPE_RESOURCES, resourceId, 'user_resource');
      for (const t of paramTargets) if (t !== resourceId) observe(SCOPE_RESOURCES, t, 'user_resource');
    }
    return how;
  }

  /**
   * Where a payment or send went (its resource and the recipient or payee parameters, not an address
   * a body only carries), for the cohort: kept once the agent is established, a party counting once
   * it was seen cleanly on its quarantine days (`PARTY_RECUR_DAYS` at least); a use under review gives
   * it no clean day. A target an alert at the hold severity named, or of a denied action, goes to the
   * questioned parties as well, whoever the agent and for as long as it is remembered: no peer relies
   * on it, even once the agent itself has released it.
   */
  private observeParties(
    event: AgentEvent,
    resourceId: string | undefined,
    verdict: LearnVerdict,
    day: number,
    settings: LearningSettings,
    established: boolean,
  ): void {
    const targets = keyedTargets(event);
    if (resourceId !== undefined) targets.add(resourceId);
    if (targets.size === 0) return;
    const ts = event.ts;
    // Questioned: an alert at the hold severity named the target, or a policy denied the action. A
    // failure or a lesser alert is no verdict on the party; it still gives the party no clean day.
    const questioned =
      event.outcome === 'denied' ||
      verdict.hold.has('task_resource') ||
      verdict.questioned?.has('task_resource') === true;
    const reviewed = questioned || verdict.evidenceAgainst || verdict.quarantine.has('task_resource');
    const observe = (
      key: string,
      action: QuarantineAction,
      first: QuarantineAction,
      values: ReadonlySet<string>,
    ) => {
      const at = touchScope(this, SEG_TASKS, key, ts, settings.maxScopes);
      const changes = (this.partyChanges ??= []);
      const dropped = (value: string, packed: number) =>
        changes.push(key, value, -(VALUE_NEW | (packed % 16 === 0 ? VALUE_BECAME_KNOWN : 0)));
      for (const value of values) {
        const change = observeInScope(
          this,
          SEG_TASKS,
          at,
          SCOPE_APIS,
          value,
          day,
          action,
          Math.max(PARTY_RECUR_DAYS, settings.quarantineDays),
          settings.maxValuesPerTable,
          settings.forgetAfterMs,
          first,
          dropped,
        );
        if (change !== 0) changes.push(key, value, change);
      }
    };
    // A questioned party stays questioned while the agent keeps using it: each use refreshes the mark,
    // so forgetting never drops the mark of a party that is still paid or mailed.
    const marks = this.task(QUESTIONED_PARTIES_KEY)?.apis;
    if (questioned) observe(QUESTIONED_PARTIES_KEY, 'none', 'none', targets);
    else if (marks !== undefined) {
      // Only the parties already marked: a clean co-recipient of a questioned one is not questioned.
      const marked = new Set<string>();
      for (const t of targets) if (marks.has(t)) marked.add(t);
      if (marked.size > 0) observe(QUESTIONED_PARTIES_KEY, 'none', 'none', marked);
    }
    if (established)
      observe(
        PARTIES_KEY,
        reviewed ? 'evidence_against' : 'none',
        reviewed ? 'evidence_against' : 'quarantine',
        targets,
      );
  }

  /**
   * Whether a payment reaches a new party altogether: a new account-shaped target that no content or
   * record supplied, and no payee it names was paid before (checked before this payment is learned).
   */
  private paysNewParty(
    event: AgentEvent,
    newTargets: readonly string[],
    origins: ReadonlyMap<string, string>,
  ): boolean {
    if (!newTargets.some(accountLike)) return false;
    if (newTargets.some((t) => origins.has(t) && origins.get(t) !== 'request')) return false;
    return namesOnlyNewPayees(event, this.task(PAID_KEY)?.resources);
  }

  /** Drops values and scopes not seen for `forgetAfterMs` of event time. */
  forget(now: number, forgetAfterMs: number): void {
    forgetStaleRows(this, SEG_APIS, now, forgetAfterMs);
    forgetStaleRows(this, SEG_RESOURCES, now, forgetAfterMs);
    forgetScopes(this, SEG_TASKS, now, forgetAfterMs);
    forgetScopes(this, SEG_USERS, now, forgetAfterMs);
    trimWords(this);
  }

  private updateProfile(event: AgentEvent): void {
    const a = event.agent;
    const p = this.profile;
    // Assigned only when changed: the profile keeps one copy of each string, not the latest event's.
    if (a.name !== undefined && a.name !== p.name) p.name = a.name;
    if (a.type !== undefined && a.type !== p.type) p.type = intern(a.type);
    if (a.owner !== undefined && a.owner !== p.owner) p.owner = intern(a.owner);
    if (a.vendor !== undefined && a.vendor !== p.vendor) p.vendor = intern(a.vendor);
    if (a.team !== undefined && a.team !== p.team) p.team = intern(a.team);
    if (a.timezone !== undefined && p.timezone === undefined) p.timezone = intern(a.timezone);
  }

  /**
   * One sighting of `value` in a value table whose row for it is at `at` (-1: none); returns the
   * row's offset. At the cap, the least recently seen value goes first. A value unseen for longer
   * than the forget window starts over in place, whether or not it was pruned yet.
   */
  private observeValue(
    segment: number,
    value: string,
    at: number,
    ts: number,
    day: number,
    action: QuarantineAction,
    q: number,
    cap: number,
    forgetAfterMs: number,
  ): number {
    if (at < 0) {
      if (rowsIn(this.words, segment) >= cap) evictLeastRecentRow(this, segment, true);
      const row = appendRow(this, segment);
      startRow(this.words, row, acquireValue(value), ts, day, action);
      return row;
    }
    if (ts - rowLast(this.words, at) > forgetAfterMs)
      startRow(this.words, at, rowId(this.words, at), ts, day, action);
    else observeRow(this.words, at, ts, day, action, q);
    return at;
  }

  /**
   * Counts the event in its hour of week `how`: an hour under review is a value with its own
   * quarantine (released with the sightings it collected), a learned hour a plain count; and the
   * events of the current clock hour, for bursts.
   */
  private learnHour(
    how: number,
    ts: number,
    day: number,
    hourAction: QuarantineAction,
    quarantined: boolean,
    settings: LearningSettings,
  ): void {
    const q = settings.quarantineDays;
    const forgetAfterMs = settings.forgetAfterMs;
    // Only hours under review are tracked as values; learned hours are plain counts.
    let hourRow = findRow(this.words, SEG_HOUR_ROWS, how);
    if (quarantined || hourRow >= 0) {
      if (hourRow < 0) {
        hourRow = appendRow(this, SEG_HOUR_ROWS);
        startRow(this.words, hourRow, how, ts, day, hourAction);
      } else if (ts - rowLast(this.words, hourRow) > forgetAfterMs) {
        startRow(this.words, hourRow, how, ts, day, hourAction);
      } else observeRow(this.words, hourRow, ts, day, hourAction, q);
      if (rowQuarantine(this.words, hourRow) < 0) {
        // A released hour brings the sightings it collected while under review.
        const count = rowCount(this.words, hourRow);
        removeRow(this, SEG_HOUR_ROWS, hourRow, false);
        this.addHourEvents(how, count);
      }
    } else {
      this.addHourEvents(how, 1);
    }
    const epochHour = Math.floor(ts / 3_600_000);
    const currentHour = this.words[CURRENT_HOUR] ?? 0;
    if (epochHour === currentHour) this.currentHourEvents += 1;
    else if (epochHour > currentHour) {
      this.words[CURRENT_HOUR] = epochHour;
      this.currentHourEvents = 1;
    }
  }

  /** Observes each of `values` among the resources of the task-table scope at `at`. */
  private observeScopeResources(
    at: number,
    values: readonly string[],
    day: number,
    action: QuarantineAction,
    settings: LearningSettings,
  ): void {
    for (const value of values)
      observeInScope(
        this,
        SEG_TASKS,
        at,
        SCOPE_RESOURCES,
        value,
        day,
        action,
        settings.quarantineDays,
        settings.maxValuesPerTable,
        settings.forgetAfterMs,
      );
  }

  /** Adds learned events to an hour of week (see hour-counts.ts) and to the total. */
  private addHourEvents(how: number, count: number): void {
    this.hourEvents += count;
    addHourCount(this, how, count);
  }

  /**
   * A baseline from decoded state: the way in of the snapshot codec (snapshot-codec.ts). `words`
   * holds the tables; times given here (when finite) are written into its scalar words.
   */
  static restore(agentId: string, words: Uint32Array, state: RestoredState): AgentBaseline {
    const b = new AgentBaseline(agentId, words);
    b.profile = state.profile;
    b.events = state.events;
    b.activeDays = state.activeDays;
    b.currentHourEvents = state.currentHourEvents;
    b.hourEvents = state.hourEvents;
    // Absent (null once through JSON) only for an agent without events, which is never saved.
    if (state.first !== undefined && Number.isFinite(state.first)) b.setFirstTs(state.first);
    if (state.last !== undefined && Number.isFinite(state.last)) b.setLastTs(state.last);
    if (state.lastDay !== undefined && Number.isFinite(state.lastDay)) words[LAST_DAY] = state.lastDay;
    if (state.currentHour !== undefined && Number.isFinite(state.currentHour))
      words[CURRENT_HOUR] = state.currentHour;
    return b;
  }
}

/** The scalars of a decoded baseline (see `AgentBaseline.restore`). */
export interface RestoredState {
  profile: AgentProfile;
  events: number;
  activeDays: number;
  currentHourEvents: number;
  /** Sum of the hour-of-week counts. */
  hourEvents: number;
  /** Set only when the words do not already hold them (column snapshots). */
  first?: number;
  last?: number;
  lastDay?: number;
  currentHour?: number;
}

const NO_TARGETS: readonly string[] = [];

/**
 * Distinct clean local days, the first included, on which a party of the agent's payments and sends
 * is seen before its cohort relies on it, at the least: the baseline's quarantine days when more (the
 * cohort trusts a party no sooner than the agent trusts an alerted one).
 */
const PARTY_RECUR_DAYS = 2;

/**
 * The mail domains (`@gmail.com`) of the new parties an event reached that its producer marked as read
 * from content (`provenance.<parameter>` = `tool_result`); undefined when none was. Only events with a
 * new target get here.
 */
function contentPartyDomains(
  origins: ReadonlyMap<string, string>,
  newTargets: readonly string[],
): string[] | undefined {
  if (origins.size === 0) return undefined;
  let out: string[] | undefined;
  for (const t of newTargets) {
    if (origins.get(t) !== 'tool_result') continue;
    out ??= [];
    const domain = partyDomainMark(t);
    if (domain !== undefined && !out.includes(domain)) out.push(domain);
  }
  return out;
}
