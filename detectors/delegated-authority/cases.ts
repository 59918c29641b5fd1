import type { DetectorCase } from '../../src/detection/detector-contract.js';
import { CASE_AGENT, CASE_REGISTRATION, buildHistory, caseTime } from '../../src/detection/case-builder.js';

/** A support desk whose group grants tickets only, though the desk also tracks parcels every day. */
const desk = [
  'd1@example.com',
  'd2@example.com',
  'd3@example.com',
  'd4@example.com',
  'd5@example.com',
  'd6@example.com',
  'd7@example.com',
];
const users = ['u1@example.com', 'u2@example.com', 'u3@example.com', 'u4@example.com', 'u5@example.com'];
const directory = [
  ...users.map((id) => ({ id, groups: ['finance'] })),
  { id: 'intern@example.com', groups: ['interns'] },
  { id: 'gone@example.com', status: 'departed', groups: ['finance'] },
  { id: CASE_AGENT.owner, groups: ['finance'] },
  { id: 'bob@example.com', groups: ['finance'] },
  { kind: 'group', id: 'finance', scopes: ['invoices', 'payments'] },
  { kind: 'group', id: 'interns', scopes: ['wiki'] },
  ...desk.map((id) => ({ id, groups: ['desk'] })),
  { id: 'S204411', groups: ['students'] },
  { kind: 'group', id: 'desk', scopes: ['tickets'] },
  { kind: 'group', id: 'students', scopes: ['courses'] },
  // Whom the directory does grant shipments and students' records: the desk and the students are judged
  // against a right someone holds (a right nobody holds shows no one lacking it).
  { id: 'shipper@example.com', groups: ['logistics'] },
  { kind: 'group', id: 'logistics', scopes: ['shipments'] },
  { id: 'registrar@example.com', groups: ['registrar'] },
  { kind: 'group', id: 'registrar', scopes: ['records'] },
  { id: 'clerk@example.com', groups: ['staff'] },
  { id: 'hr1@example.com', groups: ['hr-team'] },
  { kind: 'group', id: 'staff', scopes: ['hr.self-service'] },
  { kind: 'group', id: 'hr-team', scopes: ['hr'] },
  { id: 'viewer@example.com', groups: ['invoice-viewers'] },
  { id: 'bclerk@example.com', groups: ['billing-clerks'] },
  { id: 'bsuper@example.com', groups: ['billing-supervisors'] },
  { kind: 'group', id: 'billing-clerks', scopes: ['rcm.account.read', 'rcm.adjustment.create'] },
  { kind: 'group', id: 'billing-supervisors', scopes: ['rcm.adjustment.create', 'rcm.adjustment.writeoff'] },
  { id: 'teller@example.com', groups: ['tellers'] },
  { kind: 'group', id: 'tellers', scopes: ['cards:read', 'cards:credit_limit:read', 'credit:limit:request'] },
  { kind: 'group', id: 'credit-officers', scopes: ['cards:credit_limit:read', 'cards:credit_limit:set'] },
  { kind: 'group', id: 'invoice-viewers', scopes: ['invoices.read'] },
  { id: 'submitter@example.com', groups: ['claim-submitters'] },
  { id: 'approver@example.com', groups: ['claim-approvers'] },
  { id: 'claims-lead@example.com', groups: ['claim-managers'] },
  { kind: 'group', id: 'claim-submitters', scopes: ['claims:submit', 'claims:read-own'] },
  { kind: 'group', id: 'claim-approvers', scopes: ['claims:approve', 'claims:read'] },
  { kind: 'group', id: 'claim-managers', scopes: ['claims:manage'] },
  // A hotel's refunds: duty managers issue them, front-desk clerks may only request them.
  { id: 'duty1@example.com', groups: ['duty-managers'] },
  { id: 'duty2@example.com', groups: ['duty-managers'] },
  { id: 'frontdesk@example.com', groups: ['front-desk'] },
  { kind: 'group', id: 'duty-managers', scopes: ['cofre:refunds.issue', 'ancora:bookings.read'] },
  { kind: 'group', id: 'front-desk', scopes: ['cofre:refunds.request', 'ancora:bookings.read'] },
  { id: 'frontdesk2@example.com', groups: ['front-desk'] },
  { id: 'frontlead@example.com', groups: ['front-desk', 'payments-admins'] },
  { kind: 'group', id: 'payments-admins', scopes: ['cofre:*'] },
];
const identity = {
  registry: [{ ...CASE_REGISTRATION, scopes_granted: ['invoices', 'payments'] }],
  directory,
};
// Two weeks of invoice reads for five finance users.
const history = buildHistory({ days: 14, perDay: 10, apis: ['invoices.list'] }).map((e, i) => ({
  ...e,
  action: { api: 'invoices.list', service: 'invoices' },
  on_behalf_of: { id: users[i % users.length] ?? 'u1@example.com', type: 'user' as const },
}));
const act = (
  id: string,
  user: string,
  api = 'invoices.list',
  service = 'invoices',
  category?: 'payment' | 'execute',
) => ({
  event_id: id,
  ts: caseTime(15, 10),
  agent: { ...CASE_AGENT },
  on_behalf_of: { id: user, type: 'user' as const },
  action: { api, service, ...(category ? { category } : {}) },
});

