// CPU time of this process's finished children, for the benchmarks' whole-process figures.
import { readFileSync } from 'node:fs';

/** CPU time (ms) of this process's finished children (Linux /proc; clock ticks of 10 ms); NaN elsewhere. */
export function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // cutime + cstime, fields 16 and 17 of stat(5)
  } catch {
    return NaN;
  }
}
