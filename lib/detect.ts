// The cheap first look that runs on every gov.cn page: is this likely an information-disclosure
// annual report? It reads the title and a bounded slice of text only; the engine (extract.ts)
// decides for real once this says yes, so it favours recall over precision.
import { PINYIN } from './page/pinyin.ts';

// A title naming 信息公开 or 政务公开 followed closely by 年报 or 报告 (政府信息公开工作年度报告, 政务信息公开年报,
// 兴华乡2010年政府信息公开报告…; 黄龙县市场监督管理局's 2022年度政务公开工作年度报告, which the engine reads as a report),
// in simplified or traditional characters (信息公開工作報告). Not the rules for these reports every portal's 信息公开制度
// column holds (山西省人民政府办公厅政府信息公开年度报告制度(试行), …年度报告办法), which the engine reads as none either.
const NAMED = /(?:信息|政务|政務)公[开開].{0,12}?(?:年[报報]|[报報]告)(?![制製]度|[办辦]法)/;
// In body text a nav link "政府信息公开年报" is common on every page, so there a year must lead in.
const DATED = /\d{4}年.{0,24}?信息公[开開].{0,12}?(?:年[报報]|[报報]告)/;

// A report that names itself nowhere still says what it is: compiled under the 条例, with its 统计期限
// (本年度报告根据《条例》…编制。本年度报告中所列数据统计期限…), or made as 本报告 (北京's 依据《条例》第五十条之规定,
// 制作本报告), or says it was made so (湖南省政府办公厅's 本報告根據《條例》…編制). A 指南 cites the 条例 but counts no period,
// and is 本指南. As the engine's is-report reads the making: not 形成本报告, a 自查报告's (对照《条例》开展了自查，形成本报告),
// nor a 模板 made of the report (制作了本年度报告的模板), nor its 格式 制定 by the 国办.
const UNDER_REGULATIONS = /政府信息公[开開][条條]例/;
const MAKES = '(?:[编編]制|[制製]作|撰[写寫]|[编編][写寫])';
const SELF_STATED = new RegExp(`[统統][计計]期限|所列[数數]据|(?:${MAKES}|制定)了?本(?:年度)?(?:[报報]告|年[报報])(?!的)|本(?:年度)?[报報]告[^。]{0,200}?${MAKES}`);

// A page whose title names nothing (a portal's empty or generic <title>) and whose text opens on the report's own
// words: the rows the 2019 and 2021 formats' 表三 are made of (长春市体育局's and 临潼区开发区's reports, their
// <title> empty, the breadcrumb 政府信息公开年报 undated), or the 国办 notice on these reports it was compiled under
// (瑞安市安阳街道's 2023 report: 本报告依据《…关于政府信息公开工作年度报告有关事项的通知》…编制 with its 统计期限).
const TABLE_ROWS = /本年新收政府信息公[开開]申[请請]数量|上年[结結][转轉]政府信息公[开開]申[请請]数量/;
const UNDER_NOTICE = /政府信息公[开開]工作年度[报報]告有[关關]事[项項]的通知/;

// A page whose title and heading are lost (the portal's <title> empty, the copy starting at the text) still opens on the
// report's outline, as the engine's followsReportOutline reads it: 一、总体情况 with the items the format has it account for
// ((一)主动公开 (二)依申请公开: 越秀区白云街's, 随州市退役军人事务局's 2022-2023 reports) or the next part (二、主动公开政府信息
// 的情况: 金口河's 2016, 叶县卫健局's 2021), or the 2008 format's parts (三、政府信息依申请公开情况 四、政府信息公开的收费及减免
// 情况: 亭子坝镇's 2014). A 指南's 一、主动公开 has no 总体情况 above it; the old 条例 lists the parts as (三)…, not 三、; a
// notice's list of the parts (包括一、总体情况，二、主动公开政府信息情况，…) goes on after a part, where a heading ends.
// Read from the first 一、总体情况 on: anchored so, a text of many such headings costs no more than one.
const OVERVIEW = /一[、.．](?:政府信息公[开開](?:工作)?)?(?:[总總][体體]情[况況]|概述|概[况況]|基本情[况況])/;
const ENDS = '(?![；;，,、])';
const PROACTIVE = '主[动動]公[开開]';
const ON_REQUEST = '依申[请請]公[开開]';
const UNDER_OVERVIEW = new RegExp(`^(?:.{0,800}?[(（]一[)）](?:政府信息)?${PROACTIVE}.{0,800}?[(（]二[)）](?:政府信息)?${ON_REQUEST}`
  + `|.{0,1600}?二[、.．](?:行政[机機][关關])?(?:政府信息)?${PROACTIVE}(?:政府信息)?的?情[况況]${ENDS})`);
