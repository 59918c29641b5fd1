import type { Sensitivity } from '../../schemas/event.js';
import type {
  ActionDetail,
  ActionSpec,
  Archetype,
  Person,
  StepContext,
  TaskSpec,
  TaskVars,
  WorkPattern,
} from './fleet-model.js';
import { Rng } from './prng.js';

/**
 * The families of agents in the simulated company, with their tools, tasks and habits. Names follow
 * the real APIs (Google Workspace, AWS, Stripe, NetSuite, Salesforce, Zendesk, GitHub, Kubernetes,
 * Okta, Slack) so the data reads like production telemetry.
 */

const office = (rng: Rng): WorkPattern => {
  const startHour = rng.pick([8, 9, 9]);
  return { kind: 'office', startHour, endHour: startHour + 9, eveningEndHour: startHour + 9 };
};
const extended = (rng: Rng): WorkPattern => {
  const startHour = rng.pick([8, 9]);
  return { kind: 'extended', startHour, endHour: 18, eveningEndHour: rng.pick([21, 22]) };
};
const roundTheClock = (): WorkPattern => ({
  kind: 'round_the_clock',
  startHour: 0,
  endHour: 24,
  eveningEndHour: 24,
});

function res(id: string, type: string, sensitivity: Sensitivity): ActionDetail['resource'] {
  return { id, type, sensitivity };
}
function action(
  api: string,
  service: string,
  category: ActionSpec['category'],
  make?: (c: StepContext) => ActionDetail,
): ActionSpec {
  return make ? { api, service, category, make } : { api, service, category };
}
function str(vars: TaskVars, key: string, fallback = ''): string {
  const value = vars[key];
  return value === undefined ? fallback : String(value);
}
function steps(...list: [ActionSpec, number, number][]): TaskSpec['steps'] {
  return list.map(([a, min, max]) => ({ action: a, min, max }));
}
function docId(rng: Rng): string {
  return `1${rng.hex(5)}${rng.hex(6).toUpperCase()}`;
}

// ---------------------------------------------------------------- grounded business data

/** A supplier an accounts-payable clerk pays, with its bank account in the payment system. */
export interface Payee {
  vendor: string;
  account: string;
}
const VENDORS = [
  'Acme Supplies',
  'Globex Logistics',
  'Initech Software',
  'Umbrella Facilities',
  'Stark Components',
  'Hooli Cloud',
  'Wayne Catering',
  'Tyrell Print',
];

/** The suppliers a clerk usually pays: a stable history the payments are grounded in. */
export function payeesOf(user: Person | undefined): Payee[] {
  const rng = Rng.derive('payees', user?.email ?? 'autonomous');
  return rng
    .shuffle(VENDORS)
    .slice(0, 4)
    .map((vendor) => ({ vendor, account: `ACC-${rng.int(100000, 999999)}` }));
}
/** A supplier first paid during the simulation: new, but named in the request (benign). */
export function newPayeeOf(user: Person | undefined): Payee {
  const rng = Rng.derive('new-payee', user?.email ?? 'autonomous');
  return { vendor: 'Soylent Packaging', account: `ACC-${rng.int(100000, 999999)}` };
}

const MEETINGS = [
  'Q3 planning sync',
  'weekly leadership meeting',
  'customer advisory board',
  'design review',
  'sprint retro',
  'budget review',
];
const TOPICS = [
  'the renewal terms',
  'the draft contract',
  'next quarter targets',
  'the hiring plan',
  'the launch checklist',
  'the audit findings',
];
const REPOS = ['acme/web-frontend', 'acme/billing-service', 'acme/data-pipeline', 'acme/mobile-app'];
const SERVICES = ['web-frontend', 'billing-service', 'search-api', 'checkout'];
const ACCOUNTS = ['Globex', 'Initech', 'Hooli', 'Umbrella', 'Stark Industries', 'Wayne Enterprises'];
const TABLES = [
  'ANALYTICS.PUBLIC.EVENTS',
  'ANALYTICS.PUBLIC.ORDERS',
  'ANALYTICS.PUBLIC.SESSIONS',
  'FINANCE.PUBLIC.REVENUE',
];

// ---------------------------------------------------------------- mail-assistant (personal)

const gmailList = action('gmail.users.messages.list', 'gmail', 'read', (c) => ({
  parameters: { q: c.rng.pick(['is:unread', 'is:important', 'newer_than:1d']), maxResults: 20 },
  resource: res(`mailbox:${c.user?.email ?? 'unknown'}`, 'mailbox', 'confidential'),
}));
const gmailGet = action('gmail.users.messages.get', 'gmail', 'read', (c) => ({
  parameters: { id: c.rng.hex(16), format: 'full' },
  resource: res(`mailbox:${c.user?.email ?? 'unknown'}`, 'mailbox', 'confidential'),
}));
const gmailModify = action('gmail.users.messages.modify', 'gmail', 'write', (c) => ({
  parameters: { id: c.rng.hex(16), addLabelIds: c.rng.pick(['IMPORTANT', 'Label_Urgent', 'STARRED']) },
  resource: res(`mailbox:${c.user?.email ?? 'unknown'}`, 'mailbox', 'confidential'),
}));
const gmailSend = action('gmail.users.messages.send', 'gmail', 'send', (c) => {
  const to = str(c.vars, 'recipient', c.user?.email ?? 'unknown');
  return {
    parameters: {
      to,
      subject: str(c.vars, 'subject', 'Re: follow-up'),
      attachments: Number(c.vars['attachments'] ?? 0),
    },
    resource: res(to, 'email_recipient', to.endsWith('@acme-corp.com') ? 'internal' : 'confidential'),
  };
});
const driveList = action('drive.files.list', 'google-drive', 'read', (c) => ({
  parameters: { q: `name contains '${str(c.vars, 'meeting', 'notes')}'`, pageSize: 10 },
  resource: res(
    c.newResource && c.rng.chance(0.4)
      ? 'drive:shared/Board-2026'
      : `drive:user/${c.user?.email ?? 'unknown'}`,
    'drive_folder',
    'internal',
  ),
}));
const driveGet = action('drive.files.get', 'google-drive', 'read', (c) => ({
  parameters: { fileId: docId(c.rng), alt: 'media' },
  resource: res(
    `drive:file/${docId(c.rng)}`,
    'drive_file',
    c.rng.pick<Sensitivity>(['internal', 'internal', 'confidential']),
  ),
}));
const docsGet = action('docs.documents.get', 'google-docs', 'read', (c) => ({
  parameters: { documentId: docId(c.rng) },
  resource: res(`docs:${docId(c.rng)}`, 'document', 'internal'),
}));
const docsCreate = action('docs.documents.create', 'google-docs', 'write', (c) => ({
  parameters: { title: `Summary: ${str(c.vars, 'meeting', 'notes')}` },
  resource: res(`docs:${docId(c.rng)}`, 'document', 'internal'),
}));
const freeBusy = action('calendar.freebusy.query', 'google-calendar', 'read', (c) => ({
  parameters: { items: str(c.vars, 'recipient'), timeMin: 'next_week' },
  resource: res(`calendar:${str(c.vars, 'recipient')}`, 'calendar', 'internal'),
}));
const eventsInsert = action('calendar.events.insert', 'google-calendar', 'write', (c) => ({
  parameters: { attendees: str(c.vars, 'recipient'), summary: str(c.vars, 'topic') },
  resource: res(`calendar:${c.user?.email ?? 'unknown'}`, 'calendar', 'internal'),
}));
/** Used only by injected anomalies: never in a mail assistant's normal repertoire. */
export const gmailForwarding = action(
  'gmail.users.settings.forwardingAddresses.create',
  'gmail',
  'admin',
  (c) => ({
    parameters: { forwardingEmail: str(c.vars, 'attacker', 'relay@mailbox-drop.example') },
    resource: res(`mailbox:${c.user?.email ?? 'unknown'}`, 'mailbox', 'restricted'),
  }),
);
/** Sharing a file with anyone: a permission change, never in the normal repertoire. */
export const drivePermissionsCreate = action('drive.permissions.create', 'google-drive', 'identity', (c) => ({
  parameters: { fileId: docId(c.rng), role: 'reader', type: 'anyone' },
  resource: res(`drive:file/${docId(c.rng)}`, 'drive_file', 'confidential'),
}));

