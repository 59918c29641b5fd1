import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { AgentEvent } from '../../schemas/event.js';
import type { KnownValues } from './known-values.js';

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

/** Whether `key` is one request's own task key (see `taskKey`), not a key of the agent's whole history. */
export function isRequestTaskKey(key: string): boolean {
  return key.startsWith('id:') || key.startsWith('desc:');
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

/**
 * A test of parameter keys written in snake case that reads camelCase keys too (`beneficiaryIban` as
 * `beneficiary_iban`, `toAccount` as `to_account`): producers name their parameters either way.
 */
export interface KeyPattern {
  test(key: string): boolean;
}

export function anyCaseKeys(pattern: RegExp): KeyPattern {
  // Every parameter of every event is asked: a key without a capital (most) is tested as it is.
  return {
    test: (key) => pattern.test(/[A-Z]/.test(key) ? key.replace(/([a-z0-9])([A-Z])/g, '$1_$2') : key),
  };
}

/**
 * Parameter keys whose values name a target: a recipient, an account, a wallet (mobile money's is a
 * phone number without its `+`), a destination (a card's full number is where a refund goes; a card's
 * id is a record; `pay_to`, `remitTo`, `forward_to`,
 * `refund_to`, `payoutTo` say where money or mail goes; not `credit_to`, a ledger's account code).
 */
const TARGET_KEYS = anyCaseKeys(
  /^(?:(?:to|cc|bcc|recipients?|email|emails|account|account_id|account_number|card_number|destination|iban|payee|beneficiary|url|domain|channel|target|user|user_id|phone|mobile|msisdn|wallet|wallet_id|wallet_number|(?:pay|remit|transfer|wire|send|forward|mail|email|refund|payout|disburse)[_.-]?to)|(?!from[_.-]|source[_.-]|src[_.-])[a-z0-9]+[_.-](?:account|account_id|account_number|card_number|iban|email|emails|phone|mobile|msisdn|wallet|recipients?|payee|beneficiary|url))$/i,
);

/** Values shaped like a destination whatever their key: an email address, a URL, an account or phone number. */
export const ADDRESS_SHAPE =
  /^(?:[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}|(?:https?:\/\/|www\.)\S+|[A-Z]{2}\d{2}[A-Z0-9]{8,30}|\+\d{7,15})$/i;

/** An IBAN in its print form: country, check digits, then groups of up to four separated by spaces. */
const GROUPED_IBAN = /\b[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?\b/g;

/** An international phone number as people write it (`+34 722 918 004`, `+1 (415) 555-0142`). */
const GROUPED_PHONE = /\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,6}(?!\d)/g;

/** Whether `iban` (no spaces) passes the IBAN check: mod 97 of its rearranged digits is 1. */
function ibanChecks(iban: string): boolean {
  const text = (iban.slice(4) + iban.slice(0, 4)).toUpperCase();
  let rest = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    rest = value >= 10 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97;
  }
  return rest === 1;
}

/** `+34722918004` for a grouped phone number of 8 to 15 digits; the text as it was otherwise. */
function joinedPhone(phone: string): string {
  const digits = phone.replace(/[^\d]/g, '');
  return digits.length >= 8 && digits.length <= 15 ? `+${digits}` : phone;
}

