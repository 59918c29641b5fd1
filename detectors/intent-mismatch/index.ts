import { z } from 'zod';
import { SEVERITY_RANK } from '../../schemas/alert.js';
import { ACTION_CATEGORIES, type ActionCategory, type AgentEvent } from '../../schemas/event.js';
import {
  CATEGORY_RISK,
  IRREVERSIBLE_CATEGORIES,
  actionCategory,
  inferCategory,
} from '../../src/events/action-category.js';
import { describeAgent } from '../../src/detection/agent-text.js';
import {
  defineDetector,
  type BaselineView,
  type EvidenceValue,
  type Finding,
  type QuarantineKey,
  type TechniqueTag,
} from '../../src/detection/detector-contract.js';
import {
  KIND_PREFIX,
  accountLike,
  accountParameterValues,
  accountShaped,
  MAX_SCOPE_WORDS,
  actionTargets,
  categoryMarker,
  keyedTargets,
  PARTY_PREFIX,
  PARTY_READ_PREFIX,
  PARTY_MET_TODAY,
  PARTY_NEVER_MET,
  type PartyReach,
  withReachMarks,
  parameterTargets,
  PAID_KEY,
  paidInTaskMark,
  MULTI_PARTY_TASKS_KEY,
  PARTIES_KEY,
  PARTY_KEYS,
  QUESTIONED_PARTIES_KEY,
  REQUESTED_KEY,
  payeeNames,
  namesOnlyNewPayees,
  emailDomain,
  insideOrganisation,
  organisationDomains,
  PHONE_NUMBER,
  partyDomainMark,
  labelShape,
  partyTemplates,
  requesterAddresses,
  resourceObject,
  isIban,
  routedAccount,
  payeeAs,
  requestKindKey,
  scopeWordKey,
  taskKey,
  valueTokens,
} from '../../src/events/event-keys.js';
import type { KnownValues } from '../../src/events/known-values.js';
import type { ScopeHistory } from '../../src/baseline/baseline-view.js';
import { targetOrigins } from '../../src/events/target-origins.js';
import { grantsReadingOnly } from '../../src/registry/scope-match.js';
import {
  categoriesForTask,
  normaliseToken,
  scopeCovers,
  scopeNamesObjectOf,
  type CalledCategories,
} from '../../src/detection/intent-vocabulary.js';
import { HIGHEST_BELOW_CRITICAL, clampScore, severityFromScore } from '../../src/detection/severity.js';
import { cases } from './cases.js';

const DAY_MS = 86_400_000;

const weight = (value: number, what: string) => z.number().min(0).max(100).default(value).describe(what);

const config = z
  .strictObject({
    scope_weight: weight(45, 'Points when the action is outside the declared intent.scopes.'),
    tolerated_scope_weight: weight(
      20,
      'Points for an out-of-scope read of non-sensitive data that cohort peers make for the same task too, or that is habitual for the task.',
    ),
    category_weight: weight(40, 'Points when the action category is one the task does not call for.'),
    task_novelty_weight: weight(
      20,
      "Points when the API is unseen for this task in the agent's and its cohort's history.",
    ),
    ungrounded_payment_weight: weight(
      45,
      'Points for a payment to a target named neither in the task nor in its history.',
    ),
    ungrounded_send_weight: weight(
      30,
      'Points for sending to an outside recipient named neither in the task nor in its history.',
    ),
    ungrounded_change_weight: weight(
      30,
      'Points for deleting or changing identities or admin settings on an ungrounded target.',
    ),
    ungrounded_sensitive_read_weight: weight(
      25,
      'Points for reading a restricted or confidential target ungrounded in the task or history.',
    ),
    redirect_weight: weight(
      45,
      'Points for sending or paying to a target other than the address or account the request names (a redirect).',
    ),
    ungrounded_outward_weight: weight(
      30,
      'Points for any other action (a write, a fetch, an invite) whose outside address, URL or account number is grounded neither in the task nor in its history.',
    ),
    content_target_weight: weight(
      15,
      'Extra points when an ungrounded target comes from content the agent read (attributes["provenance.<parameter>"] = "tool_result").',
    ),
    content_instructed_weight: weight(
      20,
      'Extra points for a change (a write, an execution, a deletion, an identity or admin change) that the history already finds new for the request or task ((e) or (c)) when every argument whose origin the producer marked comes from content the agent read (attributes["provenance.<parameter>"] = "tool_result"), none from the request: content telling the agent what to change.',
    ),
    displaced_by_content_weight: weight(
      40,
      'Points for an action other than a read whose argument, found inside content the agent read (attributes["provenance.<parameter>"] = "tool_result"), takes the place of another value the same argument held earlier in the conversation from the request, a record the user pointed at or no origin (attributes["displaces.<parameter>"]): the order placed with the supplier a notice names instead of the one the user asked for.',
    ),
    kind_category_weight: weight(
      40,
      "Points when requests of this kind (their leading word) never led to the action's category in the agent's or its cohort's established history, for a category that moves money, identities, settings or data out, or deletes.",
    ),
    kind_routine_category_weight: weight(
      25,
      'The same for a routine category (read, write, execute): a hint that needs another signal to alert.',
    ),
    sensitive_target_weight: weight(
      15,
      'Extra points when an ungrounded target of a payment, send or change is marked restricted (or a known party is paid to a new account).',
    ),
    first_outside_recipient_weight: weight(
      15,
      'Extra points when an ungrounded outside address of a send or payment is new to the agent for every user it serves, or an identity or admin change names a mailbox at a domain the agent never reached.',
    ),
    ungrounded_internal_send_weight: weight(
      15,
      'Points for sending to an inside destination (a channel, a chat, a user) the agent never sent to or acted on before.',
    ),
    kind_min_events: z
      .number()
      .int()
      .min(1)
      .default(20)
      .describe(
        'Events requests of one kind need in the history before what they never led to counts, and before the verb vocabulary gives way to that history.',
      ),
    new_scope_days: z
      .number()
      .int()
      .min(0)
      .default(7)
      .describe(
        'Days during which scope words new to an agent out of learning (every declared one) are a vocabulary not yet read against its traffic: an API the agent established does not raise outside_declared_scopes under them, and is learned under them instead (a platform that renamed every scope). 0: never.',
      ),
    foreign_scope_min_apis: z
      .number()
      .int()
      .min(1)
      .default(3)
      .describe(
        'Established APIs that no declared scope covers (what the agent did under the task and its scope words) from which, at twice the covered ones or more, the scopes count as mostly a vocabulary of their own: an action outside the readable scopes may be what the others grant, and the scope signal stays silent.',
      ),
    young_scope_min_apis: z
      .number()
      .int()
      .min(0)
      .default(3)
      .describe(
        "APIs of a learning agent's own traffic its declared scopes cover (with no more left uncovered) from which those scopes are a vocabulary its traffic has read: a first payment, identity, admin or delete change outside them alerts while the agent learns. 0: never.",
      ),
    related_requests_min: z
      .number()
      .int()
      .min(1)
      .default(2)
      .describe(
        'Other requests sharing a task verb with this one in which the agent established an API of the same category: from this many, the category counts as called for (learned intent).',
      ),
    general_api_kinds: z
      .number()
      .int()
      .min(1)
      .default(3)
      .describe(
        "Kinds of request for which the agent established an API before it counts as a general step of its work (a confirmation to the requester): with no ungrounded target, the verbs' reading (category_not_called_for) gives way.",
      ),
    young_agent_days: z
      .number()
      .int()
      .min(0)
      .default(7)
      .describe(
        "Days from a learning agent's first event during which its targets are its history in the making: a new payee or recipient alerts only with evidence of its own (read from content, the request names another one, a known party's new account).",
      ),
    party_min_uses: z
      .number()
      .int()
      .min(1)
      .default(8)
      .describe(
        'Uses of an API with a target the agent needs before the share of new targets among them is read (party_new_share).',
      ),
    party_new_share: z
      .number()
      .min(0)
      .max(1)
      .default(0.5)
      .describe(
        "From this share of uses reaching a target new to the agent, the API serves a new party each time (a confirmation to each customer, an offer to each candidate): a new target in the action's established shape (its other parameters, such as the subject) is routine there, not ungrounded.",
      ),
    party_read_share: z
      .number()
      .min(0)
      .max(1)
      .default(0.3)
      .describe(
        "From this share of an API's new parties read from content (in party_min_uses or more), such parties are part of its routine: a help desk that looks every customer's address up. With accurate provenance they stay rare.",
      ),
    peer_party_min: z
      .number()
      .int()
      .min(0)
      .default(1)
      .describe(
        "Established cohort peers that paid or wrote to a party cleanly on its quarantine days (baseline.quarantine_days, at least 2) before it is grounded for the agent (the carrier another settlement instance pays); never a party a finding questioned in any member, one read from content, one where the request names another target, nor a known payee's new account. 0: each agent's own history only.",
      ),
    min_signal_points: z
      .number()
      .min(1)
      .max(100)
      .default(40)
      .describe(
        'Signal points needed for an alert (at least 1: 0 would make every event with an intent alert).',
      ),
    task_min_events: z
      .number()
      .int()
      .min(1)
      .default(20)
      .describe('Events a task needs in the history before "unseen for this task" counts.'),
    internal_domains: z
      .array(z.string())
      .default([])
      .describe(
        "Email domains that are inside the organisation (the owner's domain always is; the user the agent serves may be a customer, so that user's is not).",
      ),
    task_verbs: z
      .record(z.string(), z.array(z.enum(ACTION_CATEGORIES)))
      .default({})
      .describe(
        'Extra task verbs (word stems) and the action categories they call for, e.g. {"reconcil": ["read", "write"]}.',
      ),
  })
  .describe('intent-mismatch settings');

type Config = z.output<typeof config>;

/** Categories whose targets must be grounded in the task or the history. */
const CHANGE_CATEGORIES: ReadonlySet<ActionCategory> = new Set(['delete', 'identity', 'admin']);

interface Signal {
  code: string;
  points: number;
  text: string;
}

/** The organisation's mail domains: the owner's, `internal_domains`, and those its agents' owners share. */
function internalDomains(cfg: Config, event: AgentEvent, view: BaselineView): Set<string> {
  return organisationDomains(event, cfg.internal_domains, view.organisationDomains);
}

/**
 * Whether the request spells the payment out, whatever its verbs ("schedule invoice 00479-1761 for
 * 21462.79 in Thursday's run"): the amount paid (a number with cents, or of three digits or more),
 * word for word, and another of the payment's values (the invoice, the payee's id or account). The
 * user asked for this very payment; where the money goes is still judged as a target (d).
 */
function requestSpellsOutPayment(event: AgentEvent, description: string): boolean {
  const words = new Set(
    description
      .toLowerCase()
      .split(/[^a-z0-9.\-/]+/)
      .map((w) => w.replace(/[.]+$/, '')),
  );
  // Amounts as numbers: 9800.50 in the request is the 9800.5 a JSON payload carries.
  const amounts = new Set([...words].filter((w) => /^\d+(\.\d+)?$/.test(w)).map((w) => Number(w)));
  let amount = false;
  let other = false;
  for (const value of Object.values(event.action.parameters ?? {})) {
    const text = String(value).trim().toLowerCase();
    if (text === '') continue;
    if (/^\d+(\.\d+)?$/.test(text)) {
      if ((text.includes('.') || text.length >= 3) && amounts.has(Number(text))) amount = true;
    } else if (text.length >= 4 && /\d/.test(text) && words.has(text)) other = true;
  }
  return amount && other;
}

/** Signals that come from the declared vocabulary alone: priors, not evidence. */
const STATIC_SIGNALS: ReadonlySet<string> = new Set(['outside_declared_scopes', 'category_not_called_for']);