const mailAssistant: Archetype = {
  key: 'mail-assistant',
  type: 'personal',
  team: undefined,
  invokers: 'owner',
  owned: true,
  pattern: office,
  timezones: [],
  eventsPerDay: [40, 120],
  credentialType: 'oauth_token',
  userAgent: 'acme-copilot/2.4 (google-workspace)',
  heartbeat: {
    id: 'inbox-watch',
    scopes: ['gmail.users.messages.list', 'gmail.users.messages.get', 'gmail.users.threads.get'],
    weight: 0,
    instance: () => ({ description: 'Watch my inbox and flag anything urgent', vars: {} }),
    steps: steps([gmailList, 1, 1], [gmailGet, 0, 2]),
  },
  tasks: [
    {
      id: 'inbox-triage',
      scopes: ['gmail.users.messages.list', 'gmail.users.messages.get', 'gmail.users.messages.modify'],
      weight: 3,
      instance: () => ({ description: 'Triage my inbox and label what needs a reply today', vars: {} }),
      steps: steps([gmailList, 1, 1], [gmailGet, 2, 6], [gmailModify, 1, 3]),
    },
    {
      id: 'meeting-summary',
      scopes: ['drive.files.list', 'drive.files.get', 'docs.documents.get', 'docs.documents.create'],
      weight: 2,
      instance: ({ rng }) => {
        const meeting = rng.pick(MEETINGS);
        return {
          description: `Summarise the meeting notes from the ${meeting} and save the summary to my Drive`,
          vars: { meeting },
        };
      },
      steps: steps([driveList, 1, 1], [driveGet, 1, 2], [docsGet, 1, 2], [docsCreate, 1, 1]),
    },
    {
      id: 'schedule-meeting',
      scopes: ['calendar.freebusy.query', 'calendar.events.insert', 'gmail.users.messages.send'],
      weight: 2,
      instance: ({ rng, user }) => {
        const recipient = rng.pick(user?.colleagues ?? ['team@acme-corp.com']);
        const topic = rng.pick(TOPICS);
        return {
          description: `Find a 30 minute slot with ${recipient} next week to discuss ${topic} and send the invite`,
          vars: { recipient, topic, subject: `Invitation: ${topic}` },
        };
      },
      steps: steps([freeBusy, 1, 2], [eventsInsert, 1, 1], [gmailSend, 1, 1]),
    },
    {
      id: 'draft-reply',
      scopes: ['gmail.users.messages.get', 'gmail.users.messages.send'],
      weight: 2,
      instance: ({ rng, user }) => {
        const pool = [...(user?.colleagues ?? []), ...(user?.partners ?? [])];
        const recipient = pool.length > 0 ? rng.pick(pool) : 'team@acme-corp.com';
        const topic = rng.pick(TOPICS);
        return {
          description: `Reply to ${recipient} about ${topic}`,
          vars: { recipient, topic, subject: `Re: ${topic}` },
        };
      },
      steps: steps([gmailGet, 1, 2], [gmailSend, 1, 1]),
    },
  ],
  newTask: {
    id: 'board-pack',
    scopes: ['drive.files.list', 'drive.files.get', 'docs.documents.create'],
    weight: 2,
    instance: () => ({
      description: 'Collect the documents for the board pack into one Drive summary',
      vars: { meeting: 'board pack' },
    }),
    steps: steps([driveList, 1, 2], [driveGet, 2, 4], [docsCreate, 1, 1]),
  },
  rollout: action('gmail.users.threads.get', 'gmail', 'read', (c) => ({
    parameters: { id: c.rng.hex(16) },
    resource: res(`mailbox:${c.user?.email ?? 'unknown'}`, 'mailbox', 'confidential'),
  })),
  driftApis: [gmailForwarding, drivePermissionsCreate],
  incidents: ['off-hours-burst', 'night-exfil', 'prompt-injection-exfil', 'prompt-injection-share'],
};

// ---------------------------------------------------------------- invoice-bot (organizational, finance)

const apList = action('netsuite.invoices.list', 'netsuite', 'read', () => ({
  parameters: { status: 'approved', limit: 50 },
  resource: res('netsuite:ap-queue', 'queue', 'confidential'),
}));
const invoiceGet = action('netsuite.invoices.get', 'netsuite', 'read', (c) => ({
  parameters: { invoice: str(c.vars, 'invoice') },
  resource: res(`netsuite:invoice/${str(c.vars, 'invoice')}`, 'invoice', 'confidential'),
}));
const invoiceUpdate = action('netsuite.invoices.update', 'netsuite', 'write', (c) => ({
  parameters: { invoice: str(c.vars, 'invoice'), status: 'paid' },
  resource: res(`netsuite:invoice/${str(c.vars, 'invoice')}`, 'invoice', 'confidential'),
}));
const balance = action('stripe.balance.retrieve', 'stripe', 'read', () => ({
  resource: res('stripe:balance', 'balance', 'confidential'),
}));
const transfer = action('stripe.transfers.create', 'stripe', 'payment', (c) => {
  const destination = str(c.vars, 'pay_to', str(c.vars, 'account'));
  return {
    parameters: {
      amount: Number(c.vars['amount'] ?? 0),
      currency: str(c.vars, 'currency', 'eur'),
      destination,
      transfer_group: str(c.vars, 'invoice'),
    },
    resource: res(destination, 'payment_account', 'restricted'),
  };
});
const payouts = action('stripe.payouts.list', 'stripe', 'read', () => ({
  parameters: { arrival_date: 'yesterday' },
  resource: res('stripe:payouts', 'payouts', 'confidential'),
}));
const txSearch = action('netsuite.transactions.search', 'netsuite', 'read', (c) => ({
  parameters: { type: 'payment', period: c.rng.pick(['yesterday', 'this_month']) },
  resource: res('netsuite:transactions', 'ledger', 'confidential'),
}));
const journal = action('netsuite.journalEntries.create', 'netsuite', 'write', () => ({
  resource: res('netsuite:journal', 'ledger', 'confidential'),
}));
const transferGet = action('stripe.transfers.retrieve', 'stripe', 'read', (c) => ({
  parameters: { transfer_group: str(c.vars, 'invoice') },
  resource: res(str(c.vars, 'account', 'stripe:transfers'), 'payment_account', 'restricted'),
}));

