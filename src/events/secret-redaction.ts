import type { AgentEvent } from '../../schemas/event.js';

/*
 * Producers put whatever the tool got into `action.parameters` and `attributes`, and URLs with
 * credentials into resource ids and descriptions. A secret that reaches the event store, an alert
 * or a SIEM is a leak that outlives its rotation, so events are redacted once, right after
 * decoding, before anything stores, learns or forwards them.
 *
 * Keys are compared by words: `access_token`, `accessToken`, `X-Access-Token` and `ACCESS.TOKEN`
 * are the words [access, token], and a key matches a configured key when the configured words
 * appear in it in a row. So `api_key` matches `x-api-key` and `apiKey`, and `token` matches
 * `refresh_token` but not `max_tokens` (a word is matched whole).
 */

/** What a redactor is told to look for. */
export interface RedactionSettings {
  /** Key names whose values are secrets, matched by words (see the module comment). */
  keys: readonly string[];
  /** What a secret value becomes. */
  replacement: string;
}

/** The default secret keys (the `redaction.keys` default). */
export const DEFAULT_SECRET_KEYS = [
  'password',
  'passwd',
  'secret',
  'token',
  'api_key',
  'apikey',
  'access_key',
  'private_key',
  'authorization',
  'cookie',
  'session_token',
  'credentials',
] as const;

/** The words of a key: split at `_ - . space /` and at lower-to-upper case changes, lower-cased. */
export function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Whether `words` contains `pattern` as a run of consecutive words. */
function containsRun(words: readonly string[], pattern: readonly string[]): boolean {
  if (pattern.length === 0) return false;
  for (let i = 0; i + pattern.length <= words.length; i += 1) {
    let all = true;
    for (let j = 0; j < pattern.length; j += 1)
      if (words[i + j] !== pattern[j]) {
        all = false;
        break;
      }
    if (all) return true;
  }
  return false;
}

// scheme://user:password@host -> scheme://[REDACTED]@host (the user name too: often a key id).
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi;
// key=value and key: value pairs in free text and query strings; an auth scheme word is kept. A
// `scheme://` is not a pair (it would swallow the URL and hide its query string).
const PAIR =
  /([A-Za-z][A-Za-z0-9_.-]{0,63})(\s*=\s*|\s*:(?!\/\/)\s*)((?:Bearer|Basic|Splunk|Token|Digest)\s+)?("[^"]*"|'[^']*'|[^\s&;,"']+)/g;
// "key": "value" and "key": 123 in JSON text that did not parse (a truncated line, a parser's
// error quoting it), where the key's closing quote keeps PAIR from seeing the pair.
const JSON_PAIR = /"([A-Za-z][A-Za-z0-9_.-]{0,63})"(\s*:\s*)("(?:[^"\\]|\\.)*"?|-?\d[\d.eE+-]*)/g;
// Cheap test before the replacements: nothing to do without one of these.
const CANDIDATE = /[=@]|:\s|:"/;
/** Nesting walked by `redactJson`; a deeper value holding a secret is replaced whole. */
const MAX_JSON_DEPTH = 64;

/** Redacts secrets in events as configured. Keeps a bounded cache of key verdicts. */
export class SecretRedactor {
  private readonly patterns: string[][];
  private readonly replacement: string;
  private readonly verdicts = new Map<string, boolean>();

  constructor(settings: RedactionSettings) {
    this.patterns = settings.keys.map(keyWords).filter((p) => p.length > 0);
    this.replacement = settings.replacement;
  }

  /** Whether a key's value is a secret. */
  isSecretKey(key: string): boolean {
    const cached = this.verdicts.get(key);
    if (cached !== undefined) return cached;
    const words = keyWords(key);
    const verdict = this.patterns.some((p) => containsRun(words, p));
    // Keys repeat across events; a hostile producer sending endless distinct keys must not grow it.
    if (this.verdicts.size >= 10_000) this.verdicts.clear();
    this.verdicts.set(key, verdict);
    return verdict;
  }

