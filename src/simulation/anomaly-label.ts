/** Detectors the simulator writes ground truth for. */
export const LABELLED_DETECTORS = ['never-seen-api', 'off-hours-access', 'intent-mismatch'] as const;
export type LabelledDetector = (typeof LABELLED_DETECTORS)[number];

/**
 * Ground truth for one anomalous event and one detector expected to catch it: an event that two
 * detectors should catch has two labels. Labels are written apart from the events (never inside
 * them), so detectors cannot peek.
 */
export interface AnomalyLabel {
  event_id: string;
  detector: LabelledDetector;
  /** Short scenario name, e.g. `access-drift`, `payment-redirect`. */
  kind: string;
  agent_id: string;
  /** Event time (RFC 3339, UTC): lets scoring match alerts that fold many events by time. */
  ts: string;
  /** Groups the labels of one injected incident, for incident-level recall. */
  incident: string;
}
