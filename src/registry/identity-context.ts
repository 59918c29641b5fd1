import type { AgentEvent } from '../../schemas/event.js';
import type { DirectoryRecord, GroupRecord, PersonRecord, RegistryRecord } from '../../schemas/registry.js';
import { ownChangeOptions, readsOwnRecord } from './delegated-practice.js';
import { actionCategory, isSensitiveAction } from '../events/action-category.js';
import {
  ACCESS_WORDS,
  ScopeMatcher,
  actionFamily,
  grantsReadingOnly,
  type ActionWords,
} from './scope-match.js';

/** Bounds per agent: a hostile or buggy producer cannot grow one agent's footprint without limit. */
const MAX_FAMILIES = 512;
const MAX_ORIGINS = 64;
const MAX_USERS = 512;
const MAX_PARENTS = 64;
const MAX_AGENTS_PER_CREDENTIAL = 16;
/** Bounds of the practice table: APIs tracked, and people counted per API (enough for any bar). */
const MAX_PRACTICE_APIS = 4096;
const MAX_PRACTICE_USERS = 64;
/** Options tracked per API of own-account changes (the few a desk's procedure sets). */
const MAX_OWN_OPTIONS_PER_API = 8;
/** New families counted for the growth check: the last this many. */
const MAX_RECENT_NEW = 64;
/** People and covering rights remembered per action for `practisedSibling`. */
const MAX_HOLDERS = 64;
const MAX_HOLDER_RIGHTS = 16;
/** People an action must have been done for, all holding one right, before a sibling is told apart. */
const SIBLING_MIN_HOLDERS = 2;

/** Who an action was done for cleanly, and which of their rights covered it. */
interface RightHolders {
  people: Set<string>;
  rights: Map<string, Set<string>>;
}

/**
 * Two rights the same but for their last word (`cofre:refunds.issue` and `cofre:refunds.request`):
 * the directory tells them apart by that word, whatever separates the parts. Not a wildcard.
 */
function siblingRights(a: string, b: string): boolean {
  const wordsA = a
    .toLowerCase()
    .split(/[^a-z0-9*]+/)
    .filter(Boolean);
  const wordsB = b
    .toLowerCase()
    .split(/[^a-z0-9*]+/)
    .filter(Boolean);
  const last = wordsA.length - 1;
  if (last < 1 || wordsB.length !== wordsA.length) return false;
  const lastA = wordsA[last] ?? '';
  const lastB = wordsB[last] ?? '';
  if (lastA === lastB || lastA === '*' || lastB === '*') return false;
  // Access levels (`tickets.write` beside `tickets.admin`) are how much of one thing, which the
  // word match already reads; siblings are different acts on it (`refunds.request`, `refunds.issue`).
  if (ACCESS_WORDS.has(lastA) || ACCESS_WORDS.has(lastB)) return false;
  return wordsA.slice(0, last).every((word, i) => word === wordsB[i]);
}

/**
 * What agentwatch has seen an agent do, as far as posture needs it (not behaviour: that is the
 * baseline's). Learned after the detectors ran on an event, like baselines.
 */
export interface AgentFootprint {
  firstSeen: number;
  lastSeen: number;
  events: number;
  /** Network origins it acted from: `ip:<source_ip>` and `ua:<user_agent>`. */
  origins: Set<string>;
  /** Action families (service, else API) -> first seen. */
  families: Map<string, number>;
  /**
   * Families the agent used while it was still learning that no granted scope names: taken as
   * covered by the grant (capability words like `code` name no API). Value: the granted scope it
   * is attributed to ('' when several could be).
   */
  learnedFamilies: Map<string, string>;
  /** Granted scope -> last event time traffic matched it. */
  scopeLastUsed: Map<string, number>;
  /** People it acted for. */
  users: Set<string>;
  /** Families it was asked for by some person. */
  userFamilies: Set<string>;
  /** Agents it acted for (delegation edges into it). */
  parents: Set<string>;
  /** First-seen times of the families that were new after learning (growth). */
  recentNew: number[];
  /** Delegated calls: start of the current bucket, calls in it, busiest earlier bucket. */
  delegatedBucket: number;
  delegatedCount: number;
  delegatedPeak: number;
  /** Credential id -> last used. */
  credentials: Map<string, number>;
}

