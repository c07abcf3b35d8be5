import { LISTINGS } from '../Listing.js';

export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** The relative way up from a page's folder to the site root: `/ww2/us/x.php` → `../../`. */
export function upToRoot(pagePath: string): string {
  return '../'.repeat(pagePath.split('/').length - 2);
}

/**
 * A page of the encyclopedia around its main part: a header with the logo and the home slideshow, a menu of the
 * listings and a footer, all outside `div.content` and all linked relatively, as the site does.
 */
export function sitePage(title: string, pagePath: string, main: string): string {
  const up = upToRoot(pagePath);
  const menu = LISTINGS.map((listing) => `<li><a href="${up}${listing.path.slice(1)}">${escapeHtml(listing.key.toUpperCase())}</a></li>`);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)} - Truck Encyclopedia</title>
<link rel="stylesheet" href="${up}css/style.css">
</head>
<body>
<div id="header"><a href="${up}index.php"><img src="${up}img/logo.gif" alt="Truck Encyclopedia"></a>
<div class="slider"><img src="${up}img/slide1.jpg" alt=""><img src="${up}img/slide2.jpg" alt=""></div></div>
<ul class="menu">
${menu.join('\n')}
</ul>
${main}
<div class="footer"><a href="${up}contact.php">Contact</a> <img src="${up}img/photos/footer_banner.jpg" alt="banner" width="728" height="90"></div>
</body>
</html>
`;
}
