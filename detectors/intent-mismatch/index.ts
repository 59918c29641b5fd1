import { z } from 'zod';
import { ACTION_CATEGORIES, type ActionCategory, type AgentEvent } from '../../schemas/event.js';
import { CATEGORY_RISK, actionCategory } from '../../src/detection/action-category.js';
import { describeAgent } from '../../src/detection/agent-text.js';
import {
  defineDetector,
  type BaselineView,
  type EvidenceValue,
  type Finding,
  type QuarantineKey,
  type TechniqueTag,
} from '../../src/detection/detector-contract.js';
import { actionTargets, taskKey } from '../../src/events/event-keys.js';
import type { KnownValues } from '../../src/events/known-values.js';
import {
  categoriesForTask,
  emailDomain,
  normaliseToken,
  scopeCovers,
} from '../../src/detection/intent-vocabulary.js';
import { clampScore, severityFromScore } from '../../src/detection/severity.js';
import { cases } from './cases.js';

const weight = (value: number, what: string) => z.number().min(0).max(100).default(value).describe(what);

const config = z
  .strictObject({
    scope_weight: weight(45, 'Points when the action is outside the declared intent.scopes.'),
    tolerated_scope_weight: weight(
      20,
      'Points for an out-of-scope read of non-sensitive data that cohort peers make for the same task too, or that is habitual for the task.',
    ),
    category_weight: weight(40, 'Points when the action category is one the task does not call for.'),
    task_novelty_weight: weight(
      20,
      "Points when the API is unseen for this task in the agent's and its cohort's history.",
    ),
    ungrounded_payment_weight: weight(
      45,
      'Points for a payment to a target named neither in the task nor in its history.',
    ),
    ungrounded_send_weight: weight(
      30,
      'Points for sending to an outside recipient named neither in the task nor in its history.',
    ),
    ungrounded_change_weight: weight(
      30,
      'Points for deleting or changing identities or admin settings on an ungrounded target.',
    ),
    ungrounded_sensitive_read_weight: weight(
      25,
      'Points for reading a restricted or confidential target ungrounded in the task or history.',
    ),
    redirect_weight: weight(
      45,
      'Points for sending or paying to a target other than the address or account the request names (a redirect).',
    ),
    min_signal_points: weight(40, 'Signal points needed for an alert.'),
    task_min_events: z
      .number()
      .int()
      .min(1)
      .default(20)
      .describe('Events a task needs in the history before "unseen for this task" counts.'),
    internal_domains: z
      .array(z.string())
      .default([])
      .describe(
        "Email domains that are inside the organisation (the owner's and the user's domains always are).",
      ),
    task_verbs: z
      .record(z.string(), z.array(z.enum(ACTION_CATEGORIES)))
      .default({})
      .describe(
        'Extra task verbs (word stems) and the action categories they call for, e.g. {"reconcil": ["read", "write"]}.',
      ),
  })
  .describe('intent-mismatch settings');

type Config = z.output<typeof config>;

/** Categories whose targets must be grounded in the task or the history. */
const CHANGE_CATEGORIES: ReadonlySet<ActionCategory> = new Set(['delete', 'identity', 'admin']);

interface Signal {
  code: string;
  points: number;
  text: string;
}

function internalDomains(cfg: Config, event: AgentEvent): Set<string> {
  const out = new Set(cfg.internal_domains.map((d) => d.toLowerCase()));
  for (const who of [event.agent.owner, event.on_behalf_of?.id]) {
    const d = who ? emailDomain(who) : undefined;
    if (d) out.add(d);
  }
  return out;
}

