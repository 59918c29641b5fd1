/*
 * The one rule for text that reaches ClickHouse, in any table (events, alerts, baselines, registry):
 * well-formed UTF-16, with every lone surrogate replaced by U+FFFD.
 *
 * Why: a JS string may hold half of a surrogate pair (`"\ud800"` in JSON input is legal, and so is
 * a title cut in the middle of an emoji). JSON.stringify writes it as the escape `\ud800`, which
 * ClickHouse refuses (the whole insert fails, every retry too), and UTF-8 cannot encode it at all.
 * The decoder applies the rule to every accepted event, so the event that is learned, alerted on
 * and stored is the same one and keys like `agent.id` match after a reload; the store applies it
 * again to every row it writes, so text built later (titles, descriptions, registry rows) obeys it.
 */

/** The native well-formedness methods (ES2024; Node >= 20), not yet in the ES2023 lib typings. */
interface WellFormedString {
  isWellFormed(): boolean;
  toWellFormed(): string;
}

/** Whether `text` has no lone surrogate. */
export function isWellFormedText(text: string): boolean {
  return (text as unknown as WellFormedString).isWellFormed();
}

/** `text` with every lone surrogate replaced by U+FFFD (the same string when there is none). */
export function wellFormedText(text: string): string {
  const s = text as unknown as WellFormedString;
  return s.isWellFormed() ? text : s.toWellFormed();
}

/**
 * `value` with the rule applied to every string in it, object keys included. Copy on write: the
 * same reference comes back when nothing needed a change (the common case allocates nothing), and
 * only the objects and arrays on the path to a changed string are copied.
 */
export function wellFormedValue<T>(value: T): T {
  return fix(value) as T;
}

function fix(value: unknown): unknown {
  if (typeof value === 'string') return wellFormedText(value);
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      const fixed = fix(item);
      if (fixed !== item) {
        out ??= value.slice();
        out[i] = fixed;
      }
    }
    return out ?? value;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i] as string;
    const item = record[key];
    if (isWellFormedText(key) && fix(item) === item) continue;
    // Something changes: copy, keeping the unchanged entries before it as they are.
    const out: Record<string, unknown> = {};
    for (let j = 0; j < keys.length; j += 1) {
      const k = keys[j] as string;
      const v = record[k];
      define(out, j < i ? k : wellFormedText(k), j < i ? v : fix(v));
    }
    return out;
  }
  return value;
}

/** Sets a data property: plain assignment would run a `__proto__` key through the setter. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * JSON text of `value` that ClickHouse accepts: JSON.stringify, and when its output holds a `\ud`
 * escape (a lone surrogate; well-formed pairs are written as characters), the same of
 * `wellFormedValue(value)`. A literal backslash before `ud` only costs the second pass.
 */
export function clickHouseJson(value: unknown): string {
  const json = JSON.stringify(value);
  return json.includes('\\ud') ? JSON.stringify(wellFormedValue(value)) : json;
}
