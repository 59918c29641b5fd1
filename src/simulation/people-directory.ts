import type { Person } from './fleet-model.js';
import { Rng } from './prng.js';

/** The simulated company's mail domain. */
export const COMPANY_DOMAIN = 'acme-corp.com';

const FIRST = [
  'alice',
  'bob',
  'carla',
  'deepak',
  'elena',
  'farid',
  'grace',
  'hiro',
  'ines',
  'jonas',
  'kemi',
  'lucas',
  'maya',
  'nils',
  'olga',
  'pedro',
  'quinn',
  'rosa',
  'sam',
  'tara',
  'umar',
  'vera',
  'wei',
  'yusuf',
  'zoe',
];
const LAST = [
  'meyer',
  'okafor',
  'santos',
  'tanaka',
  'novak',
  'kumar',
  'larsen',
  'dubois',
  'rossi',
  'chen',
  'murphy',
  'haddad',
  'kowalski',
  'silva',
  'berg',
];
const PARTNER_DOMAINS = [
  'globex.example',
  'initech.example',
  'umbrella-logistics.example',
  'stark-supplies.example',
  'hooli.example',
];

/** Teams with the zones their people work in. */
export const TEAMS: Readonly<Record<string, readonly string[]>> = {
  finance: ['Europe/Berlin', 'Europe/London'],
  sales: ['America/New_York', 'America/Los_Angeles', 'Europe/London'],
  engineering: ['Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata'],
  data: ['Europe/Berlin', 'America/New_York'],
  platform: ['Europe/Berlin', 'Asia/Tokyo'],
  people: ['America/New_York', 'Australia/Sydney'],
  support: ['Europe/London', 'Asia/Kolkata'],
};

/** The people of the company, drawn once per seed; every team has several members. */
export class PeopleDirectory {
  private readonly byTeam = new Map<string, Person[]>();

  constructor(seed: number) {
    const rng = Rng.derive(seed, 'people');
    const used = new Set<string>();
    for (const team of Object.keys(TEAMS)) {
      const zones = TEAMS[team] ?? ['UTC'];
      const zone = rng.pick(zones);
      const members: Person[] = [];
      for (let i = 0; i < 8; i++) {
        let email = '';
        let name = '';
        do {
          const first = rng.pick(FIRST);
          const last = rng.pick(LAST);
          name = `${first[0]?.toUpperCase() ?? ''}${first.slice(1)} ${last[0]?.toUpperCase() ?? ''}${last.slice(1)}`;
          email = `${first}.${last}@${COMPANY_DOMAIN}`;
        } while (used.has(email));
        used.add(email);
        const partners = rng
          .shuffle(PARTNER_DOMAINS)
          .slice(0, 2)
          .map((domain) => `${rng.pick(FIRST)}.${rng.pick(LAST)}@${domain}`);
        // Most of a team shares a zone; some members sit elsewhere.
        members.push({
          email,
          name,
          team,
          timezone: rng.chance(0.8) ? zone : rng.pick(zones),
          colleagues: [],
          partners,
        });
      }
      for (const member of members) {
        (member.colleagues as string[]).push(...members.filter((m) => m !== member).map((m) => m.email));
      }
      this.byTeam.set(team, members);
    }
  }

  /** Members of a team (at least one). */
  team(team: string): readonly Person[] {
    const members = this.byTeam.get(team);
    if (!members || members.length === 0) throw new RangeError(`no team ${team}`);
    return members;
  }
}
