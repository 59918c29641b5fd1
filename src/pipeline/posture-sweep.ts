import type { Alert } from '../../schemas/alert.js';
import type { AgentEvent } from '../../schemas/event.js';
import type { DetectorRunner, SweepNext } from '../detection/detector-runner.js';
import type { RegistryRecord } from '../../schemas/registry.js';
import type { IdentityChange, IdentityContext } from '../registry/identity-context.js';

/** Longest stretch of sweeping between two turns of the event loop. */
const SLICE_MS = 5;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The stand-in event a swept condition's alert is built on: the agent as the registry declares it.
 * `atText` is `at` as ISO text, written once per sweep.
 */
function sweepSubject(identity: IdentityContext, agentId: string, at: number, atText: string): AgentEvent {
  const record = identity.agent(agentId);
  const agent: AgentEvent['agent'] = { id: agentId };
  if (record?.name) agent.name = record.name;
  if (record?.type) agent.type = record.type;
  if (record?.owner) agent.owner = record.owner;
  return {
    // Joined: one flat string, not a tree of pieces (the alert keeps it while it is open).
    event_id: ['posture-sweep:', agentId, ':', atText].join(''),
    ts: at,
    agent,
    action: { api: 'posture-sweep', category: 'other' },
    outcome: 'success',
  };
}

/** What one sweep did, for metrics and the bench. */
export interface SweepResult {
  /** Registered agents the sweep covered. */
  agents: number;
  /**
   * Agents whose conditions it checked: every one the first time, then only those due (a
   * condition may have begun since) or whose records or open conditions changed.
   */
  visited: number;
  alerts: number;
  /** Event-loop time spent sweeping (sum of the slices), ms. */
  busyMs: number;
  /** Longest slice, ms: how long the sweep blocked the loop at most. */
  longestSliceMs: number;
}

/**
 * A min-heap of instants with an agent position each, in typed arrays (no object or boxed number
 * per entry: it holds about one entry per registered agent).
 */
class DueHeap {
  private keys = new Float64Array(1024);
  private values = new Int32Array(1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The smallest instant (`Infinity` when empty). */
  peekKey(): number {
    return this.count > 0 ? (this.keys[0] ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
  }

  push(key: number, value: number): void {
    if (this.count === this.keys.length) this.grow();
    const keys = this.keys;
    const values = this.values;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentKey = keys[parent] ?? 0;
      if (parentKey <= key) break;
      keys[i] = parentKey;
      values[i] = values[parent] ?? 0;
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** Removes the smallest entry and returns its position; only when not empty. */
  pop(): number {
    const keys = this.keys;
    const values = this.values;
    const top = values[0] ?? -1;
    const n = --this.count;
    if (n > 0) this.siftDown(0, keys[n] ?? 0, values[n] ?? 0, n);
    return top;
  }

  /**
   * Replaces the contents with `dueAt[position]` for every position below `count`, ordered
   * bottom-up (Floyd): linear. Agents due only on a change (`Infinity`) are entries too, never
   * popped. (Not used after a sweep of every agent: on fresh memory it took 10-15 ms in one slice
   * at 100k agents, where pushing each agent as it is checked spreads about as much over the
   * slices.)
   */
  rebuild(dueAt: Float64Array, count: number): void {
    this.clear(count);
    this.keys.set(dueAt.subarray(0, count));
    const values = this.values;
    for (let position = 0; position < count; position++) values[position] = position;
    this.count = count;
    for (let i = (count >> 1) - 1; i >= 0; i--) this.siftDown(i, this.keys[i] ?? 0, values[i] ?? 0, count);
  }

  /** Empties it, with room for `capacity` entries (no growing, and its copy, inside a slice). */
  clear(capacity = 0): void {
    this.count = 0;
    if (this.keys.length >= capacity) return;
    const size = 2 ** Math.ceil(Math.log2(capacity));
    this.keys = new Float64Array(size);
    this.values = new Int32Array(size);
  }

  /** Places (key, value) at `i` or below, in a heap of `n` entries. */
  private siftDown(i: number, key: number, value: number, n: number): void {
    const keys = this.keys;
    const values = this.values;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && (keys[right] ?? 0) < (keys[child] ?? 0)) child = right;
      const childKey = keys[child] ?? 0;
      if (childKey >= key) break;
      keys[i] = childKey;
      values[i] = values[child] ?? 0;
      i = child;
    }
    keys[i] = key;
    values[i] = value;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    this.keys = keys;
    const values = new Int32Array(this.values.length * 2);
    values.set(this.values);
    this.values = values;
  }
}

/** Options of a {@link PostureSweep}. */
export interface PostureSweepOptions {
  /**
   * Check every registered agent at every sweep instead of only the agents that are due or
   * changed (the same alerts, at a cost that grows with the fleet): for tests that hold the two
   * equal.
   */
  everyAgent?: boolean;
}

/**
 * The periodic posture sweep: every registered agent is checked for conditions that hold without an
 * event (an approval that lapsed, an owner who left, a key past rotation). Sliced: the loop is given
 * back every few milliseconds so 100k agents never block fetches, HTTP or timers.
 *
 * After the first sweep, a sweep checks only the agents whose outcome could differ from the last
 * time they were checked: those whose next due instant (an approval's review date, a key's rotation
 * date, as the detectors say) has come, whose registry record or owner's or approver's directory
 * record changed, or one of whose open conditions closed. The rest would raise nothing: what held
 * for them is open already. Agents are checked in registry order, as a sweep of every agent
 * checks them, so the alerts come out the same and in the same order.
 */
export class PostureSweep {
  private lastAt: number | undefined;
  private running = false;
  /** Agent id -> its position in registry order (the order `identity.registered()` lists). */
  private readonly ordinals = new Map<string, number>();
  /** Position -> the agent's record (the version held). */
  private readonly records: Readonly<RegistryRecord>[] = [];
  /** Position -> when the agent is next due (`Infinity`: only on a change); grown as agents come. */
  private dueAt = new Float64Array(1024);
  /** Positions by due instant; an entry whose instant is no longer the agent's `dueAt` is stale. */
  private readonly dueIndex = new DueHeap();
  /** Person id -> positions of the agents they own or approved: a change of theirs concerns those. */
  private readonly byPerson = new Map<string, Set<number>>();
  /** Positions changed since the last sweep (or during it, behind its cursor). */
  private changed = new Set<number>();
  /** Whether the next sweep checks every agent (the first, or after every open condition closed). */
  private everyAgentNext = true;
  /** While a sweep runs: the positions still to check and the last checked. */
  private queue: DueHeap | undefined;
  private queued: Set<number> | undefined;
  private cursor = -1;
  private readonly next: SweepNext = { dueAt: Number.POSITIVE_INFINITY };
  private readonly everyAgent: boolean;

