// One fixture's first extraction in a fresh process, as the extension meets a page (a new content script each time) and
// the CLI a file: run by bench/run.ts in a child process per measurement. `first-extraction.ts PAGE` prints the CPU ms of
// extract on a freshly loaded tree; with a second argument, a JSON file of [source, flags] pairs, it first compiles those
// regexes (V8 keeps a regex's compiled code by its source and flags, so the extraction then finds them compiled) and the
// difference from a plain run is what compiling them costs. `first-extraction.ts PAGE --regexes` prints, instead of a time,
// the regexes that extraction runs.
import { readFileSync } from 'node:fs';
import { cpuUsage } from 'node:process';
import * as cheerio from 'cheerio';
import { extract } from '../lib/extract.ts';
import { pageFromCheerio } from '../lib/page/cheerio-source.ts';

const [page, option] = process.argv.slice(2) as [string, string | undefined];
const html = readFileSync(new URL(`../test/fixtures/pages/${page}`, import.meta.url), 'utf8');
const tree = cheerio.load(html).root()[0]!;

if (option === '--regexes') {
  const seen = new Map<string, [string, string]>();
  const exec = RegExp.prototype.exec; // replaced, every match, test, replace and split goes through it
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    seen.set(`${this.flags}/${this.source}`, [this.source, this.flags]);
    return exec.call(this, text);
  };
  extract(pageFromCheerio(tree), { url: null });
  RegExp.prototype.exec = exec;
  console.log(JSON.stringify([...seen.values()]));
} else {
  if (option) {
    // Each compiled for both kinds of string V8 keeps (one byte a character, two), and run twice: V8 interprets a
    // regex's first run and compiles it to machine code at the next. A split's copy has `y` added: the original too.
    const pairs: [string, string][] = JSON.parse(readFileSync(option, 'utf8'));
    for (const [source, flags] of pairs) {
      for (const f of new Set([flags, flags.replace('y', '')])) {
        for (const text of ['ab 12', '年报 12']) for (let i = 0; i < 2; i++) new RegExp(source, f).exec(text);
      }
    }
  }
  const start = cpuUsage();
  extract(pageFromCheerio(tree), { url: null });
  const spent = cpuUsage(start);
  console.log((spent.user + spent.system) / 1000);
}
