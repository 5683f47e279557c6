// A report filled in from a template keeps the template's words where its count was never typed: “…微信公众号编辑发布
//信息条。”, 共收到政府信息公开申请件, 公开文件件. The measure word stands right after what was counted, no figure before it;
// or right after its verb, the noun after it (共发布条信息), or the verb after a total's word (当年办结件, 共受理件).
import { quote } from '../../text/quote.ts';
import { isFooter, type Spot } from '../../document/page-text.ts';
import { inReportText, pageFinding, type Rule } from '../types.ts';
import { HAN } from '../../text/han.ts';

// The measure words of a count; a two-character one first, as the leftmost match takes it (条次, not 次 after 条).
const MEASURE = /(?:人次|件次|条次|篇次|[条件篇个次期份])(?=[，,。；;、：:！!？?）)（(]|$)/g;
// Where a clause starts: the words counted and their verb stand in the measure word's own clause (a list's 、 within it).
const CLAUSE_START = /[，,。；;：:！!？?]/;
// A verb of counting: what was published, received, handled, held… so many times.
const COUNTING = /发布|公开|公布|收到|接到|接收|受理|办理|办结|答复|回复|回应|编辑|编发|编印|推送|更新|报送|转载|转发|上传|发送|发出|印发|制发|刊发|刊登|刊出|出台|清理|废止|修订|解读|接待|举办|召开|开展|组织|处理|推出|新增|征集/g;
// A verb, its measure word and the noun it counted (共发布条信息, 召开次会议): the count left out between verb and measure
// word. Only nouns a report counts, so that no word goes for a measure word (公开条件, 发布条例, 办理件数, 公开个人信息).
const HELD = new RegExp(`(?:${COUNTING.source})了?(?:人次|件次|条次|篇次|[条件篇个次期份])` +
  '(?:(?:政府信息公开)?申请|(?:政府|政务)?信息|政策(?:文件)?|(?:规范性)?文件|动态|新闻|稿件|文章|会议|(?:新闻)?发布会|培训|简报|公告|通知|留言|提案)', 'g');
// A total's or a year's word right before the verb (共受理件, 当年办结件, 按时办结件), or before 主动 and its verb (共主动公开条:
// zhyzulin-2024-spam): the verb's count, not a table's label laid out as text (网站公开条) nor a noun (办结件, 本人办结件: an
// item handled).
const TALLIED = /(?:共|计|年|年度|年内|按时|按期|依法)(?:主动)?$/;
// Nouns listed up to what is said of them together (2023年受理件、办结件数量均有所增长: 受理件, an application received):
// items named, no count of them left out.
const NOUNS_LISTED = /^、[^，,。；;：:！!？?]*?(?:人次|件次|条次|篇次|[条件篇个次期份])(?:数量|总数|总量|数|量)/;
// A figure, or a word of how many, standing before the measure word: a count given (1200余条, 若干条, 多条, 每条, 第十条),
// or a placeholder of another kind (X条, ?条), or a word pointing at one article or item (本条, 该件, 上期).
const GIVEN = new RegExp(`(?:[^${HAN}”’》]|[〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟多余数几干每各逐按第本该此这那哪某全整单首末上下前后其另同诸半])$`, 'u');
// A clause that says none were (未收到依申请公开件, 无上年结转件), or of what kind those counted were (全部属自然人申请件):
// the measure word is the noun's, no count left out.
const NOT_COUNTED = /未|没有|[无毋](?!法)|(?:均|全部?|都)(?:是|为|属|系)/;
// A clause whose count is already said (认真办理每一件申请件, 所有申请件, 全部申请件): the measure word is the noun's.
const QUANTIFIED = /每一?[条件篇个次期份]|所有|全部/;
// Words that end in a measure word's character: 文件, 条件, 日期, 身份, 建议件 or 提案件 (the items themselves)…
// A measure word after one of these is the word's own, unless the word is whole before it (文件件: 文件, then 件).
const WORD_BEFORE: Readonly<Record<string, string>> = {
  条: '链面金封便欠收借纸字萧苗线教枝柳发头词法白油粉布横竖信有专条',
  件: '文案事邮信附条稿证软硬部要函物来原配构急快组插工机零样批复报送收寄发取办议访诉督交转承印描难杂错效时质件',
  篇: '长短诗开通全连鸿终名新华章篇',
  个: '个',
  次: '名层档班批车航场架依其再屡首初此历累主位席户轮渐频',
  份: '身股年月省部成辈缘名充过备份',
};
// 期 is a count only of what comes out in issues (简报, 公报, 期刊, 杂志, 节目, 通讯, 公开栏): elsewhere a span of time
// (申报期, 填报期, 年报期: a 报 that is no publication).
const ISSUED = /(?:简报|公报|专报|快报|周报|月报|日报|画报|刊|杂志|节目|通讯|栏)$/;

