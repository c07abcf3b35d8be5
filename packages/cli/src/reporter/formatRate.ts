/** What the core's stages count. */
const units: Record<string, string> = { harvest: 'queries', images: 'images', hash: 'images', write: 'rows' };

/**
 * `15.2 images/s`, `623 images/s` (one decimal only where it says something), `- images/s` while not yet
 * measured; a bare `/s` for a stage the table does not know.
 */
export function formatRate(perSecond: number | undefined, stage: string): string {
  // Decided on the rounded value, so 9.97 reads `10`, not `10.0`.
  const tenths = perSecond === undefined ? undefined : Math.round(perSecond * 10) / 10;
  const value = tenths === undefined ? '-' : tenths < 10 ? tenths.toFixed(1) : String(Math.round(tenths));
  return units[stage] ? `${value} ${units[stage]}/s` : `${value}/s`;
}
