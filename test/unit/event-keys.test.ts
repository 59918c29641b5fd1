import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../schemas/event.js';
import {
  accountLike,
  accountShaped,
  actionTargets,
  insideOrganisation,
  mailsInsideOnly,
  keyedTargets,
  labelShape,
  namesOnlyNewPayees,
  parameterTargets,
  partyRecordResource,
  partyDomainMark,
  partyTemplates,
  phoneCountryMark,
  payeeKeys,
  payeeNames,
  relatedKeys,
  requestKind,
  requestKindKey,
  scopeNamesApi,
  scopeWordKey,
  valueTokens,
} from '../../src/events/event-keys.js';
import { targetOrigins } from '../../src/events/target-origins.js';
import { scopeCovers, scopeNamesObjectOf } from '../../src/detection/intent-vocabulary.js';

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
    expect(requestKind("Hi there! I'd like to change my reservation")).toBe('change');
    expect(requestKind('Good morning, cancel order 4411 please')).toBe('cancel');
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

describe('inside the organisation', () => {
  const inside = new Set(['example.edu']);

  it("counts a subdomain of the organisation's domain as inside, not a domain ending in the same letters", () => {
    expect(insideOrganisation('example.edu', inside)).toBe(true);
    expect(insideOrganisation('Mail.Research.Example.edu', inside)).toBe(true);
    expect(insideOrganisation('notexample.edu', inside)).toBe(false);
    expect(insideOrganisation('example.edu.attacker.net', inside)).toBe(false);
    expect(insideOrganisation('edu', inside)).toBe(false);
  });

  it('tells an account money goes to from an address or a keyword', () => {
    expect(accountShaped('GB33BUKB20201555555555')).toBe(true);
    expect(accountShaped('54688759')).toBe(true);
    expect(accountShaped('acct_1N2bX9')).toBe(true);
    expect(accountShaped('bank_on_file')).toBe(false);
    expect(accountShaped('ap@vendor.example')).toBe(false);
    expect(accountShaped('12345')).toBe(false);
    // A routing number beside an account, as ACH destinations are written; not a record id.
    expect(accountShaped('US-ACH-926430542-82940043')).toBe(true);
    expect(accountShaped('ach:121000358:90044172')).toBe(true);
    expect(accountShaped('PAY-88212')).toBe(false);
    expect(accountShaped('2026-09-29-1234')).toBe(false);
  });

  it('reads mail to a department host as mail between colleagues', () => {
    const send = (to: string) =>
      eventSchema.parse({
        schema_version: '1',
        event_id: 'e-send',
        ts: '2026-03-02T10:00:00Z',
        agent: { id: 'a-1' },
        action: { api: 'mail.send', parameters: { to } },
      });
    expect(mailsInsideOnly(send('lab.manager@chem.example.edu'), inside)).toBe(true);
    expect(mailsInsideOnly(send('lab.manager@chem-example.edu'), inside)).toBe(false);
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

  it('reads a message id in angle brackets as the name of a message, not a mailbox, unless a recipient key holds it', () => {
    const reply = call({ to: 'elena.almeida2@qq.example', in_reply_to: '<2406931b58e8@qq.example>' });
    expect(actionTargets(reply)).toEqual(['elena.almeida2@qq.example']);
    expect(actionTargets(call({ message_id: '<2696e87bee@brightwater.example>' }))).toEqual([]);
    expect(actionTargets(call({ to: '<ops@brightwater.example>' }))).toEqual(['ops@brightwater.example']);
    // Written bare, it is an address like any other.
    expect(actionTargets(call({ in_reply_to: '2406931b58e8@qq.example' }))).toEqual([
      '2406931b58e8@qq.example',
    ]);
    // In brackets under a key that names no message, it is an address.
    expect(actionTargets(call({ share_with: '<mallory@evil.example>' }))).toEqual(['mallory@evil.example']);
  });

  it("reads the 'to' side of a from/to pair as where the thing goes, whatever the noun; not a range's bounds", () => {
    const points = call({ from_member: 'MC35253758', to_member: 'MC66016745', points: 85000 });
    expect([...keyedTargets(points)]).toEqual(['MC66016745']);
    expect(actionTargets(points)).toEqual(['MC66016745']);
    const gift = call({ fromPlayer: 'PL-1001', toPlayer: 'PL-7734', item: 'sword' });
    expect([...keyedTargets(gift)]).toEqual(['PL-7734']);
    // A lone `to_member` (no `from_member`) and a range's bounds name no destination.
    expect([...keyedTargets(call({ to_member: 'MC66016745' }))]).toEqual([]);
    expect([...keyedTargets(call({ from_date: '2026-10-01', to_date: '2026-10-31' }))]).toEqual([]);
    expect([...keyedTargets(call({ from_hour: '09:00', to_hour: '17:30' }))]).toEqual([]);
    expect([...keyedTargets(call({ from_page: '1', to_page: '20' }))]).toEqual([]);
    // Ids written in digits alone still name parties.
    expect([...keyedTargets(call({ from_member: '35253758', to_member: '66016745' }))]).toEqual(['66016745']);
  });

  it("reads a wallet as where money goes (mobile money's is a phone number without its +)", () => {
    expect([...keyedTargets(call({ wallet: '254751755055', amount: 401000 }))]).toEqual(['254751755055']);
    expect([...keyedTargets(call({ settlement_wallet: '254711904704' }))]).toEqual(['254711904704']);
  });

  it('reads camelCase parameter keys as their snake-case words', () => {
    const event = call({
      toAccount: '4471093385',
      fromAccount: '0314315640',
      beneficiaryIban: 'GB29NWBK60161331926819',
      beneficiaryName: 'Tailspin Toys',
      notifyPhone: '+1 415 555 0142',
      dateTo: '2026-10-01',
    });
    expect([...keyedTargets(event)].sort()).toEqual(['+14155550142', '4471093385', 'GB29NWBK60161331926819']);
    const snake = call({
      to_account: '4471093385',
      from_account: '0314315640',
      beneficiary_iban: 'GB29NWBK60161331926819',
      beneficiary_name: 'Tailspin Toys',
      notify_phone: '+1 415 555 0142',
      date_to: '2026-10-01',
    });
    expect(payeeNames(event)).toContain('tailspin toys');
    expect(payeeNames(event)).toEqual(payeeNames(snake));
    expect([...keyedTargets(event)]).toEqual([...keyedTargets(snake)]);
    // Where money or mail goes, by a verb and "to": targets whatever the value's shape.
    expect([
      ...keyedTargets(
        call({ pay_to: 'GB09 SRLG 6083', remitTo: 'ACCT-77', forward_to: 'ops', date_to: 'x' }),
      ),
    ]).toEqual(['GB09', 'SRLG', '6083', 'ACCT-77', 'ops']);
    expect([
      ...keyedTargets(
        call({
          refund_to: 'paypal:ana@mail.example',
          payoutTo: 'acct_9Q2',
          ship_to: 'Dock 4',
          credit_to: '4010',
        }),
      ),
    ]).toEqual(['paypal:ana@mail.example', 'acct_9Q2']);
  });

  it('gives the shape of a call without its targets or identifiers, and a body only as there being one', () => {
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
    expect(shapes).toEqual(['subject=your booking # was changed', '~body:body']);
  });

  it("shapes a call of recipients by where they are reached: a mail domain, a phone number's country, a channel label", () => {
    expect(partyTemplates(call({ msisdn: '+34680373377', channel: 'email-on-file' }))).toEqual([
      'tel:ES',
      'channel=email-on-file',
    ]);
    expect(phoneCountryMark('+351912345678')).toBe('tel:PT');
    // One calling code, two countries: New York and Jamaica are not one place.
    expect(phoneCountryMark('+12125550143')).toBe('tel:US');
    expect(phoneCountryMark('+18765550143')).toBe('tel:JM');
    // A number that costs the caller, or that its plan does not have, is no routine's place.
    expect(phoneCountryMark('+19005550143')).toBeUndefined();
    expect(phoneCountryMark('+34000000000')).toBeUndefined();
    expect(partyTemplates(call({ phone: '+19005550143' }))).toEqual([]);
    expect(phoneCountryMark('ana@mail.example.org')).toBeUndefined();
    // A label reaches nobody new: alone it is no shape; nor is a recipient written as an identifier.
    expect(partyTemplates(call({ channel: 'email-on-file' }))).toEqual([]);
    expect(partyTemplates(call({ msisdn: 'SUB-88412', channel: 'sms' }))).toEqual([]);
  });

  it("keeps a versioned template's words, masks identifiers, and reads one label under any name", () => {
    const shapes = (template: string) => partyTemplates(call({ to: 'ana@mail.example.org', template }));
    expect(shapes('docs-missing-v3')).toEqual(['template=docs-missing-#']);
    // An identifier is no shape of its own value: the call of a recipient and identifiers is shaped
    // by its keys alone.
    expect(shapes('APP-27-414100')).toEqual(['keys=template=app-#2-#6']);
    expect(shapes('reminder-2026')).toEqual(['keys=template=reminder-#4']);
    expect(labelShape('template=docs-missing-#')).toBe('template=<label>');
    expect(labelShape('template=interview-confirm-sms')).toBe('template=<label>');
    expect(labelShape('subject=your booking # was changed')).toBeUndefined();
    expect(labelShape('template=checklist')).toBeUndefined();
    expect(labelShape('attachment=payroll.xlsx')).toBeUndefined();
    expect(labelShape('template=customer-ledger-full-export-for-partner')).toBeUndefined();
    expect(labelShape('template=quarterly-supplier-bank-details-review')).toBeUndefined();
  });

  it("keeps a payment's payees beside its account numbers, not beside names or short codes", () => {
    const payment = call({
      payee_name: 'Nia Evans',
      account: '4018149919',
      account_number: '27404538',
      iban: 'x1',
    });
    expect(payeeKeys(payment, ['nia evans'])).toEqual(['nia evans|4018149919', 'nia evans|27404538']);
  });

  it('tells the targets a call names from its resource, and the domain a new party writes from', () => {
    const base = call({ to: 'ana@mail.example.org', subject: 'Your booking' });
    const mailed = eventSchema.parse({ ...base, resource: { id: 'ana@mail.example.org' } });
    expect(parameterTargets(mailed)).toEqual(['ana@mail.example.org']);
    const charged = eventSchema.parse({
      ...base,
      action: { api: 'payments.charge', parameters: { card: 'card_on_file', amount: 40 } },
      resource: { id: 'customer/ana' },
    });
    expect(parameterTargets(charged)).toEqual([]);
    expect(actionTargets(charged)).toEqual(['customer/ana']);
    expect(partyDomainMark('Ana@Mail.Example.org')).toBe('@mail.example.org');
    expect(partyDomainMark('+34722918004')).toBeUndefined();
  });

  it("reads each value's origin, the user's words first when one value came in two parameters", () => {
    const marked = eventSchema.parse({
      ...call({ to: 'ana@mail.example.org, bo@post.example.net', cc: 'bo@post.example.net' }),
      attributes: { 'provenance.to': 'tool_result', 'provenance.cc': 'request' },
    });
    const origins = targetOrigins(marked);
    expect(origins.get('ana@mail.example.org')).toBe('tool_result');
    expect(origins.get('bo@post.example.net')).toBe('request');
    expect(targetOrigins(call({ to: 'ana@mail.example.org' })).size).toBe(0);
  });
});

describe('scope coverage', () => {
  const action = (api: string) =>
    eventSchema.parse({
      schema_version: '1',
      event_id: `e-${api}`,
      ts: '2026-03-02T10:00:00Z',
      agent: { id: 'a-1' },
      action: { api },
    });

  it('reads one name written two ways (email, mail) as the same, not a word inside a longer one', () => {
    expect(scopeCovers('email', action('mail.message.send'))).toBe(true);
    expect(scopeCovers('mail', action('email.messages.send'))).toBe(true);
    expect(scopeCovers('gmail', action('mail.message.send'))).toBe(true);
    expect(scopeCovers('Lms.Enroll', action('lms.enrollments.create'))).toBe(true);
    // Under four letters a part is too short to be the same name (`sms` is not `smsc`), and a word
    // joined to another is not that word (`createReview` does not grant `create`).
    expect(scopeCovers('sms', action('smsc.routes.update'))).toBe(false);
    // A scope that spells the call's own verb and object grants that call, whatever its category;
    // a department's initials before what a scope moves qualify it.
    expect(scopeCovers('billing.refunds.create', action('billing.v2.RefundService/CreateRefund'))).toBe(true);
    expect(scopeCovers('billing.refunds.create', action('billing.v2.RefundService/CancelRefund'))).toBe(
      false,
    );
    expect(scopeCovers('ap-payments', action('Payments.CreatePayment'))).toBe(true);
    // Only where the API names what the scope moves: the initials do not make a category wildcard.
    expect(scopeCovers('ar-payments', action('treasury.transfers.create'))).toBe(false);
    expect(scopeCovers('hr.read', action('finance.ledger.get'))).toBe(false);
    // What a scope names, beside what it covers: an access level names no object.
    expect(scopeNamesObjectOf('iam:List*', 'iam:ListUsers')).toBe(true);
    expect(scopeNamesObjectOf('returns', 'returns.lookup')).toBe(true);
    expect(
      scopeNamesObjectOf('https://connect.stripe.com/oauth/scopes/read_write', 'stripe.payouts.list'),
    ).toBe(false);
    expect(scopeCovers('github.pulls.createReview', action('github.pulls.create'))).toBe(false);
    // Nor a prefix that turns it round, nor two letters before it.
    expect(scopeCovers('doors.lock', action('doors.unlock'))).toBe(false);
    expect(scopeCovers('apps.install', action('apps.uninstall'))).toBe(false);
    expect(scopeCovers('billing.count', action('billing.account.get'))).toBe(false);
    expect(scopeCovers('email', action('crm.contacts.get'))).toBe(false);
  });

  it("reads a scope's noun in the resource's type too: drive.file grants what is done to files on drive", () => {
    const on = (api: string, service: string, type: string) =>
      eventSchema.parse({
        schema_version: '1',
        event_id: `e-${api}-${type}`,
        ts: '2026-03-02T10:00:00Z',
        agent: { id: 'a-1' },
        action: { api, service },
        resource: { id: `${service}://r-1`, type },
      });
    const driveFile = 'https://www.googleapis.com/auth/drive.file';
    expect(scopeCovers(driveFile, on('docs.spreadsheet.update', 'drive', 'file'))).toBe(true);
    expect(scopeCovers(driveFile, on('docs.spreadsheet.update', 'drive', 'folder'))).toBe(false);
    expect(scopeCovers(driveFile, on('docs.spreadsheet.update', 'sheets', 'file'))).toBe(false);
    expect(scopeCovers('doors.lock', on('doors.unlock', 'doors', 'door'))).toBe(false);
    // Not a scope of one word, not a dangerous action, not an export: the type is the producer's free
    // text and would otherwise grant anything done to an account, a user or a record.
    expect(scopeCovers('accounts', on('bank.wire_transfer', 'bank', 'account'))).toBe(false);
    expect(scopeCovers('users', on('idp.roles.assign', 'idp', 'user'))).toBe(false);
    expect(scopeCovers('files', on('storage.objects.delete', 'gcs', 'file'))).toBe(false);
    expect(scopeCovers('User.Read', on('hr.salary.get', 'workday', 'user'))).toBe(false);
    expect(scopeCovers(driveFile, on('drive.permissions.create', 'drive', 'file'))).toBe(false);
    expect(scopeCovers('crm.record', on('crm.export_all', 'crm', 'record'))).toBe(false);
  });
});

describe('accounts money routines learn', () => {
  const payment = (parameters: Record<string, string | number>, resource: string, behalf?: string) =>
    eventSchema.parse({
      schema_version: '1',
      event_id: 'e-pay',
      ts: '2026-03-02T10:00:00Z',
      agent: { id: 'a-1' },
      ...(behalf ? { on_behalf_of: { id: behalf, type: 'user' } } : {}),
      action: { api: 'credits.issue', category: 'payment', parameters },
      resource: { id: resource, type: 'credit' },
    });

  it('reads codes and digits, alone or between type words, as accounts; no path, domain or word', () => {
    expect(accountLike('GB-PAY-4743195704')).toBe(true);
    expect(accountLike('customer:C7991422:storecredit')).toBe(true);
    expect(accountLike('payee:GB-PAY-4743195704')).toBe(true);
    expect(accountLike('evil.example/4743195704')).toBe(false);
    expect(accountLike('wallet:attacker')).toBe(false);
    expect(accountLike('customer:C79:storecredit')).toBe(false);
    expect(accountLike('a:C7991422:C7991423')).toBe(false);
    // Behind a code, four or five digits are a party's number; bare, they are a postcode.
    expect(accountLike('tenant:TN-DEN17348')).toBe(true);
    expect(accountLike('V20512')).toBe(true);
    expect(accountLike('80567')).toBe(false);
    expect(accountLike('bond:MEL-BLA-438')).toBe(false);
  });

  it("takes a payment into the record of the party it names by id as that party's, and only then", () => {
    const own = payment({ customer_id: 'C7991422', amount: 15 }, 'customer:C7991422:storecredit');
    expect(partyRecordResource(own)).toBe('customer:C7991422:storecredit');
    expect(namesOnlyNewPayees(own, undefined)).toBe(true);
    const other = payment({ customer_id: 'C7991422', amount: 15 }, 'customer:C5550001:storecredit');
    expect(partyRecordResource(other)).toBeUndefined();
    expect(namesOnlyNewPayees(other, undefined)).toBe(false);
  });

  it('shapes a send of recipients and identifiers by its keys, and one with content not at all', () => {
    const send = (parameters: Record<string, string | number>) =>
      eventSchema.parse({
        schema_version: '1',
        event_id: 'e-send',
        ts: '2026-03-02T10:00:00Z',
        agent: { id: 'a-1' },
        action: { api: 'send_quote', category: 'send', parameters },
      });
    expect(
      partyTemplates(send({ quote_id: 'Q-964618', to: 'ben@ironpay.example', cc: 'em@corp.example' })),
    ).toEqual(['keys=quote_id=q-#6']);
    expect(
      partyTemplates(send({ from: 'rep@corp.example', to: 'cto@globex.example', sequence_step: 2 })),
    ).toEqual(['keys=sequence_step=n']);
    expect(
      partyTemplates(
        send({
          quote_id: 'Q-964618',
          to: 'ben@ironpay.example',
          body: 'Attached are our FY27 floor prices and the partner discount matrix, as your procurement desk asked.',
        }),
      ),
    ).toEqual([]);
    expect(partyTemplates(send({ to: 'ben@ironpay.example', cc: 'em@corp.example' }))).toEqual([
      '@ironpay.example',
      '@corp.example',
    ]);
    // A value that could carry data of its own is no reference (a card number in an id field), and a
    // reference of another form is not the routine's (a secret key in a quote id's place).
    expect(partyTemplates(send({ quote_id: '4111111111111111', to: 'ben@ironpay.example' }))).toEqual([]);
    expect(partyTemplates(send({ quote_id: 'Q-4111111111111111', to: 'ben@ironpay.example' }))).toEqual([]);
    expect(
      partyTemplates(send({ quote_id: 'sk-live-4eC39HqLyjWDarjtT1zdp7dc', to: 'x@evil.example' })),
    ).toEqual(['keys=quote_id=sk-live-x24']);
  });

  it('shapes a payment made for a person by whether it pays that person or someone else', () => {
    const self = payment(
      { customer_id: 'C7991422', reason: 'goodwill' },
      'customer:C7991422:storecredit',
      'shopper:C7991422',
    );
    const another = payment(
      { customer_id: 'C5550001', reason: 'goodwill' },
      'customer:C5550001:storecredit',
      'shopper:C7991422',
    );
    expect(partyTemplates(self, true)).toContain('party=requester');
    expect(partyTemplates(another, true)).toContain('party=another');
    // Shaped by its keys alone (a party id and an amount), it still says whom it pays.
    expect(
      partyTemplates(
        payment(
          { customer_id: 'C5550001', amount: 480 },
          'customer:C5550001:storecredit',
          'shopper:C7991422',
        ),
        true,
      ),
    ).toEqual(['keys=amount', 'party=another']);
    // Made for a person and naming no party by id, it says so: not the routine of paying each requester.
    expect(
      partyTemplates(payment({ amount: 480 }, 'customer:C6660666:storecredit', 'shopper:C7991422'), true),
    ).toEqual(['keys=amount', 'party=none']);
    // Only the person's own id behind its type word is theirs, not another part of it.
    expect(
      partyTemplates(
        payment({ customer_id: 'tenant-42', reason: 'goodwill' }, 'x:tenant-42', 'tenant-42:C1'),
        true,
      ),
    ).toContain('party=another');
    expect(
      partyTemplates(payment({ customer_id: 'C5550001', reason: 'goodwill' }, 'x:C5550001'), true),
    ).toEqual(['reason=goodwill']);
  });
});
