// Keelhaven Freight & Customs: the organisation, its people, outside parties and vocabulary.
export const ORG = { name: 'Keelhaven Freight & Customs', domain: 'keelhaven.com' };
export const TZ = { RTM: 'Europe/Amsterdam', SIN: 'Asia/Singapore', HOU: 'America/Chicago' };

// Customers: each distinct name and domain.
export const CUSTOMERS = [
  { code: 'MARLPC', name: 'Marlowe Petrochem', domain: 'marlowepetrochem.com', office: 'HOU' },
  { code: 'BRWAPP', name: 'Brightwater Appliances', domain: 'brightwater-appliances.de', office: 'RTM' },
  { code: 'OSPCYC', name: 'Osprey Bicycles', domain: 'ospreycycles.nl', office: 'RTM' },
  { code: 'TJGELC', name: 'Tanjong Electronics', domain: 'tanjongelectronics.com.sg', office: 'SIN' },
  { code: 'VIRPHA', name: 'Vireo Pharma', domain: 'vireopharma.ch', office: 'RTM' },
  { code: 'CALAGR', name: 'Calder Agri', domain: 'calderagri.com.au', office: 'SIN' },
  { code: 'HOLFUR', name: 'Hollis Furniture', domain: 'hollisfurniture.com', office: 'HOU' },
  { code: 'QUICAF', name: 'Quintana Coffee Traders', domain: 'quintanacafe.co', office: 'HOU' },
  { code: 'RHMTLS', name: 'Rheinmark Tools', domain: 'rheinmark.de', office: 'RTM' },
  { code: 'SUKRUB', name: 'Sukhothai Rubber', domain: 'sukhothairubber.co.th', office: 'SIN' },
  { code: 'GRYMED', name: 'Greyfield Medical', domain: 'greyfieldmed.com', office: 'HOU' },
  { code: 'PLBFDS', name: 'Pelican Bay Foods', domain: 'pelicanbayfoods.com', office: 'HOU' },
  { code: 'ZEPSOL', name: 'Zephyr Solar', domain: 'zephyr-solar.eu', office: 'RTM' },
  { code: 'AMBTEX', name: 'Amberline Textiles', domain: 'amberlinetextiles.in', office: 'SIN' },
  { code: 'KSTMOT', name: 'Kestrel Motors', domain: 'kestrelmotors.co.uk', office: 'RTM' },
  { code: 'JUNIPR', name: 'Juniper Ridge Outdoor', domain: 'juniperridge.us', office: 'HOU' },
  { code: 'BATKMN', name: 'Batik Moon Homewares', domain: 'batikmoon.id', office: 'SIN' },
  { code: 'FJRDFS', name: 'Fjordlys Seafood', domain: 'fjordlys.no', office: 'RTM' },
];
export const CONTACT_ROLES = ['logistics', 'imports', 'shipping', 'ops', 'customs', 'accounts.payable'];

// Carriers, hauliers and other vendors we pay or work with.
export const CARRIERS = [
  { code: 'STFL', name: 'Straits Feeder Lines', domain: 'straitsfeeder.sg', iban: 'SG-DBS-0721-448190-3' },
  { code: 'NHCL', name: 'Nordhavn Container Line', domain: 'nordhavn-cl.dk', iban: 'DK5030004076213318' },
  { code: 'LSDR', name: 'Lone Star Drayage', domain: 'lonestardrayage.com', iban: 'US-ACH-111000614-55120936' },
  { code: 'MDBG', name: 'Maasdelta Barge Services', domain: 'maasdelta.nl', iban: 'NL91RABO0312874410' },
  { code: 'GPCP', name: 'Gulfport Chassis Pool', domain: 'gulfportchassis.com', iban: 'US-ACH-065400137-80077412' },
  { code: 'PCAC', name: 'Pacific Crown Air Cargo', domain: 'pcaircargo.com', iban: 'SG-OCBC-5012-930017-1' },
  { code: 'ADRL', name: 'Adriatica Linea', domain: 'adriaticalinea.it', iban: 'IT60X0542811101000000123456' },
  { code: 'KRNT', name: 'Kurnia Trucking', domain: 'kurniatrucking.sg', iban: 'SG-UOB-3301-220458-7' },
  { code: 'BRHT', name: 'Brazos Rail Transload', domain: 'brazosrail.com', iban: 'US-ACH-113000023-40219877' },
];
// onboarded mid-stream with verification (benign)
export const NEW_VENDOR = { code: 'BBHL', name: 'Bluebonnet Haulage', domain: 'bluebonnethaulage.com', iban: 'US-ACH-111900659-71230055' };