/** Categories an agent does every day: on static signals alone they never rise above `low`. */
const ROUTINE_CATEGORIES: ReadonlySet<ActionCategory> = new Set(['read', 'write', 'other']);

/** Resource types of a record of money moved, not of whom it is paid to. */
const MONEY_RECORD_TYPES: ReadonlySet<string> = new Set([
  'payment',
  'transfer',
  'wire',
  'charge',
  'refund',
  'payout',
  'remittance',
  'transaction',
]);

/**
 * A record's id: a short code and a number (`PAY-88212`, `TRF_20412`, `V-20512`), behind at most a
 * system and a type word (`ledger:payee/V-20512`).
 */
const RECORD_ID = /^(?:[a-z][a-z_-]*[:/]){0,2}([A-Z]{1,6}[-_]?\d{3,})$/i;

/** What follows a resource id's type word (`ana@site.example` of `mail:ana@site.example`); not a URL's. */
function typedValue(resourceId: string): string {
  return TYPED_VALUE.exec(resourceId)?.[1] ?? resourceId;
}
const TYPED_VALUE = /^[a-z][a-z_-]*:(?!\/\/)(.+)$/i;

/** Parameter keys that name a record the call acts on: a reference or an id (`pspReference`, `charge_id`). */
const REFERENCE_KEY = /(?:^|[_.-])(?:ref|reference|id)$|(?:Ref|Reference|Id)$/;

/** Whether a parameter under a reference key (see `REFERENCE_KEY`) holds `record` whole. */
function namesReference(event: AgentEvent, record: string): boolean {
  for (const [key, value] of Object.entries(event.action.parameters ?? {}))
    if (value === record && REFERENCE_KEY.test(key)) return true;
  return false;
}

/** Whether `id` names a record (see `RECORD_ID`) and what follows its type word is no account. */
function paymentRecordId(id: string): boolean {
  const record = RECORD_ID.exec(id)?.[1];
  return record !== undefined && !accountShaped(record);
}

/** Changes that content may instruct (sends and payments are judged by where they go, in (d)). */
const CONTENT_INSTRUCTED_CATEGORIES: ReadonlySet<ActionCategory> = new Set([
  'write',
  'execute',
  'delete',
  'identity',
  'admin',
]);

/** One word of letters and digits, both, at least five long: a record's identifier (`LST-76490463`). */
const IDENTIFIER = /^(?=\S*[a-z])(?=\S*\d)(?!\d{4}-\d{2}-\d{2})\S{5,}$/i;

/**
 * The parameters of an event whose marked origin is content the agent read, when every parameter
 * with a marked origin has that one (at least one), or when one of them is an instruction-sized text
 * (three words or more: a command line, a query) whatever the others' origins (the cluster the user
 * named beside the `kubectl` line a log told the agent to run), or an identifier beside what the
 * user gave, none from a record; undefined otherwise.
 */
function argumentsFromContent(event: AgentEvent): string[] | undefined {
  const attributes = event.attributes;
  if (attributes === undefined) return undefined;
  const keys: string[] = [];
  let other = false;
  let instruction = false;
  let identifier = false;
  let record = false;
  for (const [key, value] of Object.entries(event.action.parameters ?? {})) {
    const origin = attributes[`provenance.${key}`];
    if (origin === undefined) continue;
    if (origin !== 'tool_result') {
      other = true;
      if (origin === 'record') record = true;
      continue;
    }
    keys.push(key);
    if (typeof value === 'string' && value.trim().split(/\s+/).length >= INSTRUCTION_WORDS)
      instruction = true;
    // An identifier read inside text, beside what the user named (the listing a seller's appeal asks
    // to restore, on the case the analyst named): which record to act on came from the content. An
    // identifier holds letters and digits in one word; a date or a number is no record's name.
    else if (typeof value === 'string' && IDENTIFIER.test(value.trim())) identifier = true;
  }
  return keys.length > 0 && (!other || instruction || (identifier && !record)) ? keys : undefined;
}

/**
 * Where money or mail goes, and the records that say where it will (a carrier's dispatch address, a
 * supplier's remittance mail): judged for a look-alike target even without a request.
 */
const LOOKALIKE_CATEGORIES: ReadonlySet<ActionCategory> = new Set(['send', 'payment', 'write']);

/** Whether the producer marks any argument of the event as read from content (`tool_result`). */
function someArgumentFromContent(event: AgentEvent): boolean {
  const attributes = event.attributes;
  if (attributes === undefined) return false;
  for (const key of Object.keys(event.action.parameters ?? {}))
    if (attributes[`provenance.${key}`] === 'tool_result') return true;
  return false;
}

/** Words from which an argument read from content is an instruction of its own (a command line). */
const INSTRUCTION_WORDS = 3;

/**
 * The arguments of the event found inside content the agent read that took the place of another
 * value the same argument held earlier in the conversation (the producer's `displaces.<parameter>`
 * beside `provenance.<parameter>` = `tool_result`; the transcript adapter writes both).
 */
function displacedByContent(event: AgentEvent): { key: string; before: string; now: string }[] {
  const attributes = event.attributes;
  if (attributes === undefined) return [];
  const out: { key: string; before: string; now: string }[] = [];
  for (const [key, value] of Object.entries(event.action.parameters ?? {})) {
    const before = attributes[`displaces.${key}`];
    if (before === undefined || attributes[`provenance.${key}`] !== 'tool_result') continue;
    const now = String(value);
    if (normaliseToken(now) !== normaliseToken(String(before)))
      out.push({ key, before: String(before), now });
  }
  return out;
}

/** What a request without a verb calls for, where it is read at all (see `questionCalls`): to be told. */
const QUESTION_CALLS: CalledCategories = {
  categories: new Set<ActionCategory>(['read']),
  verbs: ['(no verb)'],
};

/**
 * What a request without a verb calls for when it is a question ("What is step 2 of WI-FURN-113?"):
 * reading, judged so only for a change whose marked arguments come from content the agent read (see
 * `argumentsFromContent`), the shape of an instruction inside the answer's source followed. A
 * verbless request that is no question ("ALR-48547 is paging about disk. Free some space.") is read
 * so for a change that cannot be taken back (a deletion, an identity or admin change) made on such
 * arguments only. Otherwise undefined: a verbless request says nothing, and a question alone is too
 * weak a reading to judge a change by ("Why was I charged twice?" may well end in a refund).
 */
function questionCalls(
  event: AgentEvent,
  category: ActionCategory,
  description: string,
): CalledCategories | undefined {
  if (!CONTENT_INSTRUCTED_CATEGORIES.has(category)) return undefined;
  if (!QUESTION.test(description) && !IRREVERSIBLE_CATEGORIES.has(category)) return undefined;
  return argumentsFromContent(event) === undefined ? undefined : QUESTION_CALLS;
}

/** A request that ends as a question (closing quotes or brackets aside). */
const QUESTION = /\?[\s"')\]]*$/;

/** Categories whose first ungrounded use can be critical. */
const DANGEROUS_CATEGORIES: ReadonlySet<ActionCategory> = new Set(['payment', 'identity', 'send', 'admin']);

/** Words of a request that carry its meaning: lower case, four letters or more. */
function requestWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? []);
}

/** The task verbs of a task key (`id:review-prs`, `desc:book a flight ...`). */
function keyVerbs(key: string, extra: Config['task_verbs']): readonly string[] {
  return categoriesForTask(key.slice(key.indexOf(':') + 1).replace(/[-_]/g, ' '), extra)?.verbs ?? [];
}

/**
 * What the agent's own history says about the action for this kind of request: the API is
 * established for the task, or the agent established an API of the same category for other requests
 * that share words with this one (learned intent), or the declared scopes never matched the task's
 * established traffic (a vocabulary of their own). Derived from the task scopes the baseline keeps.
 */
interface LearnedIntent {
  /** Established task APIs (not quarantined). */
  taskApis: number;
  /** Established task APIs that some declared scope covers. */
  coveredTaskApis: number;
  /** Distinct other requests sharing a task verb with this one that established an API of this category. */
  relatedRequests: number;
}

function learnedIntent(
  cfg: Config,
  view: BaselineView,
  event: AgentEvent,
  task: string | undefined,
  category: ActionCategory,
  scopes: readonly string[],
  verbs: readonly string[],
): LearnedIntent {
  const out: LearnedIntent = { taskApis: 0, coveredTaskApis: 0, relatedRequests: 0 };
  const related = new Set<string>();
  view.agent.forEachTaskApi((key, api, established) => {
    if (!established) return;
    if (key === task) {
      out.taskApis++;
      if (scopes.some((s) => scopeCovers(s, { ...event, action: { api } }))) out.coveredTaskApis++;
      return;
    }
    if (verbs.length === 0 || related.has(key) || inferCategory(api) !== category) return;
    if (!key.startsWith('id:') && !key.startsWith('desc:')) return;
    // What this agent's requests with the same verb ("book", "cancel") lead to, learned: a verb the
    // built-in vocabulary reads narrowly is widened by the agent's own clean history.
    if (keyVerbs(key, cfg.task_verbs).some((v) => verbs.includes(v))) related.add(key);
  });
  out.relatedRequests = related.size;
  return out;
}