  /** `text` with URL userinfo and the values of secret `key=value` pairs replaced. */
  redactText(text: string): string {
    if (!CANDIDATE.test(text)) return text;
    return text
      .replace(USERINFO, (_m, scheme: string) => `${scheme}${this.replacement}@`)
      .replace(PAIR, (match, key: string, sep: string, scheme: string | undefined, value: string) => {
        if (!this.isSecretKey(key) || value === this.replacement) return match;
        return `${key}${sep}${scheme ?? ''}${this.replacement}`;
      })
      .replace(JSON_PAIR, (match, key: string, sep: string, value: string) => {
        if (!this.isSecretKey(key) || value === `"${this.replacement}"`) return match;
        return `"${key}"${sep}"${this.replacement}"`;
      });
  }

  /**
   * A refused input record with its secrets redacted, for the dead letter. When it parses as JSON,
   * the value of every secret key at any depth (strings, numbers, objects and arrays alike: a
   * refused record has no schema to trust) and the secrets inside every other string; otherwise its
   * text as `redactText` sees it. The original bytes are kept, untouched, when nothing was secret;
   * else the record is re-serialised (compact JSON, or the text with invalid UTF-8 replaced).
   */
  redactRecord(raw: Buffer): { raw: Buffer; redacted: boolean } {
    const text = raw.toString('utf8');
    if (!CANDIDATE.test(text)) return { raw, redacted: false };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      const redacted = this.redactText(text);
      return redacted === text
        ? { raw, redacted: false }
        : { raw: Buffer.from(redacted, 'utf8'), redacted: true };
    }
    const redacted = this.redactJson(json, 0);
    return redacted === json
      ? { raw, redacted: false }
      : { raw: Buffer.from(JSON.stringify(redacted), 'utf8'), redacted: true };
  }

  /** `value` with secrets redacted: the same value when nothing changed, else a copy. */
  private redactJson(value: unknown, depth: number): unknown {
    if (typeof value === 'string') return this.redactText(value);
    if (value === null || typeof value !== 'object') return value;
    if (depth >= MAX_JSON_DEPTH) {
      // Too deep to walk: its JSON text decides (a "key": value pair of a secret key in it).
      const text = JSON.stringify(value);
      return this.redactText(text) === text ? value : this.replacement;
    }
    if (Array.isArray(value)) {
      let out: unknown[] | undefined;
      for (let i = 0; i < value.length; i += 1) {
        const item: unknown = value[i];
        const next = this.redactJson(item, depth + 1);
        if (next !== item) (out ??= [...(value as unknown[])])[i] = next;
      }
      return out ?? value;
    }
    let out: Record<string, unknown> | undefined;
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      const next =
        this.isSecretKey(key) && item !== null && typeof item !== 'boolean'
          ? item === this.replacement
            ? item
            : this.replacement
          : this.redactJson(item, depth + 1);
      if (next === item) continue;
      out ??= { ...record };
      // A key named __proto__ is data here: defined, never assigned (assigning sets a prototype).
      Object.defineProperty(out, key, { value: next, enumerable: true, writable: true, configurable: true });
    }
    return out ?? value;
  }

  /**
   * Redacts `event` in place and returns it: values of secret keys in `action.parameters` and
   * `attributes` (strings and numbers; booleans and nulls say nothing), and secrets inside every
   * free-text field.
   */
  redact(event: AgentEvent): AgentEvent {
    const params = event.action.parameters;
    if (params)
      for (const key of Object.keys(params)) {
        const value = params[key];
        if (this.isSecretKey(key)) {
          if (typeof value === 'string' || typeof value === 'number') params[key] = this.replacement;
        } else if (typeof value === 'string') params[key] = this.redactText(value);
      }
    const attributes = event.attributes;
    if (attributes)
      for (const key of Object.keys(attributes)) {
        const value = attributes[key];
        if (value === undefined) continue;
        attributes[key] = this.isSecretKey(key) ? this.replacement : this.redactText(value);
      }
    if (event.resource) event.resource.id = this.redactText(event.resource.id);
    if (event.intent?.description !== undefined)
      event.intent.description = this.redactText(event.intent.description);
    if (event.user_agent !== undefined) event.user_agent = this.redactText(event.user_agent);
    event.action.api = this.redactText(event.action.api);
    return event;
  }
}

/** The redactor the `redaction` config section asks for (undefined when disabled). */
export function createRedactor(
  settings: RedactionSettings & { enabled: boolean },
): SecretRedactor | undefined {
  return settings.enabled ? new SecretRedactor(settings) : undefined;
}
