/**
 * Whether a declared scope covers an action, for scopes in any vocabulary (service names such as
 * `gmail`, capability words such as `code`, OAuth URLs such as
 * `https://www.googleapis.com/auth/gmail.readonly`, tool names). No vocabulary is built in: a scope
 * covers an action when they share an informative word, and which words are informative is learned
 * from the data itself:
 * - on the scope side, a word found in most of the distinct scopes declared (`https`, `auth`, `com`
 *   in a registry of OAuth URLs) tells scopes apart from nothing and is ignored;
 * - on the traffic side, a word seen with several distinct services (`get`, `list`, `read`, `v1`)
 *   is a verb or a version, not a system, and is ignored.
 * What no word explains (capability words against API names) is learned per agent by the caller:
 * see `AgentFootprint.learnedFamilies` in identity-context.ts.
 */

/** Shortest token kept (`s3`, `hr`). */
const MIN_TOKEN = 2;
/** Tokens this long may match by prefix (`contact` / `contacts`, `calendar` / `calendars`). */
const PREFIX_MIN = 4;
/** A traffic token seen with this many distinct services is generic. */
const GENERIC_SERVICES = 3;
/** A scope token in more than this share of distinct scopes is generic (once there are enough scopes). */
const GENERIC_SCOPE_SHARE = 0.5;
const GENERIC_SCOPE_MIN_SCOPES = 4;
/** Bound on cached token lists (distinct strings tokenised). */
const CACHE_LIMIT = 50_000;

const SPLIT = /[^a-z0-9]+/;

/** Lower-case words of a text: camelCase and every non-alphanumeric character split words. */
export function tokenize(text: string): string[] {
  const spaced = text.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  const out: string[] = [];
  for (const t of spaced.split(SPLIT)) {
    if (t.length < MIN_TOKEN || /^\d+$/.test(t)) continue;
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

function tokensMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < PREFIX_MIN || b.length < PREFIX_MIN) return false;
  return a.startsWith(b) || b.startsWith(a);
}

/** The action words a scope is matched against. */
export interface ActionWords {
  service?: string | undefined;
  api: string;
  resourceType?: string | undefined;
}

/**
 * Token-overlap matcher with learned generic words. `observe` feeds it traffic (which words go
 * with which services); `setScopes` feeds it every scope declared (registry grants, group rights).
 */
export class ScopeMatcher {
  private readonly cache = new Map<string, string[]>();
  /** API -> its words without the HTTP method (see `apiName`): stripped once per distinct API. */
  private readonly apiCache = new Map<string, string[]>();
  /** Traffic token -> services seen with it (dropped once generic). */
  private readonly tokenServices = new Map<string, Set<string>>();
  private readonly genericTraffic = new Set<string>();
  private genericScope = new Set<string>();
  /** Every right a group grants, as a path (an OAuth URL by its last segment), lower case. */
  private named: ReadonlySet<string> = new Set();
  /** Every right a group grants, as its words (an OAuth URL by its last path segment). */
  private rightWords: readonly (readonly string[])[] = [];
  /** API -> whether some group's right is worded as that very action (see `coveringWorded`). */
  private readonly wordedFor = new Map<string, boolean>();

