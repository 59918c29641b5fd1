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
  /** Whether established agents named addresses at `domain` in clean events on two days or more. */
  has(domain: string): boolean;
  /**
   * The first domain `matches` accepts that is a correspondent (two days or more) named since before
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
  /** Per domain, the first and last day (epoch days) it was named and on how many days. */
  private readonly domains = new Map<string, { first: number; day: number; days: number }>();

  /** Counts the domain of each address among `values`, named at event time `ts`. */
  observe(values: Iterable<string>, ts: number): void {
    const day = Math.floor(ts / DAY_MS);
    for (const value of values) {
      const domain = emailDomain(value);
      if (domain === undefined) continue;
      const seen = this.domains.get(domain);
      if (seen === undefined) {
        if (this.domains.size < MAX_DOMAINS) this.domains.set(domain, { first: day, day, days: 1 });
      } else if (day > seen.day) {
        seen.day = day;
        seen.days += 1;
      }
    }
  }

  has(domain: string): boolean {
    return (this.domains.get(domain.toLowerCase())?.days ?? 0) >= MIN_DAYS;
  }

  genuineFor(domain: string, matches: (genuine: string) => boolean): string | undefined {
    const own = this.domains.get(domain.toLowerCase());
    for (const [genuine, seen] of this.domains) {
      if (seen.days < MIN_DAYS || genuine === domain) continue;
      if (own !== undefined && (seen.first >= own.first || seen.days <= own.days)) continue;
      if (matches(genuine)) return genuine;
    }
    return undefined;
  }
}