function invoiceInstance(
  rng: Rng,
  user: Person | undefined,
  newResource: boolean,
): { description: string; vars: TaskVars } {
  const payee = newResource && rng.chance(0.3) ? newPayeeOf(user) : rng.pick(payeesOf(user));
  const invoice = `INV-${rng.int(1000, 9999)}`;
  const amount = rng.int(120, 48_000);
  const currency = user?.timezone.startsWith('Europe/London') ? 'gbp' : 'eur';
  return {
    description: `Pay invoice ${invoice} of ${amount} ${currency.toUpperCase()} to account ${payee.account} (${payee.vendor})`,
    vars: { invoice, amount, currency, account: payee.account, vendor: payee.vendor },
  };
}

const invoiceBot: Archetype = {
  key: 'invoice-bot',
  type: 'organizational',
  team: 'finance',
  invokers: 'team_users',
  owned: true,
  pattern: office,
  timezones: ['Europe/Berlin', 'Europe/London'],
  eventsPerDay: [30, 90],
  credentialType: 'api_key',
  userAgent: 'invoice-bot/3.1 langgraph/0.2',
  heartbeat: {
    id: 'ap-queue-watch',
    scopes: ['netsuite.invoices.list', 'netsuite.vendorBills.list'],
    weight: 0,
    instance: () => ({ description: 'Check the AP queue for approved invoices', vars: {} }),
    steps: steps([apList, 1, 1]),
  },
  tasks: [
    {
      id: 'pay-invoice',
      scopes: [
        'netsuite.invoices.get',
        'netsuite.invoices.update',
        'stripe.balance.retrieve',
        'stripe.transfers.create',
      ],
      weight: 3,
      instance: ({ rng, user, newResource }) => invoiceInstance(rng, user, newResource),
      steps: steps([invoiceGet, 1, 1], [balance, 0, 1], [transfer, 1, 1], [invoiceUpdate, 1, 1]),
    },
    {
      id: 'reconcile-payouts',
      scopes: ['stripe.payouts.list', 'netsuite.transactions.search', 'netsuite.journalEntries.create'],
      weight: 1,
      instance: () => ({ description: "Reconcile yesterday's Stripe payouts against NetSuite", vars: {} }),
      steps: steps([payouts, 1, 1], [txSearch, 1, 3], [journal, 0, 1]),
    },
    {
      id: 'payment-status',
      scopes: ['netsuite.invoices.get', 'stripe.transfers.retrieve'],
      weight: 1,
      instance: ({ rng, user }) => {
        const payee = rng.pick(payeesOf(user));
        const invoice = `INV-${rng.int(1000, 9999)}`;
        return {
          description: `Look up the payment status of invoice ${invoice} for ${payee.vendor}`,
          vars: { invoice, account: payee.account },
        };
      },
      steps: steps([invoiceGet, 1, 1], [transferGet, 1, 1]),
    },
  ],
  newTask: {
    id: 'vendor-statement-check',
    scopes: ['netsuite.invoices.list', 'netsuite.invoices.get', 'netsuite.transactions.search'],
    weight: 1,
    instance: ({ rng, user }) => {
      const payee = rng.pick(payeesOf(user));
      return {
        description: `Compare this month's statement from ${payee.vendor} against open invoices`,
        vars: { invoice: `INV-${rng.int(1000, 9999)}` },
      };
    },
    steps: steps([apList, 1, 1], [invoiceGet, 1, 3], [txSearch, 1, 2]),
  },
  rollout: action('netsuite.vendorBills.list', 'netsuite', 'read', () => ({
    parameters: { status: 'pendingApproval' },
    resource: res('netsuite:vendor-bills', 'queue', 'confidential'),
  })),
  driftApis: [
    action('netsuite.vendors.update', 'netsuite', 'write', () => ({
      parameters: { field: 'bankAccount' },
      resource: res('netsuite:vendor/V-2291', 'vendor', 'restricted'),
    })),
    action('stripe.accounts.create', 'stripe', 'payment', () => ({
      parameters: { type: 'custom', country: 'LT' },
      resource: res('stripe:accounts', 'payment_account', 'restricted'),
    })),
    action('stripe.payouts.create', 'stripe', 'payment', (c) => ({
      parameters: { amount: c.rng.int(5000, 90000), currency: 'eur' },
      resource: res('stripe:payouts', 'payouts', 'restricted'),
    })),
  ],
  incidents: ['payment-redirect', 'off-hours-burst', 'access-drift'],
};

// ---------------------------------------------------------------- report-scheduler (organizational, data, autonomous)

