// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { steadyText, headTextOf, looksLikeReport, pageOf, watchChanges } from './detect.ts';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures/pages', name), 'utf8');

describe('looksLikeReport', () => {
  it.each([
    '铁岭市2019年度政府信息公开工作报告',
    '隆德县城关镇2021年政府信息公开年度报告',
    '某某局2020年政府信息公开工作年度报告_政府信息公开年报',
    '政 务 信 息 公 开 年 报',
    '鐵嶺市2019年度政府信息公開工作報告',
    '兴华乡2010年政府信息公开报告',
    // Named as 黄龙县市场监督管理局 names its report (编制本单位2022年度政务公开工作年度报告), which the engine reads as one.
    '黄龙县市场监督管理局2022年度政务公开工作年度报告',
    // A mirror's pinyin after each character.
    '懷化市統(tǒng)計局2017年政府信息公開工作年度報(bào)告',
  ])('accepts the title %s', (title) => expect(looksLikeReport(title, '')).toBe(true));

  it.each([
    ['关于开展政务公开工作的通知', '首页 政务公开 政府信息公开年报 政府工作报告 2020年3月1日 通知全文'],
    ['2021年政府工作报告', '政府工作报告 各位代表'],
    ['某县2023年政务公开工作要点', '首页 政务公开 2023年政务公开工作要点 一、'],
    ['', ''],
    // A body's rules for its reports (near/lvliang-nbzd-mirror, on 吕梁's portal before the mirror took it).
    ['山西省人民政府办公厅政府信息公开年度报告制度(试行)', '第一条 为规范全省政府信息公开年度报告工作'],
  ])('rejects %s', (title, head) => expect(looksLikeReport(title, head)).toBe(false));

  it('accepts a page whose text says it was compiled under the 条例 with a 统计期限, whatever its title; not a 指南', () => {
    const head = '本年度报告根据《中华人民共和国政府信息公开条例》的要求编制。本年度报告中所列数据统计期限从2023年1月1日到12月31日止。一、总体情况';
    expect(looksLikeReport('永嘉县人民政府', head)).toBe(true);
    expect(looksLikeReport('永嘉縣人民政府', '本年度報告根據《中華人民共和國政府信息公開條例》的要求編制。本年度報告中所列數據統計期限從2023年1月1日到12月31日止。')).toBe(true);
    expect(looksLikeReport('政府信息公开指南', '根据《中华人民共和国政府信息公开条例》，编制本指南。一、主动公开 二、依申请公开')).toBe(false);
    // Nor does 湖南省政府办公厅's (2019/hunan-szfbgt-2020-acorahome, 繁体 on a mirror): the report says it was made under the 条例.
    expect(looksLikeReport('', '本報告根據《中華人民共和國政府信息公開條例》(國務院令第711號)(以下簡稱“條例”)編制,由總體情況、主動公開政府信息情況…六個部分組成。')).toBe(true);
    // 北京's opening names no period: it says the report was made (bj-dongcheng-2020).
    expect(looksLikeReport('北京市东城区人民政府', '依据《中华人民共和国政府信息公开条例》第五十条之规定,制作本报告。一、总体情况')).toBe(true);
  });

  it('passes over what the engine does not take for a report: a 自查报告 形成 under the 条例, a 模板 made of the report (from review)', () => {
    expect(looksLikeReport('某局2022年政务公开工作自查', '根据市政务公开办通知要求，我局对照《中华人民共和国政府信息公开条例》开展了自查，形成本报告。一、主动公开政府信息情况。')).toBe(false);
    expect(looksLikeReport('市政府办公室召开会议', '1月28日，市政府办公室依据《中华人民共和国政府信息公开条例》第五十条之规定，制作了本年度报告的模板，并召开会议部署。')).toBe(false);
  });

  it('accepts a dated report name in the body when the title is generic', () => {
    expect(looksLikeReport('政务公开', '首页 > 正文 某区2019年政府信息公开工作年度报告 根据条例')).toBe(true);
  });

  // The page's title empty, its breadcrumb's 政府信息公开年报 undated: the report's opening says what it is, or its table does.
  it('accepts a page with no title that opens on the 国办 notice on these reports, or on 表三\'s rows', () => {
    // 瑞安市安阳街道's 2023 report (ruian.gov.cn xxgkAnnualReport.jsp?area=001008003004074&fbtime=2023).
    expect(looksLikeReport('', '首页 > 政务公开 > 政府信息公开年报 本报告依据《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2021〕30号）要求，由安阳街道办事处结合有关统计数据编制。本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。')).toBe(true);
    // 长春市体育局's 2023 report (js.changchun.gov.cn …/ndbg/202401/t20240115_3271106.html), its 表三 after a short 总体情况.
    expect(looksLikeReport('', '首页 > 政务公开 > 政府信息公开年报 一、总体情况 （一）主动公开信息情况。本年度我局门户网站围绕市委、市政府的中心工作… 三、收到和处理政府信息公开申请情况 申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他一、本年新收政府信息公开申请数量3000003二、上年结转政府信息公开申请数量0000000')).toBe(true);
    // The notice cited without a period of the page's own: a news item on it, no report.
    expect(looksLikeReport('', '首页 > 政务公开 国务院办公厅政府信息与政务公开办公室印发《关于政府信息公开工作年度报告有关事项的通知》，对年度报告的格式作出规范。')).toBe(false);
  });

  // Their <title> empty and their heading lost, the text opening at 一、总体情况 (test/corpus: 2021/guangzhou-yuexiu-baiyunjie-2022,
  // legacy/jkh-xiang-2016, legacy/sinan-tingziba-2014).
  it('accepts a page with no title that opens on the report\'s outline, in the 2019/2021 or the 2008 format', () => {
    expect(looksLikeReport('', '一、总体情况 2022年,白云街以习近平新时代中国特色社会主义思想为指导,…严格落实《政府信息公开条例》要求,按照市、区部署全面推进政务公开工作。 (一)主动公开方面 坚持做好常态化疫情信息发布,…2022年白云街政府网站公开政府信息84条。 (二)依申请公开方面 强化为民服务理念,…2022年,我街共受理政府信息公开申请1件')).toBe(true);
    expect(looksLikeReport('', '一、总体情况 一是加强组织机构建设。…2016年初,我乡健全了政府信息公开工作领导小组。 五是主动公开政府信息。截至2016年12月31日,我乡主动公开政府信息93条,全文电子化达100%。 二、主动公开政府信息的情况 第二十条第(一)项 信息内容本年新制作数量本年新公开数量对外公开总数量')).toBe(true);
    expect(looksLikeReport('', '我镇政府信息公开主要采用网络及宣传栏公示形式发布。2014年我镇主动公开政府信息数160条。 三、政府信息依申请公开情况 2014年,我镇没有依申请公开政府信息办理事项。 四、政府信息公开的收费及减免情况 2014年度及历年来,我镇政府信息公开没有收费及减免的情况。')).toBe(true);
  });

  // 繁体, as a mirror shows it or a portal's 繁體 button turns it (legacy/c3e5-dzj-2010).
  it('reads the outline in traditional characters', () => {
    expect(looksLikeReport('', '一、概述 根據《條例》要求,2010年,我局繼續開展政府信息公開工作。 二、政府信息主動公開情況 (一)公開情況 我局2010年共主動公開政府信息175條')).toBe(true);
  });

  it('passes over the parts where no report lays them out: a 指南\'s, the old 条例\'s (三)…, a notice listing them', () => {
    expect(looksLikeReport('政府信息公开指南', '一、主动公开 (一)公开范围 (二)公开方式 二、依申请公开 (一)受理机构 (二)申请方式')).toBe(false);
    expect(looksLikeReport('', '第三十二条 政府信息公开工作年度报告应当包括下列内容：（一）行政机关主动公开政府信息的情况；（二）行政机关依申请公开政府信息和不予公开政府信息的情况；（三）政府信息公开的收费及减免情况；（四）因政府信息公开申请行政复议、提起行政诉讼的情况')).toBe(false);
    expect(looksLikeReport('关于做好年度报告工作的通知', '年度报告包括一、总体情况，二、主动公开政府信息情况，三、收到和处理政府信息公开申请情况等六部分。')).toBe(false);
  });
});

