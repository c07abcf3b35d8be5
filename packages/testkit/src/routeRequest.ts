import type { IncomingHttpHeaders } from 'node:http';
import type { ImageFactory } from './ImageFactory.js';
import { imagePath } from './ImageSpec.js';
import type { SimContext, SimResponse, SimRoute, SimulatorArchive } from './SimRoute.js';
import { htmlErrorPage, jsonResponse, textResponse } from './simResponses.js';

export interface RouteTarget {
  url: URL;
  headers: IncomingHttpHeaders;
  baseUrl: string;
}

/** Finds the answer for one request: a generated image under `/img/`, an archive route under `/<id>/`, or 404. */
export async function routeRequest(
  target: RouteTarget,
  archives: ReadonlyMap<string, SimulatorArchive>,
  images: ImageFactory,
): Promise<SimResponse> {
  const { url } = target;
  const [, mount = '', ...rest] = url.pathname.split('/');
  const [imageName, ...deeper] = rest;
  if (mount === 'img' && imageName !== undefined && deeper.length === 0) return images.respond(decodeURIComponent(imageName));
  if (url.pathname === '/robots.txt') return combinedRobotsTxt(target, archives, images);
  const archive = archives.get(mount);
  if (archive) {
    const path = url.pathname.slice(mount.length + 1) || '/';
    for (const route of archive.routes) {
      const match = matchRoute(route, path);
      if (match === undefined) continue;
      const answer = await route.handle(context(target, archive.id, path, match));
      if (answer) return answer;
    }
  }
  return notFound();
}

/**
 * robots.txt lives at the host's root, where every mounted archive shares one host: the archives'
 * own `/<id>/robots.txt` answers (their paths already carry the mount) are served together.
 */
async function combinedRobotsTxt(
  target: RouteTarget,
  archives: ReadonlyMap<string, SimulatorArchive>,
  images: ImageFactory,
): Promise<SimResponse> {
  const parts: string[] = [];
  for (const id of archives.keys()) {
    const url = new URL(`/${id}/robots.txt`, target.url);
    const answer = await routeRequest({ ...target, url }, archives, images);
    if (answer.status === 200 && typeof answer.body === 'string') parts.push(answer.body);
  }
  return parts.length ? textResponse(200, parts.join('\n'), 'text/plain; charset=utf-8') : notFound();
}

/** undefined: the route does not apply; null: a string path matched; otherwise the RegExp match. */
function matchRoute(route: SimRoute, path: string): RegExpExecArray | null | undefined {
  if (typeof route.path === 'string') return route.path === path ? null : undefined;
  route.path.lastIndex = 0;
  return route.path.exec(path) ?? undefined;
}

function context(target: RouteTarget, archiveId: string, path: string, match: RegExpExecArray | null): SimContext {
  return {
    url: target.url,
    path,
    query: target.url.searchParams,
    headers: target.headers,
    baseUrl: target.baseUrl,
    endpoint: `${target.baseUrl}/${archiveId}`,
    match,
    imageUrl: (spec) => target.baseUrl + imagePath(spec),
    json: jsonResponse,
    text: textResponse,
  };
}

export function notFound(): SimResponse {
  return textResponse(404, htmlErrorPage(404, 'Not Found'), 'text/html; charset=utf-8');
}
