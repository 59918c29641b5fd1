// Minimal JSON-Schema (draft 2020-12 subset) checker for the agentwatch contracts; no npm deps.
// usage: node validate.mjs   (checks fleet.ndjson, registry.ndjson, directory.ndjson; desk.ndjson shape)
import { readFileSync } from 'node:fs';
const SCHEMAS = process.env.AW_SCHEMAS || new URL('../../../schemas/json', import.meta.url).pathname;
const load = (n) => JSON.parse(readFileSync(`${SCHEMAS}/${n}`, 'utf8'));
const typeOf = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
function check(s, v, path, errs) {
  if (s.anyOf) { const ok = s.anyOf.some((sub) => { const e = []; check(sub, v, path, e); return e.length === 0; }); if (!ok) errs.push(`${path}: matches none of anyOf`); }
  if (s.const !== undefined && v !== s.const) errs.push(`${path}: expected const ${s.const}`);
  if (s.enum && !s.enum.includes(v)) errs.push(`${path}: ${JSON.stringify(v)} not in enum`);
  if (s.type) { const t = typeOf(v); const ok = s.type === t || (s.type === 'number' && (t === 'integer' || t === 'number')); if (!ok) { errs.push(`${path}: type ${t}, want ${s.type}`); return; } }
  if (typeof v === 'string') {
    if (s.minLength !== undefined && v.length < s.minLength) errs.push(`${path}: too short`);
    if (s.maxLength !== undefined && v.length > s.maxLength) errs.push(`${path}: too long`);
    if (s.pattern && !new RegExp(s.pattern).test(v)) errs.push(`${path}: pattern`);
  }
  if (typeof v === 'number') { if (s.minimum !== undefined && v < s.minimum) errs.push(`${path}: < min`); if (s.maximum !== undefined && v > s.maximum) errs.push(`${path}: > max`); }
  if (Array.isArray(v)) { if (s.maxItems !== undefined && v.length > s.maxItems) errs.push(`${path}: too many items`); if (s.items) v.forEach((x, i) => check(s.items, x, `${path}[${i}]`, errs)); }
  if (typeOf(v) === 'object') {
    for (const r of s.required || []) if (!(r in v)) errs.push(`${path}: missing ${r}`);
    for (const [k, x] of Object.entries(v)) {
      if (s.propertyNames) check(s.propertyNames, k, `${path}.<key ${k}>`, errs);
      if (s.properties && k in s.properties) check(s.properties[k], x, `${path}.${k}`, errs);
      else if (s.additionalProperties === false) errs.push(`${path}: unknown field ${k}`);
      else if (typeof s.additionalProperties === 'object') check(s.additionalProperties, x, `${path}.${k}`, errs);
    }
  }
}
function validateFile(file, schema, extra) {
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean); let bad = 0; const ids = new Set(); let prev = -Infinity;
  lines.forEach((l, i) => {
    const o = JSON.parse(l); const errs = []; check(schema, o, '$', errs); if (extra) extra(o, errs, i, ids, () => prev, (x) => (prev = x));
    if (errs.length) { bad++; if (bad <= 10) console.log(`${file}:${i + 1}: ${errs.slice(0, 4).join('; ')}`); }
  });
  console.log(`${file}: ${lines.length} lines, ${bad} invalid`); return bad;
}
const tsMs = (t) => (typeof t === 'number' ? t : Date.parse(t));
let bad = 0;
bad += validateFile('fleet.ndjson', load('event.json'), (o, errs, i, ids, getPrev, setPrev) => {
  if (ids.has(o.event_id)) errs.push('duplicate event_id'); ids.add(o.event_id);
  const ms = tsMs(o.ts); if (!(ms >= getPrev())) errs.push('not time-ordered'); setPrev(ms);
  if (JSON.stringify(o).length > 65536) errs.push('oversize');
});
bad += validateFile('registry.ndjson', load('registry.json'));
bad += validateFile('directory.ndjson', load('directory.json'));
// labels reference real events
const evIds = new Set(readFileSync('fleet.ndjson', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).event_id));
const labs = readFileSync('fleet-labels.ndjson', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const missing = labs.filter((l) => !evIds.has(l.event_id)); console.log(`fleet-labels: ${labs.length} labels, ${missing.length} dangling, ${new Set(labs.map((l) => l.incident)).size} incidents`); bad += missing.length;
// desk transcripts: shape check and per-call context validated as v1 fragments
const ev = load('event.json');
let dbad = 0; const sess = new Set(); const desk = readFileSync('desk.ndjson', 'utf8').split('\n').filter(Boolean);
desk.forEach((l, i) => {
  const o = JSON.parse(l); const errs = [];
  if (!Array.isArray(o.messages) || !o.messages.length) errs.push('no messages');
  check(ev.properties.agent, o.agent, '$.agent', errs); check(ev.properties.on_behalf_of, o.on_behalf_of, '$.on_behalf_of', errs); check(ev.properties.ts, o.ts, '$.ts', errs);
  if (typeof o.session_id !== 'string' || sess.has(o.session_id)) errs.push('session_id missing/duplicate'); sess.add(o.session_id);
  if (errs.length) { dbad++; if (dbad < 10) console.log(`desk.ndjson:${i + 1}: ${errs.join('; ')}`); }
});
const dl = readFileSync('desk-labels.ndjson', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const dmiss = dl.filter((x) => !sess.has(x.session_id)).length;
console.log(`desk.ndjson: ${desk.length} conversations, ${dbad} invalid; desk-labels: ${dl.length} lines, ${dmiss} dangling`);
bad += dbad + dmiss;
process.exit(bad ? 1 : 0);
