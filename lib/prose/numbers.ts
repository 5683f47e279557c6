import { readChineseNumber, scaled } from '../text/chinese-number.ts';
import { isBlank } from './sentences.ts';
import { HAN, HAN_CHAR } from '../text/han.ts';
import { LEVELS } from '../document/names.ts';
import { UNITS } from './units.ts';
import { addImpliedZeros, addSaidZeros, APPLICANT, CASE, CLAUSE_START, insertInOrder, NAMED_CASE, NOT_ONE } from './zeros.ts';

// Counts as reports write them in sentences: Arabic (1,690 / １６９０ / 2300万) or Chinese (三十二, 两,
// 一千二百), with 约/近 before and 余/多/左右 after for approximate ones, and a unit of count after.
// Years (2019年), dates (3月1日), document numbers (〔2021〕30号), phone numbers, postcodes and
// percentages carry no unit of count, so they never match as a figure; what is left to guard against
// (第N, codes, 一 as an article, compounds such as 七部分) is checked in countedToken().

const CN_DIGITS = '零〇一二两三四五六七八九十百千';
// A Chinese number starts with a digit or 十 (百姓, 千家万户 are words) and may hold one 万 group.
// 百余条, 千多人: a round hundred or thousand, said only with 余/多.
const CN_NUMBER = `[一二两三四五六七八九十][${CN_DIGITS}]*(?:万[${CN_DIGITS}]+)?|[百千](?=[余多])`;
// 万/亿 is a multiplier only when no unit starts with it (2300万次 = 23,000,000 次, but 3万元 = 3 万元); with no unit
// after it, where the clause ends (粉丝数累积超 3170 万，总浏览量为 536 万。), it counts in no unit; with a + after it
// (100万+推文4篇: posts read more than a million times) it names a kind, no count.
// Full-width digits (１６９０) count as digits.
// The same scan notes 未/没有/无 (before 因, a fee, 结转, a case, 依申请公开 or an applicant)/数 and 为 before a zero, what the rarer kinds (the zeros said
// in words, zeros.ts; BARE) start with, so that a line holding none is read once. No counted figure contains
// them: the figures found are those of the first alternative alone.
// Editors often set numbers apart with a space (申请 12 件, 1128 条): one may sit between the number
// and what follows it. Some print them in brackets (发布政务信息(1386)条): the closing bracket is matched before the
// look back for the opening one, which would read the digits back again for each digit the number gives back.
// 余 may stand before 万 (100余万份).
const COUNTED = new RegExp(`([\\d０-９]+(?:,\\d{3})*(?:[.．][\\d０-９]+)?|${CN_NUMBER})(?:[)）](?<=[(（][\\d０-９]+[)）]))?([ \\u00a0\\u3000]?)((?:余|多)(?=[万亿]))?(万|亿)??(余|多)?(?:[ \\u00a0\\u3000]?(${UNITS})(左右)?|(?<=[万亿][余多]?)(?![${HAN}A-Za-z\\d０-９.．%％+＋]))|(未|没有|不存在|无(?=${NOT_ONE}因|收取|发出|(?:任何)?收费|政府信息公开的?收费|(?:上一?年度?|去年)?的?结转|${NOT_ONE}(?:申请|提起)?${CASE}|依申请公开|(?:任何)?${APPLICANT}))|(数)|为(?=\\s?[0０零])|(?<=[:：][ \\u3000]?)无(?=\\s*(?:[。；;，,]|$))`, 'yu');
// COUNTED is tried (sticky) only where it can match: at a digit, a Chinese number's or one of the rarer kinds' first
// character, told by its code (a regex scan for them makes a match object at every digit of the page).
const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
const codes = (chars: string) => new Set([...chars].map((ch) => ch.charCodeAt(0)));
const CN_START = codes('一二两三四五六七八九十');
const CN_DIGIT = codes(CN_DIGITS);
const OTHER_START = codes('百千未没不无数为');
// What may follow a number's last digit in a count: the rest of the number (,123 .5), the closing bracket of (1386)条, a
// space, 余/多/万/亿, or a unit's first character.
const MAY_FOLLOW = codes(`,.．)） \u00a0\u3000余多万亿${UNITS.replace(/\|/g, '')}`);
const startsCounted = (c: number) => isDigit(c) || (c >= 0x4e00 && (CN_START.has(c) || OTHER_START.has(c)));

/** Where the digits from `at` (character `c`) end, or the Chinese number's before any 万. */
function numberEnd(text: string, at: number, c: number): number {
  let end = at + 1;
  if (isDigit(c)) while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  else while (end < text.length && CN_DIGIT.has(text.charCodeAt(end))) end++;
  return end;
}

// A bare number counts only as the value of a 数 (通过其他方式公开政府信息数0), and never as a rate.
const BARE = /数量?(?:为|是|达)?\s*([\d０-９]+(?:[.．][\d０-９]+)?)(?![\d０-９.．%％年月日号])/g;
// …and as the total a 其中 breaks down right after it, its unit left for the items to say (2009年度共接受市民等咨询62,其中:咨询电话
// 接听46次,当面受理咨询16次: baiyang-2009); not a year.
const A_YEAR = /^(?:19|20)\d{2}$/;
const BARE_TOTAL = new RegExp(`(?<=[${HAN}])([\\d０-９]{1,6})(?=[，,]\\s*其中)`, 'gu');
// Read before the number rather than inside COUNTED: a leading optional group slows the scan threefold.
// 约 may lead to the number with a verb (浏览量约为980862次).
const APPROX_BEFORE = /(?:将近|接近|大约|超过|突破|约|近|逾|超)$|约(?:为|达)$/;