function evaluate(cfg: Config, event: AgentEvent, view: BaselineView): Finding[] {
  const intent = event.intent;
  if (!intent) return [];
  const { agent } = view;
  const category = actionCategory(event);
  const api = event.action.api;
  const description = intent.description ?? '';
  const signals: Signal[] = [];
  // An array, deduplicated only when a finding is made: most events raise nothing.
  const quarantine: QuarantineKey[] = [];

  // (a) outside the declared scopes
  const scopes = intent.scopes ?? [];
  const inDeclaredScope = scopes.length > 0 && scopes.some((s) => scopeCovers(s, event));
  const task = taskKey(event);
  const taskScope = task !== undefined ? agent.task(task) : undefined;
  if (scopes.length > 0 && !inDeclaredScope) {
    // An out-of-scope read of non-sensitive data that the cohort makes for the same task too (a
    // rollout the manifests have not caught up with), or that the task has made for days, weighs
    // little; writes and sensitive actions keep their full weight.
    const sensitivity = event.resource?.sensitivity;
    const harmless = category === 'read' && sensitivity !== 'restricted' && sensitivity !== 'confidential';
    const peers = task !== undefined ? peersForTask(view, task, api) : 0;
    const habitual = taskScope?.apis.isKnown(api, event.ts, view.forgetAfterMs) ?? false;
    const tempered = harmless && (peers > 0 || habitual);
    signals.push({
      code: 'outside_declared_scopes',
      points: tempered ? cfg.tolerated_scope_weight : cfg.scope_weight,
      text:
        `${api} (${category}) is outside the declared scopes [${scopes.join(', ')}]` +
        (tempered ? ` (${habitual ? 'habitual for this task' : `${peers} cohort peer(s) do the same`})` : ''),
    });
    quarantine.push('task_api');
  }

  // (b) a category the task does not call for
  const called = description ? categoriesForTask(description, cfg.task_verbs) : undefined;
  // Declared scopes are the explicit intent; the verb reading is the fallback when they do not cover it.
  if (called && !inDeclaredScope && !called.categories.has(category)) {
    signals.push({
      code: 'category_not_called_for',
      points: cfg.category_weight,
      text: `the task ("${truncate(description)}", verbs: ${called.verbs.join(', ')}) calls for ${[...called.categories].join('/')}, not ${category}`,
    });
  }

  // (c) unseen for this task in the agent's and its cohort's history
  // An API the task declared is not novel for it, however rarely it was used.
  if (task !== undefined && taskScope && taskScope.events >= cfg.task_min_events && !inDeclaredScope) {
    if (!taskScope.apis.isKnown(api, event.ts, view.forgetAfterMs) && peersForTask(view, task, api) === 0) {
      signals.push({
        code: 'api_unseen_for_task',
        points: cfg.task_novelty_weight,
        text: `in ${taskScope.events} events for this task the agent used ${taskScope.apis.size} APIs, never ${api}, and no cohort peer used it for this task`,
      });
      quarantine.push('task_api');
    }
  }

  // (d) a target grounded neither in the task nor in the history for this user
  const ungrounded = ungroundedTargets(
    cfg,
    event,
    view,
    category,
    description,
    taskScope?.resources,
    inDeclaredScope,
  );
  if (ungrounded.targets.length > 0) {
    signals.push({
      code: 'target_not_grounded',
      points: ungrounded.points,
      text: `${ungrounded.targets.join(', ')} appears neither in the task's request nor in ${ungrounded.historyText}`,
    });
    quarantine.push('resource');
    quarantine.push('user_resource');
    quarantine.push('task_resource');
  }

  const points = signals.reduce((sum, s) => sum + s.points, 0);
  // The first signal names the finding; with none there is nothing to report, whatever the threshold.
  const first = signals[0];
  if (first === undefined || points < cfg.min_signal_points) return [];
  const sensitivity = event.resource?.sensitivity;
  const score = clampScore(
    points * 0.8 + CATEGORY_RISK[category] * 0.5 + (sensitivity === 'restricted' ? 10 : 0),
  );
  const who = describeAgent(event);
  const evidence: Record<string, EvidenceValue> = {
    api,
    category,
    signals: signals.map((s) => s.code),
    signal_points: points,
    task: task ?? 'none',
    task_events_observed: taskScope?.events ?? 0,
    declared_scopes: scopes.length > 0 ? [...scopes] : 'none',
  };
  if (called) evidence['task_calls_for'] = [...called.categories];
  if (ungrounded.targets.length > 0) evidence['ungrounded_targets'] = ungrounded.targets;
  return [
    {
      reason: first.code,
      key: `${task ?? 'no-task'}|${api}|${ungrounded.targets.join(',')}`,
      severity: severityFromScore(score),
      score,
      title: `${who} acted outside its declared task: ${category} ${api}${ungrounded.targets.length > 0 ? ` to ${ungrounded.targets[0]}` : ''}`,
      description: `${who} called ${api} while on task "${truncate(description || (intent.task_id ?? ''))}": ${signals.map((s) => s.text).join('; ')}.`,
      evidence,
      tags: tagsFor(category),
      quarantine: [...new Set(quarantine)],
    },
  ];
}

