import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TestCertificates } from './tls-certs.js';

/** One message as rsyslog parsed it: the RFC 5424 fields its template wrote, as JSON. */
export interface RsyslogRecord {
  pri: string;
  hostname: string;
  app_name: string;
  procid: string;
  msgid: string;
  structured_data: string;
  msg: string;
}

/** The inputs of the test daemon; each writes to its own file. */
export type RsyslogInput = 'tcp' | 'tls' | 'udp';

const INSTALL_HINT =
  'install the Debian packages: apt-get install rsyslog rsyslog-openssl (listed in deploy/ci/apt-packages.txt)';

/** The rsyslogd binary (often in /usr/sbin, which is not on every user's PATH). */
export function findRsyslogd(): string {
  const dirs = [...(process.env['PATH'] ?? '').split(':'), '/usr/sbin', '/sbin'];
  for (const dir of dirs) {
    if (dir !== '' && existsSync(join(dir, 'rsyslogd'))) return join(dir, 'rsyslogd');
  }
  throw new Error(`rsyslogd not found: the syslog sink tests need a real rsyslog; ${INSTALL_HINT}`);
}

/** A UDP port free right now on loopback (imudp has no "port 0 and tell me" option, unlike imtcp). */
async function freeUdpPort(): Promise<number> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(resolve));
  return port;
}

function tcpOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * A real rsyslogd for tests: an unprivileged foreground process (`rsyslogd -n -f CONF -i PIDFILE`) with
 * its own work directory, listening on loopback with imtcp (plain), imtcp (TLS, OpenSSL driver, the
 * test CA's server certificate) and imudp. Each input writes what it parsed (PRI, HOSTNAME, APP-NAME,
 * PROCID, MSGID, STRUCTURED-DATA, MSG) as one JSON object per line to its own file, so tests check the
 * daemon's parse, not our bytes. `stop` and `restart` keep the ports, to test outages.
 */
export class RsyslogReceiver {
  readonly dir: string;
  ports: { tcp: number; tls: number; udp: number };
  private readonly certs: TestCertificates;
  private readonly binary: string;
  private child: ChildProcess | undefined;
  private output = '';
  private probes = 0;

  private constructor(dir: string, certs: TestCertificates, binary: string, udpPort: number) {
    this.dir = dir;
    this.certs = certs;
    this.binary = binary;
    this.ports = { tcp: 0, tls: 0, udp: udpPort };
  }

  /**
   * Starts the daemon in `dir`.
   *
   * @throws Error saying which apt package to install when rsyslogd or its TLS driver is missing.
   */
  static async start(dir: string, certs: TestCertificates): Promise<RsyslogReceiver> {
    const receiver = new RsyslogReceiver(dir, certs, findRsyslogd(), await freeUdpPort());
    await receiver.launch();
    return receiver;
  }

  /** Whether the daemon is running. */
  get running(): boolean {
    return this.child !== undefined;
  }

  /** Output file of an input. */
  file(input: RsyslogInput): string {
    return join(this.dir, `received-${input}.ndjson`);
  }

