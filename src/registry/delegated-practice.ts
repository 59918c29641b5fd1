import type { AgentEvent } from '../../schemas/event.js';
import { actionCategory, isBulkRead, isSensitiveAction } from '../events/action-category.js';
import { ADDRESS_SHAPE, valueTokens } from '../events/event-keys.js';

/**
 * Whether an action for a person whose groups do not grant it may become practice that passes it:
 * what several such people have an agent do, cleanly, is how the organisation works whatever its
 * directory says (a tier-2 desk tracking parcels under scopes written for tier 3). Never a sensitive
 * action: a payment, identity, admin, delete or send action, restricted data or a bulk read stays a
 * question however many people ask it (practised, it is one question per API, not one per person).
 */
export function mayBePractice(event: AgentEvent): boolean {
  return !isSensitiveAction(event, actionCategory(event));
}

/** Shortest part with a digit read as another identifier (a date or a record number). */
const OTHER_ID_LENGTH = 4;

/** Shortest person id matched inside a record's id: shorter ones match by chance. */
const MIN_OWN_ID_LENGTH = 6;

/**
 * Whether the action reads the record of the person it is done for and nobody else's: a student's
 * chatbot fetching that student's own file, whatever the directory grants students. A read only, not
 * a bulk one (restricted data included: one's own pay slip is one's own); the person's id must be one
 * of the values' parts (`student:S204411`), and no
 * other address (another person's mail, an account) nor any other identifier with a digit may be
 * among them: a query that names the person and someone else reads someone else's record too.
 */
export function readsOwnRecord(event: AgentEvent, person: string): boolean {
  if (actionCategory(event) !== 'read' || isBulkRead(event.action.api)) return false;
  const own = person.toLowerCase();
  if (own.length < MIN_OWN_ID_LENGTH) return false;
  const values: string[] = [];
  if (event.resource?.id !== undefined) values.push(event.resource.id);
  for (const value of Object.values(event.action.parameters ?? {}))
    if (typeof value === 'string') values.push(value);
  // Restricted data: every value names the person alone (`jdoe` or `jane.doe:<them>` beside them
  // may be someone else's pay).
  if (
    event.resource?.sensitivity === 'restricted' &&
    !(
      Object.values(event.action.parameters ?? {}).every(
        (value) => typeof value === 'string' && value.trim().toLowerCase() === own,
      ) &&
      (event.resource.id === undefined || namesOnly(event.resource.id, own))
    )
  )
    return false;
  let found = false;
  for (const value of values) {
    if (valueTokens(value).some((word) => ADDRESS_SHAPE.test(word) && !namesOnly(word, own))) return false;
    for (const part of value.toLowerCase().split(/[\s:/=,;|]+/)) {
      if (part === own) found = true;
      // Any other identifier beside the person's own (`S204499` next to `S204411`, in the same value
      // or another) may be someone else's record.
      else if (part.length >= OTHER_ID_LENGTH && /\d/.test(part)) return false;
    }
  }
  return found;
}

/** Whether `word` is `own`, alone or behind type words (`workday:worker/ana@corp.example`). */
function namesOnly(word: string, own: string): boolean {
  const lower = word.toLowerCase();
  return lower === own || lower.slice(Math.max(lower.lastIndexOf(':'), lower.lastIndexOf('/')) + 1) === own;
}

/**
 * Whether the action changes the account of the person it is done for and nothing else: a password
 * or MFA reset of the requester's own sign-in, every parameter and the resource naming that person
 * alone. An identity or write change only; adding oneself to a group names the group too, and is
 * judged by the person's rights like any other change.
 */
export function changesOwnAccount(event: AgentEvent, person: string): boolean {
  const category = actionCategory(event);
  if (category !== 'identity' && category !== 'write') return false;
  const own = person.toLowerCase();
  if (own.length < MIN_OWN_ID_LENGTH) return false;
  let named = false;
  // Every parameter names the person, nothing else: a flag or a level beside it (`global_admin:
  // true`, `level: 99`) is a grant, not a reset.
  for (const value of Object.values(event.action.parameters ?? {})) {
    if (typeof value !== 'string' || value.trim().toLowerCase() !== own) return false;
    named = true;
  }
  // The resource is the person's own account: one type word, then them (`idm:user/<them>` or
  // `user:<them>`), not a path through a group to them.
  const resource = event.resource?.id;
  if (resource !== undefined) {
    const parts = resource.toLowerCase().split(/[:/]/);
    if (parts.length > 3 || parts.at(-1) !== own) return false;
    named = true;
  }
  return named;
}
