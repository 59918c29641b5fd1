// Shared helpers for the Veltrica Therapeutics test set: deterministic PRNG and time-zone arithmetic.
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
  return {
    f: R,
    int: (a, b) => a + Math.floor(R() * (b - a + 1)),
    pick: (arr) => arr[Math.floor(R() * arr.length)],
    chance: (p) => R() < p,
    digits: (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(R() * 10); return s; },
    hex: (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(R() * 16).toString(16); return s; },
    money: (a, b) => Math.round((a + R() * (b - a)) * 100) / 100,
    wpick: (pairs) => { const t = pairs.reduce((s, p) => s + p[1], 0); let x = R() * t; for (const [v, w] of pairs) { if ((x -= w) < 0) return v; } return pairs[pairs.length - 1][0]; },
  };
}
export function fnv(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h.toString(16).padStart(8, '0');
}
const dtf = {};
export function tzOffsetMin(tz, ms) {
  const f = (dtf[tz] ??= new Intl.DateTimeFormat('en-GB', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }));
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const asUTC = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return Math.round((asUTC - Math.floor(ms / 1000) * 1000) / 60000);
}
// wall-clock time in tz -> epoch ms (minutes may overflow; rolls over)
export function localMs(tz, y, mo, d, h, mi = 0, s = 0) {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  let off = tzOffsetMin(tz, guess);
  const ms = guess - off * 60000;
  off = tzOffsetMin(tz, ms);
  return guess - off * 60000;
}
// RFC 3339 in the given zone's offset (as some producers write it)
export function isoLocal(tz, ms) {
  const off = tzOffsetMin(tz, ms); const t = new Date(ms + off * 60000).toISOString().slice(0, 19);
  const sign = off >= 0 ? '+' : '-'; const a = Math.abs(off);
  return `${t}${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