/**
 * `history` plus, on day 14, `api` called cleanly for the first `people` desk members (the directory
 * grants none of them it).
 */
function practised(
  api: string,
  people: number,
  category?: 'write' | 'payment' | 'read',
  resourceId?: string,
) {
  return [
    ...history,
    ...desk.slice(0, people).map((user, i) => ({
      event_id: `h-practice-${i}`,
      ts: caseTime(14, 10, i),
      agent: { ...CASE_AGENT },
      on_behalf_of: { id: user, type: 'user' as const },
      action: { api, service: 'shipments', ...(category ? { category } : {}) },
      ...(resourceId ? { resource: { id: resourceId, type: 'shipment' } } : {}),
    })),
  ];
}

const deskAct = (id: string, api: string, category?: 'write' | 'payment' | 'read') => ({
  ...act(id, 'd7@example.com', api, 'shipments'),
  ...(category ? { action: { api, service: 'shipments', category } } : {}),
});

/** Student S204411's chatbot reading the record of `student`. */
const recordRead = (id: string, student: string) => ({
  ...act(id, 'S204411', 'records.get', 'records'),
  action: { api: 'records.get', service: 'records', category: 'read' as const, parameters: { student } },
});

/** A parcel lookup for `user` by a request that declares `scopes`, on `day`. */
const declaredLookup = (id: string, user: string, scopes: string[], day: number) => ({
  event_id: id,
  ts: caseTime(day, 10),
  agent: { ...CASE_AGENT },
  on_behalf_of: { id: user, type: 'user' as const },
  action: { api: 'shipments.track', service: 'shipments', category: 'read' as const },
  intent: { task_id: `trk-${id}`, scopes },
});

/** A desk member's own sign-in reset by the agent, or `extra` beside it (a group to join). */
const ownReset = (id: string, user: string, extra: Record<string, string> = {}) => ({
  event_id: id,
  ts: caseTime(15, 10),
  agent: { ...CASE_AGENT },
  on_behalf_of: { id: user, type: 'user' as const },
  action: {
    api: 'idm.users.password.reset',
    service: 'idm',
    category: 'identity' as const,
    parameters: { user, ...extra },
  },
  resource: { id: `idm:user/${user}`, type: 'user' },
});

/**
 * `user`'s own sign-in reset on `day` with the desk's option to notify by the phone on file, or
 * `extra` beside it.
 */
const ownResetWith = (
  id: string,
  user: string,
  day: number,
  minute: number,
  extra: Record<string, string | boolean> = {},
) => {
  const e = ownReset(id, user);
  return {
    ...e,
    ts: caseTime(day, 11, minute),
    action: { ...e.action, parameters: { user, notify: 'sms-on-file', ...extra } },
  };
};

