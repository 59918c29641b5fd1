import { ARCHETYPES } from './agent-catalog.js';
import type { Archetype } from './fleet-model.js';

/**
 * How a simulated task writes its declared `intent.scopes`. Producers do not agree on one
 * vocabulary, and detection must not depend on which one they chose:
 * - `api`: the API names themselves, `*` as a wildcard (`gmail.users.messages.send`): the default;
 * - `service`: the services those APIs belong to (`gmail`, `github`);
 * - `capability`: a capability word covering one or more services (`mail`; `code` for GitHub and the
 *   agent runtime; `identity` for Okta and AWS IAM);
 * - `oauth`: one OAuth-style scope URL per service (`https://www.googleapis.com/auth/gmail.modify`).
 * Each service has exactly one spelling per style, so every style carries the same information
 * (up to the coarser grain of services and capabilities).
 */
export const SCOPE_STYLES = ['api', 'service', 'capability', 'oauth'] as const;
export type ScopeStyle = (typeof SCOPE_STYLES)[number];

/** The capability word and OAuth-style URL of each service of the catalog. */
const SERVICE_SPELLINGS: Readonly<Record<string, { capability: string; oauth: string }>> = {
  gmail: { capability: 'mail', oauth: 'https://www.googleapis.com/auth/gmail.modify' },
  'google-calendar': { capability: 'calendar', oauth: 'https://www.googleapis.com/auth/calendar' },
  'google-drive': { capability: 'files', oauth: 'https://www.googleapis.com/auth/drive' },
  'google-docs': { capability: 'files', oauth: 'https://www.googleapis.com/auth/documents' },
  slack: { capability: 'chat', oauth: 'https://slack.com/oauth/v2/scopes/chat:write' },
  github: { capability: 'code', oauth: 'https://github.com/login/oauth/scopes/repo' },
  'agent-runtime': { capability: 'code', oauth: 'https://agents.acme-corp.com/oauth/scopes/invoke' },
  kubernetes: { capability: 'deploy', oauth: 'https://k8s.acme-corp.com/oauth/scopes/apps.deployments' },
  netsuite: { capability: 'accounting', oauth: 'https://system.netsuite.com/oauth2/scopes/rest_webservices' },
  stripe: { capability: 'payments', oauth: 'https://connect.stripe.com/oauth/scopes/read_write' },
  snowflake: { capability: 'analytics', oauth: 'https://acme.snowflakecomputing.com/oauth/scopes/session' },
  'aws-s3': { capability: 'storage', oauth: 'https://aws.amazon.com/iam/scopes/s3' },
  'aws-iam': { capability: 'identity', oauth: 'https://aws.amazon.com/iam/scopes/iam' },
  'aws-cloudtrail': { capability: 'audit', oauth: 'https://aws.amazon.com/iam/scopes/cloudtrail' },
  'aws-secretsmanager': { capability: 'secrets', oauth: 'https://aws.amazon.com/iam/scopes/secretsmanager' },
  'aws-ec2': { capability: 'infrastructure', oauth: 'https://aws.amazon.com/iam/scopes/ec2' },
  salesforce: { capability: 'crm', oauth: 'https://login.salesforce.com/services/oauth2/scopes/api' },
  'contacts-api': { capability: 'crm', oauth: 'https://api.acme-corp.com/oauth/scopes/contacts' },
  zendesk: { capability: 'support', oauth: 'https://acme.zendesk.com/oauth/scopes/tickets:write' },
  workday: { capability: 'hr', oauth: 'https://wd5.myworkday.com/oauth2/scopes/staffing' },
  okta: { capability: 'identity', oauth: 'https://acme.okta.com/oauth2/v1/scopes/okta.users.manage' },
};

/** Every API of the archetypes with its service. */
function apiServices(archetypes: readonly Archetype[]): Map<string, string> {
  const services = new Map<string, string>();
  for (const archetype of archetypes) {
    for (const task of [archetype.heartbeat, ...archetype.tasks, archetype.newTask])
      for (const step of task.steps) services.set(step.action.api, step.action.service);
    services.set(archetype.rollout.api, archetype.rollout.service);
    for (const drift of archetype.driftApis) services.set(drift.api, drift.service);
  }
  return services;
}

const escapeRegExp = (text: string): string => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/**
 * The writer of one style: maps a task's API-name scopes to the style's words (deduplicated, in the
 * order first met). A scope names an API of the catalog or a glob over them; one matching nothing
 * falls back to its first word as the service, so a new catalog entry still gets a spelling.
 */
export function scopeWriter(
  style: ScopeStyle,
  archetypes: readonly Archetype[] = Object.values(ARCHETYPES),
): (scopes: readonly string[]) => string[] {
  if (style === 'api') return (scopes) => [...scopes];
  const services = apiServices(archetypes);
  const serviceOf = (scope: string): string => {
    const exact = services.get(scope);
    if (exact !== undefined) return exact;
    if (scope.includes('*')) {
      const pattern = new RegExp(`^${scope.split('*').map(escapeRegExp).join('.*')}$`);
      for (const [api, service] of services) if (pattern.test(api)) return service;
    }
    return (/[a-z0-9]+/i.exec(scope)?.[0] ?? scope).toLowerCase();
  };
  const spell = (service: string): string => {
    if (style === 'service') return service;
    const spelling = SERVICE_SPELLINGS[service];
    if (style === 'capability') return spelling?.capability ?? service;
    return spelling?.oauth ?? `https://auth.acme-corp.com/oauth/scopes/${service}`;
  };
  const cache = new Map<string, string>();
  return (scopes) => {
    const out: string[] = [];
    for (const scope of scopes) {
      let word = cache.get(scope);
      if (word === undefined) {
        word = spell(serviceOf(scope));
        cache.set(scope, word);
      }
      if (!out.includes(word)) out.push(word);
    }
    return out;
  };
}