/** Read-only identity context, as detectors see it through the baseline view. */
export interface IdentityView {
  /** Whether any registry record was loaded: without a registry, nobody is "unregistered". */
  readonly hasRegistry: boolean;
  /** Whether any directory record was loaded. */
  readonly hasDirectory: boolean;
  /** Registered agents. */
  readonly registrySize: number;
  /** Latest registry version of an agent. */
  agent(agentId: string): Readonly<RegistryRecord> | undefined;
  /** Latest directory version of a person. */
  person(personId: string): Readonly<PersonRecord> | undefined;
  /** What a person may do: the scopes of their groups; undefined when none of their groups says. */
  rightsOf(personId: string): readonly string[] | undefined;
  /** What agentwatch has seen the agent do before the event under evaluation. */
  footprint(agentId: string): Readonly<AgentFootprint> | undefined;
  /** Agents seen using a credential. */
  credentialAgents(credentialId: string): ReadonlySet<string> | undefined;
  /** The first scope of `scopes` covering the action, by shared informative words. */
  covering(scopes: readonly string[], action: ActionWords): string | undefined;
  /**
   * The first of a person's rights covering the event's action; for a sensitive action (restricted
   * data, a payment, an identity or admin change...), a right naming a part of a system covers that
   * part only (see `ScopeMatcher.coveringPart`): `hr.self-service` does not open pay records.
   */
  rightCovering(rights: readonly string[], event: AgentEvent): string | undefined;
  /**
   * Whether some group of the directory holds a right covering the event's action (see
   * `rightCovering`), `*` included: whether the directory says who may do it at all.
   */
  grantedToSomeone(event: AgentEvent): boolean;
  /**
   * For a change a person's rights cover by their words: the sibling right (the same words but the
   * last: `cofre:refunds.issue` beside the person's `cofre:refunds.request`) that every one of the
   * people agents did this action for cleanly holds, at least `SIBLING_MIN_HOLDERS` of them, when
   * none of them held the person's own covering rights; undefined otherwise. The directory tells the
   * two apart by a word the action's name does not spell, and practice says which one it needs.
   */
  practisedSibling(
    user: string,
    rights: readonly string[],
    event: AgentEvent,
  ): { right: string; holders: number } | undefined;
  /**
   * The people (at most 64) whose groups do not grant the action (its service and API) and for whom some agent called it
   * cleanly (no other detector's finding, no failure): the organisation's practice beside its
   * directory, with when it was first and last done for each; and apart, every such person it was
   * done for, clean or not (`served`). Sensitive actions are counted too: practised, they fold into
   * one finding per API and keep their severity (see {@link mayBePractice}).
   */
  unentitledUsersOf(action: {
    service?: string | undefined;
    api: string;
  }): Readonly<PracticeRecord> | undefined;
  /**
   * How many people other than `user` (at most 64 counted) had an agent change their own account by
   * this action (its service and API), cleanly and while the agent was still learning, with `option`
   * (`notify=sms-on-file`, see `ownChangeOptions`) beside their name: a desk procedure's option, the
   * same for everyone.
   */
  ownChangeOptionUsers(
    action: { service?: string | undefined; api: string },
    option: string,
    user: string,
  ): number;
}

/** What agents did cleanly for people whose groups do not grant it, for one service and API. */
export interface PracticeRecord {
  /**
   * Each person counted, with the event times it was first and last done cleanly for them (epoch
   * ms): practice that lapsed is read again only from the people it was done for since.
   */
  users: Map<string, PracticeSpan>;
  /**
   * Every person without the right for whom some agent called it, clean or not (at most 64): the
   * directory's gap for this action, asked about once per API rather than once per person. Never
   * practice: an action questioned each time (an agent reading beyond its own grant too) is not the
   * organisation's way of working, only one question about it.
   */
  served: Set<string>;
}

