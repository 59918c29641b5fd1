// Shared helpers for the Carrow Whitby LLP generators: seeded PRNG, zone arithmetic, ids.
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    f: next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    hex: (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(next() * 16).toString(16); return s; },
    digits: (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(next() * 10); return s; },
    money: (lo, hi) => Math.round((lo + next() * (hi - lo)) * 100) / 100,
    weighted: (pairs) => { const tot = pairs.reduce((s, p) => s + p[0], 0); let x = next() * tot; for (const [w, v] of pairs) { x -= w; if (x < 0) return v; } return pairs[pairs.length - 1][1]; },
    shuffle: (arr) => { const c = arr.slice(); for (let i = c.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [c[i], c[j]] = [c[j], c[i]]; } return c; },
  };
  return r;
}
export function hash32(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}
const fmts = {};
export function offsetMin(tz, ms) {
  const f = (fmts[tz] ??= new Intl.DateTimeFormat('en-GB', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }));
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return Math.round((Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second) - Math.floor(ms / 1000) * 1000) / 60000);
}
// local wall-clock time in tz -> epoch ms (fields may overflow, they roll over)
export function wallMs(tz, y, mo, d, h, mi = 0, s = 0) {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  let ms = guess - offsetMin(tz, guess) * 60000;
  return guess - offsetMin(tz, ms) * 60000;
}
export const iso = (ms) => new Date(ms).toISOString();
