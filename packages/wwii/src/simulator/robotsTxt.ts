/**
 * The site's robots.txt: WordPress's admin and any `disallow` paths are off limits, and it asks for a pause
 * between requests. Paths carry `mountPath` (`/wwii` in the simulator), so the rules hold for the site as
 * mounted when robots.txt is served from the host's root.
 */
export function robotsTxt(mountPath: string, crawlDelaySeconds: number, disallow: readonly string[]): string {
  const lines = [
    'User-agent: *',
    ...['/wp-admin/', ...disallow].map((path) => `Disallow: ${mountPath}${path}`),
    `Allow: ${mountPath}/wp-admin/admin-ajax.php`,
  ];
  if (crawlDelaySeconds > 0) lines.push(`Crawl-delay: ${crawlDelaySeconds}`);
  return `${lines.join('\n')}\n`;
}
