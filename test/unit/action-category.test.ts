import { describe, expect, it } from 'vitest';
import { inferCategory, isBulkRead } from '../../src/events/action-category.js';
import type { AgentEvent } from '../../schemas/event.js';

describe('category inferred from an API name', () => {
  it('lets the leading verb speak over a noun that names other things too', () => {
    // An insurance desk's tools: a policy here is a contract, not an access policy.
    expect(inferCategory('lookup_policy')).toBe('read');
    expect(inferCategory('get_policy_document')).toBe('read');
    expect(inferCategory('email_policyholder')).toBe('send');
    expect(inferCategory('get_user_permissions')).toBe('read');
    // A payslip is a document about pay: mailing one is a send, not a payment.
    expect(inferCategory('send_payslip_email')).toBe('send');
    expect(inferCategory('emailPayStub')).toBe('send');
    expect(inferCategory('send_payment')).toBe('payment');
  });

  it('reads a name without a verb that ends in what a reading produces as a read', () => {
    expect(inferCategory('payments_report')).toBe('read');
    expect(inferCategory('refunds.summary')).toBe('read');
    expect(inferCategory('ChargebackStats')).toBe('read');
    // A verb before it says what is done to the report; identity words keep their reading.
    expect(inferCategory('delete_report')).toBe('delete');
    expect(inferCategory('email_report')).toBe('send');
    expect(inferCategory('create_report')).toBe('write');
    expect(inferCategory('GetCredentialReport')).toBe('identity');
    expect(inferCategory('pay_invoice')).toBe('payment');
    expect(inferCategory('disburse')).toBe('payment');
  });

  it('reads a reading verb as a whole word, or run together with its object, not inside another word', () => {
    expect(inferCategory('ListBuckets')).toBe('read');
    expect(inferCategory('getlisting')).toBe('read');
    expect(inferCategory('websearch')).toBe('read');
    expect(inferCategory('preview_document')).toBe('read');
    // A verb inside a noun names a thing: `restore_listing` is of unknown kind, not a read.
    expect(inferCategory('restore_listing')).toBe('other');
    expect(inferCategory('listings')).toBe('other');
    expect(inferCategory('spreadsheet')).toBe('other');
    expect(inferCategory('budget')).toBe('other');
  });

  it('reads the method that ends a resource-style name as its verb when none leads', () => {
    expect(inferCategory('policycore.policies.get')).toBe('read');
    expect(inferCategory('drive.permissions.list')).toBe('read');
    expect(inferCategory('gmail.users.messages.send')).toBe('send');
    // Collections that delete, pay, administer or touch identities keep that reading.
    for (const [api, category] of [
      ['iam.roles.get', 'identity'],
      ['permissions.grant.get', 'identity'],
      ['payments.refunds.get', 'payment'],
      ['payments.transfers.send', 'payment'],
      ['billing.refunds.create', 'payment'],
      ['admin.users.list', 'admin'],
      ['delete.user.view', 'delete'],
    ] as const)
      expect(inferCategory(api), api).toBe(category);
    // Names in one piece have their verb first: a trailing noun that is also a verb says nothing.
    for (const [api, category] of [
      ['delete_saved_query', 'delete'],
      ['DeleteSavedSearch', 'delete'],
      ['remove_mailing_list', 'delete'],
      ['purge_audit_view', 'delete'],
      ['disable_audit_view', 'admin'],
      ['terminate_instance_view', 'admin'],
      ['issue_refund_check', 'payment'],
      ['cancel_payment_check', 'payment'],
      ['wire_funds_lookup', 'payment'],
      ['CreateDatabaseView', 'write'],
    ] as const)
      expect(inferCategory(api), api).toBe(category);
    // Two words: the second is the verb already; no verb at the end: the nouns speak.
    expect(inferCategory('policies.get')).toBe('read');
    expect(inferCategory('policycore.policies.renew')).toBe('identity');
  });

  it('keeps identity words that mean identities whatever the verb, and money sent a payment', () => {
    expect(inferCategory('GetAccessKey')).toBe('identity');
    expect(inferCategory('list_iam_roles')).toBe('identity');
    expect(inferCategory('send_password_reset')).toBe('identity');
    expect(inferCategory('DeleteUserPolicy')).toBe('identity');
    expect(inferCategory('send_money')).toBe('payment');
    expect(inferCategory('read_channel_messages')).toBe('read');
    expect(inferCategory('forward_email')).toBe('send');
    // A sending verb does not hide what else the name does.
    expect(inferCategory('email.messages.delete')).toBe('delete');
    expect(inferCategory('email.settings.update')).toBe('admin');
    expect(inferCategory('send_admin_invite')).toBe('admin');
    // A grant stays an identity change, whatever it grants: a narrower reading let `grant_superuser`,
    // `kms:CreateGrant` and SQL grants through as routine writes.
    for (const api of [
      'grant_superuser',
      'GrantDelegatedAccess',
      'kms:CreateGrant',
      'db.grant',
      'grant_owner',
    ])
      expect(inferCategory(api), api).toBe('identity');
  });

  it('reads a change of group membership as an identity change, and listing members as a read', () => {
    for (const api of [
      'add_to_group',
      'remove_user_from_group',
      'idp.groups.members.add',
      'AddMemberToGroup',
    ])
      expect(inferCategory(api), api).toBe('identity');
    expect(inferCategory('list_group_members')).toBe('read');
    expect(inferCategory('groups.list')).toBe('read');
    // A group chat is no access group, and a membership fee is money.
    expect(inferCategory('add_to_group_chat')).toBe('write');
    expect(inferCategory('remove_from_group_chat')).toBe('delete');
    expect(inferCategory('membership_fee_charge')).toBe('payment');
    expect(inferCategory('cancel_membership')).toBe('other');
  });
});

