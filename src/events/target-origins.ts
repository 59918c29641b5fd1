import type { AgentEvent } from '../../schemas/event.js';
import { valueTokens } from './event-keys.js';

/** Where a producer says a parameter value came from (see {@link targetOrigins}). */
export type TargetOrigin = 'request' | 'named_record' | 'record' | 'tool_result';

/** Which origin speaks when one value came in two parameters: the user's words first. */
const ORIGIN_RANK: Readonly<Record<TargetOrigin, number>> = {
  request: 3,
  named_record: 2,
  record: 1,
  tool_result: 0,
};

/** What {@link targetOrigins} gives for an event without provenance. */
export const NO_ORIGINS: ReadonlyMap<string, TargetOrigin> = new Map();

/**
 * The origin of each parameter value a producer marked (`attributes["provenance.<parameter>"]`, as
 * the transcript adapter sets it), split like targets: `request`, the user's own words;
 * `named_record`, a field's whole value in a record the user pointed at (read by a call whose
 * arguments the user gave); `record`, such a field of any record the agent read; `tool_result`, read
 * inside content. One pass, and nothing allocated for an event without provenance.
 */
export function targetOrigins(event: AgentEvent): ReadonlyMap<string, TargetOrigin> {
  const attributes = event.attributes;
  const parameters = event.action.parameters;
  if (!attributes || !parameters) return NO_ORIGINS;
  let out: Map<string, TargetOrigin> | undefined;
  for (const [key, value] of Object.entries(parameters)) {
    const origin = attributes[`provenance.${key}`];
    if (typeof value !== 'string' || origin === undefined || !(origin in ORIGIN_RANK)) continue;
    const rank = ORIGIN_RANK[origin as TargetOrigin];
    out ??= new Map();
    for (const part of valueTokens(value)) {
      const before = out.get(part);
      if (before === undefined || ORIGIN_RANK[before] < rank) out.set(part, origin as TargetOrigin);
    }
  }
  return out ?? NO_ORIGINS;
}
