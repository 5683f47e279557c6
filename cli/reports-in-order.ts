// The reports of a run written in the order of its inputs as they are read, so a run over a province's
// reports (tens of thousands of pages) neither keeps every report nor builds its output as one string
// (V8 caps a string near 512 MB: the run would fail at its very end). Another year's report of the same
// body adds findings to a report, so one with a YearSummary is final only once every input is read: it
// is held until then as its compact JSON. One without a summary (not a sure report, no issuer or year,
// an older format) no other report can change: it is written as soon as those before it are.
import type { Report } from '../lib/schema.ts';
import type { ReportsText } from '../lib/serialize.ts';
import { compareYears } from '../lib/years/compare.ts';
import { summarize, type YearSummary } from '../lib/years/summary.ts';

/** Writes a piece of the output; the promise it may return is waited for (a pipe's reader is slow). */
export type Write = (text: string) => void | Promise<void>;

/** What the run's last line counts of the reports written. */
export interface Tally { reports: number; isReport: number; errors: number; warnings: number }

type Entry =
  | { text: string }
  // The JSON as UTF-8 in a Buffer: about half its size as a JS string (one Chinese character has V8 keep a
  // string at two bytes a character), and outside V8's heap limit.
  | { held: Buffer; summary: YearSummary }
  | { failed: true };

/** Two inputs whose reports were checked against each other, earlier year first. */
export interface ComparedPair { earlier: YearSummary; earlierFile: string; later: YearSummary; laterFile: string }

export class ReportsInOrder {
  readonly tally: Tally = { reports: 0, isReport: 0, errors: 0, warnings: 0 };
  /** The pairs of years compared, each once, as found: a pair that agrees is otherwise invisible. */
  readonly compared: ComparedPair[] = [];
  private readonly entries: (Entry | undefined)[] = [];
  private readonly pairsNoted = new Set<string>();
  private next = 0;
  private started = false;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly files: readonly string[], private readonly format: ReportsText, private readonly write: Write) {}

  /**
   * Input i was read (its report, or null where it could not be). Resolves once what it lets out is
   * written: the reading waits for a slow reader of the output rather than holding what it read.
   */
  add(i: number, report: Report | null): Promise<void> {
    const summary = report && summarize(report);
    this.entries[i] = report === null ? { failed: true }
      : summary ? { held: Buffer.from(JSON.stringify(report)), summary }
        : { text: this.textOf(i, report) };
    return this.writing = this.writing.then(() => this.writeReady());
  }

  /**
   * Checks the held reports against the other years' read and writes them, with every report after
   * them, in order; an input never read (the run was stopped) is passed over.
   */
  async finish(): Promise<void> {
    await this.writing;
    // Each summary's input, to name the files compared.
    const fileOf = new Map<YearSummary, string>();
    this.entries.forEach((e, i) => { if (e && 'held' in e) fileOf.set(e.summary, this.files[i]!); });
    const summaries = [...fileOf.keys()];
    for (; this.next < this.files.length; this.next++) {
      const entry = this.entries[this.next];
      if (entry === undefined || 'failed' in entry) continue;
      let text: string;
      if ('text' in entry) text = entry.text;
      else {
        const comparison = compareYears(JSON.parse(entry.held.toString()) as Report, summaries);
        for (const other of comparison.against) this.pair(entry.summary, other, fileOf);
        text = this.textOf(this.next, comparison.report);
      }
      this.entries[this.next] = undefined;
      await this.put(text);
    }
    // A CSV of no rows is still a table: its header, so that what loads it finds the columns.
    await this.put('');
  }

  /**
   * Notes that the report of the input being written was checked against `other`. Either side may find the pair
   * (of two copies of one year, the other year's report is checked against one only): it is noted once.
   */
  private pair(own: YearSummary, other: YearSummary, fileOf: ReadonlyMap<YearSummary, string>): void {
    const [earlier, later] = own.year < other.year ? [own, other] : [other, own];
    const [earlierFile, laterFile] = [fileOf.get(earlier)!, fileOf.get(later)!];
    const key = `${earlierFile}\0${laterFile}`;
    if (this.pairsNoted.has(key)) return;
    this.pairsNoted.add(key);
    this.compared.push({ earlier, earlierFile, later, laterFile });
  }

  /** Writes the reports from the next on that are final, up to the first not read yet or held. */
  private async writeReady(): Promise<void> {
    for (let entry = this.entries[this.next]; entry && !('held' in entry); entry = this.entries[this.next]) {
      this.entries[this.next++] = undefined;
      if ('text' in entry) await this.put(entry.text);
    }
  }

  private async put(text: string): Promise<void> {
    if (!this.started) {
      this.started = true;
      if (this.format.header) await this.write(this.format.header);
    }
    if (text) await this.write(text);
  }

  /** The report's text, counted in the tally: only a final report is made text. */
  private textOf(i: number, report: Report): string {
    const t = this.tally;
    t.reports++;
    if (report.document.isReport) t.isReport++;
    for (const w of report.warnings) {
      if (w.severity === 'error') t.errors++;
      else if (w.severity === 'warning') t.warnings++;
    }
    return this.format.of({ file: this.files[i]!, report });
  }
}
