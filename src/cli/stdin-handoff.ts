import { spawn } from 'node:child_process';
import { closeSync, createReadStream, fstatSync, openSync } from 'node:fs';
import { Socket } from 'node:net';
import { isatty } from 'node:tty';
import type { Readable } from 'node:stream';

/** Set in a relaunched CLI: the descriptor that holds what the user piped in. */
const STDIN_FD_ENV = 'AGENTWATCH_STDIN_FD';

/** Our own descriptor of what was stdin, once the engine has been given /dev/null instead. */
let handedOff: number | undefined;

/**
 * The embedded ClickHouse (chdb runs clickhouse-local in this process) treats a non-terminal file
 * descriptor 0 as data for INSERTs: every insert then fails ("async inserts with both inlined and
 * external data") or, with async inserts off, swallows part of the input. So before any store
 * opens, stdin is reopened on a descriptor of our own and descriptor 0 becomes /dev/null;
 * `replay -` reads the events from `stdinStream()`. Returns false when that cannot be done here
 * (stdin is a socket, as Node's child processes get): `relaunchWithStdinAside` is the way then.
 */
export function keepStdinFromEngine(): boolean {
  if (handedOff !== undefined) return true;
  const inherited = Number(process.env[STDIN_FD_ENV]);
  if (Number.isInteger(inherited) && inherited > 2 && isOpen(inherited)) {
    handedOff = inherited;
    return true;
  }
  if (isatty(0) || !isOpen(0)) return true;
  let own: number;
  try {
    own = openSync('/dev/fd/0', 'r');
  } catch {
    return false;
  }
  try {
    closeSync(0);
  } catch {
    closeSync(own);
    return false;
  }
  handedOff = own;
  try {
    // The lowest free descriptor is 0: /dev/null takes the place of stdin.
    openSync('/dev/null', 'r');
  } catch {
    // Descriptor 0 stays closed: the engine then has no stdin to read either.
  }
  return true;
}

function isOpen(fd: number): boolean {
  try {
    fstatSync(fd);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs this CLI again in a child whose stdin is /dev/null and which gets ours as descriptor 3:
 * for a stdin that cannot be reopened in place. Resolves with the child's exit code; SIGINT and
 * SIGTERM are passed on.
 */
export function relaunchWithStdinAside(argv: readonly string[]): Promise<number> {
  const script = process.argv[1] ?? '';
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, script, ...argv], {
      stdio: ['ignore', 'inherit', 'inherit', 0],
      env: { ...process.env, [STDIN_FD_ENV]: '3' },
    });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => {
      process.stderr.write(`agentwatch: cannot start a child process: ${error.message}\n`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal === 'SIGINT' ? 130 : 143));
    });
  });
}

/** What the user piped in: the handed-off descriptor when there is one, else process.stdin. */
export function stdinStream(): Readable {
  if (handedOff === undefined) return process.stdin;
  // A socket may be non-blocking: read through libuv's stream, not the file system's reads.
  if (fstatSync(handedOff).isSocket()) return new Socket({ fd: handedOff, readable: true, writable: false });
  return createReadStream('', { fd: handedOff, autoClose: true });
}