const PART = '[一二三四五六七八九十][、.．]';
const OLD_PARTS = new RegExp(`${PART}(?:政府信息)?${ON_REQUEST}(?:政府信息)?的?情[况況].{0,800}?${PART}(?:政府信息公[开開])?的?收[费費]及?[减減]免的?情[况況]${ENDS}`);
function opensOnOutline(head: string): boolean {
  const overview = OVERVIEW.exec(head);
  return (overview !== null && UNDER_OVERVIEW.test(head.slice(overview.index + overview[0].length))) || OLD_PARTS.test(head);
}

// White space, and the pinyin mirror sites put after characters (報(bào)告).
const NOISE = new RegExp(`[\\s\\u3000\\u00A0]+|${PINYIN}`, 'g');
const squeeze = (text: string) => text.replace(NOISE, '');

/** From the document title and the first ~2000 characters of text (h1 included): worth running the engine? */
export function looksLikeReport(title: string, headText: string): boolean {
  const head = squeeze(headText);
  return NAMED.test(squeeze(title)) || DATED.test(head) || TABLE_ROWS.test(head) || opensOnOutline(head)
    || ((UNDER_REGULATIONS.test(head) || UNDER_NOTICE.test(head)) && SELF_STATED.test(head));
}

// Text of elements a reader never sees as page text.
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The h1 and the first `limit` characters of body text, read node by node and stopping at the limit. */
export function headTextOf(doc: Document, limit = 2000): string {
  let text = doc.querySelector('h1')?.textContent ?? '';
  if (!doc.body) return text;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && text.length < limit; node = walker.nextNode()) {
    if (!UNSEEN.has(node.parentElement?.tagName ?? '')) text += node.nodeValue ?? '';
  }
  return text.slice(0, limit);
}

// What ticks on a portal without being new content: a clock (14:05:09) and a visit counter (访问量：1234,
// or any run of five or more digits). Years stay: one issuer's 2022 and 2023 reports often differ only there.
const TICKING = /\d{1,2}:\d{2}(?::\d{2})?|(?:访问|浏览|点击|阅读)\D{0,4}\d+|\d{5,}|\s+/g;

/**
 * A page's text (its head, its lines) without what ticks on its own, for telling new content from the page's own
 * life, and a page served again from another (its visit counter gone up) from a page of its own.
 */
export const steadyText = (text: string) => text.replace(TICKING, '');

/**
 * Runs `look` again as the document changes (a body loaded by XHR after document_idle, a title set by
 * the router), at most once every `every` ms, until it returns true or `forMs` have passed; returns
 * the function that stops it. Mutations only set a timer, so a busy page costs a look per `every` ms.
 */
export function watchChanges(doc: Document, look: () => boolean, every = 500, forMs = Infinity): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    pending ??= setTimeout(() => {
      pending = undefined;
      if (look()) stop();
    }, every);
  });
  // Infinity is no delay to setTimeout: only a finite watch gets an end.
  const end = forMs < Infinity ? setTimeout(() => observer.disconnect(), forMs) : undefined;
  function stop() {
    observer.disconnect();
    clearTimeout(pending);
    clearTimeout(end);
  }
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  return stop;
}

/**
 * The page an address shows, for telling an SPA's navigation (pushState, a hash route #/list/12 or
 * #!/…) from a jump within the page (#section2), which leaves the page as it was.
 */
export function pageOf(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 || /^#[!/]/.test(href.slice(hash)) ? href : href.slice(0, hash);
}
