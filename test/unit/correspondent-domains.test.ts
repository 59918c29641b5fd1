import { describe, expect, it } from 'vitest';
import { CorrespondentDomains } from '../../src/baseline/correspondent-domains.js';

const DAY = 86_400_000;

describe('CorrespondentDomains', () => {
  it('counts a domain named on two days, not a near-copy read once', () => {
    const known = new CorrespondentDomains();
    known.observe(['billing@granitepaving.example', 'ap@corp.example'], 0);
    expect(known.has('granitepaving.example')).toBe(false);
    known.observe(['billing@granitepaving.example'], DAY / 2);
    expect(known.has('granitepaving.example')).toBe(false);
    known.observe(['BILLING@granitepaving.example'], DAY + 1);
    expect(known.has('granitepaving.example')).toBe(true);
    // The phishing mail itself, read once: no correspondent.
    known.observe(['accounts@granitepavings.example'], 3 * DAY);
    expect(known.has('granitepavings.example')).toBe(false);
    const lookalike = (d: string) => d.startsWith('granitepaving');
    expect(known.genuineFor('granitepavings.example', lookalike)).toBe('granitepaving.example');
    // A look-alike thread read on two more days is a correspondent, yet still the newcomer.
    known.observe(['accounts@granitepavings.example'], 4 * DAY);
    expect(known.has('granitepavings.example')).toBe(true);
    known.observe(['billing@granitepaving.example'], 5 * DAY);
    expect(known.genuineFor('granitepavings.example', lookalike)).toBe('granitepaving.example');
    // The genuine domain is never a look-alike of the newcomer.
    expect(known.genuineFor('granitepaving.example', (d) => d.startsWith('granitepavings'))).toBeUndefined();
  });

  it('counts a domain a clean write recorded at once, and a bare domain as the domain', () => {
    const known = new CorrespondentDomains();
    known.observe(['fjordsidehandling.example'], 0, true);
    expect(known.has('fjordsidehandling.example')).toBe(true);
    const lookalike = (d: string) => d.replace('-', '') === 'fjordsidehandling.example';
    expect(known.genuineFor('fjordside-handling.example', lookalike)).toBe('fjordsidehandling.example');
    // Read, not written: a correspondent only from a second day.
    known.observe(['ops@harbourtugs.example'], 0);
    expect(known.has('harbourtugs.example')).toBe(false);
    // A site's name is no bare domain.
    known.observe(['www.harbourtugs.example'], DAY, true);
    expect(known.has('www.harbourtugs.example')).toBe(false);
    // A bare domain named outside a party's record (a lookup, a blocklist) is nobody's.
    for (const day of [0, 1, 2]) known.observe(['lookup-target.example'], day * DAY);
    expect(known.has('lookup-target.example')).toBe(false);
    // A record makes a correspondent, not one named on days.
    expect(known.namedOnDays('fjordsidehandling.example')).toBe(false);
    known.observe(['ops@fjordsidehandling.example'], 2 * DAY);
    expect(known.namedOnDays('fjordsidehandling.example')).toBe(true);
  });

  it('leaves values that are no mail address out', () => {
    const known = new CorrespondentDomains();
    for (const day of [0, 1, 2])
      known.observe(['https://granitepaving.example/pay', 'NL91ABNA0417164300'], day * DAY);
    expect(known.genuineFor('granitepaving.example', () => true)).toBeUndefined();
  });
});