describe('headTextOf', () => {
  it('reads the h1 and a bounded slice of visible text', () => {
    document.documentElement.innerHTML = fixture('tieling-2019.html').replace(/^<!DOCTYPE html>/, '');
    const head = headTextOf(document, 500);
    expect(head.length).toBe(500);
    expect(head.startsWith('铁岭市2019年度政府信息公开工作报告')).toBe(true);
    expect(looksLikeReport(document.title, head)).toBe(true);
  });

  it('skips script text', () => {
    document.body.innerHTML = '<script>var 年报 = 1</script><p>正文</p>';
    expect(headTextOf(document)).toBe('正文');
  });
});

describe('steadyText', () => {
  it('is the same while a clock and a visit counter tick', () => {
    const at = (clock: string, visits: string) => steadyText(`今天是2024年3月5日 ${clock} 访问量：${visits} 某某市2023年政府信息公开工作年度报告`);
    expect(at('09:15:07', '98231')).toBe(at('09:15:38', '98232'));
    expect(at('9:15', '12')).toBe(at('10:02', '1400'));
  });

  it("tells one issuer's 2022 report from its 2023 report", () => {
    expect(steadyText('某某市2022年政府信息公开工作年度报告 统计期限为2022年1月1日至12月31日'))
      .not.toBe(steadyText('某某市2023年政府信息公开工作年度报告 统计期限为2023年1月1日至12月31日'));
  });
});

