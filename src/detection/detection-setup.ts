import { detectors } from '../../detectors/index.js';
import type { BaselineConfig, CalendarsConfig } from '../baseline/baseline-config.js';
import {
  BaselineRegistry,
  type BaselinePersistence,
  type BaselineSettings,
} from '../baseline/baseline-registry.js';
import type { DetectionConfig } from './detection-config.js';
import { DetectorRunner, type DecisionPolicy, type EnabledDetector } from './detector-runner.js';
import type { DetectorDefinition } from './detector-contract.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import { IdentityContext } from '../registry/identity-context.js';

const DAY_MS = 86_400_000;

/** Baseline settings from the `baseline` and `calendars` config sections. */
export function baselineSettings(cfg: BaselineConfig, calendars: CalendarsConfig = []): BaselineSettings {
  return {
    calendars: calendars.map((c) => ({
      name: c.name,
      agentIds: c.agent_ids,
      owners: c.owners,
      teams: c.teams,
      timezone: c.timezone,
      workingDays: c.working_days,
      startHour: c.start_hour,
      endHour: c.end_hour,
    })),
    learningMinDays: cfg.learning_min_days,
    learningMinEvents: cfg.learning_min_events,
    quarantineDays: cfg.quarantine_days,
    forgetAfterMs: cfg.forget_after_days * DAY_MS,
    maxValuesPerTable: cfg.max_values_per_table,
    maxScopes: cfg.max_scopes,
    cohortRules: cfg.cohort_by,
    cohortMinPeers: cfg.cohort_min_peers,
    maxAgentsInMemory: cfg.max_agents_in_memory,
  };
}

/** The enabled detectors with their runner settings, in registry order. */
export function enabledDetectors(config: Pick<DetectionConfig, 'detectors'>): EnabledDetector[] {
  const out: EnabledDetector[] = [];
  for (const [id, definition] of Object.entries(detectors) as [
    keyof DetectionConfig['detectors'],
    DetectorDefinition,
  ][]) {
    const section = config.detectors[id];
    if (!section.enabled) continue;
    out.push({
      definition,
      settings: section.settings,
      dedupWindowMs: section.dedup_window_minutes * 60_000,
      severityOverride: section.severity_override ?? undefined,
      minSeverity: section.min_severity,
    });
  }
  return out;
}

/** Baselines and detectors, wired from the configuration. */
export function createDetection(
  config: Pick<DetectionConfig, 'baseline' | 'calendars' | 'detectors' | 'exceptions'>,
  deps: {
    metrics: Metrics;
    logger: Logger;
    persistence: BaselinePersistence | undefined;
    /** Detectors of the user's own (`loadCustomDetectors`), run after the built-ins. */
    custom?: readonly EnabledDetector[];
    /** Analyst decisions in force (src/decisions), applied by the runner. */
    decisions?: DecisionPolicy;
  },
): { registry: BaselineRegistry; runner: DetectorRunner; identity: IdentityContext } {
  const registry = new BaselineRegistry(
    baselineSettings(config.baseline, config.calendars),
    deps.persistence,
  );
  const runner = new DetectorRunner({
    detectors: [...enabledDetectors(config), ...(deps.custom ?? [])],
    exceptions: config.exceptions,
    decisions: deps.decisions,
    holdFromSeverity: config.baseline.hold_from_severity,
    metrics: deps.metrics,
    logger: deps.logger.child({ component: 'detectors' }),
  });
  // Registry and directory are loaded into it by the caller; events fill its inventory.
  return { registry, runner, identity: new IdentityContext() };
}
