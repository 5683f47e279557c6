import { describe, expect, it } from 'vitest';
import { footerNamesHost, pageFooter, siteOwners } from './site-owner.ts';

describe('siteOwners', () => {
  it('reads the owner a site\'s footer names, after 主办单位/Copyright/© or before 版权所有 (公积金 sites, a 团省委\'s)', () => {
    expect(siteOwners(['© 宁波市住房公积金管理中心 版权所有', '备案/许可证号：浙ICP备14024908号'])).toEqual(['宁波市住房公积金管理中心']);
    expect(siteOwners(['Copyright @2020 贵港市住房公积金管理中心 版权所有'])).toEqual(['贵港市住房公积金管理中心']);
    expect(siteOwners(['Copyright @ 南京住房公积金管理中心 版权所有'])).toEqual(['南京住房公积金管理中心']);
    expect(siteOwners([
      '主办单位：共青团湖南省委、湖南省教育厅、湖南省文化厅、湖南省青年联合会、湖南省学生联合会 组委会办公地址： 湖南省长沙市天心区湘府西路1号',
      '共青团湖南省委 版权所有 信息网络传播许可证号：19255107 互联网新闻信息服务许可证号：461205036',
    ])).toEqual(['共青团湖南省委']);
  });

  it('reads no owner of a mirror\'s Latin name, nor of a count of proposals a body led (主办10件)', () => {
    expect(siteOwners(['Copyright © 2020 autobant 版权所有'])).toEqual([]);
    expect(siteOwners(['承办建议提案48件,人大建议11件(主办10件、会办1件),政协提案37件(主办24件,会办13件),内容涉及市政设施管理、垃圾分类、园林绿化等方面。'])).toEqual([]);
  });

  it('reads the footer under the report\'s last sentence, not a sentence of the report naming a 主办单位', () => {
    const page = ['2020年,市公积金中心举办“政府开放日”活动,活动主办单位为上海市公积金管理中心。', '公开市公积金中心制定的住房公积金政策164条,主要涉及住房公积金缴存、使用等的具体办理规定。', '上海市公积金管理中心', '2021年1月', '主办单位：上海市公积金管理中心', '沪ICP备05006588号'];
    expect(pageFooter(page)).toEqual(page.slice(2));
    expect(siteOwners(pageFooter(page.slice(0, 1)))).toEqual([]);
    // Where a 为 stands between, the name is cut at it.
    expect(siteOwners(['本网站主办单位为上海市公积金管理中心'])).toEqual(['上海市公积金管理中心']);
  });

  it('ties a footer to the host only by an address of the same site it gives', () => {
    const footer = ['浙ICP备13024743号-1 COPYRIGHT ©2005 www.zjgjj.com ALL RIGHTS RESERVED'];
    expect(footerNamesHost(footer, 'zjgjj.com')).toBe(true);
    expect(footerNamesHost(footer, 'autobant.com')).toBe(false);
    expect(footerNamesHost(['上海市公积金管理中心 版权所有 沪ICP备05006588号'], 'autobant.com')).toBe(false);
  });
});
