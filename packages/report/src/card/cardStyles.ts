/** Inline CSS: the card is one file that opens offline. System fonts only, nothing fetched. */
export const CARD_STYLES = `
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #fafafa; line-height: 1.45; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 32px 64px; background: #fff; }
h1 { font-size: 1.8em; margin: 0.2em 0; }
h2 { border-bottom: 2px solid #4c78a8; padding-bottom: 4px; margin-top: 2em; }
h3 { margin-top: 1.5em; }
.lead { font-size: 1.1em; color: #333; }
nav { font-size: 0.9em; margin: 1em 0; }
nav a { margin-right: 1em; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.9em; }
th, td { border-bottom: 1px solid #ddd; padding: 3px 10px; text-align: left; vertical-align: top; }
th { background: #f0f3f7; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
details summary { cursor: pointer; color: #2b5d8c; margin: 0.5em 0; }
figure { margin: 1em 0 2em; }
figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
figcaption { font-size: 0.85em; color: #555; }
pre { background: #f4f4f4; padding: 12px; overflow-x: auto; font-size: 0.85em; }
code { font-family: "DejaVu Sans Mono", monospace; }
.warning { background: #fff4e5; border-left: 4px solid #f58518; padding: 8px 12px; }
footer { margin-top: 3em; font-size: 0.85em; color: #666; }
`;