/** `history` with the own resets of the first `people` desk members on `day`, the option beside them. */
const withResets = (day: number, people: number) =>
  [...history, ...desk.slice(0, people).map((user, i) => ownResetWith(`h-own-${i}`, user, day, i))].sort(
    (a, b) => Number(a.ts) - Number(b.ts),
  );

/** A restricted wage-record read for `user` by a request declaring the desk's own scope, on `day`. */
const declaredRestrictedRead = (id: string, user: string, day: number) => ({
  ...declaredLookup(id, user, ['tickets'], day),
  action: { api: 'wages.verify', service: 'wages', category: 'read' as const },
  resource: { id: `wage:${id}`, type: 'wage-record', sensitivity: 'restricted' as const },
});

/** A pay-record read (restricted) of `employee` for `user`. */
const payRead = (id: string, user: string, employee: string) => ({
  event_id: id,
  ts: caseTime(15, 10),
  agent: { ...CASE_AGENT },
  on_behalf_of: { id: user, type: 'user' as const },
  action: {
    api: 'hr.compensation.get',
    service: 'workday',
    category: 'read' as const,
    parameters: { employee },
  },
  resource: { id: `workday:worker/${employee}`, type: 'worker', sensitivity: 'restricted' as const },
});

/** A balance written off on `account` for `user`: an API the directory names as a right of its own. */
/** An expense claim of `claimant` approved by the agent on behalf of `user`. */
const approval = (id: string, user: string, claimant: string) => ({
  event_id: id,
  ts: caseTime(15, 10),
  agent: { ...CASE_AGENT },
  on_behalf_of: { id: user, type: 'user' as const },
  action: {
    api: 'claims.expenses.approve',
    service: 'spend',
    category: 'write' as const,
    parameters: { claim_id: 'CLM-8300308', claimant },
  },
});
const writeOff = (id: string, user: string) => ({
  event_id: id,
  ts: caseTime(15, 10),
  agent: { ...CASE_AGENT },
  on_behalf_of: { id: user, type: 'user' as const },
  action: {
    api: 'rcm.adjustment.writeoff',
    service: 'rcm',
    category: 'write' as const,
    parameters: { amount: '48250' },
  },
  resource: { id: 'guarantor:5520781', type: 'guarantor_account', sensitivity: 'confidential' as const },
});

/** A refund through the agent for `user` on `day`: `POST /cofre/v2/refunds` names neither verb. */
const refund = (id: string, user: string, day: number, minute = 0) => ({
  event_id: id,
  ts: caseTime(day, 10, minute),
  agent: { ...CASE_AGENT },
  on_behalf_of: { id: user, type: 'user' as const },
  action: { api: 'POST /cofre/v2/refunds', service: 'cofre', category: 'payment' as const },
});

/** `history` plus refunds issued cleanly for the two duty managers on days 10 to 13. */
const dutyRefunds = [
  ...history,
  ...[10, 11, 12, 13].flatMap((day) => [
    refund(`h-refund-${day}-1`, 'duty1@example.com', day, 1),
    refund(`h-refund-${day}-2`, 'duty2@example.com', day, 2),
  ]),
];