  constructor(
    private readonly runner: DetectorRunner,
    private readonly identity: IdentityContext,
    /** Time between sweeps (event time in replay, wall clock in `run`). */
    readonly everyMs: number,
    options: PostureSweepOptions = {},
  ) {
    this.everyAgent = options.everyAgent ?? false;
    for (const record of identity.registered()) this.onChange({ kind: 'agent', record, previous: undefined });
    identity.watch((change) => this.onChange(change));
    runner.watchCloses((agentId) => {
      if (agentId === undefined) this.everyAgentNext = true;
      else {
        const ordinal = this.ordinals.get(agentId);
        if (ordinal !== undefined) this.markChanged(ordinal);
      }
    });
  }

  /** Whether a sweep is due at `at` (the first one is due at once) and none is running. */
  due(at: number): boolean {
    if (this.running || !this.runner.sweeps || this.identity.registrySize === 0) return false;
    return this.lastAt === undefined || at - this.lastAt >= this.everyMs;
  }

  /** Sweeps the registered agents at time `at`; alerts are handed to `deliver` slice by slice. */
  async run(at: number, deliver: (alerts: Alert[]) => void): Promise<SweepResult> {
    this.running = true;
    this.lastAt = at;
    const result: SweepResult = { agents: 0, visited: 0, alerts: 0, busyMs: 0, longestSliceMs: 0 };
    let sliceStart = performance.now();
    const everyAgent = this.everyAgent || this.everyAgentNext;
    this.everyAgentNext = false;
    this.cursor = -1;
    if (everyAgent) {
      // Every agent is checked, so nothing noted so far matters; each enters the due index anew
      // as it is checked.
      this.changed.clear();
      this.dueIndex.clear(this.records.length);
      this.dueAt.fill(Number.POSITIVE_INFINITY);
    } else this.queueDue(at);
    let completed = false;
    try {
      let pending: Alert[] = [];
      const atText = new Date(at).toISOString();
      const subject = (agentId: string) => sweepSubject(this.identity, agentId, at, atText);
      let ordinal = -1;
      for (;;) {
        // In registry order; an agent registered or changed during the sweep ahead of the cursor is
        // checked by this sweep (as a sweep that walks the registry would), one behind by the next.
        if (everyAgent) {
          if (ordinal + 1 >= this.records.length) break;
          ordinal += 1;
        } else {
          const queue = this.queue;
          if (queue === undefined || queue.size === 0) break;
          ordinal = queue.pop();
        }
        this.cursor = ordinal;
        result.visited++;
        const record = this.records[ordinal];
        if (record === undefined) continue;
        // Its detectors ask for this record first thing: handed over, not looked up.
        this.identity.focus(record);
        const alerts = this.runner.sweepAgent(record.agent_id, at, this.identity, subject, this.next);
        this.schedule(ordinal, this.next.dueAt);
        if (alerts.length > 0) pending.push(...alerts);
        // The clock is read every 8 agents (an agent that raises alerts costs more: after it too), so a
        // slice overruns SLICE_MS by a few agents at most.
        if ((result.visited & 7) === 0 || alerts.length > 0) {
          const elapsed = performance.now() - sliceStart;
          if (elapsed >= SLICE_MS) {
            result.busyMs += elapsed;
            if (elapsed > result.longestSliceMs) result.longestSliceMs = elapsed;
            if (pending.length > 0) {
              result.alerts += pending.length;
              deliver(pending);
              pending = [];
            }
            await yieldToEventLoop();
            sliceStart = performance.now();
          }
        }
      }
      completed = true;
      const elapsed = performance.now() - sliceStart;
      result.busyMs += elapsed;
      if (elapsed > result.longestSliceMs) result.longestSliceMs = elapsed;
      if (pending.length > 0) {
        result.alerts += pending.length;
        deliver(pending);
      }
      result.agents = this.records.length;
      return result;
    } finally {
      // Cut short (a delivery threw): what it did not check is checked by the next sweep.
      if (this.queue) while (this.queue.size > 0) this.changed.add(this.queue.pop());
      if (everyAgent && !completed) this.everyAgentNext = true;
      this.queue = undefined;
      this.queued = undefined;
      this.cursor = -1;
      this.running = false;
    }
  }

