import { describe, expect, it } from 'vitest';
import { siteOwners } from './site-owner.ts';

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
});
