import {
  ACTION_CATEGORIES,
  AGENT_TYPES,
  EVENT_LIMITS,
  INVOKER_TYPES,
  OUTCOMES,
  SENSITIVITIES,
  TIMESTAMP_RANGE,
  parseRfc3339,
  type AgentEvent,
} from '../../schemas/event.js';
import { isValidTimeZone } from '../time/event-time.js';

/*
 * The zod event schema stays the authority: this module only answers "certainly valid" for the
 * common shapes, in place and without the copy zod makes of every object (profiles showed zod
 * at ~7% of replay time plus its share of garbage collection). Anything it is unsure about
 * (any invalid value, rare shapes such as a `__proto__` key) returns undefined, and the caller
 * asks zod, which also words the error. A property test holds the two to the same answers.
 */

type Json = Record<string, unknown>;

const agentTypes: ReadonlySet<unknown> = new Set(AGENT_TYPES);
const invokerTypes: ReadonlySet<unknown> = new Set(INVOKER_TYPES);
const categories: ReadonlySet<unknown> = new Set(ACTION_CATEGORIES);
const sensitivities: ReadonlySet<unknown> = new Set(SENSITIVITIES);
const outcomes: ReadonlySet<unknown> = new Set(OUTCOMES);

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isString(v: unknown, min: number, max: number): boolean {
  return typeof v === 'string' && v.length >= min && v.length <= max;
}

/** Absent, or a string of at most `max` UTF-16 units (what zod's `.max` counts). */
function optString(v: unknown, max: number): boolean {
  return v === undefined || (typeof v === 'string' && v.length <= max);
}

function optEnum(v: unknown, allowed: ReadonlySet<unknown>): boolean {
  return v === undefined || allowed.has(v);
}

/** Epoch milliseconds of a valid timestamp, else undefined. */
function timestamp(v: unknown): number | undefined {
  let ms: number;
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) return undefined;
    ms = v;
  } else if (typeof v === 'string') {
    ms = parseRfc3339(v);
  } else return undefined;
  return Number.isFinite(ms) && ms >= TIMESTAMP_RANGE.min && ms < TIMESTAMP_RANGE.max ? ms : undefined;
}

function stringArray(v: unknown, minLength: number, maxLength: number, maxItems: number): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v) || v.length > maxItems) return false;
  for (const item of v) if (!isString(item, minLength, maxLength)) return false;
  return true;
}