/** Punctuation that ends a sentence or wraps a word, at either end of a token. */
const EDGE_PUNCTUATION = /^[(<[{'"]+|[.,:;!?)>\]}'"]+$/g;

/**
 * The words of a parameter value that may be targets: split at commas, semicolons and spaces, without
 * the prose around an address in a message body ("see www.acme.com.").
 */
export function valueTokens(value: string): string[] {
  const out: string[] = [];
  // An IBAN printed in groups of four ("PL61 1090 1014 …", when its check digits hold) is one
  // account, not eight words; a phone number written in groups is one number.
  let text = value;
  if (/[A-Z]{2}\d{2} /.test(text))
    text = text.replace(GROUPED_IBAN, (iban) => {
      const joined = iban.replace(/ /g, '');
      return ibanChecks(joined) ? joined : iban;
    });
  if (text.includes('+')) text = text.replace(GROUPED_PHONE, joinedPhone);
  for (const raw of text.split(/[,;\s]+/)) {
    const part = raw.replace(EDGE_PUNCTUATION, '');
    if (part) out.push(part);
  }
  return out;
}

/**
 * The values of an action's target parameters (`to`, `iban`, `payee`, `to_account`, ...), split like
 * targets: whom it names as recipient or payee, as opposed to an address that is only mentioned (an
 * approver, whom to notify).
 */
export function keyedTargets(event: AgentEvent): Set<string> {
  return valuesUnderKeys(event, TARGET_KEYS);
}

/** The values of the action's string parameters whose key matches `keys`, split like targets. */
function valuesUnderKeys(event: AgentEvent, keys: KeyPattern): Set<string> {
  const out = new Set<string>();
  const paired = keys === TARGET_KEYS ? pairedDestinations(event) : undefined;
  for (const [k, v] of Object.entries(event.action.parameters ?? {}))
    if (typeof v === 'string' && (keys.test(k) || paired?.has(k) === true))
      for (const part of valueTokens(v)) out.add(part);
  return out;
}

/** A `from`/`to` pair's key halves: `from_member` and `to_member`, `fromWallet` and `toWallet`. */
const PAIR_KEY = /^(from|to)(?:[_.-]|(?=[A-Z]))(.+)$/;

/**
 * A value that may bound a range rather than name a party: a date, a time, a short number or one
 * written in groups of thousands (an amount, a page: `12,500.00`). Six digits or more in a run name
 * something (a member, an account).
 */
const RANGE_VALUE = /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|(?:\d{1,5}|\d{1,3}(?:[,. ]\d{3})+)(?:[.,]\d+)?$)/;

/**
 * The `to` halves of the `from`/`to` pairs among an action's parameters (`from_member` and
 * `to_member` of a points transfer, `fromPlayer` and `toPlayer` of an item gift): whatever the
 * noun, the `to` side names where the thing goes, as the `from` side names whence. Not a range's
 * bounds (`from_date` and `to_date`, `from: 10:00` and `to: 12:00`).
 */
function pairedDestinations(event: AgentEvent): Set<string> | undefined {
  const parameters = event.action.parameters;
  if (parameters === undefined) return undefined;
  let out: Set<string> | undefined;
  for (const [key, value] of Object.entries(parameters)) {
    const match = PAIR_KEY.exec(key);
    if (match?.[1] !== 'to' || typeof value !== 'string') continue;
    // The `from` half keeps the `to` half's spelling after its first two letters: `to_member` pairs
    // with `from_member`, `toMember` with `fromMember`.
    const from = parameters[`from${key.slice(2)}`];
    if (from === undefined) continue;
    // A range's bounds are both dates, times or numbers; an id written in digits alone beside an id
    // in letters (`to_member: "66016745"`) still names a party.
    if (RANGE_VALUE.test(value.trim()) && RANGE_VALUE.test(String(from).trim())) continue;
    (out ??= new Set()).add(key);
  }
  return out;
}

/**
 * The targets of an action: the resource id, target-like parameters (recipients, accounts), and any
 * parameter value shaped like an address (an email, a URL, an IBAN-like account), whatever its key.
 */
export function actionTargets(event: AgentEvent): string[] {
  const out = new Set<string>();
  if (event.resource?.id) out.add(event.resource.id);
  addParameterTargets(event, out);
  return [...out];
}

/**
 * The targets an action's parameters name (see {@link actionTargets}), the resource id only when a
 * parameter names it too (a message's recipient that the producer also gave as its resource).
 */
export function parameterTargets(event: AgentEvent): string[] {
  const out = new Set<string>();
  addParameterTargets(event, out);
  return [...out];
}

/**
 * A mail's message id as headers write it (`<2406931b58e8@qq.com>`, RFC 5322), under a key that
 * names one (`in_reply_to`, `message_id`, `references`): the name of a message, not a mailbox,
 * though it is shaped like one inside its angle brackets. Under any other key `<a@b>` is an address.
 */
const MESSAGE_ID = /^<[^<>\s@]+@[^<>\s@]+>$/;
const MESSAGE_ID_KEYS = anyCaseKeys(
  /(?:^|[_.-])(?:in[_.-]?reply[_.-]?to|references|(?:message|msg|mail)[_.-]?id)$/i,
);

function addParameterTargets(event: AgentEvent, out: Set<string>): void {
  const paired = pairedDestinations(event);
  for (const [k, v] of Object.entries(event.action.parameters ?? {})) {
    if (typeof v !== 'string') continue;
    const keyed = TARGET_KEYS.test(k) || paired?.has(k) === true;
    // A message replied to or read, named by its id (`in_reply_to`, `message_id`), is no recipient.
    if (!keyed && v.trimStart().startsWith('<') && MESSAGE_ID_KEYS.test(k) && MESSAGE_ID.test(v.trim()))
      continue;
    for (const part of valueTokens(v)) if (keyed || ADDRESS_SHAPE.test(part)) out.add(part);
  }
}

/**
 * Words that open a request without saying what it asks for ("please", "can you", "I need", "hi
 * there", "good morning"): the request's kind is the first word after them. Grammar and greetings
 * only, no domain vocabulary.
 */
const OPENING_WORDS: ReadonlySet<string> = new Set(
  'a an and also can could would will you your please kindly hi hey hello there good morning afternoon evening i we me my our to the then now just need want like ok okay so help let dear thanks thank be am is are was were going looking trying wondering'.split(
    ' ',
  ),
);

/** How many declared scopes of one event are learned as scope words (a long list is rarely all meant). */
export const MAX_SCOPE_WORDS = 4;

/** Prefixes of the keys learned beside the task's own, in the same table of the baseline. */
export const KIND_PREFIX = 'kind:';
export const SCOPE_PREFIX = 'scope:';
/**
 * Per API: `party:<api>` counts the uses whose target was new to the agent and keeps their shapes
 * (see `partyTemplates`). Against all uses of the API, the count says whether it serves a new party
 * each time.
 */
export const PARTY_PREFIX = 'party:';

/**
 * Per API: `party-read:<api>` counts the uses whose new target its producer marked as read from content
 * (`tool_result`) and keeps the mail domains of those targets. Against `party:<api>`, the count says
 * whether the API's new parties come from content as a rule (a producer that marks every address it
 * looked up so) or rarely (a producer with accurate provenance).
 */
export const PARTY_READ_PREFIX = 'party-read:';

/**
 * The targets the agent's requests named (`provenance.<key>` = `request`): a site or correspondent
 * the user asked for once, found again later in what the agent read (the news site linked in a
 * channel), is the user's, not the page's. An attacker's address is never the request's.
 */
export const REQUESTED_KEY = 'requested:';

/**
 * The names of the parties the agent paid (a payment's payee, vendor or beneficiary): a known payee
 * at a new account is the shape of invoice fraud; a party the agent only looked up or wrote to is
 * not a payee yet.
 */
export const PAID_KEY = 'paid:';

/**
 * The agent-wide scope of the payment APIs some task of which paid two parties (a dispute batch that
 * credits each cardholder): for those, a second party in one task is their routine.
 */
export const MULTI_PARTY_TASKS_KEY = 'multi-party-tasks:';

/**
 * What a task's resources keep of a payment it made (`paid-by:<api>`, per session when the event
 * has one: a transcript's tasks are kinds of request, not one request): a second party paid by the
 * same API in the same task is no longer the API's routine of paying each new party once.
 */
export function paidInTaskMark(event: AgentEvent): string {
  const session = event.session_id;
  return `paid-by:${event.action.api}${session === undefined ? '' : `@${session}`}`;
}

/**
 * Where money and mail go: every target of an established agent's payments and sends, held in the
 * scope's API set, the one its cohort counts per value. A payee or correspondent an established peer
 * of the same role reached cleanly on its quarantine days (the carrier the other settlement instance pays) is
 * the role's party, not only that instance's.
 */
export const PARTIES_KEY = 'parties:';

/**
 * The targets of payments and sends that a finding questioned, for any agent: its cohort never
 * lends such a party to a peer, however cleanly it recurred since (an attacker's account released
 * in one instance after days of alerts is nobody's party).
 */
export const QUESTIONED_PARTIES_KEY = 'parties-questioned:';

/**
 * The sensitivity levels the agent's resources carried (only `restricted` is kept): an established
 * agent that never touched restricted data and now reads a production table with a known API has
 * reached somewhere new, though nothing about the call is.
 */
export const SENSITIVITY_KEY = 'sensitivity:';

/** Parameter keys that name the party of an action: a payee, a vendor, a recipient by name. */
export const PARTY_KEYS: KeyPattern = anyCaseKeys(
  /(^|_)(name|payee|vendor|merchant|beneficiary|creditor|company|customer)(_|$)/i,
);

/**
 * Parameter keys that name whom a payment pays. Not `name`, `company` or `customer`: on a payment
 * those are as often the payer (the company paying, the customer charged).
 */
const PAYEE_KEYS = anyCaseKeys(/(^|_)(payee|vendor|merchant|beneficiary|creditor)(_|$)/i);

/**
 * Whom the action pays, by name (`payee: "Blue Yonder Couriers"` -> `blue yonder couriers`): each
 * payee-naming parameter's words, in lower case, as one name.
 */
export function payeeNames(event: AgentEvent): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(event.action.parameters ?? {})) {
    if (typeof value !== 'string' || !PAYEE_KEYS.test(key)) continue;
    const name = partyName(value);
    if (name !== '' && !out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * Whether every party a payment names by a party-naming parameter (`payee`, `vendor`, `customer`,
 * `company`, `name`...) is a payee, by a payee parameter, never paid before (in `paid`). A payment
 * naming a party otherwise (a refund keyed by `customer_name`, whose earlier payments kept no payee)
 * cannot show its party is new. A payment that names none passes: its accounts say who it pays.
 */
export function namesOnlyNewPayees(event: AgentEvent, paid: KnownValues | undefined): boolean {
  const payees = payeeNames(event);
  for (const [key, value] of Object.entries(event.action.parameters ?? {})) {
    if (typeof value !== 'string' || !PARTY_KEYS.test(key)) continue;
    const name = partyName(value);
    if (name === '') continue;
    // A party named by its id, whose own record the payment goes to (`customer_id: C7991422`, paid
    // into `customer:C7991422:storecredit`): the account carries the party, so it cannot be a known
    // party's new account. Not a record of someone else (`customer:C999:storecredit`).
    if (!payees.includes(name) && ownRecordOf(event, value)) continue;
    if (!payees.includes(name)) return false;
    if (paid !== undefined && paidBefore(event, name, (value) => paid.has(value))) return false;
  }
  return true;
}

/**
 * The form of a reference to a record the organisation keeps, or undefined when the value is none: a
 * small number (a step, a count: five digits at most) is `n`; a code of letters and digits (`Q-964618`,
 * `875a4564-3a93`) keeps its words and the length of its other parts (`q-#6`, `x8-x4`). Never a value
 * that could carry data of its own: a run of nine digits or more (a card, an account), an address, a
 * phone. A send shaped by its references' forms takes no other form in their place: a key or a
 * secret in a quote id's place (`sk-live-4eC39…`, `Q-4111111111111111`) is not the routine's.
 */
function referenceForm(value: unknown): string | undefined {
  if (typeof value === 'number')
    return Number.isInteger(value) && Math.abs(value) < 100_000 ? 'n' : undefined;
  if (typeof value !== 'string' || value.length > TEMPLATE_MAX_LENGTH) return undefined;
  const words = valueTokens(value);
  const word = words[0];
  if (
    words.length !== 1 ||
    word === undefined ||
    !/[a-z]/i.test(word) ||
    !/\d/.test(word) ||
    /\d{9}/.test(word) ||
    ADDRESS_SHAPE.test(word) ||
    maskedWord(word) !== '#'
  )
    return undefined;
  return word
    .toLowerCase()
    .split(/([-_:/.])/)
    .map((part) =>
      /^[a-z]*$/.test(part) || /^[-_:/.]$/.test(part)
        ? part
        : `${/^\d+$/.test(part) ? '#' : 'x'}${part.length}`,
    )
    .join('');
}

/** Whether a value is one mail address. */
function mailAddress(value: unknown): boolean {
  return typeof value === 'string' && emailDomain(value) !== undefined;
}

/**
 * For a payment made for a person: `party=requester` when the party it names by id is the
 * person (a shopper's store credit to their own account, `customer_id: C1680499` for
 * `shopper:C1680499`), `party=another` when it is someone else, `party=none` when it names no party
 * by id. A routine of paying each requester is not one of paying whomever a conversation names, nor
 * one of paying an account no party goes with. Undefined without a person.
 */
function requesterParty(event: AgentEvent): string | undefined {
  const invoker = event.on_behalf_of?.id.toLowerCase();
  if (invoker === undefined) return undefined;
  // The person's own id behind its type word (`C1680499` of `shopper:C1680499`), not any part of it.
  const own = invoker.slice(Math.max(invoker.lastIndexOf(':'), invoker.lastIndexOf('/')) + 1);
  let named = false;
  for (const [key, value] of Object.entries(event.action.parameters ?? {})) {
    if (typeof value !== 'string' || !PARTY_KEYS.test(key) || !/\d/.test(value)) continue;
    const id = value.trim().toLowerCase();
    if (id === invoker || id === own) return 'party=requester';
    named = true;
  }
  return named ? 'party=another' : 'party=none';
}

/**
 * The resource of a payment when it is the record of a party the payment names by id in a
 * party-naming parameter (`customer:C7991422:storecredit` beside `customer_id: C7991422`): whom the
 * money reaches, though no parameter names the account. Undefined otherwise (a transfer's own id,
 * new on every payment, names no party).
 */
export function partyRecordResource(event: AgentEvent): string | undefined {
  const resource = event.resource?.id;
  if (resource === undefined) return undefined;
  for (const [key, value] of Object.entries(event.action.parameters ?? {}))
    if (typeof value === 'string' && PARTY_KEYS.test(key) && value !== resource && ownRecordOf(event, value))
      return resource;
  return undefined;
}

/**
 * Whether every target of a payment is the record of the party `id` names (an identifier: a digit,
 * no blank): the party's id is a whole part of each (`customer:C7991422:storecredit`), or each is
 * the id itself.
 */
function ownRecordOf(event: AgentEvent, id: string): boolean {
  const own = id.trim().toLowerCase();
  if (own.length < 4 || !/\d/.test(own) || /\s/.test(own)) return false;
  const targets = keyedTargets(event);
  if (event.resource?.id !== undefined) targets.add(event.resource.id);
  targets.delete(id);
  if (targets.size === 0) return false;
  for (const target of targets) if (!target.toLowerCase().split(/[:/]/).includes(own)) return false;
  return true;
}

/**
 * What a payment carries beside its payee that the request names: the customer account a refund is
 * booked on ("refund the credit balance on account 4018149919", `account: 4018149919`), numbers of
 * six characters or more. With the payee's name they say which party is paid: two customers share a
 * name, not an account. Empty without a request or such a value.
 */
function partyReferences(event: AgentEvent): string[] {
  const description = event.intent?.description;
  if (description === undefined || event.action.parameters === undefined) return [];
  const text = description.toLowerCase().replace(/[^a-z0-9@.]+/g, '');
  const out: string[] = [];
  for (const target of parameterTargets(event)) {
    const token = target.toLowerCase().replace(/[^a-z0-9@.]+/g, '');
    if (token.length >= 6 && /\d/.test(token) && text.includes(token) && !out.includes(token))
      out.push(token);
    if (out.length >= 3) break;
  }
  return out;
}

/** How a payee is kept beside a reference or an account of the payment (see `partyReferences`). */
export function payeeAs(name: string, reference: string): string {
  return `${name}|${reference.toLowerCase().replace(/[^a-z0-9@.]+/g, '')}`;
}

/**
 * The values a payment's payees are kept beside: each payee name with each number of six characters
 * or more among the payment's targets (the customer account it is booked on, the account it pays
 * into). A payee paid again at the
 * account it was paid at before is the same party at the same place.
 */
export function payeeKeys(event: AgentEvent, payees: readonly string[]): string[] {
  const targets = parameterTargets(event)
    .filter((target) => /\d/.test(target) && target.length >= 6)
    .slice(0, 4);
  return payees.flatMap((name) => targets.map((target) => payeeAs(name, target)));
}

/**
 * Whether the payee `name` of `event` was paid before (`seen` says whether a kept value counts): by
 * name alone, or, when the payment carries references the request names (the customer account a
 * refund is booked on), beside one of the payment's numbers. A name paid only for other accounts is
 * a namesake, not this party.
 */
export function paidBefore(event: AgentEvent, name: string, seen: (value: string) => boolean): boolean {
  if (!seen(name)) return false;
  return partyReferences(event).length === 0 || payeeKeys(event, [name]).some(seen);
}

/** A payee's name as payees are kept: its words, in lower case. */
function partyName(value: string): string {
  return valueTokens(value).join(' ').toLowerCase();
}

/** Among a `party-read:<api>` scope's values: the domain of a new party's email address (`@gmail.com`). */
export function partyDomainMark(target: string): string | undefined {
  const domain = emailDomain(target);
  return domain === undefined ? undefined : `@${domain}`;
}

/**
 * Where a recipient written as an international phone number is reached: the country its number
 * belongs to (`tel:ES`; `tel:+<code>` where the plan does not say), so a text to each new customer
 * in the country the agent serves keeps the shape of its sends and a number in another country of
 * the same calling code (+1 876, Jamaica, beside +1 212) does not. Undefined for a number that is
 * not valid in its plan or that costs the caller (premium rate, shared cost: toll fraud), and for
 * anything else than a phone number.
 */
export function phoneCountryMark(target: string): string | undefined {
  if (!PHONE_NUMBER.test(target)) return undefined;
  const phone = parsePhoneNumberFromString(target);
  if (phone === undefined || !phone.isValid()) return undefined;
  const type = phone.getType();
  if (type === 'PREMIUM_RATE' || type === 'SHARED_COST') return undefined;
  return `tel:${phone.country ?? `+${phone.countryCallingCode}`}`;
}

/** A phone number in international form, as targets are read (`+34722918004`; see `ADDRESS_SHAPE`). */
export const PHONE_NUMBER = /^\+\d{7,15}$/;

/**
 * A target that is a word label and not a place (`email-on-file`, `sms`: which of the customer's
 * own channels): letters joined by dashes or underscores, no digit, no address.
 */
const CHANNEL_LABEL = /^[a-z]+(?:[-_][a-z]+){0,3}$/i;

/**
 * The mail domains inside the organisation for this event: `extra` (configured), the domain of the
 * agent's owner, when that is an email address, and `learned` (the domains the fleet's owners share).
 * Not the domain of the user the agent acts for: a colleague for an assistant, but a customer for a
 * help desk, whose mail provider is nobody's inside.
 */
export function organisationDomains(
  event: AgentEvent,
  extra: readonly string[] = [],
  learned?: ReadonlySet<string>,
): Set<string> {
  const out = new Set(extra.map((d) => d.toLowerCase()));
  const owner = event.agent.owner ? emailDomain(event.agent.owner) : undefined;
  if (owner) out.add(owner);
  if (learned) for (const d of learned) out.add(d);
  return out;
}

/**
 * Whether every target the action's parameters name is an email address inside the organisation
 * (and there is at least one): mail between colleagues, not data leaving. A URL, a phone number or
 * an outside address among them is outward.
 */
export function mailsInsideOnly(event: AgentEvent, inside: ReadonlySet<string>): boolean {
  const targets = parameterTargets(event);
  if (targets.length === 0) return false;
  return targets.every((t) => {
    const domain = emailDomain(t);
    return domain !== undefined && insideOrganisation(domain, inside);
  });
}

/**
 * Whether a mail domain is inside the organisation: one of its domains or a subdomain of one
 * (`mail.example.edu` under `example.edu`; a department's mail host is still the organisation).
 * A domain that merely ends with the same letters (`notexample.edu`) is not.
 */
export function insideOrganisation(domain: string, inside: ReadonlySet<string>): boolean {
  const d = domain.toLowerCase();
  if (inside.has(d)) return true;
  for (let dot = d.indexOf('.'); dot !== -1; dot = d.indexOf('.', dot + 1)) {
    if (inside.has(d.slice(dot + 1))) return true;
  }
  return false;
}

/**
 * Whether a target is shaped like an account money goes to: a routed account (see `routedAccount`), an IBAN, a number of six digits or more
 * (an account number), or a provider's token (`acct_1N2bX9`, `ba_7Hq2Lm0p`). Not a mail address: on a
 * payment that is whom to notify.
 */
export function accountShaped(target: string): boolean {
  return (
    routedAccount(target) ||
    isIban(target) ||
    /^\d{6,}$/.test(target) ||
    /^[a-z]{2,8}_(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{6,}$/.test(target)
  );
}

/** Whether a value is an IBAN as written in one word: country, check digits, the account. */
export function isIban(value: string): boolean {
  return /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/i.test(value);
}

/**
 * Whether a target is a bank routing number (nine digits) beside an account number (six digits or
 * more), as an ACH destination is written (`US-ACH-926430542-82940043`, `ach:121000358:90044172`),
 * behind at most a few short code words.
 */
export function routedAccount(target: string): boolean {
  return /^(?:[a-z]{2,8}[-:_/])*\d{9}[-:_/ ]\d{6,17}$/i.test(target);
}

/** Parameter keys that name an account (`account_id`, `from_account`): where money is, not mail. */
const ACCOUNT_KEYS = anyCaseKeys(/(?:^|[_.-])account(?:[_.-]?(?:id|number|no))?$/i);

/**
 * The values of parameters keyed as an account, whatever else they look like: on a send they name
 * whose statements or records are sent, not where the message goes.
 */
export function accountParameterValues(event: AgentEvent): Set<string> {
  return valuesUnderKeys(event, ACCOUNT_KEYS);
}

/**
 * Attributes a producer writes about the event's own arguments (`provenance.<parameter>`,
 * `displaces.<parameter>`, `transcript.*`): marks on other values, never a party of the event.
 */
function annotationKey(key: string): boolean {
  return key.startsWith('provenance.') || key.startsWith('displaces.') || key.startsWith('transcript.');
}

/** Requester addresses read from one event (see `requesterAddresses`). */
const MAX_REQUESTERS = 4;

/** Parameter keys that name who asked for an action rather than whom it reaches. */
const REQUESTER_KEYS = /^(?:from|sender|reply[_-]?to|requested[_-]?by|requester)$/i;

/**
 * Who asked for the action, by mail address, where the producer says: an attribute whose whole value
 * is one address (`sender`, `requested_by`; not the origin marks of `provenance.*`), or a parameter
 * keyed as the requester (`from`, `sender`, `reply_to`). Empty for most events.
 */
export function requesterAddresses(event: AgentEvent): string[] {
  const out: string[] = [];
  const add = (value: unknown) => {
    if (typeof value !== 'string') return;
    const address = value.trim().toLowerCase();
    if (emailDomain(address) !== undefined && !out.includes(address)) out.push(address);
  };
  for (const [key, value] of Object.entries(event.attributes ?? {})) if (!annotationKey(key)) add(value);
  for (const [key, value] of Object.entries(event.action.parameters ?? {}))
    if (REQUESTER_KEYS.test(key)) add(value);
  // A few at most: each is compared with every remembered correspondent.
  return out.slice(0, MAX_REQUESTERS);
}

/**
 * Whether a payment target reads as an account of some kind: account-shaped (see `accountShaped`),
 * or one or two short codes and six digits or more (`DDA-31035702`, `801-442190-838`,
 * `GB-PAY-4743195704`), alone or behind and before type words (`customer:C7991422:storecredit`,
 * `payee:GB-PAY-4743195704`), nothing else: no address, path, domain or bare word. Used where money
 * routines learn whom an API pays, never to ground a target.
 */
export function accountLike(target: string): boolean {
  if (accountShaped(target) || ACCOUNT_CODE.test(target)) return true;
  const parts = target.split(/[:/]/);
  if (parts.length < 2 || parts.length > 3) return false;
  const codes = parts.filter((part) => !TYPE_WORD.test(part));
  return codes.length === 1 && ACCOUNT_CODE.test(codes[0] ?? '');
}

/**
 * One or two short codes, then six digits or more (dashes between them allowed); or, behind at least
 * one code, four or five (`TN-DEN17348`, a tenant's number: a party's id, where a bare `80567` is a
 * postcode).
 */
const ACCOUNT_CODE =
  /^(?:(?:[A-Z]{1,6}[-_]){0,2}(?:[A-Z]{1,6})?\d[\d-]{5,}|(?:[A-Z]{1,6}[-_]){1,2}[A-Z]{0,6}\d{4,5}|[A-Z]{1,6}\d{4,5})$/i;

/** A type word of a typed id (`customer`, `storecredit`, `original-payment`): letters only. */
const TYPE_WORD = /^[a-z][a-z_-]{1,23}$/i;

/** The domain of an email address, if it is one. */
export function emailDomain(text: string): string | undefined {
  const m = /^[^@\s]+@([a-z0-9.-]+\.[a-z]{2,})$/i.exec(text.trim());
  return m?.[1]?.toLowerCase();
}

/**
 * A word of a message's shape with its numbers masked. A word holding a digit is an identifier
 * (`#`: `ORD-7988143`, `APP-27-414100`, `v3`) unless it is a slug of more words than numbers: a
 * versioned template name (`docs-missing-v3` -> `docs-missing-#`) names the message, not a record.
 */
function maskedWord(word: string): string {
  if (!/\d/.test(word)) return word.toLowerCase();
  const parts = word.toLowerCase().split(/([-_.])/);
  let words = 0;
  let numbers = 0;
  for (const part of parts) {
    if (/\d/.test(part)) numbers += 1;
    else if (/^[a-z]{3,}$/.test(part)) words += 1;
  }
  if (words <= numbers) return '#';
  return parts.map((part) => (/\d/.test(part) ? '#' : part)).join('');
}

/** Longest parameter value read as a message's shape; longer text is a body, unique every time. */
const TEMPLATE_MAX_LENGTH = 80;

/** Opens the element of a call's shape that names its bodies (values longer than a template). */
const BODY_MARK = '~body:';

/**
 * The forms of a payment's payees, as `payee=<form>`: an IBAN, a phone number, a mail address, a URL,
 * a routed account, bare digits, or a code with its numbers masked (`seller-#`, `tenant:tn-den#`).
 * Two of each at most, sorted.
 */
function payeeForms(event: AgentEvent): string[] {
  const forms = new Set<string>();
  for (const target of keyedTargets(event)) {
    const t = target.trim();
    const form = isIban(t)
      ? 'iban'
      : PHONE_NUMBER.test(t)
        ? 'phone'
        : mailAddress(t)
          ? 'mail'
          : /^(?:https?:\/\/|www\.)/i.test(t)
            ? 'url'
            : routedAccount(t)
              ? 'routed'
              : /^\d+$/.test(t)
                ? 'digits'
                : t
                    .split(/([:/])/)
                    .map(maskedWord)
                    .join('');
    forms.add(`payee=${form}`);
    if (forms.size >= 2) break;
  }
  return [...forms].sort();
}

/**
 * The shape of an action besides whom it targets: each short string parameter that is not a target,
 * as `key=value` in lower case with every word holding a digit masked (`subject=your booking #`,
 * `template=docs-missing-#`; see `maskedWord`).
 * A confirmation to each new customer keeps one shape; data sent out under a new subject does not.
 * A call of nothing but its recipients (a bare `to`) is shaped by where it goes: the mail domains of
 * its recipients (`@example.com`) or their phone numbers' country codes (`tel:+34`), with any label
 * among them (`channel=email-on-file`), so an assistant that mails a new colleague each time keeps one
 * shape and mail to a domain it never reached does not. Any other parameter (a body, an attachment)
 * leaves such a call without a shape. `money`: a payment's shape, without the names of whom it pays.
 */
export function partyTemplates(event: AgentEvent, money = false): string[] {
  const shapes = callShapes(event, money);
  // What a send carries is part of its shape too: a routine that mails each new shipper a question
  // has not mailed restricted records out, and restricted data sent to the next new party is not it.
  return shapes.length > 0 && !money && event.resource?.sensitivity === 'restricted'
    ? [...shapes, RESTRICTED_MARK]
    : shapes;
}

/** The element of a call's shape that says it carried restricted data. */
const RESTRICTED_MARK = '~resource restricted';

/** {@link partyTemplates} without what the call carried. */
function callShapes(event: AgentEvent, money: boolean): string[] {
  const out: string[] = [];
  // A body is unique every time, but that the call carries one is part of its shape: a reply that
  // never carried text, sent with a body, is no longer the routine's call. A body alone is no shape.
  const bodies: string[] = [];
  for (const [key, value] of Object.entries(event.action.parameters ?? {})) {
    if (typeof value !== 'string' || TARGET_KEYS.test(key)) continue;
    if (value.length > TEMPLATE_MAX_LENGTH) {
      if (bodies.length < 4) bodies.push(key);
      continue;
    }
    // Whom a payment pays is its party, not its shape: a payout to each new seller names each.
    if (money && PARTY_KEYS.test(key)) continue;
    const words = valueTokens(value);
    if (words.length === 0 || words.some((w) => ADDRESS_SHAPE.test(w))) continue;
    const masked = words.map(maskedWord);
    // An identifier alone (`order=#`) is no shape: every call has one.
    if (masked.every((w) => w === '#')) continue;
    out.push(`${key}=${masked.join(' ')}`);
    if (out.length >= 8) break;
  }
  // Where a payment goes is part of its shape by form: a routine that pays a new seller's code each
  // time (`SELLER-30412`) has not paid a bank account (an IBAN) yet.
  const payees = money ? payeeForms(event) : [];
  if (money) {
    const party = requesterParty(event);
    if (party !== undefined && out.length > 0) out.push(party);
  }
  if (out.length > 0)
    return bodies.length > 0
      ? [...out, `${BODY_MARK}${bodies.sort().join(',')}`, ...payees]
      : [...out, ...payees];
  // A payment of nothing but identifiers and amounts (`from_account`, `to_account`, `amount`) is
  // shaped by its keys: the same call for each new payee.
  // Not when a parameter names a party by id (`seller_id`, `supplierId`): a known party at a new
  // account must not pass as the next new one.
  if (money) {
    const keys = Object.keys(event.action.parameters ?? {})
      .filter((key) => !TARGET_KEYS.test(key) && !PARTY_KEYS.test(key))
      .sort();
    if (keys.some((key) => /(?:^|[_.-])id$|[a-z]Id$/.test(key))) return [];
    if (keys.length === 0) return [];
    const party = requesterParty(event);
    return party === undefined
      ? [`keys=${keys.join(',')}`, ...payees]
      : [`keys=${keys.join(',')}`, party, ...payees];
  }
  // A call of recipients and identifiers only (`quote_id`, `envelope`, `sequence_step: 2`) sends a
  // record the organisation keeps, chosen by its id, as a message it wrote: it is shaped by its keys
  // (a quote sent to each new customer). A body, a subject or a file name beside them is content and
  // leaves it without this shape.
  // Addresses are targets whatever their key (a `signer`, a `from`): the rest must be references,
  // each kept with its form.
  const rest = Object.entries(event.action.parameters ?? {}).filter(
    ([key, value]) => !TARGET_KEYS.test(key) && !mailAddress(value),
  );
  const forms: string[] = [];
  for (const [key, value] of rest) {
    const form = referenceForm(value);
    if (form === undefined) break;
    forms.push(`${key}=${form}`);
  }
  if (forms.length > 0 && forms.length === rest.length) return [`keys=${forms.sort().join(',')}`];
  // Only a call of nothing but recipients: a body or an attachment beside them is content, and
  // content sent to a provider the agent mails anyway is still what data leaving looks like.
  for (const [key, value] of Object.entries(event.action.parameters ?? {})) {
    if (TARGET_KEYS.test(key)) continue;
    if (typeof value !== 'string' || !valueTokens(value).every((w) => ADDRESS_SHAPE.test(w))) return [];
  }
  // Each recipient by where it is reached; a label among them (the customer's own channel on file)
  // under its key. Any other target leaves the call without a shape to compare.
  let recipients = 0;
  for (const [key, value] of Object.entries(event.action.parameters ?? {})) {
    if (typeof value !== 'string') continue;
    const keyed = TARGET_KEYS.test(key);
    for (const target of valueTokens(value)) {
      if (!keyed && !ADDRESS_SHAPE.test(target)) continue;
      let mark = partyDomainMark(target) ?? phoneCountryMark(target);
      if (mark !== undefined) recipients += 1;
      else if (keyed && CHANNEL_LABEL.test(target)) mark = `${key}=${target.toLowerCase()}`;
      else return [];
      if (!out.includes(mark)) out.push(mark);
    }
  }
  // Labels alone reach nobody new: the call is shaped by a recipient.
  return recipients > 0 ? out : [];
}

/**
 * How a call reached the parties new to it, as bits: one met first today by an earlier step (the
 * customer looked up by the address its mail came from, then replied to), one never met before.
 */
export type PartyReach = number;
/** A new party the agent met first today, once, before this call. */
export const PARTY_MET_TODAY: PartyReach = 1;
/** A new party the agent never met. */
export const PARTY_NEVER_MET: PartyReach = 2;

/**
 * A call's shape (see {@link partyTemplates}) with how it reached its new parties: a routine whose
 * every reply goes to the customer it looked up first does not reach an address it never met (the
 * one an injected mail asks to write to) in its shape. How it reached them and which bodies it
 * carried are one element, judged together: two routines of one API (replies with a body to the
 * customers looked up, welcomes without one to new sign-ups) do not make a body sent to an address
 * never met routine. Not for a call without a shape.
 */
export function withReachMarks(shapes: string[], reached: PartyReach): string[] {
  if (shapes.length === 0 || reached === 0) return shapes;
  const at = shapes.findIndex((shape) => shape.startsWith(BODY_MARK));
  const bodies = at >= 0 ? (shapes[at] ?? '').slice(BODY_MARK.length) : 'none';
  const reach = [
    ...((reached & PARTY_MET_TODAY) !== 0 ? ['met-today'] : []),
    ...((reached & PARTY_NEVER_MET) !== 0 ? ['never-met'] : []),
  ].join('+');
  const out = shapes.filter((_, i) => i !== at);
  out.push(`~call body:${bodies} reach:${reach}`);
  return out;
}

/**
 * A shape's value that is one short label of two to four joined words (`merit-weekend-sms`,
 * `docs-missing-#`). A longer slug says what it carries (`customer-ledger-full-export-for-partner`),
 * which a template's name need not.
 */
const LABEL_SHAPE = /^([^=]+)=[a-z]+(?:[-_](?:[a-z]+|#)){1,3}$/;

/** Longest label read as a template's name (see `LABEL_SHAPE`). */
const LABEL_MAX_LENGTH = 32;

/**
 * The shape `shape` (one of `partyTemplates`) has under any label of its key: `template=<label>` for
 * `template=merit-weekend-sms`; undefined for a value that is not one label of joined words (a
 * subject of words, an option, a long slug). A campaign's next template is a new label in the routine's keys; it
 * names the message sent, and carries nothing a body or a subject of words could.
 */
export function labelShape(shape: string): string | undefined {
  const m = LABEL_SHAPE.exec(shape);
  if (m?.[1] === undefined || shape.length - m[1].length - 1 > LABEL_MAX_LENGTH) return undefined;
  return `${m[1]}=<label>`;
}

/** Type words, then an identifier with a digit: `refund:TMP-1`, `stripe:charge/BK-281181`. */
const RESOURCE_OBJECT = /^[a-z]+[:/](?:[a-z][a-z_-]+\/)?([^:/\s]*\d[^:/\s]*)$/i;

/**
 * The identifier a resource id names behind its type words (`BK-281181` of `stripe:charge/BK-281181`,
 * `RES-626111` of `resident:RES-626111`): the object a step of a task acts on, whatever system it is
 * in. A system, then at most one type as a path (`stripe:charge/`); undefined for anything else
 * (`lantern:comm/email` names no object, `wallet:x:TMP-1` names an account `x` holding one).
 */
export function resourceObject(resourceId: string): string | undefined {
  const id = RESOURCE_OBJECT.exec(resourceId)?.[1];
  return id !== undefined && id.length >= 4 ? id : undefined;
}

/** The marker stored among a request kind's APIs for an action category it led to. */
export function categoryMarker(category: string): string {
  return `#${category}`;
}

/**
 * The kinds of request an event belongs to besides its task, learned like a task: the request's
 * leading word (`kind:summarize` for "Summarize the thread ..."), what this agent does for such
 * requests whatever their task ids; and each declared scope (`scope:crm`), what the agent does under
 * a scope word, in whatever vocabulary the scopes are written. Empty without an intent.
 */
export function relatedKeys(event: AgentEvent): readonly string[] {
  if (event === lastRelated) return lastRelatedKeys;
  const intent = event.intent;
  const out: string[] = [];
  if (intent) {
    const kind = intent.description !== undefined ? kindKeyOf(intent.description) : undefined;
    if (kind !== undefined) out.push(kind);
    const scopes = intent.scopes ?? [];
    // A scope that names the API (`github.pulls.create`, `github`, `s3:Get*`) explains the action:
    // the other scope words learn nothing from it.
    const api = event.action.api;
    if (!scopes.some((s) => scopeNamesApi(s, api))) {
      for (let i = 0; i < scopes.length && i < MAX_SCOPE_WORDS; i += 1) {
        const s = scopes[i] ?? '';
        if (s.trim()) out.push(scopeWordKey(s));
      }
    }
  }
  lastRelated = event;
  lastRelatedKeys = out;
  return out;
}

let lastRelated: AgentEvent | undefined;
let lastRelatedKeys: readonly string[] = [];

/**
 * Kind keys by request text: the events of one request (and requests sent again) repeat the same
 * text, so its few regular expressions run once per text, not once per event. Bounded by clearing.
 */
const kindKeys = new Map<string, string | undefined>();

function kindKeyOf(description: string): string | undefined {
  if (kindKeys.has(description)) return kindKeys.get(description);
  const kind = requestKind(description);
  const key = kind === undefined ? undefined : `${KIND_PREFIX}${kind}`;
  if (kindKeys.size >= 10_000) kindKeys.clear();
  kindKeys.set(description, key);
  return key;
}

/** Scope word keys by declared scope, for the same reason. */
const scopeKeys = new Map<string, string>();

/**
 * The leading word of a request, lower case, undefined when there is none: after addresses, links,
 * quoted and bracketed text, a leading name (two or more capitalised words: "Julia Iyer: cancel
 * booking ...") and opening words ("please", "can you", "I'll"). Structure and grammar, no domain words.
 */
export function requestKind(description: string): string | undefined {
  const text = description
    .replace(/\S+@\S+|(?:https?:\/\/|www\.)\S+/giu, ' ')
    .replace(/"[^"]*"|“[^”]*”|\([^)]*\)|\[[^\]]*\]|<[^>]*>/gu, ' ');
  const words = text.match(/\p{L}[\p{L}'’]*/gu);
  if (!words) return undefined;
  let i = 0;
  const capitalised = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
  if (capitalised(words[0]) && capitalised(words[1])) {
    while (i < words.length && capitalised(words[i])) i += 1;
  }
  for (let seen = 0; i < words.length && seen < 8; i += 1, seen += 1) {
    const w = (words[i] ?? '').toLowerCase().replace(/['’].*$/u, '');
    if (w.length >= 2 && !OPENING_WORDS.has(w)) return w;
  }
  return undefined;
}

/** The request kind key of an event (`kind:<word>`), if its request has one. */
export function requestKindKey(event: AgentEvent): string | undefined {
  const first = relatedKeys(event)[0];
  return first?.startsWith(KIND_PREFIX) ? first : undefined;
}

/** The key under which the agent's history of scope word `scope` is learned. */
export function scopeWordKey(scope: string): string {
  let key = scopeKeys.get(scope);
  if (key === undefined) {
    key = `${SCOPE_PREFIX}${scope.trim().toLowerCase()}`;
    if (scopeKeys.size >= 10_000) scopeKeys.clear();
    scopeKeys.set(scope, key);
  }
  return key;
}

/**
 * Whether a scope names an API by its structure alone, whatever the words: `*`, the API itself, a
 * prefix of it (`github`, `gmail.users.messages`, `s3:`), a glob (`s3:Get*`), or the last path
 * segment of an OAuth-style URL doing one of those.
 */
export function scopeNamesApi(scope: string, apiName: string): boolean {
  const api = apiName.toLowerCase();
  let s = scope.trim().toLowerCase();
  if (s === '*' || s === 'all') return true;
  if (s.includes('://')) s = s.slice(s.lastIndexOf('/') + 1);
  if (s.includes('*') && globPattern(s).test(api)) return true;
  return api === s || api.startsWith(`${s}.`) || api.startsWith(`${s}:`) || api.startsWith(`${s}/`);
}

const globs = new Map<string, RegExp>();

/** A compiled glob scope (`s3:Get*`), cached: scopes repeat on every event of a task. */
function globPattern(scope: string): RegExp {
  let re = globs.get(scope);
  if (!re) {
    re = new RegExp(`^${scope.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (globs.size > 10_000) globs.clear();
    globs.set(scope, re);
  }
  return re;
}