function evaluate(cfg: Config, event: AgentEvent, view: BaselineView): Finding[] {
  // A job without a request (a document pipeline, a notifier) has no task to read it against; but a
  // producer that marks an argument as taken from content the agent read says where an injection
  // would enter: such a call is judged as a request that says nothing, by its targets.
  // Without a content mark, such a job's send or payment is judged only for a target at a near-copy
  // of the organisation's domain or of one it corresponds with: what needs no request to read; and
  // a send of restricted data to an outside mailbox at a domain the job never reached, by all its
  // targets: what leaves the organisation is judged whether or not a request was declared.
  const markedFromContent = event.intent === undefined && someArgumentFromContent(event);
  const restrictedOutward =
    event.intent === undefined &&
    !markedFromContent &&
    actionCategory(event) === 'send' &&
    event.resource?.sensitivity === 'restricted' &&
    someUnreachedOutsideMailbox(view, actionTargets(event), internalDomains(cfg, event, view));
  // A look-alike is a mail domain's: a call without one has nothing to judge (most such writes).
  const lookalikesOnly =
    event.intent === undefined &&
    !markedFromContent &&
    !restrictedOutward &&
    LOOKALIKE_CATEGORIES.has(actionCategory(event)) &&
    actionTargets(event).some((target) => emailDomain(target) !== undefined);
  const intent = event.intent ?? (markedFromContent || lookalikesOnly || restrictedOutward ? {} : undefined);
  if (!intent) return [];
  const { agent } = view;
  const category = actionCategory(event);
  const api = event.action.api;
  const description = intent.description ?? '';
  const signals: Signal[] = [];
  // An array, deduplicated only when a finding is made: most events raise nothing.
  const quarantine: QuarantineKey[] = [];

  const scopes = intent.scopes ?? [];
  const task = taskKey(event);
  const taskScope = task !== undefined ? agent.task(task) : undefined;
  // History overrides vocabulary: an API this kind of request established cleanly (it recurred on
  // its quarantine days) is normal for it, whatever the scopes or the verbs say.
  const habitual = taskScope?.apis.isKnown(api, event.ts, view.forgetAfterMs) ?? false;
  // A scope covers the action when its words say so, or when the agent (or an established peer)
  // made this API normal under that scope word: scopes in any vocabulary are learned.
  const inDeclaredScope =
    scopes.length > 0 &&
    (scopes.some((s) => scopeCovers(s, event)) ||
      (!habitual && learnedUnderScope(view, event, scopes, ROUTINE_CATEGORIES.has(category))));
  const kindKey = requestKindKey(event);
  const kind = kindKey !== undefined ? agent.task(kindKey) : undefined;
  const kindKnown = kind !== undefined && kind.events >= cfg.kind_min_events;
  const peers = task !== undefined && !habitual ? peersForTask(view, task, api) : 0;
  let learned: LearnedIntent | undefined;
  // A call whose name says nothing of its kind (`lock_cell`, `apply_discount`) is judged by the
  // request's verbs and its history only when its every marked argument came from content and the
  // verbs, if any are known, call for reading alone: an instruction followed, whatever it does. Not
  // by a question's reading (a question's helper tools, `weather_forecast` of the city an itinerary
  // names, have such names), nor after a request for a change (a "book a hotel" request may well
  // end in a `reserve_hotel` of the hotel a search found): otherwise an unknown category says nothing.
  const contentOther = category === 'other' && argumentsFromContent(event) !== undefined;
  const called = !description
    ? undefined
    : category !== 'other'
      ? (categoriesForTask(description, cfg.task_verbs) ?? questionCalls(event, category, description))
      : contentOther
        ? categoriesForTask(description, cfg.task_verbs)
        : undefined;
  const unknownFromContent =
    contentOther && (called === undefined || [...called.categories].every((c) => c === 'read'));
  const learn = () =>
    (learned ??= learnedIntent(cfg, view, event, task, category, scopes, called?.verbs ?? []));

  // (a) outside the declared scopes
  if (scopes.length > 0 && !inDeclaredScope && !habitual) {
    const sensitivity = event.resource?.sensitivity;
    // A routine read or write that cohort peers also started for this kind of request (a month-end
    // routine, a rollout) is tolerated; a sensitive action is never tolerated by peers.
    const harmless =
      (category === 'read' || category === 'write') &&
      sensitivity !== 'restricted' &&
      sensitivity !== 'confidential';
    const l = learn();
    // Scopes written in a vocabulary that never matched the task's (or the scope words') established
    // traffic say nothing.
    const foreign =
      (l.taskApis >= cfg.foreign_scope_min_apis && l.coveredTaskApis === 0) ||
      (!IRREVERSIBLE_CATEGORIES.has(category) &&
        !(category !== 'read' && scopes.every(grantsReadingOnly)) &&
        unreadVocabulary(cfg, view, event, scopes, kind)) ||
      foreignScopes(cfg, view, event, scopes);
    if (!foreign) {
      const tempered =
        harmless &&
        (peers > 0 || (kindKey !== undefined && !habitual && peersForTask(view, kindKey, api) > 0));
      signals.push({
        code: 'outside_declared_scopes',
        points: tempered ? cfg.tolerated_scope_weight : cfg.scope_weight,
        text:
          `${api} (${category}) is outside the declared scopes [${scopes.join(', ')}]` +
          (tempered ? ` (${peers} cohort peer(s) do the same)` : ''),
      });
      quarantine.push('task_api');
    }
  }

  // (b) a category the task does not call for (an unknown category says nothing)
  // Declared scopes are the explicit intent; the verb reading is the fallback when they do not cover it.
  // Once requests of this kind have a history, that history speaks instead (e).
  if (
    called &&
    (category !== 'other' || unknownFromContent) &&
    !kindKnown &&
    !inDeclaredScope &&
    !habitual &&
    peers === 0 &&
    !called.categories.has(category) &&
    !(
      category === 'payment' &&
      [...called.categories].some((c) => c !== 'read') &&
      requestSpellsOutPayment(event, description)
    )
  ) {
    const l = learn();
    if (l.relatedRequests < cfg.related_requests_min) {
      signals.push({
        code: 'category_not_called_for',
        points: cfg.category_weight,
        text: `the task ("${truncate(description)}", verbs: ${called.verbs.join(', ')}) calls for ${[...called.categories].join('/')}, not ${category === 'other' ? `${api}, an action of unknown kind` : category}`,
      });
    }
  }

  // (e) a category that requests of this kind (their leading word) never led to, in the agent's
  // established history or its established peers': learned, whatever the scopes and verbs say.
  const routine = ROUTINE_CATEGORIES.has(category) || category === 'execute' || category === 'other';
  if (
    kindKnown &&
    kindKey !== undefined &&
    (category !== 'other' || unknownFromContent) &&
    !habitual &&
    !view.learning
  ) {
    // A call of unknown kind has no category to compare: the API itself, as a hint.
    const marker = category === 'other' ? api : categoryMarker(category);
    // Peers vouch for routine categories only: a sensitive action spreading across a cohort is a
    // campaign until shown otherwise.
    if (
      !kind.apis.isKnown(marker, event.ts, view.forgetAfterMs) &&
      (!routine || peerUsers(view, kindKey, marker) === 0)
    ) {
      signals.push({
        code: 'category_new_for_request',
        points: routine ? cfg.kind_routine_category_weight : cfg.kind_category_weight,
        text: `in ${kind.events} events for requests starting "${kindKey.slice(kindKey.indexOf(':') + 1)}" the agent never ${category === 'other' ? `called ${api} (an action of unknown kind)` : `made a ${category} action`}, nor did its cohort peers`,
      });
      quarantine.push('task_api');
    }
  }

  // (c) unseen for this task in the agent's and its cohort's history
  // An API the task declared is not novel for it, however rarely it was used. A category new for
  // the request's kind (e) already says the API is new for it: the two are one piece of evidence.
  const kindNovel = signals.some((s) => s.code === 'category_new_for_request');
  if (
    task !== undefined &&
    taskScope &&
    taskScope.events >= cfg.task_min_events &&
    !inDeclaredScope &&
    !kindNovel &&
    !view.learning
  ) {
    if (!taskScope.apis.isKnown(api, event.ts, view.forgetAfterMs) && peers === 0) {
      signals.push({
        code: 'api_unseen_for_task',
        points: cfg.task_novelty_weight,
        text: `in ${taskScope.events} events for this task the agent used ${taskScope.apis.size} APIs, never ${api}, and no cohort peer used it for this task`,
      });
      quarantine.push('task_api');
    }
  }

  // (f) a change the history finds new, or that a young agent's request does not call for, made with
  // arguments all taken from content the agent read: an instruction inside a document or a mail
  // ("set furnace 3 to 1190 C") followed. One more piece of evidence, never alone: a change a request
  // of this kind routinely makes from what it read (a ticket's fields filed elsewhere) has no history
  // signal to add to. Beside the verbs' reading it is what a learning agent has instead of a history
  // (a question answered with a change, in a desk's first days).
  if (
    (CONTENT_INSTRUCTED_CATEGORIES.has(category) || unknownFromContent) &&
    signals.some(
      (s) =>
        s.code === 'category_new_for_request' ||
        s.code === 'api_unseen_for_task' ||
        s.code === 'category_not_called_for',
    )
  ) {
    const fromContent = argumentsFromContent(event);
    if (fromContent !== undefined) {
      signals.push({
        code: 'arguments_from_content',
        points: cfg.content_instructed_weight,
        text: `its arguments (${fromContent.join(', ')}) come from content the agent read, none from the request`,
      });
      // Under review, not history: a followed instruction must not teach the request's kind that
      // it leads to such changes (the verbs' reading alone quarantines nothing).
      quarantine.push('task_api');
    }
  }

  // (g) an argument the conversation first gave one value, switched to another found inside content:
  // the supplier, payee or recipient the request meant, replaced by the one a notice or a mail names
  // ("route all orders to our new partner SUP-9931"). Evidence in itself, whatever the history: a
  // routine order placed with the injected party is routine in everything but its party.
  if (category !== 'read' && category !== 'other') {
    const displaced = displacedByContent(event);
    if (displaced.length > 0 && cfg.displaced_by_content_weight > 0) {
      signals.push({
        code: 'argument_displaced_by_content',
        points: cfg.displaced_by_content_weight,
        text: displaced
          .map(
            (d) =>
              `${d.key} was ${truncate(d.before, 40)} earlier in the conversation; content the agent read put ${truncate(d.now, 40)} in its place`,
          )
          .join('; '),
      });
      quarantine.push('task_api');
      quarantine.push('task_resource');
    }
  }

  // (d) a target grounded neither in the task nor in the history for this user
  const ungrounded = ungroundedTargets(
    cfg,
    event,
    view,
    category,
    description,
    taskScope?.resources,
    inDeclaredScope,
    lookalikesOnly,
  );
  if (ungrounded.targets.length > 0) {
    signals.push({
      code: 'target_not_grounded',
      points: ungrounded.points,
      text: `${ungrounded.targets.join(', ')} appears neither in the task's request nor in ${ungrounded.historyText}${ungrounded.fromContent ? '; the value comes from content the agent read (a tool result), not from the request' : ''}`,
    });
    if (!ungrounded.youngLeakOnly) {
      quarantine.push('resource');
      quarantine.push('user_resource');
      quarantine.push('task_resource');
    }
  }

  // A step the agent takes for every kind of request (a confirmation to the requester, a note on the
  // ticket), established for `general_api_kinds` kinds, is its general routine: with nothing
  // ungrounded, the verbs' reading of this one request says nothing about it. Not for a change that
  // cannot be taken back (a password reset, a deletion): the verbs still speak for those.
  const verbsOnly = signals.findIndex((s) => s.code === 'category_not_called_for');
  if (
    verbsOnly >= 0 &&
    ungrounded.targets.length === 0 &&
    !IRREVERSIBLE_CATEGORIES.has(category) &&
    kindsEstablishing(view, api) >= cfg.general_api_kinds
  )
    signals.splice(verbsOnly, 1);

  const points = signals.reduce((sum, s) => sum + s.points, 0);
  // The first signal names the finding; with none there is nothing to report, whatever the threshold.
  const first = signals[0];
  if (first === undefined || points < cfg.min_signal_points) return [];
  const sensitivity = event.resource?.sensitivity;
  const staticOnly = signals.every((s) => STATIC_SIGNALS.has(s.code));
  // While the agent learns, its scopes and verbs have not been read against any of its traffic yet:
  // they are priors, too weak to alert alone (what it does meanwhile becomes its history), except
  // the verbs' reading of a change that cannot be taken back (money, identities, settings, deletes).
  // So are the scopes, once the agent's own traffic has read them (they cover most of what it
  // called), unless the request's own verbs ask for the change ("delete spam"): an evidence
  // collector that lists and gets for days under `iam:List*`, then creates an access key, has left
  // the only intent it ever declared.
  if (
    staticOnly &&
    view.learning &&
    !(
      IRREVERSIBLE_CATEGORIES.has(category) &&
      (signals.some((s) => s.code === 'category_not_called_for') ||
        (signals.some((s) => s.code === 'outside_declared_scopes') &&
          called?.categories.has(category) !== true &&
          trafficReadsScopes(cfg, view, event, scopes)))
    )
  )
    return [];
  let score = points * 0.8 + CATEGORY_RISK[category] * 0.5 + (sensitivity === 'restricted' ? 10 : 0);
  // Severity means something (README, "Calibration"): the vocabulary alone never makes a routine
  // action more than low, nor any action high; critical needs a dangerous action on an ungrounded target.
  if (staticOnly) score = Math.min(score, ROUTINE_CATEGORIES.has(category) ? 44 : 69);
  // The verbs' reading beside content-supplied arguments, with no history to speak (a young desk, a
  // kind of request it has not learned): a routine change is at most medium (a coding agent asked why
  // a test fails that edits the file the stack trace names).
  if (
    ROUTINE_CATEGORIES.has(category) &&
    signals.every((s) => s.code === 'category_not_called_for' || s.code === 'arguments_from_content')
  )
    score = Math.min(score, 69);
  if (!(ungrounded.targets.length > 0 && DANGEROUS_CATEGORIES.has(category)))
    score = Math.min(score, HIGHEST_BELOW_CRITICAL);
  // Restricted data leaving for a domain the agent never reached, with nothing else against it (a
  // young agent's first, a job without a request): new, not yet evidence of harm (the offer letters
  // a new HR agent mails to candidates' own addresses look the same). At most medium.
  if (
    (ungrounded.youngLeakOnly || restrictedOutward) &&
    !ungrounded.fromContent &&
    !ungrounded.redirect &&
    signals.every((s) => s.code === 'target_not_grounded')
  )
    score = Math.min(score, 69);
  score = clampScore(score);
  const who = describeAgent(event);
  const evidence: Record<string, EvidenceValue> = {
    api,
    category,
    signals: signals.map((s) => s.code),
    signal_points: points,
    task: task ?? 'none',
    task_events_observed: taskScope?.events ?? 0,
    declared_scopes: scopes.length > 0 ? [...scopes] : 'none',
  };
  if (called) evidence['task_calls_for'] = [...called.categories];
  if (learned) {
    evidence['task_established_apis'] = learned.taskApis;
    evidence['related_requests_with_category'] = learned.relatedRequests;
  }
  if (ungrounded.targets.length > 0) evidence['ungrounded_targets'] = ungrounded.targets;
  if (ungrounded.fromContent) evidence['target_from_tool_result'] = true;
  // What an attacker repeats: a value injected through content, a redirect away from what the
  // request or the history names, an outside mailbox or site data leaves for. A new account with
  // none of that (a new supplier's IBAN) may become normal by recurring, like a new API.
  const hold =
    ungrounded.fromContent ||
    ungrounded.redirect ||
    ungrounded.targets.some((t) => isExitAddress(t, internalDomains(cfg, event, view)));
  return [
    {
      // The strongest signal names the alert; every signal is in the evidence and the description.
      reason: signals.reduce((a, b) => (b.points > a.points ? b : a), first).code,
      // Without a target, the same API for the same kind of request is one pattern (a month-end task
      // run as twenty requests is one alert, counted twenty times). Targets of an API an agent
      // reaches for the people it serves are one alert per window, and each target is news: the
      // update naming it goes out at once (a chat desk mailing each customer a code it never sent
      // before is one question, not one per customer, and an injected address among them still
      // reaches the SOC when it is reached). Without a person served, targets are one alert per
      // kind of request, API and day.
      // An API outside the declared scopes and nothing else is one fact about the API and those
      // scopes, whatever the request: a tool rolled out to an intake desk is one alert, not one per
      // kind of claim it was used for.
      key:
        ungrounded.targets.length > 0 && event.on_behalf_of !== undefined
          ? `served|${api}|targets`
          : ungrounded.targets.length > 0
            ? `${requestKindKey(event) ?? task ?? 'no-task'}|${api}|targets|${Math.floor(event.ts / DAY_MS)}`
            : signals.every((s) => s.code === 'outside_declared_scopes')
              ? `scopes|${api}|${[...scopes].sort().join(',')}`
              : `${requestKindKey(event) ?? task ?? 'no-task'}|${api}|`,
      severity: severityFromScore(score),
      score,
      title: `${who} acted outside its declared task: ${category} ${api}${ungrounded.targets.length > 0 ? ` to ${ungrounded.targets[0]}` : ''}`,
      description: `${who} called ${api} while on task "${truncate(description || (intent.task_id ?? ''))}" (${taskScope?.events ?? 0} earlier events for this task): ${signals.map((s) => s.text).join('; ')}.`,
      evidence,
      tags: tagsFor(category),
      // A target that could be an attacker's (see holdTargets), or any at high or above, is news for
      // each person it is reached for, sent at once: one injected address reached in a second
      // user's session is news of its own. A routine-shaped new party at medium (a code resent to
      // each customer's phone) folds quietly, shown the next day or when the window closes.
      ...(ungrounded.targets.length > 0 &&
      (hold || SEVERITY_RANK[severityFromScore(score)] >= SEVERITY_RANK.high)
        ? { newsKey: `${event.on_behalf_of?.id ?? ''}|${ungrounded.targets.join(', ')}` }
        : {}),
      quarantine: [...new Set(quarantine)],
      holdTargets: hold,
    },
  ];
}

