import type { AgentEvent } from '../../schemas/event.js';
import type { IdentityContext } from '../registry/identity-context.js';
import { dayNumber } from '../time/event-time.js';
import type { AgentwatchStore } from './agentwatch-store.js';
import { loadDirectory, loadRegistry } from './identity-store.js';

/** When an agent counts as learning: the baseline settings the stream ran with. */
export interface FootprintLearning {
  learningMinDays: number;
  learningMinEvents: number;
  /** The zone an agent's days are counted in (its baseline's); UTC when undefined. */
  timezoneOf?: (agentId: string) => string | undefined;
}

/** What `restoreIdentity` loaded. */
export interface RestoredIdentity {
  registered: number;
  directory: number;
  agents: number;
  events: number;
}

/** Agents per events query: bounds the rows one answer holds. */
const AGENTS_PER_QUERY = 500;

interface FootprintRow {
  agent_id: string;
  ts: string | number;
  service: string;
  api: string;
  resource_type: string;
  on_behalf_of_id: string;
  on_behalf_of_type: string;
  delegation_chain: string[];
  credential_id: string;
  source_ip: string;
  user_agent: string;
}

const orUndefined = (text: string) => (text === '' ? undefined : text);

/**
 * The identity context as the stream leaves it, for a process that did not see the stream (`agentwatch
 * serve`): the current registry and directory versions, and every agent's footprint (origins,
 * families, grants used, users, delegations, credentials) learned again from its stored events in
 * event-time order, with the learning flag the stream had (the agent's baseline was young: fewer
 * active days or events than the settings). Footprints are not stored, so this is the one way a
 * check sees what posture detectors see in the stream.
 */
export async function restoreIdentity(
  store: AgentwatchStore,
  identity: IdentityContext,
  learning: FootprintLearning,
): Promise<RestoredIdentity> {
  const [registry, directory] = await Promise.all([loadRegistry(store), loadDirectory(store)]);
  for (const record of registry) identity.upsertAgent(record);
  for (const record of directory) identity.upsertDirectory(record);
  const ids = (
    await store.query<{ agent_id: string }>('SELECT DISTINCT agent_id FROM {db}.events ORDER BY agent_id')
  ).map((r) => r.agent_id);
  let events = 0;
  for (let i = 0; i < ids.length; i += AGENTS_PER_QUERY) {
    const rows = await store.query<FootprintRow>(
      `SELECT agent_id, toUnixTimestamp64Milli(ts) AS ts, service, api, resource_type, on_behalf_of_id,
         on_behalf_of_type, delegation_chain, credential_id, source_ip, user_agent
       FROM {db}.events FINAL WHERE agent_id IN {ids:Array(String)} ORDER BY agent_id, ts, event_id`,
      { ids: ids.slice(i, i + AGENTS_PER_QUERY) },
    );
    let current = '';
    let seen = 0;
    let days = 0;
    let lastDay = -Infinity;
    let zone: string | undefined;
    for (const row of rows) {
      if (row.agent_id !== current) {
        current = row.agent_id;
        seen = 0;
        days = 0;
        lastDay = -Infinity;
        zone = learning.timezoneOf?.(current);
      }
      const ts = Number(row.ts);
      // The stream's flag is the baseline's before the event: this event not yet counted.
      const young = days < learning.learningMinDays || seen < learning.learningMinEvents;
      identity.learn(footprintEvent(row, ts), young);
      seen += 1;
      const day = dayNumber(ts, zone);
      if (day > lastDay) {
        days += 1;
        lastDay = day;
      }
    }
    events += rows.length;
  }
  return { registered: registry.length, directory: directory.length, agents: ids.length, events };
}

/** The fields of a stored event that footprints learn from, as an event. */
function footprintEvent(row: FootprintRow, ts: number): AgentEvent {
  const event = {
    event_id: '',
    ts,
    agent: { id: row.agent_id },
    action: { api: row.api, service: orUndefined(row.service) },
    resource: row.resource_type === '' ? undefined : { id: '', type: row.resource_type },
    on_behalf_of:
      row.on_behalf_of_id === ''
        ? undefined
        : { id: row.on_behalf_of_id, type: orUndefined(row.on_behalf_of_type) },
    delegation_chain: row.delegation_chain.length > 0 ? row.delegation_chain : undefined,
    credential: row.credential_id === '' ? undefined : { id: row.credential_id },
    source_ip: orUndefined(row.source_ip),
    user_agent: orUndefined(row.user_agent),
  };
  return event as unknown as AgentEvent;
}
