import { runCli } from './run.ts';

const { stdout, stderr, code } = await runCli(process.argv.slice(2));
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = code;
