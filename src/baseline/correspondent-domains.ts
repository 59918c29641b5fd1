import { emailDomain } from '../events/event-keys.js';

/** Domains remembered: past it, no new one is added (memory stays bounded whatever the fleet). */
const MAX_DOMAINS = 4_096;

/**
 * Days a domain must be named on before it is a correspondent: a phishing mail read once, from a
 * near-copy, does not make its domain one the organisation deals with.
 */
const MIN_DAYS = 2;

const DAY_MS = 86_400_000;

/** What a detector may ask of the domains the organisation's agents correspond with. */
export interface CorrespondentDomainsView {
  /**
   * Whether established agents named addresses at `domain` in clean events on two days or more, or
   * wrote it into a record (a new supplier's vendor record).
   */
  has(domain: string): boolean;
  /** Whether established agents named `domain` in clean events on two days or more (a record alone does not do). */
  namedOnDays(domain: string): boolean;
  /**
   * The first domain `matches` accepts that is a correspondent (see `has`) named since before
   * `domain` was first named and on more days than it, or undefined (walks every domain: call
   * rarely).
   */
  genuineFor(domain: string, matches: (genuine: string) => boolean): string | undefined;
}

/**
 * The mail domains the organisation's established agents named in clean events on two days or more
 * (a recipient, a supplier's billing address its mail comes from): whom the organisation corresponds
 * with, across every agent. A request to change a supplier's bank details that comes from a
 * near-copy of a domain another agent reads mail from (`granitepavings.com` beside
 * `granitepaving.com`) is the shape of business mail compromise, even for an agent that never met
 * either. Learned in event order, kept
 * in memory (a restarted process learns it again); each instance of a consumer group learns from the
 * agents it holds.
 */
export class CorrespondentDomains implements CorrespondentDomainsView {
  /**
   * Per domain, the first and last day (epoch days) it was named, on how many days, and whether a
   * clean write named it (the organisation recorded the party).
   */
  private readonly domains = new Map<
    string,
    { first: number; day: number; days: number; recorded: boolean }
  >();

  /**
   * Counts the domain of each address among `values`, named at event time `ts`; `recorded` when a
   * clean write of a party's record named them, whose bare domains count too (a vendor record's
   * `domain`). A bare domain named anywhere else (a lookup, a blocklist) is no party's.
   */
  observe(values: Iterable<string>, ts: number, recorded = false): void {
    const day = Math.floor(ts / DAY_MS);
    for (const value of values) {
      const domain = emailDomain(value) ?? (recorded ? bareDomain(value) : undefined);
      if (domain === undefined) continue;
      const seen = this.domains.get(domain);
      if (seen === undefined) {
        if (this.domains.size < MAX_DOMAINS) this.domains.set(domain, { first: day, day, days: 1, recorded });
        continue;
      }
      if (recorded) seen.recorded = true;
      if (day > seen.day) {
        seen.day = day;
        seen.days += 1;
      }
    }
  }

  has(domain: string): boolean {
    const seen = this.domains.get(domain.toLowerCase());
    return seen !== undefined && correspondent(seen);
  }

  namedOnDays(domain: string): boolean {
    return (this.domains.get(domain.toLowerCase())?.days ?? 0) >= MIN_DAYS;
  }

  genuineFor(domain: string, matches: (genuine: string) => boolean): string | undefined {
    const own = this.domains.get(domain.toLowerCase());
    for (const [genuine, seen] of this.domains) {
      if (!correspondent(seen) || genuine === domain) continue;
      if (own !== undefined && (seen.first >= own.first || seen.days <= own.days)) continue;
      if (matches(genuine)) return genuine;
    }
    return undefined;
  }
}

/** Named on `MIN_DAYS` days, or written into a record: a party the organisation deals with. */
function correspondent(seen: { days: number; recorded: boolean }): boolean {
  return seen.days >= MIN_DAYS || seen.recorded;
}

/** A bare domain (`fjordsidehandling.no`): labels and a suffix of letters, no path, no address. */
function bareDomain(value: string): string | undefined {
  const text = value.trim().toLowerCase();
  return /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/.test(text) && !/^www\./.test(text) ? text : undefined;
}
