import type { AgentEvent } from '../../schemas/event.js';

/**
 * Keys and targets of an event, shared by learning (baseline/) and detection (detectors/): what makes
 * two events "the same task" and which values an action is aimed at. Neither layer owns them, so they
 * live below both.
 */

/** A task key: the declared task id, else the normalised description, else undefined. */
export function taskKey(event: AgentEvent): string | undefined {
  // Detectors, learning and cohorts each ask for the key of the event in hand: the same string
  // object every time, so it is built and hashed (for the dictionary and cohort maps) only once.
  if (event === lastKeyed) return lastTaskKey;
  const intent = event.intent;
  lastTaskKey = !intent
    ? undefined
    : intent.task_id
      ? `id:${intent.task_id}`
      : intent.description
        ? `desc:${normaliseDescription(intent.description)}`
        : undefined;
  lastKeyed = event;
  return lastTaskKey;
}

let lastKeyed: AgentEvent | undefined;
let lastTaskKey: string | undefined;

/** Lower case, digits and quoted values masked, so "pay invoice 4411" and "pay invoice 9812" share a task. */
export function normaliseDescription(text: string): string {
  return text
    .toLowerCase()
    .replace(/["'][^"']*["']/g, '#')
    .replace(/[\w.+-]+@[\w.-]+/g, '@')
    .replace(/\d+([.,]\d+)*/g, '#')
    .replace(/[^a-z#@ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}

/** Parameter keys whose values name a target: a recipient, an account, a destination. */
const TARGET_KEYS =
  /^(to|cc|bcc|recipients?|email|emails|account|account_id|account_number|destination|iban|payee|beneficiary|url|domain|channel|target|user|user_id)$/i;

/** Values shaped like a destination whatever their key: an email address, a URL, an account number. */
const ADDRESS_SHAPE =
  /^(?:[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}|(?:https?:\/\/|www\.)\S+|[A-Z]{2}\d{2}[A-Z0-9]{8,30})$/i;

/**
 * The targets of an action: the resource id, target-like parameters (recipients, accounts), and any
 * parameter value shaped like an address (an email, a URL, an IBAN-like account), whatever its key.
 */
export function actionTargets(event: AgentEvent): string[] {
  const out = new Set<string>();
  if (event.resource?.id) out.add(event.resource.id);
  for (const [k, v] of Object.entries(event.action.parameters ?? {})) {
    if (typeof v !== 'string') continue;
    const keyed = TARGET_KEYS.test(k);
    for (const part of v.split(/[,;\s]+/)) if (part && (keyed || ADDRESS_SHAPE.test(part))) out.add(part);
  }
  return [...out];
}
