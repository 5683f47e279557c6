import { describe, expect, it } from 'vitest';
import { followsReportOutline } from './report-outline.ts';
import { EARLIER_PARTS, FORMAT_PARTS } from './report-parts.ts';

describe('followsReportOutline', () => {
  it('follows the pre-2019 parts from a page that starts mid-report (izibackup-wwj-2017-spam: 三、四、五)', () => {
    expect(followsReportOutline(['By -迈娘', '三、政府信息依申请公开情况',
      '本局2017年共受理信息公开申请10件,其中当面申请1宗,占10%;网上申请9宗,占90%;信函申请0宗,占0%。', '四、政府信息公开收费情况',
      '本局2017年度依申请公开收取的费用(检索费、邮寄费、复制费等)为0元。', '五、因信息公开引起的行政复议和行政诉讼情况', '2017年度针对我局有关的行政复议案0件。'])).toBe(true);
    // 北京's wording of them, its own parts between (c3e5-dzj-2010).
    expect(followsReportOutline(['一、概述', '二、政府信息主动公开情况', '(一)公开情况', '三、政府信息依申请公开情况', '四、人员和收支情况', '五、谘询情况',
      '六、行政复议和行政诉讼情况', '七、主要问题和改进措施'])).toBe(true);
  });

  it('follows 一、总体情况 and the items it accounts for (hospital-bengbu-county-2020, cut in its first part)', () => {
    expect(followsReportOutline(['一、总体情况', '(一)主动公开政府信息情况。2020年,我院按照县政府信息公开工作要求,及时对政府信息公开内容和栏目进行完善、更新和规范,共制作和主动发布政府信息207条。',
      '(二)依申请公开办理情况。2020年,县医院未收到通过受理电话、网络平台、来信等方式提出的相关政府信息公开申请。', '(三)政府信息公开管理情况'])).toBe(true);
    // Its items numbered 1. 2., a mirror's spam words in place of 政府信息公开 (mirror-cncdsbwlw-xiang-2021).
    expect(followsReportOutline(['一、总体情况', '1.主动公开。通过政务公开网站,依法公开工作职能、机构设置、办公地址。', '4.飞禽走兽老虎机平台管理。目前主抓微信公众号。',
      '三、收到和处理飞禽走兽老虎机申请情况'])).toBe(true);
  });

  it('follows the 2019 format\'s parts where they name who acts (wuhan-hannan-ybj-2020, no title, cut in 表三)', () => {
    expect(followsReportOutline(['一、总体情况', '2020年,武汉经济技术开发区(汉南区)医疗保障局政府信息公开工作在工委(区委)、管委会(区政府)的领导下,突出医疗保障工作主旋律。',
      '二、行政机关主动公开政府信息情况', '2020年我局在武汉经济技术开发区(汉南区)政务网主动公开其他文件1件,其他对外服务事项1条。',
      '三、行政机关收到和处理政府信息公开申请情况', '全年无涉及政府信息公开申请情况。'])).toBe(true);
  });

  it('takes a 指南\'s topics, a rule\'s list of what a report holds and a work summary\'s two steps for no outline', () => {
    // jiyuan-dayu-zhinan: 主动公开 and 依申请公开 are its topics, no parts' titles.
    expect(followsReportOutline(['一、目录编排体系', ' 二、主动公开', '(一)公开范围', '三、依申请公开', '(一)受理机构'])).toBe(false);
    // jtj-nbzd-mirror: the items a unit's report must hold, under a rule's 第二条.
    expect(followsReportOutline(['第二条 报告的内容:', '(一)主动公开政府信息的情况', '(二)政府信息依申请公开情况及不予公开政府信息的情况',
      '(三)依申请政府信息公开收费及费用减免情况', '(四)申请复议、提起行政诉讼情况'])).toBe(false);
    // The 格式 notice's 一、报告内容 (guoban-geshi-2021-mirror); two steps alone (mirror-hongxingpaper-sasac-2020, cut short).
    expect(followsReportOutline(['一、报告内容', '年度报告内容,要严格按照《中华人民共和国政府信息公开条例》第五十条的规定确定。', '(一)总体情况。'])).toBe(false);
    expect(followsReportOutline(['一、总体情况', '2020年,国资委坚持以习近平新时代中国特色社会主义思想为指导。', '(一)主动公开情况。'])).toBe(false);
    // Steps out of order are no outline.
    expect(followsReportOutline(['五、存在的主要问题及改进情况', '二、主动公开政府信息情况', '一、总体情况'])).toBe(false);
  });

  it('follows each format\'s parts, in every wording report-parts.ts gives them', () => {
    const numbers = '一二三四五六七';
    for (const parts of [FORMAT_PARTS, EARLIER_PARTS]) {
      const widest = Math.max(...parts.map((p) => p.variants.length));
      for (let v = -1; v < widest; v++) {
        const outline = parts.map((p, k) => `${numbers[k]}、${v < 0 ? p.title : p.variants[v] ?? p.title}`);
        expect(outline, outline.join(' ')).toSatisfy(followsReportOutline);
      }
    }
    // A 高校's first parts, as school-yangtzeu-2020 heads its 概述 and names the rest (报告内容包括:概述、主动公开情况、依申请公开和不予公开情况…).
    expect(followsReportOutline(['一、信息公开工作概述', '二、主动公开情况', '三、依申请公开和不予公开情况'])).toBe(true);
  });
});
