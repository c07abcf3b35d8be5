import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { shellCommand } from '../src/targets/shellCommand.js';

const run = promisify(execFile);

describe('shellCommand', () => {
  it('leaves plain words bare', () => {
    expect(shellCommand(['hx4', 'collect', 'sa-kuva', '-d', 'data/wars', '--thumbnail-size', '512,512', '--max-rps', 'host=2'])).toBe(
      'hx4 collect sa-kuva -d data/wars --thumbnail-size 512,512 --max-rps host=2',
    );
  });

  it('gives the shell words that reach the program unchanged: spaces, quotes, $, globs, backslashes, empty', async () => {
    const words = ['tank crew', "soldier's", '$HOME', '*.jpg', 'a\\b', '"quoted"', '', 'line\nbreak', '`date`'];
    const { stdout } = await run('/bin/sh', ['-c', `printf '%s\\0' ${shellCommand(words)}`]);
    expect(stdout.split('\0').slice(0, -1)).toEqual(words);
  });
});
