import type { z } from 'zod';
import type { Severity } from '../../schemas/alert.js';
import type { AgentEvent, AgentEventInput } from '../../schemas/event.js';
import type { BaselineView } from '../baseline/baseline-view.js';
import type { QuarantineKey } from '../baseline/quarantine-keys.js';
import type { Logger } from '../logger.js';
import type { IdentityView } from '../registry/identity-context.js';

export type { AgentHistory, BaselineView, ScopeHistory, ValueHistory } from '../baseline/baseline-view.js';
export type { QuarantineKey } from '../baseline/quarantine-keys.js';

/**
 * A MITRE ATT&CK technique (`attack.T1078`, sub-technique `attack.T1078.004`) or MITRE ATLAS
 * technique (`atlas.AML.T0051`, `atlas.AML.T0051.000`). SIEM formats turn these into references.
 */
export type TechniqueTag = `attack.T${number}` | `atlas.AML.T${number}`;

/** The exact shape of a {@link TechniqueTag}: four-digit technique, optional three-digit sub-technique. */
export const TECHNIQUE_TAG = /^(attack\.T\d{4}(\.\d{3})?|atlas\.AML\.T\d{4}(\.\d{3})?)$/;

/** How far a detector has come: `stable` runs by default, `experimental` only when enabled in config. */
export const DETECTOR_MATURITIES = ['experimental', 'stable'] as const;
export type DetectorMaturity = (typeof DETECTOR_MATURITIES)[number];

/** Evidence values: what an analyst reads in the alert, and what SIEM formats render. */
export type EvidenceValue = string | number | boolean | string[];

/** One anomaly a detector found in one event. The runner turns findings into alerts. */
export interface Finding {
  /** Bounded reason code, e.g. `api_first_seen`: one of the definition's declared `reasons`. */
  reason: string;
  /** Dedup key within (detector, agent): the same key inside the window folds into one alert. */
  key: string;
  severity: Severity;
  /** 0-100. */
  score: number;
  title: string;
  /** Why, in words, with numbers from the baseline. */
  description: string;
  evidence: Record<string, EvidenceValue>;
  /** MITRE ATT&CK / ATLAS technique ids. */
  tags?: readonly TechniqueTag[];
  /**
   * Baseline values this finding is about (`api`, `resource`, `hour`, `task_api`, ...): they stay
   * quarantined instead of being learned at once.
   */
  quarantine?: readonly QuarantineKey[];
  /**
   * The finding's targets are what an attacker would repeat (an address or account, or a value taken
   * from content the agent read): at or above `baseline.hold_from_severity` they stay under review
   * however often they recur, until an analyst decision allows them.
   */
  holdTargets?: boolean;
  /**
   * What this finding is about within its alert (the person served, the target reached): the first
   * time an open alert folds a key it does not cover yet is news. The update goes out at once rather
   * than when the window closes, takes this finding's text when the severity is the same, keeps its
   * event id even in a full alert, and every version lists the alert's news keys in
   * `evidence.news`; an alert whose 100 event ids are all news or escalations is closed and a new
   * one opened.
   */
  newsKey?: string;
}

/** A running detector. `evaluate` is pure: no I/O, no clock; time comes from `event.ts`. */
export interface Detector {
  evaluate(event: AgentEvent, baseline: BaselineView): readonly Finding[];
  /**
   * Posture detectors: conditions of a registered agent that hold without an event (an approval
   * that lapsed, an owner who left), checked by the periodic sweep at time `at` (event time in
   * replay). Pure, like `evaluate`; the runner raises each condition once and then only updates it.
   * `open` tells which conditions are open already: a finding for one of them is dropped, so a
   * detector skips building it.
   */
  sweep?(agentId: string, at: number, identity: IdentityView, open: OpenConditions): readonly Finding[];
  /**
   * With `sweep`: the earliest instant from which `sweep` could find a condition (or a severity)
   * it does not find at `at`, as long as the agent's registry record and the directory records of
   * its owner and approver stay as they are (`Infinity`: never; a value at or before `at`: the
   * next sweep). `sweep` must read nothing else of the identity context. The periodic sweep then
   * skips the agent until that instant, a change of those records, or the close of one of its open
   * conditions; without `sweepDue` the agent is swept every time.
   */
  sweepDue?(agentId: string, at: number, identity: IdentityView): number;
}

/**
 * The conditions the runner already holds open for one detector and one agent, as the sweep sees
 * them: the runner drops a finding whose (reason, key) is open, so a detector asks first and builds
 * no text, evidence or copy for it (a repeat sweep of a large fleet finds most conditions open).
 * Read-only, and valid only during the `sweep` call it is passed to.
 */
export interface OpenConditions {
  /** Whether an alert for `reason` and finding key `key` is open (its dedup window not closed). */
  has(reason: string, key: string): boolean;
}

/** Context a detector is created with. */
export interface DetectorContext<C> {
  config: C;
  logger: Logger;
}

/** A detector's own example: history to learn, one event to evaluate, and what must (not) be found. */
export interface DetectorCase {
  name: string;
  /** Events learned before `event`, in order. Times are relative to nothing: give real timestamps. */
  history: readonly AgentEventInput[];
  event: AgentEventInput;
  /** `null`: no finding. Otherwise the reason and, optionally, the exact severity expected. */
  expect: { reason: string; severity?: Severity } | null;
  /** Detector config overrides for this case. */
  config?: Record<string, unknown>;
  /** Top-level config overrides (e.g. `baseline`, `calendars`) for this case. */
  globalConfig?: Record<string, unknown>;
  /** Registry and directory records (NDJSON objects) loaded before the history. */
  identity?: { registry?: readonly unknown[]; directory?: readonly unknown[] };
}