/** When an action was first and last done cleanly for one person (epoch ms). */
export interface PracticeSpan {
  first: number;
  last: number;
}

/**
 * A change of the registry or directory, as {@link IdentityContext.watch} reports it: an agent's
 * record (with the version it replaced), a person's record, or a registry or directory declared.
 */
export type IdentityChange =
  | { kind: 'agent'; record: Readonly<RegistryRecord>; previous: Readonly<RegistryRecord> | undefined }
  | { kind: 'person'; id: string }
  | { kind: 'loaded' };

/** Delegated-call buckets (event time), for the runaway-rate check. */
export const DELEGATION_BUCKET_MS = 10 * 60_000;

/**
 * The agent registry, the people directory and the inventory of agents seen acting: one instance
 * per pipeline. Records are upserted as they are loaded (files, compacted topics); events are
 * learned after detection.
 */
export class IdentityContext implements IdentityView {
  private readonly agents = new Map<string, RegistryRecord>();
  private readonly people = new Map<string, PersonRecord>();
  private readonly groups = new Map<string, GroupRecord>();
  private readonly seen = new Map<string, AgentFootprint>();
  private readonly credentialIndex = new Map<string, Set<string>>();
  private readonly practice = new Map<string, PracticeRecord>();
  /** Own-account changes' options: practice key -> option -> the people it was set for. */
  private readonly ownOptions = new Map<string, Map<string, Set<string>>>();
  /** Changes done cleanly for people their rights cover: practice key -> who, and right -> who. */
  private readonly holders = new Map<string, RightHolders>();
  private readonly matcher = new ScopeMatcher();
  private scopesDirty = false;
  /** Every right some group holds, `*` included, as `rightsFor` gives them for a read and for a change. */
  private directoryRights: { read: readonly string[]; change: readonly string[] } = { read: [], change: [] };
  private registryLoaded = false;
  private directoryLoaded = false;
  /**
   * The agent looked up last and its record: the posture detectors ask about the same agent one
   * after the other (three to eight times per agent in a sweep of 100k), and a lookup in a map
   * that large costs a few cache misses each time.
   */
  private lastAgentId: string | undefined;
  private lastAgent: RegistryRecord | undefined;
  private readonly watchers: ((change: IdentityChange) => void)[] = [];

  get hasRegistry(): boolean {
    return this.registryLoaded;
  }

  get hasDirectory(): boolean {
    return this.directoryLoaded;
  }

  /** Registered agents (latest versions). */
  get registrySize(): number {
    return this.agents.size;
  }

  /** Agents seen acting. */
  get seenSize(): number {
    return this.seen.size;
  }

  /**
   * Declares that a registry (or directory) is in use even if it is empty: every acting agent is
   * then unregistered.
   */
  markLoaded(which: { registry?: boolean; directory?: boolean }): void {
    const declared =
      (which.registry === true && !this.registryLoaded) ||
      (which.directory === true && !this.directoryLoaded);
    if (which.registry) this.registryLoaded = true;
    if (which.directory) this.directoryLoaded = true;
    if (declared) this.emit({ kind: 'loaded' });
  }

  /**
   * Calls `watcher` after every change applied (not for a version older than the one held, nor
   * for groups): for state derived from the records, such as the posture sweep's index of when
   * each agent is next due.
   */
  watch(watcher: (change: IdentityChange) => void): void {
    this.watchers.push(watcher);
  }

  private emit(change: IdentityChange): void {
    for (const watcher of this.watchers) watcher(change);
  }

