// The 落款 names the body that issued the report. A report written over another body's, or over the body's own
// under its old name, may keep the old 落款: 平潭综合实验区投资促进局's 2024 report signed 国有资产管理局, the
// body's name until 2023.
import { squeezed } from '../../text/normalize.ts';
import { quote } from '../../text/quote.ts';
import { COMPILING_OFFICE } from '../../document/issuer.ts';
import { issuerKind } from '../issuer.ts';
import type { Rule } from '../types.ts';

/**
 * Whether two names may be one body's. A shorter form keeps the longer's characters in order: the place left
 * out or given (区财政金融局, 平潭综合实验区财政金融局), the office that signs for its government
 * (县人民政府办公室, 县人民政府), 政府 for 人民政府, 管委会 for 管理委员会, 市监局 for 市场监督管理局. A name with
 * a second in brackets (区党工委宣传部(区新闻出版局)) is either. One character other in names of one length is a
 * slip of the pen (沐阳县 for 沭阳县), not another body, unless it names a sibling department (体育局 for 教育局).
 */
function sameBody(a: string, b: string): boolean {
  return formsOf(a).some((x) => formsOf(b).some((y) => inOrder(x, y) || inOrder(y, x) || oneSlip(x, y)));
}

const formsOf = (name: string): string[] => {
  const bare = squeezed(name);
  return [bare.replace(/\([^()]*\)/g, ''), ...[...bare.matchAll(/\(([^()]+)\)/g)].map((m) => m[1]!)];
};

/** Whether `short`'s characters all stand in `long`, in their order. */
function inOrder(short: string, long: string): boolean {
  let at = 0;
  for (const c of long) if (c === short[at]) at++;
  return at === short.length;
}

// The words departments' names are made of. Sibling departments differ in one character of one (教育局, 体育局;
// 林业局, 农业局; 水利局, 水务局): where the character other in each name makes such a word, the names are two bodies.
// A slip makes none (沐阳县 for 沭阳县, 财政全融局 for 财政金融局). A sibling this list lacks is taken for a slip: quiet.
const BODY_WORDS = new Set(`教育 体育 林业 农业 工业 商业 渔业 牧业 产业 企业 就业 水利 水务 民政 财政 行政 市政 邮政
  商务 政务 税务 事务 侨务 外事 服务 公安 安全 司法 审计 统计 人防 信访 气象 地震 档案 粮食 物价 环保 医保 社保 卫生
  卫健 健康 计生 文化 文旅 旅游 广电 交通 运输 城管 房管 规划 国土 住建 城建 建设 发改 经信 工信 网信 科技 民宗 宗教
  民族 人社 人事 劳动 应急 审批 数据 金融 国资 供销 海洋 海事 园林 市容 水产 畜牧 农机 扶贫 编办 保密 法制 监察 药监
  质监 安监 市监 退役 机关`.split(/\s+/));

/** Whether b is a with one character other, and that a slip: neither name makes a body's word of it. */
function oneSlip(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const other = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  if (other.length !== 1) return false;
  const at = other[0]!;
  const makesWord = (name: string) => BODY_WORDS.has(name.slice(Math.max(at - 1, 0), at + 1)) || BODY_WORDS.has(name.slice(at, at + 2));
  return !(makesWord(a) && makesWord(b));
}

const GOVERNMENT_WORDS = /(?:人民政府|政府|管理委员会|管委会|办事处)$/;

/** The place a government's name or a zone's names (城关镇人民政府 → 城关镇, 隆德县城关镇 as it is); null for a department's. */
function placeOf(name: string): string | null {
  const body = squeezed(name);
  return issuerKind(body) === 'department' ? null : body.replace(GOVERNMENT_WORDS, '');
}

/**
 * Whether the signer may sign for the issuing government: the same place's government (or its office) named
 * another way (城关镇人民政府 for 隆德县城关镇), or any body of the place, its office or the office that runs its
 * disclosure (某县政务公开办公室 for 某县人民政府). An office's own report is a department's.
 */
function signsForGovernment(issuer: string, signer: string): boolean {
  const place = placeOf(issuer);
  if (place === null || place.length < 2) return false;
  const its = placeOf(signer.replace(COMPILING_OFFICE, ''));
  return signer.startsWith(place) || (its !== null && (inOrder(its, place) || inOrder(place, its)));
}

/** What the second name says after what the two share at their start (平潭综合实验区投资促进局 → 投资促进局). */
function ownPart(name: string, other: string): string {
  let i = 0;
  while (i < name.length && name[i] === other[i]) i++;
  return name.slice(i);
}

