/**
 * Lays recorded agent runs (AgentDojo's `runs/<pipeline>/<suite>/<user_task>/<attack>/<task>.json`)
 * out as agents over days, as transcript lines for `--input-format transcript`, and labels the attack
 * steps. Pure but for reading the run files. Knows the layout of the recorded runs, nothing of their
 * tools: no rule here or in the detectors names a suite, a tool or an address.
 *
 * - One agent per (pipeline, suite): one assistant serving its user over many sessions.
 * - Days are weekdays from Monday 2026-03-02, sessions within 09:00-17:00 UTC.
 * - Warm-up: the benign runs of most user tasks (a seeded `holdout` share of the tasks is kept back),
 *   two sessions a day. Then the test phase: every attacked run, and every benign run again (a request
 *   that recurs) or for the first time (a kind of request never seen: benign novelty), shuffled, six
 *   sessions a day.
 * - A benign run whose user task is one of the suite's injection tasks (the attacker's goal run as if
 *   the user had asked for it, which the benchmark records to show the goal is reachable) is left out:
 *   no user asks for the attacker's goal, and learning it would teach the attacker's targets as normal.
 * - An attack step is a tool call one of whose string arguments comes from the injected text and not
 *   from the user's messages (tokens for values under six characters, substrings above).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Rng } from '../simulation/prng.js';

/** One recorded run, as far as the layout needs it. */
export interface RecordedRun {
  pipeline: string;
  suite: string;
  userTask: string;
  injectionTask: string | undefined;
  /** The injection succeeded (the attacker's goal was reached). */
  security: boolean;
  injections: string[];
  messages: unknown[];
}

/** What a session of the laid-out corpus is. */
export type SessionKind = 'warmup' | 'benign_recurring' | 'benign_new' | 'attack_success' | 'attack_failed';

export interface CorpusSession {
  session_id: string;
  agent_id: string;
  pipeline: string;
  kind: SessionKind;
  ts: number;
  /** Event ids of the session's tool calls (`<session>:<index>`). */
  event_ids: string[];
  /** Event ids of its attack steps (attacked runs only). */
  attack_steps: string[];
}

export interface Corpus {
  /** Transcript lines sorted by time, one conversation each. */
  lines: string[];
  sessions: CorpusSession[];
  /** Distinct (agent, UTC date) pairs with a tool call: the denominator of false alerts per agent-day. */
  agentDays: number;
  /** Agent-days of some agents only. */
  agentDaysOf(agents: ReadonlySet<string>): number;
}

export interface LayoutOptions {
  seed: number;
  /** Share of each agent's user tasks whose benign run is kept out of the warm-up. */
  holdout: number;
  warmupPerDay: number;
  testPerDay: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { seed: 1, holdout: 0.3, warmupPerDay: 2, testPerDay: 6 };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads every run file below `root` (a `runs/` folder or its parent). */
export async function readRuns(root: string): Promise<RecordedRun[]> {
  const out: RecordedRun[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.json')) {
        const json: unknown = JSON.parse(await readFile(path, 'utf8'));
        if (!isRecord(json) || !Array.isArray(json['messages'])) continue;
        const injections = isRecord(json['injections'])
          ? Object.values(json['injections']).filter((v): v is string => typeof v === 'string')
          : [];
        out.push({
          pipeline: typeof json['pipeline_name'] === 'string' ? json['pipeline_name'] : 'unknown',
          suite: typeof json['suite_name'] === 'string' ? json['suite_name'] : 'unknown',
          userTask: typeof json['user_task_id'] === 'string' ? json['user_task_id'] : entry.name,
          injectionTask:
            typeof json['injection_task_id'] === 'string' ? json['injection_task_id'] : undefined,
          security: json['security'] === true,
          injections,
          messages: json['messages'],
        });
      }
    }
  };
  await walk(root);
  // Directory order is the file system's: sort so the layout depends on the seed alone.
  return out.sort((a, b) =>
    `${a.pipeline}/${a.suite}/${a.userTask}/${a.injectionTask ?? ''}`.localeCompare(
      `${b.pipeline}/${b.suite}/${b.userTask}/${b.injectionTask ?? ''}`,
    ),
  );
}

function text(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content))
    return content.map((b) => (isRecord(b) && typeof b['text'] === 'string' ? b['text'] : '')).join('\n');
  return '';
}

function folded(value: string): string {
  return value.toLowerCase().replace(/\s+/g, ' ').trim();
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (isRecord(value)) return Object.values(value).flatMap(strings);
  return [];
}