function boundedRecord(v: unknown, maxEntries: number, scalars: boolean): boolean {
  if (v === undefined) return true;
  if (!isObject(v) || Object.getPrototypeOf(v) !== Object.prototype) return false;
  let n = 0;
  for (const key in v) {
    if (key.length > EVENT_LIMITS.idLength || key === '__proto__') return false;
    n += 1;
    const value = v[key];
    if (typeof value === 'string') {
      if (value.length > EVENT_LIMITS.parameterValueLength) return false;
    } else if (
      !scalars ||
      // JSON.parse turns 1e400 into Infinity, which z.number() refuses.
      !((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean' || value === null)
    ) {
      return false;
    }
  }
  return n <= maxEntries;
}

/** Every key of `o` is one of `allowed` (strict objects refuse unknown keys). */
function onlyKeys(o: Json, allowed: ReadonlySet<string>): boolean {
  for (const key in o) if (!allowed.has(key)) return false;
  return true;
}

const TOP_KEYS = new Set([
  'schema_version',
  'event_id',
  'ts',
  'agent',
  'on_behalf_of',
  'delegation_chain',
  'action',
  'resource',
  'outcome',
  'intent',
  'credential',
  'session_id',
  'trace_id',
  'source_ip',
  'user_agent',
  'attributes',
]);
const AGENT_KEYS = new Set(['id', 'name', 'type', 'owner', 'vendor', 'team', 'timezone']);
const INVOKER_KEYS = new Set(['id', 'type']);
const ACTION_KEYS = new Set(['api', 'service', 'category', 'parameters']);
const RESOURCE_KEYS = new Set(['id', 'type', 'sensitivity']);
const INTENT_KEYS = new Set(['task_id', 'description', 'scopes']);
const CREDENTIAL_KEYS = new Set(['id', 'type', 'issued_at', 'expires_at']);

const ID = EVENT_LIMITS.idLength;

function validAgent(a: unknown): boolean {
  return (
    isObject(a) &&
    onlyKeys(a, AGENT_KEYS) &&
    isString(a['id'], 1, ID) &&
    optString(a['name'], ID) &&
    optEnum(a['type'], agentTypes) &&
    optString(a['owner'], ID) &&
    optString(a['vendor'], ID) &&
    optString(a['team'], ID) &&
    (a['timezone'] === undefined ||
      (typeof a['timezone'] === 'string' && a['timezone'].length <= ID && isValidTimeZone(a['timezone'])))
  );
}

function validAction(a: unknown): boolean {
  return (
    isObject(a) &&
    onlyKeys(a, ACTION_KEYS) &&
    isString(a['api'], 1, EVENT_LIMITS.apiLength) &&
    optString(a['service'], ID) &&
    optEnum(a['category'], categories) &&
    boundedRecord(a['parameters'], EVENT_LIMITS.parameterEntries, true)
  );
}

function optInvoker(o: unknown): boolean {
  return (
    o === undefined ||
    (isObject(o) && onlyKeys(o, INVOKER_KEYS) && isString(o['id'], 1, ID) && optEnum(o['type'], invokerTypes))
  );
}

function optResource(r: unknown): boolean {
  return (
    r === undefined ||
    (isObject(r) &&
      onlyKeys(r, RESOURCE_KEYS) &&
      isString(r['id'], 1, EVENT_LIMITS.apiLength) &&
      optString(r['type'], ID) &&
      optEnum(r['sensitivity'], sensitivities))
  );
}

function optIntent(i: unknown): boolean {
  return (
    i === undefined ||
    (isObject(i) &&
      onlyKeys(i, INTENT_KEYS) &&
      optString(i['task_id'], ID) &&
      optString(i['description'], EVENT_LIMITS.textLength) &&
      stringArray(i['scopes'], 0, ID, EVENT_LIMITS.scopes))
  );
}

function validCredential(c: unknown): boolean {
  return (
    isObject(c) &&
    onlyKeys(c, CREDENTIAL_KEYS) &&
    optString(c['id'], ID) &&
    optString(c['type'], ID) &&
    (c['issued_at'] === undefined || timestamp(c['issued_at']) !== undefined) &&
    (c['expires_at'] === undefined || timestamp(c['expires_at']) !== undefined)
  );
}

/**
 * The event `json` as `eventSchema` would output it, when it is certainly valid: normalised in
 * place (`ts` and credential times to epoch milliseconds, `outcome` defaulted), no copy. Returns
 * undefined when the event is invalid or unusual; the caller then asks `eventSchema`. Mutates
 * `json` only when it returns the event, so the zod fallback sees the input as received.
 */
export function validateEventFast(json: unknown): AgentEvent | undefined {
  if (!isObject(json) || !onlyKeys(json, TOP_KEYS)) return undefined;
  const ts = timestamp(json['ts']);
  if (
    ts === undefined ||
    (json['schema_version'] !== undefined && json['schema_version'] !== '1') ||
    !isString(json['event_id'], 1, ID) ||
    !validAgent(json['agent']) ||
    !optInvoker(json['on_behalf_of']) ||
    !stringArray(json['delegation_chain'], 1, ID, EVENT_LIMITS.delegationDepth) ||
    !validAction(json['action']) ||
    !optResource(json['resource']) ||
    !optEnum(json['outcome'], outcomes) ||
    !optIntent(json['intent']) ||
    !optString(json['session_id'], ID) ||
    !optString(json['trace_id'], ID) ||
    !optString(json['source_ip'], ID) ||
    !optString(json['user_agent'], 1024) ||
    !boundedRecord(json['attributes'], EVENT_LIMITS.attributes, false)
  )
    return undefined;
  const credential = json['credential'];
  if (credential !== undefined && !validCredential(credential)) return undefined;
  // Converted only once everything passed: a refusal leaves the input as received for zod's wording.
  json['ts'] = ts;
  if (json['outcome'] === undefined) json['outcome'] = 'success';
  if (isObject(credential)) {
    if (credential['issued_at'] !== undefined) credential['issued_at'] = timestamp(credential['issued_at']);
    if (credential['expires_at'] !== undefined)
      credential['expires_at'] = timestamp(credential['expires_at']);
  }
  return json as unknown as AgentEvent;
}