  private tokens(text: string): string[] {
    let t = this.cache.get(text);
    if (t === undefined) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      t = tokenize(text);
      this.cache.set(text, t);
    }
    return t;
  }

  /** The words of an API's name, its HTTP method left out (see `apiName`). */
  private apiTokens(api: string): string[] {
    let t = this.apiCache.get(api);
    if (t === undefined) {
      if (this.apiCache.size >= CACHE_LIMIT) this.apiCache.clear();
      t = tokenize(apiName(api));
      this.apiCache.set(api, t);
    }
    return t;
  }

  /** Learns which traffic words are generic: words that go with many services. */
  observe(action: ActionWords): void {
    const service = action.service;
    if (!service) return;
    for (const token of this.apiTokens(action.api)) {
      if (this.genericTraffic.has(token)) continue;
      let services = this.tokenServices.get(token);
      if (!services) {
        services = new Set();
        this.tokenServices.set(token, services);
      }
      services.add(service);
      if (services.size >= GENERIC_SERVICES) {
        this.genericTraffic.add(token);
        this.tokenServices.delete(token);
      }
    }
  }

  /** Recomputes which scope words are generic from every distinct scope declared. */
  setScopes(scopes: Iterable<string>): void {
    const distinct = new Set(scopes);
    const df = new Map<string, number>();
    for (const s of distinct) for (const t of this.tokens(s)) df.set(t, (df.get(t) ?? 0) + 1);
    const generic = new Set<string>();
    if (distinct.size >= GENERIC_SCOPE_MIN_SCOPES)
      for (const [t, n] of df) if (n / distinct.size > GENERIC_SCOPE_SHARE) generic.add(t);
    this.genericScope = generic;
  }

  /** Informative words of an action (service, API, resource type). */
  actionTokens(action: ActionWords): string[] {
    const out: string[] = [];
    const add = (words: readonly string[]) => {
      for (const t of words) if (!this.genericTraffic.has(t) && !out.includes(t)) out.push(t);
    };
    if (action.service) add(this.tokens(action.service));
    add(this.apiTokens(action.api));
    if (action.resourceType) add(this.tokens(action.resourceType));
    return out;
  }

  /**
   * The first scope of `scopes` that covers `action` as a person's right, or undefined: like
   * `covering`, except that a scope naming a part of a system covers that part only. When the words
   * it shares with the action are only the action's system (its service, or the API's first
   * informative word), every other informative word of the scope must match too: `hr.self-service`
   * shares `hr` with `hr.compensation.get` and grants the self-service part of HR, not pay;
   * `ledger.payment-plans` grants no write-off on the ledger, and `self-service.payroll` no change
   * of anyone's bank details on payroll. An OAuth URL is read by its last path
   * segment (`https://api.example.gov/permits.read` is `permits.read`); words that say what may be
   * done, not where (`read`, `write`, `admin`, and words that go with many services), are left out.
   */
  coveringPart(scopes: readonly string[], action: ActionWords): string | undefined {
    if (scopes.length === 0) return undefined;
    const words = this.actionTokens(action);
    const system = new Set(action.service ? this.tokens(action.service) : []);
    const first = this.apiTokens(action.api).find((t) => !this.genericTraffic.has(t));
    if (first !== undefined) system.add(first);
    for (const s of scopes) {
      if (s === '*') return s;
      const part = s.includes('://') ? s.slice(s.lastIndexOf('/') + 1) : s;
      const informative = this.tokens(part).filter(
        (t) => !this.genericScope.has(t) && !this.genericTraffic.has(t) && !ACCESS_WORDS.has(t),
      );
      let shared = false;
      let beyondSystem = false;
      let unmatched = false;
      for (const t of informative) {
        const w = words.find((word) => tokensMatch(t, word));
        if (w === undefined) unmatched = true;
        else {
          shared = true;
          if (!system.has(w)) beyondSystem = true;
        }
      }
      if (shared && (beyondSystem || !unmatched)) return s;
    }
    return undefined;
  }

  /** Feeds the rights people hold through their groups, for `coveringNamed`. */
  setRights(rights: Iterable<string>): void {
    const named = new Set<string>();
    for (const s of rights) named.add(scopePath(s));
    this.named = named;
    this.rightWords = [...named].map((path) => tokenize(path));
    this.wordedFor.clear();
  }

  /**
   * When the people's rights name `api` itself (a group holds `rcm.adjustment.writeoff`), the first
   * of `scopes` that is that right or one it falls under (`rcm.adjustment`, `rcm.*`, `*`), or null
   * when none is: the organisation wrote a right for this very action, and a sibling
   * (`rcm.adjustment.create`) does not grant it. Undefined when no group right names the API.
   */
  coveringNamed(scopes: readonly string[], api: string): string | null | undefined {
    const path = scopePath(api);
    if (!this.named.has(path)) return undefined;
    for (const s of scopes) {
      const own = scopePath(s);
      if (own === '*' || own === path || path.startsWith(`${own}.`)) return s;
      if (own.endsWith('*') && path.startsWith(own.slice(0, -1))) return s;
    }
    return null;
  }

  /**
   * When some group's right is worded as the action itself, its every word one of the API's, verbs
   * included (`expenses:approve` for `expenses.claims.approve`): the first of `scopes` whose every
   * word is the API's too, or a word granting any change (`expenses`, `expenses:approve`,
   * `expenses:manage`, `*`), or null when none is (`expenses:submit` names another act on the same
   * system). Undefined when no group's right is so worded: the word match decides.
   */
  coveringWorded(scopes: readonly string[], api: string): string | null | undefined {
    const words = this.apiTokens(api);
    let worded = this.wordedFor.get(api);
    if (worded === undefined) {
      worded = this.rightWords.some(
        (right) => right.length >= 2 && right.every((t) => words.some((w) => tokensMatch(t, w))),
      );
      if (this.wordedFor.size >= CACHE_LIMIT) this.wordedFor.clear();
      this.wordedFor.set(api, worded);
    }
    if (!worded) return undefined;
    for (const s of scopes) {
      if (s === '*') return s;
      const own = this.tokens(scopePath(s));
      if (own.length > 0 && own.every((t) => CHANGE_WORDS.has(t) || words.some((w) => tokensMatch(t, w))))
        return s;
    }
    return null;
  }

  /** The first scope of `scopes` that covers `action`, or undefined. `*` covers everything. */
  covering(scopes: readonly string[], action: ActionWords): string | undefined {
    if (scopes.length === 0) return undefined;
    const words = this.actionTokens(action);
    for (const s of scopes) {
      if (s === '*') return s;
      for (const t of this.tokens(s)) {
        if (this.genericScope.has(t)) continue;
        for (const w of words) if (tokensMatch(t, w)) return s;
      }
    }
    return undefined;
  }
}