  /** Applies a registry record; an older version (by `updated_at`) than the one held is ignored. */
  upsertAgent(record: RegistryRecord): boolean {
    this.registryLoaded = true;
    const held = this.agents.get(record.agent_id);
    if (held && isOlder(record.updated_at, held.updated_at)) return false;
    this.agents.set(record.agent_id, record);
    this.lastAgentId = undefined;
    this.scopesDirty = true;
    if (this.watchers.length > 0) this.emit({ kind: 'agent', record, previous: held });
    return true;
  }

  /** Applies a directory record (person or group), newest version wins. */
  upsertDirectory(record: DirectoryRecord): boolean {
    this.directoryLoaded = true;
    if (record.kind === 'group') {
      const held = this.groups.get(record.id);
      if (held && isOlder(record.updated_at, held.updated_at)) return false;
      this.groups.set(record.id, record);
      this.scopesDirty = true;
      return true;
    }
    const held = this.people.get(record.id);
    if (held && isOlder(record.updated_at, held.updated_at)) return false;
    this.people.set(record.id, record);
    if (this.watchers.length > 0) this.emit({ kind: 'person', id: record.id });
    return true;
  }

  agent(agentId: string): Readonly<RegistryRecord> | undefined {
    if (agentId !== this.lastAgentId) {
      this.lastAgent = this.agents.get(agentId);
      this.lastAgentId = agentId;
    }
    return this.lastAgent;
  }

  /**
   * Answers the next `agent(record.agent_id)` without a lookup: for a caller that walks the
   * registry holding each record (the posture sweep), whose detectors then ask about that agent.
   * `record` must be the version held, as {@link registered} or a {@link watch}er was given it
   * (a lookup in a map of 100k agents costs cache misses: a tenth of a first sweep's time).
   */
  focus(record: Readonly<RegistryRecord>): void {
    this.lastAgentId = record.agent_id;
    this.lastAgent = record;
  }

  person(personId: string): Readonly<PersonRecord> | undefined {
    return this.people.get(personId);
  }

  rightsOf(personId: string): readonly string[] | undefined {
    const person = this.people.get(personId);
    if (!person) return undefined;
    let rights: string[] | undefined;
    for (const g of person.groups) {
      const group = this.groups.get(g);
      if (!group) continue;
      rights ??= [];
      rights.push(...group.scopes);
    }
    return rights;
  }

  footprint(agentId: string): Readonly<AgentFootprint> | undefined {
    return this.seen.get(agentId);
  }

  credentialAgents(credentialId: string): ReadonlySet<string> | undefined {
    return this.credentialIndex.get(credentialId);
  }

  covering(scopes: readonly string[], action: ActionWords): string | undefined {
    if (this.scopesDirty) this.refreshScopes();
    return this.matcher.covering(scopes, action);
  }

  rightCovering(rights: readonly string[], event: AgentEvent): string | undefined {
    if (this.scopesDirty) this.refreshScopes();
    const action = actionWords(event);
    const category = actionCategory(event);
    // A change the organisation wrote a right for by its very name is granted by that right alone (or
    // one it falls under); reads keep the word match (a `.write` right reads too).
    if (category !== 'read') {
      const named = this.matcher.coveringNamed(rights, event.action.api);
      if (named !== undefined) return named ?? undefined;
      // A right worded as the action itself (`expenses:approve`) is granted by that right or a
      // broader one, not by a sibling sharing the system's word (`expenses:submit`).
      const worded = this.matcher.coveringWorded(rights, event.action.api);
      if (worded !== undefined) return worded ?? undefined;
    }
    return isSensitiveAction(event, category)
      ? this.matcher.coveringPart(rights, action)
      : this.matcher.covering(rights, action);
  }

  grantedToSomeone(event: AgentEvent): boolean {
    if (this.scopesDirty) this.refreshScopes();
    const rights = actionCategory(event) === 'read' ? this.directoryRights.read : this.directoryRights.change;
    return this.rightCovering(rights, event) !== undefined;
  }

