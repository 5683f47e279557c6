import { describe, expect, it } from 'vitest';
import { issuerKind, lowerOrOtherGovernment, withoutRulemaking, zoneOf } from './issuer.ts';

describe('issuerKind', () => {
  it.each([
    ['铁岭市人民政府', 'government'], ['上海市人民政府办公厅', 'department'], ['某县农业农村局', 'department'],
    ['城关镇人民政府', 'township'], ['小板桥街道办事处', 'township'], ['舒兰市天德乡人民政府', 'township'],
    // Y probe: a place named alone issues the government-wide report (周口市 2022); a 苏木 is a township.
    ['周口市', 'government'], ['辽宁省', 'government'], ['郑州市金水区', 'government'], ['锡林郭勒盟', 'government'], ['中山市', 'government'], ['会理市', 'government'],
    ['巴彦查干苏木', 'township'], ['周口市统计局', 'department'], ['郑州市发展和改革委员会', 'department'],
    ['周口市人民政府办公室', 'department'], ['市中心医院', 'department'],
    // A region some body runs is neither a government nor a department (CB probe: 平潭综合实验区's whole-area reports).
    ['某某社区', 'region'], ['经济技术开发区', 'region'], ['高新区', 'region'], ['城南学区', 'region'],
    ['国家农业科技园区', 'region'], ['示范区', 'region'], ['平潭综合实验区', 'region'], ['苏州工业园区管理委员会', 'region'],
    ['天津经济技术开发区管委会', 'region'], ['上海市浦东新区', 'government'], ['开发区管委会办公室', 'department'],
    // A 风景名胜区 is one too, as its 景区 (kmxs-xsjq-2017: 昆明滇池国家级风景名胜区西山景区管理局).
    ['武陵源风景名胜区', 'region'], ['昆明滇池国家级风景名胜区西山景区', 'region'],
    // A 新区 or any other 区 its 管委会 runs (review 18: 湖南湘江新区管理委员会 was taken for a department); not a department
    // that manages (国有资产监督管理委员会), nor a 新区's government.
    ['湖南湘江新区管理委员会', 'region'], ['雄安新区管委会', 'region'], ['陕西省西咸新区管理委员会', 'region'], ['旅游度假区管委会', 'region'],
    ['天津市滨海新区人民政府', 'government'], ['长沙市国有资产监督管理委员会', 'department'], ['湖南湘江新区管理委员会办公室', 'department'],
    [null, 'unknown'],
  ])('%s is %s', (name, kind) => expect(issuerKind(name)).toBe(kind));
});

describe('zoneOf', () => {
  it.each([
    // qeda-jfj-2021: a 经开区's bureau; a 管委会's office or department; not a zone itself, a district's bureau or a government's department.
    ['经济技术开发区经济发展局', '经济技术开发区'], ['开发区管委会办公室', '开发区管委会'], ['湖南湘江新区管理委员会办公室', '湖南湘江新区管理委员会'],
    ['旅游度假区管委会财政局', '旅游度假区管委会'],
    ['经济技术开发区', null], ['苏州工业园区管理委员会', null], ['上海市浦东新区财政局', null], ['某县农业农村局', null], ['郑州市金水区教育局', null],
  ])('%s: %s', (name, zone) => expect(zoneOf(name)).toBe(zone));
});

describe('withoutRulemaking', () => {
  it.each([
    ['桃江县松木塘镇人民政府', 'township'], ['平潭综合实验区', 'region'], ['经济技术开发区经济发展局', 'region'],
    ['北京市东城区财政局', 'county'], ['某县城乡建设局', 'county'], ['金华市义乌市商务局', 'county'],
    // A province's, a city's (or 某市, which may be a 县级市), the State Council's: may make 规章, or not judged.
    ['广西壮族自治区审计厅', null], ['铁岭市人民政府', null], ['某市城乡建设局', null], ['国家国际发展合作署', null], [null, null],
  ])('%s: %s', (name, why) => expect(withoutRulemaking(name)).toBe(why));
});

