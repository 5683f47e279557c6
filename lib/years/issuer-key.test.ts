import { describe, expect, it } from 'vitest';
import { issuerKey } from './issuer-key.ts';

describe('issuerKey', () => {
  it('is one key for the ways one body\'s reports spell its name from year to year', () => {
    const key = issuerKey('铁岭市人民政府办公室');
    expect(['铁岭市政府办公室', '铁岭市人民政府 办公室', '铁岭市人民政府·办公室', '铁岭市人民政府办公室（）'].map(issuerKey)).toEqual([key, key, key, key]);
  });

  it('keeps different bodies apart', () => {
    expect(issuerKey('铁岭市人民政府')).not.toBe(issuerKey('铁岭市人民政府办公室'));
    expect(issuerKey('铁岭县人民政府')).not.toBe(issuerKey('铁岭市人民政府'));
  });
});
