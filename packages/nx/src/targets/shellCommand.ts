/** Words a POSIX shell takes as they are; anything else is single-quoted. */
const PLAIN_WORD = /^[\w@%+=:,./-]+$/u;

/** `words` as one command line for the shell `nx:run-commands` runs it in: each word reaches the program unchanged. */
export function shellCommand(words: readonly string[]): string {
  return words.map((word) => (PLAIN_WORD.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`)).join(' ');
}
