/** One word for bash, whatever it holds: single-quoted, with each `'` written as `'\''`. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./:=,+@%-]+$/u.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}
