// A government report is served from a government domain (a university's, from its own edu.cn; a research institute's, from
// ac.cn or the Academy's cas.cn); anywhere else it is a copy to be checked. A hospital's, a company's or a research body's
// elsewhere is served from its own site, of any domain: where it comes from is only noted, unless the page bears a mirror's
// marks. So is a portal reached by its IP address: it names no domain to doubt.
import { urlOf } from '../../url.ts';
import { isSchoolYear } from '../document/dates.ts';
import { GOVERNMENT_REPORT, HOSPITAL_WORDS, LEVELS_ABOVE_TOWNSHIP, PUBLIC_BODY, SCHOOL_WORDS } from '../../document/names.ts';
import { TEMPLATE_HOSTS } from '../../text/template-marks.ts';
import { sameSite, statedSites } from '../../document/stated-site.ts';
import { footerOf, pageGovernmentSites } from '../page-text.ts';
import { footerNamesHost } from '../../document/site-owner.ts';
import type { Report } from '../../schema.ts';
import { pageFinding, type Rule, type RuleContext } from '../types.ts';
import { HAN } from '../../text/han.ts';

/** `host` is `domain` or one of its subdomains; a leading "*." or "." on the domain is allowed. */
export const within = (host: string, domain: string): boolean => {
  const d = domain.trim().toLowerCase().replace(/^\*?\./, '');
  return d !== '' && (host === d || host.endsWith(`.${d}`));
};

// A school's name: a university, college or school (中山大学, 重庆工商大学, 某某职业技术学院, 某某中学) — not a
// government body, whose report on an edu.cn site is a copy as anywhere else.
const SCHOOL = new RegExp(`(?:${SCHOOL_WORDS})$`);
// A research body's name (中国科学院高能物理研究所, 中国科学院机关), or where none was read, the Academy's name in the title its
// site gives a report (2012年度报告----中国科学院, cas-2012): the 中国科学院 publishes under the 条例 as a 国务院直属事业单位.
const RESEARCH_BODY = /(?:科学院|工程院|研究所|研究院|天文台|植物园)(?:机关)?$/;
const ACADEMY = /中国科学院/;
// A 事业单位 of a government, no organ of it (上海市公积金管理中心, 某市住房公积金中心, 某县图书馆): its site may lie off gov.cn. A
// government or its department is on gov.cn by 《政府网站发展指引》, whatever its report calls the site (“中国上海”门户网站);
// so is a centre that serves the public or the government's own organs for it (庐山市行政服务中心, 某市政务服务管理中心,
// 银川市行政审批服务中心, 坪山区机关事务管理中心, 阿城区机关后勤服务中心): its report is on the government's site, a copy of it
// elsewhere a copy. A 公共资源交易中心 is no organ: an institution (事业单位) barred from regulating (国办发〔2015〕63号).
const INSTITUTION = /(?:中心|馆)$/;
const GOVERNMENT_CENTRE = /(?:(?:政务|行政|便民)服务|行政审批|机关(?:事务|后勤))[^局委办]{0,12}中心$/;
const isInstitution = (name: string) => INSTITUTION.test(name) && !GOVERNMENT_CENTRE.test(name);
// A people's organisation (群团: 共青团, 妇联, 科协, 残联, 红十字会, 工会, 文联, 侨联) reports under the 条例 as a government body
// does, and may run its own site on org.cn, a registry kept to organisations; a 供电局/电业局 is a state grid company's branch
// (广州供电局有限公司), on its company's own domain. Either is on its own site only where the page's footer names it as the
// site's owner: a mirror of a portal's page (zyigod-taizhou-dianye-2021, 台州电业局's) shows no such footer of the body's.
// 共青团's committees are 团省委, 团市委 (团 and a level), never a 兵团's body (新疆生产建设兵团发展和改革委员会, a government's).
const PEOPLES_ORGANISATION = new RegExp(`^共青团|(?<!兵)团[${LEVELS_ABOVE_TOWNSHIP}]?委(?:员会)?$|(?:妇女|残疾人|文学艺术界|归国华侨|工商业|社会科学界)联合会$|(?:妇|残|文|侨|社科)联$|科学技术协会$|科协$|红十字会$|工会$`);
const GRID_COMPANY = /(?:供电|电业)局$/;
// The registries kept to a kind of body, as gov.cn is to governments: edu.cn to schools, ac.cn to research institutions (and
// the universities of the Academy's: 中国科学院大学 on ucas.ac.cn); and the Academy's own cas.cn (www.cas.cn, www.ihep.cas.cn).
const OWN_DOMAINS = { school: ['edu.cn', 'ac.cn'], research: ['ac.cn', 'cas.cn'] } as const;

