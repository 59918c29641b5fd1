import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the receiver got, with the status it answered. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  status: number;
}

/** What to answer; the default is 200 with a HEC-style success body. */
export interface Reply {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

/** Decides the answer to each request (tests swap it to simulate refusals and overload). */
export type Responder = (request: Omit<ReceivedRequest, 'status'>) => Reply;

const OK: Reply = { status: 200, body: '{"text":"Success","code":0}' };

/**
 * A real HTTP server on loopback standing in for Splunk HEC or a webhook endpoint. It records every
 * request and can be stopped and restarted on the same port to simulate an outage.
 */
export class HttpReceiver {
  readonly requests: ReceivedRequest[] = [];
  responder: Responder;
  port = 0;
  private server: Server | undefined;

  private constructor(responder: Responder) {
    this.responder = responder;
  }

  /** Starts on a free loopback port. */
  static async start(responder: Responder = () => OK): Promise<HttpReceiver> {
    const receiver = new HttpReceiver(responder);
    await receiver.listen();
    return receiver;
  }

  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Requests answered with a 2xx status. */
  get accepted(): ReceivedRequest[] {
    return this.requests.filter((r) => r.status >= 200 && r.status < 300);
  }

  /** Stops listening and drops open (keep-alive) connections: clients see refused connections. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }

  /** Listens again on the same port. */
  async restart(): Promise<void> {
    await this.stop();
    await this.listen();
  }

  private async listen(): Promise<void> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const request = {
          method: req.method ?? '',
          path: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks),
        };
        const reply = this.responder(request);
        this.requests.push({ ...request, status: reply.status });
        res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
        res.end(reply.body ?? '');
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }
}

/**
 * Splits a HEC batch body into its event objects. HEC accepts objects concatenated with or without
 * whitespace between them, so this scans brace depth (outside strings) rather than lines.
 */
export function parseConcatenatedJson(body: string): unknown[] {
  const objects: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') {
      if (depth === 0) start = i;
      depth += 1;
    } else if (c === '}') {
      depth -= 1;
      if (depth === 0) objects.push(JSON.parse(body.slice(start, i + 1)));
    }
  }
  return objects;
}

/**
 * Checks a webhook signature the way a receiver would, written independently of the sink: the header is
 * `sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>` and the timestamp must be recent.
 */
export function verifyWebhookSignature(
  secret: string,
  request: Pick<ReceivedRequest, 'headers' | 'body'>,
  options: { signatureHeader?: string; timestampHeader?: string; maxAgeSeconds?: number } = {},
): boolean {
  const signature = request.headers[(options.signatureHeader ?? 'X-Agentwatch-Signature').toLowerCase()];
  const timestamp = request.headers[(options.timestampHeader ?? 'X-Agentwatch-Timestamp').toLowerCase()];
  if (typeof signature !== 'string' || typeof timestamp !== 'string') return false;
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > (options.maxAgeSeconds ?? 300)) return false;
  const expected = Buffer.from(
    'sha256=' +
      createHmac('sha256', secret)
        .update(`${timestamp}.${request.body.toString('utf8')}`)
        .digest('hex'),
  );
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