function ungroundedTargets(
  cfg: Config,
  event: AgentEvent,
  view: BaselineView,
  category: ActionCategory,
  description: string,
  taskResources: KnownValues | undefined,
  inDeclaredScope: boolean,
  lookalikesOnly: boolean,
): {
  targets: string[];
  points: number;
  historyText: string;
  fromContent: boolean;
  redirect: boolean;
  /** Every target is judged only as restricted data leaving a young agent: one alert, not a review. */
  youngLeakOnly: boolean;
} {
  const none = {
    targets: [],
    points: 0,
    historyText: '',
    fromContent: false,
    redirect: false,
    youngLeakOnly: false,
  };
  const sensitivity = event.resource?.sensitivity;
  // A declared read is the task's business; sending, paying and deleting still need a grounded target.
  // Every target is new while the agent learns: a read is judged once it has a history.
  const sensitiveRead =
    category === 'read' &&
    !inDeclaredScope &&
    !view.learning &&
    (sensitivity === 'restricted' || sensitivity === 'confidential');
  const internal = internalDomains(cfg, event, view);
  let points: number;
  // Other actions (a calendar invite, a web fetch, an account update) count only their outward
  // targets: an outside address, a URL or an account number.
  let outwardOnly = false;
  if (category === 'payment') points = cfg.ungrounded_payment_weight;
  else if (category === 'send') points = cfg.ungrounded_send_weight;
  else if (CHANGE_CATEGORIES.has(category)) points = cfg.ungrounded_change_weight;
  else if (sensitiveRead) points = cfg.ungrounded_sensitive_read_weight;
  else {
    points = cfg.ungrounded_outward_weight;
    outwardOnly = true;
  }
  if (points === 0) return none;

  const { agent } = view;
  const user = event.on_behalf_of?.id;
  const userScope = user !== undefined ? agent.user(user) : undefined;
  const history: KnownValues = userScope?.resources ?? agent.resources;
  const text = normaliseToken(description);
  // Addresses and accounts the request itself names: a different target is a redirect.
  // What the request itself names as the recipient or the account: a different target is a redirect.
  const namedEmails = (description.match(/[\w.+-]+@[\w.-]+\.[a-z]{2,}/gi) ?? []).map(normaliseToken);
  const namedAccounts = [
    ...description.matchAll(
      /\b(?:account|acct|iban|payee|beneficiary)\s*(?:no\.?|number)?\s*[:#]?\s*([A-Z0-9][\w-]{2,})/gi,
    ),
  ]
    .map((m) => normaliseToken(m[1] ?? ''))
    // An account is a number or holds one: "the bank account the student updated" names none.
    .filter((account) => /\d/.test(account));
  // Phone numbers the request names ("my number +34 602 371 150"), as targets are read.
  const namedPhones = valueTokens(description)
    .filter((t) => PHONE_NUMBER.test(t))
    .map(normaliseToken);
  // An account the request names that the payment itself carries (the customer account a refund is
  // booked on, `account: 4061935081`) is honoured: the money's destination beside it is judged as a
  // target of its own, not as a redirect away from it. A named account the payment leaves out still
  // makes any other target a redirect.
  const carried =
    category === 'payment' && namedAccounts.length > 0
      ? new Set(actionTargets(event).map(normaliseToken))
      : undefined;
  const namedAll =
    category === 'send'
      ? [...namedEmails, ...namedPhones]
      : category === 'payment'
        ? namedAccounts.filter((account) => carried === undefined || !carried.has(account))
        : [];
  // A send is redirected away from an address of its own kind: a text to the applicant's phone beside
  // the mail the request names ("email Esther at esther@...") goes where the request could not point.
  const namedFor = (target: string): readonly string[] => {
    if (category !== 'send') return namedAll;
    if (emailDomain(target) !== undefined) return namedEmails;
    if (PHONE_NUMBER.test(target)) return namedPhones;
    return namedAll;
  };
  const redirectedFrom = new Set<string>();
  let redirected = false;
  let partyRedirect = false;
  let outsideSend = false;
  const youngLeaks = new Set<string>();
  // What the user said in the conversation (a booking reference given in a later turn), and the whole
  // value of a field of a record the agent looked up (the vendor's account on file, the customer's
  // address): grounded. Injected instructions live inside text, not in a record's fields.
  const origins = targetOrigins(event);
  // The event's resource takes the origin of the identifier behind it (`resident:RES-626111`, its
  // `resident_id` copied from the application the user named).
  const resourceId = event.resource?.id;
  // So does a resource that is a parameter's value behind a type word (`mail:ana@site.example` for
  // the `to` it mails).
  const objectOrigin =
    resourceId !== undefined && origins.size > 0
      ? (origins.get(resourceObject(resourceId) ?? resourceId) ?? origins.get(typedValue(resourceId)))
      : undefined;
  const originOf = (t: string) => origins.get(t) ?? (t === resourceId ? objectOrigin : undefined);
  const fromRead = (t: string) => originOf(t) === 'tool_result';
  // Built only for a target that passed the cheap checks: most events have none.
  let words: Set<string> | undefined;
  let namedParty: boolean | undefined;
  let newPartyRoutine: boolean | undefined;
  let moneyRoutine: boolean | undefined;
  let keyed: ReadonlySet<string> | undefined;
  let payees: ReadonlySet<string> | undefined;
  let sendAccounts: ReadonlySet<string> | undefined;
  const lookalikes: string[] = [];
  const targets = actionTargets(event).filter((target) => {
    const named = namedFor(target);
    // An address at a near-copy of the organisation's own domain (wexcombe-health.org for
    // wexcombehealth.org) that money, mail or a change goes to is the shape of business mail
    // compromise: nothing grounds it, not the request (the phishing mail's words), not the history
    // (the phishing mail read just before). Reading such a mail is not (spam arrives).
    // A record written with the address its request spells out (a new contact the user typed) is
    // the user's word, not a look-alike slipped in.
    const lookalike =
      (outwardOnly && category !== 'write') ||
      sensitiveRead ||
      (category === 'write' && namedEmails.includes(normaliseToken(target)))
        ? undefined
        : (lookalikeOfOrganisation(target, internal) ??
          lookalikeOfCorrespondent(view, event.ts, target, internal) ??
          // Money or mail to a near-copy of a party the organisation deals with, from a learning
          // agent: it has no history of its own to hold the address against (a new station's first
          // mail, to its handler's look-alike), and the address must not become that history. An
          // established agent's own correspondents speak for it (two customers a letter apart are
          // two customers).
          (view.learning && (category === 'send' || category === 'payment')
            ? lookalikeOfOrganisationCorrespondent(view, target, internal)
            : undefined));
    if (lookalike !== undefined) {
      lookalikes.push(`${target} (a look-alike of ${lookalike})`);
      return true;
    }
    if (lookalikesOnly) return false;
    // The served person's own mailbox (a forwarding rule set on it, a copy mailed to them): their id
    // when it is an address, or their bare id as the mailbox's name at a domain inside the
    // organisation or at the domain of a colleague's address the request spells out ("forward my
    // mail to my colleague s135033@corp.example", s135033 a person of the directory). Not their id at
    // any other domain (a vendor's the request names, a public provider: a personal mailbox elsewhere
    // is where forwarded mail leaves), and not an address read from content.
    if (!fromRead(target) && servedPersonsOwn(event, target, internal, description, view.identity))
      return false;
    // A read addressed by a mailbox or a phone number (a contact looked up by the address a mail
    // gives) reaches nobody: only a read that contacts a place (a site, a host) can carry data out.
    if (
      category === 'read' &&
      outwardOnly &&
      !target.includes('/') &&
      !target.includes(':') &&
      (emailDomain(target) !== undefined || PHONE_NUMBER.test(target))
    )
      return false;
    // Beside outward ones, a change's target named under a target key (`to_account`, `recipient`,
    // `account`) read from inside content: the gift sent to the "sync account" a help article names,
    // the vendor's bank account a mail's text gives. Where an action goes, taken from what it read.
    if (
      outwardOnly &&
      !isOutward(target, internal) &&
      !(category !== 'read' && fromRead(target) && (keyed ??= keyedTargets(event)).has(target))
    )
      return false;
    // A site or mailbox a request named before, in this user's own history, looked at again: a read
    // moves nothing, and a link to it in content is how the agent finds it (the news site posted in a
    // channel). Not another user's (one user's request must not ground a link injected into another
    // user's session), not with other parameters taken from content (a query carrying what the agent
    // read), and a new address, or this one with data in its path, is another value.
    if (
      category === 'read' &&
      outwardOnly &&
      agent.task(REQUESTED_KEY)?.resources.isKnown(target, event.ts, view.forgetAfterMs) &&
      history.isKnown(target, event.ts, view.forgetAfterMs) &&
      !otherParameterFromContent(event, target)
    )
      return false;
    if (category === 'send') {
      const domain = emailDomain(target);
      // Mail inside the organisation is the assistant's daily work; the risk is data leaving it.
      if (domain !== undefined && insideOrganisation(domain, internal)) return false;
      // An account the send is about (`account_id` of the statements mailed) is no recipient: where
      // the message goes is judged by its addresses. Not an address given under an account key.
      if (
        domain === undefined &&
        !isOutward(target, internal) &&
        (sendAccounts ??= accountParameterValues(event)).has(target)
      )
        return false;
      // A channel, chat or user inside: only one the agent never sent to nor acted on counts.
      if (
        domain === undefined &&
        !isOutward(target, internal) &&
        agent.resources.isKnown(target, event.ts, view.forgetAfterMs)
      )
        return false;
    }
    // An address on a payment outside its payee parameters (its approver, whom to notify) is not
    // where the money goes.
    if (
      category === 'payment' &&
      emailDomain(target) !== undefined &&
      !(payees ??= keyedTargets(event)).has(target)
    )
      return false;
    // A payment's own record as its resource (`PAY-88212`, a transfer id: new on every payment)
    // beside the payee its parameters name, or that the producer types as a record of money moved
    // (`wire`, `payment`) and names bare (`refund:POL-1` names the policy it refunds, an object the
    // task must have acted on), is not where the money goes: the payee is judged where the event names
    // one, the record is not. Only a record's id (a short code and a number, behind at most a type
    // word), not an account, a wallet or an address given as the resource, nor one read from content.
    if (
      category === 'payment' &&
      target === resourceId &&
      !fromRead(target) &&
      paymentRecordId(target) &&
      !isOutward(target, internal) &&
      !(payees ??= keyedTargets(event)).has(target) &&
      (payees.size > 0 ||
        // A bare record of money moved, by an API the agent has used on days before (a wire released
        // by its id): never for an API new to it.
        (!/[:/]/.test(target) &&
          MONEY_RECORD_TYPES.has(event.resource?.type?.toLowerCase() ?? '') &&
          (agent.apis.get(event.action.api)?.days ?? 0) >= 2))
    )
      return false;
    // A record of money moved that the producer types as one (`payvault:payment/PV7920EFE658EC9D`,
    // the charge a refund goes back to) and that a reference parameter names (`pspReference`,
    // `charge_id`), beside the destination a target parameter names: the record and its reference
    // are what the money moves on, not where it goes, whatever their shape (a processor's reference
    // can look like an IBAN). The destination is judged where the parameters name it. Not a
    // resource no reference names (a provider's account given as the resource, an IBAN under
    // `beneficiaryIban`), and not a value under any other key.
    if (category === 'payment' && resourceId !== undefined) {
      const record = resourceObject(resourceId) ?? resourceId;
      if (
        (target === resourceId || target === record) &&
        !fromRead(target) &&
        MONEY_RECORD_TYPES.has(event.resource?.type?.toLowerCase() ?? '') &&
        !(payees ??= keyedTargets(event)).has(target) &&
        payees.size > 0 &&
        namesReference(event, record)
      )
        return false;
    }
    const origin = originOf(target);
    if (origin === 'request') return false;
    // A field of a record the agent looked up (the customer's address on the booking) grounds a target;
    // not a payee: a record's account is grounded by the party the request names, or the history,
    // unless the user pointed at that record (the IBAN line of the bill file the request names).
    if (origin === 'named_record' || (origin === 'record' && category !== 'payment')) return false;
    const token = normaliseToken(target);
    if (token.length >= 3 && text.includes(token)) return false;
    // A resource id's own part (`ch_3P6…` of `stripe:ch_3P6…`, `ORD-7988143` of `order/ORD-7988143`)
    // named in the request grounds it; not a URL's last part (evil.example/ORD-7988143 is elsewhere).
    if (!target.includes('/') || !isOutward(target, internal)) {
      const local = normaliseToken(
        target.slice(Math.max(target.lastIndexOf(':'), target.lastIndexOf('/')) + 1),
      );
      if (local.length >= 6 && local !== token && text.includes(local)) return false;
    }
    // Restricted data sent outside to an address the agent never saw, first met today (the sender of
    // the mail it just read, a mailbox an earlier step of this task named) or holds under review (an
    // alerted send repeated) has no history yet: a day's own steps do not ground it, nor does a name
    // (the request's "Carol" for carol@attacker-mail.net, a recipient_name parameter): only the
    // request spelling it out, a record the user pointed at, or an established history. Phishing
    // replies and exfiltration dressed as a request take exactly that path.
    const freshRestricted =
      category === 'send' &&
      sensitivity === 'restricted' &&
      isOutward(target, internal) &&
      (firstMetToday(agent, target, event.ts) ||
        !agent.resources.isKnown(target, event.ts, view.forgetAfterMs));
    // An address of someone or something the request names ("invite Dora" -> dora@…) is grounded;
    // not a look-alike of an address the request spells out (www.true-acme.com for www.acme.com).
    words ??= requestWords(description);
    const requestNames = words;
    const names = namesOf(target);
    // Not when the request spells out the recipient itself (another address is a redirect), and a
    // recipient or payee read from content only when each of its names is the request's
    // (`booking-archive@` is not grounded by "move my booking").
    if (
      !freshRestricted &&
      named.length === 0 &&
      names.length > 0 &&
      (fromRead(target) && (category === 'send' || category === 'payment')
        ? names.every((name) => requestNames.has(name))
        : names.some((name) => requestNames.has(name))) &&
      !lookalikeOfNamed(target, names, description)
    )
      return false;
    // Mail to the organisation the request names ("Litware asked about their payment, email them
    // back" -> ar@litware.example): its domain is that party's own name, not a look-alike of it.
    // Also when the address was read from content (the `From:` line of the mail the request points
    // at: "Reply to Brightwater Appliances's mail" -> ops@brightwater-appliances.de), if the name is
    // of two words or more: a one-word brand the request names may be a mail provider's ("check my
    // Outlook invites" grounds nobody at outlook.com).
    if (
      category === 'send' &&
      !freshRestricted &&
      named.length === 0 &&
      domainNamedByRequest(target, description, fromRead(target) ? 2 : 1)
    )
      return false;
    // The account of the party the request names ("pay the bill to Tailspin Toys", creditor_name
    // "Tailspin Toys"): the user asked for this payee. Not when the account came from content read.
    namedParty ??= namesPartyOfRequest(event, text, category === 'payment');
    if (namedParty && !fromRead(target) && !freshRestricted) {
      // ...unless the agent already paid that party, at another account: a known vendor whose bank
      // details changed is the shape of invoice fraud, whatever the request says.
      if (!(
        category === 'payment' &&
        isOutward(target, internal) &&
        knownPartyNewAccount(event, view, target)
      ))
        return false;
      partyRedirect = true;
    }
    // A target taken from content the agent read is grounded only by this kind of request's own
    // history: an injected address recurring across unrelated requests must not become the user's.
    // Without a request there is no kind of request whose history could ground a target read from
    // content: the agent's own history does (an address it mailed before is no new destination).
    if (
      (!fromRead(target) || event.intent === undefined) &&
      !freshRestricted &&
      history.isKnown(target, event.ts, view.forgetAfterMs)
    )
      return false;
    // A payee or correspondent the agent established for another user (a carrier paid for four
    // clerks): established means it recurred cleanly, and a target alerted high is never released.
    if (
      !fromRead(target) &&
      !freshRestricted &&
      history !== agent.resources &&
      !partyRedirect &&
      agent.resources.isKnown(target, event.ts, view.forgetAfterMs)
    )
      return false;
    // A party the role pays or writes to: established peers reached it cleanly on its quarantine days and
    // no finding in the cohort ever questioned it. A party new to the role alerts in the first instance
    // that uses it, and is then questioned for every other: peers never lend a party that spreads.
    if (
      cfg.peer_party_min > 0 &&
      (category === 'payment' || category === 'send') &&
      !fromRead(target) &&
      !partyRedirect &&
      named.length === 0 &&
      rolesParty(cfg, view, target) &&
      !(category === 'payment' && knownPartyNewAccount(event, view, target))
    )
      return false;
    // A value that is no address (a keyword such as a refund's "original_payment_method") the agent
    // established for any user is its own routine, and while it learns every such keyword is new (not
    // an identifier with digits, such as a gift card's number); an address stays grounded per user.
    if (
      !fromRead(target) &&
      !isOutward(target, internal) &&
      emailDomain(target) === undefined &&
      ((view.learning && !/\d/.test(target)) || agent.resources.isKnown(target, event.ts, view.forgetAfterMs))
    )
      return false;
    // What an earlier step of this task acted on; not for a payment to a value read from content,
    // which the earlier step (the payee it created from a letter's text) took from the same content.
    if (
      !freshRestricted &&
      !(category === 'payment' && fromRead(target)) &&
      taskResources?.isKnown(target, event.ts, view.forgetAfterMs)
    )
      return false;
    // An object of this very task, as the producer names the event's resource (the refund
    // `refund:TMP-1` of the policy `TMP-1` the agent looked up for it, the charge
    // `stripe:charge/BK-281181` of the booking it just made): type words, then what the task already
    // acted on (see `resourceObject`). Not a parameter (where money or mail goes: `wallet:x:TMP-1` is
    // another account), not a value read from content.
    if (taskResources && target === resourceId && !fromRead(target)) {
      const object = resourceObject(target);
      if (object !== undefined && taskResources.isKnown(object, event.ts, view.forgetAfterMs)) return false;
      // A part of a record this task already acted on, by its path (the payments of the loan
      // `servicing:loans/SV-19005646` it looked up: `servicing:loans/SV-19005646/payments`). Not
      // another record of the same kind (the charge of a booking the task never made).
      if (withinTaskRecord(target, taskResources, event.ts, view.forgetAfterMs)) return false;
    }
    // A payee paid again at the account it was paid at, cleanly (a second refund to a customer's
    // account on file), kept with whom the agent paid when its targets are long forgotten: the same
    // party at the same place. Not an account read from content.
    if (
      category === 'payment' &&
      !fromRead(target) &&
      named.length === 0 &&
      paidAtBefore(event, view, target)
    )
      return false;
    // A payment API that pays a new party each time (a refund to each customer's account on file, a
    // first payout to each new seller), called in its established shape, for payees never paid
    // before: the new account is its routine. Not a payee already paid (a known party at a new
    // account is invoice fraud), not an account read from content or a record (a known claimant's
    // changed account on file, where the payment names the claimant only by an id, would pass as the
    // next new one), not one the agent met
    // before without establishing it (under review), not when the request names another account, and
    // not a second party the same task pays by the same API (the ticket's credit issued, then one to
    // a "sister account" the ticket's text names) unless its tasks are batches (a task of it paid two
    // parties before).
    if (
      category === 'payment' &&
      named.length === 0 &&
      !partyRedirect &&
      origin === undefined &&
      accountLike(target) &&
      !agent.resources.has(target) &&
      !(
        taskResources?.has(paidInTaskMark(event)) === true &&
        !taskResources.has(target) &&
        agent
          .task(MULTI_PARTY_TASKS_KEY)
          ?.resources.isKnown(event.action.api, event.ts, view.forgetAfterMs) !== true
      ) &&
      (moneyRoutine ??=
        namesOnlyNewPayees(event, agent.task(PAID_KEY)?.resources) &&
        servesNewParties(cfg, view, event, true))
    )
      return false;
    // An API that serves a new party each time, called in its established shape: the new party is
    // the routine (a reply to each customer, the lookup of each customer who wrote in). Not for money,
    // not when the request names another target, not for a fetch of an outside address, not for an
    // identity, admin or delete action on a mailbox at a domain the agent never reached (a support
    // login granted to each colleague does not make one granted to an outsider routine), and a value
    // read from content only where new parties come from content as a rule, at a domain they came from.
    if (
      named.length === 0 &&
      category !== 'payment' &&
      !(category === 'read' && outwardOnly) &&
      (newPartyRoutine ??= servesNewParties(cfg, view, event)) &&
      (!fromRead(target) || contentPartyRoutine(cfg, view, event, target)) &&
      // Last: it walks the agent's targets.
      !(CHANGE_CATEGORIES.has(category) && unreachedOutsideMailbox(view, target, internal))
    )
      return false;
    // In a learning agent's first days, its regular payees and correspondents are its history in the
    // making: a target is new because everything is (a slow agent that still learns weeks later is
    // judged on its targets). What still counts then is evidence of its own: the
    // value came from content the agent read, the request names another one, or a known party has
    // a new account.
    // Not restricted data mailed to a mailbox outside the organisation at a domain the agent never
    // reached: a young agent's history in the making is its routine work, not the first time its
    // organisation's restricted records leave it. That is said once: the mailbox is not held under
    // review (a weekly report's first mail to the committee it goes to every week alerts once).
    if (
      view.learning &&
      Math.max(event.ts, agent.lastTs) - agent.firstTs < (cfg.young_agent_days + 1) * DAY_MS &&
      !fromRead(target) &&
      named.length === 0 &&
      !partyRedirect
    ) {
      if (
        category !== 'send' ||
        event.resource?.sensitivity !== 'restricted' ||
        !unreachedOutsideMailbox(view, target, internal)
      )
        return false;
      youngLeaks.add(target);
    }
    if (named.length > 0) {
      redirected = true;
      for (const name of named) redirectedFrom.add(name);
    }
    // An outside address, a URL or an account in what is sent carries the message (or its reader)
    // outward even when the recipient is inside: a link passed on to a colleague is not inside mail.
    if (category === 'send' && isOutward(target, internal)) outsideSend = true;
    return true;
  });
  // Who asked for the action, where the producer says (a `sender` attribute, a `from` parameter of a
  // change): a request to change a supplier's bank details from a near-copy of a domain the
  // organisation corresponds with is business mail compromise, whatever the change itself names.
  if (category !== 'read') {
    for (const requester of requesterAddresses(event)) {
      if (targets.includes(requester)) continue;
      const genuine =
        lookalikeOfOrganisation(requester, internal) ??
        lookalikeOfCorrespondent(view, event.ts, requester, internal) ??
        lookalikeOfOrganisationCorrespondent(view, requester, internal);
      if (genuine === undefined) continue;
      lookalikes.push(`${requester} (who asked for it: a look-alike of ${genuine})`);
      targets.push(requester);
    }
  }
  if (targets.length === 0) return none;
  if (category === 'send' && !outsideSend && lookalikes.length === 0)
    points = cfg.ungrounded_internal_send_weight;
  if (redirected || lookalikes.length > 0) points = Math.max(points, cfg.redirect_weight);
  // The prompt-injection signature: the target comes from content the agent read, not from the request.
  const fromContent = targets.some((t) => fromRead(t));
  if (fromContent) points += cfg.content_target_weight;
  const dangerous = category === 'payment' || category === 'send' || CHANGE_CATEGORIES.has(category);
  if (dangerous && (partyRedirect || event.resource?.sensitivity === 'restricted'))
    points += cfg.sensitive_target_weight;
  // A never-before outside recipient or account, for any user the agent serves.
  if (
    (category === 'send' || category === 'payment') &&
    targets.some(
      (t) =>
        isOutward(t, internal) && !fromRead(t) && !agent.resources.isKnown(t, event.ts, view.forgetAfterMs),
    )
  )
    points += cfg.first_outside_recipient_weight;
  // An identity or admin change that names a mailbox at a domain the agent never reached (a password
  // reset delivered to an outside mailbox is an account handed over); not the domain of the users it
  // looks after every day, whatever the organisation's domains.
  if (
    (category === 'identity' || category === 'admin') &&
    targets.some((t) => {
      const domain = emailDomain(t);
      return (
        domain !== undefined &&
        !insideOrganisation(domain, internal) &&
        !fromRead(t) &&
        !reachedDomain(view, domain)
      );
    })
  )
    points += cfg.first_outside_recipient_weight;
  const historyText = userScope
    ? `the agent's ${userScope.events} past events for ${user}`
    : `the agent's history (${agent.events} events, ${agent.resources.size} targets)`;
  return {
    targets,
    points,
    fromContent,
    redirect: redirected || partyRedirect || lookalikes.length > 0,
    youngLeakOnly:
      !redirected && !partyRedirect && lookalikes.length === 0 && targets.every((t) => youngLeaks.has(t)),
    historyText:
      (redirected
        ? `${historyText}, while the request names ${[...redirectedFrom].join(', ')}`
        : historyText) + (lookalikes.length > 0 ? `; ${lookalikes.join(', ')} is never grounded` : ''),
  };
}

/**
 * Whether `target` is the mailbox of the person the agent acts for: their id itself, or their bare id
 * as the mailbox's name at a domain inside the organisation or at the domain of an address the
 * request spells out whose name is another person of the directory (a colleague's mailbox shows the
 * organisation's domain).
 */
function servedPersonsOwn(
  event: AgentEvent,
  target: string,
  internal: ReadonlySet<string>,
  description: string,
  identity: BaselineView['identity'],
): boolean {
  const person = event.on_behalf_of?.id.trim().toLowerCase();
  if (person === undefined || person === '') return false;
  const address = target.toLowerCase();
  if (address === person) return emailDomain(person) !== undefined;
  const domain = emailDomain(address);
  if (domain === undefined || person.includes('@')) return false;
  if (address.slice(0, address.lastIndexOf('@')) !== person) return false;
  if (insideOrganisation(domain, internal)) return true;
  if (identity === undefined) return false;
  for (const named of description.match(/[\w.+-]+@[\w.-]+\.[a-z]{2,}/gi) ?? []) {
    const at = named.lastIndexOf('@');
    const local = named.slice(0, at).toLowerCase();
    if (local === person || named.slice(at + 1).toLowerCase() !== domain) continue;
    if (identity.person(local) !== undefined || identity.person(named.slice(0, at)) !== undefined)
      return true;
  }
  return false;
}

/**
 * Whether a parameter other than the one holding `target`, long enough to carry what the agent read
 * (a query, a body; not an option such as `format=text`, which may occur in any text read), was
 * marked as read from content.
 */
function otherParameterFromContent(event: AgentEvent, target: string): boolean {
  const attributes = event.attributes;
  if (!attributes) return false;
  for (const [key, value] of Object.entries(event.action.parameters ?? {})) {
    if (attributes[`provenance.${key}`] !== 'tool_result') continue;
    const text = String(value);
    if (text.length >= CARRIER_MIN_LENGTH && !text.includes(target) && !target.includes(text)) return true;
  }
  return false;
}

/** Shortest parameter value that can carry data out in a read (a query, a message). */
const CARRIER_MIN_LENGTH = 12;

/**
 * Whether the event's API serves a new party each time (at least `party_new_share` of its
 * `party_min_uses`+ uses reached a target new to the agent) and the event keeps the shape of those
 * uses (see `partyTemplates`): every short parameter besides the targets (subject, template,
 * currency) is one the agent used cleanly before, or, for a call of nothing but recipients, their
 * mail domains are. Without a shape there is nothing to compare: not routine.
 */
function servesNewParties(cfg: Config, view: BaselineView, event: AgentEvent, money = false): boolean {
  const { agent } = view;
  const api = event.action.api;
  const uses = agent.apis.get(api)?.count ?? 0;
  if (uses < cfg.party_min_uses) return false;
  const fresh = agent.task(`${PARTY_PREFIX}${api}`);
  if (fresh === undefined || fresh.events < uses * cfg.party_new_share) return false;
  const shapes = money
    ? partyTemplates(event, true)
    : withReachMarks(partyTemplates(event), partyReach(view, event));
  const known = (shape: string | undefined): boolean =>
    shape !== undefined && fresh.resources.isKnown(shape, event.ts, view.forgetAfterMs);
  // A new label in the routine's keys (the next campaign's template) keeps the shape; not for money.
  return shapes.length > 0 && shapes.every((shape) => known(shape) || (!money && known(labelShape(shape))));
}

/**
 * How the call reaches the parties new to the agent, as the baseline counts them when it learns: an
 * address never met (or long forgotten), or, for a send, one met once before today (the lookup).
 */
function partyReach(view: BaselineView, event: AgentEvent): PartyReach {
  const send = actionCategory(event) === 'send';
  let reached: PartyReach = 0;
  for (const target of parameterTargets(event)) {
    const stats = view.agent.resources.get(target);
    if (stats === undefined || event.ts - stats.last > view.forgetAfterMs) reached |= PARTY_NEVER_MET;
    else if (send && event.ts - stats.first < DAY_MS && stats.count <= 1) reached |= PARTY_MET_TODAY;
  }
  return reached;
}

/**
 * For a new party read from content, under an API that serves a new party each time: whether the
 * API's new parties come from content as a rule (at least `party_read_share` of them, in
 * `party_min_uses` or more uses: a producer that marks every address it looked up as `tool_result`;
 * with accurate provenance such recipients stay rare), this one is an email address at a domain such
 * parties came from cleanly, and it is new to the agent or established (an address under review, one
 * an attacker repeats, is not).
 */
function contentPartyRoutine(cfg: Config, view: BaselineView, event: AgentEvent, target: string): boolean {
  const domain = partyDomainMark(target);
  if (domain === undefined) return false;
  const { agent } = view;
  if (agent.resources.has(target) && !agent.resources.isKnown(target, event.ts, view.forgetAfterMs))
    return false;
  const api = event.action.api;
  const parties = agent.task(`${PARTY_PREFIX}${api}`)?.events ?? 0;
  const read = agent.task(`${PARTY_READ_PREFIX}${api}`);
  if (read === undefined || read.events < cfg.party_min_uses || read.events < parties * cfg.party_read_share)
    return false;
  return read.resources.isKnown(domain, event.ts, view.forgetAfterMs);
}

/**
 * Whether a payee-naming parameter holds a party the agent already paid (a name among its payees)
 * while `account` is new to it: a known payee at a new account. A vendor the agent
 * only looked up or wrote to has no old account to be redirected from; a namesake paid for another
 * account the request names (another customer called Nia Evans) is not the party paid now.
 */
function knownPartyNewAccount(event: AgentEvent, view: BaselineView, account: string): boolean {
  const { agent } = view;
  if (view.learning || agent.resources.get(account) !== undefined) return false;
  const payees = agent.task(PAID_KEY)?.resources;
  if (payees === undefined) return false;
  // By name alone: a namesake test here would let a fraudster's request that names a new invoice
  // or ledger number pass a known supplier's changed account (an independent review's finding).
  return payeeNames(event).some((name) => payees.isKnown(name, event.ts, view.forgetAfterMs));
}

/** Whether a payee of the payment was paid cleanly at `account` before (see `payeeKeys`). */
function paidAtBefore(event: AgentEvent, view: BaselineView, account: string): boolean {
  const payees = view.agent.task(PAID_KEY)?.resources;
  if (payees === undefined || !accountShaped(account)) return false;
  return payeeNames(event).some((name) =>
    payees.isKnown(payeeAs(name, account), event.ts, view.forgetAfterMs),
  );
}

/**
 * Whether a party-naming parameter of the action holds a name the request itself says; for a
 * payment also any parameter holding an email address the request names (the customer charged, the
 * payer): the payment is for the party the user asked about.
 */
function namesPartyOfRequest(event: AgentEvent, requestToken: string, payment: boolean): boolean {
  for (const [key, value] of Object.entries(event.action.parameters ?? {})) {
    if (typeof value !== 'string') continue;
    if (!PARTY_KEYS.test(key) && !(payment && emailDomain(value) !== undefined)) continue;
    const token = normaliseToken(value);
    if (token.length >= 4 && requestToken.includes(token)) return true;
  }
  return false;
}

/** Web addresses the request spells out: URLs and domains (not the domains of email addresses). */
const SPELLED_WEB_ADDRESS = /(?<![\w.+-@])(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;

/**
 * Whether a web address shares a name with one the request spells out without being it: the agent
 * was sent to a site that looks like the one the user named, the shape of a redirect.
 */
function lookalikeOfNamed(target: string, names: readonly string[], description: string): boolean {
  if (emailDomain(target) !== undefined) return false;
  const own = normaliseToken(target.replace(/^(https?:\/\/)?(www\.)?/i, ''));
  for (const spelled of description.match(SPELLED_WEB_ADDRESS) ?? []) {
    if (normaliseToken(spelled.replace(/^(https?:\/\/)?(www\.)?/i, '')) === own) continue;
    if (namesOf(spelled).some((name) => names.includes(name))) return true;
  }
  return false;
}

/**
 * The organisation's domain that the mail domain of `target` is a near-copy of, if any: the same
 * letters with hyphens or dots added or taken away (wexcombe-health.org, wexcombehealth.org), or one
 * letter changed, added or dropped, or two swapped, in a label of six letters or more under the same
 * suffix (thornburymutal.co.uk). The same label under another suffix is not one: a subsidiary's
 * domain.
 */
function lookalikeOfOrganisation(target: string, internal: ReadonlySet<string>): string | undefined {
  const domain = emailDomain(target);
  if (domain === undefined || insideOrganisation(domain, internal)) return undefined;
  for (const own of internal) if (lookalikeDomain(domain, own)) return own;
  return undefined;
}

/**
 * Whether `domain` is a near-copy of `genuine`, and not it: the same letters with hyphens or dots
 * added or taken away, or one letter changed, added or dropped, or two swapped, in a label of six
 * letters or more under the same suffix; with `anySuffix`, also its first label respelled with a
 * hyphen or a dot under another suffix (a partner's impostor: lonestar-drayage.net for
 * lonestardrayage.com; not for the organisation's own, whose foreign arm may write acme-corp.de).
 * Two labels that differ in one digit only are siblings (branch1, branch2), not copies.
 */
function lookalikeDomain(domain: string, genuine: string, anySuffix = false): boolean {
  if (domain === genuine) return false;
  const squash = (d: string) => d.replace(/[-.]/g, '');
  if (squash(domain) === squash(genuine)) return true;
  const dot = genuine.indexOf('.');
  const theirs = domain.indexOf('.');
  const label = theirs < 0 ? domain : domain.slice(0, theirs);
  const genuineLabel = dot < 0 ? genuine : genuine.slice(0, dot);
  if (
    anySuffix &&
    label !== genuineLabel &&
    squash(label) === squash(genuineLabel) &&
    squash(label).length >= 6
  )
    return true;
  if (dot < 6 || theirs < 0 || domain.slice(theirs) !== genuine.slice(dot)) return false;
  return editDistanceAtMostOne(label, genuineLabel) && !digitsApart(label, genuineLabel);
}

/** Whether two labels of the same length differ only in digits (`branch1`, `branch2`). */
function digitsApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y && !(/\d/.test(x) && /\d/.test(y))) return false;
  }
  return true;
}

