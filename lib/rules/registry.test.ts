import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Warning } from '../schema.ts';
import { CATALOGUE } from './registry.ts';

const here = (path: string) => new URL(path, import.meta.url);

describe('the rule registry', () => {
  it('has unique ids of the form <area>/<name>', () => {
    const ids = CATALOGUE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(Warning.shape.rule.safeParse(id).success, id).toBe(true);
  });

  it.each(CATALOGUE.map((r) => [r.id, r] as const))('%s is documented and lives in its own tested file', (id, rule) => {
    expect(rule.description.trim()).not.toBe('');
    expect(rule.rationale.trim()).not.toBe('');
    expect(rule.example.passes.trim()).not.toBe('');
    expect(rule.example.fails.trim()).not.toBe('');
    expect(existsSync(here(`./${id}.ts`)), `lib/rules/${id}.ts`).toBe(true);
    expect(existsSync(here(`./${id}.test.ts`)), `lib/rules/${id}.test.ts`).toBe(true);
  });
});