// Characters before a number that make it part of something else: 第三 (ordinal), 五届四次 (a session),
// A4 / 0432-68383016 / 218.27.140.5 (codes, phone numbers, addresses), 〔2021〕.
const GLUED_BEFORE = /[第届A-Za-z0-9０-９.．\-－—_/〔[]/y;
// A unit followed by these characters is the start of another word: 七部分, 3人大代表, 5项目.
const COMPOUNDS = new Set(['部分', '部门', '部署', '人民', '人员', '人大', '人事', '人才', '人口', '条例', '条件', '条款',
  '名称', '名单', '名录', '期间', '期限', '台账', '家庭', '场所', '场地', '户籍', '所有', '所属', '起草', '本级', '元旦',
  '份额', '项目', '次日', '类别', '类型', '批准', '批复', '处理', '处室', '张贴', '例外', '封面', '本机', '位数', '位小',
  // 三轮车, 两轮电动车, 三轮摩托, 两轮驱动: vehicles and machines, not rounds.
  '轮车', '轮椅', '轮胎', '轮电', '轮摩', '轮汽', '轮驱', '轮式', '轮机',
  // 2卷宗: case files counted with no unit, not volumes.
  '卷宗',
  // 现将2020本部门…: 本 opening a word (本部门, 本年度, 本单位, 本局 …) is not a count of books.
  '本部', '本年', '本单', '本局', '本委', '本办', '本区', '本市', '本县', '本乡', '本镇', '本届', '本次', '本着', '本地', '本系', '本网', '本人']);
// Set phrases that look like counts: 八项规定, 三个代表, 四个意识 …; the leading bodies named by their number (四套班子);
// 行政执法三项制度 (公示, 全过程记录, 法制审核), not any three rules made (制定了…三项制度).
const SET_PHRASE = /^(?:八项规定|三个代表|四个(?:意识|自信|全面)|两个(?:维护|确立|大局)|三会一课|四项基本|三位一体|[两三四五六]套班子)/;
const ENFORCEMENT_RULES = /执法$/;

export interface NumberToken {
  value: number;
  /** What it counts, where the phrase itself says (an implied zero: 未收到…申请 counts 收到…申请). */
  label?: string;
  unit: string | null;
  approximate: boolean;
  /** Where the figure starts (any 约/近 included). */
  at: number;
  /** The digits (with any 万/亿): text[start, end). */
  start: number;
  end: number;
  /** End of the whole figure (unit and 左右 included). */
  stop: number;
  /** One of the items listed before a count said of each with 各 (当面申请、网上申请各2件): an item of a list as any other. */
  each?: true;
}

/** The counts of a text (`tokens`, as findNumbers found them), each with the words that name it: from where the count before stops (or the text's start) to its number. */
export function namedCounts(text: string, tokens: readonly NumberToken[]): { token: NumberToken; words: string }[] {
  return tokens.map((token, k) => ({ token, words: text.slice(tokens[k - 1]?.stop ?? 0, token.at) }));
}

/** The figures of a sentence in order: numbers with a unit of count, or a bare number right after 数 (信息数0). */
export function findNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  // Which of the rarer kinds the line may hold: each is looked for only then (数 is common, 为0 and 未 are not).
  let none = false, said = false, bare = false;
  // The text's titles, found once: a number is looked up among them, not by a search back over the text (cubic in a
  // long line of counts: a list of thousands set apart by <br> that the prose reader joins).
  const titles = text.includes('《') ? titleSpans(text) : NO_TITLES;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (!startsCounted(c)) { i++; continue; }
    // A number runs to its last digit whichever of them it is read from, and counts only where a unit, 万/亿/余/多, a
    // space or the rest of the number follows it: else it is passed over whole, untried (a portal's list of links,
    // 导航栏目12：关于印发第12号通知的解读2023-01-12, is thousands of digits counting nothing).
    const number = isDigit(c) || CN_START.has(c);
    const end = number ? numberEnd(text, i, c) : i + 1;
    if (number && !MAY_FOLLOW.has(text.charCodeAt(end))) { i = end; continue; }
    COUNTED.lastIndex = i;
    const m = COUNTED.exec(text);
    if (!m) { i = end; continue; }
    i = COUNTED.lastIndex;
    if (m[1] === undefined) {
      if (m[8] !== undefined) none = true; // 未/没有/不存在/无因 (无收取, 无收费, 无发出)
      else if (m[9] !== undefined) bare = true; // 数
      else said = true; // 为0
      continue;
    }
    const token = countedToken(text, m, titles);
    if (token) out.push(token);
  }
  if (none) addImpliedZeros(text, out);
  if (said) addSaidZeros(text, out);
  if (bare) addBare(text, BARE, out);
  if (text.includes('其中')) addBare(text, BARE_TOTAL, out);
  if (out.length > 0) addBareItems(text, out);
  shareAmongListed(text, out);
  return out;
}

/** Where the text's last clause starts, after its last ； or 。 (0: none). */
function lastClauseAt(text: string): number {
  return Math.max(text.lastIndexOf('；'), text.lastIndexOf('。')) + 1;
}
/** How far endsInCount reads back before the last clause for words that reach across it (报告, “「). */
const NEAR = 60;

/**
 * Whether endsInCount reads the whole text, as findNumbers does, or its last clause alone: only where something before
 * that clause reaches across it. A figure's reading reaches back no further than its clause but for a title still open at
 * its start (《 after the last 》 or 。: titleSpans), a quotation's ASCII marks counted from the text's start (" an odd
 * number of times: insideQuotes), one opened shortly before (“「, 20 characters) and a report named shortly before (报告,
 * 60: 六个板块). A title closed before (依据《条例》汇总如下) reaches no further: a list of thousands after it, joined a
 * <br> at a time (wrapped-lines.ts), would read all of itself again at each join. `before`: what is open before the text,
 * the tail of a longer one; a title or quotation open is read as opened at its start.
 */
export function endsInCount(text: string, before?: OpenMarks): boolean {
  const cut = lastClauseAt(text);
  const near = text.slice(Math.max(0, cut - NEAR), cut);
  const open = marksAfter(text.slice(0, cut), before);
  const whole = cut === 0 || open.title || open.quote || near.includes('报告') || /[“「]/.test(near.slice(-20));
  const read = whole ? (before?.title ? '《' : '') + (before?.quote ? '"' : '') + text : text.slice(cut);
  const last = findNumbers(read).at(-1);
  return last !== undefined && last.unit !== null && last.stop === read.length;
}