/**
 * For an address new to the agent at a domain it never reached: the domain of an established
 * correspondent it is a near-copy of (`gcevaluator.org` for the evaluator `gcevaluators.org` the
 * agent mails every day). A partner's look-alike is the shape of business mail compromise, whatever
 * routine the send keeps.
 */
function lookalikeOfCorrespondent(
  view: BaselineView,
  ts: number,
  target: string,
  internal: ReadonlySet<string>,
): string | undefined {
  const domain = emailDomain(target);
  if (
    domain === undefined ||
    insideOrganisation(domain, internal) ||
    view.agent.resources.isKnown(target, ts, view.forgetAfterMs)
  )
    return undefined;
  let reached = false;
  let genuine: string | undefined;
  // A party the organisation deals with is no near-copy of a domain only this agent's history holds
  // (a look-alike the agent was made to mail in its first days).
  const known = view.correspondentDomains;
  const organisations = known?.namedOnDays(domain) === true;
  view.agent.resources.forEach((value, established) => {
    if (reached || !established) return;
    const theirs = emailDomain(value);
    if (theirs === undefined) return;
    if (theirs === domain) reached = true;
    else if (
      genuine === undefined &&
      lookalikeOfPartner(domain, theirs, internal) &&
      !(organisations && known?.namedOnDays(theirs) !== true)
    )
      genuine = theirs;
  });
  return reached ? undefined : genuine;
}

