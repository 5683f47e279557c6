// 表二's 规章 row filled by a body that makes no 规章 (a county's, a township's, a zone's).
import { pathName } from '../../labels.ts';
import type { Finding, Rule } from '../types.ts';
import { withoutRulemaking } from '../issuer.ts';
import { documentRows } from './kinds.ts';

const WHAT = {
  township: '乡镇、街道',
  region: '开发区、新区、园区一类区域的机构',
  county: '县级（县、区、旗、县级市）机关或其所属部门',
} as const;

// How a township's report names its own body: 我镇, 我乡, 我街道; not a county body's 我乡村振兴局 nor a place, 我镇江市.
// A township's 我乡村两级干部 is its own (我乡, then 村).
const SELF_TOWNSHIP = /我(?:镇(?!江)|乡(?!村振兴)|街道)/;

export const regulationsPower: Rule = {
  id: 'activeDisclosure/regulations-power',
  severity: 'warning',
  description: '表二"规章"一行：县级及以下机关、开发区无权制定规章，应为0 (the administrative rules row is 0 for a county\'s, a township\'s or a zone\'s body, which makes no 规章)',
  rationale: {
    zh: '《立法法》第九十一、九十三条规定，规章只由国务院部门和省、自治区、直辖市、设区的市、自治州的人民政府制定。县、区、乡镇、街道和开发区的机关没有规章，表二"规章"一行填了数字，多半是把规范性文件或上级的规章填进了这一行。只看发布机关名称判断层级：名称只写某市的，可能是县级市，不作判断；页面没有写出机关名称的，报告自称“我镇”“我乡”“我街道”的，按乡镇、街道判断。',
    en: 'Under the Legislation Law (arts. 91 and 93) only the State Council\'s departments and the governments of provinces, cities with districts and autonomous prefectures make 规章 (administrative rules). Bodies of counties, districts, townships and development zones have none, so figures in 表二\'s 规章 row most likely belong to normative documents or to a higher government\'s administrative rules. The level is read from the issuer\'s name alone: a body named only by a 市 may be a county-level city and is not judged; where the page names no body, a report that calls it 我镇, 我乡 or 我街道 (our township) is judged a township\'s.',
  },
  example: {
    passes: {
      zh: '某县农业农村局：规章 本年制发0、本年废止0、现行有效0；规范性文件 本年制发2、现行有效5。',
      en: 'A county\'s agriculture bureau: administrative rules issued 0, repealed 0, in force 0; normative documents issued 2, in force 5.',
    },
    fails: {
      zh: '桃江县松木塘镇人民政府：规章 本年制发2、现行有效2 — 镇政府不制定规章。',
      en: 'A township government (桃江县松木塘镇): administrative rules issued 2, in force 2 — a township makes none.',
    },
  },
  check(report, ctx) {
    const issuer = report.document.issuer;
    // Where the page names no body, a report that calls its body 我镇 (现结合我镇实际) is a township's all the same.
    const own = issuer === null ? ctx.lines.map((line) => SELF_TOWNSHIP.exec(line)?.[0]).find(Boolean) : undefined;
    const why = own ? 'township' : withoutRulemaking(issuer, [ctx.title]);
    if (!why) return [];
    const body = own ? `本报告称“${own}”，其机关` : issuer;
    return documentRows(report, report.document.format).filter(({ key }) => key === 'regulations').flatMap(({ key, label, row }): Finding[] => {
      const filled = Object.entries(row).filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] > 0);
      if (filled.length === 0) return [];
      return [{
        severity: 'warning',
        message: `${body}是${WHAT[why]}，无权制定规章，表二"${label}"一行却填了数字（${filled.map(([field, v]) => `${pathName(field)}${v}`).join('、')}）；可能是把规范性文件或上级的规章填进了这一行`,
        cells: filled.map(([field]) => ({ table: 'activeDisclosure' as const, path: `${key}.${field}` })),
        expected: null, actual: null,
      }];
    });
  },
};
