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

  it('takes the domain of mailboxes named like people known without an address, mailed by agents of several owners', () => {
    const org = new OrganisationDomains();
    for (const id of ['lmarsh', 'cdelgado', 'sbrandt', 'egomez']) org.observe(id, 'personal');
    org.observePerson('bfoster');
    // Customers at a public provider, however many, are not named like its people.
    for (let i = 0; i < 20; i += 1) org.observeRecipient(`customer${i}@gmail.example`, 'lmarsh', 'lmarsh');
    org.observeRecipient('sbrandt@forge.example', 'lmarsh', 'lmarsh');
    org.observeRecipient('egomez@forge.example', 'lmarsh', 'lmarsh');
    org.observeRecipient('bfoster@forge.example', 'lmarsh', 'lmarsh');
    // One owner's agent mailing three people there is not enough.
    expect([...org.domains]).toEqual([]);
    org.observeRecipient('lmarsh@forge.example', 'cdelgado', 'cdelgado');
    expect([...org.domains]).toEqual([]);
    org.observeRecipient('lmarsh@forge.example', 'sbrandt', 'sbrandt');
    expect([...org.domains]).toEqual(['forge.example']);
  });

  it('does not count mail to the sender at another domain (personal forwarding)', () => {
    const org = new OrganisationDomains();
    for (const id of ['ann', 'ben', 'cat', 'dan']) org.observePerson(id);
    for (const id of ['ann', 'ben', 'cat', 'dan'])
      org.observeRecipient(`${id}@gmail.example`, `${id}-owner`, id);
    expect([...org.domains]).toEqual([]);
  });
});
