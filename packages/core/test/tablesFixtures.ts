import type { Row } from '@hx4/core';

/** A row full of what breaks naive CSV code: quotes, commas, CR/LF, apostrophes, non-ASCII, control characters. */
export function trickyRow(index: number): Row {
  return {
    doc_id: `/9200/rec_${index}`,
    id: `SLASH9200SLASHrec_${index}`,
    user_query: ["no man's land", 'say "hi"', 'back\\slash', 'line\nbreak', 'tab\there', 'ä ö 😀', 'bell\u0007'],
    label: "no man's land",
    canonical_labels: ['it\'s "both"', 'trench'],
    img_url: `https://img.test/${index}.jpg?size=full&x=1,2`,
    doc_url: `https://archive.test/${index}`,
    raw_doc_date: index % 2 ? null : '["1944", "1945"]',
    doc_year: index % 3 ? 1900 + (index % 70) : null,
    doc_date: index % 2 ? '1944-06-06' : null,
    country: 'Suomi',
    img_path: `/data/DS/images/SLASH9200SLASHrec_${index}.jpg`,
    title: ` Soldiers, "resting"\r\nnear Äänislinna — ${index} `,
    description: index % 4 ? `=SUM(A1) 'quoted' ${'ääkköset '.repeat(10)}` : null,
    dataset: 'DS',
    file_name: `images/SLASH9200SLASHrec_${index}.jpg`,
    enriched_document_description: index % 5 ? `Soldiers resting ${index}.` : null,
  };
}
