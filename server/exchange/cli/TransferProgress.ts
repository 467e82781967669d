import cliProgress from 'cli-progress';

/** Reports bytes moved; shown as a bar on a terminal, silent otherwise (pipes, scripts, tests). */
export interface TransferProgress {
  start(totalBytes: number): void;
  advance(bytes: number): void;
  stop(): void;
}

const SILENT: TransferProgress = { start() {}, advance() {}, stop() {} };

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** A progress bar on stderr labelled `label` when stderr is a terminal. */
export function createTransferProgress(label: string): TransferProgress {
  if (!process.stderr.isTTY) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {done} of {total_mb} MB`,
      stream: process.stderr,
      clearOnComplete: true,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let movedBytes = 0;
  let totalBytes = 0;
  return {
    start(total) {
      totalBytes = total;
      bar.start(Math.max(total, 1), 0, { done: megabytes(0), total_mb: megabytes(total) });
    },
    advance(bytes) {
      movedBytes += bytes;
      bar.update(Math.min(movedBytes, Math.max(totalBytes, 1)), { done: megabytes(movedBytes) });
    },
    stop() {
      bar.stop();
    },
  };
}
