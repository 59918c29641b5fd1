import { scalarText } from '../text/scalar-text.js';
/** Rows as an aligned text table, with a row count, for people at a terminal. */
export function renderTable(rows: readonly Record<string, unknown>[], maxWidth = 60): string {
  if (rows.length === 0) return '(0 rows)\n';
  const columns = Object.keys(rows[0] ?? {});
  const cell = (v: unknown) => {
    const text = scalarText(v);
    return text.length > maxWidth ? `${text.slice(0, maxWidth - 1)}…` : text;
  };
  const cells = rows.map((r) => columns.map((c) => cell(r[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const out = [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
  return `${out.join('\n')}\n(${rows.length} row${rows.length === 1 ? '' : 's'})\n`;
}
