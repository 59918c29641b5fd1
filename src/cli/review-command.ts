import { writeFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import type { AgentwatchStore } from '../store/agentwatch-store.js';
import { buildInventory, type InventoryRow } from '../store/identity-inventory.js';
import { openIdentityStore } from './inventory-command.js';
import { parseCommandArgs } from './command-args.js';

const DAY_MS = 86_400_000;

/** One block of the review: a heading, lines of text and optional tables. */
interface Section {
  title: string;
  lines: string[];
  tables: { caption: string; columns: string[]; rows: string[][] }[];
}

async function activity(store: AgentwatchStore, agentId: string, since: number) {
  const params = { agent: agentId, since: Math.floor(since / 1000) };
  const [apis, users, alerts] = await Promise.all([
    store.query<{ api: string; service: string; n: string | number; denied: string | number }>(
      `SELECT api, service, count() AS n, countIf(outcome != 'success') AS denied FROM {db}.events FINAL
       WHERE agent_id = {agent:String} AND ts >= toDateTime64({since:Int64}, 3, 'UTC')
       GROUP BY api, service ORDER BY n DESC, api LIMIT 15`,
      params,
    ),
    store.query<{ who: string; kind: string; n: string | number }>(
      `SELECT if(on_behalf_of_id = '', '(autonomous)', on_behalf_of_id) AS who, on_behalf_of_type AS kind, count() AS n
       FROM {db}.events FINAL WHERE agent_id = {agent:String} AND ts >= toDateTime64({since:Int64}, 3, 'UTC')
       GROUP BY who, kind ORDER BY n DESC, who LIMIT 15`,
      params,
    ),
    store.query<{ severity: string; detector_id: string; title: string; first_seen: string }>(
      `SELECT severity, detector_id, title, toString(first_seen) AS first_seen FROM {db}.alerts FINAL
       WHERE agent_id = {agent:String} AND last_seen >= toDateTime64({since:Int64}, 3, 'UTC')
       ORDER BY score DESC, first_seen LIMIT 20`,
      params,
    ),
  ]);
  return { apis, users, alerts };
}

function agentSection(r: InventoryRow, a: Awaited<ReturnType<typeof activity>>, days: number): Section {
  const revoke: string[] = [];
  for (const g of r.unused_grants)
    revoke.push(`grant \`${g}\`: unused for ${r.review_every_days ?? days} days`);
  for (const c of r.credentials) {
    if (c.rotation_overdue)
      revoke.push(
        `credential \`${c.id}\`: ${c.age_days ?? '?'} days old, rotate every ${c.rotate_every_days}`,
      );
    if (!c.declared) revoke.push(`credential \`${c.id}\`: used but not declared in the registry`);
  }
  const overdue: string[] = [];
  if (!r.registered) overdue.push('not in the registry: register it or switch it off');
  if (r.review_overdue)
    overdue.push(
      r.approved_at
        ? `approval of ${r.approved_at.slice(0, 10)} by ${r.approved_by} (${r.approval_age_days ?? '?'} days ago; review every ${r.review_every_days ?? '?'} days)`
        : 'never approved',
    );
  if (r.approver_status === 'departed') overdue.push(`approver ${r.approved_by} has left`);
  if (r.beyond_grant.length > 0) overdue.push(`acting beyond its grant: ${r.beyond_grant.join(', ')}`);
  return {
    title: `${r.name || r.agent_id} (${r.agent_id})`,
    lines: [
      `Type ${r.type || 'unknown'}, status ${r.status}; approved by ${r.approved_by || 'nobody'}${r.approved_at ? ` on ${r.approved_at.slice(0, 10)}` : ''}; last seen ${r.last_seen ?? 'never'}; ${r.events_30d} events in 30 days.`,
      `Scopes granted: ${r.scopes_granted.join(', ') || '(none)'}; used: ${r.scopes_used.join(', ') || '(none)'}.`,
      `To revoke: ${revoke.length > 0 ? revoke.join('; ') : 'nothing'}.`,
      `Overdue: ${overdue.length > 0 ? overdue.join('; ') : 'nothing'}.`,
    ],
    tables: [
      {
        caption: `What it did (last ${days} days)`,
        columns: ['api', 'service', 'calls', 'failed or denied'],
        rows: a.apis.map((x) => [x.api, x.service, String(x.n), String(x.denied)]),
      },
      {
        caption: 'For whom',
        columns: ['on behalf of', 'type', 'calls'],
        rows: a.users.map((x) => [x.who, x.kind, String(x.n)]),
      },
      {
        caption: 'Alerts',
        columns: ['severity', 'detector', 'title', 'first seen'],
        rows: a.alerts.map((x) => [x.severity, x.detector_id, x.title, x.first_seen]),
      },
    ],
  };
}

function markdown(title: string, intro: string[], sections: Section[]): string {
  const cell = (s: string) => s.replaceAll('|', '\\|');
  const out = [`# ${title}`, '', ...intro, ''];
  for (const s of sections) {
    out.push(`## ${s.title}`, '', ...s.lines.map((l) => `- ${l}`), '');
    for (const t of s.tables) {
      out.push(`**${t.caption}**`, '');
      if (t.rows.length === 0) {
        out.push('(none)', '');
        continue;
      }
      out.push(`| ${t.columns.join(' | ')} |`, `|${t.columns.map(() => ' --- ').join('|')}|`);
      for (const r of t.rows) out.push(`| ${r.map(cell).join(' | ')} |`);
      out.push('');
    }
  }
  out.push('Reviewed and signed: ______________________   Date: ____________', '');
  return out.join('\n');
}

function html(title: string, intro: string[], sections: Section[]): string {
  const esc = (s: string) =>
    s
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;')
      .replaceAll('`', '');
  const out = [
    '<!doctype html>',
    `<html><head><meta charset="utf-8"><title>${esc(title)}</title>`,
    '<style>body{font-family:sans-serif;max-width:70em;margin:2em auto}table{border-collapse:collapse;margin-bottom:1em}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}</style>',
    `</head><body><h1>${esc(title)}</h1>`,
    ...intro.map((l) => `<p>${esc(l)}</p>`),
  ];
  for (const s of sections) {
    out.push(`<h2>${esc(s.title)}</h2><ul>${s.lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`);
    for (const t of s.tables) {
      out.push(`<h3>${esc(t.caption)}</h3>`);
      if (t.rows.length === 0) out.push('<p>(none)</p>');
      else
        out.push(
          `<table><tr>${t.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr>${t.rows
            .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
            .join('')}</table>`,
        );
    }
  }
  out.push('<p>Reviewed and signed: ______________________ Date: ____________</p></body></html>', '');
  return out.join('\n');
}

/** `agentwatch review`: an owner's periodic access review, as Markdown or HTML. */
export async function reviewCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs('review', argv, {
    owner: { type: 'string' },
    days: { type: 'string', default: '30' },
    out: { type: 'string' },
    store: { type: 'string' },
    'clickhouse-url': { type: 'string' },
    config: { type: 'string' },
    at: { type: 'string' },
  });
  if (!values.owner)
    throw new UsageError('needs --owner X: whose agents to review; see agentwatch review --help');
  const days = Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 3660)
    throw new UsageError(`--days must be a whole number of days from 1 to 3660, got "${values.days ?? ''}"`);
  const format = values.out?.toLowerCase().endsWith('.html') ? 'html' : 'md';
  const { store, asOf } = await openIdentityStore(values);
  try {
    const inventory = await buildInventory(store, { owner: values.owner, asOf });
    const at = Date.parse(inventory.as_of);
    const sections: Section[] = [];
    for (const row of inventory.rows)
      sections.push(agentSection(row, await activity(store, row.agent_id, at - days * DAY_MS), days));
    const title = `Access review: agents owned by ${values.owner}`;
    const intro = [
      `As of ${inventory.as_of}, covering the last ${days} days. ${inventory.rows.length} agent(s); ` +
        `${inventory.rows.filter((r) => r.review_overdue).length} with an overdue approval, ` +
        `${inventory.rows.reduce((n, r) => n + r.unused_grants.length, 0)} unused grant(s) to consider revoking.`,
    ];
    const text = format === 'html' ? html(title, intro, sections) : markdown(title, intro, sections);
    if (values.out) writeFileSync(values.out, text);
    else process.stdout.write(text);
    if (values.out)
      process.stderr.write(`agentwatch review: ${inventory.rows.length} agent(s) written to ${values.out}\n`);
  } finally {
    await store.close();
  }
  return 0;
}
