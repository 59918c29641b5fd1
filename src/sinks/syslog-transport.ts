import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { isIP, connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';
import { describeError } from '../errors.js';
import { DeliveryError, abortReason, type AlertTransport, type RenderedAlert } from './alert-transport.js';

/**
 * RFC 6587 octet-counting framing for syslog over TCP: `<length> <message>`, where length is the
 * message's size in UTF-8 bytes (not UTF-16 code units), so multibyte characters frame correctly.
 */
export function frameOctetCounting(line: string): string {
  return `${Buffer.byteLength(line, 'utf8')} ${line}`;
}

/** Options of {@link SyslogTransport}. */
export interface SyslogTransportOptions {
  protocol: 'udp' | 'tcp' | 'tls';
  host: string;
  port: number;
  /** tls only: CA, client certificate, servername, verification. */
  tls?: ConnectionOptions;
  /** udp only: larger messages are refused (and parked) instead of being truncated by the receiver. */
  udpMaxMessageBytes?: number;
}

/**
 * RFC 5424 messages to a syslog receiver.
 *
 * - **udp** (RFC 5426): one message per datagram on a connected socket, so an ICMP port-unreachable
 *   surfaces as an error on a later send. UDP has no acknowledgement: "delivered" means handed to the
 *   kernel, and a receiver that is down loses what was sent before the error shows. Use tcp or tls when
 *   every alert must arrive.
 * - **tcp / tls** (RFC 6587 octet counting, RFC 5425): one connection per batch, confirmed by the close
 *   handshake. After writing the batch we half-close; a receiver closes its side only once it has read
 *   everything up to our FIN (closing with unread data sends a reset instead), so a clean close after our
 *   FIN proves the daemon read the whole batch. A plain persistent connection cannot tell how much of the
 *   kernel's send buffer a crashed receiver consumed, and would lose it silently. rsyslog, syslog-ng and
 *   most collectors close on EOF. The cost is a connect (and TLS handshake) per batch, not per alert.
 */
export class SyslogTransport implements AlertTransport {
  readonly description: string;
  private readonly options: SyslogTransportOptions;
  private udp: UdpSocket | undefined;
  private udpReady: Promise<UdpSocket> | undefined;

  constructor(options: SyslogTransportOptions) {
    this.options = options;
    const scheme =
      options.protocol === 'udp' ? 'syslog+udp' : options.protocol === 'tls' ? 'syslog+tls' : 'syslog+tcp';
    const host = isIP(options.host) === 6 ? `[${options.host}]` : options.host;
    this.description = `${scheme}://${host}:${options.port}`;
  }

  async deliver(batch: readonly RenderedAlert[], signal: AbortSignal): Promise<void> {
    if (this.options.protocol === 'udp') await this.deliverUdp(batch);
    else await this.deliverStream(batch, signal);
  }

  async close(): Promise<void> {
    const socket = this.udp;
    this.udp = undefined;
    this.udpReady = undefined;
    if (socket) await new Promise<void>((resolve) => socket.close(() => resolve()));
  }

  private async deliverUdp(batch: readonly RenderedAlert[]): Promise<void> {
    const max = this.options.udpMaxMessageBytes ?? 8192;
    // Checked before anything is sent, so splitting the batch to find the culprit sends no duplicates.
    const oversize = batch.find((r) => r.bytes > max);
    if (oversize) {
      throw new DeliveryError(
        `${this.description}: message of ${oversize.bytes} bytes exceeds udp_max_message_bytes ${max}`,
        { retriable: false, contentRefused: true },
      );
    }
    const socket = await this.udpSocket();
    try {
      for (const { payload } of batch) {
        await new Promise<void>((resolve, reject) =>
          socket.send(payload, (error) => (error ? reject(error) : resolve())),
        );
      }
    } catch (error: unknown) {
      // A connected UDP socket reports ICMP errors once; start afresh on the next attempt.
      await this.close();
      throw new DeliveryError(`${this.description}: ${describeError(error)}`, { cause: error });
    }
  }

  private udpSocket(): Promise<UdpSocket> {
    this.udpReady ??= new Promise<UdpSocket>((resolve, reject) => {
      const socket = createSocket(isIP(this.options.host) === 6 ? 'udp6' : 'udp4');
      const fail = (error: Error): void => {
        this.udp = undefined;
        this.udpReady = undefined;
        socket.close();
        reject(new DeliveryError(`${this.description}: ${error.message}`, { cause: error }));
      };
      socket.once('error', fail);
      socket.connect(this.options.port, this.options.host, () => {
        socket.off('error', fail);
        // Later asynchronous errors (ICMP) also arrive as send callbacks; this keeps them from throwing.
        socket.on('error', () => undefined);
        this.udp = socket;
        resolve(socket);
      });
    });
    return this.udpReady;
  }

  private deliverStream(batch: readonly RenderedAlert[], signal: AbortSignal): Promise<void> {
    const frames = Buffer.from(batch.map((r) => frameOctetCounting(r.payload)).join(''), 'utf8');
    const { host, port } = this.options;
    return new Promise<void>((resolve, reject) => {
      if (signal.aborted) {
        reject(abortReason(signal));
        return;
      }
      const secure = this.options.protocol === 'tls';
      const socket: Socket = secure
        ? tlsConnect({
            host,
            port,
            ...(isIP(host) === 0 ? { servername: host } : {}),
            ...this.options.tls,
          })
        : netConnect({ host, port });
      let flushed = false;
      let confirmed = false;
      let failure: Error | undefined;
      const fail = (error: Error): void => {
        failure ??= error;
        socket.destroy();
      };
      const onAbort = (): void => fail(abortReason(signal));
      signal.addEventListener('abort', onAbort, { once: true });
      socket.once(secure ? 'secureConnect' : 'connect', () => {
        socket.end(frames, () => {
          flushed = true;
        });
      });
      // Syslog receivers send nothing back; reading keeps the socket flowing so 'end' is emitted.
      socket.resume();
      socket.on('end', () => {
        // The receiver closed before it could have seen our FIN: it may not have read the batch.
        if (!flushed) fail(new Error('receiver closed the connection before the batch was written'));
        else confirmed = true;
      });
      socket.on('error', fail);
      socket.once('close', () => {
        signal.removeEventListener('abort', onAbort);
        if (failure === undefined && confirmed) {
          resolve();
          return;
        }
        const error = failure ?? new Error('connection closed without confirmation');
        if (error instanceof DeliveryError) reject(error);
        else reject(new DeliveryError(`${this.description}: ${error.message}`, { cause: error }));
      });
    });
  }
}
