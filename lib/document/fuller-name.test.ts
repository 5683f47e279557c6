import { describe, expect, it } from 'vitest';
import { completes, governedPlace, placeBody, nameKey, ofAnotherLevel, withPlace } from './fuller-name.ts';

describe('nameKey', () => {
  it('compares 人民政府 as 政府, the office as 政府办, a department with its government as with its place', () => {
    expect(nameKey('府谷县人民政府办公室')).toBe('府谷县政府办');
    expect(nameKey('县政府办')).toBe('县政府办');
    expect(nameKey('区政府国资局')).toBe('区国资局');
    expect(nameKey('广州市人民政府')).toBe('广州市政府');
  });
});

describe('completes', () => {
  it('takes the same name spelt out: 政府 → 人民政府, 办 → 办公室', () => {
    // mirror-moonvisionstudio-guangzhou-2012: the contact line's 广州市政府办公厅 under the top line's 广州市人民政府.
    expect(completes('广州市政府', '广州市人民政府')).toBe(true);
    // yulin-fugu-zfb-2022: the title's 县政府办, the info grid's 发布机构 县政府办公室.
    expect(completes('县政府办', '县政府办公室')).toBe(true);
    expect(completes('广州市人民政府', '广州市政府')).toBe(false);
    expect(completes('广州市人民政府', '广州市人民政府')).toBe(false);
  });

  it('takes the place before the level a name opens with', () => {
    // yulin-fugu-zfb-2022: 2022年,府谷县人民政府办公室严格贯彻落实…; hunnan-gzj-2022: 现公布区政府国资局2022年… under 浑南区国资局.
    expect(completes('县政府办', '府谷县人民政府办公室')).toBe(true);
    expect(completes('区政府国资局', '浑南区国资局')).toBe(true);
    // Not another body of the place, nor a district's body for a city's, nor the place's government for its office.
    expect(completes('县政府办', '府谷县教育局')).toBe(false);
    expect(completes('市政府办', '榆林市府谷区人民政府办公室')).toBe(false);
    expect(completes('区政府办', '榆林市人民政府办公室')).toBe(false);
    expect(completes('县政府办', '府谷县人民政府')).toBe(false);
    // Nor the whole place's words, nor a name whose level is a word's (市场监督管理局).
    expect(completes('县政府办', '全县政府办')).toBe(false);
    expect(completes('市场监督管理局', '府谷县市场监督管理局')).toBe(false);
  });

  it('takes the words a short name abbreviates, with the place before it (tianjin-gzw-2025: 市国资委 under 来源:天津市人民政府国有资产监督管理委员会)', () => {
    expect(completes('市国资委', '天津市人民政府国有资产监督管理委员会')).toBe(true);
    expect(completes('区发改委', '浑南区发展和改革委员会')).toBe(true);
    // Not another body whose words hold the short name's characters, nor the government's office for the government.
    expect(completes('市国资委', '天津市国家税务局')).toBe(false);
    expect(completes('市国资委', '天津市人民政府')).toBe(false);
    expect(completes('市政府', '天津市人民政府办公厅')).toBe(false);
    expect(completes('市国资委', '全市国有资产监督管理委员会')).toBe(false);
    // Nor a body of the one it abbreviates, its last word that body's own (机关党委, 纪委).
    expect(completes('市卫健委', '某市卫生健康委员会机关党委')).toBe(false);
    expect(completes('市国资委', '天津市国有资产监督管理委员会纪委')).toBe(false);
  });

  it('takes a place\'s level the other name lost (wendeng-flipbook-2022-p9: the viewer\'s title against the 落款)', () => {
    expect(completes('威海市文登人民政府办公室', '威海市文登区人民政府办公室')).toBe(true);
    // One character more that is no level, or at the name's end, is another name.
    expect(completes('威海市文登人民政府办公室', '威海市文登新人民政府办公室')).toBe(false);
    expect(completes('某某街道', '某某街道镇')).toBe(false);
  });
});

