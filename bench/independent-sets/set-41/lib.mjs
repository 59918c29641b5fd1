// Shared helpers for the Aarhus Kommune set: deterministic PRNG, time-zone arithmetic, name lists.
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
    wpick: (arr) => { const tot = arr.reduce((s, x) => s + (x.w ?? 1), 0); let u = R() * tot; for (const x of arr) { u -= x.w ?? 1; if (u <= 0) return x; } return arr[arr.length - 1]; },
    chance: (p) => R() < p,
    digits: (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(R() * 10); return s; },
    hex: (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(R() * 16).toString(16); return s; },
    money: (a, b) => Math.round((a + R() * (b - a)) * 100) / 100,
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
// wall-clock time in tz -> epoch ms (fractional hours allowed)
export function localMs(tz, y, mo, d, h, mi = 0, s = 0) {
  const guess = Date.UTC(y, mo - 1, d, 0, 0, 0) + Math.round((h * 3600 + mi * 60 + s) * 1000);
  let off = tzOffsetMin(tz, guess);
  const ms = guess - off * 60000;
  off = tzOffsetMin(tz, ms);
  return guess - off * 60000;
}
// RFC 3339 in the zone's local time with its offset
export function fmtLocal(ms, tz) {
  const off = tzOffsetMin(tz, ms);
  const d = new Date(ms + off * 60000).toISOString().slice(0, 19);
  const sign = off >= 0 ? '+' : '-'; const a = Math.abs(off);
  return `${d}${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
export const fmtZ = (ms) => new Date(ms).toISOString();
export const DK_FIRST = ['Mette','Jens','Louise','Rasmus','Camilla','Frederik','Sofie','Anders','Nanna','Mikkel','Birgitte','Kasper','Henrik','Line','Morten','Ida','Troels','Maja','Søren','Pernille','Thomas','Hanne','Niels','Karen','Jonas','Signe','Lars','Trine','Peter','Lise','Martin','Marianne','Christian','Anne','Bo','Helle','Jakob','Rikke','Ulrik','Vibeke','Asger','Dorte','Emil','Freja','Gustav','Inge','Johanne','Kristian','Laura','Malthe','Oliver','Pia','Rune','Stine','Tobias','Ulla','Viggo','Astrid','Bent','Cecilie'];
export const DK_LAST = ['Lund','Kjær','Dam','Holm','Bech','Munk','Krogh','Vestergaard','Friis','Thorsen','Skov','Lauridsen','Bro','Mikkelsen','Rasmussen','Kristensen','Jørgensen','Madsen','Poulsen','Sørensen','Nielsen','Hansen','Pedersen','Andersen','Larsen','Christensen','Olesen','Knudsen','Østergaard','Dahl','Bundgaard','Mortensen','Iversen','Frandsen','Bak','Juhl','Kirkegaard','Lindberg','Nørgaard','Overgaard','Thygesen','Riis','Gregersen','Schou','Vinther','Lykke','Brandt','Aagaard','Hvid','Ebbesen'];
export const PL_FIRST = ['Agnieszka','Piotr','Katarzyna','Tomasz','Magdalena','Paweł','Joanna','Michał','Aleksandra','Krzysztof','Natalia','Bartosz','Ewa','Jakub'];
export const PL_LAST = ['Nowak','Wiśniewska','Kowalczyk','Zieliński','Wójcik','Kamiński','Lewandowska','Szymański','Dąbrowska','Kozłowski','Jankowska','Mazur','Krawczyk','Piotrowski'];
export const PH_FIRST = ['Maricel','Jose','Kristine','Rommel','Lorna','Jerome','Divina','Arnel'];
export const PH_LAST = ['Dela Cruz','Santos','Bautista','Villanueva','Mendoza','Ramos','Aquino','Navarro'];
export const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'oe').replace(/Ø/g, 'Oe').replace(/æ/g, 'ae').replace(/Æ/g, 'Ae').replace(/å/g, 'aa').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/\s+/g, '').toLowerCase();