export const cases: DetectorCase[] = [
  {
    name: 'a refund for a clerk whose right is the sibling of the one every person refunded through the agent holds (refunds.request beside refunds.issue)',
    history: dutyRefunds,
    identity,
    event: refund('e-clerk-refund', 'frontdesk@example.com', 15),
    expect: { reason: 'user_not_entitled' },
  },
  {
    name: 'a second clerk after the first was flagged: the flagged clerk does not become practice',
    history: [...dutyRefunds, refund('h-clerk-1', 'frontdesk@example.com', 14)],
    identity,
    event: refund('e-clerk2-refund', 'frontdesk2@example.com', 15),
    expect: { reason: 'user_not_entitled', severity: 'medium' },
  },
  {
    name: 'a clerk who also holds a broader right (cofre:*) is granted it whatever the sibling says',
    history: dutyRefunds,
    identity,
    event: refund('e-lead-refund', 'frontlead@example.com', 15),
    expect: null,
  },
  {
    name: 'the same refund for a duty manager is what the practice holds',
    history: dutyRefunds,
    identity,
    event: refund('e-duty-refund', 'duty1@example.com', 15),
    expect: null,
  },
  {
    name: 'the same refund for the clerk when only one person was refunded through the agent before: practice too thin to tell',
    history: [...history, refund('h-refund-1', 'duty1@example.com', 12)],
    identity,
    event: refund('e-clerk-refund-thin', 'frontdesk@example.com', 15),
    expect: null,
  },
  {
    name: "a colleague's pay record for a person whose right names only HR self-service is a bypass",
    identity,
    history,
    event: payRead('e-pay-other', 'clerk@example.com', 'hr1@example.com'),
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
  {
    name: 'the same pay record for a person whose right names all of HR is theirs to read',
    identity,
    history,
    event: payRead('e-pay-hr', 'hr1@example.com', 'clerk@example.com'),
    expect: null,
  },
  {
    name: 'their own pay record, restricted as it is, named behind type words, is theirs',
    identity,
    history,
    event: payRead('e-pay-own', 'clerk@example.com', 'clerk@example.com'),
    expect: null,
  },
  {
    name: "a person's own password reset, naming that person alone, is theirs whatever their groups grant",
    identity,
    history,
    event: ownReset('e-own-reset', 'd7@example.com'),
    expect: null,
  },
  {
    name: 'adding oneself to a group names the group too: judged by the rights',
    identity,
    history,
    event: ownReset('e-own-group', 'd7@example.com', { group: 'Finance-Approvers' }),
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
  {
    name: 'a change of their own account with a flag beside their name (a role granted) is judged by the rights',
    identity,
    history,
    event: (() => {
      const e = ownReset('e-own-flag', 'd7@example.com');
      return { ...e, action: { ...e.action, parameters: { user: 'd7@example.com', global_admin: true } } };
    })(),
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
  {
    name: 'a restricted read naming them beside another name is not their own record',
    identity,
    history,
    event: (() => {
      const e = payRead('e-pay-beside', 'clerk@example.com', 'clerk@example.com');
      return {
        ...e,
        action: { ...e.action, parameters: { requester: 'clerk@example.com', employee_name: 'Jane Doe' } },
      };
    })(),
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
  {
    name: 'an own reset with the option the desk set for everyone while it learned (five others) is theirs',
    identity,
    history: withResets(1, 5),
    event: ownResetWith('e-own-option', 'd7@example.com', 15, 0),
    expect: null,
  },
  {
    name: 'the same option set for two others only is not yet procedure: judged by the rights',
    identity,
    history: withResets(1, 2),
    event: ownResetWith('e-own-option-young', 'd7@example.com', 15, 0),
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
  {
    name: 'an option first set once the desk had learned, however often repeated, is no procedure',
    identity,
    history: withResets(14, 6),
    event: ownResetWith('e-own-option-late', 'd7@example.com', 15, 0),
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
  {
    name: "a flag beside the desk's routine option is a grant, whatever the option's history",
    identity,
    history: withResets(1, 5),
    event: ownResetWith('e-own-option-flag', 'd7@example.com', 15, 0, { global_admin: true }),
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
  {
    name: "resetting another person's sign-in is judged by the rights",
    identity,
    history,
    event: {
      ...ownReset('e-other-reset', 'd7@example.com'),
      on_behalf_of: { id: 'd6@example.com', type: 'user' },
    },
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
  {
    name: 'a restricted read under a scope the person holds, which the agent did under it on two days, is the scope in its own words',
    identity,
    history: [
      ...history,
      declaredRestrictedRead('h-wage-1', 'd1@example.com', 13),
      declaredRestrictedRead('h-wage-2', 'd2@example.com', 14),
    ],
    event: declaredRestrictedRead('e-wage', 'd7@example.com', 15),
    config: { declared_scope_sensitive_days: 2 },
    expect: null,
  },
  {
    name: 'the same restricted read done under the scope on one day only is still raised',
    identity,
    history: [...history, declaredRestrictedRead('h-wage-2', 'd2@example.com', 14)],
    event: declaredRestrictedRead('e-wage-young', 'd7@example.com', 15),
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
  {
    name: 'a lookup under a scope the person holds, which the agent did under that scope for another desk member, is the scope in its own words: not raised',
    identity,
    history: [...history, declaredLookup('h-scope', 'd1@example.com', ['tickets'], 14)],
    event: declaredLookup('e-scope', 'd7@example.com', ['tickets'], 15),
    expect: null,
  },
  {
    name: 'the first person a declared scope serves for an API is still judged',
    identity,
    history,
    event: declaredLookup('e-scope-first', 'd7@example.com', ['tickets'], 15),
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
  {
    name: 'the same lookup declared under a scope the person does not hold is raised',
    identity,
    history: [...history, declaredLookup('h-scope', 'd1@example.com', ['tickets'], 14)],
    event: declaredLookup('e-scope-intern', 'intern@example.com', ['tickets'], 15),
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
  {
    name: 'an intern gets the agent to read invoices their group may not',
    identity,
    history,
    event: act('e-bypass', 'intern@example.com'),
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
  {
    name: 'a lookup the directory grants no group, in any words, shows no one lacking a right: not raised',
    identity,
    history,
    event: act('e-silent', 'intern@example.com', 'kb.articles.search', 'kb'),
    expect: null,
  },
  {
    name: 'a payment the directory grants no group is still raised: money is asked about',
    identity,
    history,
    event: act('e-silent-pay', 'intern@example.com', 'treasury.wires.create', 'treasury', 'payment'),
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
  {
    name: 'a read of restricted data the directory grants no group is still raised',
    identity,
    history,
    event: {
      ...act('e-silent-restricted', 'intern@example.com', 'kb.articles.search', 'kb'),
      resource: { id: 'kb:article/salaries-2026', type: 'article', sensitivity: 'restricted' as const },
    },
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
  {
    name: 'the same lookup where a group holds everything (`*`) is judged: the directory says who may',
    identity: {
      ...identity,
      directory: [
        ...directory,
        { id: 'secops@example.com', groups: ['security'] },
        { kind: 'group', id: 'security', scopes: ['*'] },
      ],
    },
    history,
    event: act('e-silent-star', 'intern@example.com', 'kb.articles.search', 'kb'),
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
  {
    name: 'an execution the directory grants no group is still raised',
    identity,
    history,
    event: act('e-silent-exec', 'intern@example.com', 'deployments.rollout', 'deployments', 'execute'),
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
  {
    name: 'the agent acts for someone who has left',
    identity,
    history,
    event: act('e-departed', 'gone@example.com'),
    expect: { reason: 'user_departed', severity: 'high' },
  },
  {
    name: 'a payment none of the five users ever asked for',
    identity,
    history,
    event: act('e-unusual', 'u2@example.com', 'payments.transfers.create', 'payments', 'payment'),
    expect: { reason: 'unusual_for_users', severity: 'medium' },
  },
  {
    name: 'a finance user reading invoices',
    identity,
    history,
    event: act('e-ok', 'u3@example.com'),
    expect: null,
  },
  {
    name: 'a person outside the directory is not judged',
    identity,
    history,
    event: act('e-unknown', 'contractor@partner.example'),
    expect: null,
  },
  {
    name: 'a parcel lookup six desk people had done cleanly is practice beside the directory: not raised',
    identity,
    history: practised('shipments.track', 6, 'read'),
    event: deskAct('e-practice-read', 'shipments.track', 'read'),
    expect: null,
  },
  {
    name: 'the same lookup done for six desk people in one sitting an hour before is no practice yet',
    identity,
    history: practised('shipments.track', 6, 'read').map((e) =>
      e.event_id.startsWith('h-practice') ? { ...e, ts: Number(e.ts) + 86_400_000 - 3_600_000 } : e,
    ),
    event: deskAct('e-practice-burst', 'shipments.track', 'read'),
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
  {
    name: 'practice that lapsed is not revived whole by one more person: only the people served lately count',
    identity,
    history: [
      ...practised('shipments.track', 6, 'read'),
      {
        ...deskAct('h-revive', 'shipments.track', 'read'),
        on_behalf_of: { id: 'd6@example.com', type: 'user' as const },
        ts: caseTime(70, 10),
      },
    ],
    event: { ...deskAct('e-practice-lapsed', 'shipments.track', 'read'), ts: caseTime(71, 10) },
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
  {
    name: 'the same lookup after three desk people only is still raised high',
    identity,
    history: practised('shipments.track', 3, 'read'),
    event: deskAct('e-practice-few', 'shipments.track', 'read'),
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
  {
    name: 'a write the desk practises is lowered to medium, not hidden',
    identity,
    history: practised('shipments.hold', 6, 'write'),
    event: deskAct('e-practice-write', 'shipments.hold', 'write'),
    expect: { reason: 'user_not_entitled', severity: 'medium' },
  },
  {
    name: 'a payment never becomes practice, however many people had it done',
    identity,
    history: practised('shipments.refund', 6, 'payment'),
    event: deskAct('e-practice-payment', 'shipments.refund', 'payment'),
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
  {
    name: "a student reading their own record is not judged by their groups; another's is",
    identity,
    history,
    event: recordRead('e-own-record', 'S204411'),
    expect: null,
  },
  {
    name: "a student's chatbot reading another student's record",
    identity,
    history,
    event: recordRead('e-other-record', 'S377120'),
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
  {
    name: 'a write-off the directory names as a right of its own, for a clerk who holds only its sibling (creating adjustments), is a bypass',
    identity,
    history,
    event: writeOff('e-writeoff-clerk', 'bclerk@example.com'),
    expect: { reason: 'user_not_entitled' },
  },
  {
    name: 'a right named with other separators (`cards:credit_limit:set` for `cards.credit_limit.set`) is still the right named by the API',
    identity,
    history,
    event: {
      ...writeOff('e-limit-teller', 'teller@example.com'),
      action: {
        api: 'cards.credit_limit.set',
        service: 'card-processor',
        category: 'write' as const,
        parameters: { card_id: 'CRD-3087731', new_limit: '15000' },
      },
      resource: { id: 'CRD-3087731', type: 'card', sensitivity: 'confidential' as const },
    },
    expect: { reason: 'user_not_entitled' },
  },
  {
    name: 'the same write-off for a supervisor who holds that right is theirs',
    identity,
    history,
    event: writeOff('e-writeoff-super', 'bsuper@example.com'),
    expect: null,
  },
  {
    name: "a right worded as the action itself (claims:approve) is not granted by a sibling sharing the system's word: a submitter having the agent approve a claim is a bypass",
    identity,
    history,
    event: approval('e-approve-submitter', 'submitter@example.com', 'submitter@example.com'),
    expect: { reason: 'user_not_entitled' },
  },
  {
    name: 'the same approval for an approver is theirs',
    identity,
    history,
    event: approval('e-approve-approver', 'approver@example.com', 'submitter@example.com'),
    expect: null,
  },
  {
    name: 'the same approval for someone whose right manages the whole system is theirs',
    identity,
    history,
    event: approval('e-approve-manager', 'claims-lead@example.com', 'submitter@example.com'),
    expect: null,
  },
  {
    name: 'a scope that grants reading invoices covers reading them',
    identity,
    history,
    event: act('e-viewer-read', 'viewer@example.com'),
    expect: null,
  },
  {
    name: 'a scope that grants reading invoices does not cover changing one',
    identity,
    history,
    event: {
      ...act('e-viewer-write', 'viewer@example.com'),
      action: { api: 'invoices.update', service: 'invoices', category: 'write' as const },
    },
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
  {
    name: 'a read that names the student and another student reads the other one too',
    identity,
    history,
    event: {
      ...recordRead('e-both-records', 'S377120'),
      action: {
        api: 'records.get',
        service: 'records',
        category: 'read' as const,
        parameters: { requester: 'S204411', student: 'S377120' },
      },
    },
    expect: { reason: 'user_not_entitled', severity: 'high' },
  },
];