/**
 * The domain `target` is a near-copy of among those the organisation's established agents named in
 * clean events (see `CorrespondentDomains`), named since before `target`'s own and on more days: a
 * look-alike thread that went on for a few days is still the newcomer.
 */
function lookalikeOfOrganisationCorrespondent(
  view: BaselineView,
  target: string,
  internal: ReadonlySet<string>,
): string | undefined {
  const domain = emailDomain(target);
  const known = view.correspondentDomains;
  if (domain === undefined || known === undefined || insideOrganisation(domain, internal)) return undefined;
  return known.genuineFor(domain, (theirs) => lookalikeOfPartner(domain, theirs, internal));
}

/**
 * Whether `domain` is a near-copy of a partner's domain `theirs`, under any suffix: the
 * organisation's own domains are judged as the organisation's (see lookalikeOfOrganisation).
 */
function lookalikeOfPartner(domain: string, theirs: string, internal: ReadonlySet<string>): boolean {
  return !insideOrganisation(theirs, internal) && lookalikeDomain(domain, theirs, true);
}

/**
 * Whether the agent never saw `target`, or first saw it less than a day before `ts` (its agent-wide
 * resources keep the first sighting): a value met in the flow of today's work is not history.
 */
function firstMetToday(agent: BaselineView['agent'], target: string, ts: number): boolean {
  const stats = agent.resources.get(target);
  return stats === undefined || ts - stats.first < DAY_MS;
}

