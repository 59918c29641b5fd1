import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../schemas/event.js';
import { registryRecordSchema } from '../../schemas/registry.js';
import { IdentityContext } from '../../src/registry/identity-context.js';
import { parseIdentityRecord } from '../../src/registry/identity-records.js';
import { ScopeMatcher, tokenize } from '../../src/registry/scope-match.js';

const event = (id: string, agentId: string, extra: Record<string, unknown> = {}) =>
  eventSchema.parse({
    event_id: id,
    ts: '2026-03-02T10:00:00Z',
    agent: { id: agentId },
    action: { api: 'invoices.list', service: 'invoices' },
    ...extra,
  });

describe('scope matching without a built-in vocabulary', () => {
  it('splits camelCase, punctuation and URLs into words', () => {
    expect(tokenize('https://www.googleapis.com/auth/gmail.readonly')).toEqual([
      'https',
      'www',
      'googleapis',
      'com',
      'auth',
      'gmail',
      'readonly',
    ]);
    expect(tokenize('s3:GetObject')).toEqual(['s3', 'get', 'object']);
  });

  it('matches service names, OAuth URLs and prefixes; ignores words common to every scope', () => {
    const m = new ScopeMatcher();
    const urls = ['gmail.send', 'calendar', 'drive.file', 'contacts.readonly'].map(
      (s) => `https://www.googleapis.com/auth/${s}`,
    );
    m.setScopes(urls);
    expect(m.covering(urls, { service: 'gmail', api: 'gmail.users.messages.send' })).toBe(urls[0]);
    expect(m.covering(urls, { api: 'GET /v1/contact/{id}' })).toBe(urls[3]);
    // "https", "auth", "com" are in every scope: a URL-shaped API shares them and is still not covered.
    expect(m.covering(urls, { service: 'auth-service', api: 'https.com.rotate' })).toBeUndefined();
    expect(m.covering(['*'], { api: 'anything' })).toBe('*');
  });

  it("reads no HTTP method as a word of a REST API: `POST` on every service leaves a scope's `posts` its own", () => {
    const m = new ScopeMatcher();
    const rights = ['https://api.fanout.example/auth/posts.write'];
    m.setScopes(rights);
    for (const service of ['billing', 'crm', 'tickets', 'hr'])
      m.observe({ service, api: `POST /v1/${service}/items` });
    m.observe({ service: 'ads', api: 'post https://api.ads.example/v1/items' });
    m.observe({ service: 'files', api: 'POST v1/files' });
    const publish = { service: 'fanout', api: 'publish_post', resourceType: 'social_account' };
    expect(m.coveringPart(rights, publish)).toBe(rights[0]);
    // The method is no word of the API either: a `post` right does not cover every REST write.
    expect(m.covering(['post'], { service: 'crm', api: 'POST /v1/crm/items' })).toBeUndefined();
  });

  it("reads a person's right that names a part of a system as that part only", () => {
    const m = new ScopeMatcher();
    const rights = ['hr.self-service', 'https://api.city.example/permits.read', 'ledger'];
    m.setScopes(rights);
    const pay = { service: 'workday', api: 'hr.compensation.get' };
    // Shares only the system word `hr`, and names another part of it.
    expect(m.covering(rights, pay)).toBe('hr.self-service');
    expect(m.coveringPart(rights, pay)).toBeUndefined();
    expect(m.coveringPart(['hr.compensation.read'], pay)).toBe('hr.compensation.read');
    expect(m.coveringPart(['hr'], pay)).toBe('hr');
    // An OAuth URL by its last segment, its access word left out: the whole of `permits`.
    expect(m.coveringPart(rights, { service: 'accela', api: 'permits.applications.get' })).toBe(rights[1]);
    expect(m.coveringPart(rights, { api: 'ledger.accounts.writeoff' })).toBe('ledger');
    expect(m.coveringPart(['ledger.payment-plans'], { api: 'ledger.accounts.writeoff' })).toBeUndefined();
    // A right whose last word is the action's system still names only a part of it.
    expect(
      m.coveringPart(['self-service.payroll'], { service: 'workday', api: 'payroll.bank_account.update' }),
    ).toBeUndefined();
  });

  it('learns verbs from traffic: a word seen with three services no longer matches', () => {
    const m = new ScopeMatcher();
    expect(m.covering(['list'], { service: 'crm', api: 'crm.list' })).toBe('list');
    for (const service of ['a', 'b', 'c']) m.observe({ service, api: `${service}.list` });
    expect(m.covering(['list'], { service: 'crm', api: 'crm.list' })).toBeUndefined();
  });
});

