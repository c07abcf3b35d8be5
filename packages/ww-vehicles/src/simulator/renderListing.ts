import { unitHash } from '@hx4/testkit';
import { LISTINGS, type Listing } from '../Listing.js';
import { escapeHtml, sitePage, upToRoot } from './sitePage.js';
import type { SimVehicle } from './simVehicle.js';
import { VEHICLE_KINDS, WW1_COUNTRIES, WW2_COUNTRIES } from './siteVocabulary.js';

/**
 * A listing page: the vehicles under headings (kinds of vehicle; countries on the WW1 page), each linked by a
 * thumbnail and its name, by a thumbnail alone or by its name alone, then links to other listings and sites.
 * `redesigned` serves the same vehicles in markup without `div.content`, as a site redesign would.
 */
export function renderListing(seed: number, listing: Listing, vehicles: readonly SimVehicle[], redesigned: boolean): string {
  const country = listing.country === null ? null : WW2_COUNTRIES[listing.country];
  const title = `${listing.war} ${country?.heading ?? 'trucks'}`;
  if (redesigned) return sitePage(title, listing.path, redesignedMain(title, vehicles));
  const up = upToRoot(listing.path);
  const flag = country?.flag ?? 'allies_r.jpg';
  const sections = sectionOrder(listing).map((heading) => {
    const members = vehicles.filter((vehicle) => sectionOf(vehicle) === heading);
    if (members.length === 0) return '';
    const links = members.map((vehicle, index) => vehicleLink(vehicle, unitHash(seed, listing.key, 'link', index, heading)));
    return `<h2>${escapeHtml(heading)}</h2>\n<div class="vehicles">\n${links.join('\n')}\n</div>`;
  });
  const other = LISTINGS.find((entry) => entry.key !== listing.key)!;
  return sitePage(
    title,
    listing.path,
    `<div class="content">
<h1 id="top">${escapeHtml(title)}</h1>
<p><img src="${up}img/${flag}" alt="flag" width="60" height="40"> All the vehicles of this page, by type. <a href="#top">Top</a></p>
${sections.filter(Boolean).join('\n')}
<p>See also: <a href="${up}${other.path.slice(1)}">${escapeHtml(other.key)}</a>, <a href="https://www.tank-encyclopedia.com/">Tank Encyclopedia</a>,
<a href="index.php">the index</a>, <a href="${up}img/photos/poster.jpg">a poster</a></p>
</div>`,
  );
}

export function sectionOf(vehicle: SimVehicle): string {
  return vehicle.listing.country === null ? vehicle.country.heading : vehicle.kind.section;
}

function sectionOrder(listing: Listing): string[] {
  const headings = listing.country === null ? WW1_COUNTRIES.map((country) => country.heading) : VEHICLE_KINDS.map(([kind]) => kind.section);
  return [...new Set(headings)];
}

function vehicleLink(vehicle: SimVehicle, draw: number): string {
  const name = escapeHtml(vehicle.name);
  const thumbnail = (alt: string) => `<img src="thumbs/${vehicle.file.replace(/\.php$/u, '.jpg')}" alt="${alt}" width="150" height="100">`;
  if (draw < 0.6)
    return `<div class="vehicle"><a href="${vehicle.file}">${thumbnail('')}</a><br><a href="${vehicle.file}">${name}</a></div>`;
  if (draw < 0.8) return `<div class="vehicle"><a href="${vehicle.file}" title="${name}">${thumbnail(name)}</a></div>`;
  return `<p><a href="${vehicle.file}">${name}</a></p>`;
}

function redesignedMain(title: string, vehicles: readonly SimVehicle[]): string {
  const cards = vehicles.map(
    (vehicle) => `<article class="card"><a href="${vehicle.file}"><h3>${escapeHtml(vehicle.name)}</h3></a></article>`,
  );
  return `<main class="page-content">\n<h1>${escapeHtml(title)}</h1>\n<section class="cards">\n${cards.join('\n')}\n</section>\n</main>`;
}
