import { eventSchema } from '../../schemas/event.js';
import type { Alert } from '../../schemas/alert.js';
import { silentLogger } from '../logger.js';
import { createMetrics } from '../metrics.js';
import { detectionConfigSchema } from './detection-config.js';
import { createDetection } from './detection-setup.js';
import type { DetectorCase, DetectorDefinition } from './detector-contract.js';

/**
 * Runs one detector case the way the pipeline would: the history is evaluated and learned event by
 * event (so quarantine applies), then the case's event is evaluated. Only `definition` is enabled,
 * with dedup off. Returns the alerts raised by the case's event.
 */
export function runDetectorCase(definition: DetectorDefinition, detectorCase: DetectorCase): Alert[] {
  const detectorsConfig: Record<string, unknown> = {};
  detectorsConfig[definition.id] = {
    enabled: true,
    dedup_window_minutes: 0,
    settings: detectorCase.config ?? {},
  };
  const config = detectionConfigSchema.parse({ ...detectorCase.globalConfig, detectors: detectorsConfig });
  for (const id of Object.keys(config.detectors) as (keyof typeof config.detectors)[]) {
    if (id !== definition.id) config.detectors[id].enabled = false;
  }
  const { registry, runner } = createDetection(config, {
    metrics: createMetrics({ defaultMetrics: false }),
    logger: silentLogger(),
    persistence: undefined,
  });
  for (const input of detectorCase.history) {
    const event = eventSchema.parse(input);
    const { verdict } = runner.process(event, registry.view(event));
    registry.learn(event, verdict);
  }
  const event = eventSchema.parse(detectorCase.event);
  return runner.process(event, registry.view(event)).alerts;
}
