/** The User-Agent HX4 sends: names the tool and where an archive's operator can read about it. */
export function userAgent(version: string): string {
  return `HX4/${version} (+https://github.com/hx4-project/hx4; dataset research crawler)`;
}
