import { escapeHtml } from './escapeHtml.ts';

/** A column of a report table; numeric columns align right in tabular figures. */
export interface TableColumn {
  heading: string;
  numeric?: boolean;
}

/** A table of plain-text cells, every heading and cell HTML-escaped here. */
export function htmlTable(columns: readonly TableColumn[], rows: readonly string[][]): string {
  const cellClass = (index: number) => (columns[index]?.numeric ? ' class="number"' : '');
  const head = columns
    .map(({ heading }, index) => `<th scope="col"${cellClass(index)}>${escapeHtml(heading)}</th>`)
    .join('');
  const body = rows
    .map(
      (cells) =>
        `<tr>${cells.map((cell, index) => `<td${cellClass(index)}>${escapeHtml(cell)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