  /** What an input received so far (readiness probes excluded). */
  records(input: RsyslogInput): RsyslogRecord[] {
    const path = this.file(input);
    if (!existsSync(path)) return [];
    const text = readFileSync(path, 'utf8');
    // rsyslog may be mid-write: only lines it has finished (ended by a newline) are records yet. A
    // restart can leave a line that is no record (a write cut by the stop, or the old and the new
    // daemon's writes interleaved): skipped, as what it held is resent or is the batch a stop may lose.
    return text
      .slice(0, text.lastIndexOf('\n') + 1)
      .split('\n')
      .filter((line) => line.trim() !== '')
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as RsyslogRecord];
        } catch {
          return [];
        }
      })
      .filter((r) => r.app_name !== 'readiness-probe');
  }

  /** SIGTERM and wait for the exit (SIGKILL after 10 s). */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    const exited = new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  /** Starts the daemon again on the same ports. */
  async restart(): Promise<void> {
    await this.stop();
    await this.launch();
  }

  private config(): string {
    const fixed = this.ports.tcp !== 0;
    const q = (s: string): string => JSON.stringify(s);
    const outputs = (['tcp', 'tls', 'udp'] as const)
      .map(
        (input) =>
          `ruleset(name="${input}") { action(type="omfile" file=${q(this.file(input))} template="fields") }`,
      )
      .join('\n');
    return `
global(
  workDirectory=${q(join(this.dir, 'work'))}
  maxMessageSize="64k"
  net.enableDNS="off"
  defaultNetstreamDriverCAFile=${q(this.certs.caFile)}
  defaultNetstreamDriverCertFile=${q(this.certs.certFile)}
  defaultNetstreamDriverKeyFile=${q(this.certs.keyFile)}
)
# On SIGTERM, finish writing what was read (a read batch was confirmed to the sender by the close
# handshake), for longer than the default 1.5 s on a busy machine; 'stop' kills after 10 s.
main_queue(queue.timeoutShutdown="8000" queue.timeoutActionCompletion="8000")
module(load="imtcp" maxSessions="500")
module(load="imudp")
template(name="fields" type="list" option.jsonf="on") {
  property(outname="pri" name="pri" format="jsonf")
  property(outname="hostname" name="hostname" format="jsonf")
  property(outname="app_name" name="app-name" format="jsonf")
  property(outname="procid" name="procid" format="jsonf")
  property(outname="msgid" name="msgid" format="jsonf")
  property(outname="structured_data" name="structured-data" format="jsonf")
  property(outname="msg" name="msg" format="jsonf")
}
${outputs}
input(type="imtcp" address="127.0.0.1" port="${this.ports.tcp}" ruleset="tcp"
  ${fixed ? '' : `listenPortFileName=${q(join(this.dir, 'tcp.port'))}`})
input(type="imtcp" address="127.0.0.1" port="${this.ports.tls}" ruleset="tls"
  ${fixed ? '' : `listenPortFileName=${q(join(this.dir, 'tls.port'))}`}
  streamDriver.name="ossl" streamDriver.mode="1" streamDriver.authMode="anon")
input(type="imudp" address="127.0.0.1" port="${this.ports.udp}" ruleset="udp")
`;
  }

  private async launch(): Promise<void> {
    const conf = join(this.dir, 'rsyslog.conf');
    const workDir = join(this.dir, 'work');
    rmSync(workDir, { recursive: true, force: true });
    mkdirSync(workDir, { recursive: true });
    for (const f of ['tcp.port', 'tls.port']) rmSync(join(this.dir, f), { force: true });
    writeFileSync(conf, this.config());
    this.output = '';
    const child = spawn(this.binary, ['-n', '-f', conf, '-i', join(this.dir, 'rsyslogd.pid')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let exited = false;
    child.once('exit', () => (exited = true));
    const collect = (chunk: Buffer): void => {
      this.output += chunk.toString();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const fail = async (why: string): Promise<never> => {
      await this.stop();
      const tlsHint = /ossl|netstream/i.test(this.output)
        ? ' The TLS listener needs the rsyslog-openssl package.'
        : '';
      throw new Error(`rsyslogd ${why}.${tlsHint} Hint: ${INSTALL_HINT}.\nrsyslogd output:\n${this.output}`);
    };

    const deadline = Date.now() + 15_000;
    const waitUntil = async (what: string, check: () => boolean | Promise<boolean>): Promise<void> => {
      while (!(await check())) {
        if (exited) await fail(`exited before ${what}`);
        if (Date.now() > deadline) await fail(`did not get ${what} within 15 s`);
        await sleep(25);
      }
    };
    if (this.ports.tcp === 0) {
      const portOf = (name: string): number => {
        const path = join(this.dir, name);
        return existsSync(path) ? Number(readFileSync(path, 'utf8').trim()) : 0;
      };
      await waitUntil('its TCP listeners', () => portOf('tcp.port') > 0 && portOf('tls.port') > 0);
      this.ports.tcp = portOf('tcp.port');
      this.ports.tls = portOf('tls.port');
    } else {
      await waitUntil(
        'its TCP listeners',
        async () => (await tcpOpen(this.ports.tcp)) && tcpOpen(this.ports.tls),
      );
    }
    // imudp gives no readiness signal: send probes until one is written out.
    const probe = `readiness-${process.pid}-${(this.probes += 1)}`;
    const udp = createSocket('udp4');
    try {
      await waitUntil('its UDP listener', () => {
        udp.send(`<14>1 - - readiness-probe - ${probe} - probe`, this.ports.udp, '127.0.0.1');
        const path = this.file('udp');
        return existsSync(path) && readFileSync(path, 'utf8').includes(probe);
      });
    } finally {
      udp.close();
    }
  }
}
