/**
 * Progress on stderr: a bar on a terminal (done / total, files per second,
 * time left, errors so far), a plain line every few seconds otherwise (logs,
 * CI), nothing when quiet.
 */
import cliProgress from 'cli-progress';

export type ProgressMode = 'bar' | 'lines' | 'none';

export interface ProgressState {
  done: number;
  total: number | null;
  errors: number;
  seconds: number;
}

/** files/s and time left, as both modes print them. */
export function rates(s: ProgressState): { speed: string; eta: string } {
  const speed = s.seconds > 0 ? s.done / s.seconds : 0;
  const left = s.total !== null && speed > 0 ? Math.max(0, (s.total - s.done) / speed) : null;
  return { speed: speed.toFixed(1), eta: left === null ? '?' : formatDuration(left) };
}

export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** The plain line printed when stderr is not a terminal. */
export function progressLine(s: ProgressState): string {
  const { speed, eta } = rates(s);
  return `xxgk batch: ${s.done}/${s.total ?? '?'} files, ${speed} files/s, ${eta} left, ${s.errors} errors\n`;
}

export class Progress {
  private bar: cliProgress.SingleBar | null = null;
  private lastLine = 0;

  constructor(
    private readonly mode: ProgressMode,
    private readonly write: (s: string) => void,
    private readonly everyMs = 5000,
  ) {}

  start(total: number | null): void {
    if (this.mode !== 'bar') return;
    this.bar = new cliProgress.SingleBar(
      { format: '{bar} {value}/{total} files | {speed} files/s | {eta_text} left | {errors} errors', hideCursor: true, clearOnComplete: false, fps: 5 },
      cliProgress.Presets.shades_classic,
    );
    this.bar.start(total ?? 0, 0, { speed: '0.0', eta_text: '?', errors: 0 });
  }

  update(s: ProgressState): void {
    if (this.mode === 'bar') {
      const { speed, eta } = rates(s);
      if (s.total !== null) this.bar?.setTotal(s.total);
      this.bar?.update(s.done, { speed, eta_text: eta, errors: s.errors });
    } else if (this.mode === 'lines') {
      const now = Date.now();
      if (now - this.lastLine >= this.everyMs) {
        this.lastLine = now;
        this.write(progressLine(s));
      }
    }
  }

  stop(s: ProgressState): void {
    if (this.mode === 'bar') {
      this.update(s);
      this.bar?.stop();
    } else if (this.mode === 'lines') this.write(progressLine(s));
  }
}
