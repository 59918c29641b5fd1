import type { AgentEvent } from '../../schemas/event.js';

/**
 * The attribute (and its value) with which the transcript adapter marks an event whose time is not
 * its own: a conversation replayed without `ts` is placed after the one before it in the file. The
 * order and the days stay meaningful; the hour of day does not.
 */
export const TRANSCRIPT_TIME_ATTRIBUTE = 'transcript.time';
export const LINE_ORDER_TIME = 'line_order';

/** Whether the event's time is its line's place in a bare log rather than a time it happened at. */
export function hasLineOrderTime(event: AgentEvent): boolean {
  return event.attributes?.[TRANSCRIPT_TIME_ATTRIBUTE] === LINE_ORDER_TIME;
}

/**
 * Drops a line-order claim from an event read live (the service, a check), where no line order is
 * given out: its hours are learned and judged like any other's, whoever wrote the attribute.
 */
export function disbelieveLineOrder(event: AgentEvent): void {
  if (hasLineOrderTime(event)) delete event.attributes?.[TRANSCRIPT_TIME_ATTRIBUTE];
}
