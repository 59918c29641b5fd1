// Minimal JSON-Schema (2020-12 subset) checker, no dependencies.
// Validates fleet.ndjson against event.json, registry.ndjson against registry.json, directory.ndjson against directory.json,
// and the v1 context fields of desk.ndjson lines (agent/on_behalf_of/session_id/ts) against the matching event.json sub-schemas.
// Also checks event_id uniqueness, time order of fleet.ndjson and that every label names an existing event.
import fs from 'node:fs';
import path from 'node:path';
const HERE = path.dirname(new URL(import.meta.url).pathname);
const SCHEMAS = process.env.SCHEMAS || new URL('../../../schemas/json', import.meta.url).pathname;
const load = (f) => JSON.parse(fs.readFileSync(path.join(SCHEMAS, f), 'utf8'));
const typeOf = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
function check(s, v, p, errs) {
  if (s === true || s === undefined) return;
  if (s.type) { const t = typeOf(v); const ok = [].concat(s.type).some((x) => x === t || (x === 'number' && t === 'integer')); if (!ok) { errs.push(`${p}: type ${t} not ${s.type}`); return; } }
  if ('const' in s && v !== s.const) errs.push(`${p}: not const ${s.const}`);
  if (s.enum && !s.enum.includes(v)) errs.push(`${p}: ${JSON.stringify(v)} not in enum`);
  if (typeof v === 'string') {
    if (s.minLength !== undefined && v.length < s.minLength) errs.push(`${p}: too short`);
    if (s.maxLength !== undefined && v.length > s.maxLength) errs.push(`${p}: too long`);
    if (s.pattern && !new RegExp(s.pattern, 'u').test(v)) errs.push(`${p}: pattern mismatch ${v}`);
  }
  if (typeof v === 'number') { if (s.minimum !== undefined && v < s.minimum) errs.push(`${p}: < min`); if (s.maximum !== undefined && v > s.maximum) errs.push(`${p}: > max`); }
  if (Array.isArray(v)) { if (s.maxItems !== undefined && v.length > s.maxItems) errs.push(`${p}: too many items`); if (s.minItems !== undefined && v.length < s.minItems) errs.push(`${p}: too few items`); if (s.items) v.forEach((x, i) => check(s.items, x, `${p}[${i}]`, errs)); }
  if (typeOf(v) === 'object') {
    for (const k of s.required || []) if (!(k in v)) errs.push(`${p}: missing ${k}`);
    for (const [k, x] of Object.entries(v)) {
      if (s.propertyNames) check(s.propertyNames, k, `${p}{${k}}`, errs);
      if (s.properties && k in s.properties) check(s.properties[k], x, `${p}.${k}`, errs);
      else if (s.additionalProperties === false) errs.push(`${p}: unknown field ${k}`);
      else if (typeof s.additionalProperties === 'object') check(s.additionalProperties, x, `${p}.${k}`, errs);
    }
  }
  if (s.anyOf) { const ok = s.anyOf.some((sub) => { const e = []; check(sub, v, p, e); return e.length === 0; }); if (!ok) errs.push(`${p}: matches no anyOf branch`); }
}
function validateFile(file, schema, extra) {
  const lines = fs.readFileSync(path.join(HERE, file), 'utf8').split('\n').filter(Boolean);
  let bad = 0; const shown = [];
  lines.forEach((ln, i) => { const o = JSON.parse(ln); const errs = []; check(schema, o, '$', errs); if (extra) extra(o, errs, i); if (errs.length) { bad++; if (shown.length < 5) shown.push(`${file}:${i + 1}: ${errs.slice(0, 3).join('; ')}`); } });
  console.log(`${file}: ${lines.length} records, ${bad} invalid`); shown.forEach((x) => console.log('  ' + x));
  return { lines, bad };
}
const ev = load('event.json');
const ids = new Set(); let prev = -Infinity, dup = 0, order = 0;
const fleet = validateFile('fleet.ndjson', ev, (o) => { if (ids.has(o.event_id)) dup++; ids.add(o.event_id); const t = typeof o.ts === 'number' ? o.ts : Date.parse(o.ts); if (t < prev) order++; prev = t; });
console.log(`  duplicate event_ids: ${dup}, out-of-order: ${order}`);
validateFile('registry.ndjson', load('registry.json'));
validateFile('directory.ndjson', load('directory.json'));
const ctx = { type: 'object', required: ['agent', 'session_id', 'ts', 'messages'], properties: { agent: ev.properties.agent, on_behalf_of: ev.properties.on_behalf_of, session_id: ev.properties.session_id, ts: ev.properties.ts, messages: { type: 'array', minItems: 2 } }, additionalProperties: false };
const desk = validateFile('desk.ndjson', ctx);
// labels
const lab = fs.readFileSync(path.join(HERE, 'fleet-labels.ndjson'), 'utf8').split('\n').filter(Boolean).map(JSON.parse);
const missing = lab.filter((l) => !ids.has(l.event_id)).length;
console.log(`fleet-labels.ndjson: ${lab.length} labels, ${new Set(lab.map((l) => l.incident)).size} incidents, ${missing} naming unknown events`);
const dl = fs.readFileSync(path.join(HERE, 'desk-labels.ndjson'), 'utf8').split('\n').filter(Boolean).map(JSON.parse);
const sids = new Set(desk.lines.map((l) => JSON.parse(l).session_id));
console.log(`desk-labels.ndjson: ${dl.length} sessions, ${dl.filter((x) => x.followed).length} followed, ${dl.filter((x) => x.injected && !x.followed).length} ignored, ${dl.filter((x) => !sids.has(x.session_id)).length} unknown sessions`);
const bad = fleet.bad + desk.bad + dup + order + missing;
process.exit(bad ? 1 : 0);
