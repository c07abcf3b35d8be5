/**
 * The name politeness and TLS settings are keyed by: lower-case host name without port or IPv6
 * brackets, so `Example.org:8080`, `example.org` and a URL's `hostname` all meet on one key.
 */
export function hostKey(host: string): string {
  const text = host.trim().toLowerCase();
  const name = URL.canParse(`http://${text}`) ? new URL(`http://${text}`).hostname : text;
  return name.replace(/^\[(.*)\]$/, '$1');
}
