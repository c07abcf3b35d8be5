import { createReadStream } from 'node:fs';

export interface Line {
  text: string;
  /** 1-based. */
  number: number;
  /** The file's last line, without the newline that would end it: an append cut short by a kill. */
  torn: boolean;
}

/** The lines of a text file, streamed: only a chunk of the file is in memory. A missing file has none. */
export async function* readLines(path: string): AsyncGenerator<Line> {
  let rest = '';
  let number = 0;
  try {
    for await (const chunk of createReadStream(path, { encoding: 'utf8' }) as AsyncIterable<string>) {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop()!;
      for (const text of lines) yield { text, number: ++number, torn: false };
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (rest !== '') yield { text: rest, number: number + 1, torn: true };
}
