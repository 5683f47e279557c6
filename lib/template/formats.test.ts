import { describe, expect, it } from 'vitest';
import { formatFor } from './formats.ts';

describe('formatFor', () => {
  it('gives the 2019 format to the 2019 and 2020 reports, the 2021 format from 2021 on, none before', () => {
    expect([2018, 2019, 2020, 2021, 2024].map(formatFor)).toEqual([null, '2019', '2019', '2021', '2021']);
  });
});
