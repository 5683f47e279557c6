// The 落款 names the body that issued the report. A report written over another body's, or over the body's own
// under its old name, may keep the old 落款: 平潭综合实验区投资促进局's 2024 report signed 国有资产管理局, the
// body's name until 2023.
import { squeezed } from '../../text/normalize.ts';
import { quote } from '../../text/quote.ts';
import { mayName } from '../issuer.ts';
import type { Rule } from '../types.ts';

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
    if (!issuer || !signer || signersOf(ctx.lines, signer).some((name) => mayName(issuer, name))) return [];
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
