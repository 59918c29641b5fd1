import type { ActionCategory, AgentEvent } from '../../schemas/event.js';
import { actionCategory, isBulkRead } from '../events/action-category.js';
import { scopeNamesApi } from '../events/event-keys.js';

/**
 * Built-in vocabulary of task verbs (word stems) and the action categories a task using them calls
 * for. Reading is implied by every task. No model, no network: explainable and extensible in config.
 */
export const TASK_VERBS: Readonly<Record<string, readonly ActionCategory[]>> = {
  // understanding: read only
  summar: ['read'],
  review: ['read'],
  read: ['read'],
  analy: ['read'],
  find: ['read'],
  search: ['read'],
  look: ['read'],
  check: ['read'],
  list: ['read'],
  report: ['read'],
  monitor: ['read'],
  triage: ['read'],
  classif: ['read'],
  answer: ['read'],
  explain: ['read'],
  translat: ['read'],
  extract: ['read'],
  research: ['read'],
  compar: ['read'],
  audit: ['read'],
  investigat: ['read'],
  // changing records
  creat: ['write'],
  updat: ['write'],
  edit: ['write'],
  draft: ['write'],
  writ: ['write'],
  add: ['write', 'identity'],
  file: ['write'],
  log: ['write'],
  record: ['write'],
  // booking, ordering and cancelling commit (or return) money as well as records
  book: ['write', 'payment'],
  rebook: ['write', 'payment'],
  reserv: ['write', 'payment'],
  order: ['write', 'payment'],
  cancel: ['write', 'delete', 'payment'],
  exchang: ['write', 'payment'],
  schedul: ['write'],
  reschedul: ['write'],
  plan: ['write'],
  organi: ['write'],
  tag: ['write'],
  label: ['write'],
  move: ['write'],
  renam: ['write'],
  fill: ['write'],
  upload: ['write'],
  sav: ['write'],
  sync: ['write'],
  import: ['write'],
  merg: ['write'],
  commit: ['write'],
  fix: ['write', 'execute'],
  resolv: ['write'],
  close: ['write'],
  assign: ['write'],
  comment: ['write'],
  compil: ['write'],
  assembl: ['write'],
  prepar: ['write'],
  generat: ['write'],
  produc: ['write'],
  // communicating
  send: ['write', 'send'],
  repl: ['write', 'send'],
  respond: ['write', 'send'],
  email: ['write', 'send'],
  mail: ['write', 'send'],
  notif: ['write', 'send'],
  forward: ['write', 'send'],
  share: ['write', 'send'],
  post: ['write', 'send'],
  messag: ['write', 'send'],
  invit: ['write', 'send'],
  announc: ['write', 'send'],
  remind: ['write', 'send'],
  contact: ['write', 'send'],
  // money
  pay: ['write', 'payment'],
  transfer: ['write', 'payment'],
  refund: ['write', 'payment'],
  reimburs: ['write', 'payment'],
  settl: ['write', 'payment'],
  charg: ['write', 'payment'],
  payout: ['write', 'payment'],
  wire: ['write', 'payment'],
  purchas: ['write', 'payment'],
  buy: ['write', 'payment'],
  // removing
  delet: ['write', 'delete'],
  remov: ['write', 'delete'],
  clean: ['write', 'delete'],
  purg: ['write', 'delete'],
  archiv: ['write', 'delete'],
  prun: ['write', 'delete'],
  // operating systems
  deploy: ['write', 'execute', 'admin'],
  releas: ['write', 'execute', 'admin'],
  rollback: ['write', 'execute', 'admin'],
  restart: ['write', 'execute', 'admin'],
  configur: ['write', 'admin'],
  scal: ['write', 'admin'],
  migrat: ['write', 'execute', 'admin'],
  patch: ['write', 'execute', 'admin'],
  upgrad: ['write', 'execute', 'admin'],
  install: ['write', 'execute', 'admin'],
  run: ['execute'],
  execut: ['execute'],
  build: ['write', 'execute'],
  test: ['execute'],
  // identities and access
  onboard: ['write', 'identity'],
  offboard: ['write', 'identity', 'delete'],
  grant: ['write', 'identity'],
  revok: ['write', 'identity'],
  rotat: ['write', 'identity'],
  provision: ['write', 'identity', 'admin'],
  deprovision: ['write', 'identity', 'delete'],
  permission: ['identity'],
  password: ['identity'],
};

