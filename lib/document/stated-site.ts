// The sites a report's text gives an address for. Where it says it is published: 本年度报告的电子版可从上海住房公积金网
// (www.shgjj.com)下载 (shgjj-2024). A body off gov.cn (a 公积金中心, a public utility) names its own site there; a copy
// elsewhere carries the same words. And a government's site, named with its address (常州市人民政府门户网站(www.…)): on
// gov.cn by 《政府网站发展指引》, so an address elsewhere given it is a mirror's rewrite, never where the report was put.

// A host's labels and a top level of letters.
const HOST = String.raw`(?:[A-Za-z\d-]+\.)+[A-Za-z]{2,}`;

// A sentence about the report's own electronic copy or where to read it, not one about other documents.
const ABOUT_OWN_COPY = /电子版|本(?:年度)?报告.{0,30}?(?:下载|查阅|查看|浏览)/;
// An address in it, its path taken with it (…lfrdys.com/index.html names no host index.html), not an e-mail's domain
// (gpzfxxk@163.com).
const ADDRESS = new RegExp(String.raw`(?<![@\w.\/-])(?:https?:\/\/)?(${HOST})(?![\w-]*@)(?:[:\/][\w.\/?=&%#:-]*)?`, 'g');

// A government's site the text names with its address in brackets after it (常州市人民政府门户网站(www.loyalmeds.com),
// 吉林市人民政府网站——政府信息公开专栏向社会公开(网址:http://xxgk.bjxrth.com/…)), or right after it where the address says
// it is one (本局政府网站http://www.xiexiebang.com/上可下载, 北京市文化局's 2009 report on a 文库): read from each 政府/政务, the
// place before it read apart (a leading run would be tried from every character); the address a domain's, not an intranet's IP.
// A ministry's or a 总局's or 总署's site is a government's too (税务总局门户网站(www.zgqmrb.com): chinatax-2017-mirror); a
// ministry by its name, short or former too (教育部门户网站, 工信部网站, 建设部网站), not any word ending in 部 (总部, 本部,
// 内部, 全部, 俱乐部); the State Council's 委, 署 and 行 by theirs (国家发展改革委门户网站, 审计署网站, 中国人民银行网站).
const MINISTRY = '(?:外交|国防|教育|科学技术|科技|工业和信息化|工信|信息产业|国家安全|公安|民政|司法|财政|人力资源和社会保障|人社|劳动和社会保障|人事|劳动|自然资源|国土资源|生态环境|环境保护|环保|住房和城乡建设|住建|建设|交通运输|交通|水利|农业农村|农业|商务|文化和旅游|文旅|文化|卫生|退役军人事务|应急管理|铁道|监察)部';
const COMMISSION = '(?:发展和改革委员会|发展改革委|发改委|民族事务委员会|民委|卫生健康委员会|卫生健康委|卫健委|卫生和计划生育委员会|卫生计生委|国有资产监督管理委员会|国资委|审计署|人民银行)';
const GOVERNMENT_SITE = new RegExp(String.raw`((?:政府|政务)[^，,。；;(（\s]{0,16}?(?:网站|网|平台|专栏)|(?:${MINISTRY}|${COMMISSION}|总局|总署)(?:门户)?网站)[^，,。；;(（\s]{0,8}?(?:[(（](?:网址)?[:：]?\s*(?:https?:\/\/)?|(?:网址)?[:：]?\s*(?:https?:\/\/|(?=www\.)))(${HOST})(?![A-Za-z\d.-]|[,，][A-Za-z])`, 'g');

/** A government's site the text names and the address it gives it: `site` the name from 政府/政务 on, `host` in lower case, [index, end) the words. */
export interface GovernmentSite { site: string; host: string; index: number; end: number }

// A 政府信息公开专栏 is a column any body's site may have (上海住房公积金网政府信息公开专栏(www.shgjj.com), an institution's own):
// a government's site only where the words before it name one (吉林市人民政府网站——政府信息公开专栏).
const COLUMN = /^(?:政府信息|政务)公开(?:专栏|栏目)$/;
const GOVERNMENT_NAMED = /人民政府|政府门户|政府网站/;
// The words before it, with the column's own 政府 (宿州市人民政府信息公开专栏).
const namesGovernment = (text: string, index: number) => GOVERNMENT_NAMED.test(text.slice(Math.max(0, index - 24), index + 2).replace(/^.*[，,。；;\s]/s, ''));

/** The government sites `text` names with an address, in order. */
export const governmentSites = (text: string): GovernmentSite[] =>
  [...text.matchAll(GOVERNMENT_SITE)].filter((m) => !COLUMN.test(m[1]!) || namesGovernment(text, m.index))
    .map((m) => ({ site: m[1]!, host: m[2]!.toLowerCase(), index: m.index, end: m.index + m[0].length }));

/** The hosts (lower case) of the addresses `text` gives, not of e-mail addresses. */
export const hostsIn = (text: string): string[] => [...text.matchAll(ADDRESS)].map((m) => m[1]!.toLowerCase());

// A full stop typed for an address's dot (www.linhai。gov。cn: linhai-wsj-2008-copy), which would end the sentence inside it.
const STOP_FOR_DOT = /(?<=[A-Za-z\d])。(?=[A-Za-z])/g;

/** The hosts (lower case) the report's lines say its electronic copy is on, in the order they name them. */
export function statedSites(lines: readonly string[]): string[] {
  const hosts = new Set<string>();
  for (const line of lines) {
    for (const sentence of line.replace(STOP_FOR_DOT, '.').split(/[。；;]/)) {
      if (ABOUT_OWN_COPY.test(sentence)) for (const h of hostsIn(sentence)) hosts.add(h);
    }
  }
  return [...hosts];
}

/** Two hosts of one site: the same but for www., or one a subdomain of the other (xxgk.shgjj.com, www.shgjj.com). */
export const sameSite = (a: string, b: string): boolean => {
  const x = a.replace(/^www\./, ''), y = b.replace(/^www\./, '');
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
};