  practisedSibling(
    user: string,
    rights: readonly string[],
    event: AgentEvent,
  ): { right: string; holders: number } | undefined {
    const table = this.holders.get(practiceKey(event.action));
    if (table === undefined || table.people.size < SIBLING_MIN_HOLDERS || table.people.has(user))
      return undefined;
    const covering = this.coveringRights(rightsFor(rights, event), event);
    if (covering.length === 0 || covering.some((right) => table.rights.has(right))) return undefined;
    for (const [right, people] of table.rights) {
      if (people.size < table.people.size || rights.includes(right)) continue;
      // Every right of the person's that covers the action is a sibling of the practised one: a
      // broader right beside it (`cofre:*`, `*`) grants it whatever the sibling says.
      if (covering.every((own) => siblingRights(own, right))) return { right, holders: people.size };
    }
    return undefined;
  }

  /** Each of `rights` that covers the event's action on its own. */
  private coveringRights(rights: readonly string[], event: AgentEvent): string[] {
    return rights.filter((right) => this.rightCovering([right], event) !== undefined);
  }

  unentitledUsersOf(action: {
    service?: string | undefined;
    api: string;
  }): Readonly<PracticeRecord> | undefined {
    return this.practice.get(practiceKey(action));
  }

  ownChangeOptionUsers(
    action: { service?: string | undefined; api: string },
    option: string,
    user: string,
  ): number {
    const people = this.ownOptions.get(practiceKey(action))?.get(option);
    if (people === undefined) return 0;
    return people.size - (people.has(user) ? 1 : 0);
  }

  /** Registered agents, latest versions, in insertion order (for sweeps and the inventory). */
  registered(): IterableIterator<RegistryRecord> {
    return this.agents.values();
  }

  /** Agents seen acting, with their footprints. */
  seenAgents(): IterableIterator<[string, AgentFootprint]> {
    return this.seen.entries();
  }

  /**
   * Learns from an event once the detectors are done with it. `learning`: the agent's baseline is
   * still young, so what it does is taken as what it was approved for. `clean`: no detector but
   * the posture ones found anything in it and it succeeded (see `cleanVerdict`), so an action for
   * a person without the right may count as the organisation's practice.
   */
  learn(event: AgentEvent, learning: boolean, clean = false): void {
    const ts = event.ts;
    const agentId = event.agent.id;
    let fp = this.seen.get(agentId);
    if (!fp) {
      fp = newFootprint(ts);
      this.seen.set(agentId, fp);
    }
    fp.events += 1;
    if (ts > fp.lastSeen) fp.lastSeen = ts;
    if (ts < fp.firstSeen) fp.firstSeen = ts;
    const action = actionWords(event);
    this.matcher.observe(action);
    const family = actionFamily(event.action);

    if (!fp.families.has(family) && fp.families.size < MAX_FAMILIES) {
      fp.families.set(family, ts);
      if (!learning) {
        fp.recentNew.push(ts);
        if (fp.recentNew.length > MAX_RECENT_NEW) fp.recentNew.shift();
      }
    }

    const record = this.agents.get(agentId);
    if (record && record.scopes_granted.length > 0) {
      const scope = this.covering(record.scopes_granted, action);
      if (scope !== undefined) fp.scopeLastUsed.set(scope, ts);
      else if (learning && !fp.learnedFamilies.has(family) && fp.learnedFamilies.size < MAX_FAMILIES) {
        // Attribute the traffic to the one grant nothing else explains, when there is one.
        const unexplained = record.scopes_granted.filter((s) => !fp.scopeLastUsed.has(s));
        fp.learnedFamilies.set(family, unexplained.length === 1 ? (unexplained[0] ?? '') : '');
      } else if (fp.learnedFamilies.has(family)) {
        const attributed = fp.learnedFamilies.get(family);
        if (attributed) fp.scopeLastUsed.set(attributed, ts);
      }
    }

    const invoker = event.on_behalf_of;
    if (invoker && (invoker.type === undefined || invoker.type === 'user')) {
      if (fp.users.size < MAX_USERS) fp.users.add(invoker.id);
      if (fp.userFamilies.size < MAX_FAMILIES) fp.userFamilies.add(family);
      this.learnPractice(event, invoker.id, clean);
      if (clean) this.learnHolders(event, invoker.id);
      // The desk's procedure is what it does while it learns: options seen later (one an attacker
      // repeats on five resets) never become it.
      if (clean && learning) this.learnOwnOptions(event, invoker.id);
    }
    const parent = delegatingParent(event);
    if (parent !== undefined) {
      if (fp.parents.size < MAX_PARENTS) fp.parents.add(parent);
      const bucket = ts - (ts % DELEGATION_BUCKET_MS);
      if (bucket !== fp.delegatedBucket) {
        if (fp.delegatedCount > fp.delegatedPeak) fp.delegatedPeak = fp.delegatedCount;
        fp.delegatedBucket = bucket;
        fp.delegatedCount = 0;
      }
      fp.delegatedCount += 1;
    }

    const credentialId = event.credential?.id;
    if (credentialId !== undefined) {
      fp.credentials.set(credentialId, ts);
      let agents = this.credentialIndex.get(credentialId);
      if (!agents) {
        agents = new Set();
        this.credentialIndex.set(credentialId, agents);
      }
      if (agents.size < MAX_AGENTS_PER_CREDENTIAL) agents.add(agentId);
    }
    if (fp.origins.size < MAX_ORIGINS) {
      if (event.source_ip !== undefined) fp.origins.add(`ip:${event.source_ip}`);
      if (event.user_agent !== undefined) fp.origins.add(`ua:${event.user_agent}`);
    }
  }