export const PORTS = ['NLRTM', 'SGSIN', 'USHOU', 'CNSHA', 'DEHAM', 'BEANR', 'MYPKG', 'USNYC', 'AEJEA', 'KRPUS', 'INNSA', 'THLCH'];
export const VESSELS = ['MAERSK HIDALGO', 'CMA CGM TAGE', 'ONE APUS', 'EVER LAMBENT', 'MSC ANNA', 'HMM OSLO', 'YM WELLNESS', 'COSCO AQUARIUS'];

// People. groups change by version; status departed by version.
export const PEOPLE = [
  // Rotterdam
  ['u.hjansen', 'Hendrik Jansen', 'RTM', ['rtm-management'], null],
  ['u.svandenberg', 'Sanne van den Berg', 'RTM', ['rtm-ocean-export'], 'u.hjansen'],
  ['u.jdekker', 'Joris Dekker', 'RTM', ['rtm-ocean-export'], 'u.svandenberg'],
  ['u.tmeijer', 'Thijs Meijer', 'RTM', ['rtm-ocean-export'], 'u.svandenberg'],
  ['u.yelamrani', 'Yassin El Amrani', 'RTM', ['rtm-ocean-export'], 'u.svandenberg'],
  ['u.pvisser', 'Pien Visser', 'RTM', ['rtm-ocean-export'], 'u.svandenberg'],
  ['u.mkaya', 'Merve Kaya', 'RTM', ['rtm-customs-brokers'], 'u.hjansen'],
  ['u.ebos', 'Emma Bos', 'RTM', ['rtm-customs-brokers'], 'u.mkaya'],
  ['u.rsmit', 'Ruben Smit', 'RTM', ['rtm-customs-brokers'], 'u.mkaya'],
  ['u.fdewit', 'Fleur de Wit', 'RTM', ['rtm-finance-ap'], 'u.hjansen'],
  ['u.lbakker', 'Lotte Bakker', 'RTM', ['rtm-finance-ap'], 'u.fdewit'],
  ['u.dvermeulen', 'Daan Vermeulen', 'RTM', ['rtm-warehouse-ops'], 'u.hjansen'],
  ['u.kmulder', 'Koen Mulder', 'RTM', ['rtm-claims'], 'u.hjansen'],
  ['u.abouzid', 'Amal Bouzid', 'RTM', ['rtm-claims'], 'u.kmulder'],
  ['u.wvanleeuwen', 'Wouter van Leeuwen', 'RTM', ['glb-it-identity'], 'u.hjansen'],
  ['u.nhoekstra', 'Noor Hoekstra', 'RTM', ['glb-secops'], 'u.hjansen'],
  ['u.gpeters', 'Gijs Peters', 'RTM', ['glb-data'], 'u.hjansen'],
  // Singapore
  ['u.tanweiming', 'Tan Wei Ming', 'SIN', ['sin-management'], null],
  ['u.limshuhui', 'Lim Shu Hui', 'SIN', ['sin-airfreight'], 'u.tanweiming'],
  ['u.sitiaisyah', 'Siti Aisyah binti Rahman', 'SIN', ['sin-airfreight'], 'u.limshuhui'],
  ['u.rajeshk', 'Rajesh Kumar', 'SIN', ['sin-tradenet-filers'], 'u.tanweiming'],
  ['u.priyadevi', 'Priya Devi', 'SIN', ['sin-tradenet-filers'], 'u.rajeshk'],
  ['u.ngjialin', 'Ng Jia Lin', 'SIN', ['sin-finance-ap'], 'u.tanweiming'],
  ['u.ongkahhock', 'Ong Kah Hock', 'SIN', ['sin-transship'], 'u.tanweiming'],
  ['u.chuameiling', 'Chua Mei Ling', 'SIN', ['sin-sales'], 'u.tanweiming'],
  ['u.faridh', 'Farid Hakim', 'SIN', ['sin-sales'], 'u.chuameiling'],
  ['u.kohsooyin', 'Koh Soo Yin', 'SIN', ['glb-sre'], 'u.tanweiming'],
  ['u.gohjunjie', 'Goh Jun Jie', 'SIN', ['sin-airfreight'], 'u.limshuhui'], // joins 12 Oct
  // Houston
  ['u.mreyes', 'Maria Reyes', 'HOU', ['hou-management'], null],
  ['u.rkowalski', 'Ray Kowalski', 'HOU', ['hou-sales'], 'u.mreyes'],
  ['u.bholt', 'Brandon Holt', 'HOU', ['hou-sales'], 'u.mreyes'],
  ['u.jturner', 'Jake Turner', 'HOU', ['hou-customs-brokers'], 'u.mreyes'],
  ['u.abrooks', 'Alicia Brooks', 'HOU', ['hou-customs-brokers'], 'u.jturner'],
  ['u.sokafor', 'Stella Okafor', 'HOU', ['hou-customs-brokers'], 'u.jturner'],
  ['u.dnguyen', 'Danny Nguyen', 'HOU', ['hou-drayage'], 'u.mreyes'],
  ['u.lgarza', 'Luis Garza', 'HOU', ['hou-drayage'], 'u.dnguyen'],
  ['u.cramirez', 'Carlos Ramirez', 'HOU', ['hou-warehouse'], 'u.mreyes'],
  ['u.kwashington', 'Keisha Washington', 'HOU', ['hou-vendor-mgmt'], 'u.mreyes'],
  ['u.emiller', 'Erin Miller', 'HOU', ['glb-finance-controllers'], 'u.mreyes'],
  ['u.tpham', 'Tuan Pham', 'HOU', ['glb-sre'], 'u.mreyes'],
  ['u.mchen', 'Michael Chen', 'HOU', ['hou-customs-brokers'], 'u.jturner'], // joins 2 Nov
];

