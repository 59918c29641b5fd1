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

  it('needs most owners with an address: a few staff on a public provider do not make it inside', () => {
    const org = new OrganisationDomains();
    for (let i = 0; i < 12; i += 1) org.observe(`staff${i}@corp.example`, 'organizational');
    for (let i = 0; i < 3; i += 1) org.observe(`p${i}@mail.example`, 'personal');
    expect([...org.domains]).toEqual(['corp.example']);
    const split = new OrganisationDomains();
    for (let i = 0; i < 6; i += 1) split.observe(`staff${i}@corp.example`, 'organizational');
    for (let i = 0; i < 9; i += 1) split.observe(`p${i}@mail.example`, 'personal');
    expect([...split.domains]).toEqual(['mail.example']);
  });

  it('counts one person written in another case once', () => {
    const org = new OrganisationDomains();
    for (const owner of ['X@evil.example', 'x@evil.example', 'x@EVIL.example', 'y@corp.example'])
      org.observe(owner, 'personal');
    expect([...org.domains]).toEqual([]);
  });

  it('hands out a new set when the domains change, never the one a view holds', () => {
    const org = new OrganisationDomains();
    for (const owner of ['a@corp.example', 'b@corp.example']) org.observe(owner, 'personal');
    const before = org.domains;
    org.observe('c@corp.example', 'personal');
    expect([...before]).toEqual([]);
    expect([...org.domains]).toEqual(['corp.example']);
  });

  it('takes the domain of mailboxes named like people known without an address, not customers at a provider', () => {
    const org = new OrganisationDomains();
    for (const id of ['lmarsh', 'cdelgado', 'sbrandt', 'egomez']) org.observe(id, 'personal');
    org.observePerson('bfoster');
    // Customers at a public provider, however many, are not named like its people.
    for (let i = 0; i < 20; i += 1) org.observeRecipient(`customer${i}@gmail.example`);
    org.observeRecipient('lmarsh@forge.example');
    org.observeRecipient('lmarsh@forge.example');
    org.observeRecipient('sbrandt@forge.example');
    expect([...org.domains]).toEqual([]);
    org.observeRecipient('bfoster@forge.example');
    expect([...org.domains]).toEqual(['forge.example']);
    // A few mailboxes named like staff elsewhere stay outside: the organisation's is most of them.
    for (const id of ['cdelgado', 'egomez']) org.observeRecipient(`${id}@forge.example`);
    for (const id of ['lmarsh', 'cdelgado', 'egomez']) org.observeRecipient(`${id}@drop.example`);
    expect([...org.domains]).toEqual(['forge.example']);
  });
});
