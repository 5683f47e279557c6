// What a document reader says it read: the characters of its Spot in the lines it was given.
import type { Located } from '../../lib/document/page-text.ts';

/** The text at `read.at` in `lines`, or null where the reader gave no place. */
export const textAt = (lines: readonly string[], read: Located<unknown> | null | undefined): string | null =>
  read?.at ? lines[read.at.line]!.slice(read.at.start, read.at.end) : null;
