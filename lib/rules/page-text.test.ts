import { describe, expect, it } from 'vitest';
import { makeContext } from '../../test/support/report.ts';
import { footerOf, pageGovernmentSites, pageText, spotsAt, spotsOf } from './page-text.ts';

// tieling-2019: the notice a mirror renamed in the first paragraph, its name again in the footer.
const ctx = makeContext({
  title: '铁岭市2019年度政府信息公开工作报告',
  lines: ['按照《即时比分办公厅关于做好2019年度政府信息公开工作报告编制发布等工作的通知》要求', '版权所有:即时比分 主办单位:即时比分办公厅'],
});
const texts = (spots: ReturnType<typeof spotsAt>) => spots.map((s) => `${s.line}:${ctx.pageLines[s.line]!.slice(s.start, s.end)}`);

describe('where the page text\'s characters stand in its lines', () => {
  it('gives the line and the characters of a span of the page\'s text, in each line it runs over; none in the title', () => {
    const text = pageText(ctx);
    const at = text.indexOf('即时比分办公厅');
    expect(spotsAt(ctx, at, at + 7)).toEqual([{ lines: 'body', line: 0, start: 3, end: 10 }]);
    // From the end of the first line into the second.
    const end = text.indexOf('要求');
    expect(texts(spotsAt(ctx, end, text.indexOf(':') + 1))).toEqual(['0:要求', '1:版权所有:']);
    expect(spotsAt(ctx, 0, 3)).toEqual([]);
  });

  it('finds every place the lines print each word, in the page\'s order, and none in the title', () => {
    expect(texts(spotsOf(ctx, ['即时比分']))).toEqual(['0:即时比分', '1:即时比分', '1:即时比分']);
    expect(texts(spotsOf(ctx, ['主办单位', '按照']))).toEqual(['0:按照', '1:主办单位']);
    expect(spotsOf(ctx, ['铁岭市'])).toEqual([]);
  });
});

describe('what more than one rule reads of the page, read once per page', () => {
  it('gives the government sites the text names, and the footer with its owners, the same for every rule that asks', () => {
    // A changzhou-2019 mirror's sentence (its portal's address rewritten) over succ-2024's footer line.
    const page = makeContext({ lines: ['本年度报告的电子版可从常州市人民政府门户网站(www.loyalmeds.com)下载以及在“我的常州”APP查询。', '版权所有：上海城建职业学院'] });
    expect(pageGovernmentSites(page).map((g) => g.host)).toEqual(['www.loyalmeds.com']);
    expect(pageGovernmentSites(page)).toBe(pageGovernmentSites(page));
    expect(footerOf(page)).toEqual({ lines: ['版权所有：上海城建职业学院'], owners: ['上海城建职业学院'] });
    expect(footerOf(page)).toBe(footerOf(page));
    // Another page (other lines) reads its own.
    expect(footerOf(makeContext({ lines: ['版权所有：上海城建职业学院'] }))).not.toBe(footerOf(page));
  });
});
