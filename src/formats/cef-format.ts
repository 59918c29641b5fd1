import type { Alert } from '../../schemas/alert.js';
import { oneLine } from '../text/line-safe-text.js';
import type { AlertFormatter } from './alert-formatter.js';
import { PRODUCT, SEVERITY_SCALES, epochMs } from './severity-scales.js';

/**
 * Escapes a CEF header field. The spec escapes only `\` and `|` in the prefix; it has no escape for line
 * breaks there (multi-line values are allowed only in extensions), so line breaks (U+2028 and NEL
 * too) become spaces and other control characters U+FFFD (`oneLine`).
 */
export function escapeCefHeader(value: string): string {
  return oneLine(value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|'));
}

/**
 * Escapes a CEF extension value: `\` and `=` get a backslash, and line breaks are encoded as `\n` / `\r`
 * so the event stays on one line. `|` needs no escape in extensions. The spec has no escape for the
 * other line breaks and control characters: `oneLine` makes them spaces and U+FFFD.
 */
export function escapeCefExtension(value: string): string {
  return oneLine(
    value.replace(/\\/g, '\\\\').replace(/=/g, '\\=').replace(/\r/g, '\\r').replace(/\n/g, '\\n'),
  );
}

/**
 * Custom-string slots and their labels. The labels are part of the contract: ArcSight content keys on
 * them, so a slot never changes meaning.
 */
export const CEF_CUSTOM_LABELS = {
  cs1: 'agentId',
  cs2: 'agentName',
  cs3: 'agentOwner',
  cs4: 'detector',
  cs5: 'resourceId',
  cs6: 'tags',
  cn1: 'score',
} as const;

/**
 * Renders an alert as an ArcSight CEF:0 line:
 * `CEF:0|agentwatch|agentwatch|<version>|<detector>:<reason>|<title>|<0-10>|<extensions>`.
 *
 * Extension keys are from the CEF key dictionary: `rt` (last_seen), `start`/`end` (epoch ms),
 * `suser` (the principal the agent acted for, as in ECS `user.*`), `act` (the API called),
 * `destinationServiceName` (the service called), `cat` (action category), `reason` (bounded reason code),
 * `externalId` (alert_id), `cnt` (count), `msg` (description), plus `cs1`..`cs6` and `cn1` with labels
 * from {@link CEF_CUSTOM_LABELS} for the agent, the detector, the resource, the tags and the score.
 * `msg` goes last so that a reader that gives up on a long line still has every key.
 */
export const cefFormat: AlertFormatter = (alert) => {
  const header = [
    'CEF:0',
    escapeCefHeader(PRODUCT.vendor),
    escapeCefHeader(PRODUCT.name),
    escapeCefHeader(PRODUCT.version),
    escapeCefHeader(`${alert.detector.id}:${alert.reason}`),
    escapeCefHeader(alert.title),
    String(SEVERITY_SCALES[alert.severity].cef),
  ].join('|');
  return `${header}|${cefExtensions(alert)}`;
};

function cefExtensions(alert: Alert): string {
  const L = CEF_CUSTOM_LABELS;
  const pairs: [string, string | number | undefined][] = [
    ['rt', epochMs(alert.last_seen)],
    ['start', epochMs(alert.first_seen)],
    ['end', epochMs(alert.last_seen)],
    ['externalId', alert.alert_id],
    ['cnt', alert.count],
    ['reason', alert.reason],
    ['act', alert.action.api],
    ['destinationServiceName', alert.action.service],
    ['cat', alert.action.category],
    ['suser', alert.on_behalf_of?.id],
    ['cs1Label', L.cs1],
    ['cs1', alert.agent.id],
    ['cs2Label', alert.agent.name === undefined ? undefined : L.cs2],
    ['cs2', alert.agent.name],
    ['cs3Label', alert.agent.owner === undefined ? undefined : L.cs3],
    ['cs3', alert.agent.owner],
    ['cs4Label', L.cs4],
    ['cs4', `${alert.detector.id} v${alert.detector.version}`],
    ['cs5Label', alert.resource === undefined ? undefined : L.cs5],
    ['cs5', alert.resource?.id],
    ['cs6Label', alert.tags.length === 0 ? undefined : L.cs6],
    ['cs6', alert.tags.length === 0 ? undefined : alert.tags.join(',')],
    ['cn1Label', L.cn1],
    // cn1 is a Long in ArcSight; the exact score stays in the native JSON.
    ['cn1', Math.round(alert.score)],
    ['msg', alert.description],
  ];
  return pairs
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeCefExtension(String(value))}`)
    .join(' ');
}