describe('watchChanges', () => {
  afterEach(() => { vi.useRealTimers(); });
  // The portal's shell first, its article loaded a second later (Hanweb's jpage, a Vue 信息公开平台).
  const shell = () => { document.title = '信息公开平台'; document.body.innerHTML = '<div id="app">加载中…</div>'; };
  const looker = () => vi.fn(() => looksLikeReport(document.title, headTextOf(document)));
  const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve));

  it('looks again once the body arrives, at most once per interval, and stops once it says yes', async () => {
    vi.useFakeTimers();
    shell();
    const look = looker();
    watchChanges(document, look, 500, 15_000);
    document.querySelector('#app')!.textContent = '首页 > 政务公开';
    await flush();
    document.querySelector('#app')!.append(' > 年报');
    await flush();
    vi.advanceTimersByTime(500);
    expect(look).toHaveBeenCalledTimes(1);
    expect(look).toHaveLastReturnedWith(false);
    document.querySelector('#app')!.innerHTML = '<h1>某区2019年政府信息公开工作年度报告</h1><p>根据条例</p>';
    await flush();
    vi.advanceTimersByTime(500);
    expect(look).toHaveBeenCalledTimes(2);
    expect(look).toHaveLastReturnedWith(true);
    document.body.append('更多');
    await flush();
    vi.advanceTimersByTime(5000);
    expect(look).toHaveBeenCalledTimes(2);
  });

  it('gives up after its time, and does nothing on a page that does not change', async () => {
    vi.useFakeTimers();
    shell();
    const look = looker();
    watchChanges(document, look, 500, 15_000);
    vi.advanceTimersByTime(20_000);
    expect(look).not.toHaveBeenCalled();
    document.body.innerHTML = '<h1>某区2019年政府信息公开工作年度报告</h1>';
    await flush();
    vi.advanceTimersByTime(1000);
    expect(look).not.toHaveBeenCalled();
  });

  it('stops when told to', async () => {
    vi.useFakeTimers();
    shell();
    const look = looker();
    const stop = watchChanges(document, look);
    document.body.append('变化');
    await flush();
    stop();
    vi.advanceTimersByTime(1000);
    expect(look).not.toHaveBeenCalled();
  });
});

describe('pageOf', () => {
  it('keeps what names another page: path, query, a hash route', () => {
    expect(pageOf('http://xxgk.example.gov.cn/#/article/12')).toBe('http://xxgk.example.gov.cn/#/article/12');
    expect(pageOf('http://xxgk.example.gov.cn/#!/nb/2022')).toBe('http://xxgk.example.gov.cn/#!/nb/2022');
    expect(pageOf('http://www.example.gov.cn/col/col123/index.html?uid=4&pageNum=2')).toBe('http://www.example.gov.cn/col/col123/index.html?uid=4&pageNum=2');
  });

  it('drops a jump within the page', () => {
    expect(pageOf('http://www.example.gov.cn/art/2022/1/19/art_1_1.html#section2')).toBe('http://www.example.gov.cn/art/2022/1/19/art_1_1.html');
    expect(pageOf('http://www.example.gov.cn/art/2022/1/19/art_1_1.html#')).toBe('http://www.example.gov.cn/art/2022/1/19/art_1_1.html');
  });
});