/** What is open after a text (`before`: what was open before it): a title (titleSpans), an ASCII quotation (insideQuotes). */
export interface OpenMarks { title: boolean; quote: boolean }
const NONE_OPEN: OpenMarks = { title: false, quote: false };

/** What is open after `text`, `before` being open before it. */
export function marksAfter(text: string, before: OpenMarks = NONE_OPEN): OpenMarks {
  let { title, quote } = before;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '《') title = true;
    else if (ch === '》' || ch === '。') title = false;
    else if (ch === '"') quote = !quote;
  }
  return { title, quote };
}

/**
 * "收到政府信息公开申请、举报投诉均为2件", "行政复议和行政诉讼均为零": a count said of the items listed before it, each of
 * them (均为, 都是; a zero with 为 alone, which no item can be more than), is each item's: one count per item, bound to
 * its words, not to the one digit. A case is labelled by its words alone, and its zero counts in 件 as the tables do;
 * the first item by its clause's words up to it (共收到政府信息公开申请 → 收到政府信息公开申请), each other by its own.
 */
function shareAmongListed(text: string, out: NumberToken[]): void {
  for (let k = 0; k < out.length; k++) {
    const token = out[k]!;
    let copula = token.at;
    while (copula > 0 && isBlank(text.charCodeAt(copula - 1))) copula--;
    if (token.label !== undefined || !COPULA.has(text[copula - 1] ?? '')) continue;
    let from = clauseStartBefore(text, token.at);
    if (k > 0) from = Math.max(from, out[k - 1]!.stop);
    const said = SAID_OF_EACH.exec(text.slice(Math.max(from, copula - 6), token.at));
    if (!said || (said[1] === undefined && said[2] === undefined && token.value !== 0)) continue;
    const items = listedItems(text, from, token.at - said[0].length);
    if (!items) continue;
    const shared = items.map(({ start, end }, i): NumberToken => {
      const named = NAMED_CASE.exec(text.slice(start, end));
      const label = named ? named[0] : i > 0 ? text.slice(start, end) : undefined;
      const unit = named && token.value === 0 ? '件' : token.unit;
      const at = named ? start + named.index : label === undefined ? end : start;
      const item: NumberToken = { value: token.value, label, unit, approximate: token.approximate, at, start: Math.min(at, start + (named?.index ?? 0)), end, stop: end };
      // Each of 各: the last item's figure stops where the count does (…各2件), and what follows goes on from there.
      return said[2] === undefined ? item : { ...item, each: true, stop: i === items.length - 1 ? token.stop : end };
    });
    out.splice(k, 1, ...shared);
    k += shared.length - 1;
  }
}
// The words between the list and its count: a measure they share (数量均为0), then 均/都 and the copula; or 各 (each).
const COPULA = new Set(['为', '是', '各']);
const SAID_OF_EACH = /(?:(?:的|数量|总数|(?<=申请|复议|诉讼|投诉|举报|申诉)数)?(均|都)?[为是]|(各))\s*$/;
/** Where the clause holding text[at] starts. */
function clauseStartBefore(text: string, at: number): number {
  let from = at;
  while (from > 0 && !CLAUSE_START.test(text[from - 1]!)) from--;
  return from;
}
// What joins the items: not 参与, 和解, 及时 … (words holding the characters).
const ITEM_JOINS = /、|以及|(?<![涉普危])及(?!时)|和(?!解)|(?<![参给授])与/g;
const ITEM = new RegExp(`^[${HAN}“”"]{2,12}$`, 'u');
const LAST_HAN = new RegExp(`[${HAN}]$`, 'u');

/**
 * The items of a list text[from, to) (A、B和C), each its words; null where it is no list of two or more short names.
 * A 和 (及, 与) joins two words of one item where the words after it end as another item does and those before it do not:
 * both share that ending (公共资金使用信息、机构调整和人员变动类信息各2条, shulan-jjj-2013: two items, not three; 当面申请、
 * 信函申请和网上申请: three).
 */
function listedItems(text: string, from: number, to: number): { start: number; end: number }[] | null {
  const pieces: { start: number; end: number; afterComma: boolean }[] = [];
  let start = from, afterComma = true;
  const words = text.slice(from, to);
  ITEM_JOINS.lastIndex = 0;
  for (let m = ITEM_JOINS.exec(words); ; m = ITEM_JOINS.exec(words)) {
    const end = m ? from + m.index : to;
    let s = start;
    while (s < end && isBlank(text.charCodeAt(s))) s++;
    pieces.push({ start: s, end, afterComma });
    if (!m) break;
    start = from + m.index + m[0].length;
    afterComma = m[0] === '、';
  }
  const ending = (p: { end: number }) => text.slice(p.end - 2, p.end);
  const items: { start: number; end: number }[] = [];
  pieces.forEach((piece, i) => {
    const before = items.at(-1);
    const shared = !piece.afterComma && before !== undefined && ending(before) !== ending(piece)
      && pieces.some((other, j) => j !== i && j !== i - 1 && ending(other) === ending(piece));
    if (shared) before.end = piece.end;
    else items.push({ start: piece.start, end: piece.end });
  });
  // The first item holds the clause's words before it (共收到…); the others are names alone, no 的 in them.
  const [first, ...rest] = items;
  if (rest.length === 0 || !LAST_HAN.test(text.slice(first!.start, first!.end)) || first!.end - first!.start < 2) return null;
  return rest.every(({ start: s, end }) => ITEM.test(text.slice(s, end)) && !text.slice(s, end).includes('的')) ? items : null;
}

/** 信息数0: a bare number right after 数, or before the 其中 that breaks it down (not a year). */
function addBare(text: string, bare: RegExp, out: NumberToken[]): void {
  bare.lastIndex = 0;
  for (let m = bare.exec(text); m; m = bare.exec(text)) {
    const digits = m[1]!;
    if (bare === BARE_TOTAL && A_YEAR.test(digits)) continue;
    const start = m.index + m[0].length - digits.length;
    if (gluedBefore(text, start) || out.some((t) => t.start === start)) continue;
    const end = start + digits.length;
    if (cellsRunTogether(text, start, digits, null)) continue;
    insertInOrder(out, { value: arabicValue(digits), unit: null, approximate: false, at: start, start, end, stop: end });
  }
}