// What a mirror does to the page it copies, as the reading noted it (lib/extract.ts): a mainland body's report turned into
// traditional characters (ainoer-nanning-metro-2020), pinyin put after each character. No body's own site shows its report so.
const MIRROR_MARKS = new Map([['page/traditional-script', '页面用繁体字书写'], ['page/pinyin-removed', '页面在汉字后夹注拼音']]);

// An office named alone, of no body (发布单位:办公室 on succ-2024's page): the office of whoever runs the site, no issuer.
const OFFICE_ALONE = /^(?:党政|党委|校长|院长|综合|行政)?办公室$/;
// A school's name as the title's subject: before its year or 信息公开 (绵阳职业技术学院2023年度信息公开工作年度报告, 2022年义乌工商
// 职业技术学院信息公开工作年度报告); not a street named for one (学院路街道2022年…), nor the site's name a school's site puts
// after any page's title (…年度报告-武汉职业技术学院): that names whose site it is, as its footer does.
const SCHOOL_IN_TITLE = new RegExp(`(?:${SCHOOL_WORDS})(?=\\s*(?:(?:19|20)\\d{2}|信息公开))`);
// A school reports under the 高等学校信息公开办法, not the 政府信息公开条例: a title claiming the latter is a government's report,
// whatever school's footer its site prints under it; unless the title names the school as its subject (石家庄市第一中学2022年
// 政府信息公开工作年度报告, on its own edu.cn site: the school's, whatever law it names).
/**
 * Whether the page says the report is a school's: its title names one, or, under a title that claims no 政府信息公开 report,
 * its footer names one as the site's owner (版权所有：上海城建职业学院, succ-2024's 2024年度信息公开工作年报, which names no 学年)
 * or its text reports under a university's rules (《高等学校信息公开办法》, 高校信息公开年度报告: nczy-2025, whose title and
 * opening name no school). For a report whose issuer was not read.
 */
const namesSchool = (ctx: RuleContext): boolean => SCHOOL_IN_TITLE.test(ctx.title)
  || (!GOVERNMENT_REPORT.test(ctx.title) && (ctx.school.citesRules || footerOf(ctx).owners.some((owner) => SCHOOL.test(owner))));

/**
 * Whose report it is, for the site it is expected on: a school's (edu.cn), a research body's (ac.cn, cas.cn, or its own),
 * a hospital's or company's (its own), else a government's (gov.cn).
 */
function bodyKind(report: Report, ctx: RuleContext): 'school' | 'research' | 'public' | 'government' {
  const { issuer, period } = report.document;
  if (issuer && !OFFICE_ALONE.test(issuer) ? SCHOOL.test(issuer) : isSchoolYear(ctx.title, period, ctx.school) || namesSchool(ctx)) return 'school';
  if (issuer ? RESEARCH_BODY.test(issuer) : ACADEMY.test(ctx.title)) return 'research';
  return issuer ? (PUBLIC_BODY.test(issuer) ? 'public' : 'government') : speaksAsHospital(ctx) ? 'public' : 'government';
}
// A page that names no issuer but speaks as a hospital (我院…, 医院尚未收到…: hospital-huaibei-renmin-2021, whose next year's
// page names 淮北市人民医院) is a hospital's report, on its own site as any hospital's.
const WE_THE_HOSPITAL = /我院/;
// 我院 is a 研究院's, a 检察院's or a 法院's too: the page names a hospital as well.
const HOSPITAL = new RegExp(HOSPITAL_WORDS);
const speaksAsHospital = (ctx: RuleContext) => ctx.pageLines.some((l) => WE_THE_HOSPITAL.test(l)) && ctx.pageLines.some((l) => HOSPITAL.test(l));

