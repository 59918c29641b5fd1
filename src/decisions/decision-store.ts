import { randomUUID } from 'node:crypto';
import { alertSchema, type Alert } from '../../schemas/alert.js';
import { StoreError, UsageError, describeError, formatIssues } from '../errors.js';
import type { AgentwatchStore } from '../store/agentwatch-store.js';
import { buildDecision, decisionRequestSchema, type Decision, type DecisionRequest } from './decision.js';
import type { DecisionBook } from './decision-book.js';

const DECISION_COLUMNS = `decision_id, alert_id, verdict, scope, detector_id, reason_code, agent_id, api,
  resource_id, task_kind, toUnixTimestamp64Milli(valid_from) AS valid_from,
  if(isNull(expires_at), NULL, toUnixTimestamp64Milli(assumeNotNull(expires_at))) AS expires_at,
  decided_by, toUnixTimestamp64Milli(decided_at) AS decided_at, rationale`;

interface DecisionRow extends Omit<Decision, 'valid_from' | 'expires_at' | 'decided_at'> {
  valid_from: number | string;
  expires_at: number | string | null;
  decided_at: number | string;
}

function fromRow(row: DecisionRow): Decision {
  return {
    ...row,
    valid_from: Number(row.valid_from),
    expires_at: row.expires_at === null ? null : Number(row.expires_at),
    decided_at: Number(row.decided_at),
  };
}

/** Every decision recorded, oldest first (the runner filters by scope and event time). */
export async function loadDecisions(store: AgentwatchStore): Promise<Decision[]> {
  const rows = await store.query<DecisionRow>(
    `SELECT ${DECISION_COLUMNS} FROM {db}.decisions ORDER BY decided_at, decision_id`,
  );
  return rows.map(fromRow);
}

/** The stored alert with this id (its latest version), or undefined. */
export async function findAlert(store: AgentwatchStore, alertId: string): Promise<Alert | undefined> {
  const rows = await store.query<{ alert: string }>(
    'SELECT argMax(alert, count) AS alert FROM {db}.alerts WHERE alert_id = {id:String} GROUP BY alert_id',
    { id: alertId },
  );
  const text = rows[0]?.alert;
  if (text === undefined) return undefined;
  const parsed = alertSchema.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new StoreError(`alert ${alertId} in the store is not a v1 alert: ${formatIssues(parsed.error)}`, {
      retriable: false,
    });
  return parsed.data;
}

/** The latest event time stored for an agent (ms), or undefined when it has none. */
async function agentEventTime(store: AgentwatchStore, agentId: string): Promise<number | undefined> {
  const rows = await store.query<{ ts: number | string | null }>(
    'SELECT toUnixTimestamp64Milli(max(ts)) AS ts FROM {db}.events WHERE agent_id = {id:String} HAVING count() > 0',
    { id: agentId },
  );
  const ts = rows[0]?.ts;
  return ts === undefined || ts === null ? undefined : Number(ts);
}

async function insertDecision(store: AgentwatchStore, d: Decision): Promise<void> {
  try {
    // Through the store's row insert (retries, and the one text rule of every table).
    await store.insertRows('decisions', [d]);
  } catch (error: unknown) {
    throw new StoreError(`recording the decision failed: ${describeError(error)}`, { cause: error });
  }
}

/**
 * Records an analyst decision on a stored alert and puts it in force in `book` (when given): the
 * one path of `agentwatch decide` and `POST /v1/decisions`.
 *
 * @throws UsageError for an invalid request, an unknown alert, or a scope the alert cannot have.
 */
export async function decide(
  store: AgentwatchStore,
  request: DecisionRequest,
  options: { book?: DecisionBook; now?: () => number } = {},
): Promise<Decision> {
  const parsed = decisionRequestSchema.safeParse(request);
  if (!parsed.success) throw new UsageError(`invalid decision: ${formatIssues(parsed.error)}`);
  const alert = await findAlert(store, parsed.data.alert_id);
  if (!alert)
    throw new UsageError(
      `no alert ${parsed.data.alert_id} in ${store.description}: decisions are made on alerts the stream stored (run, replay; listed by agentwatch alerts), not on the alerts of a check answer, which stores nothing`,
    );
  const eventNow = (await agentEventTime(store, alert.agent.id)) ?? Date.parse(alert.last_seen);
  const decision = buildDecision(parsed.data, alert, {
    decisionId: randomUUID(),
    eventNow,
    decidedAt: (options.now ?? Date.now)(),
  });
  await insertDecision(store, decision);
  options.book?.add(decision);
  return decision;
}

/** One alert with the decisions taken on it, newest first. */
export interface AlertWithDecisions {
  alert_id: string;
  severity: string;
  detector_id: string;
  reason: string;
  agent_id: string;
  api: string;
  resource_id: string;
  title: string;
  first_seen: string;
  last_seen: string;
  count: number;
  decisions: Decision[];
}

/**
 * Alerts (latest version of each), newest first, each with its decisions; `open`: only those nobody
 * decided on yet.
 */
export async function listAlerts(
  store: AgentwatchStore,
  options: { open?: boolean; limit?: number } = {},
): Promise<AlertWithDecisions[]> {
  const limit = Math.max(1, Math.min(options.limit ?? 1000, 100_000));
  const rows = await store.query<Omit<AlertWithDecisions, 'decisions'>>(
    `SELECT alert_id, severity, detector_id, reason, agent_id, api, resource_id, title,
        concat(replaceOne(toString(first_seen), ' ', 'T'), 'Z') AS first_seen,
        concat(replaceOne(toString(last_seen), ' ', 'T'), 'Z') AS last_seen, count
      FROM {db}.alerts FINAL
      ${options.open ? 'WHERE alert_id NOT IN (SELECT alert_id FROM {db}.decisions)' : ''}
      ORDER BY last_seen DESC, alert_id
      LIMIT {limit:UInt32}`,
    { limit },
  );
  if (rows.length === 0) return [];
  const decisions = await store.query<DecisionRow>(
    `SELECT ${DECISION_COLUMNS} FROM {db}.decisions WHERE alert_id IN {ids:Array(String)} ORDER BY decided_at DESC`,
    { ids: rows.map((r) => r.alert_id) },
  );
  const byAlert = new Map<string, Decision[]>();
  for (const row of decisions) {
    const d = fromRow(row);
    const list = byAlert.get(d.alert_id);
    if (list) list.push(d);
    else byAlert.set(d.alert_id, [d]);
  }
  return rows.map((r) => ({ ...r, count: Number(r.count), decisions: byAlert.get(r.alert_id) ?? [] }));
}
