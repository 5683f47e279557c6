import { describe, expect, it } from 'vitest';
import { messagesFor } from './i18n.ts';

describe('English messages', () => {
  const en = messagesFor('en');
  it('count in the singular and the plural, the badge calling the warnings and info other findings (the panel\'s Findings)', () => {
    expect(en.badgeTitle({ kind: 'errors', errors: 1, others: 1, copy: false })).toBe('GovReport Lens: 1 error, 1 other finding — click to see');
    expect(en.badgeTitle({ kind: 'errors', errors: 2, others: 3, copy: false })).toBe('GovReport Lens: 2 errors, 3 other findings — click to see');
    expect(en.badgeTitle({ kind: 'clean', others: 1 })).toBe('GovReport Lens: No errors (1 other finding)');
    expect(en.badgeTitle({ kind: 'copy', others: 1 })).toMatch(/No errors \(1 other finding\) — click to see$/);
    // ux14: a copy none of whose tables was read is not said to have no errors.
    expect(en.badgeTitle({ kind: 'copy', unchecked: true, others: 2 })).toMatch(/issuer's site\. Not checked \(2 findings\) — click to see$/);
    expect(messagesFor('zh').verdict({ kind: 'copy', unchecked: true, others: 2 })).toBe('可能是镜像、转载或范文，数字请与发布机关网站核对；未核对（2 条提醒或信息）');
    // swu-2015: its text's figures agree; its 3 findings are on other things, not of that check.
    expect(messagesFor('zh').verdict({ kind: 'not-checked', why: 'prose', figureFindings: 0, others: 3 }))
      .toBe('只核对了正文：本页没有读到统计表，正文中的数字已相互核对，未见不符；另有 3 条其他提醒或信息');
    expect(messagesFor('zh').verdict({ kind: 'not-checked', why: 'prose', figureFindings: 1, others: 1 }))
      .toBe('只核对了正文：本页没有读到统计表，正文中的数字已相互核对，有 1 条提醒或信息');
    expect(en.verdict({ kind: 'not-checked', why: 'prose', figureFindings: 2, others: 3 }))
      .toBe('Text only: no table was read; the text\'s figures were checked against each other: 2 findings (1 other finding)');
    expect(en.verdict({ kind: 'not-checked', why: 'prose', figureFindings: 0, others: 3 })).toBe('Text only: no table was read; the text\'s figures agree with each other (3 other findings)');
    expect(en.badgeTitle({ kind: 'unsure', others: 2 })).toBe('GovReport Lens: No errors (2 other findings), but this may not be a disclosure report: make sure it is one');
    // ux6: it offered to "Read the other 1 page".
    expect([en.readPages(1), en.readingPages(1), en.readingPages(2)]).toEqual(['Read the other page and check the whole report', 'Reading the other page…', 'Reading the other 2 pages…']);
    // ux6: the status line said "Gone to place 2 of 3".
    expect(en.placeShown(2, 3)).toBe('Showing place 2 of 3 on the page');
    expect([en.optForget(1), en.optForget(4), en.shownOnPage(1)]).toEqual(['Forget the 1 report remembered', 'Forget the 4 reports remembered', 'Shown on the page: 1 place']);
  });
});
