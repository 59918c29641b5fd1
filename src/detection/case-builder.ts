import type { AgentEventInput } from '../../schemas/event.js';

/** Shared fixtures for detector cases: a plausible agent and a history of ordinary work. */
export const CASE_AGENT = {
  id: 'agent-case-1',
  name: 'invoice-assistant',
  type: 'personal',
  owner: 'alice@example.com',
} as const satisfies AgentEventInput['agent'];

/** Monday 2026-03-02 00:00 UTC: case histories start here. */
export const CASE_START = Date.UTC(2026, 2, 2);

export interface HistoryOptions {
  days: number;
  /** Events per day, spread over working hours. */
  perDay: number;
  apis: readonly string[];
  /** First and last working hour (UTC). */
  hours?: readonly [number, number];
  /** Working days only (Monday-Friday). */
  weekdaysOnly?: boolean;
  base?: Partial<AgentEventInput>;
}

/** A deterministic history: `perDay` events on each (working) day, cycling through `apis`. */
export function buildHistory(options: HistoryOptions): AgentEventInput[] {
  const [fromHour, toHour] = options.hours ?? [9, 17];
  const events: AgentEventInput[] = [];
  let n = 0;
  for (let d = 0; d < options.days; d += 1) {
    const dayStart = CASE_START + d * 86_400_000;
    const weekday = (new Date(dayStart).getUTCDay() + 6) % 7;
    if (options.weekdaysOnly && weekday >= 5) continue;
    for (let i = 0; i < options.perDay; i += 1) {
      const hour = fromHour + (i % Math.max(1, toHour - fromHour));
      const api = options.apis[n % options.apis.length] ?? 'noop';
      events.push({
        event_id: `h-${n}`,
        ts: dayStart + hour * 3_600_000 + (i % 60) * 60_000,
        agent: { ...CASE_AGENT },
        action: { api },
        ...options.base,
      });
      n += 1;
    }
  }
  return events;
}

/** Event time of day `day` (0-based from CASE_START) at `hour`:`minute` UTC. */
export function caseTime(day: number, hour: number, minute = 0): number {
  return CASE_START + day * 86_400_000 + hour * 3_600_000 + minute * 60_000;
}

/** A registry record of CASE_AGENT in good standing: owned, approved a week before the cases start. */
export const CASE_REGISTRATION = {
  agent_id: CASE_AGENT.id,
  name: CASE_AGENT.name,
  type: CASE_AGENT.type,
  owner: CASE_AGENT.owner,
  approved_by: 'bob@example.com',
  approved_at: CASE_START - 7 * 86_400_000,
  review_every_days: 90,
  scopes_granted: ['invoices', 'mail'],
  status: 'active',
} as const;

/** A directory where CASE_AGENT's owner and approver are active staff who may do anything. */
export const CASE_DIRECTORY: readonly Record<string, unknown>[] = [
  { id: CASE_AGENT.owner, status: 'active', groups: ['staff'] },
  { id: 'bob@example.com', status: 'active', groups: ['staff'] },
  { kind: 'group', id: 'staff', scopes: ['*'] },
];
