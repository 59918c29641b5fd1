import { describe, expect, it } from 'vitest';
import { OrganisationDomains } from '../../src/baseline/organisation-domains.js';

describe('OrganisationDomains', () => {
  it("takes a domain that several owners share, not one person's private address", () => {
    const org = new OrganisationDomains();
    org.observe('ana@corp.example', 'organizational');
    org.observe('ben@corp.example', 'personal');
    expect([...org.domains]).toEqual([]);
    org.observe('cy@corp.example', 'organizational');
    org.observe('dee@gmail.example', 'personal');
    expect([...org.domains]).toEqual(['corp.example']);
  });

  it('counts each owner once, leaves out owners without an address and third-party agents', () => {
    const org = new OrganisationDomains();
    for (let i = 0; i < 5; i += 1) org.observe('ana@corp.example', 'organizational');
    org.observe('bob', 'personal');
    for (const owner of ['v1@vendor.example', 'v2@vendor.example', 'v3@vendor.example'])
      org.observe(owner, 'third_party');
    expect([...org.domains]).toEqual([]);
  });

  it('needs a fifth of the owners with an address: a few stray private addresses do not count', () => {
    const org = new OrganisationDomains();
    for (let i = 0; i < 20; i += 1) org.observe(`staff${i}@corp.example`, 'organizational');
    for (let i = 0; i < 3; i += 1) org.observe(`p${i}@mail.example`, 'personal');
    expect([...org.domains]).toEqual(['corp.example']);
  });
});