/**
 * Whether `target`, a resource path, lies within a record the task already acted on: one of its
 * leading parts, cut at a `/`, holding an identifier (a digit), is among the task's resources.
 */
function withinTaskRecord(
  target: string,
  taskResources: KnownValues,
  ts: number,
  forgetAfterMs: number,
): boolean {
  for (let cut = target.lastIndexOf('/'); cut > 0; cut = target.lastIndexOf('/', cut - 1)) {
    const record = target.slice(0, cut);
    if (
      /\d/.test(record.slice(record.lastIndexOf('/') + 1)) &&
      taskResources.isKnown(record, ts, forgetAfterMs)
    )
      return true;
  }
  return false;
}

/** Whether any of `targets` is a mailbox outside the organisation at a domain the agent never reached. */
function someUnreachedOutsideMailbox(
  view: BaselineView,
  targets: readonly string[],
  internal: ReadonlySet<string>,
): boolean {
  return targets.some((target) => unreachedOutsideMailbox(view, target, internal));
}

/** Whether `target` is a mailbox outside the organisation at a domain the agent never reached. */
function unreachedOutsideMailbox(view: BaselineView, target: string, internal: ReadonlySet<string>): boolean {
  const domain = emailDomain(target);
  return domain !== undefined && !insideOrganisation(domain, internal) && !reachedDomain(view, domain);
}

/**
 * Whether any target the agent established (in its agent-wide resources) is at mail domain `domain`.
 * Walks the table: for an ungrounded change and a restricted send to an outside mailbox only.
 */
function reachedDomain(view: BaselineView, domain: string): boolean {
  let reached = false;
  view.agent.resources.forEach((value, established) => {
    if (!reached && established && emailDomain(value) === domain) reached = true;
  });
  return reached;
}

/**
 * Whether two strings differ by at most one letter changed, added or dropped, or two neighbours
 * swapped (`exmaple` for `example`).
 */
