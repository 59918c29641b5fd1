// Shared helpers for the Halvard State University scenario generator (deterministic).
export function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export function hashStr(s) {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
  return h;
}
export class Rng {
  constructor(seed) { this.f = mulberry32(seed); }
  next() { return this.f(); }
  int(a, b) { return a + Math.floor(this.f() * (b - a + 1)); }
  pick(arr) { return arr[Math.floor(this.f() * arr.length)]; }
  chance(p) { return this.f() < p; }
  hex(n) { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(this.f() * 16)]; return s; }
  digits(n) { let s = String(1 + Math.floor(this.f() * 9)); for (let i = 1; i < n; i++) s += String(Math.floor(this.f() * 10)); return s; }
  uuid() { const h = this.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[Math.floor(this.f() * 4)]}${h.slice(17, 20)}-${h.slice(20, 32)}`; }
  money(a, b) { return Math.round((a + this.f() * (b - a)) * 100) / 100; }
  shuffle(arr) { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.f() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
  sample(arr, k) { return this.shuffle(arr).slice(0, k); }
}
export const rngFor = (k) => new Rng(hashStr('halvard-s11:' + k));

export const START = Date.UTC(2026, 8, 7); // Monday 2026-09-07 (US Labor Day)
export const DAYS = 42;
export const DAY = 864e5, HOUR = 36e5, MIN = 6e4, SEC = 1e3;
// Fixed offsets valid for 2026-09-07..2026-10-18 (no DST transition inside the window for these zones)
export const TZ = { 'America/Chicago': -5, 'America/New_York': -4, 'Asia/Singapore': 8, 'Asia/Manila': 8, 'Europe/Dublin': 1, UTC: 0 };
export const at = (d, tz, h) => START + d * DAY + Math.round(h * HOUR) - TZ[tz] * HOUR;
export const dow = (d) => d % 7; // 0 = Monday
export const isWeekend = (d) => d % 7 >= 5;
export const dateStr = (d) => new Date(START + d * DAY).toISOString().slice(0, 10);
export const ymd = (d) => dateStr(d).replace(/-/g, '');
export function fmtOffset(t, tz) {
  const off = TZ[tz];
  const s = new Date(t + off * HOUR).toISOString().slice(0, 23);
  const sign = off >= 0 ? '+' : '-';
  const hh = String(Math.abs(off)).padStart(2, '0');
  return `${s}${sign}${hh}:00`;
}
