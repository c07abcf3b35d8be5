const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#039;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]);
}

/** A page of the site's theme around `main`. */
export function htmlDocument(title: string, main: string, head = ''): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en-US">',
    '<head>',
    '<meta charset="UTF-8">',
    `<title>${escapeHtml(title)} | World War Photos</title>`,
    head,
    '</head>',
    '<body class="wp-theme-photos">',
    '<div id="page" class="site">',
    '<header id="masthead" class="site-header"><p class="site-title"><a href="/">World War Photos</a></p></header>',
    '<div id="content" class="site-content">',
    main,
    '</div>',
    '<footer class="site-footer"><p>Photos are property of their owners.</p></footer>',
    '</div>',
    '</body>',
    '</html>',
  ]
    .filter((line) => line !== '')
    .map((line) => `${line}\n`)
    .join('');
}
