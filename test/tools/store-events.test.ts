import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../schemas/config.js';
import { eventSchema, type AgentEvent } from '../../schemas/event.js';
import { silentLogger } from '../../src/logger.js';
import { validateEvent } from '../../src/pipeline/event-decoder.js';
import { AgentwatchStore } from '../../src/store/agentwatch-store.js';
import { tempDir } from '../support/temp-dir.js';

/** Every field, and strings that need escaping on the way through JSON and ClickHouse. */
const FULL = {
  schema_version: '1',
  event_id: 'ev-full',
  ts: '2026-05-04T09:30:00.123+02:00',
  agent: {
    id: 'agent-"quoted"\\back',
    name: 'invoice-bot-1',
    type: 'organizational',
    owner: 'ana@example.com',
    vendor: 'acme',
    team: 'finance',
    timezone: 'Europe/Berlin',
  },
  on_behalf_of: { id: 'ana@example.com', type: 'user' },
  delegation_chain: ['ana@example.com', 'agent-0'],
  action: {
    api: 'stripe.payouts.create',
    service: 'stripe',
    category: 'payment',
    parameters: {
      amount: 1200.5,
      big: 1e21,
      tiny: 0.1,
      count: 3,
      dry_run: false,
      memo: null,
      note: 'line\nbreak\ttab "q" \\ é 😀',
    },
  },
  resource: { id: 'acct_1', type: 'account', sensitivity: 'restricted' },
  outcome: 'denied',
  intent: { task_id: 'T-9', description: 'Pay invoice 4411', scopes: ['payments:write', "it's"] },
  credential: {
    id: 'key-1',
    type: 'oauth',
    issued_at: 1_777_000_000_000,
    expires_at: '2026-06-01T00:00:00Z',
  },
  session_id: 's-1',
  trace_id: 't-1',
  source_ip: '10.0.0.1',
  user_agent: 'agent-sdk/1.2',
  attributes: { region: 'eu', 'x.y': '' },
};

const MINIMAL = { event_id: 'ev-min', ts: 1_777_000_000_000, agent: { id: 'a' }, action: { api: 'x' } };

function validated(input: unknown): AgentEvent {
  const decoded = validateEvent(structuredClone(input));
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.event;
}

describe('events table rows (embedded engine)', () => {
  const dir = tempDir('store-events');
  let store: AgentwatchStore;

  beforeAll(async () => {
    store = await AgentwatchStore.open(
      configSchema.parse({ store: { path: dir.path } }).store,
      silentLogger(),
    );
    await store.insertEvents([
      validated(FULL),
      validated(MINIMAL),
      eventSchema.parse({ ...MINIMAL, event_id: 'ev-zod' }),
      // Half of a cut emoji, in a value and in a key: valid JSON, which ClickHouse cannot parse as is.
      validated(
        JSON.parse(
          '{"event_id":"ev-cut","ts":1777000000000,"agent":{"id":"a","name":"bot \\ud83d"},"action":{"api":"x","parameters":{"k\\udc00":"v"}}}',
        ),
      ),
    ]);
  }, 120_000);

  afterAll(async () => {
    await store.close();
    dir.cleanup();
  });

  const row = async (id: string) => {
    const rows = await store.query<Record<string, unknown>>(
      `SELECT * EXCEPT ingested_at, toUnixTimestamp64Milli(ts) AS ts_ms,
        toUnixTimestamp64Milli(credential_issued_at) AS issued_ms,
        toUnixTimestamp64Milli(credential_expires_at) AS expires_ms
       FROM {db}.events WHERE event_id = {id:String}`,
      { id },
    );
    expect(rows).toHaveLength(1);
    return rows[0] as Record<string, unknown>;
  };

  it('flattens every field of a full event into its column, text as sent', async () => {
    expect(await row('ev-full')).toMatchObject({
      event_id: 'ev-full',
      ts_ms: Date.parse('2026-05-04T07:30:00.123Z'),
      agent_id: 'agent-"quoted"\\back',
      agent_name: 'invoice-bot-1',
      agent_type: 'organizational',
      agent_owner: 'ana@example.com',
      agent_vendor: 'acme',
      agent_team: 'finance',
      on_behalf_of_id: 'ana@example.com',
      on_behalf_of_type: 'user',
      delegation_chain: ['ana@example.com', 'agent-0'],
      api: 'stripe.payouts.create',
      service: 'stripe',
      category: 'payment',
      // Scalars as text; numbers as ClickHouse writes them (1e21, where JavaScript writes 1e+21).
      parameters: {
        amount: '1200.5',
        big: '1e21',
        tiny: '0.1',
        count: '3',
        dry_run: 'false',
        memo: '',
        note: 'line\nbreak\ttab "q" \\ é 😀',
      },
      resource_id: 'acct_1',
      resource_type: 'account',
      resource_sensitivity: 'restricted',
      outcome: 'denied',
      task_id: 'T-9',
      intent_description: 'Pay invoice 4411',
      intent_scopes: ['payments:write', "it's"],
      credential_id: 'key-1',
      credential_type: 'oauth',
      issued_ms: 1_777_000_000_000,
      expires_ms: Date.UTC(2026, 5, 1),
      session_id: 's-1',
      trace_id: 't-1',
      source_ip: '10.0.0.1',
      user_agent: 'agent-sdk/1.2',
      attributes: { region: 'eu', 'x.y': '' },
    });
  });

  it('fills absent fields with empty values and the default outcome, whichever validator passed it', async () => {
    const expected = {
      ts_ms: 1_777_000_000_000,
      agent_id: 'a',
      agent_name: '',
      on_behalf_of_id: '',
      delegation_chain: [],
      api: 'x',
      parameters: {},
      resource_id: '',
      outcome: 'success',
      intent_scopes: [],
      issued_ms: null,
      expires_ms: null,
      attributes: {},
    };
    expect(await row('ev-min')).toMatchObject({ event_id: 'ev-min', ...expected });
    expect(await row('ev-zod')).toMatchObject({ event_id: 'ev-zod', ...expected });
  });

  it('stores an event with a lone surrogate whole, the half character replaced by U+FFFD', async () => {
    expect(await row('ev-cut')).toMatchObject({
      event_id: 'ev-cut',
      ts_ms: 1_777_000_000_000,
      agent_id: 'a',
      agent_name: 'bot \ufffd',
      parameters: { 'k\ufffd': 'v' },
    });
  });
});