// A list run together, one item's unit lost (…政务要闻415条通知公告307不动产公告84条…, zlq-2021), or all its items' after a
// 其中 (…发布各类信息854条,其中新闻类信息520旗内文件55政策解读60…更新类信息219、微信平台同步发布信息812条): a bare number
// after a name, before another or a list's 、. Not a year or date (2021年), a service line (12345热线, 110报警), a name's digits
// (3A, 5G: no name after them), an ordinal (第2季度, 第15届) or a number that names or measures (88号楼, 3楼, 15百分点, 2倍).
// The last item ends its clause (…公开信息88条,安岳县人民政府办公业务资源网公开信息37。: anyue-zhouli-2021).
const LISTED_BARE = new RegExp(`(?<=[${HAN}])(?<!第)[\\d０-９]{1,6}(?![余多万亿]|${UNITS})(?=[${HAN}、，,。；;])`, 'gu');
const NAMES_NUMBER = /^(?:[年月日号届楼栋层室倍岁]|季度|百分点|周年|热线|专线|电话|报警|急救|火警|平台)/;
const NAMES_ONLY = new RegExp(`^[${HAN}]{2,}$`, 'u');
/** Whether the bare digits at text[start, end) name something rather than count it (a year, a line's number). */
export function namesNumber(text: string, start: number, end: number): boolean {
  return SERVICE_LINE.test(text.slice(start, end)) || NAMES_NUMBER.test(text.slice(end, end + 3));
}

/** A bare number (LISTED_BARE's match): where it stands, and its value. */
interface Bare { start: number; end: number; value: number }
/** A bare number read as a count in `unit`. */
const bareToken = ({ start, end, value }: Bare, unit: string): NumberToken => ({ value, unit, approximate: false, at: start, start, end, stop: end });

/**
 * The list items among the bare numbers of the text (LISTED_BARE, none naming anything), as counts in their list's unit:
 * all the items of a 其中 where they add up to its total (summedItems), then each between two counts of its list (listedUnit).
 */
function addBareItems(text: string, out: NumberToken[]): void {
  const summing = text.includes('其中');
  if (!summing && out.length < 2) return;
  const bare = [...text.matchAll(LISTED_BARE)].map((m): Bare => ({ start: m.index!, end: m.index! + m[0].length, value: arabicValue(m[0]) }))
    .filter(({ start, end }) => !namesNumber(text, start, end));
  if (bare.length === 0) return;
  if (summing) {
    for (const item of [...out].flatMap((total) => orLast(summedItems(text, total, bare, out), () => lastItem(text, total, bare, out)))) insertInOrder(out, item);
  }
  const listed: NumberToken[] = [];
  let k = 0; // the first count not before the number (the matches come in order: one pass over the counts)
  for (const item of bare) {
    while (k < out.length && out[k]!.stop <= item.start) k++;
    const unit = listedUnit(text, item, out[k - 1], out[k]);
    if (unit !== null) listed.push(bareToken(item, unit));
  }
  for (const token of listed) insertInOrder(out, token);
}

/**
 * The unit of a bare number between two counts in one unit, the one before named before it too (政务要闻415条): items of a
 * list, each its name then its count; null where it is no such item.
 */
function listedUnit(text: string, { start, end }: Bare, before: NumberToken | undefined, after: NumberToken | undefined): string | null {
  if (!before || !after || after.at < end || before.unit === null || before.unit !== after.unit || before.approximate || after.approximate) return null;
  return HAN_CHAR.test(text[before.at - 1] ?? '') && NAMES_ONLY.test(text.slice(before.stop, start)) && NAMES_ONLY.test(text.slice(end, after.at)) ? before.unit : null;
}

// What opens a total's items, right after it; and where its clause ends.
const OPENS_ITEMS = /^\s?[，,：:]?\s?其中[：:，,]?/;
const CLAUSE_STOP = /[。；;]/g;
/** Where the items a 其中 right after an exact total opens stand: from after it to its clause's end; null where none opens. */
function itemsClause(text: string, total: NumberToken): { from: number; end: number } | null {
  if (total.unit === null || total.approximate) return null;
  const opens = OPENS_ITEMS.exec(text.slice(total.stop, total.stop + 8));
  if (!opens) return null;
  const from = total.stop + opens[0].length;
  CLAUSE_STOP.lastIndex = from;
  return { from, end: CLAUSE_STOP.exec(text)?.index ?? text.length };
}

/** The bare numbers after a total's 其中, up to the next count or the clause's end, where two or more add up to it exactly: its items. */
function summedItems(text: string, total: NumberToken, bare: Bare[], out: NumberToken[]): NumberToken[] {
  const clause = itemsClause(text, total);
  if (!clause) return [];
  const { from, end } = clause;
  const to = Math.min(out.find((t) => t.at >= from)?.at ?? text.length, end);
  const items = bare.filter(({ start }) => start >= from && start < to).map((item) => bareToken(item, total.unit!));
  return items.length >= 2 && items.reduce((sum, item) => sum + item.value, 0) === total.value ? items : [];
}

// What stands between the item before and the last one: a clause's comma, then the last one's name.
const LAST_NAME = new RegExp(`^[，,、]?[${HAN}]{2,}$`, 'u');
// The items of a 其中 all bare where there are, else its last one bare (lastItem).
const orLast = (items: NumberToken[], last: () => NumberToken[] | null): NumberToken[] => (items.length > 0 ? items : last() ?? []);
/**
 * A 其中's last item that lost its unit at its clause's end, after items counted in the total's (…共125条,其中通过…平台公开信息
 * 88条,…资源网公开信息37。: anyue-zhouli-2021), where it and they add up to the total exactly; null where there is none.
 */
