import { once } from 'node:events';
import { runCli } from './run.ts';

// Ctrl-C (or a kill) stops the reading, and the reports already read are still printed; a second one
// stops the process at once, as the listener is gone.
const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort(signal));
// The reader went away (`govreport dir | head`): nobody wants the rest, so stop quietly, as a shell's tools do on
// SIGPIPE (exit 141), not with a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(128 + 13);
});

const progress = process.stderr.isTTY ? showProgress() : undefined;
const { stderr, code } = await runCli(process.argv.slice(2), {
  progress: progress?.show,
  signal: stop.signal,
  // Report by report as read; a full pipe is waited for, so the reading keeps pace with the reader.
  write: async (text) => {
    if (process.stdout.isTTY) progress?.clear();
    if (!process.stdout.write(text)) await once(process.stdout, 'drain');
  },
});
progress?.clear();
process.stderr.write(stderr);
process.exitCode = code;
// A fetch left under way would hold the process until its timeout.
if (stop.signal.aborted) process.stdout.write('', () => process.exit());

/**
 * A count of the inputs read, every 10 or every 2 s, on the line it then clears: a long list shows it is
 * moving. On a terminal only, so a pipe or a log holds the notes and the summary alone. Cleared before
 * the notes, and before the reports where they go to the same terminal.
 */
function showProgress() {
  let shownAt = 0;
  let shown = false;
  return {
    show(done: number, total: number) {
      if (total < 2) return;
      if (done % 10 !== 0 && Date.now() - shownAt < 2000) return;
      shownAt = Date.now();
      shown = true;
      process.stderr.write(`\rgovreport: 已读 ${done}/${total} (read)`);
    },
    clear() {
      if (shown) process.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}
