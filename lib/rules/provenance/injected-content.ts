// Mirror sites swap names for their own and inject advertising, typically for gambling.
import { BRAND_SITE, SPAM } from '../../text/spam-words.ts';
import { pageText } from '../page-text.ts';
import { pageFinding, type Finding, type Rule } from '../types.ts';

const BRAND = /[A-Za-z\d]+$/;
// The brand before 体育官网 is in Latin letters or digits; before (中国)官方 it may be a Chinese name (开云).
const NAMED_BRAND = /(?:[A-Za-z\d]+|\p{Script=Han}{1,4})$/u;
const brandBefore = (text: string, m: RegExpMatchArray) =>
  (BRAND_SITE.test(m[0]) ? NAMED_BRAND : BRAND).exec(text.slice(Math.max(0, m.index! - 12), m.index))?.[0] ?? '';

/** The yearly notice on annual reports is issued by a government 办公厅 (国务院办公厅 or a province's). */
const NOTICE = /《([^《》]{1,20}?)办公厅关于做好\s*\d{4}\s*年度?政府信息公开工作(?:年度)?报告[^》]*》/g;
/** Words every citation of the notice contains: a page without them cites none. */
const NOTICE_WORDS = '办公厅关于做好';
const GOVERNMENT_NAME = /国务院|省|市|区|县|州|盟|旗|自治|人民政府|政府|兵团/;

export const injectedContent: Rule = {
  id: 'provenance/injected-content',
  severity: 'warning',
  description: '页面没有被替换的机关名或注入的赌博、垃圾广告内容 (no replaced issuer names or injected spam)',
  rationale: '镜像站常把"国务院"等机关名批量替换成自己的站名（如"即时比分办公厅"），并在页脚插入广告。出现这些痕迹说明页面被改过，其中的数字也可能被改过。"体育""彩票""六合彩"等词报告本身也会用（体育局、彩票资金、打击地下六合彩），只有组成"…官网""…app""…登录"之类的网站名时才算广告；"某某(中国)官方…"是博彩品牌网站的名字。',
  example: {
    passes: '按照《国务院办公厅关于做好2019年度政府信息公开工作报告编制发布等工作的通知》要求…',
    fails: '按照《即时比分办公厅关于做好2019年度政府信息公开工作报告编制发布等工作的通知》要求… 版权所有:即时比分',
  },
  check(_report, ctx) {
    const text = pageText(ctx);
    const findings: Finding[] = [];
    for (const m of text.includes(NOTICE_WORDS) ? text.matchAll(NOTICE) : []) {
      if (GOVERNMENT_NAME.test(m[1]!)) continue;
      findings.push(pageFinding('warning', `引用的通知${m[0]}的发文机关应为国务院办公厅（或省级政府办公厅），这里却是"${m[1]}办公厅"：机关名疑被镜像站替换，页面内容可能被篡改`));
    }
    // Quoted with the brand's letters or digits before it (365体育官网): read apart, as a leading
    // [A-Za-z\d]* in SPAM would make every letter of the page a place to try it from.
    const found = [...new Set([...text.matchAll(SPAM)].map((m) => `${brandBefore(text, m)}${m[0]}`))];
    // Each word quoted once, in the longest that holds it. One stretch is read twice: 365bet(中国)官方 as 365bet (bet with
    // a number) and as the brand's site name, which quotes its brand again. A word held in a longer one is left out wherever
    // it stands (365bet alone in the footer too; 体育官网 after a Chinese brand the quote cannot name; even 88bet beside
    // 188bet): the longer one shows its letters, and the finding, one for the page, stands on any one word. The quotes are
    // the evidence that the page is a mirror's, not a count of its brands: no finding is lost, only letters not quoted twice.
    const words = found.filter((w) => !found.some((other) => other !== w && other.includes(w)));
    if (words.length > 0) {
      findings.push({
        severity: 'warning',
        message: `页面含有与政府报告无关的赌博/广告词语：${words.map((w) => `"${w}"`).join('、')}，疑为被注入内容的镜像页`,
        cells: [], expected: null, actual: words.length,
      });
    }
    return findings;
  },
};