/**
 * An HTTP method opening a REST API (`POST /v1/posts`, `post https://api.example/v1/posts`,
 * `PATCH v1/items`): how it is called, not a word of its name.
 */
const HTTP_METHOD = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(?=\/|https?:\/\/|[\w{])/i;

/**
 * An API without the HTTP method a REST API opens with: `POST` is no word of `POST /v1/posts`, so
 * it neither becomes a generic word by going with every REST service nor hides a scope's `posts`.
 */
function apiName(api: string): string {
  return api.replace(HTTP_METHOD, '');
}

/** Last words of scopes that grant reading only. */
const READ_ONLY_SCOPE_WORDS: ReadonlySet<string> = new Set([
  'read',
  'readonly',
  'view',
  'viewer',
  'reader',
  'get',
  'list',
  'search',
]);

/** Words of a scope that say what may be done rather than where: reading, and changing or managing. */
export const ACCESS_WORDS: ReadonlySet<string> = new Set([
  ...READ_ONLY_SCOPE_WORDS,
  'write',
  'readwrite',
  'edit',
  'manage',
  'admin',
  'full',
  'all',
  'access',
]);

/** Words of a scope that grant any change of what it names. */
const CHANGE_WORDS: ReadonlySet<string> = new Set([
  'write',
  'readwrite',
  'edit',
  'manage',
  'admin',
  'full',
  'all',
  'access',
]);

/** Whether a scope grants reading only, by its last word (`invoices.view`, `files:read`, `readonly`). */
export function grantsReadingOnly(scope: string): boolean {
  const last = scope
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean)
    .at(-1);
  return last !== undefined && READ_ONLY_SCOPE_WORDS.has(last);
}

/** The family of an action for grants and footprints: its service, else its API. */
export function actionFamily(action: { service?: string | undefined; api: string }): string {
  return action.service ?? action.api;
}

/**
 * A scope or an API as a path to compare: an OAuth URL by its last segment, lower case, its parts
 * joined by dots whatever separated them (`cards:credit_limit:set` is `cards.credit_limit.set`).
 */
function scopePath(scope: string): string {
  const trimmed = scope.trim().toLowerCase();
  const path = trimmed.includes('://') ? trimmed.slice(trimmed.lastIndexOf('/') + 1) : trimmed;
  return path.replace(/[:/]/g, '.');
}