/** Words shorter than a stem still match it exactly ("pay", "run", "log"). */
function matchesStem(word: string, stem: string): boolean {
  return word === stem || (stem.length >= 3 && word.startsWith(stem) && word.length - stem.length <= 6);
}

/** The categories a request calls for, with the words that said so. */
export interface CalledCategories {
  categories: ReadonlySet<ActionCategory>;
  verbs: readonly string[];
}

type TaskCategories = CalledCategories | undefined;

/** Task descriptions repeat (the same task, many actions): parse each once. */
const taskCache = new Map<string, TaskCategories>();
const TASK_CACHE_LIMIT = 10_000;

/**
 * The categories a task description calls for, with the verbs that said so; undefined when no verb
 * is known. Cached per description for the built-in vocabulary.
 */
export function categoriesForTask(
  description: string,
  extraVerbs: Readonly<Record<string, readonly ActionCategory[]>> = {},
): TaskCategories {
  if (Object.keys(extraVerbs).length > 0) return parseTask(description, extraVerbs);
  let cached = taskCache.get(description);
  if (cached === undefined && !taskCache.has(description)) {
    cached = parseTask(description, extraVerbs);
    if (taskCache.size >= TASK_CACHE_LIMIT) taskCache.clear();
    taskCache.set(description, cached);
  }
  return cached;
}

function parseTask(
  description: string,
  extraVerbs: Readonly<Record<string, readonly ActionCategory[]>> = {},
): TaskCategories {
  const words = description.toLowerCase().match(/[a-z]+/g) ?? [];
  const categories = new Set<ActionCategory>(['read']);
  const verbs: string[] = [];
  const vocab = { ...TASK_VERBS, ...extraVerbs };
  for (const word of words) {
    for (const [stem, cats] of Object.entries(vocab)) {
      if (matchesStem(word, stem)) {
        verbs.push(word);
        for (const c of cats) categories.add(c);
      }
    }
  }
  return verbs.length === 0 ? undefined : { categories, verbs: [...new Set(verbs)] };
}

const CATEGORY_WORDS: Readonly<Record<string, ActionCategory | 'all'>> = {
  read: 'read',
  readonly: 'read',
  get: 'read',
  list: 'read',
  view: 'read',
  write: 'write',
  modify: 'write',
  compose: 'write',
  create: 'write',
  edit: 'write',
  send: 'send',
  delete: 'delete',
  admin: 'admin',
  manage: 'all',
  full: 'all',
  all: 'all',
  execute: 'execute',
  exec: 'execute',
  run: 'execute',
  identity: 'identity',
  iam: 'identity',
  payment: 'payment',
  payments: 'payment',
  pay: 'payment',
};

/** Category words that name what is acted on rather than the act (`payments`, `iam`). */
const NOUN_CATEGORY_WORDS: ReadonlySet<string> = new Set(['identity', 'iam', 'payment', 'payments']);

/** What a scope of a given verb allows: write includes read; send includes read and write. */
function verbAllows(verb: ActionCategory | 'all', category: ActionCategory): boolean {
  if (verb === 'all' || verb === category) return true;
  if (verb === 'write') return category === 'read';
  if (verb === 'send') return category === 'read' || category === 'write';
  if (verb === 'admin') return category !== 'payment' && category !== 'identity';
  return false;
}