// The item before a measure word, listed after another item counted in the same measure word (…信息29条、部门概况类信息条):
// the figure of this one left out. A word of Han text alone, so that no label, figure or aside goes for the item.
const LISTED_AFTER_COUNT = new RegExp(`\\d\\s*(人次|件次|条次|篇次|[条件篇个次期份])、[${HAN}]{2,20}$`, 'u');

/** Whether `before` (the clause up to a measure word `measure`) ends in a word of its own rather than a blank. */
function endsInWord(before: string, measure: string): boolean {
  if (measure === '期') return !ISSUED.test(before);
  const words = WORD_BEFORE[measure];
  if (!words || !words.includes(before.at(-1)!)) return false;
  // 文件件: the word 文件 whole before the measure word 件; 件件 alone (件件落实) a word.
  return !(before.at(-1) === measure && before.length >= 2 && words.includes(before.at(-2)!));
}

/** Where in `line` a count was left blank: each hole's clause, up to and with its measure word. */
export function blanks(line: string): { start: number; end: number }[] {
  const holes: { start: number; end: number }[] = [];
  const clauseStart = (at: number) => {
    while (at > 0 && !CLAUSE_START.test(line[at - 1]!)) at--;
    return at;
  };
  for (const m of line.matchAll(HELD)) {
    const start = clauseStart(m.index);
    const before = line.slice(start, m.index);
    if (!NOT_COUNTED.test(before) && !QUANTIFIED.test(before)) holes.push({ start, end: m.index + m[0].length });
  }
  for (const m of line.matchAll(MEASURE)) {
    const start = clauseStart(m.index);
    // A blank typed as spaces or underscores (发布信息  条) is the same hole.
    const before = line.slice(start, m.index).replace(/[\s_＿]+$/, '');
    if (before === '' || GIVEN.test(before) || endsInWord(before, m[0]) || NOT_COUNTED.test(before) || QUANTIFIED.test(before)) continue;
    // The verb, then what was counted: not a verb alone, as a table's label laid out as text prints it (网站公开条:
    // the figure in a cell of its own); and no 的 after the first (收到的政府信息公开申请件: the items, not a count).
    const verbs = [...before.matchAll(COUNTING)];
    const verb = verbs.at(-1);
    if (!verb) {
      // An item of a list whose others have their counts (其中…工作动态类信息29条、部门概况类信息条、…): the verb was the total's.
      if (LISTED_AFTER_COUNT.exec(before)?.[1] === m[0]) holes.push({ start: before.lastIndexOf('、') + start + 1, end: m.index + m[0].length });
      continue;
    }
    if (before.includes('的', verbs[0]!.index)) continue;
    if (verb.index + verb[0].length === before.length
      && (!TALLIED.test(before.slice(0, verb.index)) || NOUNS_LISTED.test(line.slice(m.index + m[0].length)))) continue;
    holes.push({ start, end: m.index + m[0].length });
  }
  // A list's second hole (公开规章件、规范性文件件) quoted from after the first, its 、 left out.
  const found: { start: number; end: number }[] = [];
  for (const { start, end } of holes.sort((a, b) => a.end - b.end)) {
    const after = found.at(-1)?.end ?? 0;
    found.push({ start: after > start ? after + (line[after] === '、' ? 1 : 0) : start, end });
  }
  return found;
}