const NAMES_REPORT = /报告|年报/;
// What the page claims to be, the site it is expected on, and who publishes it.
const EXPECTED = {
  government: { claim: '本页自称政府信息公开工作年度报告', site: ' gov.cn 政府网站', owner: '政府', publisher: '发布机关' },
  school: { claim: '本页是学校的信息公开工作年度报告', site: '学校的 edu.cn 网站', owner: '学校的', publisher: '学校' },
};

// A body's name for the footer's comparison: its place's level word dropped (宁波市住房公积金管理中心 as 宁波住房公积金管理中心),
// a 委员会 as its 委 (共青团湖南省委员会, 共青团湖南省委) — never a name's first character (市场监督管理局).
const LEVEL = new RegExp(`^([${HAN}]{2,}?)([省市])`, 'u');
const shortName = (name: string) => name.replace(LEVEL, '$1').replace(/委员会$/, '委');
/**
 * The footer's owner names the issuer whole: the issuer's name is in it, or the same in short. Not a part of it: a vendor's
 * footer on every site it builds (住房公积金管理中心 版权所有) is in any 公积金中心's name; nor a namesake of another level
 * (吉林省… and 吉林市住房公积金管理中心: the level word is dropped only where one of the two names has none).
 */
const namesWhole = (owner: string, issuer: string) => {
  const [own, its] = [owner.match(LEVEL)?.[2], issuer.match(LEVEL)?.[2]];
  return owner.includes(issuer) || ((!own || !its || own === its) && shortName(owner) === shortName(issuer));
};

// URL.hostname gives an IPv4 address as is and an IPv6 one in brackets.
const IP_ADDRESS = /^(?:\d{1,3}\.){3}\d{1,3}$|^\[[\da-f:.]+\]$/;

