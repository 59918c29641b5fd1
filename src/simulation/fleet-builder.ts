import type { AgentSpec, Archetype, Person } from './fleet-model.js';
import { ARCHETYPES, FLEET_ORDER } from './agent-catalog.js';
import { PeopleDirectory, TEAMS, COMPANY_DOMAIN } from './people-directory.js';
import { Rng } from './prng.js';
import { DAY_MS } from './zoned-time.js';

/** Team mailboxes that own shared agents. */
const TEAM_OWNERS: Readonly<Record<string, string>> = {
  finance: `finance-ops@${COMPANY_DOMAIN}`,
  sales: `sales-ops@${COMPANY_DOMAIN}`,
  data: `data-platform@${COMPANY_DOMAIN}`,
  platform: `platform-team@${COMPANY_DOMAIN}`,
  people: `hr-systems@${COMPANY_DOMAIN}`,
  support: `support-ops@${COMPANY_DOMAIN}`,
};

/** The simulated fleet: its agents and the people behind them. */
export interface Fleet {
  agents: AgentSpec[];
  people: PeopleDirectory;
}

/**
 * Builds `count` agents for a seed. Families are filled in FLEET_ORDER, so instance names
 * (`invoice-bot-1`, `invoice-bot-2`) share a cohort prefix; everything else varies with the seed.
 */
export function buildFleet(count: number, seed: number, start: number): Fleet {
  const people = new PeopleDirectory(seed);
  const rng = Rng.derive(seed, 'fleet');
  const instances = new Map<string, number>();
  const agents: AgentSpec[] = [];
  const personalOwners = new Set<string>();
  for (let index = 0; index < count; index++) {
    const key = FLEET_ORDER[index % FLEET_ORDER.length] ?? 'mail-assistant';
    const archetype: Archetype = ARCHETYPES[key];
    const n = (instances.get(key) ?? 0) + 1;
    instances.set(key, n);
    const name = `${key}-${n}`;
    const id = `agt-${rng.hex(12)}`;
    let users: Person[] = [];
    let owner: string | undefined;
    let timezone = 'UTC';
    let team = archetype.team;
    if (archetype.type === 'personal') {
      // A personal agent belongs to one person; pick someone who does not have one of this kind yet.
      const teamName = key === 'code-assistant' ? 'engineering' : rng.pick(Object.keys(TEAMS));
      const candidates = people.team(teamName).filter((p) => !personalOwners.has(`${key}:${p.email}`));
      const person = rng.pick(candidates.length > 0 ? candidates : people.team(teamName));
      personalOwners.add(`${key}:${person.email}`);
      users = [person];
      owner = person.email;
      timezone = person.timezone;
      team = person.team;
    } else {
      const members = team ? people.team(team) : [];
      if (archetype.invokers === 'team_users') users = rng.shuffle(members).slice(0, rng.int(3, 6));
      // Shared agents are owned by a team mailbox or by the engineer who built them; a few have lost their owner.
      if (archetype.owned && team) owner = rng.chance(0.75) ? TEAM_OWNERS[team] : rng.pick(members).email;
      if (archetype.owned && archetype.type === 'organizational' && rng.chance(0.08)) owner = undefined;
      timezone = rng.pick(archetype.timezones.length > 0 ? archetype.timezones : ['UTC']);
    }
    agents.push({
      index,
      id,
      name,
      archetype,
      type: archetype.type,
      owner,
      vendor: archetype.vendor,
      team,
      timezone,
      pattern: archetype.pattern(rng),
      users,
      delegator: undefined,
      credentialId: `${archetype.credentialType === 'aws_access_key' ? 'AKIA' : 'cred-'}${rng.hex(16).toUpperCase()}`,
      credentialIssuedAt: start - rng.int(20, 400) * DAY_MS,
      sourceIp:
        archetype.type === 'third_party'
          ? `52.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
          : `10.${rng.int(0, 40)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
      volume: 0.7 + rng.float() * 0.6,
      presence: archetype.type === 'personal' ? 0.93 : 1,
    });
  }
  // Deploy bots are driven by the release orchestrator when the fleet has one, else by an outside one.
  const orchestrator = agents.find((a) => a.archetype.key === 'release-orchestrator');
  for (const agent of agents) {
    if (agent.archetype.invokers === 'orchestrator')
      agent.delegator = orchestrator?.id ?? 'agt-external-release-orchestrator';
  }
  return { agents, people };
}
