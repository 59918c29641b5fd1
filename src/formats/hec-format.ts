import { hostname as osHostname } from 'node:os';
import type { AlertFormatter } from './alert-formatter.js';
import { PRODUCT } from './severity-scales.js';

/** Options of {@link createHecFormat}. */
export interface HecFormatOptions {
  /** HEC `host`. */
  host: string;
  /** HEC `index`; omitted so the token's default index applies. */
  index?: string;
  /** HEC `source`. Default `agentwatch`. */
  source?: string;
  /** HEC `sourcetype`. Default `agentwatch:alert`. */
  sourcetype?: string;
}

/** The default HEC `sourcetype`. */
export const HEC_SOURCETYPE = 'agentwatch:alert';

/**
 * Builds a Splunk HTTP Event Collector rendering: one `/services/collector/event` JSON object,
 * `{"time","host","source","sourcetype","index"?,"event","fields"}`.
 *
 * - `time` is last_seen in epoch seconds with millisecond decimals, the unit HEC expects (milliseconds
 *   would be read as a date thousands of years ahead).
 * - `event` is the native v1 alert, the source of truth, so Splunk searches see every field.
 * - `fields` are indexed fields for fast `tstats` filtering: severity, detector and agent_id (strings,
 *   as HEC requires for indexed fields).
 */
export function createHecFormat(options: HecFormatOptions): AlertFormatter {
  const source = options.source ?? PRODUCT.name;
  const sourcetype = options.sourcetype ?? HEC_SOURCETYPE;
  return (alert) =>
    JSON.stringify({
      time: Date.parse(alert.last_seen) / 1000,
      host: options.host,
      source,
      sourcetype,
      index: options.index,
      event: alert,
      fields: { severity: alert.severity, detector: alert.detector.id, agent_id: alert.agent.id },
    });
}

/** The registry's HEC rendering: this machine's hostname, the token's default index. */
export const hecFormat: AlertFormatter = createHecFormat({ host: osHostname() });