function lastItem(text: string, total: NumberToken, bare: Bare[], out: NumberToken[]): NumberToken[] | null {
  const clause = itemsClause(text, total);
  if (!clause) return null;
  const { from, end: to } = clause;
  const counted = out.filter((t) => t.at >= from && t.at < to);
  const last = bare.find(({ start, end }) => start >= from && end === to);
  const before = counted.at(-1);
  if (!last || !before || before.stop > last.start || counted.some((t) => t.unit !== total.unit || t.approximate)) return null;
  if (!LAST_NAME.test(text.slice(before.stop, last.start))) return null;
  return counted.reduce((sum, t) => sum + t.value, last.value) === total.value ? [bareToken(last, total.unit!)] : null;
}

function countedToken(text: string, m: RegExpExecArray, titles: readonly number[]): NumberToken | null {
  const digits = m[1]!, multiplier = m[4], unit = m[6] ?? null;
  const start = m.index, stop = start + m[0].length;
  const inBrackets = CLOSE_BRACKET.test(text[start + digits.length] ?? '');
  const open = inBrackets ? start - 1 : start;
  if (gluedBefore(text, open) || (unit !== null && COMPOUNDS.has(unit + (text[stop] ?? '')))) return null;
  // 通 counts calls where the clause goes no further (热线电话11通，) or names them (11通电话); else it opens a word (3通过, 三通一平).
  if (unit === '通' && HAN_CHAR.test(text[stop] ?? '') && !CALLS_AFTER.test(text.slice(stop, stop + 2))) return null;
  // A number in brackets counts after what it counts (信息(1386)条); one opening a clause numbers a list ((1)个人信息).
  if (inBrackets && !HAN_CHAR.test(text[open - 1] ?? '')) return null;
  // 数十件, 数百条, 几千人: no number said.
  if (ROUND.test(digits) && SOME.test(text[start - 1] ?? '')) return null;
  const code = digits.charCodeAt(0);
  const arabic = code < 0x80 || (code >= 0xff10 && code <= 0xff19);
  // Only digits count in 万 alone: 三千万， or 一万。 in words may be no count at all.
  if (unit === null && !arabic) return null;
  // 六个部分组成 / 6项内容 count the report's parts, 七个小类 its kinds; 15个工作日 (工作曰, as pages mistype it) and
  // 3个月 are spans of time; 四类过程性信息 names a row of 表三; 条例第9至12条 is an article range; 人大七次会议 is a session.
  // A report has a few parts: 68项内容 counts what a catalogue holds (涉及21个领域68项内容).
  const structure = STRUCTURE_UNITS.has(unit) && NOT_COUNTED_AFTER.exec(text.slice(stop, stop + 4))?.[0];
  if (structure && (structure !== '内容' || digits.length === 1 || !arabic)) return null;
  // A website's 5个板块 is a count, a report's is its parts (本报告由…六个板块组成).
  if (text.startsWith('板块', stop) && (REPORT_PARTS_AFTER.test(text.slice(stop + 2, stop + 4)) || REPORT_BEFORE.test(text.slice(Math.max(0, start - 60), start)))) return null;
  if (WAYS_AFTER.test(text.slice(stop, stop + 2))) return null;
  if (text.lastIndexOf('第', start) >= start - 10 && RANGE_END.test(text.slice(Math.max(0, start - 10), start))) return null;
  if (unit === '次' && !arabic && SESSION.test(text.slice(stop, stop + 24)) && SESSION_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return null;
  if (!arabic && PLACE_UNITS.has(unit) && PLACE_AFTER.test(text.slice(stop, stop + 3)) && !COUNTED_NOUN.test(text.slice(stop, stop + 5))) return null;
  if (AMONG_UNITS.has(unit) && RANKED_AMONG.test(text.slice(stop, stop + 24))) return null;
  // 一项重要工作 (an article), “三个代表” and 八项规定 (set phrases), quoted in ASCII too ("四个中心").
  // 一 is a count where nothing follows its unit but a stop (废止一件。, 召开会议一次，); 一批 never is:
  // it says "a number of" (清理了一批。).
  if (!arabic && ((digits === '一' && (unit === '批' || !CLOSE_STOP.test(text[stop] ?? '。'))) || text[start - 1] === '“'
    || (text[start - 1] === '"' && insideQuotes(text, start)) || SET_PHRASE.test(text.slice(start, start + 4))
    || (text.startsWith('三项制度', start) && ENFORCEMENT_RULES.test(text.slice(Math.max(0, start - 2), start))))) return null;
  // 坚持做到三个“突出”: a number in words of 个 a quoted word that ends the clause is a slogan (两个“确保”), no count; one
  // that goes on to a noun is (三个“一站式”窗口), and so are times an activity so named was held (开展两次“回头看”, 三次“开放日”).
  if (!arabic && unit === '个' && SLOGAN_AFTER.test(text.slice(stop, stop + 10))) return null;
  // 以区委“奋力开创八个新局面”为抓手 (gsgz-jtj-2024): a number in words inside a quoted slogan that closes right after what it
  // numbers is part of the slogan, no count.
  // So is one in figures that a quoted campaign opens with (爱国卫生“7个专项行动”: yxes-county-wsjkj-2021), not what was
  // published (公开权责清单等“10张服务清单”: gz-jyt-2021).
  // A title quoted whole, a number in words deep in it, is a name too (完成“残疾人两项补贴提标政策解读”等8期在线访谈: dalian-gxq-2024).
  if ((!arabic ? QUOTED_NAME_CLOSES.test(text.slice(stop, stop + 14))
    : OPENS_QUOTE.has(text[start - 1] ?? '') && CAMPAIGN_QUOTED.test(text.slice(stop, stop + 8)) && QUOTE_CLOSES.test(text.slice(stop, stop + 8)))
    && insideQuotes(text, start)) return null;
  // 做好“产、城、人”三篇文章: work to be done, said as essays to write.
  if (unit === '篇' && ESSAYS_AFTER.test(text.slice(stop, stop + 3)) && ESSAYS_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return null;
  // 共印5份: the copies of an official document printed, in the 版记 of one that sends the report up (…2012年4月30日印发
  // 校对:… 共印5份), no figure of the report's.
  if (unit === '份' && PRINT_RUN.test(text.slice(Math.max(0, start - 4), start))) return null;
  // 其中一类15项、二类105项: a numeral's 类 right before a count names a class (class II), as KINDS_BEFORE in label.ts reads it.
  if (unit === '类' && !arabic && CLASS_COUNT_AFTER.test(text.slice(stop, stop + 2))) return null;
  // 二轮延包, 二轮巡察: the second round, named without its 第 (two rounds are 两轮); 新一轮 is the 一 above.
  if (unit === '轮' && digits === '二') return null;
  // 二套改善型住房认定, 二套房贷款: a household's second home (首套, 二套), no count of homes (two are 两套).
  if (unit === '套' && digits === '二' && SECOND_HOME_AFTER.test(text.slice(stop, stop + 5))) return null;
  // 南水北调东线一期, 二期工程: a phase of a project, part of its name.
  if (unit === '期' && (PHASE_AFTER.test(text.slice(stop, stop + 2)) || PHASE_OF.test(text[open - 1] ?? ''))) return null;
  // “创业富民30条” names a policy; 前进了三名 and 前10位 are ranks.
  if (CLOSE_QUOTE.has(text[stop] ?? '') && insideQuotes(text, start)) return null;
  // 《…健康有序发展七条措施》: a number inside a title is part of its name, wherever it stands in it.
  if (insideTitle(titles, start)) return null;
  if ((unit === '名' || unit === '位') && RANK_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return null;
  if (arabic && !multiplier && cellsRunTogether(text, start, digits, unit)) return null;
  // 东四六条17号, 地址:…东四十条: a street named with a numeral, a house number after it or an address before it.
  if (HOUSE_NUMBER.test(text.slice(stop, stop + 6)) || ADDRESS_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return null;
  // 按照八项制度, 围绕三个方面: the set of rules or aims work follows is named by its number in words, no count of what was
  // done (依据3件行政复议决定书 counts the decisions).
  if (!arabic && FOLLOWS_BEFORE.test(text.slice(Math.max(0, open - 2), open))) return null;
  // 根据教育部清单10大类50条的要求 (swu-2015): a count inside the requirement a clause says it followed is the rule's size,
  // no count of the year's work, in figures too.
  if (FOLLOWED_BEFORE.test(text.slice(Math.max(0, start - 20), start)) && REQUIREMENT_AFTER.test(text.slice(stop, stop + 12))) return null;
  // 12315台负责人: a service line's desk, named by its number (12345, 12315, 12369 …), no count of machines.
  if (unit === '台' && SERVICE_LINE.test(digits)) return null;
  let value = arabic ? arabicValue(digits) : readChineseNumber(digits) ?? NaN;
  if (multiplier) value = scaled(value, multiplier === '万' ? 1e4 : 1e8);
  // A run of digits past what a double holds (a page's garbage, 309 digits and more) is no count: Infinity is no JSON number.
  if (!Number.isFinite(value)) return null;
  // 政务动态和村务公开两项群众最关心的内容: a number in words restating the items listed right before it as a kind of
  // content says what they are, not how many of something there were. Any other noun after it is counted: the list
  // names the things, the number says how many (新增了政民互动、便民服务两个栏目).
  if (!arabic && restatesList(text, open, stop, value, unit)) return null;
  let k = open; // 约 300 条: blanks may part 约 from its number
  while (k > 0 && isBlank(text.charCodeAt(k - 1))) k--;
  // 中英文各1条, 分别提供…查询各1次, 每个处室指定1名: what each of several had, no count of anything (每年 is this year too);
  // but after a list of named items each item has it (当面申请、网上申请各2件: shareAmongListed gives each its own).
  const each = text.slice(Math.max(0, k - 12), k);
  if ((text[k - 1] === '各' && !listedItems(text, clauseStartBefore(text, k - 1), k - 1))
    || (EACH_BEFORE.test(each) && (!PERIODICAL.test(each) || (value === 1 && unit === '期')))
    || DONE_EACH_PERIOD.test(text.slice(Math.max(0, k - 30), k))) return null;
  // (不同渠道同一信息计1条), (…公开相同信息按1条计): how the report counts an item published more than once, no count of one.
  if (value === 1 && ((text[k - 1] === '按' && AS_ONE_AFTER.test(text.slice(stop, stop + 2))) || SAME_AS_ONE.test(text.slice(Math.max(0, k - 24), k)))) return null;
  const before = APPROX_BEFORE.exec(text.slice(Math.max(0, k - 2), k))?.[0] ?? '';
  const at = before ? k - before.length : open;
  // 最近3次 is recent, not about 3.
  const approxBefore = before !== '' && !(before === '近' && /[最附临]/.test(text[at - 1] ?? ''));
  return {
    value, unit, approximate: approxBefore || m[3] !== undefined || m[5] !== undefined || m[7] !== undefined,
    at, start, end: multiplier ? text.indexOf(multiplier, start + digits.length) + 1 : start + digits.length, stop,
  };
}

const CLASS_COUNT_AFTER = /^\s?[\d０-９]/;
const CALLS_AFTER = /^(?:电话|来电)/;
const HOUSE_NUMBER = /^\s?[\d０-９一二三四五六七八九十]+号/;
// The address may hold a house number before the count (地址:…南江滨西大道193号东部办公区1座5层: the building, no count).
const ADDRESS_BEFORE = /(?:地址|住址)[:：](?:[^，,。；;:：、\d０-９]|[\d０-９]+号)*$/;
/** 共 saying "in total", not inside a word (公共, 共享, 共同, 共性, 中华人民共和国 …). */
export const TOTAL_GONG = '共(?<!公共)(?![享同治商识青产和性])';
// 每 governing a count (每个处室指定1名): what each had; not with a total's word between (坚持每日更新共发布信息365条), nor
// after a means the 每 names (通过每周例会研究部署12项重点工作: the work is counted, not each meeting's).
const EACH_BEFORE = new RegExp(`(?<!通过|利用|借助|依托)每(?!年)(?:(?!${TOTAL_GONG}|累[计积]|合计|总计|全年)[^，,。；;：:、]){0,8}$`);
// …but not where 每周, 每月 names what a periodical holds, no one doing anything each week between (发布每周工作动态信息29条,
// linhe-gzmz-2025: the weekly news, 29 items; not 每周更新动态2次), unless one issue is counted: a weekly's year is no
// single issue, that is how often it comes out (编发每周工作简报1期; 每月简报12期 is the year's).
const EACH_PERIOD = '每(?:周|月|日|天|旬|季度?)';
const DONE_EACH = '发布|更新|公开|公示|推送|报送|上报|编发|印发|制作|召开|开展|组织|安排|指定';
const PERIODICAL = new RegExp(`${EACH_PERIOD}(?:(?!${DONE_EACH})[^，,。；;：:、]){0,6}(?:动态|简报|快报|要闻|资讯)(?:信息)?$`);
// Something done each period is said of one period however long what is done is named (每月公示低保、特困户数及发放情况信息
// 一条, bj-tongzhou-zhongcang-2025: one a month, no count of the year's); a name that only starts so (每日头条等媒体) is no doing.
const DONE_EACH_PERIOD = new RegExp(`(?<!通过|利用|借助|依托)${EACH_PERIOD}(?:${DONE_EACH})(?:(?!${TOTAL_GONG}|累[计积]|合计|总计|全年)[^，,。；;：:]){0,24}$`);
// The words of a counting rule: 按1条计(算), 按1条统计; 同一信息计1条, 重复发布的只算1条.
const AS_ONE_AFTER = /^(?:计|统计|算)/;
const SAME_AS_ONE = /(?:同一|相同|重复)[^，,。；;（()）]{0,16}(?:计|算|记)(?:为|作)?$/;
const FOLLOWS_BEFORE = /(?:按照|依照|依据|根据|遵照|对照|围绕)$/;
const FOLLOWED_BEFORE = /(?:按照|依照|依据|根据|遵照)[^，,。；;：:《》]{0,16}$/;
const REQUIREMENT_AFTER = /^[^，,。；;：:]{0,8}?的(?:要求|规定)(?=[，,。；;]|$)/;
// What joins the items of a list (及时 is no 及), and where the clause holding it starts.
export const LIST_JOINS = /、|以及|和|与|及(?!时)/;
const LIST_CLAUSE_START = /[，,。；;：:（(“”]/;

/**
 * Whether the count at text[open, stop), of `value` in `unit`, runs into a kind of content (内容, 方面) or of work after a
 * list of exactly that many items, none a count itself.
 */
function restatesList(text: string, open: number, stop: number, value: number, unit: string | null): boolean {
  if (value < 2 || unit === null || (unit !== '类' && !KIND_OF_CONTENT.test(text.slice(stop, stop + 14)))) return false;
  let from = open;
  while (from > 0 && !LIST_CLAUSE_START.test(text[from - 1]!)) from--;
  // As many items as the number says: those its 、 parts, each of which may join two with 和/及 (业务及服务) or hold
  // one (与公众切身利益有关的动态性信息).
  const items = text.slice(from, open).split('、');
  if (items.some((item) => item.trim() === '' || NUMERAL.test(item))) return false;
  const joins = items.reduce((n, item) => n + item.split(LIST_JOINS).length - 1, 0);
  return value >= items.length && value <= items.length + joins;
}
const NUMERAL = /[一二两三四五六七八九十]/;
// The noun a restating number runs into: a kind of content, after what describes it (群众最关心的内容), the levels, fields
// or aims work is cut into (平台、队伍、制度三个层次建设, 决策、执行、管理、服务四个领域提升, …效能五个目标实现:
// yongchun-chengxiang-2020), or the lines of work a clause ends with (围绕改善环境质量、确保环境安全、服务科学发展三条工作
// 主线，); in 类, whatever the kinds are called (机构职能、…、业务及服务、…动态性信息等六类基本信息).
const KIND_OF_CONTENT = /^(?:[^，,。；;、]{1,10}的)?(?:内容|方面|维度|层次|领域|目标)|^[^，,。；;、的]{0,4}(?:工作|主线|任务)(?=[，,。；;])/;

const CLOSE_BRACKET = /[)）]/;
const ROUND = /^[十百千]/;
const SOME = /[数几]/;
const NOT_COUNTED_AFTER = /^(?:部分|方面|内容|章节|大类|小类|(?:工作|自然)[日曰]|月|小时|内部事务|过程性)/;
const REPORT_PARTS_AFTER = /^(?:组成|构成)/;
const REPORT_BEFORE = /报告[^。]*$/;
// 通过两条途径公开, 三个渠道: the ways information goes out, in any unit, are no count of it.
const WAYS_AFTER = /^(?:途径|渠道)/;
// …counted in these units: 六个部分, 6项内容, 15个工作日, 四类过程性信息 (120条内容… is a count).
const STRUCTURE_UNITS = new Set<string | null>(['个', '项', '类']);
// The end of an article range: 条例第9至12条.
const RANGE_END = /第\s*[\d一二三四五六七八九十]+\s*条?\s*(?:至|到|—|－|-|、)\s*$/;
// Places named with a numeral and one of these units: 七户乡, 三元区, 九台区, 三台县, 五家渠市, 七台河市,
// 三家子村. What follows the unit is then a place suffix, at most one name character on (渠, 子, 河 …): the
// count units 个/名/项 … never start a name (3个乡镇, 12个街道), nor does an Arabic number. No 省, 州 or 盟 is
// named so, and a count may stand before one (两家省属医院).
const PLACE_UNITS = new Set<string | null>(['户', '家', '台', '元']);
const NUMERAL_PLACE_LEVELS = LEVELS.replace(/[省州盟]/g, '');
const PLACE_AFTER = new RegExp(`^[子河渠里庄屯堡沟店营湾坝坪岭寨桥峪]?(?:[${NUMERAL_PLACE_LEVELS}村]|街道)`);
// A place name goes on with anything: its organs and offices (七户乡人民政府, 九台区教育局), or what it did
// (七户乡认真落实…), too many to list. So a suffix right after the unit is taken for a place unless it opens
// a word of its own, one the unit counts: 两户村民, 五户乡亲, 两家村卫生室, 两家村镇银行, 两家乡镇卫生院,
// 三家市属医院, 三家县医院, 市直/县级/区域/旗属…, 三家市政府部门, 两家市场.
const COUNTED_NOUN = new RegExp(`^(?:[乡镇村](?:民|干部)|[${NUMERAL_PLACE_LEVELS}村]医|村(?:组|镇|卫生)|乡(?:亲|镇|村)|镇村|市(?:民|场)|[市镇村]容|[${NUMERAL_PLACE_LEVELS}村](?:级|属|直|域)|[${NUMERAL_PLACE_LEVELS}]政府部门)`);
// A count of those a ranking is among: 取得全市40个区县同类栏目办理前10位的成绩, 在全市30个单位中排名第2, 在330多个地级
// (含副省级)城市中第10次位列第一.
// Only counts of those ranked (区县, 单位, 部门): 主动公开政府信息1200条位居全市前5位 counts information.
const AMONG_UNITS = new Set<string | null>(['个', '家', '所']);
const RANKED_AMONG = /^[^，,。；;]{0,16}?(?:前[\d一二三四五六七八九十]+[位名]|中(?:第[\d一二三四五六七八九十]+次)?(?:排名|排第|名列|位列|位居))/;
/** A service line's number (12345, 12315, 12369 …): a name, no count. */
export const SERVICE_LINE = /^123\d\d$/;
const PRINT_RUN = /(?:[共合]印|印数[：:]?)\s*$/;
const PHASE_AFTER = /^(?:工程|项目|建设|改造|扩建|续建)/;
const SECOND_HOME_AFTER = /^(?:改善型?)?(?:住)?房/;
const PHASE_OF = /[线段]/;
const ESSAYS_AFTER = /^大?文章/;
const ESSAYS_BEFORE = /做[^，,。；;]*$/;
// 人大七次会议, 十届十次、十一次、十二次全会 (xjcma-2024): sessions, the later ones of a list named by their 次 alone.
const SESSION = /^(?:[、和及][一二三四五六七八九十]{1,3}次)*(?:会议|全会|常委)/;
const SESSION_BEFORE = /(?:届|人大|政协|代表大会)(?:[一二三四五六七八九十]{1,3}次[、和及])*$/;
const QUOTE_CLOSES = /^[^“”"，,。；;、：:\d０-９]{0,6}[”"]/;
const QUOTED_NAME_CLOSES = /^[^“”"，,。；;、：:\d０-９]{0,12}[”"]/;
const SLOGAN_AFTER = new RegExp(String.raw`^[“"][^“”"]{1,6}[”"](?![${HAN}\d])`, 'u');
// What may follow a count of 一 (废止一件。): the clause stops there.
const CLOSE_STOP = /[，,。；;、）)]/;
const CLOSE_QUOTE = new Set(['”', '"', '」', '’']);
const OPENS_QUOTE = new Set(['“', '「']);
const CAMPAIGN_QUOTED = /^[^“”"，,。；;、：:\d０-９]{0,4}(?:行动|活动|工程|战役|攻坚)[”"」]/;
const RANK_BEFORE = /(?:前进|上升|提升|提高|下降|后退|排名|位居|位列|名列|(?<![目此之当提日以])前)了?$/;

// A page that lost a table's cell boundaries runs a row's figures together after its label (…本年新收政府
// 信息公开申请数量332007042: 33 2 0 0 7 0 42). Such a run is no count where no count is written so: a long run
// after a 0 (0000000: blank cells; 035件 is 35), or a million or more applications or cases, which no body
// receives in a year: counted in 件/个 or nothing, the words right before naming them. A million 次 (访问量)
// or 元 (涉案金额) in the same clause is a figure.
const ZERO_RUN = /^[0０][0-9０-９]{4}/;
const MILLION = /^[0-9０-９]{7,}$/;
const COUNTS_CASES = new Set([null, '件', '个']);
const CASES_LABEL = /(?:申请|案件|复议|诉讼)[^，,。；;：:（(]{0,4}$/;

/** Whether plain digits (no separators, no 万) at text[start], counted in `unit`, are figures of cells run together, not one count. */
function cellsRunTogether(text: string, start: number, digits: string, unit: string | null): boolean {
  if (ZERO_RUN.test(digits)) return true;
  return MILLION.test(digits) && COUNTS_CASES.has(unit) && CASES_LABEL.test(text.slice(Math.max(0, start - 8), start));
}

/**
 * Where the text's titles run, [open, close) in pairs: from a 《 to the first 》 after it, with no other 《 and no sentence
 * ending in between.
 */
function titleSpans(text: string): number[] {
  const spans: number[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '《') open = i;
    else if (ch === '。') open = -1;
    else if (ch === '》') {
      if (open >= 0) spans.push(open, i);
      open = -1;
    }
  }
  return spans;
}
const NO_TITLES: readonly number[] = [];

/** Whether text[at] stands inside one of the text's titles (titleSpans). */
function insideTitle(titles: readonly number[], at: number): boolean {
  // The last title opening at or before `at` (the pairs are in order and apart).
  let lo = 0, hi = titles.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (titles[2 * mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && at < titles[2 * lo - 1]!;
}

/** Whether text[at] sits inside a quotation opened shortly before it. */
function insideQuotes(text: string, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 20); i--) {
    const ch = text[i];
    if (ch === '“' || ch === '「') return true;
    if (ch === '”' || ch === '」' || ch === '。') return false;
    // ASCII quotes open and close alike: count them.
    if (ch === '"') return (text.slice(0, i + 1).split('"').length - 1) % 2 === 1;
  }
  return false;
}

/** Whether the character before text[at], blanks skipped (第 3 次), makes the number there part of something else. */
function gluedBefore(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && isBlank(text.charCodeAt(before))) before--;
  GLUED_BEFORE.lastIndex = before; // sticky: the one character, read in place
  return before >= 0 && GLUED_BEFORE.test(text);
}

/** 1,690 / １６９０ / 0.5 → their value. */
function arabicValue(digits: string): number {
  const plain = Number(digits);
  if (!Number.isNaN(plain)) return plain;
  return Number(digits.replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/,/g, ''));
}