function ungroundedTargets(
  cfg: Config,
  event: AgentEvent,
  view: BaselineView,
  category: ActionCategory,
  description: string,
  taskResources: KnownValues | undefined,
  inDeclaredScope: boolean,
): { targets: string[]; points: number; historyText: string } {
  const none = { targets: [], points: 0, historyText: '' };
  const sensitivity = event.resource?.sensitivity;
  // A declared read is the task's business; sending, paying and deleting still need a grounded target.
  const sensitiveRead =
    category === 'read' &&
    !inDeclaredScope &&
    (sensitivity === 'restricted' || sensitivity === 'confidential');
  let points: number;
  if (category === 'payment') points = cfg.ungrounded_payment_weight;
  else if (category === 'send') points = cfg.ungrounded_send_weight;
  else if (CHANGE_CATEGORIES.has(category)) points = cfg.ungrounded_change_weight;
  else if (sensitiveRead) points = cfg.ungrounded_sensitive_read_weight;
  else return none;

  const { agent } = view;
  const user = event.on_behalf_of?.id;
  const userScope = user !== undefined ? agent.user(user) : undefined;
  const history: KnownValues = userScope?.resources ?? agent.resources;
  const text = normaliseToken(description);
  const internal = internalDomains(cfg, event);
  // Addresses and accounts the request itself names: a different target is a redirect.
  // What the request itself names as the recipient or the account: a different target is a redirect.
  const namedEmails = (description.match(/[\w.+-]+@[\w.-]+\.[a-z]{2,}/gi) ?? []).map(normaliseToken);
  const namedAccounts = [
    ...description.matchAll(
      /\b(?:account|acct|iban|payee|beneficiary)\s*(?:no\.?|number)?\s*[:#]?\s*([A-Z0-9][\w-]{2,})/gi,
    ),
  ].map((m) => normaliseToken(m[1] ?? ''));
  const named = category === 'send' ? namedEmails : category === 'payment' ? namedAccounts : [];
  let redirected = false;
  const targets = actionTargets(event).filter((target) => {
    if (category === 'send') {
      const domain = emailDomain(target);
      // Mail inside the organisation is the assistant's daily work; the risk is data leaving it.
      if (domain === undefined || internal.has(domain)) return false;
    }
    const token = normaliseToken(target);
    if (token.length >= 3 && text.includes(token)) return false;
    if (history.isKnown(target, event.ts, view.forgetAfterMs)) return false;
    if (taskResources?.isKnown(target, event.ts, view.forgetAfterMs)) return false;
    if (named.length > 0) redirected = true;
    return true;
  });
  if (targets.length === 0) return none;
  if (redirected) points = Math.max(points, cfg.redirect_weight);
  const historyText = userScope
    ? `the agent's ${userScope.events} past events for ${user}`
    : `the agent's history (${agent.events} events, ${agent.resources.size} targets)`;
  return {
    targets,
    points,
    historyText: redirected ? `${historyText}, while the request names ${named.join(', ')}` : historyText,
  };
}

/** Cohort peers (the agent itself excluded) that have called `api` for `task`. */
function peersForTask(view: BaselineView, task: string, api: string): number {
  const { cohort, agent } = view;
  if (!cohort) return 0;
  const self = cohort.isMember(agent.agentId) && (agent.task(task)?.apis.has(api) ?? false);
  return Math.max(0, cohort.taskTriersOf(task, api) - (self ? 1 : 0));
}

function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function tagsFor(category: ActionCategory): TechniqueTag[] {
  const base: TechniqueTag[] = ['atlas.AML.T0051'];
  switch (category) {
    case 'send':
      return [...base, 'attack.T1567'];
    case 'payment':
      return [...base, 'attack.T1657'];
    case 'delete':
      return [...base, 'attack.T1485'];
    case 'identity':
      return [...base, 'attack.T1098'];
    case 'read':
      return [...base, 'attack.T1213'];
    case 'admin':
    case 'execute':
    case 'write':
    case 'other':
      return [...base, 'atlas.AML.T0053'];
  }
}

export const intentMismatch = defineDetector({
  id: 'intent-mismatch',
  version: 1,
  title:
    "An action that does not fit the agent's declared task (scopes, task verbs, task history, grounded targets)",
  maturity: 'stable',
  reasons: {
    outside_declared_scopes: 'The task declares scopes (intent.scopes) and none of them covers the action.',
    category_not_called_for:
      "The task description's verbs call for categories that do not include the action's.",
    api_unseen_for_task:
      'The task has enough history, and neither the agent nor any cohort peer ever used the API for it.',
    target_not_grounded:
      "The action's target is named neither in the task description nor in the agent's history for this user or task.",
  },
  dedupWindowMinutes: 1440,
  config,
  create: ({ config: cfg }) => ({ evaluate: (event, view) => evaluate(cfg, event, view) }),
  cases,
});
