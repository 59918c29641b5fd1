import type { Alert, Severity } from '../../schemas/alert.js';
import { SEVERITY_RANK } from '../../schemas/alert.js';

/** A destination for alerts. `send` resolves once the sink has accepted them (or parked them durably). */
export interface AlertSink {
  readonly name: string;
  send(alerts: readonly Alert[]): Promise<void>;
  close(): Promise<void>;
}

/** Alerts at or above a minimum severity. */
export function atLeast(alerts: readonly Alert[], min: Severity): readonly Alert[] {
  if (min === 'informational') return alerts;
  return alerts.filter((a) => SEVERITY_RANK[a.severity] >= SEVERITY_RANK[min]);
}