export const officialDomain: Rule = {
  id: 'provenance/official-domain',
  severity: 'warning',
  description: '自称政府年报的页面来自 gov.cn 或用户信任的域名，高校、学校的年报来自 edu.cn，科研机构的来自 ac.cn 或 cas.cn (a page claiming to be a government report is on a government domain, a school\'s on edu.cn, a research institution\'s on ac.cn or cas.cn)',
  rationale: {
    zh: '镜像站、采集站会转载甚至篡改年报；只有政府网站上的原文才是权威版本，代理站地址里带着原址的，给出原址以便核对。高等学校按《高等学校信息公开办法》发布的年报在学校自己的 edu.cn 网站上，也是原文；科研机构的年报在 ac.cn 或中国科学院的 cas.cn 上，同样是原文；政府机关的年报出现在 edu.cn 上则仍是转载。医院、企业、科研院所等公共企事业单位的年报发布在本单位网站上，域名不限，只作提示；以IP地址访问的网站没有域名可查，也只作提示；报告写明其电子版发布在哪个网站（如上海市公积金管理中心的“上海住房公积金网(www.shgjj.com)”），页面正在那个网站上的，是发布机关自己放的，也只作提示，但只限事业单位（某某中心、某某馆，不含政务服务中心、行政服务中心、机关事务管理中心等政府机构）和学校：政府及其部门的网站都在 gov.cn，无论报告怎样称呼它，写成别的网址是镜像站改的；页面底部（主办单位、版权所有）写明网站属于发布机关本身的（.com、.net 网站还须底部写明本站网址：整页转载的镜像站连底部一起照抄），事业单位、供电局的网站域名不限，群团组织（共青团、妇联、科协、残联等）的须在 org.cn 上，也只作提示，报告另写明别的发布网站的除外；转载页则指明报告写明的网站以便核对；但页面用繁体字书写或在汉字后夹注拼音的，是镜像站转换过的转载，来自道客巴巴、汇文网等文库网站的，是用户上传的转载，都不是本单位网站，照样警告。不在 gov.cn 上不等于数字有错，所以只作警告，请与官方网站核对。',
    en: 'Mirror and scraper sites repost reports and sometimes alter them; only the original on a government site is authoritative, and where a proxy\'s address carries the original\'s, it is given to check against. A university\'s report, published under the Measures for the Disclosure of Information by Institutions of Higher Education (《高等学校信息公开办法》), is on the university\'s own edu.cn site, and is an original too, as a research institution\'s is on ac.cn or the Chinese Academy of Sciences\' cas.cn; a government body\'s report on edu.cn is still a repost. Public institutions and enterprises such as hospitals and research institutes publish their reports on their own sites, whatever the domain: only info; so is a site reached by its IP address, which names no domain to check; so is a page on the site the report says its electronic copy is published on (上海住房公积金网(www.shgjj.com), the Shanghai Provident Fund Management Centre\'s): its body put it there, but only for a public institution (a 中心, a 馆; not a government\'s service centre such as a 政务服务中心, 行政服务中心 or 机关事务管理中心) or a school: a government or its department is on gov.cn, whatever its report calls the site, and another address given it is a mirror\'s rewrite; so is a page whose footer (主办单位, 版权所有: “owner”, “all rights reserved”) names the issuer itself as the site\'s owner (on a .com or .net, giving this site\'s address too: a mirror copying the whole page copies its footer), for a public institution or a power-supply bureau (供电局) on any domain and a people\'s organisation (共青团, 妇联, 科协, 残联: the Youth League, women\'s federation, science association, disabled persons\' federation) on org.cn, unless the report names another site for its copy; a copy elsewhere is sent to that site to check; but a page written in traditional characters, or with pinyin after each character, is a repost converted by a mirror, and one on a document-sharing (文库) site such as doc88.com or wnwk.com is a user\'s upload: neither is the institution\'s own site, and both get a warning all the same. A page not on gov.cn does not make its figures wrong, so this is only a warning: check them against the official site.',
  },
  example: {
    passes: {
      zh: 'https://www.shanghai.gov.cn/nw12344/20200131/0001.html',
      en: 'https://www.shanghai.gov.cn/nw12344/20200131/0001.html, a gov.cn portal.',
    },
    fails: {
      zh: 'http://www.tieling-mirror.example/tieling/zwgk/zfxxgknb/2020/02/28/0001.html',
      en: 'http://www.tieling-mirror.example/tieling/zwgk/zfxxgknb/2020/02/28/0001.html, a mirror of the Tieling government\'s report.',
    },
  },
  check(report, ctx) {
    const host = report.document.isReport ? copyHost(report, ctx) : null;
    if (!host) return [];
    // A portal reached by its IP address names no domain: it may be the government's own server (district-stats-2023) or
    // anyone's, and mirrors take domains. Where the page bears no mirror's mark, only a note.
    const ip = IP_ADDRESS.test(host);
    const from = `来自${ip ? 'IP地址' : ''} ${host}`;
    const kind = bodyKind(report, ctx);
    const mark = report.warnings.map((w) => MIRROR_MARKS.get(w.rule)).find(Boolean);
    if (kind === 'public' || kind === 'research') {
      const body = report.document.issuer ?? (kind === 'public' ? '医院' : '科研机构');
      if (mark) return [pageFinding('warning', `本页是${body}的信息公开工作年度报告，${from}，${mark}，是转载镜像站的特征，不是该单位自己的网站；请到该单位的官方网站核对原文`)];
      // A 文库 is no body's own site, whatever the body.
      if (TEMPLATE_HOSTS.some((d) => within(host, d))) return [pageFinding('warning', `本页是${body}的信息公开工作年度报告，来自文库网站 ${host}，是用户上传的转载，不是该单位自己的网站；请到该单位的官方网站核对原文`)];
      return [pageFinding('info', `本页是${body}的信息公开工作年度报告，${from}：医院、企业、科研院所等公共企事业单位的年报发布在本单位网站上，不在 gov.cn，无从确认这是否其官方网站；如有疑问，请与该单位核对`)];
    }
    const { site, owner, publisher } = EXPECTED[kind];
    // A page naming no report anywhere (the tables alone on a mirror, haidian-mirror) claims nothing: it is read as one.
    const claim = kind === 'government' && !NAMES_REPORT.test(ctx.title) && !ctx.pageLines.some((l) => NAMES_REPORT.test(l))
      ? '本页的内容读作政府信息公开工作年度报告（页面没有自称年报）' : EXPECTED[kind].claim;
    const original = proxied(ctx.url!, report, ctx);
    // The site the report says it is published on (a 公积金中心's shgjj.com): the page on it is where its body put it; a
    // copy elsewhere is sent there.
    const stated = statedSites(ctx.pageLines);
    const issuer = report.document.issuer ?? '';
    const institution = kind === 'school' || isInstitution(issuer);
    // Not a site the text names as a government's: that is on gov.cn, and its address here a mirror's rewrite.
    const governments = institution ? pageGovernmentSites(ctx).map((g) => g.host) : [];
    const named = institution ? stated.find((s) => sameSite(s, host) && !governments.includes(s)) : undefined;
    const elsewhere = stated.filter((s) => !sameSite(s, host));
    const check = original ? `它的地址转发的是 ${original}，请打开这个原址核对原文`
      : elsewhere.length > 0 ? `报告写明其电子版发布在 ${elsewhere.join('、')}，请到那里核对原文` : `请到${publisher}的官方网站核对原文`;
    // The site's owner the footer names (主办单位, 版权所有) is the issuer, of a kind whose own site this domain may be, and
    // the report names no other site for its copy. Not a school's: its own site is on edu.cn.
    // A mirror copying the whole page keeps the footer: on a .com or .net, anyone's to register, the name is trusted only where
    // the footer also gives this site's address.
    const footer = footerOf(ctx);
    const tied = !/\.(?:com|net)$/.test(host) || footerNamesHost(footer.lines, host);
    const siteOwner = elsewhere.length === 0 && tied && (isInstitution(issuer) || GRID_COMPANY.test(issuer) || (PEOPLES_ORGANISATION.test(issuer) && within(host, 'org.cn')))
      ? footer.owners.find((o) => issuer !== '' && namesWhole(o, issuer)) : undefined;
    if ((named || siteOwner) && !mark && !ip && !TEMPLATE_HOSTS.some((d) => within(host, d))) {
      const why = named ? `正是报告写明发布其电子版的网站（${named}）` : `页面底部写明网站的主办单位（${siteOwner}）正是${publisher}`;
      return [pageFinding('info', `${claim}，${from}，不是${site}，但${why}：事业单位、群团组织、公用企业等的网站不一定在 gov.cn；如有疑问，请与${publisher}核对`)];
    }
    if (ip && !mark && !original) return [pageFinding('info', `${claim}，${from}，没有域名，无从确认是${owner}网站；如有疑问，${check}`)];
    return [pageFinding('warning', `${claim}，但${from}，${ip ? `没有域名，无从确认是${owner}网站` : `不是${site}`}，也不在您信任的域名中；${check}`)];
  },
};