const sfQuery = action('snowflake.query', 'snowflake', 'read', (c) => {
  const table = c.rng.pick(TABLES);
  return {
    parameters: { warehouse: 'REPORTING_WH', statement: `SELECT ... FROM ${table}` },
    resource: res(table, 'table', table.startsWith('FINANCE') ? 'confidential' : 'internal'),
  };
});
const s3Put = action('s3:PutObject', 'aws-s3', 'write', (c) => {
  const bucket = c.newResource && c.rng.chance(0.4) ? 'acme-analytics-exports-eu' : 'acme-analytics-exports';
  return {
    parameters: { bucket, key: `hourly/${c.rng.hex(8)}.parquet` },
    resource: res(`arn:aws:s3:::${bucket}`, 's3_bucket', 'internal'),
  };
});
const s3Get = action('s3:GetObject', 'aws-s3', 'read', (c) => ({
  parameters: { bucket: 'acme-analytics-raw', key: `daily/${c.rng.hex(8)}.parquet` },
  resource: res('arn:aws:s3:::acme-analytics-raw', 's3_bucket', 'internal'),
}));
const s3List = action('s3:ListBucket', 'aws-s3', 'read', () => ({
  parameters: { bucket: 'acme-analytics-raw', prefix: 'daily/' },
  resource: res('arn:aws:s3:::acme-analytics-raw', 's3_bucket', 'internal'),
}));
const slackPost = action('chat.postMessage', 'slack', 'send', (c) => {
  const channel = str(c.vars, 'channel', '#data-alerts');
  return { parameters: { channel }, resource: res(`slack:${channel}`, 'slack_channel', 'internal') };
});
/** Privilege escalation and destruction: never in any normal repertoire. */
export const AWS_DRIFT_APIS: readonly ActionSpec[] = [
  action('iam:CreateAccessKey', 'aws-iam', 'identity', (c) => ({
    parameters: { userName: c.rng.pick(['svc-reporting', 'admin-break-glass']) },
    resource: res('arn:aws:iam::412345678901:user/svc-reporting', 'iam_user', 'restricted'),
  })),
  action('iam:AttachUserPolicy', 'aws-iam', 'identity', () => ({
    parameters: { policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
    resource: res('arn:aws:iam::412345678901:user/svc-reporting', 'iam_user', 'restricted'),
  })),
  action('s3:DeleteBucket', 'aws-s3', 'delete', () => ({
    parameters: { bucket: 'acme-finance-archive' },
    resource: res('arn:aws:s3:::acme-finance-archive', 's3_bucket', 'restricted'),
  })),
  action('s3:PutBucketPolicy', 'aws-s3', 'admin', () => ({
    parameters: { bucket: 'acme-analytics-raw', principal: '*' },
    resource: res('arn:aws:s3:::acme-analytics-raw', 's3_bucket', 'internal'),
  })),
  action('cloudtrail:StopLogging', 'aws-cloudtrail', 'admin', () => ({
    parameters: { name: 'org-trail' },
    resource: res('arn:aws:cloudtrail:eu-central-1:412345678901:trail/org-trail', 'trail', 'restricted'),
  })),
  action('secretsmanager:GetSecretValue', 'aws-secretsmanager', 'read', () => ({
    parameters: { secretId: 'prod/payments/stripe-key' },
    resource: res(
      'arn:aws:secretsmanager:eu-central-1:412345678901:secret:prod/payments/stripe-key',
      'secret',
      'restricted',
    ),
  })),
];

const reportScheduler: Archetype = {
  key: 'report-scheduler',
  type: 'organizational',
  team: 'data',
  invokers: 'autonomous',
  owned: true,
  pattern: roundTheClock,
  timezones: ['UTC'],
  eventsPerDay: [60, 160],
  credentialType: 'aws_access_key',
  userAgent: 'report-scheduler/1.9 airflow/2.9 boto3/1.34',
  heartbeat: {
    id: 'hourly-metrics-export',
    scopes: ['snowflake.query', 's3:PutObject', 's3:GetObjectTagging'],
    weight: 0,
    instance: () => ({
      description:
        'Query the hourly product metrics in Snowflake and write them to s3://acme-analytics-exports',
      vars: {},
    }),
    steps: steps([sfQuery, 1, 1], [s3Put, 1, 1]),
  },
  tasks: [
    {
      id: 'daily-revenue-report',
      scopes: ['snowflake.query', 's3:GetObject', 's3:PutObject', 'chat.postMessage'],
      weight: 1,
      instance: () => ({
        description: 'Build the daily revenue report and post it to #finance-reports',
        vars: { channel: '#finance-reports' },
      }),
      steps: steps([sfQuery, 2, 4], [s3Get, 1, 2], [s3Put, 1, 1], [slackPost, 1, 1]),
    },
    {
      id: 'data-quality-check',
      scopes: ['snowflake.query', 's3:ListBucket', 's3:GetObject', 'chat.postMessage'],
      weight: 2,
      instance: ({ rng }) => ({
        description: `Check row counts of yesterday's partitions in ${rng.pick(TABLES)}`,
        vars: { channel: '#data-alerts' },
      }),
      steps: steps([sfQuery, 2, 5], [s3List, 1, 1], [s3Get, 0, 2]),
    },
  ],
  newTask: {
    id: 'weekly-churn-report',
    scopes: ['snowflake.query', 's3:PutObject', 'chat.postMessage'],
    weight: 1,
    instance: () => ({
      description: 'Build the weekly churn report and post it to #growth',
      vars: { channel: '#growth' },
    }),
    steps: steps([sfQuery, 2, 3], [s3Put, 1, 1], [slackPost, 1, 1]),
  },
  rollout: action('s3:GetObjectTagging', 'aws-s3', 'read', (c) => ({
    parameters: { bucket: 'acme-analytics-exports', key: `hourly/${c.rng.hex(8)}.parquet` },
    resource: res('arn:aws:s3:::acme-analytics-exports', 's3_bucket', 'internal'),
  })),
  driftApis: AWS_DRIFT_APIS,
  incidents: ['access-drift'],
};

// ---------------------------------------------------------------- crm-copilot (third party, Salesforce)

const soql = action('salesforce.query', 'salesforce', 'read', (c) => ({
  parameters: { soql: `SELECT Id, StageName FROM Opportunity WHERE OwnerId = '${c.user?.email ?? 'team'}'` },
  resource: res('salesforce:Opportunity', 'sobject', 'confidential'),
}));
const contactGet = action('GET /v1/contacts/{id}', 'contacts-api', 'read', (c) => ({
  parameters: { id: `C-${c.rng.int(10000, 99999)}` },
  resource: res(`contacts:${str(c.vars, 'account', c.rng.pick(ACCOUNTS))}`, 'contact', 'confidential'),
}));
const oppUpdate = action('salesforce.sobjects.update', 'salesforce', 'write', (c) => ({
  parameters: {
    sobject: 'Opportunity',
    id: str(c.vars, 'opportunity', `006${c.rng.hex(12)}`),
    StageName: str(c.vars, 'stage', 'Negotiation'),
  },
  resource: res(`salesforce:Opportunity/${str(c.vars, 'opportunity', 'unknown')}`, 'sobject', 'confidential'),
}));
const notesPost = action('POST /v1/notes', 'contacts-api', 'write', (c) => ({
  parameters: { contact: str(c.vars, 'contact') },
  resource: res(`contacts:${str(c.vars, 'account')}`, 'contact', 'confidential'),
}));

const crmCopilot: Archetype = {
  key: 'crm-copilot',
  type: 'third_party',
  team: 'sales',
  vendor: 'Salesforce',
  invokers: 'team_users',
  owned: true,
  pattern: extended,
  timezones: ['America/New_York', 'Europe/London'],
  eventsPerDay: [50, 140],
  credentialType: 'oauth_token',
  userAgent: 'Salesforce-Agentforce/1.0',
  heartbeat: {
    id: 'lead-sync',
    scopes: ['salesforce.query', 'salesforce.sobjects.describe'],
    weight: 0,
    instance: () => ({ description: 'Sync new leads for the sales team', vars: {} }),
    steps: steps([soql, 1, 1]),
  },
  tasks: [
    {
      id: 'pipeline-review',
      scopes: ['salesforce.query', 'GET /v1/contacts/{id}'],
      weight: 3,
      instance: ({ rng, user }) => ({
        description: `Summarise the open opportunities of ${user?.name ?? 'the team'} for the Q${rng.int(1, 4)} forecast`,
        vars: {},
      }),
      steps: steps([soql, 1, 3], [contactGet, 1, 4]),
    },
    {
      id: 'update-opportunity',
      scopes: ['salesforce.query', 'salesforce.sobjects.update'],
      weight: 2,
      instance: ({ rng }) => {
        const opportunity = `006${rng.hex(12)}`;
        const account = rng.pick(ACCOUNTS);
        const stage = rng.pick(['Qualification', 'Proposal', 'Negotiation', 'Closed Won']);
        return {
          description: `Update opportunity ${opportunity} (${account}) to stage ${stage}`,
          vars: { opportunity, account, stage },
        };
      },
      steps: steps([soql, 1, 1], [oppUpdate, 1, 1]),
    },
    {
      id: 'log-call',
      scopes: ['GET /v1/contacts/{id}', 'POST /v1/notes'],
      weight: 1,
      instance: ({ rng }) => {
        const account = rng.pick(ACCOUNTS);
        const contact = `C-${rng.int(10000, 99999)}`;
        return {
          description: `Log the call with contact ${contact} at ${account}`,
          vars: { account, contact },
        };
      },
      steps: steps([contactGet, 1, 1], [notesPost, 1, 1]),
    },
  ],
  newTask: {
    id: 'account-brief',
    scopes: ['salesforce.query', 'GET /v1/contacts/{id}'],
    weight: 1,
    instance: ({ rng }) => {
      const account = rng.pick(ACCOUNTS);
      return {
        description: `Prepare a one-page brief on ${account} before the renewal call`,
        vars: { account },
      };
    },
    steps: steps([soql, 1, 2], [contactGet, 1, 3]),
  },
  rollout: action('salesforce.sobjects.describe', 'salesforce', 'read', () => ({
    parameters: { sobject: 'Lead' },
    resource: res('salesforce:Lead', 'sobject', 'internal'),
  })),
  driftApis: [
    action('salesforce.sobjects.delete', 'salesforce', 'delete', (c) => ({
      parameters: { sobject: 'Account', id: `001${c.rng.hex(12)}` },
      resource: res('salesforce:Account', 'sobject', 'confidential'),
    })),
    action('salesforce.bulk.export', 'salesforce', 'read', () => ({
      parameters: { sobject: 'Contact', format: 'csv' },
      resource: res('salesforce:Contact', 'sobject', 'restricted'),
    })),
  ],
  incidents: ['scope-violation', 'scope-violation-new-api', 'off-hours-burst'],
};

// ---------------------------------------------------------------- support-agent (third party, Zendesk)

const ticketsList = action('zendesk.tickets.list', 'zendesk', 'read', () => ({
  parameters: { status: 'new' },
  resource: res('zendesk:queue/support', 'queue', 'internal'),
}));
const ticketShow = action('zendesk.tickets.show', 'zendesk', 'read', (c) => ({
  parameters: { ticket: str(c.vars, 'ticket') },
  resource: res(`zendesk:ticket/${str(c.vars, 'ticket')}`, 'ticket', 'confidential'),
}));
const articles = action('helpcenter.articles.search', 'zendesk', 'read', (c) => ({
  parameters: { query: c.rng.pick(['refund', 'password reset', 'invoice copy', 'shipping delay']) },
  resource: res('zendesk:helpcenter', 'knowledge_base', 'public'),
}));
const ticketReply = action('zendesk.tickets.reply', 'zendesk', 'send', (c) => {
  const to = str(c.vars, 'recipient', str(c.vars, 'requester'));
  return {
    parameters: { ticket: str(c.vars, 'ticket'), to, public: true },
    resource: res(to, 'email_recipient', 'confidential'),
  };
});
const ticketUpdate = action('zendesk.tickets.update', 'zendesk', 'write', (c) => ({
  parameters: { ticket: str(c.vars, 'ticket'), group: 'tier-2' },
  resource: res(`zendesk:ticket/${str(c.vars, 'ticket')}`, 'ticket', 'confidential'),
}));
const CUSTOMER_DOMAINS = ['gmail.example', 'outlook.example', 'yahoo.example', 'customer-mail.example'];

function ticketInstance(rng: Rng): TaskVars {
  const requester = `${rng.pick(['jo', 'kim', 'lee', 'max', 'ana', 'raj'])}${rng.int(10, 999)}@${rng.pick(CUSTOMER_DOMAINS)}`;
  return { ticket: String(rng.int(100000, 999999)), requester, recipient: requester };
}

const supportAgent: Archetype = {
  key: 'support-agent',
  type: 'third_party',
  team: 'support',
  vendor: 'Zendesk',
  invokers: 'autonomous',
  owned: true,
  pattern: roundTheClock,
  timezones: ['UTC'],
  eventsPerDay: [80, 180],
  credentialType: 'api_key',
  userAgent: 'Zendesk-AI-Agent/2.2',
  heartbeat: {
    id: 'queue-poll',
    scopes: ['zendesk.tickets.list', 'zendesk.tickets.count'],
    weight: 0,
    instance: () => ({ description: 'Poll the support queue for new tickets', vars: {} }),
    steps: steps([ticketsList, 1, 1]),
  },
  tasks: [
    {
      id: 'answer-ticket',
      scopes: ['zendesk.tickets.show', 'helpcenter.articles.search', 'zendesk.tickets.reply'],
      weight: 4,
      instance: ({ rng }) => {
        const vars = ticketInstance(rng);
        return {
          description: `Answer ticket #${vars['ticket']} from ${vars['requester']}: look up the help center and reply to the customer`,
          vars,
        };
      },
      steps: steps([ticketShow, 1, 1], [articles, 1, 2], [ticketReply, 1, 1]),
    },
    {
      id: 'escalate-ticket',
      scopes: ['zendesk.tickets.show', 'zendesk.tickets.update'],
      weight: 1,
      instance: ({ rng }) => {
        const vars = ticketInstance(rng);
        return { description: `Escalate ticket #${vars['ticket']} to tier 2`, vars };
      },
      steps: steps([ticketShow, 1, 1], [ticketUpdate, 1, 1]),
    },
  ],
  newTask: {
    id: 'ticket-digest',
    scopes: ['zendesk.tickets.list', 'zendesk.tickets.show'],
    weight: 1,
    instance: () => ({
      description: 'Summarise the open tickets about shipping delays for the support lead',
      vars: { ticket: 'digest' },
    }),
    steps: steps([ticketsList, 1, 1], [ticketShow, 2, 4]),
  },
  rollout: action('zendesk.tickets.count', 'zendesk', 'read', () => ({
    resource: res('zendesk:queue/support', 'queue', 'internal'),
  })),
  driftApis: [
    action('zendesk.users.export', 'zendesk', 'read', () => ({
      parameters: { format: 'csv' },
      resource: res('zendesk:users', 'user_directory', 'restricted'),
    })),
    action('zendesk.api_tokens.create', 'zendesk', 'identity', () => ({
      resource: res('zendesk:api-tokens', 'credential', 'restricted'),
    })),
  ],
  incidents: ['prompt-injection-exfil', 'access-drift'],
};

// ---------------------------------------------------------------- deploy-bot and release-orchestrator (organizational, platform)

const deployStatus = action(
  'GET /apis/apps/v1/namespaces/{namespace}/deployments/{name}',
  'kubernetes',
  'read',
  (c) => {
    const service = c.rng.pick(SERVICES);
    return {
      parameters: { namespace: 'prod', name: service },
      resource: res(`k8s:prod/deployment/${service}`, 'k8s_deployment', 'internal'),
    };
  },
);
const createDeployment = action('github.repos.createDeployment', 'github', 'write', (c) => ({
  parameters: {
    repo: `acme/${str(c.vars, 'service')}`,
    ref: str(c.vars, 'version'),
    environment: str(c.vars, 'env'),
  },
  resource: res(`github:acme/${str(c.vars, 'service')}`, 'repository', 'internal'),
}));
const patchDeployment = action(
  'PATCH /apis/apps/v1/namespaces/{namespace}/deployments/{name}',
  'kubernetes',
  'execute',
  (c) => ({
    parameters: {
      namespace: str(c.vars, 'env'),
      name: str(c.vars, 'service'),
      image: `registry.acme-corp.com/${str(c.vars, 'service')}:${str(c.vars, 'version')}`,
    },
    resource: res(
      `k8s:${str(c.vars, 'env')}/deployment/${str(c.vars, 'service')}`,
      'k8s_deployment',
      str(c.vars, 'env') === 'prod' ? 'confidential' : 'internal',
    ),
  }),
);
const deploymentStatus = action('github.repos.createDeploymentStatus', 'github', 'write', (c) => ({
  parameters: { repo: `acme/${str(c.vars, 'service')}`, state: 'success' },
  resource: res(`github:acme/${str(c.vars, 'service')}`, 'repository', 'internal'),
}));

function releaseVars(rng: Rng): TaskVars {
  return {
    service: rng.pick(SERVICES),
    version: `v${rng.int(1, 4)}.${rng.int(0, 30)}.${rng.int(0, 9)}`,
    env: rng.pick(['staging', 'prod']),
  };
}

const deployBot: Archetype = {
  key: 'deploy-bot',
  type: 'organizational',
  team: 'platform',
  invokers: 'orchestrator',
  owned: true,
  pattern: extended,
  timezones: ['Europe/Berlin', 'Asia/Tokyo'],
  eventsPerDay: [20, 60],
  credentialType: 'github_app_installation_token',
  userAgent: 'deploy-bot/5.0 octokit/20',
  heartbeat: {
    id: 'deployment-health',
    scopes: ['GET /apis/apps/v1/namespaces/*', 'github.repos.listDeployments'],
    weight: 0,
    instance: () => ({ description: 'Watch the health of production deployments', vars: {} }),
    steps: steps([deployStatus, 1, 2]),
  },
  tasks: [
    {
      id: 'deploy-service',
      scopes: [
        'github.repos.createDeployment',
        'github.repos.createDeploymentStatus',
        'PATCH /apis/apps/v1/namespaces/*',
        'GET /apis/apps/v1/namespaces/*',
      ],
      weight: 1,
      instance: ({ rng }) => {
        const vars = releaseVars(rng);
        return { description: `Deploy ${vars['service']} ${vars['version']} to ${vars['env']}`, vars };
      },
      steps: steps(
        [createDeployment, 1, 1],
        [patchDeployment, 1, 1],
        [deployStatus, 1, 3],
        [deploymentStatus, 1, 1],
      ),
    },
  ],
  newTask: {
    id: 'rollback-service',
    scopes: [
      'PATCH /apis/apps/v1/namespaces/*',
      'GET /apis/apps/v1/namespaces/*',
      'github.repos.createDeploymentStatus',
    ],
    weight: 1,
    instance: ({ rng }) => {
      const vars = releaseVars(rng);
      return { description: `Roll back ${vars['service']} in ${vars['env']} to ${vars['version']}`, vars };
    },
    steps: steps([deployStatus, 1, 1], [patchDeployment, 1, 1], [deploymentStatus, 1, 1]),
  },
  rollout: action('github.repos.listDeployments', 'github', 'read', () => ({
    parameters: { environment: 'prod' },
    resource: res('github:acme/web-frontend', 'repository', 'internal'),
  })),
  driftApis: [
    ...AWS_DRIFT_APIS.slice(0, 2),
    action('iam:PassRole', 'aws-iam', 'identity', () => ({
      parameters: { roleName: 'OrganizationAccountAccessRole' },
      resource: res('arn:aws:iam::412345678901:role/OrganizationAccountAccessRole', 'iam_role', 'restricted'),
    })),
    action('ec2:AuthorizeSecurityGroupIngress', 'aws-ec2', 'admin', () => ({
      parameters: { cidr: '0.0.0.0/0', port: 22 },
      resource: res('sg-0a1b2c3d', 'security_group', 'confidential'),
    })),
  ],
  incidents: ['access-drift', 'off-hours-burst'],
};

const prGet = action('github.pulls.get', 'github', 'read', (c) => ({
  parameters: { repo: `acme/${str(c.vars, 'service', 'web-frontend')}`, pull_number: c.rng.int(100, 4000) },
  resource: res(`github:acme/${str(c.vars, 'service', 'web-frontend')}`, 'repository', 'internal'),
}));
const checks = action('github.checks.listForRef', 'github', 'read', (c) => ({
  parameters: { repo: `acme/${str(c.vars, 'service', c.rng.pick(SERVICES))}`, ref: 'main' },
  resource: res(`github:acme/${str(c.vars, 'service', 'web-frontend')}`, 'repository', 'internal'),
}));
const invokeAgent = action('agents.invoke', 'agent-runtime', 'execute', (c) => ({
  parameters: { agent: str(c.vars, 'delegate', 'deploy-bot'), task: 'deploy-service' },
  resource: res(`agent:${str(c.vars, 'delegate', 'deploy-bot')}`, 'agent', 'internal'),
}));

const releaseOrchestrator: Archetype = {
  key: 'release-orchestrator',
  type: 'organizational',
  team: 'platform',
  invokers: 'team_users',
  owned: true,
  pattern: extended,
  timezones: ['Europe/Berlin'],
  eventsPerDay: [20, 50],
  credentialType: 'service_account',
  userAgent: 'release-orchestrator/0.9 openai-agents/0.4',
  heartbeat: {
    id: 'ci-watch',
    scopes: ['github.checks.listForRef'],
    weight: 0,
    instance: () => ({ description: 'Watch CI on main for release candidates', vars: {} }),
    steps: steps([checks, 1, 1]),
  },
  tasks: [
    {
      id: 'release',
      scopes: ['github.pulls.get', 'github.checks.listForRef', 'agents.invoke'],
      weight: 1,
      instance: ({ rng }) => {
        const vars = releaseVars(rng);
        return { description: `Release ${vars['service']} ${vars['version']} to ${vars['env']}`, vars };
      },
      steps: steps([prGet, 1, 2], [checks, 1, 2], [invokeAgent, 1, 1]),
    },
  ],
  newTask: {
    id: 'release-notes',
    scopes: ['github.pulls.get', 'github.checks.listForRef'],
    weight: 1,
    instance: ({ rng }) => ({ description: `Draft release notes for ${rng.pick(SERVICES)}`, vars: {} }),
    steps: steps([prGet, 2, 5], [checks, 1, 1]),
  },
  rollout: action('github.repos.compareCommits', 'github', 'read', () => ({
    parameters: { base: 'main', head: 'release' },
    resource: res('github:acme/web-frontend', 'repository', 'internal'),
  })),
  driftApis: AWS_DRIFT_APIS.slice(0, 3),
  incidents: ['off-hours-burst'],
};

// ---------------------------------------------------------------- code-assistant (personal)

const repoVar = (c: StepContext): string => str(c.vars, 'repo', 'acme/web-frontend');
const pullsList = action('github.pulls.list', 'github', 'read', (c) => ({
  parameters: { state: 'open', review_requested: c.user?.email ?? '' },
  resource: res(`github:${c.rng.pick(REPOS)}`, 'repository', 'internal'),
}));
const issueGet = action('github.issues.get', 'github', 'read', (c) => ({
  parameters: { repo: repoVar(c), issue_number: Number(c.vars['issue'] ?? 1) },
  resource: res(`github:${repoVar(c)}`, 'repository', 'internal'),
}));
const getContent = action('github.repos.getContent', 'github', 'read', (c) => ({
  parameters: { repo: repoVar(c), path: `src/${c.rng.pick(['app', 'lib', 'api'])}/${c.rng.hex(6)}.ts` },
  resource: res(`github:${repoVar(c)}`, 'repository', 'internal'),
}));
const putContent = action('github.repos.createOrUpdateFileContents', 'github', 'write', (c) => ({
  parameters: {
    repo: repoVar(c),
    branch: `fix/${str(c.vars, 'issue', `review-${str(c.vars, 'pr', 'patch')}`)}`,
  },
  resource: res(`github:${repoVar(c)}`, 'repository', 'internal'),
}));
const pullCreate = action('github.pulls.create', 'github', 'write', (c) => ({
  parameters: { repo: repoVar(c), base: 'main' },
  resource: res(`github:${repoVar(c)}`, 'repository', 'internal'),
}));
const pullFiles = action('github.pulls.listFiles', 'github', 'read', (c) => ({
  parameters: { repo: repoVar(c), pull_number: Number(c.vars['pr'] ?? 1) },
  resource: res(`github:${repoVar(c)}`, 'repository', 'internal'),
}));
const pullReview = action('github.pulls.createReview', 'github', 'write', (c) => ({
  parameters: { repo: repoVar(c), event: c.rng.pick(['COMMENT', 'APPROVE', 'REQUEST_CHANGES']) },
  resource: res(`github:${repoVar(c)}`, 'repository', 'internal'),
}));

const codeAssistant: Archetype = {
  key: 'code-assistant',
  type: 'personal',
  team: undefined,
  invokers: 'owner',
  owned: true,
  pattern: extended,
  timezones: [],
  eventsPerDay: [30, 100],
  credentialType: 'oauth_token',
  userAgent: 'acme-code-assistant/1.12 (vscode)',
  heartbeat: {
    id: 'review-requests',
    scopes: ['github.pulls.list', 'github.notifications.list'],
    weight: 0,
    instance: () => ({ description: 'Watch my review requests', vars: {} }),
    steps: steps([pullsList, 1, 1]),
  },
  tasks: [
    {
      id: 'fix-issue',
      scopes: [
        'github.issues.get',
        'github.repos.getContent',
        'github.repos.createOrUpdateFileContents',
        'github.pulls.create',
      ],
      weight: 2,
      instance: ({ rng }) => {
        const repo = rng.pick(REPOS);
        const issue = rng.int(100, 4000);
        return {
          description: `Fix issue #${issue} in ${repo} and open a pull request`,
          vars: { repo, issue },
        };
      },
      steps: steps([issueGet, 1, 1], [getContent, 2, 5], [putContent, 1, 2], [pullCreate, 1, 1]),
    },
    {
      id: 'review-pr',
      scopes: [
        'github.pulls.get',
        'github.pulls.listFiles',
        'github.repos.getContent',
        'github.pulls.createReview',
      ],
      weight: 2,
      instance: ({ rng }) => {
        const repo = rng.pick(REPOS);
        const pr = rng.int(100, 4000);
        return {
          description: `Review pull request #${pr} in ${repo} and post a review`,
          vars: { repo, pr, service: repo.slice(5) },
        };
      },
      steps: steps([prGet, 1, 1], [pullFiles, 1, 1], [getContent, 1, 3], [pullReview, 1, 1]),
    },
  ],
  newTask: {
    id: 'explain-code',
    scopes: ['github.repos.getContent', 'github.pulls.list'],
    weight: 1,
    instance: ({ rng }) => {
      const repo = rng.pick(REPOS);
      return { description: `Explain how authentication works in ${repo}`, vars: { repo } };
    },
    steps: steps([getContent, 3, 6]),
  },
  rollout: action('github.notifications.list', 'github', 'read', () => ({
    parameters: { participating: true },
    resource: res('github:notifications', 'notifications', 'internal'),
  })),
  driftApis: [
    action('github.repos.createWebhook', 'github', 'admin', () => ({
      parameters: { url: 'https://hooks.collector.example/gh' },
      resource: res('github:acme/billing-service', 'repository', 'confidential'),
    })),
    action('github.actions.getRepoSecret', 'github', 'read', () => ({
      parameters: { secret_name: 'AWS_SECRET_ACCESS_KEY' },
      resource: res('github:acme/billing-service', 'repository', 'restricted'),
    })),
  ],
  incidents: ['off-hours-burst', 'scope-violation'],
};

// ---------------------------------------------------------------- hr-onboarding (organizational, people)

const workersList = action('workday.workers.list', 'workday', 'read', () => ({
  parameters: { hireDate: 'next_14_days' },
  resource: res('workday:workers', 'hr_records', 'restricted'),
}));
const workerGet = action('workday.workers.get', 'workday', 'read', (c) => ({
  parameters: { worker: str(c.vars, 'worker') },
  resource: res(`workday:worker/${str(c.vars, 'worker')}`, 'hr_record', 'restricted'),
}));
const oktaCreate = action('okta.users.create', 'okta', 'identity', (c) => ({
  parameters: { login: str(c.vars, 'login'), activate: true },
  resource: res(`okta:user/${str(c.vars, 'login')}`, 'identity', 'restricted'),
}));
const oktaGroup = action('okta.groups.addUser', 'okta', 'identity', (c) => ({
  parameters: {
    group: c.rng.pick(['everyone', `team-${str(c.vars, 'team', 'sales')}`, 'vpn-users']),
    login: str(c.vars, 'login'),
  },
  resource: res(`okta:user/${str(c.vars, 'login')}`, 'identity', 'restricted'),
}));
const welcome = action('gmail.users.messages.send', 'gmail', 'send', (c) => ({
  parameters: { to: str(c.vars, 'recipient'), subject: 'Welcome to Acme' },
  resource: res(str(c.vars, 'recipient'), 'email_recipient', 'internal'),
}));

const hrOnboarding: Archetype = {
  key: 'hr-onboarding',
  type: 'organizational',
  team: 'people',
  invokers: 'team_users',
  owned: true,
  pattern: office,
  timezones: ['America/New_York', 'Australia/Sydney'],
  eventsPerDay: [20, 50],
  credentialType: 'service_account',
  userAgent: 'hr-onboarding/1.4 crewai/0.80',
  heartbeat: {
    id: 'new-hire-watch',
    scopes: ['workday.workers.list'],
    weight: 0,
    instance: () => ({ description: 'Check Workday for upcoming new hires', vars: {} }),
    steps: steps([workersList, 1, 1]),
  },
  tasks: [
    {
      id: 'onboard-hire',
      scopes: [
        'workday.workers.get',
        'okta.users.create',
        'okta.groups.addUser',
        'gmail.users.messages.send',
      ],
      weight: 1,
      instance: ({ rng }) => {
        const login = `${rng.pick(['nora', 'omar', 'pia', 'raul', 'sven', 'tia'])}.${rng.pick(['lind', 'park', 'moreau', 'costa'])}${rng.int(1, 99)}@acme-corp.com`;
        const team = rng.pick(['sales', 'engineering', 'finance']);
        const worker = `W-${rng.int(10000, 99999)}`;
        return {
          description: `Onboard new hire ${login} (worker ${worker}) into ${team}: create the Okta account, add the groups and send the welcome email`,
          vars: { login, team, worker, recipient: login },
        };
      },
      steps: steps([workerGet, 1, 1], [oktaCreate, 1, 1], [oktaGroup, 1, 3], [welcome, 1, 1]),
    },
  ],
  newTask: {
    id: 'headcount-report',
    scopes: ['workday.workers.list', 'workday.workers.get'],
    weight: 1,
    instance: () => ({
      description: 'Count the new hires starting this month per team',
      vars: { worker: 'summary' },
    }),
    steps: steps([workersList, 1, 1], [workerGet, 1, 3]),
  },
  rollout: action('workday.organizations.list', 'workday', 'read', () => ({
    resource: res('workday:organizations', 'hr_records', 'internal'),
  })),
  driftApis: [
    action('okta.users.roles.assign', 'okta', 'identity', () => ({
      parameters: { type: 'SUPER_ADMIN' },
      resource: res('okta:user/svc-hr-onboarding', 'identity', 'restricted'),
    })),
    action('okta.apiTokens.create', 'okta', 'identity', () => ({
      resource: res('okta:api-tokens', 'credential', 'restricted'),
    })),
  ],
  incidents: ['off-hours-burst', 'access-drift'],
};

// ---------------------------------------------------------------- legacy-sync-bot (organizational, no owner)

const legacySync: Archetype = {
  key: 'legacy-sync-bot',
  type: 'organizational',
  team: undefined,
  invokers: 'autonomous',
  owned: false,
  pattern: roundTheClock,
  timezones: ['UTC'],
  eventsPerDay: [30, 60],
  credentialType: 'aws_access_key',
  userAgent: 'python-requests/2.25 boto3/1.17',
  heartbeat: {
    id: 'contact-sync',
    scopes: ['GET /v1/contacts/{id}', 's3:PutObject'],
    weight: 0,
    instance: () => ({ description: 'Sync CRM contacts to the data lake', vars: {} }),
    steps: steps([contactGet, 1, 2], [s3Put, 1, 1]),
  },
  tasks: [
    {
      id: 'contact-sync',
      scopes: ['GET /v1/contacts/{id}', 's3:PutObject'],
      weight: 1,
      instance: () => ({ description: 'Sync CRM contacts to the data lake', vars: {} }),
      steps: steps([contactGet, 1, 3], [s3Put, 1, 1]),
    },
  ],
  newTask: {
    id: 'contact-backfill',
    scopes: ['GET /v1/contacts/{id}', 's3:PutObject'],
    weight: 1,
    instance: () => ({ description: 'Backfill contacts changed last week into the data lake', vars: {} }),
    steps: steps([contactGet, 2, 4], [s3Put, 1, 1]),
  },
  rollout: action('s3:HeadObject', 'aws-s3', 'read', () => ({
    parameters: { bucket: 'acme-analytics-exports' },
    resource: res('arn:aws:s3:::acme-analytics-exports', 's3_bucket', 'internal'),
  })),
  driftApis: AWS_DRIFT_APIS,
  incidents: ['access-drift'],
};

/** Every archetype by key. */
export const ARCHETYPES = {
  'mail-assistant': mailAssistant,
  'invoice-bot': invoiceBot,
  'report-scheduler': reportScheduler,
  'crm-copilot': crmCopilot,
  'support-agent': supportAgent,
  'deploy-bot': deployBot,
  'release-orchestrator': releaseOrchestrator,
  'code-assistant': codeAssistant,
  'hr-onboarding': hrOnboarding,
  'legacy-sync-bot': legacySync,
} as const satisfies Record<string, Archetype>;

export type ArchetypeKey = keyof typeof ARCHETYPES;

/**
 * The order in which a fleet of N agents is filled: the first six give every agent type and the
 * main anomaly targets; cohorts (several instances of one family) appear as N grows.
 */
export const FLEET_ORDER: readonly ArchetypeKey[] = [
  'mail-assistant',
  'invoice-bot',
  'report-scheduler',
  'crm-copilot',
  'invoice-bot',
  'deploy-bot',
  'mail-assistant',
  'support-agent',
  'code-assistant',
  'release-orchestrator',
  'hr-onboarding',
  'report-scheduler',
  'legacy-sync-bot',
  'mail-assistant',
  'crm-copilot',
  'code-assistant',
  'invoice-bot',
  'mail-assistant',
  'deploy-bot',
  'support-agent',
];

/** Actions used only by scenarios, exported for the scenario renderer. */
export const SCENARIO_ACTIONS = {
  gmailSend,
  gmailGet,
  driveGet,
  transfer,
  oppUpdate,
  soql,
  putContent,
  pullCreate,
  ticketReply,
  ticketShow,
} as const;