describe('bulk reads', () => {
  const read = (api: string, parameters: Record<string, unknown> = {}) =>
    ({ action: { api, category: 'read', parameters } }) as unknown as AgentEvent;

  it('reads an export or a dump by its name', () => {
    expect(isBulkRead(read('crm.export.all'))).toBe(true);
    expect(isBulkRead(read('customers.get'))).toBe(false);
  });

  it('reads a call that puts what it read at a place it names as an export, whatever its name', () => {
    expect(isBulkRead(read('lakehouse.unload', { destination: 's3://partner-share/x/' }))).toBe(true);
    expect(isBulkRead(read('warehouse.copy', { outputUri: 'gs://bucket/out/' }))).toBe(true);
    expect(isBulkRead(read('tables.copy', { unload_to: 'sftp://files.example.net/in' }))).toBe(true);
  });

  it('does not read a source, a plain path or a label as a destination', () => {
    // A fetch names where it reads from; a destination without a scheme is a table or a folder.
    expect(isBulkRead(read('web.fetch', { url: 'https://example.org/page' }))).toBe(false);
    expect(isBulkRead(read('lakehouse.copy', { destination: 'raw.guests' }))).toBe(false);
    expect(isBulkRead(read('files.get', { source: 's3://bucket/in/' }))).toBe(false);
    expect(isBulkRead(read('browser.navigate', { target_url: 'https://example.org/page' }))).toBe(false);
  });

  it('reads destination keys in their other spellings, for reads only', () => {
    expect(isBulkRead(read('jobs.extract', { destinationUri: 'gs://bucket/out/' }))).toBe(true);
    expect(isBulkRead(read('jobs.extract', { destination_url: 'https://files.example.net/drop' }))).toBe(
      true,
    );
    const send = {
      action: {
        api: 'files.send',
        category: 'send',
        parameters: { destination: 'sftp://partner.example/in' },
      },
    } as unknown as AgentEvent;
    expect(isBulkRead(send)).toBe(false);
  });
});
