/**
 * A search answer as the Catalog wraps it, in the recorded order: the Elasticsearch hits in `body`,
 * then `statusCode`. The recorded proxy v3 answers (2026) and NARA's documented example carry
 * `max_score: null` whatever the scores; a 2023 answer of the older, abbreviated search carries the top score.
 */
export function searchEnvelope(total: number, hits: unknown[], maxScore: number | null = null): Record<string, unknown> {
  return { body: { hits: { total: { value: total, relation: 'eq' }, max_score: maxScore, hits } }, statusCode: 200 };
}
