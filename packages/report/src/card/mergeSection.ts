import { formatCount, formatPercent, longTailTiers, sortedCounts, total } from '../figures/index.js';
import type { CardInput } from './CardInput.js';
import { chartFigure, pngFigure } from './chartFigure.js';
import { paragraph, section, table, type Cell } from './html.js';

/** Merged datasets only: share per source, the long tail by tier, duplicates and the contact sheet. */
export function mergeSection(input: CardInput): string {
  const { profile, charts, contactSheet } = input;
  const sorted = sortedCounts(profile.labels);
  const images = total(profile.labels.values());
  const tiers = longTailTiers(sorted).map(({ tier, first, last, labels, images: tierImages }): Cell[] => {
    // The tier's labels, most images first; none for an empty tier.
    const tierLabels = sorted.slice(first - 1, last);
    const most = tierLabels.at(0);
    const fewest = tierLabels.at(-1);
    return [
      tier,
      labels,
      tierImages,
      formatPercent(tierImages, images),
      most === undefined || fewest === undefined ? null : `${formatCount(fewest.count)}–${formatCount(most.count)}`,
    ];
  });
  const parts = [
    chartFigure(charts.get('archive_share')),
    chartFigure(charts.get('long_tail')),
    table(['tier', 'labels', 'images', 'share of images', 'images per label'], tiers),
    chartFigure(charts.get('duplicates')),
  ];
  if (contactSheet) {
    parts.push(pngFigure(contactSheet.png, 'Sample images from head, torso and tail labels', 'outputs/contact_sheet.png'));
    if (contactSheet.missing.length > 0) {
      parts.push(
        paragraph(
          `${contactSheet.missing.length} sampled images could not be found (labels: ` +
            `${contactSheet.missing.join(', ')}); their tiles are grey.`,
        ),
      );
    }
  }
  return section('merge', 'Merge', parts.join('\n'));
}
