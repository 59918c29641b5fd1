import type { AgentEvent } from '../../schemas/event.js';
import {
  accountShaped,
  accountParameterValues,
  partyIds,
  resourceObject,
  valueTokens,
} from '../events/event-keys.js';

/** Parties remembered: past it, the party met longest ago is dropped (memory stays bounded). */
const MAX_PARTIES = 50_000;

/** Accounts kept per party: a record holds a bank account or two, not a list. */
const MAX_ACCOUNTS = 4;

/** A type word before a colon, and what follows it. */
const TYPE_WORD_PREFIX = /^[a-z][a-z_-]{1,23}:(.+)$/;

/** What a detector may ask of the accounts the organisation keeps on file for its parties. */
export interface PartyAccountsView {
  /**
   * Whether `account` is on file for a party that `parties` names (see `partyIds`): an agent other
   * than `payer` wrote it cleanly into the party's record as its first account (see
   * {@link PartyAccounts}).
   */
  onFileFor(account: string, parties: readonly string[], payer: string): boolean;
}

interface PartyRecord {
  /** The accounts of the party's latest clean write, lower case. */
  onFile: string[];
  /** The agent that wrote them. */
  writer: string;
  /** Whether that write replaced an account the party had before (it was paid at, or recorded). */
  changed: boolean;
  /** Every account the party was seen with: recorded, or paid at by any agent. */
  seen: string[];
}

/**
 * The bank accounts the organisation's agents wrote cleanly into new parties' records (a supplier
 * onboarded with its IBAN, a seller's payout account): the vendor master a payment run pays from. A
 * payment that names the party and pays the account its record holds pays whom the organisation
 * recorded, even when the paying agent never paid it before.
 *
 * Only onboarding counts, never a change: a write that gives a party another account than one it
 * was paid at or recorded with before is the shape of invoice fraud (the bank details changed at a
 * look-alike's request, paid in the next run), and its first payment is judged as before, even when
 * no detector questioned the write. Only another agent's write counts (an agent cannot ground its
 * own payment by writing the record itself), and a write a detector questioned records nothing.
 * Learned in event order and kept in memory (a restarted process learns it again); each instance of
 * a consumer group learns from the agents it holds.
 */
export class PartyAccounts implements PartyAccountsView {
  private readonly parties = new Map<string, PartyRecord>();

  /** Records the accounts a clean write of a party's record holds, if it holds any. */
  record(event: AgentEvent): void {
    const accounts = accountsOf(event);
    if (accounts.length === 0) return;
    for (const id of partyIds(event, accounts)) {
      const before = this.parties.get(id);
      const changed = before !== undefined && before.seen.some((account) => !accounts.includes(account));
      this.put(id, {
        onFile: accounts,
        writer: event.agent.id,
        changed: changed || before?.changed === true,
        seen: merged(before?.seen, accounts),
      });
    }
  }

  /** Notes the accounts a payment (clean or not) paid its parties at: a later write is then a change. */
  paid(event: AgentEvent): void {
    const accounts = accountsOf(event, true);
    if (accounts.length === 0) return;
    for (const id of partyIds(event, accounts)) {
      const before = this.parties.get(id);
      if (before === undefined) this.put(id, { onFile: [], writer: '', changed: false, seen: accounts });
      else before.seen = merged(before.seen, accounts);
    }
  }

  onFileFor(account: string, parties: readonly string[], payer: string): boolean {
    const wanted = accountForms(account);
    for (const id of parties) {
      const record = this.parties.get(id);
      if (record === undefined || record.changed || record.writer === payer) continue;
      if (wanted.some((form) => record.onFile.includes(form))) return true;
    }
    return false;
  }

  private put(id: string, record: PartyRecord): void {
    this.parties.delete(id);
    if (this.parties.size >= MAX_PARTIES) {
      const oldest = this.parties.keys().next().value;
      if (oldest !== undefined) this.parties.delete(oldest);
    }
    this.parties.set(id, record);
  }
}

/**
 * The accounts an event's parameters hold, lower case: by their shape (an IBAN, a routed number, six
 * digits or more), or any value with a digit under an account key (`account: AU:BSB971049:58268720`);
 * for a payment also its resource's own account (`payee:GB40BARC…`).
 */
function accountsOf(event: AgentEvent, payment = false): string[] {
  const accounts: string[] = [];
  const keyed = accountParameterValues(event);
  const add = (value: string) => {
    const account = value.toLowerCase();
    if (accounts.length < MAX_ACCOUNTS && !accounts.includes(account)) accounts.push(account);
  };
  for (const value of Object.values(event.action.parameters ?? {})) {
    if (typeof value !== 'string') continue;
    for (const part of valueTokens(value))
      if (accountShaped(part) || (keyed.has(part) && /\d/.test(part))) add(part);
  }
  const resource = event.resource?.id;
  if (payment && resource !== undefined)
    for (const form of accountForms(resource).slice(1)) if (accountShaped(form)) add(form);
  return accounts;
}

/** `before` and `accounts`, without repeats, the latest kept when over the bound. */
function merged(before: readonly string[] | undefined, accounts: readonly string[]): string[] {
  const out = (before ?? []).filter((account) => !accounts.includes(account));
  out.push(...accounts);
  return out.slice(-MAX_ACCOUNTS);
}

/**
 * An account as written, as the own part of a typed id (`GB40BARC…` of `payee:GB40BARC…`), and behind
 * its type word (`AU:BSB971049:58268720` of `payee:AU:BSB971049:58268720`), in lower case.
 */
function accountForms(account: string): string[] {
  const whole = account.trim().toLowerCase();
  const out = [whole];
  const own = resourceObject(whole);
  if (own !== undefined && !out.includes(own)) out.push(own);
  const untyped = TYPE_WORD_PREFIX.exec(whole)?.[1];
  if (untyped !== undefined && !out.includes(untyped)) out.push(untyped);
  return out;
}
