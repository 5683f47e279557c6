// Mirror sites swap names and addresses for their own and inject advertising, typically for gambling; their filters mask words.
import { urlOf } from '../../url.ts';
import type { Report } from '../../schema.ts';
import { BRAND_SITE, hasSpam, SPAM } from '../../text/spam-words.ts';
import { quote } from '../../text/quote.ts';
import { pageGovernmentSites, pageText, spotsAt, spotsOf } from '../page-text.ts';
import { pageFinding, type Finding, type Rule, type RuleContext } from '../types.ts';
import { within } from './official-domain.ts';
import { sameSite } from '../../document/stated-site.ts';
import { HAN } from '../../text/han.ts';
import { LEVELS_ABOVE_TOWNSHIP } from '../../document/names.ts';

const BRAND = /[A-Za-z\d]+$/;
// The brand before 体育官网 is in Latin letters or digits; before (中国)官方 it may be a Chinese name (开云).
const NAMED_BRAND = new RegExp(String.raw`(?:[A-Za-z\d]+|[${HAN}]{1,4})$`, 'u');
const brandBefore = (text: string, m: RegExpMatchArray) =>
  (BRAND_SITE.test(m[0]) ? NAMED_BRAND : BRAND).exec(text.slice(Math.max(0, m.index! - 12), m.index))?.[0] ?? '';

/** The yearly notice on annual reports is issued by a government 办公厅 (国务院办公厅 or a province's); its year may be typed full-width. */
const NOTICE = /《([^《》]{1,20}?)办公厅关于做好\s*[\d０-９]{4}\s*年度?政府信息公开工作(?:年度)?报告[^》]*》/g;
/** Words every citation of the notice contains: a page without them cites none. */
const NOTICE_WORDS = '办公厅关于做好';
const GOVERNMENT_NAME = new RegExp(`国务院|[${LEVELS_ABOVE_TOWNSHIP}]|自治|人民政府|政府|兵团`);
// The title's name, right before the year, ending in a brand's Latin letters (图书馆VIP2022-2023学年…, for 中国科学技术大学):
// no body's name has them, so a mirror put its own there, as it does for the 国务院办公厅 above.
const LATIN_NAMED = new RegExp(String.raw`([${HAN}]+[A-Za-z]+)\s*(?:19|20)\d{2}`, 'u');
// …or the heading's, where the page's heading puts the name on a line of its own above the year's report (图书馆VIP, then
// 2020-2021学年信息公开工作年度报告: mirror-tsg211-ustc-2021, whose <title> has no name). A name is a few dozen characters:
// a longer run is none, and going back over millions of them (a 50 MB page of text) overflowed the regex's stack.
const LATIN_NAMED_HEADING = new RegExp(String.raw`^([${HAN}]{1,40}[A-Za-z]+)\s*\n\s*(?:19|20)\d{2}[^。\n]{0,16}?(?:年度报告|年报)`, 'mu');

// The place's name before 政府, after the verb that reads the site (通过吉林市…, 可从常州市…): the run of Han before it, none
// where Latin letters start the run, which end a spam word a mirror put for it (在线av不断更新政府网站 for 长春市人防办政府网站).
const PLACE = new RegExp(`(?<![A-Za-z${HAN}])[${HAN}]{0,10}$`, 'u');
const READS = /^.*(?:通过|登录|访问|从|在)/;
// 《政府网站发展指引》(2017): every government site is on gov.cn, so a later report names no other address for one. A
// 网站 only: a 政务微博/新媒体平台, a 政府采购云平台 or a 12345 热线平台 is on its own domain. Nor on a page the
// government's own site shows: no copier rewrote that.
const ALL_ON_GOV_CN = 2018;
const WEBSITE = /网站$/;
const official = (host: string, ctx: RuleContext) => ['gov.cn', ...ctx.trustedDomains].some((d) => within(host, d));

/**
 * A site's name as a message quotes it. Where the text quotes the name itself (在“福州市连江县政府”网站(http://…),
 * fj-kengyuan-2023; the place before it read without its opening mark), its closing mark ends the quote and the words
 * after it follow: “福州市连江县政府”网站, not a quote whose inner mark stands alone.
 */
