// Alcova Hotels Group: people, groups, outside parties, calendar. Shared by gen-fleet and gen-desk.
export const DOMAIN = 'alcovahotels.com';
export const ORG = 'Alcova Hotels Group';
export const TZ = { LIS: 'Europe/Lisbon', DXB: 'Asia/Dubai', DPS: 'Asia/Makassar' };
export const START = Date.UTC(2026, 9, 19); // Mon 19 Oct 2026 (calendar day 0)
export const NDAYS = 38; // 19 Oct .. 25 Nov 2026
export const dayDate = (d) => { const x = new Date(START + d * 86400000); return [x.getUTCFullYear(), x.getUTCMonth() + 1, x.getUTCDate()]; };
export const dow = (d) => d % 7; // 0 Mon .. 6 Sun
export const isWeekend = (d) => dow(d) >= 5;
export const em = (u) => `${u}@${DOMAIN}`;

// Groups and what their members may do (platform vocabulary).
export const GROUPS = {
  'frontdesk-lis': ['ancora:bookings.read', 'ancora:bookings.amend', 'circle:profiles.read', 'cofre:refunds.request', 'correio:guest.send', 'limpo:amenity.vouchers'],
  'frontdesk-dxb': ['ancora:bookings.read', 'ancora:bookings.amend', 'circle:profiles.read', 'cofre:refunds.request', 'correio:guest.send', 'limpo:amenity.vouchers'],
  'frontdesk-dps': ['ancora:bookings.read', 'ancora:bookings.amend', 'circle:profiles.read', 'cofre:refunds.request', 'correio:guest.send', 'limpo:amenity.vouchers'],
  'duty-managers-dxb': ['ancora:bookings.read', 'ancora:folios.read', 'ancora:bookings.amend', 'cofre:refunds.issue', 'cofre:charges.read', 'circle:points.goodwill', 'correio:guest.send', 'limpo:amenity.vouchers'],
  'reservations': ['ancora:bookings.read', 'ancora:inventory.read', 'ancora:folios.read', 'ancora:bookings.amend', 'ancora:bookings.cancel', 'ancora:accounts.maintain', 'correio:guest.send', 'tarifa:rates.read'],
  'revenue': ['tarifa:forecast.read', 'tarifa:rates.publish', 'tarifa:compset.read', 'farol:warehouse.query', 'ancora:bookings.read'],
  'finance-ap': ['compras:invoices.match', 'compras:vendors.maintain', 'cofre:payouts.release', 'arquivo:finance.read'],
  'finance-close': ['farol:warehouse.query', 'compras:ledger.post', 'arquivo:finance.read', 'fisco:returns.file'],
  'procurement': ['compras:po.create', 'compras:vendors.read', 'compras:vendors.onboard', 'arquivo:contracts.read'],
  'loyalty': ['ancora:bookings.read', 'circle:profiles.read', 'circle:points.adjust', 'circle:members.merge', 'correio:guest.send'],
  'housekeeping': ['limpo:tasks.assign', 'limpo:rooms.status', 'limpo:minibar.telemetry', 'limpo:amenity.vouchers'],
  'engineering': ['limpo:workorders.manage', 'quarto:ops.read', 'limpo:rooms.status'],
  'group-sales': ['salao:leads.manage', 'salao:contracts.manage', 'salao:rooming.export', 'ancora:inventory.read', 'ancora:blocks.manage', 'correio:client.send', 'arquivo:sales.read'],
  'digital-platform': ['quarto:ops.manage', 'alarme:incidents.manage', 'sinos:post', 'farol:warehouse.query'],
  'it-servicedesk': ['portaria:users.unlock', 'portaria:mfa.reset', 'portaria:users.read'],
  'it-admins': ['portaria:users.manage', 'portaria:roles.assign', 'portaria:tokens.mint'],
  'executive': ['arquivo:exec.read', 'correio:internal.send', 'agenda:calendar.manage'],
  'bi': ['farol:warehouse.query', 'farol:extract.aggregates', 'arquivo:reports.publish'],
  'sales-marketing': ['correio:send', 'agenda:calendar.manage', 'arquivo:sales.read', 'arquivo:share.internal'],
  'spa': ['ancora:bookings.read', 'serene:appointments.manage', 'correio:guest.send'],
  'security': ['portaria:audit.read', 'farol:warehouse.query'],
  'guest-relations': ['correio:guest.send', 'ancora:bookings.read', 'circle:profiles.read'],
};

