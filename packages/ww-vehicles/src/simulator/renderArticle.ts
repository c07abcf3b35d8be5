import { escapeHtml, sitePage, upToRoot } from './sitePage.js';
import type { SimPhoto, SimVehicle } from './simVehicle.js';

/**
 * A vehicle article: title, flag and text, the photographs in the site's varied markup, then share icons, a slide
 * and an advertisement inside the content. A moved article (`no-content`) keeps the page around a different main
 * element. Dead links are the route's business.
 */
export function renderArticle(vehicle: SimVehicle): string {
  const { name, country, listing, kind } = vehicle;
  if (vehicle.fate === 'no-content') {
    return sitePage(name, vehicle.articlePath, `<div class="main-page"><h1>This page has moved</h1><p>Our apologies.</p></div>`);
  }
  const up = upToRoot(vehicle.articlePath);
  return sitePage(
    name,
    vehicle.articlePath,
    `<div class="content">
<h1>${escapeHtml(name)}</h1>
<p><img src="${up}img/${country.flag}" alt="${escapeHtml(country.country)}" width="60" height="40"> ${escapeHtml(country.country)}, ${listing.war}</p>
<p>The ${escapeHtml(name)} served as a ${kind.word} with the army of ${escapeHtml(country.country)}.</p>
${vehicle.photos.map((photo) => photoMarkup(photo, up)).join('\n')}
<p class="share"><img src="${up}img/icons/print.gif" alt="print"> <img src="${up}img/ico_pdf.png" alt="pdf" width="16" height="16"></p>
<p><img src="${up}img/slide3.jpg" alt=""></p>
<p><a href="https://shop.example.org/"><img src="${up}img/challenge-coins.jpg" alt="Challenge coins"></a></p>
</div>`,
  );
}

function photoMarkup(photo: SimPhoto, up: string): string {
  const alt = escapeHtml(photo.alt);
  const caption = escapeHtml(photo.caption ?? '');
  const img = `<img src="${photo.href}" alt="${alt}">`;
  switch (photo.style) {
    case 'lightbox':
      return `<p><a href="${largerVersion(photo.href)}">${img}</a><br><em>${caption}</em></p>`;
    case 'figure':
      return `<figure>${img}<figcaption>${caption}</figcaption></figure>`;
    case 'cell':
      return `<table class="photos"><tr><td>${img}<br>${caption}</td></tr></table>`;
    case 'lazy':
      return `<p><img src="${up}img/blank.gif" data-src="${photo.href}" alt="${alt}"></p>`;
    case 'em':
      return `<p>${img}<br><em>${caption}</em></p>`;
  }
}

/** Where a lightbox photograph's full size lives: `photos/X.jpg` → `photos/big/X.jpg`. */
export function largerVersion(href: string): string {
  const slash = href.lastIndexOf('/');
  return `${href.slice(0, slash + 1)}big/${href.slice(slash + 1)}`;
}
