import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/hx4.js', import.meta.url));
const manifest = (pkg: string) => JSON.parse(readFileSync(new URL(`../../${pkg}/package.json`, import.meta.url), 'utf8'));

describe('@hx4/all', () => {
  it('depends on @hx4/cli and on every package the CLI can use: its optional peers, the archives and the testkit', () => {
    const cli = manifest('cli');
    expect(Object.keys(manifest('all').dependencies).sort()).toEqual(['@hx4/cli', ...Object.keys(cli.peerDependencies)].sort());
    expect(Object.keys(cli.peerDependencies)).toContain('@hx4/testkit');
  });

  it('has an hx4 of its own, which runs the CLI with every archive', async () => {
    expect(manifest('all').bin).toEqual({ hx4: './bin/hx4.js' });
    const help = await promisify(execFile)(process.execPath, [bin, '--help'], { env: { ...process.env, CI: '1' } });
    expect(help.stdout).toMatch(/^hx4 <command>/);
    expect(help.stdout).toContain('Archives installed: europeana, national-archive, sa-kuva, smu, wwii, ww-vehicles\n');
    expect(help.stdout).not.toContain('Not installed');
  });
});