export const blankCount: Rule = {
  id: 'prose/blank-count',
  severity: 'warning',
  description: '正文中的数量都填了数字，没有只剩量词的空位 (every count in the text has its figure: no measure word left where a figure belongs)',
  rationale: {
    zh: '年度报告常按模板填写，漏填的数字在正文里留下空位：“微信公众号编辑发布信息条。”“共收到政府信息公开申请件，”量词（条、件、篇、个、次、期、份、人次）紧跟在所计的事物之后，前面没有数字；或紧跟在动词之后、所计的事物之前（“共发布条信息”），或紧跟在“共”“当年”等字样后的动词之后（“当年办结件”），或是“其中”所列各项中的一项，前一项写了同一量词的数（“工作动态类信息29条、部门概况类信息条、”）。报告应当说明的数量没有写出，读者无从得知，也无法与表格核对，所以作为警告指出每一处。“条例”“条件”“文件”“每条”“若干条”“第十条”“未收到申请件”这类字样不是空位，不报告。',
    en: 'Reports are often filled in from a template, and a figure left out leaves a hole in the text: 微信公众号编辑发布信息条。 (“the WeChat account published … items.”), 共收到政府信息公开申请件， (“in all … applications were received,”): the measure word (条, 件, 篇, 个, 次, 期, 份, 人次) right after what was counted, no figure before it; or right after the verb, before what was counted (共发布条信息), or after a verb that follows 共, 当年 and the like (当年办结件), or an item of a list whose item before it has its count in the same measure word (工作动态类信息29条、部门概况类信息条、). A count the report should state is not given: the reader cannot know it or check it against the tables, so each such hole is pointed at as a warning. Words such as 条例 (the Regulations), 条件 (conditions), 文件 (documents), 每条 (each), 若干条 (some), 第十条 (article 10) or 未收到申请件 (no applications received) are no holes and are not reported.',
  },
  example: {
    passes: {
      zh: '通过报刊、微信公众号等媒体公开信息344条。',
      en: '通过报刊、微信公众号等媒体公开信息344条 (“344 items published through newspapers, WeChat accounts and other media”).',
    },
    fails: {
      zh: '“甘南卫生健康”微信公众号编辑发布信息条。',
      en: '“甘南卫生健康”微信公众号编辑发布信息条: the count of items published was never filled in.',
    },
  },
  check(_report, ctx) {
    // The report's sentences alone: a portal's counter its script fills (本站共发布信息<script>…</script>条) is no text of the report's.
    // Any line of them holding a clause's stop, however short (共受理件。) or cut short (…发布信息条，): a table's label
    // laid out as text has none.
    const prose = (line: string, i: number) => inReportText(ctx, i) && /[。，,；;]/.test(line) && !isFooter(line);
    const holes: { text: string; spot: Spot }[] = ctx.lines.flatMap((line, i) => !prose(line, i) ? [] :
      blanks(line).map(({ start, end }) => ({ text: line.slice(start, end), spot: { lines: 'body' as const, line: i, start, end } })));
    if (holes.length === 0) return [];
    // A long clause quoted to its end: the measure word left bare is what the reader must see.
    const quoted = holes.map(({ text }) => quote(text, [{ at: text.length - 1, stop: text.length }])).join('、');
    return [pageFinding('warning', `正文有${holes.length}处数量没有填数字，只剩量词：${quoted}；报告未写出这些数量，请对照原文`, holes.map(({ spot }) => spot))];
  },
};
