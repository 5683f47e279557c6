// Where a report says it is published: 本年度报告的电子版可从上海住房公积金网(www.shgjj.com)下载 (shgjj-2024). A body off
// gov.cn (a 公积金中心, a public utility) names its own site there; a copy elsewhere carries the same words.

// A sentence about the report's own electronic copy or where to read it, not one about other documents.
const ABOUT_OWN_COPY = /电子版|本(?:年度)?报告.{0,30}?(?:下载|查阅|查看|浏览)/;
// An address in it, its path taken with it (…lfrdys.com/index.html names no host index.html), not an e-mail's domain
// (gpzfxxk@163.com): a host's labels and a top level of letters.
const ADDRESS = /(?<![@\w.\/-])(?:https?:\/\/)?((?:[A-Za-z\d-]+\.)+[A-Za-z]{2,})(?![\w-]*@)(?:[:\/][\w.\/?=&%#:-]*)?/g;

// A government's own site by its name (高平市人民政府门户网站, 政府网站): on gov.cn by 《政府网站发展指引》, so an address
// elsewhere given it is a mirror's rewrite (provenance/injected-content), never where the report was put.
const GOVERNMENT_SITE = /人民政府|政府(?:门户)?网|政务网/;

/**
 * The hosts (lower case) the report's lines say its electronic copy is on, in the order they name them; `government`:
 * named as a government's site.
 */
export function statedSites(lines: readonly string[]): { host: string; government: boolean }[] {
  const sites = new Map<string, boolean>();
  for (const line of lines) {
    for (const sentence of line.split(/[。；;]/)) {
      if (!ABOUT_OWN_COPY.test(sentence)) continue;
      for (const m of sentence.matchAll(ADDRESS)) {
        const host = m[1]!.toLowerCase();
        const clause = sentence.slice(0, m.index).split(/[，,]/).pop()!;
        if (!sites.has(host)) sites.set(host, GOVERNMENT_SITE.test(clause));
      }
    }
  }
  return [...sites].map(([host, government]) => ({ host, government }));
}

/** Two hosts of one site: the same but for www., or one a subdomain of the other (xxgk.shgjj.com, www.shgjj.com). */
export const sameSite = (a: string, b: string): boolean => {
  const x = a.replace(/^www\./, ''), y = b.replace(/^www\./, '');
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
};