/**
 * The bodies the 落款 names: its name over the date, each of several on its line (中共青山镇委员会　青山镇人民政府,
 * 中共城关街道工作委员会、城关街道办事处), and the names on the lines right above it where several bodies sign
 * together (中共某县委宣传部 / 某县新闻出版局 / 2024年1月20日).
 */
function signersOf(lines: readonly string[], signer: string): string[] {
  const at = lines.findLastIndex((line) => squeezed(line).startsWith(signer));
  const cosigners = (lines[at] ?? '').split(/[\s、，,]+/).map(squeezed).filter((name) => name.length > 1 && name !== signer && signer.includes(name));
  const names = [signer, ...cosigners];
  for (let i = at - 1; i >= 0 && i >= at - 2; i--) {
    // A name NAME_LINE may not know (…宣传部): any short line that is no sentence. One more name can only keep
    // the rule quiet.
    const line = squeezed(lines[i]);
    if (line.length > 30 || /[，。,;；:：]/.test(line)) break;
    names.push(line);
  }
  return names;
}

export const signedByIssuer: Rule = {
  id: 'document/signed-by-issuer',
  severity: 'warning',
  description: '落款署名是发布报告的机关 (the closing signature names the body that issued the report)',
  rationale: {
    zh: '照搬其他机关的报告，或机构改名后照搬本机关改名前的报告，落款常常忘了改：标题和正文是一个机关，落款却是另一个。同一机关的全称、简称（平潭综合实验区财政金融局、区财政金融局、财政金融局），政府办公室或本地其他机关代政府落款（县人民政府办公室、县政务公开办公室代县人民政府），管委会与管理委员会，一个机关两块牌子（区党工委宣传部（区新闻出版局）），几个机关联合落款中有发布机关的，都不算不一致；两个名称只差一个字的，当作笔误，不作判断，除非差的这个字让两个名称成了两个部门（教育局与体育局、林业局与农业局、水利局与水务局）。标题或正文同一行并提两个名称的（两块牌子），也不作判断。',
    en: 'When another body\'s report is copied, or a renamed body copies its own report from before the change, the closing signature is often left unchanged: the title and the text are one body\'s, the signature another\'s. A body\'s full and short names (平潭综合实验区财政金融局, 区财政金融局, 财政金融局), a government\'s office or another local body signing for the government (县人民政府办公室 or 县政务公开办公室 for 县人民政府), 管委会 and 管理委员会 (both “administrative committee”), one body under two names (区党工委宣传部（区新闻出版局）), and a joint signature of several bodies the issuer is among do not count as a mismatch. Two names a single character apart are taken for a slip and not judged, unless that character makes them two departments (教育局 and 体育局, education and sports; 林业局 and 农业局, forestry and agriculture; 水利局 and 水务局, water resources and water affairs). Two names given together on one line of the title or the text (one body under two names) are not judged either.',
  },
  example: {
    passes: {
      zh: '标题"平潭综合实验区财政金融局2023年度政府信息公开工作年度报告"，落款"区财政金融局"。',
      en: 'Title 平潭综合实验区财政金融局2023年度政府信息公开工作年度报告 (the 2023 report of the Finance Bureau of the Pingtan Comprehensive Experimental Zone), signed 区财政金融局 (the zone\'s Finance Bureau).',
    },
    fails: {
      zh: '标题"平潭综合实验区投资促进局2024年度政府信息公开工作年度报告"，落款"平潭综合实验区国有资产管理局"（该局2023年以前的名称）。',
      en: 'Title 平潭综合实验区投资促进局2024年度政府信息公开工作年度报告 (the 2024 report of the zone\'s Investment Promotion Bureau), signed 平潭综合实验区国有资产管理局 (the State-owned Assets Administration Bureau, the bureau\'s name before 2023).',
    },
  },
  check(report, ctx) {
    const { issuer } = report.document;
    const { signer } = ctx;
    if (!issuer || !signer || signersOf(ctx.lines, signer).some((name) => sameBody(issuer, name) || signsForGovernment(issuer, name))) return [];
    // A line that names both is the body's two names (投资促进局(国有资产管理局)), or says how one became the other.
    const name = squeezed(issuer);
    const own = [ownPart(name, signer), ownPart(signer, name)];
    if ([ctx.title, ...ctx.lines].some((line) => own.every((part) => squeezed(line).includes(part)))) return [];
    return [{
      severity: 'warning',
      message: `落款署名${quote(signer)}与发布报告的机关${quote(issuer)}不是同一个机关：报告可能沿用了其他机关或本机关改名前的旧稿，落款未改`,
      cells: [{ table: 'document', path: 'issuer' }, { table: 'document', path: 'signedAt' }], expected: null, actual: null,
    }];
  },
};