  /**
   * Counts an action for a known, present person whose groups do not grant it: among the people
   * served, and when `clean` among its practice.
   */
  private learnPractice(event: AgentEvent, user: string, clean: boolean): void {
    // Cheapest first: this runs for every event done for a person.
    const key = practiceKey(event.action);
    let record = this.practice.get(key);
    const span = record?.users.get(user);
    if (span !== undefined) {
      if (clean && event.ts > span.last) span.last = event.ts;
      return;
    }
    if (record?.served.has(user) === true && !clean) return;
    if (record !== undefined && record.users.size >= MAX_PRACTICE_USERS) return;
    if (record === undefined && this.practice.size >= MAX_PRACTICE_APIS) return;
    const person = this.people.get(user);
    if (!person || person.status === 'departed') return;
    const rights = this.rightsOf(user);
    if (rights === undefined || this.rightCovering(rightsFor(rights, event), event) !== undefined) return;
    if (readsOwnRecord(event, user)) return;
    if (!record) {
      record = { users: new Map(), served: new Set() };
      this.practice.set(key, record);
    }
    if (record.served.size < MAX_PRACTICE_USERS) record.served.add(user);
    if (clean) record.users.set(user, { first: event.ts, last: event.ts });
  }

  /**
   * Remembers, for a change done cleanly for a present person whose rights cover it, which of their
   * rights cover it (see `practisedSibling`). Once per action and person: the rights are read the
   * first time only.
   */
  private learnHolders(event: AgentEvent, user: string): void {
    if (actionCategory(event) === 'read') return;
    const key = practiceKey(event.action);
    let table = this.holders.get(key);
    if (table?.people.has(user) === true) return;
    if (table !== undefined && table.people.size >= MAX_HOLDERS) return;
    if (table === undefined && this.holders.size >= MAX_PRACTICE_APIS) return;
    const person = this.people.get(user);
    if (!person || person.status === 'departed') return;
    const rights = this.rightsOf(user);
    if (rights === undefined) return;
    const covering = this.coveringRights(rightsFor(rights, event), event);
    if (covering.length === 0) return;
    // Not a person the practice already tells apart: delegated-authority's findings leave an event
    // clean (its own questions must not keep practice unclean), and a flagged clerk counted here
    // would make the clerks' right practice for every later one.
    if (this.practisedSibling(user, rights, event) !== undefined) return;
    if (table === undefined) {
      table = { people: new Set(), rights: new Map() };
      this.holders.set(key, table);
    }
    table.people.add(user);
    for (const right of covering) {
      let people = table.rights.get(right);
      if (people === undefined) {
        if (table.rights.size >= MAX_HOLDER_RIGHTS) continue;
        people = new Set();
        table.rights.set(right, people);
      }
      people.add(user);
    }
  }

