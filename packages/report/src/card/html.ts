import { escapeXml, formatCount } from '../figures/index.js';

/** Markup that is already safe; everything else put into the card is escaped. */
export interface Raw {
  html: string;
}

export type Cell = string | number | null | Raw;

export const raw = (html: string): Raw => ({ html });

/** A plain link: followed only when clicked, so the card still loads nothing. */
export const link = (href: string, text: string): Raw => raw(`<a href="${escapeXml(href)}">${escapeXml(text)}</a>`);

/** Link to the card of a dataset that sits next to this one. */
export const siblingCard = (dataset: string): Raw => link(`../${encodeURIComponent(dataset)}/report.html`, dataset);

export function cell(value: Cell): string {
  if (value === null) return '—';
  if (typeof value === 'number') return formatCount(value);
  if (typeof value === 'string') return escapeXml(value);
  return value.html;
}

/** Tables longer than this are folded (a `<details>` element: no script needed). */
const FOLD_ABOVE = 25;

export function table(header: readonly string[], rows: readonly (readonly Cell[])[], summary?: string): string {
  const numeric = header.map((_, column) => rows.length > 0 && rows.every((row) => typeof row[column] === 'number'));
  const th = header.map((name, column) => `<th${numeric[column] ? ' class="num"' : ''}>${escapeXml(name)}</th>`);
  const body = rows
    .map((row) => `<tr>${row.map((value) => `<td${typeof value === 'number' ? ' class="num"' : ''}>${cell(value)}</td>`).join('')}</tr>`)
    .join('\n');
  const markup = `<table><thead><tr>${th.join('')}</tr></thead><tbody>\n${body}\n</tbody></table>`;
  if (rows.length <= FOLD_ABOVE) return markup;
  return `<details><summary>${escapeXml(summary ?? `${formatCount(rows.length)} rows`)}</summary>${markup}</details>`;
}

export function keyValues(pairs: readonly (readonly [string, Cell])[]): string {
  return `<dl class="facts">${pairs.map(([key, value]) => `<dt>${escapeXml(key)}</dt><dd>${cell(value)}</dd>`).join('')}</dl>`;
}

export function section(id: string, title: string, body: string): string {
  return `<section id="${id}"><h2>${escapeXml(title)}</h2>\n${body}\n</section>`;
}

/** A block of code to copy. */
export function code(text: string): string {
  return `<pre><code>${escapeXml(text)}</code></pre>`;
}

export function paragraph(text: string): string {
  return `<p>${escapeXml(text)}</p>`;
}

/** JSON-like values of run-summary settings, readable in a table cell; a date window as `start – end`. */
export function settingText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  const window = value as { start?: unknown; end?: unknown };
  if (typeof window.start === 'string' && typeof window.end === 'string' && Object.keys(value).length === 2) {
    return `${window.start} – ${window.end}`;
  }
  return JSON.stringify(value);
}
