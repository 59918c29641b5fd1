import { emailDomain } from '../events/event-keys.js';

/** Distinct owner addresses remembered; past it, no new owner is counted (memory stays bounded). */
const MAX_OWNERS = 10_000;

/** Distinct bare person ids (owners and people served, named without a mail domain) remembered. */
const MAX_PEOPLE = 10_000;

/** Mail domains tracked for mailboxes named like the organisation's people. */
const MAX_MAIL_DOMAINS = 256;

/** Mailboxes named like its people counted per domain: past it the domain has shown enough. */
const MAX_MAILBOXES_PER_DOMAIN = 64;

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
 *
 * Where owners and the people agents act for are named without an address (`lmarsh`, an employee
 * number), the domain comes from clean mail instead: the domain at which agents of at least
 * `MIN_OWNERS` owners reached at least `MIN_OWNERS` mailboxes named like those people (`lmarsh@…`),
 * and `MIN_SHARE` of every such mailbox, is theirs. Mail to the sender's own name elsewhere (personal
 * forwarding) does not count, and one agent, or one owner's agents, cannot make a domain inside by
 * mailing three made-up colleagues there. Customers at a public provider are not named like staff.
 * This part is learned from events only: a restarted process learns it again.
 */
export class OrganisationDomains {
  private readonly owners = new Set<string>();
  private readonly perDomain = new Map<string, number>();
  private readonly people = new Set<string>();
  /** Per domain: the mailboxes named like people mailed there, and the owners of the agents that did. */
  private readonly mailboxes = new Map<string, { mailboxes: Set<string>; owners: Set<string> }>();
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
    if (domain === undefined) {
      this.observePerson(address);
      return;
    }
    // The same person written in another case is one owner.
    if (address !== owner && this.owners.has(address)) return;
    this.owners.add(address);
    this.perDomain.set(domain, (this.perDomain.get(domain) ?? 0) + 1);
    this.recompute();
  }

  /** Remembers a person named without a mail domain (an owner, someone an agent acts for). */
  observePerson(id: string | undefined): void {
    // Runs for every event: the common case, a person already known as written, allocates nothing.
    if (id === undefined || this.people.has(id) || id.includes('@') || this.people.size >= MAX_PEOPLE) return;
    this.people.add(id.trim().toLowerCase());
  }

  /**
   * Counts a mailbox an agent of `owner` mailed cleanly for `sender` (the person it acted for, or its
   * owner), when it is named like one of the people and is not the sender's own: mail to oneself at
   * another domain is personal forwarding (`jdoe@gmail.com`), not a colleague's mailbox.
   */
  observeRecipient(address: string, owner: string, sender: string | undefined): void {
    const at = address.lastIndexOf('@');
    if (at <= 0 || this.people.size === 0) return;
    const local = address.slice(0, at).toLowerCase();
    if (!this.people.has(local)) return;
    if (local === owner.trim().toLowerCase() || local === sender?.trim().toLowerCase()) return;
    const domain = emailDomain(address);
    if (domain === undefined) return;
    let seen = this.mailboxes.get(domain);
    if (seen === undefined) {
      if (this.mailboxes.size >= MAX_MAIL_DOMAINS) return;
      seen = { mailboxes: new Set(), owners: new Set() };
      this.mailboxes.set(domain, seen);
    }
    const before = seen.mailboxes.size + seen.owners.size;
    if (seen.mailboxes.size < MAX_MAILBOXES_PER_DOMAIN) seen.mailboxes.add(local);
    if (seen.owners.size < MIN_OWNERS) seen.owners.add(owner);
    if (seen.mailboxes.size + seen.owners.size !== before) this.recompute();
  }

  private recompute(): void {
    const inside = new Set<string>();
    let withAddress = 0;
    for (const n of this.perDomain.values()) withAddress += n;
    for (const [d, n] of this.perDomain) if (n >= MIN_OWNERS && n >= MIN_SHARE * withAddress) inside.add(d);
    let named = 0;
    for (const seen of this.mailboxes.values()) named += seen.mailboxes.size;
    for (const [d, seen] of this.mailboxes)
      if (
        seen.mailboxes.size >= MIN_OWNERS &&
        seen.owners.size >= MIN_OWNERS &&
        seen.mailboxes.size >= MIN_SHARE * named
      )
        inside.add(d);
    if (inside.size !== this.inside.size || [...inside].some((d) => !this.inside.has(d)))
      this.inside = inside;
  }
}