/** A detector module: code, metadata and its own test cases (Panther/Elastic style). */
export interface DetectorDefinition<C extends z.ZodType = z.ZodType> {
  /** kebab-case, equal to its folder name, never reused. */
  id: string;
  /** Positive integer, carried by every alert; raise it when what a finding means changes. */
  version: number;
  title: string;
  /** `stable` runs by default; `experimental` runs only when its config section sets `enabled: true`. */
  maturity: DetectorMaturity;
  /**
   * Every reason code its findings may carry (snake_case), with what it means: the detector's
   * messages, as a lint rule declares its own. The runner refuses a finding with any other reason,
   * and each reason has a positive case.
   */
  reasons: Readonly<Record<string, string>>;
  /**
   * Default dedup window: findings with the same agent and key inside it fold into one alert. A day
   * for first-seen style findings, so an unestablished value alerts at most once a day.
   */
  dedupWindowMinutes?: number;
  /**
   * Default `min_severity` of its config section (informational when absent): findings below it
   * raise nothing, and what they question stays under review.
   */
  defaultMinSeverity?: Severity;
  /**
   * Its findings do not make an event unclean (see `cleanVerdict`): a detector that learns what it
   * judges from clean events (delegated-authority's practice: what agents do cleanly for people the
   * directory does not grant) would otherwise never learn from an event it questions itself.
   */
  verdictNeutral?: boolean;
  /**
   * `false`: its findings do not count as a second detector against the event's targets (the hold
   * of `baseline.hold_from_severity`). For a finding true of every call of an action family, such as
   * access beyond the agent's grant, or of every touch of a kind of data, such as a first reach into
   * restricted data: counted, it would hold a rolled-out API's every party, or an approved night job's
   * hour, for ever. The alert it raises is unchanged.
   */
  corroborates?: boolean;
  /**
   * Reasons of its findings that state the agent's paperwork, true of its every event while the
   * condition lasts and nothing about the event itself (a credential past its rotation date): such
   * a finding still alerts, but it neither makes the event unclean (see `cleanVerdict`) nor counts
   * as a second detector against the event's targets. Counted, it froze what an agent with an
   * overdue key learns from its clean work: no practice, no payee, for as long as the key lives.
   */
  standingReasons?: readonly string[];
  /**
   * Whether the update of a folded alert is sent at its first repeat of each later day (an event
   * finding that keeps recurring, such as an API under review for a week), rather than only when the
   * window closes (a posture condition, found again every day by design). An escalation is always
   * sent at once.
   */
  dailyUpdates?: boolean;
  config: C;
  create(ctx: DetectorContext<z.output<C>>): Detector;
  cases: readonly DetectorCase[];
}

/** Identity helper that keeps the config type of a definition while checking its shape. */
export function defineDetector<C extends z.ZodType>(
  definition: DetectorDefinition<C>,
): DetectorDefinition<C> {
  return definition;
}

const KEBAB_ID = /^[a-z]+(-[a-z0-9]+)*$/;
const REASON_CODE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

/**
 * What is wrong with a value offered as a detector definition (nothing when it conforms): shape,
 * kebab-case id, positive integer version, maturity, declared reasons, and cases that expect only
 * declared reasons. Built-ins are checked by the conformance test, custom detectors when loaded.
 */
export function definitionProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return ['not an object'];
  const v = value as Record<string, unknown>;
  const problems: string[] = [];
  const id = v['id'];
  if (typeof id !== 'string' || !KEBAB_ID.test(id)) problems.push('id must be a kebab-case string');
  const version = v['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    problems.push('version must be a positive integer');
  if (typeof v['title'] !== 'string' || v['title'].trim() === '')
    problems.push('title must be a non-empty string');
  if (!DETECTOR_MATURITIES.includes(v['maturity'] as DetectorMaturity))
    problems.push(`maturity must be one of ${DETECTOR_MATURITIES.join(', ')}`);
  const config = v['config'] as { safeParse?: unknown } | undefined;
  if (typeof config?.safeParse !== 'function') problems.push('config must be a zod schema');
  if (typeof v['create'] !== 'function') problems.push('create must be a function');
  const reasons = v['reasons'];
  const declared = new Set<string>();
  if (typeof reasons !== 'object' || reasons === null || Object.keys(reasons).length === 0) {
    problems.push('reasons must declare at least one reason code');
  } else {
    for (const [code, meaning] of Object.entries(reasons)) {
      declared.add(code);
      if (!REASON_CODE.test(code)) problems.push(`reason "${code}" must be snake_case`);
      if (typeof meaning !== 'string' || meaning.trim() === '')
        problems.push(`reason "${code}" must say what it means`);
    }
  }
  const standing = v['standingReasons'];
  if (standing !== undefined) {
    if (!Array.isArray(standing)) problems.push('standingReasons must be an array of declared reasons');
    else
      for (const code of standing as unknown[])
        if (typeof code !== 'string' || !declared.has(code))
          problems.push(`standing reason "${String(code)}" is not a declared reason`);
  }
  const cases = v['cases'];
  if (!Array.isArray(cases)) problems.push('cases must be an array');
  else
    for (const c of cases as { name?: unknown; expect?: { reason?: unknown } | null }[]) {
      const reason = c.expect?.reason;
      if (reason !== undefined && (typeof reason !== 'string' || !declared.has(reason)))
        problems.push(`case "${String(c.name)}" expects undeclared reason ${JSON.stringify(reason)}`);
    }
  return problems;
}
