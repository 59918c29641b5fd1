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
    expect(known.find((d) => d.startsWith('granite'))).toBe('granitepaving.example');
  });

  it('leaves values that are no mail address out', () => {
    const known = new CorrespondentDomains();
    for (const day of [0, 1, 2])
      known.observe(['https://granitepaving.example/pay', 'NL91ABNA0417164300'], day * DAY);
    expect(known.find(() => true)).toBeUndefined();
  });
});