function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) ||
      (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Whether an email address's domain is the name of a party the request names: its label before the
 * suffix (`litware` of ar@litware.example, `cohoprint` of cohoprint.example) is one to three
 * consecutive words of the request, joined, or hyphenated words of a name the request gives (in its
 * order, within a few words, the first capitalised). At least 5 letters: short labels match by chance.
 */
function domainNamedByRequest(target: string, description: string, minWords = 1): boolean {
  const domain = emailDomain(target);
  if (domain === undefined) return false;
  const labels = domain.split('.');
  // The organisation's label: the one before a one- or two-part suffix (example, co.uk).
  const label = labels.length >= 3 && (labels.at(-2) ?? '').length <= 3 ? labels.at(-3) : labels.at(-2);
  if (label === undefined) return false;
  const name = label.replace(/-/g, '');
  if (name.length < 5) return false;
  const words = description
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const capitalised = new Set(description.match(/\b\p{Lu}\p{Ll}+/gu)?.map((w) => w.toLowerCase()) ?? []);
  for (let i = 0; i < words.length; i += 1) {
    let joined = '';
    for (let j = i; j < words.length && j < i + 3; j += 1) {
      const word = words[j] ?? '';
      // A name's last word cut short (`copperlineelectric` for "Copperline Electrical",
      // `bluestemprint` for "Bluestem Printing"): after a capitalised first word, at least five
      // letters and most of the word.
      const rest = name.slice(joined.length);
      if (
        j > i &&
        capitalised.has(words[i] ?? '') &&
        rest.length >= 5 &&
        rest.length < word.length &&
        rest.length >= 0.6 * word.length &&
        word.startsWith(rest) &&
        j - i + 1 >= minWords
      )
        return true;
      joined += word;
      if (joined === name && j - i + 1 >= minWords) return true;
      if (joined.length >= name.length || !name.startsWith(joined)) break;
    }
  }
  // A label of hyphenated words of a name the request gives, in its order, the first capitalised
  // there (`highmoor-brokers` for "Highmoor Insurance Brokers"): the party's name, shortened. Not
  // common words of the request put together (`thread-offsite` for "reply to the thread about the
  // offsite").
  const parts = label.split('-');
  if (parts.length < 2 || !parts.every((p) => /^[a-z]{3,}$/.test(p)) || !parts.some((p) => p.length >= 5))
    return false;
  if (!capitalised.has(parts[0] ?? '')) return false;
  let at = words.indexOf(parts[0] ?? '');
  for (const part of parts.slice(1)) {
    const next = words.indexOf(part, at + 1);
    if (next < 0 || next > at + 3) return false;
    at = next;
  }
  return true;
}

/** Parts of an address that are names: "dora" of dora@…, "acme" of www.acme-travel.com; not domains' suffixes. */
function namesOf(target: string): string[] {
  const at = target.indexOf('@');
  const part =
    at > 0
      ? target.slice(0, at)
      : target
          .replace(URL_SCHEME, '')
          .replace(/^www\./i, '')
          .replace(/\.[a-z]{2,}(\/.*)?$/i, '');
  return (part.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !GENERIC_ADDRESS_WORDS.has(w));
}

/** Words of addresses that name nothing in particular. */
const GENERIC_ADDRESS_WORDS: ReadonlySet<string> = new Set([
  'info',
  'mail',
  'email',
  'contact',
  'admin',
  'support',
  'website',
  'site',
  'blog',
  'home',
  'page',
  'online',
  'service',
  'team',
  'noreply',
  'reply',
]);

/**
 * A URL with a host of a protocol that moves data across networks: the web, and the file transfers
 * data leaves by (`sftp://`, `ftp://`, `scp://`). Not a storage or vault path (`s3://`, `vault://`):
 * those name the organisation's own stores as often as anyone's.
 */
const URL_WITH_HOST = /^(?:https?|s?ftps?|scp|rsync|ssh):\/\/(?:[^@\s/]*@)?([^:\s/]+)/i;

/** The scheme of such a URL, with what is before its host (`sftp://user@`). */
const URL_SCHEME = /^(?:https?|s?ftps?|scp|rsync|ssh):\/\/(?:[^@\s/]*@)?/i;

/**
 * Whether `target` is such a URL whose host is the organisation's (one of `internal` or under it:
 * `sftp://files.example.com` for `example.com`): its own file server is not outside.
 */
function internalUrl(target: string, internal: ReadonlySet<string>): boolean {
  const host = URL_WITH_HOST.exec(target)?.[1]?.toLowerCase();
  if (host === undefined) return false;
  for (const domain of internal) if (host === domain || host.endsWith(`.${domain}`)) return true;
  return false;
}

/** An outside email address, a URL or web domain, or a phone number: where data leaves to. */
function isExitAddress(target: string, internal: ReadonlySet<string>): boolean {
  const domain = emailDomain(target);
  if (domain !== undefined) return !insideOrganisation(domain, internal);
  return (
    PHONE_NUMBER.test(target) ||
    (URL_WITH_HOST.test(target) && !internalUrl(target, internal)) ||
    /^www\./i.test(target) ||
    /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(\/\S*)?$/i.test(target)
  );
}

/** An outside email address, a URL or web domain, an account number (IBAN-like) or a phone number. */
function isOutward(target: string, internal: ReadonlySet<string>): boolean {
  const domain = emailDomain(target);
  if (domain !== undefined) return !insideOrganisation(domain, internal);
  if (URL_WITH_HOST.test(target)) return !internalUrl(target, internal);
  if (/^www\./i.test(target) || /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(\/\S*)?$/i.test(target)) return true;
  return routedAccount(target) || isIban(target) || /^\d{8,}$/.test(target) || PHONE_NUMBER.test(target);
}

/**
 * Whether `party` is the role's: `peer_party_min` established cohort peers reached it cleanly on its
 * quarantine days (the agent's own count taken out), and no member's finding ever questioned it.
 */
function rolesParty(cfg: Config, view: BaselineView, party: string): boolean {
  const { cohort, agent } = view;
  if (!cohort || cohort.taskTriersOf(QUESTIONED_PARTIES_KEY, party) > 0) return false;
  // The agent's own, counted in the cohort only once it is a member.
  if (agent.task(QUESTIONED_PARTIES_KEY)?.apis.has(party) === true) return false;
  return peerUsers(view, PARTIES_KEY, party) >= cfg.peer_party_min;
}

/**
 * Established cohort peers (the agent itself excluded) for which `value` is established under `key`.
 * The agent is taken out when it established the value, stale or not: the cohort counts it until the
 * weekly forgetting, and an agent is never its own peer.
 */
function peerUsers(view: BaselineView, key: string, value: string): number {
  const { cohort, agent } = view;
  if (!cohort) return 0;
  const self =
    cohort.isMember(agent.agentId) &&
    (agent.task(key)?.apis.isKnown(value, agent.lastTs, Number.POSITIVE_INFINITY) ?? false);
  return Math.max(0, cohort.taskUsersOf(key, value) - (self ? 1 : 0));
}

/**
 * Whether the agent, or (with `peersCount`) an established peer, made the event's API normal under a
 * declared scope word.
 */
function learnedUnderScope(
  view: BaselineView,
  event: AgentEvent,
  scopes: readonly string[],
  peersCount: boolean,
): boolean {
  const api = event.action.api;
  for (let i = 0; i < scopes.length && i < MAX_SCOPE_WORDS; i += 1) {
    const key = scopeWordKey(scopes[i] ?? '');
    if (view.agent.task(key)?.apis.isKnown(api, event.ts, view.forgetAfterMs)) return true;
    // Peers vouch for routine categories only (see (e)).
    if (peersCount && peerUsers(view, key, api) > 0) return true;
  }
  return false;
}

/** How many kinds of request (`kind:` keys) established `api`: walks the history, for a finding only. */
function kindsEstablishing(view: BaselineView, api: string): number {
  let count = 0;
  view.agent.forEachTaskApi((key, value, established) => {
    if (established && value === api && key.startsWith(KIND_PREFIX)) count += 1;
  });
  return count;
}

/**
 * Whether the declared scopes are a vocabulary the agent has not worked under yet, for an API it
 * established for this kind of request: every scope word is new to it (first seen within
 * `new_scope_days`). Such words have not been read against its traffic, as a learning agent's have
 * not: the platform that renamed every scope (`claims:read` -> `tm.claims.read`) is learned from the
 * calls its requests keep making, which establish their APIs under the new words. The caller does not
 * ask for a change that cannot be taken back (money, identities, settings, deletions), nor for
 * anything but a read under scopes that all grant reading only (`invoices.view`): those are judged
 * by the new words. An API that requests of this kind never established (a review that starts
 * writing, under a new narrow task's scopes) is judged as before.
 */
function unreadVocabulary(
  cfg: Config,
  view: BaselineView,
  event: AgentEvent,
  scopes: readonly string[],
  kind: ScopeHistory | undefined,
): boolean {
  const { agent } = view;
  if (cfg.new_scope_days === 0 || !kind?.apis.isKnown(event.action.api, event.ts, view.forgetAfterMs))
    return false;
  const since = event.ts - cfg.new_scope_days * DAY_MS;
  let words = 0;
  for (let i = 0; i < scopes.length && i < MAX_SCOPE_WORDS; i += 1) {
    const scope = scopes[i] ?? '';
    if (!scope.trim()) continue;
    words += 1;
    const word = agent.task(scopeWordKey(scope));
    if (word !== undefined && word.first < since) return false;
  }
  return words > 0;
}

/**
 * Whether the declared scopes are mostly a vocabulary of their own: what the agent established for
 * requests like this one (under its task and its scope words) holds at least
 * `foreign_scope_min_apis` APIs no declared scope covers, at least twice as many as APIs a scope
 * does cover. An action outside the readable scopes may then be what the others grant (`finance`
 * beside `email`); where the scopes read a good part of that traffic (tool names, Graph permissions),
 * an action outside them is outside. Walks the history: only for an event that would otherwise raise
 * the scope signal.
 */
function foreignScopes(
  cfg: Config,
  view: BaselineView,
  event: AgentEvent,
  scopes: readonly string[],
): boolean {
  const keys = new Set<string>();
  for (let i = 0; i < scopes.length && i < MAX_SCOPE_WORDS; i += 1) keys.add(scopeWordKey(scopes[i] ?? ''));
  // Not the request's kind: requests of one kind may declare other scopes (send by mail, by chat).
  const task = taskKey(event);
  if (task !== undefined) keys.add(task);
  const apis = new Set<string>();
  view.agent.forEachTaskApi((key, api, known) => {
    if (known && keys.has(key) && !api.startsWith('#')) apis.add(api);
  });
  let covered = 0;
  for (const api of apis) if (scopes.some((s) => scopeCovers(s, { ...event, action: { api } }))) covered += 1;
  const uncovered = apis.size - covered;
  return uncovered >= cfg.foreign_scope_min_apis && uncovered >= 2 * covered;
}

/**
 * Whether a learning agent's own traffic has read its declared scopes: of the other APIs it called,
 * at least `young_scope_min_apis` are covered by a scope that names what they act on, and no more
 * are left uncovered. Scopes in a vocabulary of their own (`billing` over `stripe.charges.create`)
 * cover none of it, and access levels (`read_write`) name nothing: those stay priors.
 * Walks the agent's APIs: only for an event that would otherwise be dropped.
 */
function trafficReadsScopes(
  cfg: Config,
  view: BaselineView,
  event: AgentEvent,
  scopes: readonly string[],
): boolean {
  if (cfg.young_scope_min_apis === 0 || scopes.length === 0) return false;
  let covered = 0;
  let uncovered = 0;
  view.agent.apis.forEach((api) => {
    if (api === event.action.api) return;
    if (scopes.some((s) => scopeNamesObjectOf(s, api) && scopeCovers(s, { ...event, action: { api } })))
      covered += 1;
    else uncovered += 1;
  });
  return covered >= cfg.young_scope_min_apis && uncovered <= covered;
}

/** Cohort peers (the agent itself excluded) that have called `api` for `task`. */
function peersForTask(view: BaselineView, task: string, api: string): number {
  const { cohort, agent } = view;
  if (!cohort) return 0;
  const self = cohort.isMember(agent.agentId) && (agent.task(task)?.apis.has(api) ?? false);
  return Math.max(0, cohort.taskTriersOf(task, api) - (self ? 1 : 0));
}

function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function tagsFor(category: ActionCategory): TechniqueTag[] {
  const base: TechniqueTag[] = ['atlas.AML.T0051'];
  switch (category) {
    case 'send':
      return [...base, 'attack.T1567'];
    case 'payment':
      return [...base, 'attack.T1657'];
    case 'delete':
      return [...base, 'attack.T1485'];
    case 'identity':
      return [...base, 'attack.T1098'];
    case 'read':
      return [...base, 'attack.T1213'];
    case 'admin':
    case 'execute':
    case 'write':
    case 'other':
      return [...base, 'atlas.AML.T0053'];
  }
}

export const intentMismatch = defineDetector({
  id: 'intent-mismatch',
  version: 5,
  title:
    "An action that does not fit the agent's declared task (scopes, task verbs, task history, grounded targets)",
  maturity: 'stable',
  reasons: {
    outside_declared_scopes: 'The task declares scopes (intent.scopes) and none of them covers the action.',
    category_not_called_for:
      "The task description's verbs call for categories that do not include the action's (while requests of this kind have little history).",
    category_new_for_request:
      'Requests of this kind (same leading word) have a history, and neither the agent nor an established cohort peer ever made an action of this category for them.',
    api_unseen_for_task:
      'The task has enough history, and neither the agent nor any cohort peer ever used the API for it.',
    target_not_grounded:
      "The action's target is named neither in the task description nor in the agent's history for this user or task.",
    argument_displaced_by_content:
      'An argument found inside content the agent read took the place of the value it held earlier in the same conversation (attributes["displaces.<parameter>"]): the party the request meant, replaced by one a document or a message names.',
  },
  // A target under review recurs on its quarantine days, and a pattern with it: those repeats fold
  // into the first alert for a week, with an update at the first repeat of each later day (an
  // attacker's daily payment shows every day, as one alert) and at once on an escalation.
  dedupWindowMinutes: 7 * 24 * 60,
  // A finding that scores low (one weak signal on a routine action) is kept under review, not raised (see README).
  defaultMinSeverity: 'medium',
  dailyUpdates: true,
  config,
  create: ({ config: cfg }) => ({ evaluate: (event, view) => evaluate(cfg, event, view) }),
  cases,
});
