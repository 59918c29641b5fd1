import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Whether the arguments ask for a command's help (`--help` or `-h` anywhere before `--`). */
export function wantsHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

/**
 * `parseArgs` for one command, with its errors in the user's words: an unknown option names the
 * closest known one ("did you mean --store?") and where the command's help is. Usage errors, exit 2.
 */
export function parseCommandArgs<const O extends Options>(
  command: string,
  argv: string[],
  options: O,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error: unknown) {
    throw new UsageError(describeParseError(command, error, Object.keys(options)));
  }
}

function describeParseError(command: string, error: unknown, known: readonly string[]): string {
  const help = `see agentwatch ${command} --help`;
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'(-[^']*)'/.exec(message)?.[1] ?? '';
    const name = option.replace(/^-+/, '').split('=')[0] ?? '';
    const hint = closest(name, known);
    return `unknown option ${option}${hint ? ` (did you mean --${hint}?)` : ''}; ${help}`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const arg = /'([^']*)'/.exec(message)?.[1] ?? '';
    return `unexpected argument "${arg}"; ${help}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // "Option '--store <value>' argument missing" and the like: Node's words are clear enough.
    return `${message.replace(/\.$/, '')}; ${help}`;
  }
  return `${message}; ${help}`;
}

/** The known name nearest to `name` when it is plausibly a typo of it, else undefined. */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  // A prefix ("--stor", "--dead") or up to a third of the letters wrong.
  const plausible =
    (name.length >= 2 && best.startsWith(name)) || bestDistance <= Math.max(1, Math.floor(best.length / 3));
  return plausible ? best : undefined;
}

/** Levenshtein distance (insert, delete, substitute), O(|a|·|b|) on short option names. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
