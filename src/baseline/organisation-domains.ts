import { emailDomain } from '../events/event-keys.js';

/** Distinct owner addresses remembered; past it, no new owner is counted (memory stays bounded). */
const MAX_OWNERS = 10_000;

/** Owners a domain needs before it counts: one person's private address is not the organisation's. */
const MIN_OWNERS = 3;

/**
 * Share of the owners with an address a domain needs: the organisation's own is most owners'
 * (a few staff who registered agents from a public provider do not make it inside).
 */
const MIN_SHARE = 0.5;

/**
 * The organisation's own mail domain, learned from the owners of its established agents: the people
 * accountable for agents are its staff, so the domain most owners' addresses share (at least
 * `MIN_OWNERS` of them, and `MIN_SHARE` of every owner with an address) is inside. A personal
 * assistant whose owner is named without an address then mails colleagues at that domain as inside
 * mail. Owners of third-party agents are the vendor's people and do not count; an agent counts once
 * out of learning. Learned in event order and from the baselines loaded from the store, and kept in
 * memory: a replay learns what the live run learned, and a restarted process (or the check API) from
 * the baselines it loads. Instances of one consumer group each learn from the agents they hold.
 */
export class OrganisationDomains {
  private readonly owners = new Set<string>();
  private readonly perDomain = new Map<string, number>();
  private inside: ReadonlySet<string> = new Set();

  /** The domains that count as inside so far (a set replaced, never changed, when they change). */
  get domains(): ReadonlySet<string> {
    return this.inside;
  }

  /** Counts the owner of an established agent, once per distinct address (case folded). */
  observe(owner: string | undefined, agentType: string | undefined): void {
    if (owner === undefined || agentType === 'third_party' || this.owners.has(owner)) return;
    if (this.owners.size >= MAX_OWNERS) return;
    this.owners.add(owner);
    const address = owner.trim().toLowerCase();
    const domain = emailDomain(address);
    // The same person written in another case is one owner.
    if (domain === undefined || (address !== owner && this.owners.has(address))) return;
    this.owners.add(address);
    this.perDomain.set(domain, (this.perDomain.get(domain) ?? 0) + 1);
    let withAddress = 0;
    for (const n of this.perDomain.values()) withAddress += n;
    const inside = new Set<string>();
    for (const [d, n] of this.perDomain) if (n >= MIN_OWNERS && n >= MIN_SHARE * withAddress) inside.add(d);
    if (inside.size !== this.inside.size || [...inside].some((d) => !this.inside.has(d)))
      this.inside = inside;
  }
}
