// The CLI over every real page the team keeps (test/corpus/ and test/fixtures/), written to a folder, and,
// given an earlier run, what moved: the check that a change to the engine moved only what it meant to.
//   npm run corpus -- OUT [--against EARLIER]
// OUT/reports.jsonl holds one {"file","report"} line a page, OUT/warnings.csv one line a finding. Its output is
// not a test's expectation: what a page should give is read off the page (the audits), never pasted from here.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../cli/run.ts';
import { corpusPages } from '../test/support/corpus-pages.ts';

// One moment for every run, so that a page's output moves only when the engine does (the date checks read "now").
const NOW = new Date('2026-11-01T00:00:00Z');
const SHOWN_PER_PAGE = 12;
// A finding's paths can run to hundreds of figures: its rule and message say what moved.
const SHOWN_CHARS = 240;

const args = process.argv.slice(2);
const againstAt = args.indexOf('--against');
const against = againstAt >= 0 ? args[againstAt + 1] : undefined;
const [out, ...rest] = args.filter((_, i) => againstAt < 0 || (i !== againstAt && i !== againstAt + 1));
if (!out || rest.length > 0 || (againstAt >= 0 && !against)) {
  process.stderr.write('用法 Usage: npm run corpus -- OUT [--against EARLIER]\n');
  process.exit(2);
}

const pages = corpusPages();
const listFile = join(out, 'pages.txt');
mkdirSync(out, { recursive: true });
writeFileSync(listFile, pages.join('\n') + '\n');
const started = Date.now();
const reports = await runCli(['--list', listFile, '--format', 'json-file'], { now: NOW });
const warnings = await runCli(['--list', listFile, '--format', 'warnings'], { now: NOW });
writeFileSync(join(out, 'reports.jsonl'), reports.stdout);
writeFileSync(join(out, 'warnings.csv'), warnings.stdout);
process.stderr.write(reports.stderr);
process.stdout.write(`${pages.length} pages → ${out} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
if (against) process.stdout.write(compare(against, out));

/** Per page: the report's fields that changed (old → new) and the findings gone (-) or come (+). */
function compare(before: string, after: string): string {
  const a = byFile(before);
  const b = byFile(after);
  const lines: string[] = [];
  let moved = 0;
  for (const file of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(file);
    const y = b.get(file);
    const changes = !x ? ['  (new page)'] : !y ? ['  (page gone)'] : [...fieldChanges(x.report, y.report), ...findingChanges(x.findings, y.findings)];
    if (changes.length === 0) continue;
    moved++;
    lines.push(file, ...changes.slice(0, SHOWN_PER_PAGE), ...(changes.length > SHOWN_PER_PAGE ? [`  … ${changes.length - SHOWN_PER_PAGE} more`] : []));
  }
  return `${moved} of ${b.size} pages moved against ${before}\n${lines.join('\n')}${lines.length ? '\n' : ''}`;
}

function byFile(dir: string): Map<string, { report: unknown; findings: string[] }> {
  const pages = new Map<string, { report: unknown; findings: string[] }>();
  for (const line of readFileSync(join(dir, 'reports.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const { file, report } = JSON.parse(line) as { file: string; report: unknown };
    pages.set(file, { report, findings: [] });
  }
  // The CSV's first field is the file; a message's commas are quoted, so the file is all before the first comma.
  for (const line of readFileSync(join(dir, 'warnings.csv'), 'utf8').split('\n').slice(1).filter(Boolean)) {
    const file = line.slice(0, line.indexOf(','));
    pages.get(file)?.findings.push(line.slice(file.length + 1));
  }
  return pages;
}

function fieldChanges(x: unknown, y: unknown): string[] {
  const fx = flatten(x);
  const fy = flatten(y);
  return [...new Set([...fx.keys(), ...fy.keys()])]
    .filter((k) => fx.get(k) !== fy.get(k))
    .map((k) => `  ${k}: ${fx.get(k) ?? '∅'} → ${fy.get(k) ?? '∅'}`);
}

function findingChanges(x: string[], y: string[]): string[] {
  const clip = (f: string) => (f.length > SHOWN_CHARS ? `${f.slice(0, SHOWN_CHARS)}…` : f);
  return [...x.filter((f) => !y.includes(f)).map((f) => `  - ${clip(f)}`), ...y.filter((f) => !x.includes(f)).map((f) => `  + ${clip(f)}`)];
}

function flatten(value: unknown, path = '', into = new Map<string, string>()): Map<string, string> {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, path ? `${path}.${k}` : k, into);
  } else into.set(path, JSON.stringify(value));
  return into;
}
