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
  if (actionCategory(event) !== 'read' || isBulkRead(event)) return false;
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
 * judged by the person's rights like any other change. `isRoutineOption` may pass a parameter
 * beside the person (`notify=sms-on-file`, as {@link ownChangeOptions} writes it) that the desk's
 * own resets carry for everyone (see `IdentityView.ownChangeOptionUsers`); any other value beside
 * the person (`global_admin: true`, `level: 99`, a group) is a grant, not a reset.
 */
export function changesOwnAccount(
  event: AgentEvent,
  person: string,
  isRoutineOption: (option: string) => boolean = () => false,
): boolean {
  const options = ownChangeOptions(event, person);
  return options !== undefined && options.every(isRoutineOption);
}

/** Most parameters beside the person an own-account change may carry as options. */
const MAX_OWN_OPTIONS = 2;
/** Longest option value: a channel or a mode, not a message or a list. */
const MAX_OPTION_LENGTH = 32;

/** An option's value: words of letters joined by hyphens or underscores, no digit, no address. */
const OPTION_LABEL = /^[a-z]+(?:[-_][a-z]+)*$/i;

/**
 * The parameters beside the person of a change of that person's own account (see
 * {@link changesOwnAccount}), as `key=value` strings: empty when every parameter names them;
 * undefined when the event is no such change (another person or an object named, a value that is no
 * short label of words, more than two of them, or nothing naming the person at all).
 */
export function ownChangeOptions(event: AgentEvent, person: string): string[] | undefined {
  const category = actionCategory(event);
  if (category !== 'identity' && category !== 'write') return undefined;
  const own = person.toLowerCase();
  if (own.length < MIN_OWN_ID_LENGTH) return undefined;
  let named = false;
  const options: string[] = [];
  for (const [key, value] of Object.entries(event.action.parameters ?? {})) {
    if (typeof value === 'string' && value.trim().toLowerCase() === own) {
      named = true;
      continue;
    }
    // An option is a short label of words (`sms-on-file`, `email`): a flag (`true`), a number (a
    // level), a phone or an address beside the person is a grant or a new way in, never an option.
    if (
      typeof value !== 'string' ||
      !OPTION_LABEL.test(value.trim()) ||
      value.length > MAX_OPTION_LENGTH ||
      options.length >= MAX_OWN_OPTIONS
    )
      return undefined;
    options.push(`${key}=${value.trim().toLowerCase()}`);
  }
  // The resource is the person's own account: one type word, then them (`idm:user/<them>` or
  // `user:<them>`), not a path through a group to them.
  const resource = event.resource?.id;
  if (resource !== undefined) {
    const parts = resource.toLowerCase().split(/[:/]/);
    if (parts.length > 3 || parts.at(-1) !== own) return undefined;
    named = true;
  }
  return named ? options : undefined;
}
