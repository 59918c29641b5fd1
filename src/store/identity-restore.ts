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

/** The event columns footprints learn from, in query order (all cast to String). */
const FOOTPRINT_COLUMNS = [
  'agent_id',
  'toString(toUnixTimestamp64Milli(ts))',
  'service',
  'api',
  'resource_type',
  'on_behalf_of_id',
  'on_behalf_of_type',
  // Agent ids hold no NUL: it joins the chain into one String.
  'arrayStringConcat(delegation_chain, char(0))',
  'credential_id',
  'source_ip',
  'user_agent',
] as const;

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
  // Footprints matter to posture detectors, and without a registry or a directory still to one of
  // them (a credential's new origin): learned again either way, so a check answers as the stream.
  const ids = (
    await store.query<{ agent_id: string }>('SELECT DISTINCT agent_id FROM {db}.events ORDER BY agent_id')
  ).map((r) => r.agent_id);
  let events = 0;
  for (let i = 0; i < ids.length; i += AGENTS_PER_QUERY) {
    const rows = store.queryStrings(
      `SELECT ${FOOTPRINT_COLUMNS.join(', ')} FROM {db}.events FINAL
       WHERE agent_id IN {ids:Array(String)} ORDER BY agent_id, ts, event_id`,
      FOOTPRINT_COLUMNS.length,
      { ids: ids.slice(i, i + AGENTS_PER_QUERY) },
    );
    let current = '';
    let seen = 0;
    let days = 0;
    let lastDay = -Infinity;
    let zone: string | undefined;
    for await (const row of rows) {
      const agentId = row[0] ?? '';
      if (agentId !== current) {
        current = agentId;
        seen = 0;
        days = 0;
        lastDay = -Infinity;
        zone = learning.timezoneOf?.(current);
      }
      const ts = Number(row[1]);
      // The stream's flag is the baseline's before the event: this event not yet counted.
      const young = days < learning.learningMinDays || seen < learning.learningMinEvents;
      identity.learn(footprintEvent(row, ts), young);
      seen += 1;
      events += 1;
      const day = dayNumber(ts, zone);
      if (day > lastDay) {
        days += 1;
        lastDay = day;
      }
    }
  }
  return { registered: registry.length, directory: directory.length, agents: ids.length, events };
}

/** The fields of a stored event that footprints learn from (a row of FOOTPRINT_COLUMNS), as an event. */
function footprintEvent(row: readonly string[], ts: number): AgentEvent {
  const [agentId = '', , service = '', api = '', resourceType = '', invoker = '', invokerType = ''] = row;
  const [chain = '', credentialId = '', sourceIp = '', userAgent = ''] = row.slice(7);
  const event = {
    event_id: '',
    ts,
    agent: { id: agentId },
    action: { api, service: orUndefined(service) },
    resource: resourceType === '' ? undefined : { id: '', type: resourceType },
    on_behalf_of: invoker === '' ? undefined : { id: invoker, type: orUndefined(invokerType) },
    delegation_chain: chain === '' ? undefined : chain.split('\u0000'),
    credential: credentialId === '' ? undefined : { id: credentialId },
    source_ip: orUndefined(sourceIp),
    user_agent: orUndefined(userAgent),
  };
  return event as unknown as AgentEvent;
}
