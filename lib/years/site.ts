// Where a report was read: reports pair across years only when read on one site (summary.ts sameBody);
// and which addresses are pages of a site, to fetch (links.ts) or as a page's embedded parts (extract.ts).
import { urlOf } from '../url.ts';
import { LEVELS_ABOVE_TOWNSHIP } from '../document/names.ts';

const ANY = /./;

/** The host a page was read on, without its www.: the pages a page's links lead to, fetched from that host alone. */
export function siteOf(url: string | null): string | null {
  return urlOf(url, undefined, ANY)?.hostname.toLowerCase().replace(/^www\./, '') || null;
}

// The labels a portal serves its own pages under besides its bare host: www, its open-government platform
// (gk.ziyang.gov.cn, xxgk.guangshan.gov.cn, xxgk.www.jiyuan.gov.cn, zwgk.shmh.gov.cn, zwgk.jingzhouqu.gov.cn), and jw.,
// under which taojiang.gov.cn serves its column tree (松木塘镇's 2022 report at jw.taojiang.gov.cn/25074/25162/37354/,
// its 2023 at taojiang.gov.cn/25074/25162/37354/).
// jw. is often a 教委's own site (jw.beijing.gov.cn): bodies pair across hosts only by one name, so a department's
// sub-site that drops here still pairs only the department's own reports.
// Not a label naming a place, whose sub-site is that place's own, with its own 城关镇 (tunchang.hainan.gov.cn,
// yynanhu.yueyang.gov.cn, tdqxxgk.siping.gov.cn), nor a department's (tjj.fuzhou.gov.cn), a body of its own.
const PORTAL_LABEL = /^(?:www|gk|xxgk|zwgk|jw)\.(?=[^.]+\.[^.])/;

/**
 * The portal a page was read on: its host without the portal's own labels. One portal's reports of one name are one
 * body's (summary.ts sameBody), under whichever of its hosts each year's was published.
 */
export function portalOf(url: string | null): string | null {
  let host = siteOf(url);
  while (host !== null && PORTAL_LABEL.test(host)) host = host.slice(host.indexOf('.') + 1);
  return host;
}

// A page, not a file: an address whose last part has no extension, or a page's (.html, .shtml, .jsp, .aspx, .php …).
// A PDF or Word attachment cannot be read as a page.
const PAGE_PATH = /(?:^|\/)(?:[^/.]*|[^/]*\.(?:s?html?|xhtml|jhtml|jspx?|aspx?|php|do|action|cgi))$/i;

/** Whether a URL's path is a page's rather than a file's. */
export const isPagePath = (pathname: string): boolean => PAGE_PATH.test(pathname);

/**
 * Whether `src`, an address as a page at `pageUrl` writes it, is a page on that page's site. With no
 * `pageUrl` (a saved file read alone) only a relative address is known to be.
 */
export function isOwnSitePage(src: string, pageUrl: string | null): boolean {
  const base = pageUrl ?? 'http://page.invalid/';
  const url = urlOf(src, base);
  return url !== null && siteOf(url.href) === siteOf(base) && isPagePath(url.pathname);
}

// The first letters a character's pinyin may have in a place's name, by where it sorts among the first characters of
// each letter's syllables in the pinyin collation (宣 → x): what a site's address spells a place with (xuanzhou.gov.cn,
// sqsc.gov.cn for 宿迁宿城). The collation knows a character's common reading: places read some otherwise (长沙, 重庆,
// 乐清, 厦门, 单县, 番禺, 蚌埠, 涡阳, 铅山, 莘县), so those give both.
const LETTER_STARTS = '阿芭擦搭蛾发噶哈击喀垃妈拿哦啪期然撒塌挖昔压匝';
const LETTERS = 'abcdefghjklmnopqrstwxyz';
const PLACE_READINGS: Record<string, string> = { 长: 'c', 重: 'c', 乐: 'y', 厦: 'x', 单: 's', 番: 'p', 蚌: 'b', 涡: 'g', 铅: 'y', 莘: 's' };
// Made when first needed, as few readings compare places: making it loads ICU's Chinese collation (5 ms CPU in node, 7 ms
// of the annotator's load in chromium), which the extension's script would pay at every load, its background at every start.
let pinyinOrder: Intl.Collator | undefined;
function pinyinInitials(ch: string): string {
  pinyinOrder ??= new Intl.Collator('zh-CN');
  let letter = '';
  for (let i = 0; i < LETTER_STARTS.length && pinyinOrder.compare(LETTER_STARTS[i]!, ch) <= 0; i++) letter = LETTERS[i]!;
  return letter + (PLACE_READINGS[ch] ?? '');
}

// A place's own name, its level cut: 宣城市宣州区 → 宣城, 宣州 (州 stays: it is part of 宣州, 杭州, as a site's name spells them).
const LEVEL = new RegExp(`[${LEVELS_ABOVE_TOWNSHIP.replace('州', '')}]`);

/**
 * Whether the site's address names the innermost of the places in `places` (宣州区, 宣城市宣州区 → 宣州): a label of its
 * host spells it in pinyin (xuanzhou) or opens or ends with its initials (sqsc: 宿迁 and 宿城). A city-wide platform
 * names none of its districts (harbin.gov.cn: 道里区; wuhan.gov.cn: 武汉市江夏区, though it names the city).
 */
export function siteNamesPlace(site: string | null, places: string): boolean {
  if (site === null) return false;
  const labels = site.split('.').filter((label) => !/^(?:www|gov|cn|com|net|org)$/.test(label));
  const name = places.split(LEVEL).filter((part) => part.length >= 2).at(-1);
  if (name === undefined) return false;
  const initials = [...name].map(pinyinInitials);
  if (initials.some((letters) => letters === '')) return false;
  const abbreviated = new RegExp(`^${initials.map((letters) => `[${letters}]`).join('')}|${initials.map((letters) => `[${letters}]`).join('')}$`);
  const spelled = new RegExp(`^${initials.map((letters) => `[${letters}][a-z]{0,5}`).join('')}$`);
  return labels.some((label) => abbreviated.test(label) || spelled.test(label));
}
