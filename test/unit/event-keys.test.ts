import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../schemas/event.js';
import {
  actionTargets,
  keyedTargets,
  partyTemplates,
  relatedKeys,
  requestKind,
  requestKindKey,
  scopeNamesApi,
  scopeWordKey,
  valueTokens,
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

describe('targets and shapes', () => {
  function call(parameters: Record<string, string | number>) {
    return eventSchema.parse({
      schema_version: '1',
      event_id: 'e-call',
      ts: '2026-03-02T10:00:00Z',
      agent: { id: 'a-1' },
      action: { api: 'mail.send', parameters },
    });
  }

  it('reads an IBAN printed in groups of four as one account', () => {
    expect(valueTokens('PL61 1090 1014 0000 0712 1981 2874')).toEqual(['PL61109010140000071219812874']);
    expect(valueTokens('pay NL91 ABNA 0417 1643 00 today')).toEqual(['pay', 'NL91ABNA0417164300', 'today']);
    // Only when its check digits hold: a heading such as "FY25 PLAN DOCS" stays words.
    expect(valueTokens('FY25 PLAN DOCS')).toEqual(['FY25', 'PLAN', 'DOCS']);
    expect(valueTokens('call +34 722 918 004 now')).toEqual(['call', '+34722918004', 'now']);
    expect(actionTargets(call({ iban: 'DE44 5001 0517 5407 3249 31' }))).toEqual(['DE44500105175407324931']);
  });

  it('counts recipient and payee parameters as targets, not sources, dates or mere mentions', () => {
    const event = call({
      to_account: '4471093385',
      from_account: '0314315640',
      date_to: '2026-10-01',
      approver: 'carol@corp.example',
      notify_phone: '+1 415 555 0142',
    });
    expect([...keyedTargets(event)].sort()).toEqual(['+14155550142', '4471093385']);
    // An address is a target wherever it is, so the approver is one of the action's targets too.
    expect(actionTargets(event).sort()).toEqual(['+14155550142', '4471093385', 'carol@corp.example']);
  });

  it('gives the shape of a call without its targets, identifiers or bodies', () => {
    const shapes = partyTemplates(
      call({
        to: 'ana@mail.example.org',
        subject: 'Your booking ZX12Q9 was changed',
        reference: 'HIRE-87440',
        cc_note: 'copy to ops@corp.example',
        body: 'x'.repeat(200),
        amount: 12,
      }),
    );
    expect(shapes).toEqual(['subject=your booking # was changed']);
  });
});
