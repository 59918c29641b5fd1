import { describe, expect, it } from 'vitest';
import { inferCategory } from '../../src/events/action-category.js';

describe('category inferred from an API name', () => {
  it('lets the leading verb speak over a noun that names other things too', () => {
    // An insurance desk's tools: a policy here is a contract, not an access policy.
    expect(inferCategory('lookup_policy')).toBe('read');
    expect(inferCategory('get_policy_document')).toBe('read');
    expect(inferCategory('email_policyholder')).toBe('send');
    expect(inferCategory('get_user_permissions')).toBe('read');
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
  });

  it('reads a grant as an identity change when it grants access, not store credit', () => {
    expect(inferCategory('grant_access')).toBe('identity');
    expect(inferCategory('GrantAccessToRepo')).toBe('identity');
    expect(inferCategory('grant_role')).toBe('identity');
    expect(inferCategory('grantPermission')).toBe('identity');
    expect(inferCategory('grant_store_credit')).not.toBe('identity');
    expect(inferCategory('grant_discount')).not.toBe('identity');
  });
});