  /** Counts the options of a clean change of the person's own account (see `ownChangeOptions`). */
  private learnOwnOptions(event: AgentEvent, user: string): void {
    const parameters = event.action.parameters;
    if (parameters === undefined) return;
    const options = ownChangeOptions(event, user);
    if (options === undefined || options.length === 0) return;
    const key = practiceKey(event.action);
    let table = this.ownOptions.get(key);
    if (table === undefined) {
      if (this.ownOptions.size >= MAX_PRACTICE_APIS) return;
      table = new Map();
      this.ownOptions.set(key, table);
    }
    for (const option of options) {
      let people = table.get(option);
      if (people === undefined) {
        if (table.size >= MAX_OWN_OPTIONS_PER_API) continue;
        people = new Set();
        table.set(option, people);
      }
      if (people.size < MAX_PRACTICE_USERS) people.add(user);
    }
  }

  private refreshScopes(): void {
    const all: string[] = [];
    for (const a of this.agents.values()) all.push(...a.scopes_granted);
    const rights: string[] = [];
    for (const g of this.groups.values()) rights.push(...g.scopes);
    all.push(...rights);
    this.matcher.setScopes(all);
    this.matcher.setRights(rights);
    const held = [...new Set(rights)];
    this.directoryRights = { read: held, change: held.filter((scope) => !grantsReadingOnly(scope)) };
    this.scopesDirty = false;
  }
}

/** The agent an event's agent acted for: the link above it in the chain, or an agent invoker. */
export function delegatingParent(event: AgentEvent): string | undefined {
  const chain = event.delegation_chain;
  if (chain && chain.length >= 2) {
    const last = chain[chain.length - 1];
    return last === event.agent.id ? chain[chain.length - 2] : last;
  }
  if (event.on_behalf_of?.type === 'agent') return event.on_behalf_of.id;
  return undefined;
}

/**
 * The rights of a person that may cover the event's action: all of them for a read; for anything
 * else, not those that grant reading only (`ledger.accounts.read` shares `ledger` and `accounts`
 * with a write-off on the ledger's accounts, and grants none).
 */
export function rightsFor(rights: readonly string[], event: AgentEvent): readonly string[] {
  return actionCategory(event) === 'read' ? rights : rights.filter((scope) => !grantsReadingOnly(scope));
}

/** The practice table's key of an action: its service and API (an `update` of one system is not another's). */
function practiceKey(action: { service?: string | undefined; api: string }): string {
  return `${action.service ?? ''}\u0000${action.api}`;
}

/** The words of an event's action for scope matching. */
export function actionWords(event: AgentEvent): ActionWords {
  return { service: event.action.service, api: event.action.api, resourceType: event.resource?.type };
}

function isOlder(candidate: number | null, held: number | null): boolean {
  return candidate !== null && held !== null && candidate < held;
}

function newFootprint(ts: number): AgentFootprint {
  return {
    firstSeen: ts,
    lastSeen: ts,
    events: 0,
    origins: new Set(),
    families: new Map(),
    learnedFamilies: new Map(),
    scopeLastUsed: new Map(),
    users: new Set(),
    userFamilies: new Set(),
    parents: new Set(),
    recentNew: [],
    delegatedBucket: -1,
    delegatedCount: 0,
    delegatedPeak: 0,
    credentials: new Map(),
  };
}
