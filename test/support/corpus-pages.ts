// Every real page the team keeps (test/corpus/ and test/fixtures/), as paths from the repository's root, sorted: what the
// corpus script runs the CLI over and what the detector's corpus test reads.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOTS = ['test/corpus', 'test/fixtures'];
const PAGE = /\.(?:html?|mht(?:ml)?)$/i;

export function corpusPages(): string[] {
  return ROOTS.flatMap((root) => readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && PAGE.test(d.name))
    .map((d) => relative('.', join(d.parentPath, d.name))))
    .sort();
}
