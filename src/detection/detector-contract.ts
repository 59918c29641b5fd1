import type { z } from 'zod';
import type { Severity } from '../../schemas/alert.js';
import type { AgentEvent, AgentEventInput } from '../../schemas/event.js';
import type { BaselineView } from '../baseline/baseline-view.js';
import type { Logger } from '../logger.js';
import type { IdentityView } from '../registry/identity-context.js';

export type { BaselineView } from '../baseline/baseline-view.js';

/** Evidence values: what an analyst reads in the alert, and what SIEM formats render. */
export type EvidenceValue = string | number | boolean | string[];

/** One anomaly a detector found in one event. The runner turns findings into alerts. */
export interface Finding {
  /** Bounded reason code, e.g. `api_first_seen`. */
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
  tags?: readonly string[];
  /**
   * Baseline values this finding is about (`api`, `resource`, `hour`, `task_api`, ...): they stay
   * quarantined instead of being learned at once.
   */
  quarantine?: readonly string[];
}

/** A running detector. `evaluate` is pure: no I/O, no clock; time comes from `event.ts`. */
export interface Detector {
  evaluate(event: AgentEvent, baseline: BaselineView): readonly Finding[];
  /**
   * Posture detectors: conditions of a registered agent that hold without an event (an approval
   * that lapsed, an owner who left), checked by the periodic sweep at time `at` (event time in
   * replay). Pure, like `evaluate`; the runner raises each condition once and then only updates it.
   */
  sweep?(agentId: string, at: number, identity: IdentityView): readonly Finding[];
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
  id: string;
  version: number;
  title: string;
  maturity: 'experimental' | 'stable';
  /**
   * Default dedup window: findings with the same agent and key inside it fold into one alert. A day
   * for first-seen style findings, so an unestablished value alerts at most once a day.
   */
  dedupWindowMinutes?: number;
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
