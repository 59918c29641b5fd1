import type { ActionCategory, AgentEvent, Sensitivity } from '../../schemas/event.js';
import { anyCaseKeys } from './event-keys.js';

/**
 * Infers an action category from an API name when the producer did not declare one.
 * Order matters: the most dangerous reading wins ("DeleteUserPolicy" is identity, not delete).
 */
const CATEGORY_PATTERNS: readonly [ActionCategory, RegExp][] = [
  [
    'identity',
    /(iam|role|polic|permission|password|passwd|credential|mfa|token|accesskey|grant|privilege|sso|oauth|user(create|delete|add)|createuser|adduser|groups?.?members?|(add|remove).?(user.?|member.?|account.?)?(to|from).?group\b)/i,
  ],
  // "transfer" alone also hands a conversation, a call or a file over: money only with a money word
  // or a payments service. A payslip or a pay stub is a document about pay, not a payment.
  [
    'payment',
    /(pay(?![_ .-]?(?:slip|stub))|refund|charge|invoice\.pay|wire|payout|disburs|billing\.update|transaction\.create|money|funds|(money|fund|bank|cash|payment).?transfer|transfers?.?(money|funds?|cash|payment|create))/i,
  ],
  [
    'admin',
    /(admin|config|setting|deploy|terminate|shutdown|firewall|securitygroup|audit.*(stop|delete)|disable|cluster)/i,
  ],
  ['delete', /(delete|remove|purge|destroy|drop|erase|wipe|^del\b|\bdel )/i],
  ['send', /(send|mail|message|post_?message|publish|notify|share|forward|upload_external|reply)/i],
  ['execute', /(exec|run|invoke|shell|command|script|lambda|eval)/i],
  [
    'write',
    /(put|create|update|write|insert|modify|edit|patch|set|add|append|upload|commit|merge|^post |^put )/i,
  ],
];

/**
 * Reading verbs, as whole words of the name (`ListBuckets`, `crm.contacts.search`): inside other
 * words they name things (`restore_listing`, `budget`, `thread`, `spreadsheet`), not a read.
 */
const READ_WORDS: ReadonlySet<string> = new Set([
  'get',
  'list',
  'read',
  'describe',
  'search',
  'query',
  'fetch',
  'download',
  'view',
  'select',
  'lookup',
]);

/** The category of an event's action: the declared one, else inferred from the API name. */
export function actionCategory(event: AgentEvent): ActionCategory {
  return event.action.category ?? inferCategory(event.action.api);
}

/**
 * The categories of common leading verbs of API names (`get_…`, `ListBuckets`, `s3:PutObject`,
 * `crm.contacts.search`), or of the method that ends a resource-style name (see `trailingMethod`):
 * a name that starts with a reading verb reads, whatever nouns follow
 * ("read_channel_messages" is a read, not a send), and one that starts with a sending verb sends
 * ("email_policyholder").
 */
const LEADING_VERBS: Readonly<Record<string, ActionCategory>> = {
  get: 'read',
  list: 'read',
  read: 'read',
  search: 'read',
  find: 'read',
  query: 'read',
  fetch: 'read',
  describe: 'read',
  lookup: 'read',
  view: 'read',
  check: 'read',
  download: 'read',
  head: 'read',
  select: 'read',
  count: 'read',
  send: 'send',
  email: 'send',
  notify: 'send',
  reply: 'send',
  forward: 'send',
};

/**
 * Words that make a name an identity action whatever verb leads it: "GetAccessKey" or "list_iam_roles"
 * still touch identities. Other identity words name other things too (an insurance policy, a store
 * credit grant, a permission to view): for those the leading verb speaks ("lookup_policy" reads).
 */
const IDENTITY_WHATEVER_THE_VERB =
  /(iam|role|password|passwd|credential|mfa|token|accesskey|privilege|sso|oauth|user(create|delete|add)|createuser|adduser|(add|remove).?(user.?|member.?|account.?)?(to|from).?group\b)/i;

/** Categories whose pattern outranks a sending verb leading the name. */
const SEND_OUTRANKED_BY: ReadonlySet<ActionCategory> = new Set(['payment', 'admin', 'delete', 'execute']);

/**
 * Categories inferred so far, by API name: an agent calls a bounded set of APIs, and every event
 * without a declared category asks (several detectors per event). Cleared when it grows large.
 */
const inferred = new Map<string, ActionCategory>();

