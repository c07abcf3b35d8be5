import { readCsv } from '@hx4/core';

export async function readTable(path: string): Promise<Record<string, string>[]> {
  const rows: Record<string, string>[] = [];
  for await (const row of readCsv(path)) rows.push(row);
  return rows;
}
