import { eventSchema, type AgentEvent } from '../../schemas/event.js';
import type { Alert } from '../../schemas/alert.js';
import { silentLogger } from '../logger.js';
import { createMetrics } from '../metrics.js';
import { detectionConfigSchema } from './detection-config.js';
import { createDetection } from './detection-setup.js';
import { applyIdentityRecord, parseIdentityRecord, type IdentityKind } from '../registry/identity-records.js';
import type { DetectorCase, DetectorDefinition } from './detector-contract.js';
import type { RunResult } from './detector-runner.js';
import { cleanVerdict } from '../baseline/agent-baseline.js';

/** What {@link createDetection} builds: the baselines, the detectors and the identity context. */
export type Detection = ReturnType<typeof createDetection>;

/**
 * Evaluates one event the way the pipeline does and learns from it: the baselines by the verdict,
 * the identity context by whether the event came out clean.
 */
export function detectAndLearn({ registry, runner, identity }: Detection, event: AgentEvent): RunResult {
  const view = registry.view(event);
  const result = runner.process(event, { ...view, identity });
  registry.learn(event, result.verdict);
  identity.learn(event, view.learning, cleanVerdict(result.verdict));
  return result;
}

/**
 * Runs one detector case the way the pipeline would: the history is evaluated and learned event by
 * event (so quarantine applies), then the case's event is evaluated. Only `definition` is enabled,
 * with dedup off and every severity raised. Returns the alerts raised by the case's event.
 */
export function runDetectorCase(definition: DetectorDefinition, detectorCase: DetectorCase): Alert[] {
  const detectorsConfig: Record<string, unknown> = {};
  // Findings at every severity: a case says what the detector finds and how severe it is; which
  // severities are raised is the section's min_severity, a policy of the runner.
  detectorsConfig[definition.id] = {
    enabled: true,
    dedup_window_minutes: 0,
    min_severity: 'informational',
    settings: detectorCase.config ?? {},
  };
  const config = detectionConfigSchema.parse({ ...detectorCase.globalConfig, detectors: detectorsConfig });
  for (const id of Object.keys(config.detectors) as (keyof typeof config.detectors)[]) {
    if (id !== definition.id) config.detectors[id].enabled = false;
  }
  const detection = createDetection(config, {
    metrics: createMetrics({ defaultMetrics: false }),
    logger: silentLogger(),
    persistence: undefined,
  });
  const { registry, runner, identity } = detection;
  for (const kind of ['registry', 'directory'] as IdentityKind[]) {
    for (const record of detectorCase.identity?.[kind] ?? []) {
      const parsed = parseIdentityRecord(kind, JSON.stringify(record));
      if (!parsed.ok) throw new Error(`case "${detectorCase.name}": bad ${kind} record: ${parsed.error}`);
      applyIdentityRecord(identity, parsed);
    }
  }
  for (const input of detectorCase.history) detectAndLearn(detection, eventSchema.parse(input));
  const event = eventSchema.parse(detectorCase.event);
  return runner.process(event, { ...registry.view(event), identity }).alerts;
}
