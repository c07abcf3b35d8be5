import { hostKey } from '@hx4/core';
import { parsePositiveNumber } from './parseNumbers.js';
import { UsageError } from './UsageError.js';

/** The user's caps: `--max-rps 5` for every host, `--max-rps images.example.org=2` for one (repeatable). */
export interface MaxRps {
  allHosts?: number;
  hosts: Record<string, number>;
}

export function parseMaxRps(values: unknown): MaxRps {
  const caps: MaxRps = { hosts: {} };
  const list = values === undefined ? [] : [values].flat();
  for (const value of list.map(String)) {
    const at = value.lastIndexOf('=');
    if (at === -1) {
      if (caps.allHosts !== undefined) throw new UsageError(`--max-rps for all hosts is given twice ("${value}")`);
      caps.allHosts = parsePositiveNumber('--max-rps', value);
      continue;
    }
    const host = value.slice(0, at).trim();
    if (!/^[a-z0-9.-]+$/iu.test(host)) throw new UsageError(`--max-rps HOST=N needs a host name, got "${value}"`);
    caps.hosts[hostKey(host)] = parsePositiveNumber(`--max-rps ${host}`, value.slice(at + 1));
  }
  return caps;
}
