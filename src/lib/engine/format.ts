/**
 * Output formats of the Docker CLI: tables padded as its tabwriter pads them (cells at least
 * 10 wide, 3 spaces between columns: cli/command/formatter/formatter.go), ages as go-units
 * HumanDuration words them. The `--format` templates of inspect are in ./template.ts.
 */

/** Lays out rows as the CLI's tabwriter does; the last column is not padded. Each row ends with a newline. */
export function toTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row
        .map((cell, index) => cell.padEnd(Math.max((widths[index] ?? 0) + 3, 10)))
        .join('')
        // The end of a row, and so the last column, is not padded.
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('');
}

/**
 * go-units HumanDuration: `Less than a second`, `5 seconds`, `About a minute`, …. Minutes are
 * whole minutes, hours are rounded, and days, weeks, months and years are whole ones of those
 * hours, as Go's integer division gives them.
 */
export function toHumanDuration(seconds: number): string {
  const whole = Math.floor(seconds);
  if (whole < 1) return 'Less than a second';
  if (whole === 1) return '1 second';
  if (whole < 60) return `${whole} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.floor(seconds / 3600 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  const days = Math.floor(hours / 24);
  if (hours < 24 * 7 * 2) return `${days} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(days / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(days / 30)} months`;
  return `${Math.floor(Math.floor(seconds / 3600) / 24 / 365)} years`;
}

export { toEllipsis } from './ellipsis.ts';