  /** Queues, in registry order, the agents changed since the last sweep and those due at `at`. */
  private queueDue(at: number): void {
    const queue = new DueHeap();
    const queued = new Set<number>();
    for (const ordinal of this.changed) {
      queue.push(ordinal, ordinal);
      queued.add(ordinal);
    }
    this.changed = new Set();
    while (this.dueIndex.size > 0 && this.dueIndex.peekKey() <= at) {
      const dueAt = this.dueIndex.peekKey();
      const ordinal = this.dueIndex.pop();
      // Stale: the agent was checked since and is now due at another instant (or only on a change).
      if (this.dueAt[ordinal] !== dueAt) continue;
      // Its entry is gone: the check enters its next one.
      this.dueAt[ordinal] = Number.POSITIVE_INFINITY;
      if (queued.has(ordinal)) continue;
      queue.push(ordinal, ordinal);
      queued.add(ordinal);
    }
    this.queue = queue;
    this.queued = queued;
  }

  /** Notes when the agent at `ordinal` is next due, as its check just said. */
  private schedule(ordinal: number, dueAt: number): void {
    const before = this.dueAt[ordinal];
    this.dueAt[ordinal] = dueAt;
    // An unchanged instant keeps its entry (popped entries leave Infinity behind); Infinity needs
    // none. An agent due again at once gets its entry too: the next sweep pops it.
    if (dueAt === before || dueAt === Number.POSITIVE_INFINITY) return;
    this.dueIndex.push(dueAt, ordinal);
    // Stale entries pile up as agents are rescheduled: rebuild when they outnumber the live ones.
    // Linear each time, after at least as many pushes: constant per push.
    if (this.dueIndex.size > 2 * this.records.length + 64)
      this.dueIndex.rebuild(this.dueAt, this.records.length);
  }

  /** The agent at `ordinal` must be checked: by the sweep running if still ahead of it, else the next. */
  private markChanged(ordinal: number): void {
    if (this.running && ordinal > this.cursor) {
      // A sweep of every agent reaches it anyway.
      if (this.queue === undefined || this.queued === undefined) return;
      if (!this.queued.has(ordinal)) {
        this.queue.push(ordinal, ordinal);
        this.queued.add(ordinal);
      }
      return;
    }
    // The next sweep checks every agent anyway: no need to note which.
    if (!this.everyAgentNext) this.changed.add(ordinal);
  }

  private onChange(change: IdentityChange): void {
    if (change.kind === 'loaded') {
      this.everyAgentNext = true;
      return;
    }
    if (change.kind === 'person') {
      for (const ordinal of this.byPerson.get(change.id) ?? []) this.markChanged(ordinal);
      return;
    }
    const { record, previous } = change;
    let ordinal = this.ordinals.get(record.agent_id);
    if (ordinal === undefined) {
      ordinal = this.records.length;
      this.ordinals.set(record.agent_id, ordinal);
      this.records.push(record);
      if (ordinal === this.dueAt.length) {
        const grown = new Float64Array(this.dueAt.length * 2);
        grown.set(this.dueAt);
        this.dueAt = grown;
      }
      this.dueAt[ordinal] = Number.POSITIVE_INFINITY;
    } else this.records[ordinal] = record;
    if (previous?.owner !== record.owner || previous?.approved_by !== record.approved_by) {
      if (previous) {
        this.unlink(previous.owner, ordinal);
        this.unlink(previous.approved_by, ordinal);
      }
      this.link(record.owner, ordinal);
      this.link(record.approved_by, ordinal);
    }
    this.markChanged(ordinal);
  }

  private link(person: string | null, ordinal: number): void {
    if (person === null) return;
    let agents = this.byPerson.get(person);
    if (!agents) {
      agents = new Set();
      this.byPerson.set(person, agents);
    }
    agents.add(ordinal);
  }

  private unlink(person: string | null, ordinal: number): void {
    if (person === null) return;
    const agents = this.byPerson.get(person);
    if (!agents) return;
    agents.delete(ordinal);
    if (agents.size === 0) this.byPerson.delete(person);
  }
}