export const GROUP_SCOPES = {
  'all-staff': ['mailrelay:read', 'mailrelay:send', 'docvault:read', 'chatsuite:calendar', 'chatsuite:meetings', 'chatsuite:notes', 'teamchat:post'],
  'rtm-management': ['reports:read', 'docvault:read', 'mailrelay:send', 'lakehouse:reports:read', 'tidewater:bookings:read'],
  'sin-management': ['reports:read', 'docvault:read', 'mailrelay:send', 'lakehouse:reports:read', 'skyport:awb:read'],
  'hou-management': ['reports:read', 'docvault:read', 'mailrelay:send', 'lakehouse:reports:read', 'ace:read'],
  'rtm-ocean-export': ['tidewater:bookings:rw', 'tidewater:bookings:read', 'tidewater:release', 'docvault:read', 'docvault:share', 'mailrelay:send', 'ratebook:read', 'shipdeck:publish', 'douanegw:read'],
  'rtm-customs-brokers': ['douanegw:file', 'douanegw:read', 'docvault:read', 'mailrelay:send', 'hts:read', 'tidewater:bookings:read'],
  'rtm-finance-ap': ['fpay:match', 'fpay:remit:create', 'fpay:remit:release', 'fpay:payees:read', 'ledger:ap', 'docvault:read', 'mailrelay:send'],
  'sin-finance-ap': ['fpay:match', 'fpay:remit:create', 'fpay:remit:release', 'fpay:payees:read', 'ledger:ap', 'docvault:read', 'mailrelay:send'],
  'rtm-warehouse-ops': ['stackyard:ops', 'docvault:read', 'mailrelay:send', 'tidewater:bookings:read'],
  'hou-warehouse': ['stackyard:ops', 'docvault:read', 'mailrelay:send'],
  'rtm-claims': ['claims:rw', 'docvault:read', 'docvault:share', 'mailrelay:send', 'tidewater:bookings:read'],
  'sin-airfreight': ['docvault:write', 'skyport:awb:rw', 'skyport:awb:read', 'tradenet:read', 'docvault:read', 'mailrelay:send', 'ratebook:read'],
  'sin-tradenet-filers': ['hts:read', 'docvault:write', 'tradenet:file', 'tradenet:read', 'docvault:read', 'mailrelay:send'],
  'sin-sales': ['ratebook:read', 'ratebook:quote', 'pipedeck:rw', 'mailrelay:send', 'docvault:read'],
  'hou-sales': ['inkpass:send', 'inkpass:read', 'ratebook:read', 'ratebook:quote', 'pipedeck:rw', 'mailrelay:send', 'docvault:read'],
  'sin-transship': ['tidewater:bookings:rw', 'boxtrack:read', 'docvault:read', 'mailrelay:send'],
  'hou-customs-brokers': ['inkpass:send', 'inkpass:read', 'ace:file', 'ace:read', 'hts:read', 'docvault:read', 'docvault:share', 'mailrelay:send'],
  'hou-drayage': ['haulhub:dispatch', 'haulhub:read', 'docvault:read', 'mailrelay:send'],
  'hou-vendor-mgmt': ['vendorcheck:run', 'fpay:payees:write', 'fpay:payees:read', 'docvault:read', 'mailrelay:send'],
  'glb-finance-controllers': ['ledger:*', 'fpay:*', 'lakehouse:finance:read', 'docvault:read', 'mailrelay:send'],
  'glb-secops': ['siem:*', 'idp:sessions', 'idp:users:disable', 'edr:*', 'docvault:read'],
  'glb-it-identity': ['idp:*', 'docvault:read'],
  'glb-sre': ['k8s:*', 'metrics:read', 'pagerline:*', 'docvault:read'],
  'glb-data': ['lakehouse:*', 'docvault:read'],
};