describe('lowerOrOtherGovernment', () => {
  it.each([
    // hb-fgw-2021: a township's portal publishing the province's department's report; a county's, the city's; a county's, another's.
    ['河北省发展和改革委员会', '侯贯镇', true], ['邢台市发展和改革局', '威县', true], ['威县发展和改革局', '清河县人民政府', true],
    // The government above publishing its township's, its street's, its new area's or its district's department's report (from review).
    ['霞浦镇人民政府', '象山县人民政府', false], ['东湖街道办事处', '越城区人民政府办公室', false], ['湖南湘江新区管理委员会', '长沙市人民政府', false],
    ['鹿城区发展和改革局', '温州市发展和改革委员会', false], ['威县发展和改革局', '邢台市', false],
    // A 自治区 is a province: a city's portal below it reposts.
    ['新疆维吾尔自治区财政厅', '乌鲁木齐市人民政府', true],
    // A government higher by more than one level, or one level up but not the one the issuer names, is another (from review 19).
    ['象山县霞浦镇人民政府', '杭州市人民政府', true], ['宁波市鄞州区发展和改革局', '杭州市人民政府', true], ['象山县霞浦镇人民政府', '象山县人民政府', false],
    // The same government however named; a name opening with no place (县政府办, 信息中心) tells nothing.
    ['北京市东城区发展和改革委员会', '东城区人民政府', false], ['威县教育局', '邢台市威县人民政府办公室', false], ['河北省发展和改革委员会', '河北省人民政府办公厅', false],
    ['某县农业农村局', '县政府办', false], ['河北省发展和改革委员会', '信息中心', false], ['新疆维吾尔自治区财政厅', '新疆维吾尔自治区人民政府', false],
  ])('%s by %s: %s', (issuer, publisher, other) => expect(lowerOrOtherGovernment(issuer, publisher)).toBe(other));
  it('takes the page\'s word for which place stands right above the issuer, and for a county-level 市', () => {
    // yw.gov.cn (义乌市上溪镇2019年度政府信息公开工作年度报告): 义乌市, a 市 by its word, is the county-level one right above 上溪镇.
    const shangxi = ['义乌市上溪镇2019年度政府信息公开工作年度报告'];
    expect(lowerOrOtherGovernment('上溪镇人民政府', '义乌市人民政府')).toBe(true);
    expect(lowerOrOtherGovernment('上溪镇人民政府', '义乌市人民政府', shangxi)).toBe(false);
    // …or the page names 义乌市 under its city (a portal's address): right above any township.
    const address = ['地址：浙江省金华市义乌市稠州北路'];
    expect(lowerOrOtherGovernment('上溪镇人民政府', '义乌市人民政府', address)).toBe(false);
    // 金华市 is right above 义乌市's 商务局; 浙江省, two levels up, reposts its report.
    expect(lowerOrOtherGovernment('义乌市商务局', '金华市人民政府')).toBe(true);
    expect(lowerOrOtherGovernment('义乌市商务局', '金华市人民政府', address)).toBe(false);
    expect(lowerOrOtherGovernment('义乌市商务局', '浙江省人民政府')).toBe(false);
    expect(lowerOrOtherGovernment('义乌市商务局', '浙江省人民政府', address)).toBe(true);
    // The issuer's own name may say it; a 城市 is no city above one.
    expect(lowerOrOtherGovernment('苏州市昆山市发展和改革委员会', '江苏省人民政府')).toBe(true);
    // A 县级市 named with a 州 (霸州市) is a 市, not a 州 and a stray 市.
    expect(lowerOrOtherGovernment('胜芳镇人民政府', '霸州市人民政府', ['霸州市胜芳镇2022年政府信息公开工作年度报告'])).toBe(false);
    expect(lowerOrOtherGovernment('昆山市发展和改革委员会', '苏州市人民政府', ['江苏省苏州市昆山市'])).toBe(false);
    expect(lowerOrOtherGovernment('霞浦镇人民政府', '杭州市人民政府', ['杭州市创建全国文明城市杭州市'])).toBe(true);
    // A footer's list of the province's cities, their links run together, is no nesting: 株洲市 is no 县级市 under 长沙市,
    // and 湖南省人民政府 is right above it, publishing its report first.
    const footer = ['株洲市人民政府2022年政府信息公开工作年度报告', '市州政府网站：长沙市株洲市湘潭市衡阳市', '主办：湖南省人民政府办公厅'];
    expect(lowerOrOtherGovernment('株洲市人民政府', '湖南省人民政府', footer)).toBe(false);
    expect(lowerOrOtherGovernment('株洲市人民政府', '湖南省人民政府', ['市州株洲市'])).toBe(false);
  });
});
