import { HttpError } from './HttpError.js';

const TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
  'ERR_TLS_HANDSHAKE_TIMEOUT',
]);

const NETWORK_CODES = new Set([
  'UND_ERR_SOCKET',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
]);

const CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
]);

function isCertificateCode(code: string): boolean {
  return CERTIFICATE_CODES.has(code) || code.startsWith('CERT_') || code.startsWith('ERR_TLS_CERT');
}

/** undici sometimes wraps the socket's error, so the telling code may sit further down the cause chain. */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let current = error; current instanceof Error && codes.length < 5; current = current.cause) {
    const code = (current as NodeJS.ErrnoException).code;
    if (typeof code === 'string') codes.push(code);
  }
  return codes;
}

/**
 * Maps what undici or Node threw during one request to an `HttpError`, or `undefined` when the
 * error is not about the network at all (a full disk, a bug) and must surface unchanged.
 * `failedUrl` is the hop that failed (it may be a redirect target); `requestedUrl` the caller's URL.
 */
export function toHttpError(error: unknown, failedUrl: URL, requestedUrl: string, attempt: number): HttpError | undefined {
  if (error instanceof HttpError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const host = failedUrl.hostname;
  for (const code of errorCodes(error)) {
    if (TIMEOUT_CODES.has(code)) {
      return new HttpError('timeout', requestedUrl, `timed out on ${failedUrl.href}: ${message} (${code})`, attempt);
    }
    if (isCertificateCode(code)) {
      const hint = `if you trust this host, pass --insecure-host ${host}`;
      return new HttpError('tls', requestedUrl, `TLS certificate of ${host} not trusted (${code}); ${hint}`, attempt);
    }
    if (code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_')) {
      return new HttpError('tls', requestedUrl, `TLS failure with ${host}: ${message} (${code})`, attempt);
    }
    if (NETWORK_CODES.has(code) || code.startsWith('HPE_')) {
      return new HttpError('network', requestedUrl, `network error on ${failedUrl.href}: ${message} (${code})`, attempt);
    }
  }
  return undefined;
}
