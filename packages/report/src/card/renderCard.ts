import { escapeXml } from '../figures/index.js';
import type { CardInput } from './CardInput.js';
import { CARD_STYLES } from './cardStyles.js';
import { collectionSection } from './collectionSection.js';
import { exportsSection } from './exportsSection.js';
import { filesSection, loadingSection } from './loadingSection.js';
import { labelsSection } from './labelsSection.js';
import { mergeSection } from './mergeSection.js';
import { overviewSection } from './overviewSection.js';
import { rightsSection } from './rightsSection.js';
import { stagesSection } from './stagesSection.js';
import { yearsSection } from './yearsSection.js';

/**
 * The dataset card: one self-contained HTML file. The content security policy forbids every load but the
 * inline styles and data-URL images, so opening it never touches the network.
 */
export function renderCard(input: CardInput): string {
  const sections = [
    overviewSection(input),
    collectionSection(input),
    stagesSection(input),
    labelsSection(input),
    yearsSection(input),
    ...(input.dataset.kind === 'merged' ? [mergeSection(input)] : []),
    rightsSection(input),
    loadingSection(input),
    exportsSection(input),
    filesSection(input),
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(input.dataset.name)} — dataset card</title>
<style>${CARD_STYLES}</style>
</head>
<body>
<main>
${sections.join('\n')}
<footer>Made by @hx4/report from run-summary.json and the CSVs of this folder. Regenerate with <code>hx4 report ${escapeXml(input.datasetDir)}</code>.</footer>
</main>
</body>
</html>
`;
}