/** Infers a category from an API name alone. */
export function inferCategory(api: string): ActionCategory {
  let category = inferred.get(api);
  if (category === undefined) {
    category = inferFromName(api);
    if (inferred.size >= 10_000) inferred.clear();
    inferred.set(api, category);
  }
  return category;
}

function inferFromName(api: string): ActionCategory {
  const spaced = api.replace(/([a-z])([A-Z])/g, '$1 $2');
  let first: ActionCategory | undefined;
  for (const [category, pattern] of CATEGORY_PATTERNS) {
    if (pattern.test(api) || pattern.test(spaced)) {
      first = category;
      break;
    }
  }
  if (
    first === 'identity' &&
    (IDENTITY_WHATEVER_THE_VERB.test(api) || IDENTITY_WHATEVER_THE_VERB.test(spaced))
  )
    return first;
  // The first word after a service prefix (`s3:`, `crm.`) is the verb when the name has one.
  const words = spaced
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const verb = words.find((w) => LEADING_VERBS[w] !== undefined);
  const leading =
    verb !== undefined && words.indexOf(verb) <= 1
      ? LEADING_VERBS[verb]
      : (trailingMethod(api) ?? (first === undefined || first === 'payment' ? reportName(words) : undefined));
  // A sending verb says what a name does unless the name also deletes, pays, administers or runs
  // something (`send_money`, `email.messages.delete`, `email.settings.update`): the more dangerous
  // reading wins there, as it does without a verb.
  if (leading === 'send' && first !== undefined && SEND_OUTRANKED_BY.has(first)) return first;
  return leading ?? first ?? (readsByWords(words) || /^head /i.test(api) ? 'read' : 'other');
}

/**
 * Whether a name reads by its words: a reading verb as a whole word (`ListBuckets`, `lookups`), run
 * together with its object in the name's first word (`getlisting`, `readfile`, `fetchurl`), or ending
 * one (`websearch`, `preview`). Not a verb inside another word (`restore_listing`, `budget`).
 */
function readsByWords(words: readonly string[]): boolean {
  const only = words.length === 1 ? (words[0] ?? '') : undefined;
  return words.some(
    (word) =>
      READ_WORDS.has(word) ||
      READ_WORDS.has(word.replace(/s$/, '')) ||
      // A name in one piece that opens with the verb (`getlisting`, `readfile`), not a noun made of
      // it (`listings`, `reader`).
      (only !== undefined &&
        READ_VERBS.some((verb) => {
          const rest = only.slice(verb.length);
          return only.startsWith(verb) && rest.length >= 3 && !/^(?:ing|er|s)/.test(rest);
        })) ||
      READ_SUFFIXES.some((verb) => word.endsWith(verb) && word.length > verb.length),
  );
}

/** The same, as a list to walk. */
const READ_VERBS: readonly string[] = [...READ_WORDS];

/** Reading verbs a word may end in (`websearch`, `preview`); not `get`, `list` or `read` (`budget`, `checklist`, `thread`). */
const READ_SUFFIXES: readonly string[] = [
  'search',
  'fetch',
  'query',
  'lookup',
  'download',
  'view',
  'describe',
];

/** Nouns of what a reading produces: a name without a verb that ends in one reads. */
const REPORT_NOUNS: ReadonlySet<string> = new Set([
  'report',
  'reports',
  'summary',
  'summaries',
  'stats',
  'statistics',
  'analytics',
  'overview',
  'dashboard',
]);

/**
 * A name without a verb that ends in what a reading produces (`payments_report`, `refunds.summary`,
 * `ChargebackStats`) reads: the nouns before it say what is reported on, not what is done to it.
 */
function reportName(words: readonly string[]): ActionCategory | undefined {
  if (words.length < 2 || !REPORT_NOUNS.has(words.at(-1) ?? '')) return undefined;
  // Only nouns before it: a word another category's pattern reads as a verb (`delete_report`,
  // `email_report`) says what is done to the report.
  const before = words.slice(0, -1).join('_');
  for (const [category, pattern] of CATEGORY_PATTERNS)
    if (category !== 'payment' && pattern.test(before)) return undefined;
  return 'read';
}

/**
 * The method that ends a resource-style name (`service.collection.method`: `policycore.policies.get`,
 * `drive.permissions.list`), when the collections before it name nothing but a noun that means other
 * things too (a policy, a permission): a name whose collections delete, pay, administer, run, send or
 * write (`admin.users.list`, `payments.refunds.get`), or touch identities whatever the verb
 * (`iam.roles.get`, a grant), keeps that reading. Names in one piece (`delete_saved_query`,
 * `DeleteSavedSearch`) have their verb first and are not read from the end.
 */