function tokens(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Whether a declared scope covers the event's action. Understands exact APIs (`s3:GetObject`), API
 * prefixes (`gmail.users.messages`), globs (`s3:Get*`), OAuth-style URLs (last path segment) and
 * `resource.verb` pairs (`gmail.send`, `calendar.readonly`, `payments:write`, `crm`).
 */
export function scopeCovers(scope: string, event: AgentEvent): boolean {
  if (scopeNamesApi(scope, event.action.api)) return true;
  let s = scope.trim().toLowerCase();
  if (s.includes('://')) s = s.slice(s.lastIndexOf('/') + 1);
  const category = actionCategory(event);
  const parts = tokens(s);
  const last = parts[parts.length - 1];
  const verb = last !== undefined ? CATEGORY_WORDS[last] : undefined;
  const actionTokens = new Set([...tokens(event.action.api), ...tokens(event.action.service ?? '')]);
  // A scope named by what it moves (`ap-payments` for `Payments.CreatePayment`) may carry a
  // department's initials: they qualify whose money, not what is done to it, where the API itself
  // names what the scope moves (`ar-payments` does not grant `treasury.transfers.create`).
  const qualified = verb !== undefined ? parts.slice(0, -1) : parts;
  const resourceParts =
    last !== undefined && NOUN_CATEGORY_WORDS.has(last) && hasWordForm(actionTokens, last)
      ? qualified.filter((p) => p.length > 2)
      : qualified;
  // The resource's type counts too, for a read or a write, when the scope has a part the API or its
  // service names: `drive.file` grants what is done to files on drive, whatever the API calls the
  // action (`docs.spreadsheet.update` of a `file`). Not a scope of one word (`users` would grant a role
  // assignment on a user, `accounts` a wire from one), and not a dangerous action or an export
  // (`drive.file` does not grant a permission change, `crm.record` not a dump of the CRM).
  const namedIn = (within: ReadonlySet<string>) => (p: string) =>
    hasWordForm(within, p) ||
    CATEGORY_WORDS[p] === category ||
    someToken(within, (t) => compoundOf(p, t) || compoundOf(t, p));
  const names = namedIn(actionTokens);
  // Built only for a scope that gets that far: most are decided by the API's own words.
  let typeNamedIn: ((p: string) => boolean) | undefined;
  const typeNamed = (p: string) =>
    (typeNamedIn ??= namedIn(new Set([...actionTokens, ...tokens(event.resource?.type ?? '')])))(p);
  // Every part, or the most specific one: `directory.group` covers `idp.groups.members.add` (the
  // provider's product name and the API's service differ; what both name is the resource).
  const lastResource = resourceParts[resourceParts.length - 1];
  const resourceMatch =
    resourceParts.length === 0 ||
    resourceParts.every(names) ||
    (resourceParts.length > 1 &&
      ((category === 'read' && !isBulkRead(event)) || category === 'write') &&
      resourceParts.some(names) &&
      resourceParts.every(typeNamed)) ||
    (resourceParts.length > 1 &&
      lastResource !== undefined &&
      CATEGORY_WORDS[lastResource] === undefined &&
      names(lastResource));
  if (!resourceMatch) return false;
  if (verb === undefined) return resourceParts.length > 0;
  // The scope's verb and every one of its resource words are the API's own (`billing.refunds.create`
  // for `RefundService/CreateRefund`): what it grants is that very call, whatever category it is.
  return (
    verbAllows(verb, category) ||
    (last !== undefined && actionTokens.has(last) && resourceParts.length > 0 && resourceParts.every(names))
  );
}

/**
 * Whether a scope names what `api` acts on, not only how: the API itself (exact, prefix, glob), or a
 * word of the scope other than an access word (`read`, `write`, `full`) among the API's words
 * (`returns` for `returns.lookup`). `read_write` covers a read by its category alone and names nothing.
 */
export function scopeNamesObjectOf(scope: string, api: string): boolean {
  if (scopeNamesApi(scope, api)) return true;
  let s = scope.trim().toLowerCase();
  if (s.includes('://')) s = s.slice(s.lastIndexOf('/') + 1);
  const apiTokens = new Set(tokens(api));
  return tokens(s).some((t) => CATEGORY_WORDS[t] === undefined && t.length > 2 && hasWordForm(apiTokens, t));
}

/** Whether `words` holds `word`, or it with a plural `s` added or taken off (`refunds`, `refund`). */
function hasWordForm(words: ReadonlySet<string>, word: string): boolean {
  return words.has(word) || words.has(word.replace(/s$/, '')) || words.has(`${word}s`);
}

function someToken(tokens: ReadonlySet<string>, test: (token: string) => boolean): boolean {
  for (const token of tokens) if (test(token)) return true;
  return false;
}

/** English endings that make another form of the same word (`enroll`, `enrollments`). Grammar only. */
const WORD_ENDINGS = /^(?:s|es|ed|ing|ings|er|ers|ment|ments|ion|ions|ation|ations)$/;

/**
 * Whether word `whole` is `part` written another way: one letter before it (`email` and `gmail` of
 * `mail`) or an ending after it (`enrollments` of `enroll`). Not a word joined to another
 * (`createreview` is not `create`), not a prefix that turns it round (`unlock`, `remove`,
 * `uninstall`), and parts of four letters or more.
 */
function compoundOf(whole: string, part: string): boolean {
  if (part.length < 4 || whole.length <= part.length) return false;
  if (whole.endsWith(part)) return whole.length - part.length === 1;
  return whole.startsWith(part) && WORD_ENDINGS.test(whole.slice(part.length));
}

/** Lower case alphanumerics only, so "ACC-123" and "acc 123" compare equal. */
export function normaliseToken(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9@.]+/g, '');
}
