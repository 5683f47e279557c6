import { runCli } from './run.ts';

const { stdout, stderr, code } = await runCli(process.argv.slice(2), { progress: process.stderr.isTTY ? showProgress() : undefined });
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = code;

/**
 * A count of the inputs read, every 10 or every 2 s, on the line it then clears: a long list shows it is
 * moving. On a terminal only, so a pipe or a log holds the notes and the summary alone.
 */
function showProgress() {
  let shownAt = 0;
  return (done: number, total: number) => {
    if (total < 2) return;
    if (done === total) return void process.stderr.write('\r\x1b[K');
    if (done % 10 !== 0 && Date.now() - shownAt < 2000) return;
    shownAt = Date.now();
    process.stderr.write(`\rgovreport: 已读 ${done}/${total} (read)`);
  };
}