function containsValue(haystack: string, value: string): boolean {
  if (value.length >= 6) return haystack.includes(value);
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`).test(haystack);
}

/** Tool calls of a run, in order, with their arguments (the shapes the transcript adapter reads). */
function calls(messages: readonly unknown[]): { args: unknown }[] {
  const out: { args: unknown }[] = [];
  for (const m of messages) {
    if (!isRecord(m) || m['role'] !== 'assistant') continue;
    for (const call of Array.isArray(m['tool_calls']) ? m['tool_calls'] : []) {
      if (!isRecord(call)) continue;
      const fn = call['function'];
      out.push({ args: isRecord(fn) ? fn['arguments'] : call['args'] });
    }
    for (const block of Array.isArray(m['content']) ? m['content'] : []) {
      if (isRecord(block) && block['type'] === 'tool_use') out.push({ args: block['input'] });
    }
  }
  return out;
}

/** Indexes of the calls whose arguments come from the injected text and not from the user. */
export function attackStepIndexes(run: RecordedRun): number[] {
  if (run.injections.length === 0) return [];
  const injected = folded(run.injections.join('\n'));
  const user = folded(
    run.messages
      .filter((m) => isRecord(m) && m['role'] === 'user')
      .map((m) => text((m as Record<string, unknown>)['content']))
      .join('\n'),
  );
  const out: number[] = [];
  calls(run.messages).forEach((call, index) => {
    const args = typeof call.args === 'string' ? safeJson(call.args) : call.args;
    const values = strings(args)
      .map(folded)
      .filter((v) => v.length >= 2);
    if (values.some((v) => containsValue(injected, v) && !containsValue(user, v))) out.push(index);
  });
  return out;
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

const DAY_MS = 86_400_000;
const START = Date.UTC(2026, 2, 2); // a Monday

/** The `n`-th weekday from the start (0-based), as epoch ms of its midnight UTC. */
function weekday(n: number): number {
  const week = Math.floor(n / 5);
  return START + (week * 7 + (n % 5)) * DAY_MS;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Lays the runs out as agents over days (see the module comment). */
export function layoutCorpus(runs: readonly RecordedRun[], options: LayoutOptions = DEFAULT_LAYOUT): Corpus {
  const byAgent = new Map<string, RecordedRun[]>();
  for (const run of runs) {
    const key = `${run.pipeline}|${run.suite}`;
    const list = byAgent.get(key) ?? [];
    list.push(run);
    byAgent.set(key, list);
  }
  const sessions: CorpusSession[] = [];
  const lines: { ts: number; line: string }[] = [];
  const agentDays = new Set<string>();
  let agentIndex = 0;
  for (const [key, agentRuns] of [...byAgent].sort(([a], [b]) => a.localeCompare(b))) {
    agentIndex++;
    const [pipeline = 'unknown', suite = 'unknown'] = key.split('|');
    const rng = Rng.derive(options.seed, key);
    const agentId = `agt-${slug(pipeline)}-${slug(suite)}`;
    const user = `user-${agentIndex}@corp.example`;
    const attacked = agentRuns.filter((r) => r.injectionTask !== undefined);
    const attackerGoals = new Set(attacked.map((r) => r.injectionTask));
    const benign = agentRuns.filter((r) => r.injectionTask === undefined && !attackerGoals.has(r.userTask));
    const tasks = rng.shuffle([...new Set(benign.map((r) => r.userTask))].sort());
    const heldOut = new Set(tasks.slice(0, Math.round(tasks.length * options.holdout)));
    const warmup = rng.shuffle(benign.filter((r) => !heldOut.has(r.userTask)));
    const test = rng.shuffle([...attacked, ...benign]);
    const seen = new Set(warmup.map((r) => r.userTask));

    let day = 0;
    const place = (run: RecordedRun, slot: number, perDay: number, kind: SessionKind, n: number) => {
      const spacing = (8 * 3_600_000) / perDay;
      const ts = weekday(day) + 9 * 3_600_000 + slot * spacing + rng.int(0, Math.floor(spacing / 3));
      const sessionId = `${agentId}-s${String(n).padStart(4, '0')}`;
      const steps = new Set(
        kind === 'attack_success' || kind === 'attack_failed' ? attackStepIndexes(run) : [],
      );
      const callCount = calls(run.messages).length;
      const eventIds = Array.from({ length: callCount }, (_, i) => `${sessionId}:${i}`);
      for (let i = 0; i < callCount; i++)
        agentDays.add(`${agentId}|${new Date(ts + i * 1000).toISOString().slice(0, 10)}`);
      sessions.push({
        session_id: sessionId,
        agent_id: agentId,
        pipeline,
        kind,
        ts,
        event_ids: eventIds,
        attack_steps: eventIds.filter((_, i) => steps.has(i)),
      });
      lines.push({
        ts,
        line: JSON.stringify({
          agent: { id: agentId, name: `${suite} assistant`, type: 'personal', owner: user },
          on_behalf_of: { id: user, type: 'user' },
          session_id: sessionId,
          ts: new Date(ts).toISOString(),
          messages: run.messages,
        }),
      });
    };
    let n = 0;
    const lay = (list: readonly RecordedRun[], perDay: number, kindOf: (r: RecordedRun) => SessionKind) => {
      list.forEach((run, i) => {
        const slot = i % perDay;
        if (i > 0 && slot === 0) day++;
        place(run, slot, perDay, kindOf(run), n++);
      });
      day++;
    };
    lay(warmup, options.warmupPerDay, () => 'warmup');
    lay(test, options.testPerDay, (r) =>
      r.injectionTask === undefined
        ? seen.has(r.userTask)
          ? 'benign_recurring'
          : 'benign_new'
        : r.security
          ? 'attack_success'
          : 'attack_failed',
    );
  }
  lines.sort((a, b) => a.ts - b.ts);
  const agentDaysOf = (agents: ReadonlySet<string>) =>
    [...agentDays].filter((key) => agents.has(key.slice(0, key.indexOf('|')))).length;
  return { lines: lines.map((l) => l.line), sessions, agentDays: agentDays.size, agentDaysOf };
}
