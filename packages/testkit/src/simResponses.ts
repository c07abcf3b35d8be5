import type { SimResponse } from './SimRoute.js';

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): SimResponse {
  return textResponse(status, JSON.stringify(body), 'application/json;charset=UTF-8', headers);
}

export function textResponse(status: number, body: string, contentType: string, headers: Record<string, string> = {}): SimResponse {
  return { status, headers: { 'content-type': contentType, ...headers }, body };
}

export function htmlErrorPage(status: number, title: string): string {
  return (
    `<!DOCTYPE html>\n<html><head><title>${status} ${title}</title></head>` +
    `<body><h1>${title}</h1><p>The server could not complete your request.</p></body></html>\n`
  );
}
