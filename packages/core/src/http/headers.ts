/** Our defaults, overridden by the caller's headers whatever their letter case. */
export function requestHeaders(defaults: Record<string, string>, extra: Record<string, string> = {}): Record<string, string> {
  const merged = { ...defaults };
  for (const [name, value] of Object.entries(extra)) merged[name.toLowerCase()] = value;
  return merged;
}

/** Response headers with repeated ones joined, as HTTP allows for list-valued fields. */
export function responseHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
