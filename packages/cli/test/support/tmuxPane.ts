import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A real terminal for end-to-end tests: a detached tmux pane of a given size, on a tmux server of its own. */
export class TmuxPane {
  private readonly socket: string;
  private readonly config: string;

  constructor(dir: string, name: string) {
    this.socket = `hx4-test-${process.pid}-${name}`;
    this.config = join(dir, `${name}.tmux.conf`);
    writeFileSync(this.config, ['set -g history-limit 100000', 'set -g status off', ''].join('\n'));
  }

  static available(): boolean {
    try {
      execFileSync('tmux', ['-V'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  }

  /** Runs `command` (a shell command line) in a new pane of `columns` × `rows`. */
  start(command: string, columns: number, rows: number): void {
    this.tmux('new-session', '-d', '-s', 'hx4', '-x', String(columns), '-y', String(rows), command);
  }

  resize(columns: number, rows: number): void {
    this.tmux('resize-window', '-t', 'hx4', '-x', String(columns), '-y', String(rows));
  }

  sendKeys(...keys: string[]): void {
    this.tmux('send-keys', '-t', 'hx4', ...keys);
  }

  /** A tmux format of the pane, e.g. `#{pane_dead}`. */
  display(format: string): string {
    return this.tmux('display-message', '-p', '-t', 'hx4', format).trim();
  }

  /**
   * The screen as lines, a line the terminal wrapped joined back into one (`-J`), trailing blanks dropped;
   * with `history`, the scrollback too.
   */
  capture(history = false): string[] {
    const text = this.tmux('capture-pane', '-p', '-J', '-t', 'hx4', ...(history ? ['-S', '-', '-E', '-'] : []));
    const lines = text.split('\n').map((line) => line.trimEnd());
    while (lines.length && lines.at(-1) === '') lines.pop();
    return lines;
  }

  kill(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // Already gone.
    }
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', this.config, ...args], { encoding: 'utf8' });
  }
}
