import type { AgentEventInput } from '../../schemas/event.js';

/** Monday 2026-03-02 00:00 UTC. */
export const T0 = Date.UTC(2026, 2, 2);
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** `perDay` ordinary events per day for `days` days, office hours, cycling through `apis`. */
export function agentHistory(options: {
  agentId: string;
  days: number;
  perDay: number;
  apis: readonly string[];
  idPrefix?: string;
  startDay?: number;
}): AgentEventInput[] {
  const out: AgentEventInput[] = [];
  const prefix = options.idPrefix ?? options.agentId;
  for (let d = 0; d < options.days; d += 1) {
    for (let i = 0; i < options.perDay; i += 1) {
      const n = d * options.perDay + i;
      out.push({
        event_id: `${prefix}-h${n}`,
        ts: new Date(
          T0 + ((options.startDay ?? 0) + d) * DAY + (9 + (i % 8)) * HOUR + i * 1000,
        ).toISOString(),
        agent: {
          id: options.agentId,
          name: `${options.agentId}-bot`,
          type: 'organizational',
          owner: 'ops@example.com',
        },
        action: { api: options.apis[n % options.apis.length] ?? 'noop', category: 'read' },
      });
    }
  }
  return out;
}

/** One event of `agentId` calling `api` on day `day` at 10:00 UTC. */
export function callOn(
  agentId: string,
  api: string,
  day: number,
  eventId: string,
  category: 'read' | 'delete' | 'identity' = 'identity',
): AgentEventInput {
  return {
    event_id: eventId,
    ts: new Date(T0 + day * DAY + 10 * HOUR).toISOString(),
    agent: { id: agentId, name: `${agentId}-bot`, type: 'organizational', owner: 'ops@example.com' },
    action: { api, category },
    resource: { id: 'prod-admin', sensitivity: 'restricted' },
  };
}

/** Events as NDJSON text. */
export function ndjson(events: readonly unknown[]): string {
  return events.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))).join('\n') + '\n';
}
