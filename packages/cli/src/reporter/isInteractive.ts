/** The live status area needs a real terminal; CI logs and dumb terminals get plain lines. */
export function isInteractive(stream: { isTTY?: boolean } = process.stderr): boolean {
  return stream.isTTY === true && !process.env.CI && process.env.TERM !== 'dumb';
}
