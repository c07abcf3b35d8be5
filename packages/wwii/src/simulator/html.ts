const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#039;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** The countries of the site's menu, as its saved home page lists them. */
const MENU: ReadonlyArray<readonly [string, string]> = [
  ['germany', 'Germany'],
  ['uk', 'UK'],
  ['usa', 'USA'],
  ['ussr', 'USSR'],
  ['france', 'France'],
  ['japan', 'Japan'],
];

/**
 * A page of the site's theme (Quintus, as the saved home page shows: `#page.hfeed`, `header.blog-header`,
 * `nav#access`, `#main > #primary > #content.content`, `footer.blog-footer`) around `main`. Links are
 * absolute, as WordPress writes them.
 */
export function htmlDocument(endpoint: string, title: string, main: string, head = ''): string {
  const menu = MENU.map(([slug, name]) => `<li class="menu-item"><a href="${endpoint}/gallery/${slug}/">${name}</a></li>`);
  return [
    '<!DOCTYPE html>',
    '<html lang="en-US">',
    '<head>',
    '<meta charset="UTF-8" />',
    `<title>${escapeHtml(title)} | World War Photos</title>`,
    head,
    '</head>',
    '<body class="custom-background color-default">',
    '<div id="page" class="hfeed">',
    `<header class="blog-header" role="banner"><hgroup><h1 id="site-title"><a href="${endpoint}/" rel="home">World War Photos</a></h1></hgroup></header>`,
    `<nav id="access" role="navigation"><ul id="menu-menu" class="menu">${menu.join('')}</ul></nav>`,
    '<div id="main"><div id="primary"><div class="content" id="content" role="main">',
    main,
    '</div></div></div>',
    '<footer class="blog-footer" id="colophon" role="contentinfo"><div id="site-generator"><p>World War Photos 2013-2018</p></div></footer>',
    '</div>',
    '</body>',
    '</html>',
  ]
    .filter((line) => line !== '')
    .map((line) => `${line}\n`)
    .join('');
}
