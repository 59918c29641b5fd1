// Kestrava people, groups and outside parties (shared by both generators).
export const ORG_DOMAIN = 'kestrava.com';
export const SITES = {
  waw: { tz: 'Europe/Warsaw', holidays: ['2026-11-01', '2026-11-11'] },
  ist: { tz: 'Europe/Istanbul', holidays: ['2026-10-29'], half: ['2026-10-28'] },
  sao: { tz: 'America/Sao_Paulo', holidays: ['2026-10-12', '2026-11-02', '2026-11-15', '2026-11-20'] },
};
// id, display name, site, groups, manager, [joined], [departed], [moves]
export const PEOPLE = [
  ['t.bak', 'Tomasz Bąk', 'waw', ['exec'], null],
  ['e.krawczyk', 'Ewa Krawczyk', 'waw', ['fin-control', 'fin-leads'], 't.bak'],
  ['m.wisniewska', 'Magdalena Wiśniewska', 'waw', ['fin-ops-waw', 'fin-leads'], 'e.krawczyk'],
  ['p.zielinski', 'Piotr Zieliński', 'waw', ['fin-ops-waw'], 'm.wisniewska'],
  ['a.wojcik', 'Agnieszka Wójcik', 'waw', ['fin-ops-waw'], 'm.wisniewska'],
  ['i.majewska', 'Iga Majewska', 'waw', ['fin-ops-waw'], 'm.wisniewska', { joined: '2026-11-02T08:00:00+01:00' }],
  ['d.kowalczyk', 'Dariusz Kowalczyk', 'waw', ['katalog-merch', 'katalog-leads'], 't.bak', { departed: '2026-10-30T17:00:00+01:00' }],
  ['j.dabrowska', 'Julia Dąbrowska', 'waw', ['katalog-merch', 'katalog-leads', 'pricing'], 't.bak'],
  ['k.nowak', 'Karolina Nowak', 'waw', ['katalog-merch'], 'd.kowalczyk', { moves: [['2026-10-30T17:05:00+01:00', { manager: 'j.dabrowska' }]] }],
  ['m.kaminski', 'Marek Kamiński', 'waw', ['pricing'], 'j.dabrowska'],
  ['o.szymanska', 'Olga Szymańska', 'waw', ['pricing'], 'j.dabrowska'],
  ['r.grabowski', 'Robert Grabowski', 'waw', ['platform-eng', 'platform-leads'], 't.bak'],
  ['j.lewandowski', 'Jakub Lewandowski', 'waw', ['platform-eng', 'sre-oncall'], 'r.grabowski'],
  ['f.wieczorek', 'Filip Wieczorek', 'waw', ['platform-eng', 'sre-oncall'], 'r.grabowski'],
  ['n.pawlak', 'Natalia Pawlak', 'waw', ['iam-admins', 'platform-eng'], 'r.grabowski'],
  ['k.mazur', 'Kamil Mazur', 'waw', ['workplace-it'], 'r.grabowski'],
  ['w.zajac', 'Wojciech Zając', 'waw', ['pomoc-agents-waw', 'pomoc-refund-senior', 'pomoc-leads'], 'a.kaya'],
  ['b.jankowska', 'Barbara Jankowska', 'waw', ['pomoc-agents-waw'], 'w.zajac'],
  ['s.krol', 'Szymon Król', 'waw', ['pomoc-agents-waw'], 'w.zajac'],
  ['a.kaya', 'Ayşe Kaya', 'ist', ['pomoc-agents-ist', 'pomoc-leads', 'pomoc-refund-senior'], 't.bak'],
  ['m.celik', 'Mehmet Çelik', 'ist', ['pomoc-agents-ist', 'pomoc-refund-senior'], 'a.kaya'],
  ['z.aydin', 'Zeynep Aydın', 'ist', ['pomoc-agents-ist'], 'a.kaya'],
  ['e.yildiz', 'Emre Yıldız', 'ist', ['pomoc-agents-ist'], 'a.kaya'],
  ['g.erdem', 'Gizem Erdem', 'ist', ['pomoc-agents-ist'], 'a.kaya', { joined: '2026-11-02T09:00:00+03:00' }],
  ['a.demir', 'Ali Demir', 'ist', ['pomoc-agents-ist'], 'a.kaya', { moves: [['2026-10-26T09:00:00+03:00', { groups: ['ts-analysts'], manager: 'b.ocak' }]] }],
  ['b.ocak', 'Burak Ocak', 'ist', ['ts-leads', 'ts-analysts'], 't.bak'],
  ['c.ozturk', 'Cem Öztürk', 'ist', ['ts-analysts'], 'b.ocak'],
  ['d.koc', 'Deniz Koç', 'ist', ['ts-analysts'], 'b.ocak'],
  ['t.yilmaz', 'Tolga Yılmaz', 'ist', ['contractors', 'ts-analysts'], 'b.ocak'],
  ['h.sahin', 'Hakan Şahin', 'ist', ['analytics', 'analytics-leads'], 't.bak', { departed: '2026-11-13T18:00:00+03:00' }],
  ['s.arslan', 'Selin Arslan', 'ist', ['analytics'], 'h.sahin', { moves: [['2026-11-09T09:00:00+03:00', { groups: ['analytics', 'analytics-leads'], manager: 't.bak' }]] }],
  ['o.kilic', 'Onur Kılıç', 'ist', ['analytics'], 'h.sahin', { moves: [['2026-11-09T09:05:00+03:00', { manager: 's.arslan' }]] }],
  ['r.souza', 'Rafael Souza', 'sao', ['sellerhub-latam', 'sellerhub-leads'], 't.bak'],
  ['c.oliveira', 'Camila Oliveira', 'sao', ['sellerhub-latam'], 'r.souza'],
  ['p.barbosa', 'Paulo Barbosa', 'sao', ['sellerhub-latam'], 'r.souza'],
  ['l.ferreira', 'Luana Ferreira', 'sao', ['logistics-partners', 'logistics-leads'], 't.bak'],
  ['l.pereira', 'Lucas Pereira', 'sao', ['logistics-partners'], 'l.ferreira', { departed: '2026-11-06T18:00:00-03:00' }],
  ['f.costa', 'Fernanda Costa', 'sao', ['logistics-partners'], 'l.ferreira'],
  ['v.santos', 'Vinícius Santos', 'sao', ['pomoc-agents-sao', 'pomoc-refund-senior', 'pomoc-leads'], 'a.kaya'],
  ['b.lima', 'Beatriz Lima', 'sao', ['pomoc-agents-sao'], 'v.santos'],
  ['m.rocha', 'Mariana Rocha', 'sao', ['pomoc-agents-sao'], 'v.santos'],
  ['g.almeida', 'Gabriel Almeida', 'sao', ['pomoc-agents-sao', 'interns-sao'], 'v.santos'],
];
export const GROUPS = {
  'exec': ['kasa:ledger:read', 'ambar:read:curated'],
  'fin-ops-waw': ['kasa:payouts:hold', 'kasa:payouts:release', 'kasa:ledger:read', 'kasa:ledger:export', 'kasa:payee-accounts:read', 'ambar:read:finance', 'skrzynka:send:external'],
  'fin-control': ['kasa:ledger:read', 'kasa:ledger:export', 'kasa:vendors:approve', 'kasa:payee-accounts:write', 'ambar:read:finance', 'skrzynka:send:external'],
  'fin-leads': ['kasa:payouts:approve-manual', 'kasa:payee-accounts:write'],
  'katalog-merch': ['katalog:listings:rw', 'katalog:commission:read', 'ambar:read:catalogue'],
  'katalog-leads': ['katalog:commission:write', 'skrzynka:send:external'],
  'pricing': ['katalog:prices:rw', 'ambar:read:catalogue'],
  'platform-eng': ['forge:repos:rw', 'forge:deploy:staging', 'ambar:read:ops'],
  'platform-leads': ['forge:deploy:prod'],
  'sre-oncall': ['forge:deploy:prod', 'alarm:pages:rw', 'ambar:read:ops'],
  'iam-admins': ['kimlik:roles:assign', 'kimlik:principals:manage'],
  'workplace-it': ['dosya:admin', 'takvim:admin'],
  'pomoc-agents-waw': ['pomoc:tickets:rw', 'pomoc:refunds:standard', 'zamowienia:orders:read', 'rota:shipments:read'],
  'pomoc-agents-ist': ['pomoc:tickets:rw', 'pomoc:refunds:standard', 'zamowienia:orders:read', 'rota:shipments:read'],
  'pomoc-agents-sao': ['pomoc:tickets:rw', 'pomoc:refunds:standard', 'zamowienia:orders:read', 'rota:shipments:read'],
  'pomoc-refund-senior': ['pomoc:refunds:override'],
  'pomoc-leads': ['pomoc:macros:manage', 'skrzynka:send:external'],
  'ts-analysts': ['straznik:cases:rw', 'straznik:listings:suspend', 'katalog:listings:read', 'sellerhub:sellers:read'],
  'ts-leads': ['straznik:sellers:ban', 'straznik:audit:read'],
  'contractors': [],
  'analytics': ['ambar:read:curated', 'ambar:query:run'],
  'analytics-leads': ['ambar:export:aggregate', 'skrzynka:send:external'],
  'sellerhub-latam': ['sellerhub:applications:rw', 'sellerhub:kyb:run', 'sellerhub:sellers:read'],
  'sellerhub-leads': ['sellerhub:sellers:approve', 'skrzynka:send:external'],
  'logistics-partners': ['rota:carriers:rw', 'rota:shipments:read', 'skrzynka:send:external'],
  'logistics-leads': ['rota:contracts:rw'],
  'interns-sao': [],
};
// distinct outside parties (no near-copies among them)
export const PARTNERS = {
  anadolu: { name: 'Anadolu Kargo A.Ş.', domain: 'anadolukargo.com.tr', billing: 'billing@anadolukargo.com.tr', iban: 'TR330006100519786457841326' },
  wisla: { name: 'Ekspres Wisła sp. z o.o.', domain: 'ekspreswisla.pl', billing: 'faktury@ekspreswisla.pl', iban: 'PL61109010140000071219812874' },
  jequitiba: { name: 'Jequitibá Transportes Ltda', domain: 'jequitibalog.com.br', billing: 'financeiro@jequitibalog.com.br', iban: 'BR1500000000000010932840814P2' },
  tektura: { name: 'Tektura Bałtyk S.A.', domain: 'tekturabaltyk.pl', billing: 'rozliczenia@tekturabaltyk.pl', iban: 'PL27114020040000300201355387' },
  nimbra: { name: 'Nimbra Cloud GmbH', domain: 'nimbracloud.de', billing: 'invoices@nimbracloud.de', iban: 'DE89370400440532013000' },
  lumen: { name: 'Lumen Fretes Ltda', domain: 'lumenfretes.com.br', billing: 'faturamento@lumenfretes.com.br', iban: 'BR9700360305000010009795493P1' },
};
const FN = {
  pl: ['Anna', 'Kacper', 'Zofia', 'Mateusz', 'Maja', 'Bartosz', 'Lena', 'Michał', 'Wiktoria', 'Paweł', 'Hanna', 'Łukasz', 'Alicja', 'Dominik', 'Natalia', 'Grzegorz', 'Oliwia', 'Adrian', 'Marta', 'Sebastian'],
  tr: ['Elif', 'Yusuf', 'Zehra', 'Mustafa', 'Defne', 'Kerem', 'Ece', 'Baran', 'Irmak', 'Oğuz', 'Sude', 'Arda', 'Melis', 'Volkan', 'Nehir', 'Serkan', 'Damla', 'Tuna', 'Buse', 'Hakan'],
  br: ['João', 'Larissa', 'Thiago', 'Juliana', 'Rodrigo', 'Bianca', 'Felipe', 'Carolina', 'Gustavo', 'Renata', 'Leonardo', 'Patrícia', 'Eduardo', 'Aline', 'Marcelo', 'Tatiane', 'Daniel', 'Priscila', 'Vitor', 'Sabrina'],
};
const LN = {
  pl: ['Malinowski', 'Sikora', 'Baran', 'Duda', 'Szewczyk', 'Tomaszewski', 'Pietrzak', 'Marciniak', 'Wróbel', 'Jasiński', 'Zawadzki', 'Czarnecki', 'Sawicki', 'Urban', 'Kubiak', 'Wilk', 'Kalinowski', 'Mazurek', 'Adamczyk', 'Sobczak'],
  tr: ['Korkmaz', 'Özdemir', 'Şimşek', 'Doğan', 'Aslan', 'Çetin', 'Kara', 'Koçak', 'Kurt', 'Özkan', 'Polat', 'Tekin', 'Yavuz', 'Avcı', 'Ünal', 'Bulut', 'Güneş', 'Acar', 'Uysal', 'Sarı'],
  br: ['Carvalho', 'Ribeiro', 'Gomes', 'Martins', 'Araújo', 'Cardoso', 'Teixeira', 'Moreira', 'Mendes', 'Barros', 'Freitas', 'Pinto', 'Nunes', 'Vieira', 'Monteiro', 'Cavalcanti', 'Dias', 'Castro', 'Campos', 'Duarte'],
};
const DOMS = { pl: ['wp.pl', 'onet.pl', 'interia.pl', 'gmail.com'], tr: ['gmail.com', 'yandex.com', 'outlook.com'], br: ['gmail.com', 'terra.com.br', 'icloud.com', 'uol.com.br'] };
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ı/g, 'i').replace(/ş/g, 's').replace(/ğ/g, 'g').replace(/ç/g, 'c').toLowerCase();
// one buyer per (first, last) pair, one mailbox each
export function buyers(rng, region, n) {
  const out = []; const used = new Set();
  const fns = FN[region], lns = LN[region];
  while (out.length < n) {
    const f = rng.pick(fns), l = rng.pick(lns); const k = f + l; if (used.has(k)) continue; used.add(k);
    const style = rng.int(0, 2);
    const local = style === 0 ? `${ascii(f)}.${ascii(l)}` : style === 1 ? `${ascii(f)[0]}${ascii(l)}` : `${ascii(l)}.${ascii(f)}`;
    out.push({ id: `BYR-${region.toUpperCase()}-${rng.digits(7)}`, name: `${f} ${l}`, email: `${local}@${rng.pick(DOMS[region])}`, region });
  }
  return out;
}