describe('IdentityContext', () => {
  it('keeps the newest version of a record by updated_at', () => {
    const identity = new IdentityContext();
    const v = (owner: string, updated: string) =>
      registryRecordSchema.parse({ agent_id: 'a1', owner, updated_at: updated });
    identity.upsertAgent(v('new@x', '2026-03-02T00:00:00Z'));
    identity.upsertAgent(v('old@x', '2026-01-01T00:00:00Z'));
    expect(identity.agent('a1')?.owner).toBe('new@x');
    identity.upsertAgent(v('newer@x', '2026-04-01T00:00:00Z'));
    expect(identity.agent('a1')?.owner).toBe('newer@x');
  });

  it('answers a lookup with the record as it is now, also right after the same agent was asked for', () => {
    const identity = new IdentityContext();
    expect(identity.agent('a1')).toBeUndefined();
    identity.upsertAgent(registryRecordSchema.parse({ agent_id: 'a1', owner: 'one@x' }));
    expect(identity.agent('a1')?.owner).toBe('one@x');
    identity.upsertAgent(registryRecordSchema.parse({ agent_id: 'a2', owner: 'two@x' }));
    expect([identity.agent('a2')?.owner, identity.agent('a1')?.owner]).toEqual(['two@x', 'one@x']);
  });

  it('fills the inventory from events: credentials, origins, delegation and people', () => {
    const identity = new IdentityContext();
    identity.learn(event('e1', 'a1', { credential: { id: 'k1' }, source_ip: '10.0.0.1' }), true);
    identity.learn(
      event('e2', 'a2', {
        credential: { id: 'k1' },
        on_behalf_of: { id: 'a1', type: 'agent' },
        delegation_chain: ['a1', 'a2'],
      }),
      true,
    );
    identity.learn(event('e3', 'a1', { on_behalf_of: { id: 'u@x', type: 'user' } }), true);
    expect([...(identity.credentialAgents('k1') ?? [])]).toEqual(['a1', 'a2']);
    expect(identity.footprint('a1')?.origins.has('ip:10.0.0.1')).toBe(true);
    expect([...(identity.footprint('a2')?.parents ?? [])]).toEqual(['a1']);
    expect([...(identity.footprint('a1')?.users ?? [])]).toEqual(['u@x']);
    expect(identity.footprint('a1')?.events).toBe(2);
    expect(identity.seenSize).toBe(2);
  });

  it('attributes what a capability-word grant covers to the one unexplained scope', () => {
    const identity = new IdentityContext();
    identity.upsertAgent(
      registryRecordSchema.parse({ agent_id: 'a1', scopes_granted: ['invoices', 'code'] }),
    );
    identity.learn(event('e1', 'a1'), true);
    identity.learn(event('e2', 'a1', { action: { api: 'git.push', service: 'github' } }), true);
    const fp = identity.footprint('a1');
    expect(fp?.scopeLastUsed.has('invoices')).toBe(true);
    expect(fp?.learnedFamilies.get('github')).toBe('code');
  });

  it('gives each person the scopes of their groups, undefined when no group says', () => {
    const identity = new IdentityContext();
    for (const line of [
      '{"id":"u1","groups":["fin","x"]}',
      '{"id":"u2","groups":["x"]}',
      '{"kind":"group","id":"fin","scopes":["invoices"]}',
    ]) {
      const parsed = parseIdentityRecord('directory', line);
      if (parsed.ok && parsed.kind === 'directory') identity.upsertDirectory(parsed.record);
    }
    expect(identity.rightsOf('u1')).toEqual(['invoices']);
    expect(identity.rightsOf('u2')).toBeUndefined();
  });

  it('refuses bad records with a reason', () => {
    expect(parseIdentityRecord('registry', '{oops')).toMatchObject({ ok: false, reason: 'malformed_json' });
    expect(parseIdentityRecord('registry', '{"agent_id":"a","status":"gone"}')).toMatchObject({
      ok: false,
      reason: 'schema_violation',
    });
    expect(parseIdentityRecord('directory', '{"kind":"team","id":"t"}')).toMatchObject({ ok: false });
  });
});
