// Shared helpers: deterministic PRNG, time-zone arithmetic, small generators.
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
    chance: (p) => R() < p,
    digits: (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(R() * 10); return s; },
    hex: (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(R() * 16).toString(16); return s; },
    money: (a, b) => Math.round((a + R() * (b - a)) * 100) / 100,
    shuffle: (arr) => { const c = arr.slice(); for (let i = c.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [c[i], c[j]] = [c[j], c[i]]; } return c; },
  };
  return r;
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
// wall-clock time in tz -> epoch ms (hour may exceed 23 / be negative; rolls over)
export function localMs(tz, y, mo, d, h, mi = 0, s = 0) {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  let off = tzOffsetMin(tz, guess);
  let ms = guess - off * 60000;
  off = tzOffsetMin(tz, ms);
  return guess - off * 60000;
}