// People: [id, name, site, groups, manager, extra]
export const PEOPLE = [
  ['teresa.cabral', 'Teresa Cabral', 'LIS', ['security', 'executive'], 'helena.quaresma'],
  ['helena.quaresma', 'Helena Quaresma', 'LIS', ['executive', 'finance-close'], null],
  ['rui.marinho', 'Rui Marinho', 'LIS', ['executive'], 'helena.quaresma'],
  ['pedro.veloso', 'Pedro Veloso', 'LIS', ['digital-platform', 'executive'], 'helena.quaresma'],
  ['ana.pimentel', 'Ana Pimentel', 'LIS', ['reservations'], 'rui.marinho'],
  ['joao.sequeira', 'João Sequeira', 'LIS', ['reservations'], 'ana.pimentel'],
  ['catarina.lobo', 'Catarina Lobo', 'LIS', ['reservations', 'frontdesk-lis'], 'ana.pimentel'],
  ['tiago.fonseca', 'Tiago Fonseca', 'LIS', ['reservations'], 'ana.pimentel'],
  ['mariana.teles', 'Mariana Teles', 'LIS', ['reservations', 'frontdesk-lis'], 'ana.pimentel'],
  ['sofia.brandao', 'Sofia Brandão', 'LIS', ['revenue'], 'rui.marinho'],
  ['tomas.valente', 'Tomás Valente', 'LIS', ['revenue'], 'sofia.brandao'],
  ['duarte.malheiro', 'Duarte Malheiro', 'LIS', ['finance-ap'], 'helena.quaresma'],
  ['ines.carvalho', 'Inês Carvalho', 'LIS', ['finance-ap'], 'duarte.malheiro'],
  ['goncalo.reis', 'Gonçalo Reis', 'LIS', ['finance-ap', 'finance-close'], 'duarte.malheiro'],
  ['patricia.nogueira', 'Patrícia Nogueira', 'LIS', ['loyalty'], 'rui.marinho'],
  ['vasco.amaral', 'Vasco Amaral', 'LIS', ['loyalty'], 'patricia.nogueira'],
  ['filipa.antunes', 'Filipa Antunes', 'LIS', ['housekeeping'], 'rui.marinho'],
  ['hugo.serrano', 'Hugo Serrano', 'LIS', ['housekeeping'], 'rui.marinho'],
  ['nuno.barata', 'Nuno Barata', 'LIS', ['engineering'], 'rui.marinho'],
  ['beatriz.couto', 'Beatriz Couto', 'LIS', ['group-sales'], 'rui.marinho'],
  ['miguel.saraiva', 'Miguel Saraiva', 'LIS', ['group-sales'], 'beatriz.couto'],
  ['andre.lacerda', 'André Lacerda', 'LIS', ['digital-platform'], 'pedro.veloso'],
  ['carla.magalhaes', 'Carla Magalhães', 'LIS', ['digital-platform'], 'pedro.veloso'],
  ['joana.pestana', 'Joana Pestana', 'LIS', ['it-servicedesk'], 'pedro.veloso'],
  ['ricardo.matos', 'Ricardo Matos', 'LIS', ['it-admins', 'it-servicedesk'], 'pedro.veloso'],
  ['lucia.faria', 'Lúcia Faria', 'LIS', ['bi'], 'pedro.veloso'],
  ['afonso.meireles', 'Afonso Meireles', 'LIS', ['procurement'], 'helena.quaresma'],
  ['leonor.vaz', 'Leonor Vaz', 'LIS', ['sales-marketing'], 'beatriz.couto'],
  ['diogo.ferraz', 'Diogo Ferraz', 'LIS', ['sales-marketing'], 'beatriz.couto'],
  ['marta.rebelo', 'Marta Rebelo', 'LIS', ['sales-marketing'], 'beatriz.couto'],
  ['raquel.sousa', 'Raquel Sousa', 'LIS', ['guest-relations'], 'rui.marinho'],
  ['khalid.alhammadi', 'Khalid Al Hammadi', 'DXB', ['executive'], 'helena.quaresma'],
  ['priya.menon', 'Priya Menon', 'DXB', ['reservations'], 'khalid.alhammadi'],
  ['arjun.nair', 'Arjun Nair', 'DXB', ['reservations'], 'priya.menon'],
  ['fatima.alzaabi', 'Fatima Al Zaabi', 'DXB', ['reservations'], 'priya.menon'],
  ['rashid.almansoori', 'Rashid Al Mansoori', 'DXB', ['frontdesk-dxb'], 'omar.haddad'],
  ['grace.santos', 'Grace Santos', 'DXB', ['frontdesk-dxb'], 'omar.haddad'],
  ['joseph.dsouza', 'Joseph D\u2019Souza', 'DXB', ['frontdesk-dxb'], 'omar.haddad'],
  ['omar.haddad', 'Omar Haddad', 'DXB', ['duty-managers-dxb'], 'khalid.alhammadi'],
  ['leena.kapoor', 'Leena Kapoor', 'DXB', ['duty-managers-dxb'], 'khalid.alhammadi'],
  ['sana.qureshi', 'Sana Qureshi', 'DXB', ['revenue'], 'khalid.alhammadi'],
  ['vikram.pillai', 'Vikram Pillai', 'DXB', ['procurement'], 'afonso.meireles'],
  ['maricel.reyes', 'Maricel Reyes', 'DXB', ['housekeeping'], 'khalid.alhammadi'],
  ['tariq.mahmoud', 'Tariq Mahmoud', 'DXB', ['engineering'], 'khalid.alhammadi'],
  ['noura.alsuwaidi', 'Noura Al Suwaidi', 'DXB', ['guest-relations'], 'khalid.alhammadi'],
  ['elif.aydin', 'Elif Aydın', 'DXB', ['spa'], 'khalid.alhammadi'],
  ['hamdan.alketbi', 'Hamdan Al Ketbi', 'DXB', ['sales-marketing'], 'khalid.alhammadi'],
  ['ritika.sharma', 'Ritika Sharma', 'DXB', ['sales-marketing'], 'khalid.alhammadi'],
  ['ahmed.farouk', 'Ahmed Farouk', 'DXB', ['loyalty'], 'patricia.nogueira'],
  ['made.wirawan', 'Made Wirawan', 'DPS', ['executive'], 'helena.quaresma'],
  ['ketut.ariani', 'Ketut Ariani', 'DPS', ['reservations'], 'made.wirawan'],
  ['komang.suardana', 'Komang Suardana', 'DPS', ['reservations'], 'ketut.ariani'],
  ['putu.widiastuti', 'Putu Widiastuti', 'DPS', ['frontdesk-dps', 'reservations'], 'ketut.ariani'],
  ['wayan.sudarma', 'Wayan Sudarma', 'DPS', ['procurement'], 'afonso.meireles'],
  ['nyoman.sari', 'Nyoman Sari', 'DPS', ['housekeeping'], 'made.wirawan'],
  ['gede.pratama', 'Gede Pratama', 'DPS', ['housekeeping'], 'made.wirawan'],
  ['kadek.dewi', 'Kadek Dewi', 'DPS', ['group-sales'], 'made.wirawan'],
  ['ayu.lestari', 'Ayu Lestari', 'DPS', ['sales-marketing'], 'kadek.dewi'],
  ['surya.hartono', 'Surya Hartono', 'DPS', ['sales-marketing'], 'kadek.dewi'],
  ['indra.kusuma', 'Indra Kusuma', 'DPS', ['finance-close'], 'helena.quaresma'],
];
// joins mid-stream
export const LATE_JOIN = [['daniela.ortiz', 'Daniela Ortiz', 'DXB', ['revenue'], 'sana.qureshi', 8]];

