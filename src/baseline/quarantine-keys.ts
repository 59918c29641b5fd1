/**
 * The values of an event a finding can hold back from learning (quarantine): the API, the main
 * resource, the hour of week, the API and targets within the event's task and on-behalf-of user, and
 * the resource's sensitivity level (whether the agent touches restricted data at all).
 * A finding names them; learning reads them. A key outside this list would quarantine nothing, so
 * findings are typed with it and the detector runner refuses unknown keys at run time.
 */
export const QUARANTINE_KEYS = [
  'api',
  'resource',
  'hour',
  'task_api',
  'task_resource',
  'user_api',
  'user_resource',
  'sensitivity',
] as const;

/** One of {@link QUARANTINE_KEYS}. */
export type QuarantineKey = (typeof QUARANTINE_KEYS)[number];

const KEYS: ReadonlySet<string> = new Set(QUARANTINE_KEYS);

/** Whether `key` is a quarantine key (for values from untyped code, e.g. a custom detector). */
export function isQuarantineKey(key: unknown): key is QuarantineKey {
  return typeof key === 'string' && KEYS.has(key);
}
