/*
 * Text from events (agent ids, APIs, resource ids, descriptions) ends up in line-oriented outputs:
 * stderr reports, CEF, LEEF and syslog fields. A character that a reader takes for the end of a
 * line (CR, LF, NEL, U+2028, U+2029, VT, FF) would let an event forge a second record, and other
 * control characters (NUL truncates C readers, ESC drives terminals) must not reach them either.
 * TAB is left to each format (LEEF's delimiter, harmless elsewhere).
 */

// eslint-disable-next-line no-control-regex -- the point is to find control characters
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex -- as above
const LINE_BREAKS = /\r\n|[\n\u000b\u000c\r\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- as above
const OTHER_CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
// eslint-disable-next-line no-control-regex -- as above
const UNSAFE_ALL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * `text` on one line: every line break (CRLF counts as one) becomes `lineBreak` (a space by
 * default), every other control character U+FFFD, so the value stays visibly altered. The same
 * string when there is nothing to do.
 */
export function oneLine(text: string, lineBreak = ' '): string {
  if (!UNSAFE.test(text)) return text;
  return text.replace(LINE_BREAKS, lineBreak).replace(OTHER_CONTROLS, '\ufffd');
}

/**
 * `text` for a human reading a terminal or log line: every character `oneLine` would replace is
 * written as a visible escape instead (`\n`, `\r`, `\u001b`), so a report shows what was there.
 */
export function escapeControls(text: string): string {
  if (!UNSAFE.test(text)) return text;
  return text.replace(UNSAFE_ALL, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