function quotedSite(site: string): string {
  const close = site.search(/[”"]/);
  return close < 0 ? quote(site) : `${quote(site.slice(0, close))}${site.slice(close + 1).replace(/[“”"]/g, '')}`;
}

/** The government sites the text gives a non-gov.cn address for: the page's own host (a mirror wrote itself in), or any where the report is late enough. */
function rewrittenAddresses(text: string, report: Report, ctx: RuleContext): Finding[] {
  const page = ctx.url ? urlOf(ctx.url, undefined, /./)?.hostname.toLowerCase() : undefined;
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const named of pageGovernmentSites(ctx)) {
    const { host, index, end } = named;
    const place = (PLACE.exec(text.slice(Math.max(0, index - 10), index))?.[0] ?? '').replace(READS, '');
    const site = place + named.site;
    if (within(host, 'gov.cn') || seen.has(site + host)) continue;
    seen.add(site + host);
    // The site's name and the address given it, as the text prints them, its bracket closed.
    const words = spotsAt(ctx, index - place.length, /[)）]/.test(text[end] ?? '') ? end + 1 : end);
    if (page && sameSite(host, page)) {
      findings.push(pageFinding('warning', `正文把${quotedSite(site)}的网址写成了本页所在的 ${host}，不是 gov.cn：镜像站把原文的网址改成了自己的，页面内容可能被篡改`, words));
    } else if ((report.document.year ?? 0) >= ALL_ON_GOV_CN && WEBSITE.test(named.site) && !(page && official(page, ctx))) {
      findings.push(pageFinding('warning', `正文写${quotedSite(site)}的网址是 ${host}，不是 gov.cn（按《政府网站发展指引》，政府网站一律用 gov.cn 域名）：疑为转载的网站把原文的网址改成了自己的，页面内容可能被篡改`, words));
    }
  }
  return findings;
}

// The set phrases every report says, which a copier's word filter masks with asterisks (主动***息 for 主动公开政府信息).
const SET_PHRASES = ['主动公开政府信息', '政府信息公开', '习近平新时代中国特色社会主义思想', '中华人民共和国政府信息公开条例'];
const MASK = /\*{2,}/g;
// …or cuts out (以习新时代… for 以习近平新时代…), and an address it emptied (广东省人民政府门户网站()下载); not a blank a
// template left to fill in (区政府门户网站（ ）下载), which holds a space.
const CUT = /(?<!学)习新时代中国特色社会主义思想|(?:网站|网址)[:：]?[(（][)）]/g;

/** What a copier's filter masked or cut in the text, as quoted: 主动***息, 政府门户网站(). */
function maskedWords(text: string): string[] {
  const quotes = new Set<string>();
  for (const m of text.includes('**') ? text.matchAll(MASK) : []) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // The phrase's start before the stars and its end after them, some of it between.
    for (const phrase of SET_PHRASES) {
      for (let i = 1; i < phrase.length - 1; i++) {
        if (!before.endsWith(phrase.slice(0, i))) continue;
        for (let j = i + 1; j < phrase.length; j++) {
          if (!after.startsWith(phrase.slice(j))) continue;
          quotes.add(`${phrase.slice(0, i)}${m[0]}${phrase.slice(j)}`);
          break;
        }
      }
    }
  }
  for (const m of text.matchAll(CUT)) quotes.add(m[0].startsWith('习') ? m[0] : text.slice(Math.max(0, m.index - 4), m.index) + m[0]);
  return [...quotes];
}

