import { describe, expect, it } from 'vitest';
import { cohortKey, namePrefix } from '../../src/baseline/cohort-index.js';

describe('cohort by name', () => {
  it('strips instance suffixes', () => {
    expect(namePrefix('invoice-bot-17')).toBe('invoice-bot');
    expect(namePrefix('invoice-bot#3')).toBe('invoice-bot');
    expect(namePrefix('invoice-bot-7f3a9c')).toBe('invoice-bot');
  });

  it("strips the owner's name from a personal instance of a role, whole words only", () => {
    expect(namePrefix('scribe-oadeyemi', 'o.adeyemi')).toBe('scribe');
    expect(namePrefix('scribe-hpemberton', 'h.pemberton')).toBe('scribe');
    expect(namePrefix('pa-leonor', 'leonor.vaz')).toBe('pa');
    expect(namePrefix('pa-tvalente-compset', 't.valente@corp.example')).toBe('pa-compset');
    // A name that is nothing but the owner's, or that only contains it inside a word, stays.
    expect(namePrefix('alice', 'alice@corp.example')).toBe('alice');
    expect(namePrefix('malice-bot', 'alice@corp.example')).toBe('malice-bot');
    // An owner that is a team mailbox names no person: a short id is left alone.
    expect(namePrefix('hr-bot', 'hr@corp.example')).toBe('hr-bot');
  });

  it("puts two people's personal instances of one role in one cohort; not team agents named after their mailbox", () => {
    const rules = ['name_prefix'] as const;
    expect(cohortKey({ name: 'scribe-oadeyemi', owner: 'o.adeyemi', type: 'personal' }, rules)).toBe(
      cohortKey({ name: 'scribe-hpemberton', owner: 'h.pemberton', type: 'personal' }, rules),
    );
    expect(
      cohortKey({ name: 'payroll-bot', owner: 'payroll.ops@corp.example', type: 'organizational' }, rules),
    ).not.toBe(
      cohortKey({ name: 'deploy-bot', owner: 'deploy.ops@corp.example', type: 'organizational' }, rules),
    );
  });
});
