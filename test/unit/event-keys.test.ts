import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../schemas/event.js';
import {
  relatedKeys,
  requestKind,
  requestKindKey,
  scopeNamesApi,
  scopeWordKey,
} from '../../src/events/event-keys.js';

function event(intent: Record<string, unknown> | undefined, api = 'crm.contacts.get') {
  return eventSchema.parse({
    schema_version: '1',
    event_id: `e-${api}-${JSON.stringify(intent)}`,
    ts: '2026-03-02T10:00:00Z',
    agent: { id: 'a-1' },
    action: { api },
    ...(intent ? { intent } : {}),
  });
}

describe('request kind', () => {
  it('is the leading word after opening words, in any letters', () => {
    expect(requestKind('Summarize the thread "Q2"')).toBe('summarize');
    expect(requestKind('Can you please pay the bill for me?')).toBe('pay');
    expect(requestKind('I need you to refund ticket 4411')).toBe('refund');
    expect(requestKind('Résumer la réunion')).toBe('résumer');
    expect(requestKind('please')).toBeUndefined();
    expect(requestKind('#4411 !!')).toBeUndefined();
  });

  it('makes per-request task ids of one kind share a key', () => {
    const a = event({ task_id: 'req-1', description: 'Summarize the call with Oscorp' });
    const b = event({ task_id: 'req-2', description: 'summarize my inbox' });
    expect(requestKindKey(a)).toBe('kind:summarize');
    expect(requestKindKey(b)).toBe(requestKindKey(a));
    expect(requestKindKey(event(undefined))).toBeUndefined();
  });
});

describe('scope words', () => {
  it('are learned for scopes that do not name the API, at most four', () => {
    const e = event(
      { description: 'Check the deal', scopes: ['crm', 'Mail ', 'a', 'b', 'c'] },
      'GET /services/data/contacts',
    );
    expect(relatedKeys(e)).toEqual(['kind:check', 'scope:crm', 'scope:mail', 'scope:a', 'scope:b']);
    expect(scopeWordKey(' CRM')).toBe('scope:crm');
  });

  it('are not learned when a declared scope names the API by its structure', () => {
    for (const scope of [
      'crm',
      'crm.contacts',
      'crm.contacts.get',
      'crm.*',
      'https://auth.example/scopes/crm',
    ]) {
      const e = event({ scopes: ['billing', scope] });
      expect(relatedKeys(e), scope).toEqual([]);
    }
    expect(scopeNamesApi('crm.contact', 'crm.contacts.get')).toBe(false);
    expect(scopeNamesApi('s3:Get*', 's3:GetObject')).toBe(true);
    expect(scopeNamesApi('*', 'anything')).toBe(true);
  });
});
