import { describe, expect, it } from 'vitest';
import { roundupGovernment } from './roundup.ts';

describe('the government of a roundup report', () => {
  // xingan-wlht-2020: no title, no 落款; the whole city's bodies as the subject, the city named by its site.
  const wlht = ['2020年,全市各级行政机关以习近平新时代中国特色社会主义思想为指导,全面落实…部署。2020年共主动公开信息13970条。',
    '2020年,全市各级行政机关通过政府网站、政务新媒体、政府公报等各种公开平台主动公开规章0件,规范性文件1件;通过乌兰浩特市政务公开网主动公开相关行政许可…事项信息。加大解读回应力度,2020年市政府办公室组织新闻发布会2场'];

  it('is the one place of its level the text names by its government or site', () => {
    expect(roundupGovernment(wlht)).toEqual({ value: '乌兰浩特市人民政府', line: 1 });
  });

  it('is none where the text names two places of the level, or is no roundup', () => {
    expect(roundupGovernment([...wlht, '按照德州市人民政府要求…'])).toBeNull();
    expect(roundupGovernment(['市应急局紧紧围绕全市发展大局…', '按市应急管理局、阿尔山市人民政府要求做好相关栏目维护。'])).toBeNull();
  });

  it('takes no run of words before a government for a place (a roundup\'s common wording)', () => {
    for (const line of ['2020年,全市各级行政机关在市委市政府的正确领导下,主动公开信息100条。', '2020年,全市各级行政机关通过市政府门户网站主动公开信息100条。',
      '全市各级行政机关通过各县市政府网站公开信息。', '全市各级行政机关及县市区政府主动公开信息。']) {
      expect(roundupGovernment([line]), line).toBeNull();
    }
    expect(roundupGovernment(['2020年,全市各级行政机关和部门通过乌兰浩特市政务公开网主动公开信息。'])).toEqual({ value: '乌兰浩特市人民政府', line: 0 });
    // Beside such words, the one place named still is.
    expect(roundupGovernment(['2020年,全市各级行政机关在市委市政府的正确领导下,主动公开信息100条。', ...wlht.slice(1)])).toEqual({ value: '乌兰浩特市人民政府', line: 1 });
    // A name ending with a level after its own 市 is a place's all the same (荆州市沙市区, 乌鲁木齐市新市区).
    const district = ['2021年,全区各级行政机关认真贯彻落实《条例》。', '通过沙市区人民政府门户网站主动公开政府信息1200条。'];
    expect(roundupGovernment(district)).toEqual({ value: '沙市区人民政府', line: 1 });
    expect(roundupGovernment([district[0]!, '通过新市区政府网站主动公开政府信息1200条。'])).toEqual({ value: '新市区人民政府', line: 1 });
  });
});
