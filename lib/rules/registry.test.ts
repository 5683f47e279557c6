import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Warning } from '../schema.ts';
import { CATALOGUE } from './registry.ts';

const here = (path: string) => new URL(path, import.meta.url);
/** How many Chinese characters a text has. */
const han = (text: string) => text.match(/\p{Script=Han}/gu)?.length ?? 0;
/** How many English words a text has, addresses left out. */
const englishWords = (text: string) => text.replace(/https?:\/\/\S+/g, '').match(/\b[A-Za-z]{2,}\b/g)?.length ?? 0;

describe('the rule registry', () => {
  it('has unique ids of the form <area>/<name>', () => {
    const ids = CATALOGUE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(Warning.shape.rule.safeParse(id).success, id).toBe(true);
  });

  it.each(CATALOGUE.map((r) => [r.id, r] as const))('%s is documented and lives in its own tested file', (id, rule) => {
    expect(rule.description.trim()).not.toBe('');
    expect(existsSync(here(`./${id}.ts`)), `lib/rules/${id}.ts`).toBe(true);
    expect(existsSync(here(`./${id}.test.ts`)), `lib/rules/${id}.test.ts`).toBe(true);
  });

  // UX review 5: a journalist met "Check: prose restating a table figure…", 旧版统计表, "the period is taken as null", an "info grid".
  it.each(CATALOGUE.map((r) => [r.id, r] as const))('%s tells a reader what it checks in a reader\'s words, not the code\'s', (id, rule) => {
    const texts = [rule.description, ...[rule.rationale, rule.example.passes, rule.example.fails].flatMap((t) => [t.zh, t.en])];
    // A rule's id, said to look it up (see prose/parts-sum), is no word of the text.
    for (const text of texts) expect(text.replace(/\b[a-zA-Z]+\/[a-z-]+\b/g, ''), id).not.toMatch(/\b(legacy|prose|grid|slot|null|verdict)\b|旧版|空值/i);
  });

  it.each(CATALOGUE.map((r) => [r.id, r] as const))('%s says why, and gives a report it passes and one it fails, in Chinese and in English', (id, rule) => {
    const texts = { rationale: rule.rationale, passes: rule.example.passes, fails: rule.example.fails };
    for (const [what, { zh, en }] of Object.entries(texts)) {
      expect(zh.trim(), `${id} ${what} in Chinese`).not.toBe('');
      expect(typeof en, `${id} ${what} in English`).toBe('string');
      // Not the Chinese again, nor a Chinese quote with a word or two: an English sentence, quoting the page where it must.
      expect(en.trim(), `${id} ${what} in English`).not.toBe(zh.trim());
      expect(englishWords(en), `${id} ${what} in English: ${en}`).toBeGreaterThanOrEqual(3);
    }
    expect(englishWords(rule.rationale.en), `${id}: its English rationale is English prose`).toBeGreaterThan(han(rule.rationale.en));
  });

  // The law's English: 规章 are (administrative) rules; "the Regulations", capitalised, is the 条例 alone (review 20 no. 7).
  it.each(CATALOGUE.map((r) => [r.id, r] as const))('%s calls no 规章 "regulations" in English', (id, rule) => {
    const english = [rule.description, rule.rationale.en, rule.example.passes.en, rule.example.fails.en];
    for (const text of english) expect(text, id).not.toMatch(/\bregulations?\b/);
  });
});