// A proxy puts the address it fetches in its own path (https://nhaphangmau.store/index.php/http://www.gd.gov.cn/gkmlpt/…,
// gd-2024) or in a parameter saying so (?url=http%3A%2F%2F…), its // sometimes cut to one. Not any address in the query
// (?from=…, a referrer's).
const PROXIED = /^\/(?:[^?#]*?\/)?(https?:\/\/?[^\s"'<>]+)|[?&](?:url|u|target|link)=(https?[^&#\s]+)/i;

/** The official page a proxy's address carries (on a government's site, a trusted one, or a school's own), or null. */
function proxied(url: string, report: Report, ctx: RuleContext): string | null {
  const parsed = urlOf(url);
  const m = parsed && PROXIED.exec(parsed.pathname + parsed.search);
  let inner = m ? m[1] ?? m[2]! : null;
  try {
    if (inner) inner = decodeURIComponent(inner);
  } catch { /* an address mangled past decoding: read it as it is */ }
  inner = inner?.replace(/^(https?:)\/(?!\/)/i, '$1//') ?? null;
  return inner && urlOf(inner) && copyHost(report, { ...ctx, url: inner }) === null ? inner : null;
}

/** The host of a page served from neither a government's site nor a trusted one (a copy), else null (also where the URL is unknown). */
export function copyHost(report: Report, ctx: RuleContext): string | null {
  const host = ctx.url ? urlOf(ctx.url, undefined, /./)?.hostname.toLowerCase() : undefined;
  if (!host || ['gov.cn', ...ctx.trustedDomains].some((d) => within(host, d))) return null;
  // A university or school on edu.cn, a research body on ac.cn or cas.cn (kept, as gov.cn is, to such bodies) is on its own site.
  const kind = bodyKind(report, ctx);
  return kind in OWN_DOMAINS && OWN_DOMAINS[kind as keyof typeof OWN_DOMAINS].some((d) => within(host, d)) ? null : host;
}
