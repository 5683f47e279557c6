import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesDoc } from './doc.ts';
import { CATALOGUE } from './registry.ts';

describe('docs/rules.md', () => {
  it('is what the registry generates (run `npm run docs:rules` after changing a rule)', () => {
    const onDisk = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(rulesDoc(CATALOGUE));
  });
});
