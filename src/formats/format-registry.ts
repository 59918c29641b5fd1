import type { AlertFormatter } from './alert-formatter.js';
import { jsonFormat } from './alert-formatter.js';
import { UsageError } from '../errors.js';
import { cefFormat } from './cef-format.js';
import { ecsFormat } from './ecs-format.js';
import { hecFormat } from './hec-format.js';
import { leefFormat } from './leef-format.js';
import { createOcsfFormat, ocsfFormat, type OcsfVersion } from './ocsf-format.js';
import { syslogFormat } from './syslog-format.js';

/** Alert renderings by name; SIEM formats join this list. */
export const FORMATS = {
  json: jsonFormat,
  ocsf: ocsfFormat,
  ecs: ecsFormat,
  cef: cefFormat,
  leef: leefFormat,
  syslog: syslogFormat,
  hec: hecFormat,
} as const satisfies Record<string, AlertFormatter>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

/** The formatter for a name given on the command line or in config; `ocsfVersion` picks the OCSF release. */
export function resolveFormat(name: string, options: { ocsfVersion?: OcsfVersion } = {}): AlertFormatter {
  if (!(name in FORMATS))
    throw new UsageError(`unknown format "${name}" (one of: ${FORMAT_NAMES.join(', ')})`);
  if (name === 'ocsf' && options.ocsfVersion !== undefined)
    return createOcsfFormat({ version: options.ocsfVersion });
  return FORMATS[name as FormatName];
}
