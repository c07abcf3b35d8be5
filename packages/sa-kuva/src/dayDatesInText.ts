import { dateExpression } from './dateExpression.js';
import type { DateSpan } from './DateSpan.js';

/** A full date standing alone in running text: `15.7.1942`, `1942-07-15`, `1942.07.15`. */
const DAY_IN_TEXT = /(?<![\d.-])(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}|\d{4}\.\d{2}\.\d{2})(?!\d|[-.]\d)/gu;

export interface DateInText {
  span: DateSpan;
  /** The date as the text writes it. */
  text: string;
}

/**
 * The full dates a caption or summary mentions ("Kuvausaika 15.07.1942", "Syväri 1942.07.15."). Only whole
 * days: a bare year in running text is as often a unit number or the year of something shown as the year the
 * photograph was taken.
 */
export function dayDatesInText(text: string): DateInText[] {
  return [...text.matchAll(DAY_IN_TEXT)].flatMap(([match]) => {
    const span = dateExpression(match);
    return span ? [{ span, text: match }] : [];
  });
}
