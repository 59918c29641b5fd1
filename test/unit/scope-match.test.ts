import { describe, expect, it } from 'vitest';
import { ScopeMatcher } from '../../src/registry/scope-match.js';

describe('scope matching of people rights', () => {
  it('grants an action worded as a right of its own only by that right or a broader one', () => {
    const matcher = new ScopeMatcher();
    matcher.setRights(['expenses:submit', 'expenses:approve', 'expenses', 'expenses:manage', 'tickets.read']);
    const api = 'expenses.claims.approve';
    // `submit` and `approve` go with many services: to the word match both rights are `expenses`.
    for (const service of ['spend', 'hr', 'travel']) {
      matcher.observe({ service, api: `${service}.items.submit` });
      matcher.observe({ service, api: `${service}.items.approve` });
    }
    expect(matcher.covering(['expenses:submit'], { service: 'spend', api })).toBe('expenses:submit');
    expect(matcher.coveringWorded(['expenses:submit'], api)).toBeNull();
    expect(matcher.coveringWorded(['expenses:submit', 'expenses:approve'], api)).toBe('expenses:approve');
    expect(matcher.coveringWorded(['expenses'], api)).toBe('expenses');
    expect(matcher.coveringWorded(['expenses:manage'], api)).toBe('expenses:manage');
    expect(matcher.coveringWorded(['*'], api)).toBe('*');
    // No right worded as the action: the word match decides.
    expect(matcher.coveringWorded(['tickets.read'], 'tickets.comments.create')).toBeUndefined();
  });
});
