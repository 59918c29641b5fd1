import { emailDomain } from '../events/event-keys.js';

/** Distinct owner addresses remembered; past it, no new owner is counted (memory stays bounded). */
const MAX_OWNERS = 10_000;

/** Owners a domain needs before it counts: one person's private address is not the organisation's. */
const MIN_OWNERS = 3;

/** Share of the owners with an address a domain needs (an organisation has few domains). */
const MIN_SHARE = 0.2;

/**
 * The organisation's own mail domains, learned from the owners of its agents: the people accountable
 * for agents are its staff, so a domain that several owners' addresses share (at least `MIN_OWNERS`
 * of them, and `MIN_SHARE` of every owner with an address) is inside. A personal assistant whose
 * owner is named without an address then mails colleagues at that domain as inside mail. Owners of
 * third-party agents are the vendor's people and do not count. Learned in event order, from events
 * only: a replay learns what the live run learned.
 */
export class OrganisationDomains {
  private readonly owners = new Set<string>();
  private readonly perDomain = new Map<string, number>();
  private readonly inside = new Set<string>();

  /** The domains that count as inside so far. */
  get domains(): ReadonlySet<string> {
    return this.inside;
  }

  /** Counts the owner of an event's agent, once per distinct owner. */
  observe(owner: string | undefined, agentType: string | undefined): void {
    if (owner === undefined || agentType === 'third_party' || this.owners.has(owner)) return;
    if (this.owners.size >= MAX_OWNERS) return;
    this.owners.add(owner);
    const domain = emailDomain(owner);
    if (domain === undefined) return;
    this.perDomain.set(domain, (this.perDomain.get(domain) ?? 0) + 1);
    let withAddress = 0;
    for (const n of this.perDomain.values()) withAddress += n;
    this.inside.clear();
    for (const [d, n] of this.perDomain)
      if (n >= MIN_OWNERS && n >= MIN_SHARE * withAddress) this.inside.add(d);
  }
}
