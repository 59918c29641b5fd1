import { describe, expect, it } from 'vitest';
import { alertSchema } from '../../schemas/alert.js';
import { detectors } from '../../detectors/index.js';
import { runDetectorCase } from '../../src/detection/case-runner.js';

// One shared test runs every detector's own positive and negative cases (Panther style).
describe.each(Object.values(detectors))('$id cases', (definition) => {
  it.each(definition.cases.map((c) => [c.name, c] as const))('%s', (_name, detectorCase) => {
    const alerts = runDetectorCase(definition, detectorCase);
    if (detectorCase.expect === null) {
      expect(alerts, alerts.map((a) => a.description).join('\n')).toEqual([]);
      return;
    }
    expect(alerts.length, 'exactly one alert').toBe(1);
    const alert = alertSchema.parse(alerts[0]);
    expect(alert.detector.id).toBe(definition.id);
    expect(alert.reason).toBe(detectorCase.expect.reason);
    if (detectorCase.expect.severity) expect(alert.severity).toBe(detectorCase.expect.severity);
    expect(alert.event_ids).toEqual([detectorCase.event.event_id]);
    expect(alert.description).toMatch(/\d/);
  });
});
