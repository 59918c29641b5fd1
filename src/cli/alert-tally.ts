import { SEVERITIES, type Alert, type Severity } from '../../schemas/alert.js';
import type { AlertSink } from '../sinks/alert-sink.js';

/**
 * Distinct alerts by detector and severity. A folded alert is sent again with the same
 * `alert_id` and a higher count when its dedup window closes: that update is not a new alert, and
 * its last version (severity included) is the one counted.
 */
export class AlertTally {
  /** Alerts handed over, updates of folded alerts included. */
  deliveries = 0;
  private readonly latest = new Map<string, { detector: string; severity: Severity }>();

  record(alerts: readonly Alert[]): void {
    this.deliveries += alerts.length;
    for (const a of alerts) this.latest.set(a.alert_id, { detector: a.detector.id, severity: a.severity });
  }

  /** Number of distinct alert ids. */
  get distinct(): number {
    return this.latest.size;
  }

  /** One row per detector: a column per severity (most severe first) and the total. */
  rows(): Record<string, string | number>[] {
    const byDetector = new Map<string, Map<Severity, number>>();
    for (const { detector, severity } of this.latest.values()) {
      const counts = byDetector.get(detector) ?? new Map<Severity, number>();
      counts.set(severity, (counts.get(severity) ?? 0) + 1);
      byDetector.set(detector, counts);
    }
    return [...byDetector.keys()].sort().map((detector) => {
      const counts = byDetector.get(detector) ?? new Map<Severity, number>();
      const row: Record<string, string | number> = { detector };
      let total = 0;
      for (const s of [...SEVERITIES].reverse()) {
        row[s] = counts.get(s) ?? 0;
        total += counts.get(s) ?? 0;
      }
      row['total'] = total;
      return row;
    });
  }

  /** A sink in front of `sink` that tallies what it is handed, then passes it on. */
  wrap(sink: AlertSink): AlertSink {
    return {
      name: sink.name,
      send: async (alerts) => {
        this.record(alerts);
        await sink.send(alerts);
      },
      close: () => sink.close(),
    };
  }
}