describe('completes: a place and its body', () => {
  it('takes the government the page names for the place the title names (honghe-kaiyuan-2025: 发布机构: 开远市人民政府)', () => {
    expect(completes('开远市', '开远市人民政府')).toBe(true);
    expect(completes('中扬镇', '中扬镇政府')).toBe(true);
    // Not the government's office, nor another body of the place, nor a zone's 管委会's government.
    expect(completes('开远市', '开远市人民政府办公室')).toBe(false);
    expect(completes('开远市', '开远市教育局')).toBe(false);
    expect(completes('经济技术开发区', '经济技术开发区人民政府')).toBe(false);
  });

  it('takes the 办事处 the page names for the 街道 the text names (shaoxing-yuecheng-donghu-2023: 东湖街道办事处在越城区政府…)', () => {
    expect(completes('东湖街道', '东湖街道办事处')).toBe(true);
    // Not the 街道's other bodies.
    expect(completes('东湖街道', '东湖街道党工委')).toBe(false);
  });

  // zoucheng-tianhuang-2021 (title 田黄镇2021年…, contact line 请与邹城市田黄镇人民政府联系) and wuqing-baigutun-2025 (来源:天津市
  // 武清区白古屯镇人民政府) were read 田黄镇人民政府 and 武清区白古屯镇人民政府, the panel saying they were completed from the place.
  it('takes the body the page names for the place, with the places it lies in (zoucheng-tianhuang-2021, wuqing-baigutun-2025)', () => {
    expect(completes('田黄镇', '邹城市田黄镇人民政府')).toBe(true);
    expect(completes('武清区白古屯镇', '天津市武清区白古屯镇人民政府')).toBe(true);
    expect(completes('东湖街道', '绍兴市越城区东湖街道办事处')).toBe(true);
    expect(completes('东湖街道', '越城区东湖街道')).toBe(true);
    // Not another place's, nor words that are no place before it, nor another body of it.
    expect(completes('田黄镇', '邹城市香城镇人民政府')).toBe(false);
    expect(completes('田黄镇', '关于田黄镇人民政府')).toBe(false);
    expect(completes('东湖街道', '越城区东湖街道党工委')).toBe(false);
  });

  it('takes the 管委会 the page prints for a zone named alone (pingtan-2012: 来源：平潭综合实验区管委会), a 地区\'s or 盟\'s 行政公署', () => {
    expect(completes('平潭综合实验区', '平潭综合实验区管委会')).toBe(true);
    expect(completes('随县经济开发区', '随县经济开发区管理委员会')).toBe(true);
    expect(completes('宁波国家高新区', '浙江省宁波国家高新区管委会')).toBe(true);
    expect(completes('阿拉善盟', '阿拉善盟行政公署')).toBe(true);
    expect(completes('喀什地区', '喀什地区行政公署')).toBe(true);
    // Not the 管委会's office nor another body of the zone, no government for a zone, a 地区 or a 盟, nor another zone's 管委会.
    expect(completes('平潭综合实验区', '平潭综合实验区管委会办公室')).toBe(false);
    expect(completes('平潭综合实验区', '平潭综合实验区党工委')).toBe(false);
    expect(completes('天津经济技术开发区', '天津经济技术开发区人民政府')).toBe(false);
    expect(completes('阿拉善盟', '阿拉善盟人民政府')).toBe(false);
    expect(completes('随县经济开发区', '曾都经济开发区管委会')).toBe(false);
  });

  it('takes the places a name opening with its own lies in (shenzhen-futian-jtjj-2021: 来源 : 深圳市福田区集体经济发展服务署)', () => {
    expect(completes('福田区集体经济发展服务署', '深圳市福田区集体经济发展服务署')).toBe(true);
    expect(completes('卫子镇人民政府', '广元市昭化区卫子镇人民政府')).toBe(true);
    // Not words that are no place before it, nor a place before a department's word that only looks like one's (城乡).
    expect(completes('福田区集体经济发展服务署', '关于福田区集体经济发展服务署')).toBe(false);
    expect(completes('城乡建设局', '深圳市城乡建设局')).toBe(false);
  });
});

describe('placeBody', () => {
  it('is the 人民政府 of a place named alone (shanghai-2022: 2022年上海市政府信息公开工作年度报告)', () => {
    expect(placeBody('上海市')).toBe('上海市人民政府');
    expect(placeBody('武清区白古屯镇')).toBe('武清区白古屯镇人民政府');
    expect(placeBody('长安区')).toBe('长安区人民政府');
  });

  it('is the 办事处 of a 街道 named alone (wenzhou-ouhai-liao-2023: 现公布丽岙街道2023年度…; wuxi-xishan-houqiao-2023)', () => {
    expect(placeBody('丽岙街道')).toBe('丽岙街道办事处');
    // Named with its district's government, as 广州市白云区人民政府棠景街道办事处 names itself.
    expect(placeBody('无锡市锡山区人民政府厚桥街道')).toBe('无锡市锡山区人民政府厚桥街道办事处');
  });

  it('is none for a body, a zone, a 社区, or a place whose government is a 行政公署', () => {
    for (const name of ['上海市人民政府', '开远市教育局', '丽岙街道办事处', '天津经济技术开发区', '平潭综合实验区', '熊口管理区', '前进社区', '阿里地区', '阿拉善盟', '街道']) {
      expect(placeBody(name)).toBeNull();
    }
  });
});

describe('governedPlace', () => {
  it('is the place a government named for it stands for, and none of a body named in full', () => {
    expect(governedPlace('上海市人民政府')).toBe('上海市');
    expect(governedPlace('上海市人民政府办公厅')).toBeNull();
    expect(governedPlace('平潭综合实验区人民政府')).toBeNull();
    expect(governedPlace('丽岙街道办事处')).toBe('丽岙街道');
    expect(governedPlace('丽岙街道人民政府')).toBeNull();
  });
});

describe('withPlace', () => {
  it('puts the place named alone before a name of its level (xining-huangyuan-zfb-2021)', () => {
    expect(withPlace('县人民政府办公室', '湟源县')).toBe('湟源县人民政府办公室');
    // Not a place of another level, nor a zone's, nor a body's name.
    expect(withPlace('县人民政府办公室', '西宁市')).toBeNull();
    expect(withPlace('区人民政府办公室', '经济技术开发区')).toBeNull();
    expect(withPlace('县人民政府办公室', '湟源县教育局')).toBeNull();
  });
});

describe('ofAnotherLevel', () => {
  it('tells a government of another level than the title\'s name opens with', () => {
    expect(ofAnotherLevel('镇人民政府', '府谷县人民政府')).toBe(true);
    expect(ofAnotherLevel('镇人民政府', '府谷县人民政府办公室')).toBe(true);
    expect(ofAnotherLevel('镇人民政府', '府谷县新民镇人民政府')).toBe(false);
    expect(ofAnotherLevel('乡镇政府', '城关镇人民政府')).toBe(false);
    // Another body than a government, or a title naming a place, is not told so.
    expect(ofAnotherLevel('镇人民政府', '府谷县教育局')).toBe(false);
    expect(ofAnotherLevel('新民镇人民政府', '府谷县人民政府')).toBe(false);
  });
});