// Outside parties: every one distinct.
export const VENDORS = [
  { id: 'V-10021', name: 'Tejo Linen Services', domain: 'tejolinen.pt', site: 'LIS', iban: 'PT50003300004531876299105' },
  { id: 'V-10034', name: 'Padaria Estrela do Bairro', domain: 'padariaestrela.pt', site: 'LIS', iban: 'PT50001000002214789300152' },
  { id: 'V-10047', name: 'Quinta do Vale Escuro Vinhos', domain: 'valeescuro-vinhos.pt', site: 'LIS', iban: 'PT50003506519876541200843' },
  { id: 'V-20013', name: 'Gulf Fresh Produce Trading', domain: 'gulffresh.ae', site: 'DXB', iban: 'AE070331234567890123456' },
  { id: 'V-20029', name: 'Al Noor Hygiene Supplies', domain: 'alnoorhygiene.ae', site: 'DXB', iban: 'AE460260001015338271901' },
  { id: 'V-20031', name: 'Coolbreeze HVAC Contracting', domain: 'coolbreezehvac.ae', site: 'DXB', iban: 'AE120350000006194480032' },
  { id: 'V-20044', name: 'Desert Wash Laundry', domain: 'desertwash.ae', site: 'DXB', iban: 'AE930440000001209934781' },
  { id: 'V-30008', name: 'Ubud Organic Farms', domain: 'ubudorganic.co.id', site: 'DPS', iban: 'ID-BCA-6120448801' },
  { id: 'V-30015', name: 'Sabun Bali Amenities', domain: 'sabunbali.co.id', site: 'DPS', iban: 'ID-MANDIRI-1450009912734' },
  { id: 'V-30022', name: 'Segara Pool & Garden Care', domain: 'segarapool.co.id', site: 'DPS', iban: 'ID-BNI-0388127765' },
  { id: 'V-90001', name: 'Atlas Lift Engineering', domain: 'atlaslift.eu', site: 'LIS', iban: 'PT50007900003321009871642' },
];
export const NEW_VENDOR = { id: 'V-30041', name: 'Kopi Kintamani Roasters', domain: 'kintamaniroast.co.id', site: 'DPS', iban: 'ID-BRI-0571010022841' };
export const CLIENTS = [
  { id: 'ACC-NORDVIK', name: 'Nordvik Pharma', domain: 'nordvikpharma.com' },
  { id: 'ACC-KESTREL', name: 'Kestrel Advisory', domain: 'kestreladvisory.co.uk' },
  { id: 'ACC-QASR', name: 'Qasr Holdings', domain: 'qasrholdings.ae' },
  { id: 'ACC-LUSISEG', name: 'Lusitânia Seguros', domain: 'lusiseguros.pt' },
  { id: 'ACC-TANAKA', name: 'Tanaka Robotics', domain: 'tanaka-robotics.jp' },
  { id: 'ACC-SUNDATEL', name: 'Sunda Telekom', domain: 'sundatelekom.co.id' },
  { id: 'ACC-OAKRIDGE', name: 'Oakridge Cardiology Congress', domain: 'oakridgecongress.org' },
  { id: 'ACC-HALVORSEN', name: 'Halvorsen Shipping', domain: 'halvorsenship.no' },
  { id: 'ACC-MERCURIO', name: 'Mercúrio Events', domain: 'mercurioevents.pt' },
  { id: 'ACC-FALCONAIR', name: 'Falconer Aviation Services', domain: 'falconeraviation.ae' },
];
export const PARTNERS = [
  { id: 'DMC-BALITRAILS', name: 'Bali Trails DMC', domain: 'balitrails.co.id' },
  { id: 'DMC-DUNEROUTES', name: 'Dune Routes Destination Management', domain: 'duneroutes.ae' },
  { id: 'DMC-ALFAMA', name: 'Alfama Ground Handling', domain: 'alfamaground.pt' },
];
export const MAILHOSTS = ['gmail.com', 'outlook.com', 'icloud.com', 'yahoo.co.uk', 'web.de', 'orange.fr', 'libero.it', 'hotmail.com', 'naver.com', 'qq.com', 'bigpond.com', 'gmx.at', 'telenet.be', 'seznam.cz', 'wp.pl', 'uol.com.br', 'ziggo.nl', 'bluewin.ch'];
