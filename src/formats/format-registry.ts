import type { AlertFormatter } from '../sinks/alert-sink.js';
import { jsonFormat } from '../sinks/alert-sink.js';
import { UsageError } from '../errors.js';

/** Alert renderings by name; SIEM formats join this list. */
export const FORMATS = {
  json: jsonFormat,
} as const satisfies Record<string, AlertFormatter>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

/** The formatter for a name given on the command line or in config. */
export function resolveFormat(name: string): AlertFormatter {
  if (!(name in FORMATS))
    throw new UsageError(`unknown format "${name}" (one of: ${FORMAT_NAMES.join(', ')})`);
  return FORMATS[name as FormatName];
}
