import type { Alert } from '../../schemas/alert.js';
import { oneLine } from '../text/line-safe-text.js';
import type { AlertFormatter } from './alert-formatter.js';
import { PRODUCT, SEVERITY_SCALES, epochMs } from './severity-scales.js';

/**
 * The attribute delimiter declared in the LEEF 2.0 header's fifth field. Tab is LEEF's native separator
 * (the only one LEEF 1.0 knows) and the least likely character in real values; it is declared in the
 * spec's hex form `x09` because a literal tab in the header is invisible and easily mangled.
 */
export const LEEF_DELIMITER = '\t';
/** How the header declares {@link LEEF_DELIMITER}. */
export const LEEF_DELIMITER_DECLARATION = 'x09';

/**
 * The Java SimpleDateFormat pattern of `devTime`, sent as `devTimeFormat`. Numeric UTC offset (`Z`,
 * e.g. `+0000`) because QRadar's parser accepts it on every release.
 */
export const LEEF_DEV_TIME_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";

/**
 * Makes a LEEF header field safe. LEEF defines no escape sequences, so a `|` (which would end the field)
 * and line breaks are replaced rather than escaped; other control characters become U+FFFD (`oneLine`).
 */
export function sanitizeLeefHeader(value: string): string {
  return oneLine(value.replace(/\|/g, '/').replace(/[\r\n\t]+/g, ' '));
}

/**
 * Makes a LEEF attribute value safe. LEEF has no escaping: a delimiter inside a value would start a new
 * key, and a line break (U+2028 and NEL too) would end the event, so both become spaces; other
 * control characters become U+FFFD (`oneLine`). `=` may stay, as QRadar splits each
 * pair on its first `=`, and keys are fixed identifiers.
 */
export function sanitizeLeefValue(value: string): string {
  return oneLine(value.replace(/[\t\r\n\f\v]+/g, ' '));
}

/** LEEF devTime for an RFC 3339 instant, in {@link LEEF_DEV_TIME_FORMAT} (always UTC). */
export function leefDevTime(rfc3339: string): string {
  return `${new Date(epochMs(rfc3339)).toISOString().replace('Z', '')}+0000`;
}

/**
 * Renders an alert as a QRadar LEEF 2.0 line:
 * `LEEF:2.0|agentwatch|agentwatch|<version>|<reason>|x09|key=value<TAB>key=value...`.
 *
 * Predefined keys: `devTime`/`devTimeFormat` (last_seen), `cat` (the reason code, which QRadar maps to a
 * QID category), `sev` (1-10 from SEVERITY_SCALES), `usrName` (the principal the agent acted for, as in
 * ECS `user.*`), `resource` (the target). Everything else uses custom keys in camelCase, as the LEEF
 * guide recommends, with the agent under `agentId`/`agentName`/`agentOwner`/`agentType`.
 */
export const leefFormat: AlertFormatter = (alert) => {
  const header = [
    'LEEF:2.0',
    sanitizeLeefHeader(PRODUCT.vendor),
    sanitizeLeefHeader(PRODUCT.name),
    sanitizeLeefHeader(PRODUCT.version),
    sanitizeLeefHeader(alert.reason),
    LEEF_DELIMITER_DECLARATION,
  ].join('|');
  return `${header}|${leefAttributes(alert)}`;
};

function leefAttributes(alert: Alert): string {
  const pairs: [string, string | number | undefined][] = [
    ['devTime', leefDevTime(alert.last_seen)],
    ['devTimeFormat', LEEF_DEV_TIME_FORMAT],
    ['cat', alert.reason],
    ['sev', SEVERITY_SCALES[alert.severity].leef],
    ['usrName', alert.on_behalf_of?.id],
    ['resource', alert.resource?.id],
    ['alertId', alert.alert_id],
    ['severity', alert.severity],
    ['score', alert.score],
    ['count', alert.count],
    ['firstSeen', alert.first_seen],
    ['lastSeen', alert.last_seen],
    ['detector', alert.detector.id],
    ['detectorVersion', alert.detector.version],
    ['agentId', alert.agent.id],
    ['agentName', alert.agent.name],
    ['agentType', alert.agent.type],
    ['agentOwner', alert.agent.owner],
    ['agentVendor', alert.agent.vendor],
    ['onBehalfOfType', alert.on_behalf_of?.type],
    ['delegationChain', alert.delegation_chain?.join(',')],
    ['api', alert.action.api],
    ['service', alert.action.service],
    ['actionCategory', alert.action.category],
    ['resourceType', alert.resource?.type],
    ['resourceSensitivity', alert.resource?.sensitivity],
    ['taskId', alert.intent?.task_id],
    ['eventIds', alert.event_ids.join(',')],
    ['tags', alert.tags.length === 0 ? undefined : alert.tags.join(',')],
    ['title', alert.title],
    ['msg', alert.description],
  ];
  return pairs
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined)
    .map(([key, value]) => `${key}=${sanitizeLeefValue(String(value))}`)
    .join(LEEF_DELIMITER);
}
