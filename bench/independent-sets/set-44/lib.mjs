// Shared helpers for the Kestrava generators: deterministic PRNG, time zones, ids.
export function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export function makeRng(seed) {
  const R = mulberry32(seed);
  const r = {
    f: R,
    int: (a, b) => a + Math.floor(R() * (b - a + 1)),
    pick: (arr) => arr[Math.floor(R() * arr.length)],
    wpick: (pairs) => { const tot = pairs.reduce((s, p) => s + p[0], 0); let x = R() * tot; for (const p of pairs) { x -= p[0]; if (x < 0) return p[1]; } return pairs[pairs.length - 1][1]; },
    chance: (p) => R() < p,
    digits: (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(R() * 10); return s; },
    hex: (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(R() * 16).toString(16); return s; },
    money: (a, b) => Math.round((a + R() * (b - a)) * 100) / 100,
    shuffle: (arr) => { const c = arr.slice(); for (let i = c.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [c[i], c[j]] = [c[j], c[i]]; } return c; },
  };
  r.uuid = () => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`;
  return r;
}
const dtf = {};
export function tzOffsetMin(tz, ms) {
  const f = (dtf[tz] ??= new Intl.DateTimeFormat('en-GB', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }));
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const asUTC = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return Math.round((asUTC - Math.floor(ms / 1000) * 1000) / 60000);
}
// wall-clock time in tz -> epoch ms (hour may run past 23; rolls over)
export function localMs(tz, y, mo, d, h, mi = 0, s = 0) {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  let off = tzOffsetMin(tz, guess);
  const ms = guess - off * 60000;
  off = tzOffsetMin(tz, ms);
  return guess - off * 60000;
}
const pad = (n) => String(n).padStart(2, '0');
// RFC 3339 in the given zone, as a producer in that place would write it
export function isoIn(tz, ms) {
  if (tz === 'UTC') return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const off = tzOffsetMin(tz, ms);
  const d = new Date(ms + off * 60000);
  const sign = off >= 0 ? '+' : '-'; const a = Math.abs(off);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}
export const localHour = (tz, ms) => { const off = tzOffsetMin(tz, ms); return new Date(ms + off * 60000).getUTCHours(); };
