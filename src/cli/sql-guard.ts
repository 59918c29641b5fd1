/**
 * Table functions that reach outside the store: files, URLs, object stores, other databases,
 * programs. `agentwatch sql` refuses them whatever the mode (ClickHouse's `readonly=1` refuses
 * most of them too; this list also covers `--write`, where readonly is off).
 */
const OUTSIDE_TABLE_FUNCTIONS = [
  'file',
  'fileCluster',
  'url',
  'urlCluster',
  's3',
  's3Cluster',
  'gcs',
  'oss',
  'cosn',
  'hdfs',
  'hdfsCluster',
  'azureBlobStorage',
  'azureBlobStorageCluster',
  'remote',
  'remoteSecure',
  'cluster',
  'clusterAllReplicas',
  'mysql',
  'postgresql',
  'mongodb',
  'redis',
  'sqlite',
  'odbc',
  'jdbc',
  'executable',
  'input',
  'iceberg',
  'icebergS3',
  'icebergAzure',
  'icebergHDFS',
  'icebergLocal',
  'deltaLake',
  'deltaLakeAzure',
  'deltaLakeLocal',
  'hudi',
  'paimon',
  'ytsaurus',
  'arrowFlight',
  'prometheusQuery',
  'prometheusQueryRange',
  'timeSeriesData',
];

const FORBIDDEN = new Set(OUTSIDE_TABLE_FUNCTIONS.map((f) => f.toLowerCase()));

/**
 * The statement with string literals and comments blanked out and quoted identifiers unquoted, so
 * that names are found where they are names and never inside text (`WHERE api = 'file('`).
 */
function codeOnly(sql: string): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const c = sql[i] ?? '';
    const next = sql[i + 1] ?? '';
    if (c === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? sql.length : end;
      out += ' ';
    } else if (c === '/' && next === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end === -1 ? sql.length : end + 2;
      out += ' ';
    } else if (c === "'") {
      i += 1;
      while (i < sql.length && sql[i] !== "'") i += sql[i] === '\\' ? 2 : 1;
      i += 1;
      out += "''";
    } else if (c === '`' || c === '"') {
      // A quoted identifier: its name counts (`file`('/etc/passwd') is still file()).
      const end = sql.indexOf(c, i + 1);
      const name = sql.slice(i + 1, end === -1 ? sql.length : end);
      out += ` ${name.replace(/[^A-Za-z0-9_]/g, '_')} `;
      i = end === -1 ? sql.length : end + 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/**
 * Why `agentwatch sql` refuses the statement, or undefined when it may run: a table function that
 * reads or writes outside the store, or `INTO OUTFILE` (the embedded engine writes the file).
 */
export function refusedSql(sql: string): string | undefined {
  const code = codeOnly(sql);
  for (const match of code.matchAll(/([A-Za-z_][A-Za-z0-9_]*)\s*\(/g)) {
    const name = match[1] ?? '';
    if (FORBIDDEN.has(name.toLowerCase()))
      return `the table function ${name}() reaches outside the store (files, URLs, other systems) and is refused`;
  }
  if (/\bINTO\s+OUTFILE\b/i.test(code)) return 'INTO OUTFILE writes a file and is refused';
  return undefined;
}

/**
 * The output format a statement names at its end (`... FORMAT JSON`), if any. `sql` chooses the
 * format itself (a table, or JSON lines with --json), so a format of the user's would meet the
 * client's own and fail with a syntax error at a position the user never wrote.
 */
export function namedFormat(sql: string): string | undefined {
  return /\bFORMAT\s+([A-Za-z_][A-Za-z0-9_]*)\s*;?\s*$/i.exec(codeOnly(sql))?.[1];
}
