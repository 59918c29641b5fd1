import { hostname as osHostname } from 'node:os';
import type { Alert } from '../../schemas/alert.js';
import { ConfigError } from '../errors.js';
import { oneLine } from '../text/line-safe-text.js';
import type { AlertFormatter } from './alert-formatter.js';
import { cefFormat } from './cef-format.js';
import { PRODUCT, SEVERITY_SCALES } from './severity-scales.js';

/**
 * Default facility: 13, "log audit". The alert is the output of a security audit of agent activity;
 * 13 keeps it apart from the host's own auth (4) and authpriv (10) streams, which collectors often route
 * to local files with restricted permissions. Any facility 0-23 can be configured (16-23 = local0-7).
 */
export const DEFAULT_SYSLOG_FACILITY = 13;

/**
 * Default private enterprise number for the SD-ID. 32473 is the number IANA reserves for documentation
 * and examples (RFC 5612); a deployment that owns a PEN should configure it, since SD-IDs with `@` are
 * meant to be unique to the organisation that defines them.
 */
export const DEFAULT_ENTERPRISE_NUMBER = 32473;

/** Options of {@link createSyslogFormat}. */
export interface SyslogFormatOptions {
  /** HOSTNAME field; characters outside printable US-ASCII become `-`, empty means NILVALUE. */
  hostname: string;
  /** APP-NAME field (max 48 printable US-ASCII characters). Default `agentwatch`. */
  appName?: string;
  /** Syslog facility 0-23. Default {@link DEFAULT_SYSLOG_FACILITY}. */
  facility?: number;
  /** MSG body: `text` (title and description) or `cef` (the CEF rendering, for CEF-over-syslog). */
  msgFormat?: 'text' | 'cef';
  /** Private enterprise number in the SD-ID `agentwatch@<pen>`. Default {@link DEFAULT_ENTERPRISE_NUMBER}. */
  enterpriseNumber?: number;
  /**
   * Prefix a MSG that contains non-ASCII characters with the UTF-8 BOM, as RFC 5424 section 6.4
   * requires for MSG-UTF8. Default true; turn off for collectors that show the BOM as garbage.
   */
  utf8Bom?: boolean;
}

/** The SD-PARAM names the structured element carries, in order. Each is a valid SD-NAME. */
export const SYSLOG_SD_PARAMS = [
  'alert_id',
  'detector',
  'detector_version',
  'reason',
  'severity',
  'score',
  'count',
  'first_seen',
  'agent',
  'agent_name',
  'agent_owner',
  'on_behalf_of',
  'api',
  'service',
  'resource',
  'tags',
] as const;

const NILVALUE = '-';
const BOM = '\uFEFF';

/**
 * Escapes an SD-PARAM value (RFC 5424 section 6.3.3): `"`, `\` and `]` get a backslash. Control
 * characters (line breaks included) become spaces, because a syslog line must stay one line and the RFC
 * has no escape for them.
 */
export function escapeSdParamValue(value: string): string {
  return (
    value
      .replace(/[\\"\]]/g, (c) => `\\${c}`)
      // eslint-disable-next-line no-control-regex -- the point is to strip control characters
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      // C1 controls, NEL, U+2028 and U+2029 are line breaks to some readers too.
      .replace(/[\u0080-\u009f\u2028\u2029]/g, ' ')
  );
}

/**
 * Whether a string is a valid SD-NAME (RFC 5424 section 6.3.2/6.3.3): 1 to 32 printable US-ASCII
 * characters other than `=`, space, `]` and `"`.
 */
export function isValidSdName(name: string): boolean {
  return /^[\x21-\x7e]{1,32}$/.test(name) && !/[= \]"]/.test(name);
}

/** The syslog PRI value: facility * 8 + severity. */
export function syslogPri(facility: number, severity: number): number {
  return facility * 8 + severity;
}

/**
 * Builds an RFC 5424 rendering:
 * `<PRI>1 TIMESTAMP HOSTNAME APP-NAME - MSGID [agentwatch@PEN k="v" ...] MSG`.
 * TIMESTAMP is last_seen in UTC with milliseconds, PROCID is NILVALUE (renderings are pure and the
 * value would not help a collector), MSGID is the alert's reason code.
 *
 * @throws ConfigError when the facility, enterprise number, app name or resulting SD-ID is invalid.
 */
export function createSyslogFormat(options: SyslogFormatOptions): AlertFormatter {
  const facility = options.facility ?? DEFAULT_SYSLOG_FACILITY;
  if (!Number.isInteger(facility) || facility < 0 || facility > 23) {
    throw new ConfigError(`syslog facility must be an integer 0-23, got ${String(facility)}`);
  }
  const pen = options.enterpriseNumber ?? DEFAULT_ENTERPRISE_NUMBER;
  if (!Number.isInteger(pen) || pen < 1) {
    throw new ConfigError(`syslog enterprise number must be a positive integer, got ${String(pen)}`);
  }
  const sdId = `${PRODUCT.name}@${pen}`;
  if (!isValidSdName(sdId)) throw new ConfigError(`syslog SD-ID "${sdId}" is not a valid SD-NAME`);
  const appName = headerField(options.appName ?? PRODUCT.name, 48);
  const host = headerField(options.hostname, 255);
  const msgFormat = options.msgFormat ?? 'text';
  const utf8Bom = options.utf8Bom ?? true;

  return (alert) => {
    const pri = syslogPri(facility, SEVERITY_SCALES[alert.severity].syslog);
    const timestamp = new Date(Date.parse(alert.last_seen)).toISOString();
    const msgId = headerField(alert.reason, 32);
    const sd = `[${sdId} ${sdParams(alert)}]`;
    const body = msgFormat === 'cef' ? cefFormat(alert) : textMessage(alert);
    // eslint-disable-next-line no-control-regex -- ASCII test
    const msg = utf8Bom && /[^\u0000-\u007f]/.test(body) ? `${BOM}${body}` : body;
    return `<${pri}>1 ${timestamp} ${host} ${appName} ${NILVALUE} ${msgId} ${sd} ${msg}`;
  };
}

/** The registry's syslog rendering: this machine's hostname, facility 13, text MSG. */
export const syslogFormat: AlertFormatter = createSyslogFormat({ hostname: osHostname() });

function headerField(value: string, max: number): string {
  const printable = value.replace(/[^\x21-\x7e]/g, '-').slice(0, max);
  return printable === '' ? NILVALUE : printable;
}

function textMessage(alert: Alert): string {
  // The MSG is free text, but a line break would split the record for line-based collectors.
  return oneLine(`${alert.title} -- ${alert.description}`.replace(/[\r\n]+/g, ' '));
}

function sdParams(alert: Alert): string {
  const values: Record<(typeof SYSLOG_SD_PARAMS)[number], string | number | undefined> = {
    alert_id: alert.alert_id,
    detector: alert.detector.id,
    detector_version: alert.detector.version,
    reason: alert.reason,
    severity: alert.severity,
    score: alert.score,
    count: alert.count,
    first_seen: alert.first_seen,
    agent: alert.agent.id,
    agent_name: alert.agent.name,
    agent_owner: alert.agent.owner,
    on_behalf_of: alert.on_behalf_of?.id,
    api: alert.action.api,
    service: alert.action.service,
    resource: alert.resource?.id,
    tags: alert.tags.length === 0 ? undefined : alert.tags.join(','),
  };
  return SYSLOG_SD_PARAMS.flatMap((name) => {
    const value = values[name];
    return value === undefined ? [] : [`${name}="${escapeSdParamValue(String(value))}"`];
  }).join(' ');
}
