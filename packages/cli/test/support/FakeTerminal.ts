import { EventEmitter } from 'node:events';
import xterm from '@xterm/headless';
import { vi } from 'vitest';

/**
 * A terminal for the status area to draw on: the written bytes go through xterm.js (headless), so a test
 * reads the screen a person would see, not escape sequences.
 */
export class FakeTerminal extends EventEmitter {
  readonly terminal: InstanceType<typeof xterm.Terminal>;
  /** Everything written, escapes included. */
  written = '';
  writes = 0;
  private unparsed = 0;

  /** `convertEol`: a tty turns each newline into carriage return + newline (onlcr), so the fake one does too. */
  constructor(
    public columns: number,
    public rows = 24,
  ) {
    super();
    this.terminal = new xterm.Terminal({ cols: columns, rows, scrollback: 1000, allowProposedApi: true, convertEol: true });
  }

  write(text: string): boolean {
    this.written += text;
    this.writes += 1;
    this.unparsed += 1;
    this.terminal.write(text, () => (this.unparsed -= 1));
    return true;
  }

  /** As a window resize does: the terminal rewraps, then the program hears of it. */
  async resize(columns: number): Promise<void> {
    await this.flush();
    this.columns = columns;
    this.terminal.resize(columns, this.rows);
    this.emit('resize');
  }

  /** The lines on screen and in the scrollback, a wrapped line joined back into one, trailing blanks dropped. */
  async lines(): Promise<string[]> {
    await this.flush();
    const buffer = this.terminal.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < buffer.length; i++) {
      const row = buffer.getLine(i);
      if (!row) continue;
      const text = row.translateToString(true);
      lines.push(row.isWrapped && lines.length > 0 ? `${lines.pop() ?? ''}${text}` : text);
    }
    while (lines.length && lines.at(-1) === '') lines.pop();
    return lines;
  }

  /**
   * xterm.js parses on a timer; under fake timers a test lets it run. A zero delay set inside a fake
   * timer's callback counts as 1 ms, so each turn moves the clock by that much.
   */
  private async flush(): Promise<void> {
    for (let turn = 0; this.unparsed > 0; turn++) {
      if (turn > 100) throw new Error('xterm.js did not finish parsing');
      if (vi.isFakeTimers()) await vi.advanceTimersByTimeAsync(1);
      else await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }

  /** Whether the last cursor command written showed it. */
  get cursorShown(): boolean {
    return this.written.lastIndexOf('\u001b[?25h') >= this.written.lastIndexOf('\u001b[?25l');
  }
}
