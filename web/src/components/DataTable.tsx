// A plain, semantic data table. antd's Table measures the scrollbar by injecting a <style> element
// without the CSP nonce on every mount, which a strict style-src blocks; this one needs no inline
// styles. Wide tables scroll horizontally inside a focusable, labelled region.
import type { Key, ReactNode } from 'react';

export interface Column<T> {
  key: string;
  title: string;
  render: (row: T) => ReactNode;
}

interface DataTableProps<T> {
  /** Names the table (caption, visually hidden) and its scroll region. */
  label: string;
  rows: readonly T[];
  rowKey: (row: T) => Key;
  columns: Column<T>[];
  empty?: string;
  testId?: string;
  size?: 'small' | 'middle';
}

export function DataTable<T>({
  label,
  rows,
  rowKey,
  columns,
  empty,
  testId,
  size = 'middle',
}: DataTableProps<T>) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0} data-testid={testId}>
      <table className={`data-table data-table-${size}`}>
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="data-table-empty">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) => (
                  <td key={c.key}>{c.render(row)}</td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