function trailingMethod(api: string): ActionCategory | undefined {
  const parts = api.split(/[./:]/).filter(Boolean);
  if (parts.length < 3) return undefined;
  const method = LEADING_VERBS[(parts.at(-1) ?? '').toLowerCase()];
  if (method === undefined) return undefined;
  const collections = parts.slice(0, -1).join('.');
  if (IDENTITY_WHATEVER_THE_VERB.test(collections) || /grant/i.test(collections)) return undefined;
  for (const [category, pattern] of CATEGORY_PATTERNS)
    if (category !== 'identity' && pattern.test(collections)) return undefined;
  return method;
}

/** How much damage an action of a category can do, 0-100: the base of first-seen severity. */
export const CATEGORY_RISK: Readonly<Record<ActionCategory, number>> = {
  identity: 80,
  payment: 80,
  admin: 75,
  delete: 70,
  send: 60,
  execute: 60,
  write: 45,
  other: 35,
  read: 30,
};

/** Adjustment for the target's sensitivity. */
export const SENSITIVITY_RISK: Readonly<Record<Sensitivity, number>> = {
  restricted: 15,
  confidential: 10,
  internal: 0,
  public: -5,
};

/** Categories that change the world in ways hard to undo. */
export const SENSITIVE_CATEGORIES: ReadonlySet<ActionCategory> = new Set([
  'identity',
  'payment',
  'admin',
  'delete',
  'send',
  'execute',
]);

/** Changes that cannot be taken back: money moved, identities and settings changed, data deleted. */
export const IRREVERSIBLE_CATEGORIES: ReadonlySet<ActionCategory> = new Set([
  'payment',
  'identity',
  'admin',
  'delete',
]);

/** API names of bulk reads: a whole table, a dump, an export leave with more than one record. */
const BULK_READ = /(export|dump|bulk|backup|snapshot|download_?all|all_?records)/i;

/**
 * Parameter keys that say where a call puts what it read (`destination`, `outputUri`, `unload_to`):
 * not a page a browser goes to (`target_url`, `url`), which is where it reads from.
 */
const DESTINATION_KEY = anyCaseKeys(
  /^(?:destination|dest|sink|output)(?:_(?:uri|url|path|location))?$|^(?:export|upload|unload|copy|write|deliver)_?(?:to|uri|url|path|location|destination)$/i,
);

/** A value that names a place by a scheme (`s3://bucket/`, `sftp://host/`, `https://…`). */
const SCHEME_URI = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;

/**
 * Whether a read puts what it read at a place it names (a bucket, a host, a URL): an unload or a
 * copy out is an export, whatever the API is called.
 */
function readsOutTo(event: AgentEvent): boolean {
  const parameters = event.action.parameters;
  if (parameters === undefined) return false;
  // The parameters first: most calls name no place, and their category need not be read.
  for (const key in parameters) {
    const value = parameters[key];
    if (typeof value === 'string' && SCHEME_URI.test(value) && DESTINATION_KEY.test(key))
      return actionCategory(event) === 'read';
  }
  return false;
}

/**
 * Whether the call reads in bulk (an export, a dump, by its API's name) or is a read that puts what
 * it read at a place it names (`lakehouse.unload` to `s3://…`): more at stake than a lookup.
 */
export function isBulkRead(event: AgentEvent): boolean {
  return BULK_READ.test(event.action.api) || readsOutTo(event);
}

/** Categories whose spread through a cohort is a campaign until shown otherwise. */
const CAMPAIGN_CATEGORIES: ReadonlySet<ActionCategory> = new Set([
  'identity',
  'payment',
  'admin',
  'delete',
  'send',
]);

/**
 * An action whose spread must never be explained away by peers: a payment, identity, admin, delete or
 * send action, restricted (production) data, or a bulk read (export, dump) of anything. A read of
 * confidential records is a low-risk read here: a team-wide rollout of one is common.
 */
export function isSensitiveAction(
  event: AgentEvent,
  category: ActionCategory = actionCategory(event),
): boolean {
  return (
    CAMPAIGN_CATEGORIES.has(category) || event.resource?.sensitivity === 'restricted' || isBulkRead(event)
  );
}
