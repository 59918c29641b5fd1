import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A throwaway CA and a server certificate it signed, as PEM files in a test's temp directory. */
export interface TestCertificates {
  caFile: string;
  certFile: string;
  keyFile: string;
  /** The CA certificate (PEM), for clients that take contents rather than paths. */
  ca: Buffer;
}

function openssl(args: string[]): void {
  try {
    execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error: unknown) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(
      `openssl ${args[0] ?? ''} failed (is the openssl CLI installed? apt-get install openssl): ${
        error instanceof Error ? error.message : String(error)
      }\n${stderr}`,
    );
  }
}

/**
 * Generates, with the openssl CLI, a CA and a server certificate for `localhost` and `127.0.0.1`
 * (P-256 keys: quick to generate, accepted by both OpenSSL and GnuTLS receivers). Valid for 2 days.
 */
export function generateTestCertificates(dir: string): TestCertificates {
  const caKey = join(dir, 'ca.key');
  const caFile = join(dir, 'ca.pem');
  const keyFile = join(dir, 'server.key');
  const csr = join(dir, 'server.csr');
  const certFile = join(dir, 'server.pem');
  const ext = join(dir, 'server.ext');
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl([
    'req',
    '-x509',
    ...ec,
    '-keyout',
    caKey,
    '-out',
    caFile,
    '-days',
    '2',
    '-subj',
    '/CN=agentwatch test CA',
  ]);
  openssl(['req', ...ec, '-keyout', keyFile, '-out', csr, '-subj', '/CN=localhost']);
  writeFileSync(
    ext,
    [
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      'basicConstraints=CA:FALSE',
      'keyUsage=digitalSignature,keyEncipherment',
      'extendedKeyUsage=serverAuth',
      '',
    ].join('\n'),
  );
  openssl([
    'x509',
    '-req',
    '-in',
    csr,
    '-CA',
    caFile,
    '-CAkey',
    caKey,
    '-CAcreateserial',
    '-out',
    certFile,
    '-days',
    '2',
    '-extfile',
    ext,
  ]);
  return { caFile, certFile, keyFile, ca: readFileSync(caFile) };
}

/** A client certificate (for mutual TLS) signed by the CA of `generateTestCertificates(dir)`. */
export function generateClientCertificate(
  dir: string,
  name = 'agentwatch-client',
): { certFile: string; keyFile: string } {
  const keyFile = join(dir, `${name}.key`);
  const csr = join(dir, `${name}.csr`);
  const certFile = join(dir, `${name}.pem`);
  const ext = join(dir, `${name}.ext`);
  openssl([
    'req',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    keyFile,
    '-out',
    csr,
    '-subj',
    `/CN=${name}`,
  ]);
  writeFileSync(
    ext,
    ['basicConstraints=CA:FALSE', 'keyUsage=digitalSignature', 'extendedKeyUsage=clientAuth', ''].join('\n'),
  );
  openssl([
    'x509',
    '-req',
    '-in',
    csr,
    '-CA',
    join(dir, 'ca.pem'),
    '-CAkey',
    join(dir, 'ca.key'),
    '-CAcreateserial',
    '-out',
    certFile,
    '-days',
    '2',
    '-extfile',
    ext,
  ]);
  return { certFile, keyFile };
}