export const injectedContent: Rule = {
  id: 'provenance/injected-content',
  severity: 'warning',
  description: '页面没有被替换的机关名、网址，被遮去的文字或注入的赌博、垃圾广告内容 (no replaced issuer names or addresses, masked words or injected spam)',
  rationale: {
    zh: '镜像站常把"国务院"等机关名批量替换成自己的站名（如"即时比分办公厅"，标题里的"图书馆VIP2022-2023学年…"），并在页脚插入广告；还会把正文里政府网站的网址改成自己的域名（"常州市人民政府门户网站(www.某镜像站.com)"），用星号遮去或删去被过滤的字（"主动***息"、"门户网站()"）。色情网站的词（"在线av"）也一样。出现这些痕迹说明页面被改过，其中的数字也可能被改过。"体育""彩票""六合彩"等词报告本身也会用（体育局、彩票资金、打击地下六合彩），只有组成"…官网""…app""…登录"之类的网站名时才算广告；"某某(中国)官方…"是博彩品牌网站的名字。',
    en: 'Mirror sites often replace the names of bodies such as 国务院 (the State Council) wholesale with their own site\'s name (即时比分办公厅, “live scores General Office”; 图书馆VIP2022-2023学年… in a title), and insert advertising in the footer; they also change the addresses of government sites in the text to their own domain (常州市人民政府门户网站(www.某镜像站.com)), and mask filtered characters with asterisks or drop them (主动***息, 门户网站()). Words of pornographic sites (在线av) count the same. Such traces show that the page was altered, and its figures may have been altered too. Reports themselves use words such as 体育 (sports), 彩票 (lottery) and 六合彩 (Mark Six): a sports bureau, lottery funds, a crackdown on illegal Mark Six betting; they count as advertising only where they make up the name of a site, such as …官网 (official site), …app or …登录 (log in); 某某(中国)官方… is the name of a gambling brand\'s site.',
  },
  example: {
    passes: {
      zh: '按照《国务院办公厅关于做好2019年度政府信息公开工作报告编制发布等工作的通知》要求…',
      en: '按照《国务院办公厅关于做好2019年度政府信息公开工作报告编制发布等工作的通知》要求… (“as the General Office of the State Council\'s notice on preparing and publishing the 2019 reports requires…”).',
    },
    fails: {
      zh: '按照《即时比分办公厅关于做好2019年度政府信息公开工作报告编制发布等工作的通知》要求… 版权所有:即时比分',
      en: '按照《即时比分办公厅关于做好2019年度政府信息公开工作报告编制发布等工作的通知》要求… 版权所有:即时比分: the State Council replaced by 即时比分 (“live scores”), a gambling site\'s name, in the notice\'s title and in the footer\'s copyright line.',
    },
  },
  check(report, ctx) {
    const text = pageText(ctx);
    const findings: Finding[] = [];
    for (const m of text.includes(NOTICE_WORDS) ? text.matchAll(NOTICE) : []) {
      if (GOVERNMENT_NAME.test(m[1]!)) continue;
      // The name in the notice's title, after its 《.
      const name = spotsAt(ctx, m.index + 1, m.index + 1 + m[1]!.length + '办公厅'.length);
      findings.push(pageFinding('warning', `引用的通知${m[0]}的发文机关应为国务院办公厅（或省级政府办公厅），这里却是${quote(`${m[1]}办公厅`)}：机关名疑被镜像站替换，页面内容可能被篡改`, name));
    }
    const named = LATIN_NAMED.exec(ctx.title)?.[1] ?? LATIN_NAMED_HEADING.exec(text)?.[1];
    if (named) findings.push(pageFinding('warning', `标题中机关名的位置写的是${quote(named)}：机关名不带拉丁字母的品牌词，疑为镜像站把机关名替换成了自己的名字，页面内容可能被篡改`));
    // Quoted with the brand's letters or digits before it (365体育官网): read apart, as a leading
    // [A-Za-z\d]* in SPAM would make every letter of the page a place to try it from.
    const found = hasSpam(text) ? [...new Set([...text.matchAll(SPAM)].map((m) => `${brandBefore(text, m)}${m[0]}`))] : [];
    // Each word quoted once, in the longest that holds it. One stretch is read twice: 365bet(中国)官方 as 365bet (bet with
    // a number) and as the brand's site name, which quotes its brand again. A word held in a longer one is left out wherever
    // it stands (365bet alone in the footer too; 体育官网 after a Chinese brand the quote cannot name; even 88bet beside
    // 188bet): the longer one shows its letters, and the finding, one for the page, stands on any one word. The quotes are
    // the evidence that the page is a mirror's, not a count of its brands: no finding is lost, only letters not quoted twice.
    const words = found.filter((w) => !found.some((other) => other !== w && other.includes(w)));
    if (words.length > 0) {
      findings.push({
        severity: 'warning',
        message: `页面含有与政府报告无关的赌博/广告词语：${words.map((w) => quote(w)).join('、')}，疑为被注入内容的镜像页`,
        cells: [], expected: null, actual: words.length, words: spotsOf(ctx, words),
      });
    }
    findings.push(...rewrittenAddresses(text, report, ctx));
    const masked = maskedWords(text);
    if (masked.length > 0) findings.push(pageFinding('warning', `正文的固定用语或网址有被遮去、删去的痕迹：${masked.map((w) => quote(w)).join('、')}，疑为转载的网站过滤改动了原文，页面内容可能被篡改`, spotsOf(ctx, masked)));
    return findings;
  },
};
