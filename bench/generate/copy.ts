// COPY … FROM STDIN in PostgreSQL's text format: rows are serialised here (drizzle property keys
// → column names), streamed through pg-copy-streams with back-pressure.
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

const SPECIAL = /[\\\n\r\t]/;

function field(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  let s: string;
  if (typeof v === 'string') s = v;
  else if (v instanceof Date) return v.toISOString();
  else if (typeof v === 'boolean') return v ? 't' : 'f';
  else if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  else s = JSON.stringify(v);
  if (!SPECIAL.test(s)) return s;
  return s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
}

/** The rows of one table for one batch, serialised as they are made. */
export class CopyBuffer {
  readonly table: string;
  private readonly keys: string[];
  private readonly names: string[];
  private lines: string[] = [];
  readonly chunks: string[] = [];
  count = 0;

  /** `keys`: the drizzle property keys written, in order (the other columns keep their defaults). */
  constructor(table: PgTable, keys: readonly string[]) {
    const columns = getTableColumns(table);
    this.table = getTableName(table);
    this.keys = [...keys];
    this.names = keys.map((k) => {
      const c = columns[k];
      if (!c) throw new Error(`${this.table} has no column ${k}`);
      return c.name;
    });
  }

  add(row: Record<string, unknown>): void {
    let line = '';
    for (let i = 0; i < this.keys.length; i++) line += (i ? '\t' : '') + field(row[this.keys[i]!]);
    this.lines.push(line);
    this.count++;
    if (this.lines.length >= 2000) this.flush();
  }

  private flush(): void {
    if (this.lines.length) this.chunks.push(this.lines.join('\n') + '\n');
    this.lines = [];
  }

  statement(into = this.table): string {
    return `copy ${into} (${this.names.map((n) => `"${n}"`).join(', ')}) from stdin`;
  }

  /** Streams the rows into `client` (inside the caller's transaction). */
  async copy(client: pg.PoolClient | pg.Client, into = this.table): Promise<void> {
    this.flush();
    if (!this.count) return;
    const stream = client.query(copyFrom(this.statement(into)));
    await new Promise<void>((resolve, reject) => {
      stream.on('error', reject);
      stream.on('finish', resolve);
      let i = 0;
      const write = () => {
        while (i < this.chunks.length) {
          if (!stream.write(this.chunks[i++]!)) return void stream.once('drain', write);
        }
        stream.end();
      };
      write();
    });
  }
}
