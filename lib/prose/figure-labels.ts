// What becomes of a figure's label past the words that name it (label.ts): said as fully as its sentence says it (the
// year carried from or to, over the years, of which documents), and told apart from the figures labelled alike beside
// it by the word or the subject each stands after. The prose reader (figures.ts) asks it of each figure it reads.
import { ACTIVITY, clauseStart, labelBefore, subjectBefore, wordBefore } from './label.ts';
import { HAN } from '../text/han.ts';
import { LEVELS } from '../document/names.ts';
import { findNumbers, type NumberToken } from './numbers.ts';
import { RECEIVED_VERB } from './received.ts';
import { APPROVAL_WORDS, CASES } from './topics.ts';

/** A figure as its label is told apart: its label and unit, its count, and its line's text with where its clause starts there. */
export interface Labelled { label: string; unit: string | null; token: NumberToken; line: string; from: number }

// Carried in (结转, its year said before it), not forward (结转下年度).
export const STEP_CARRIED = /^(?:上年)?结转(?![至到下])/;

/** The label a count's words give, said as fully as its sentence says it: the year carried from or to, over the years, of which documents. */
export function fullLabel(label: string, text: string, from: number, token: NumberToken, year: number | null): string {
  return byCountedName(appliedBefore(ofVerbSaidBefore(ofDocuments(wholePlace(overYears(carriedFromYear(withVerb(verbAfterNow(label, text, from, token), text, from, token), text.slice(from, token.at), year), text, from, token), text.slice(from, token.at)), text, token), text, from, token), text, token), text, token);
}

// "主动公开信息19条,其中全市累计公开信息1200条": a count a 其中 opens that names the whole place, and over the years, counts
// more than the body's total; the label says so, as the words do (全市累计公开信息), not as one more 公开信息.
const AMONG_THEM_WHOLE = new RegExp(`^\\s*[。，,；;]?\\s*[（(]?\\s*其中\\s*[：:，,]?\\s*(全(?:[${LEVELS}国]|系统))((?:共计?|合计|总计)?累[计积])?`);
function wholePlace(label: string, words: string): string {
  const among = AMONG_THEM_WHOLE.exec(words);
  if (!among || label.startsWith(among[1]!)) return label;
  return among[1]! + (among[2] && !label.startsWith('累') ? '累计' : '') + label;
}

// "西柳镇人民政府微信公众账号(1个)发布信息149条;微博账号(1个)发布信息149条" (xiliu-2023-mirror): a count in brackets right
// after a name says how many of it there are, and what the words after the bracket count was done by it: the label
// takes the name, else each channel's posts read as one 发布信息.
const COUNTED_NAME = new RegExp(`([${HAN}]{2,20})[（(]\\d+个[）)]$`, 'u');
function byCountedName(label: string, text: string, token: NumberToken): string {
  // Only the words just before: the bracket and a name of at most 20 (a long joined line is not copied for each count).
  const before = text.slice(Math.max(0, token.at - label.length - 48), token.at).trimEnd();
  if (!label || !before.endsWith(label)) return label;
  const name = COUNTED_NAME.exec(before.slice(0, -label.length))?.[1];
  return name ? name + label : label;
}

// "…耐心指引其通过网上系统或当面申请,让群众少跑腿节省办事时间。2022年结转至2023年2件,2023年共受理265件" (bet365asia-zjj-2023): what was
// received, its sentence naming nothing, is what the sentence before it in the paragraph says was applied for: 受理申请.
// Not where that sentence names cases (行政复议申请) or approvals (审批, 窗口: topics' words, not the service centre, where
// disclosure is applied for too), or says nothing of applying for disclosure
// (企业群众可通过网上申请、掌上办理。全年共受理8600件: services applied for).
const RECEIVED_ALONE = new RegExp(`^${RECEIVED_VERB}$`);
const SENTENCE_END = /[。；;！!？?]/;
function appliedBefore(label: string, text: string, token: NumberToken): string {
  if (!RECEIVED_ALONE.test(label)) return label;
  const said = sentenceBefore(text, token.at);
  return said.includes('申请') && said.includes('公开') && !CASES.test(said) && !APPROVAL_WORDS.test(said) ? `${label}申请` : label;
}

/** The sentence before the one `at` stands in, with its stop ("" where none): found by stepping back, not by a regex over all the text before (a long joined line). */
function sentenceBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && !SENTENCE_END.test(text[end - 1]!)) end--;
  let start = Math.max(end - 1, 0);
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

// "受理行政复议申请56件，目前已办结38件" (xianning-sfj-2020): the word of time before a verb says when, not what the count
// counts; the verb does, and what it was done to is said as for a verb alone (ofVerbSaidBefore).
const NOW = /^(?:目前|当前|现)$/;
const NOW_THEN_VERB = new RegExp(`^\\s*(?:目前|当前|现)(?:已经?|共|累计)*(${ACTIVITY})\\s*$`);
function verbAfterNow(label: string, text: string, from: number, token: NumberToken): string {
  if (!NOW.test(label)) return label;
  return NOW_THEN_VERB.exec(text.slice(clauseStart(text, token.at, from), token.at))?.[1] ?? label;
}

// "2022年，区政府办公室共收到8份政府信息公开申请" (hanyang-bgs-2022), "依申请公开政府信息共收到37件" (hz-guali-2024): applications
// whose verb stands right before the count, not in the label, were received (answered, handled) as 收到政府信息公开申请8件
// says: the label takes the verb, which alone tells the applications received from those answered. Not where words
// between the count and the noun say they are another year's (共办理了2件上年结转的政府信息公开申请): the verb with the bare
// noun would name all the year's. Other words there keep it (收到4件针对本部门有关政府信息公开事务的申请, scjg-2024).
const APPLICATIONS_DONE = new RegExp(`${RECEIVED_VERB}|办结|答复|办理`);
const DONE_BEFORE_COUNT = new RegExp(`(${APPLICATIONS_DONE.source})了?\\s*$`);
const OF_OTHER_YEARS = /^[^，,。；;]*(?:结转|上一?年|去年|往年|以前年度)[^，,。；;]*$/;
function withVerb(label: string, text: string, from: number, token: NumberToken): string {
  if (!label.includes('申请') || APPLICATIONS_DONE.test(label)) return label;
  const verb = DONE_BEFORE_COUNT.exec(text.slice(from, token.at))?.[1];
  const noun = text.indexOf(label, token.stop);
  return verb && !(noun >= 0 && OF_OTHER_YEARS.test(text.slice(token.stop, noun))) ? verb + label : label;
}

// "对主动公开规范性文件进行全面清理,本年度制发0件,废止0件,现行有效2件", "开展了2次行政规范性文件专项清理,已经废止6个": a count
// named by what was done alone (what a clean-up kept and newly made too: 清理…0件,保留4件,新制发1件, funing-2025) counts
// the documents its sentence named before it; not in a bracket after their count, which it is part of
// (规章13件（含新制定5件，修改4件，废止4件）). So does one named by 表二's column after the documents and a colon, its
// 件数 no part of the label then ("本年出台行政规范性文件:制发件数2件,…,现行有效件数22件": hainan-sthjt-2022);
// not a column's name after another count (本年度制发规范性文件34件，现行有效件数424件: the 文件库's, gwh-2022).
const DONE_TO_DOCUMENTS = /^(?:新?(?:制发|印发|制定|出台)|废止|修订|修改|保留|现行有效)(件数)?$/;
const LEADS_COLUMNS = /^[:：]/;
const DOCUMENTS = /(?:行政)?规范性文件|规章/g;
const OPEN_BRACKET = /[（(][^）)]*$/;
function ofDocuments(label: string, text: string, token: NumberToken): string {
  const done = DONE_TO_DOCUMENTS.exec(label);
  if (!done) return label;
  const words = text.slice(Math.max(0, token.at - 60), token.at);
  const sentence = words.slice(Math.max(words.lastIndexOf('。'), words.lastIndexOf('；'), words.lastIndexOf(';')) + 1);
  const named = [...sentence.matchAll(DOCUMENTS)].at(-1);
  if (!named || OPEN_BRACKET.test(sentence.slice(named.index))) return label;
  if (!done[1]) return label + named[0];
  return LEADS_COLUMNS.test(sentence.slice(named.index + named[0].length)) ? label.slice(0, -done[1].length) + named[0] : label;
}

// "在…栏目发布应主动公开的…公文类政府信息，今年共发布80条" (gwh-2019), "积极向区委、区政府报送政务类、工作类信息,全年累计
// 报送112条" (cq-fengwen-jd-2020): a count named by its verb alone counts what a clause of its sentence before it did that
// verb to; the label is that clause's. So does one done at the end of what such a clause received, one process
// ("2022年受理政府信息依申请公开事项46件,办结44件", "互动交流留言收到1465条、办结1213条": hainan-sthjt-2022, ha-linzhou-2023):
// the label is that clause's with this verb for the other, which still tells the two counts apart. Another verb there
// (印发…，发布12条) says nothing of what this one was done to.
const VERB_ALONE = new RegExp(`^(?:${ACTIVITY}|报送|推送|编发|上报)$`);
// What the verb was done to: two characters or more after it, no 工作 (推进公开工作) and no count (每季度公开一次).
const DONE_TO = /^(?!工作|[一二两三四五六七八九十\d])[^]{2}/;
// The verb ending a field's name (政务公开, 村务公开, 政府信息公开) is done to nothing.
const FIELD_BEFORE = /(?:务|信息)$/;
function ofVerbSaidBefore(label: string, text: string, from: number, token: NumberToken): string {
  if (!VERB_ALONE.test(label)) return label;
  const clause = clauseStart(text, token.at, from);
  // Back to the count before (`from`) at most: the clause said what was done, and this count how much of it. What was
  // received was counted before (收到…1465条、办结1213条): back to that count's clause, in the sentence.
  const done = DONE_AFTER_RECEIVED.test(label);
  const back = done ? 0 : from;
  let start = clause;
  while (start > back && start > token.at - 80 && !SENTENCE_END.test(text[start - 1]!)) start--;
  const received = done ? lastReceived(text, start, clause, token) : null;
  const verb = received?.verb ?? label;
  const said = received ? received.at : text.lastIndexOf(label, clause - 1);
  if (said < start) return label;
  // What was received is named up to its count, not with it (受理审批事项117件), a bracket within it kept
  // (受理承办12345政务服务便民热线(市长热线)诉求共计22050件).
  const end = received ? received.count : clauseEnd(text, said, clause);
  // The verb said of something there, not a field of work it names (深入推进政务公开工作, 推进政务公开标准化建设).
  // What was received may be named before its verb (互动交流留言收到1465条).
  if (!received && (FIELD_BEFORE.test(text.slice(Math.max(start, said - 2), said)) || !DONE_TO.test(text.slice(said + verb.length, end)))) return label;
  const before = labelBefore(text, clauseStart(text, said, start), end);
  const at = before.lastIndexOf(verb);
  return before.length > verb.length && at >= 0 ? before.slice(0, at) + label + before.slice(at + verb.length) : label;
}
// What came in (收到, 受理…) or was handled (县长热线办理群众来电事项12件,办结12件: hn-mayang-banlishu-2022) and what of it
// was done at the end (办结, 答复), as prose/completion-rate pairs them: the last said before it (收到政府信息公开申请7件，
// 收到行政复议申请2件，办结2件: the cases'), with a count no less than the count done, what all came in (共受理2720件…,
// 日均受理7.5件,办结2680件: huzhu-zwfwzx-2020; not the daily 7.5).
/** The verbs of what was done at the end of what came in; a label made of one and what came in keeps its verb (办结政府信息公开申请). */
export const DONE_VERB = /办结|答复/;
const DONE_AFTER_RECEIVED = new RegExp(`^(?:${DONE_VERB.source})$`);
const RECEIVED = new RegExp(`${RECEIVED_VERB}|办理`, 'g');
function lastReceived(text: string, start: number, clause: number, done: NumberToken): { verb: string; at: number; count: number } | null {
  for (const m of [...text.slice(start, clause).matchAll(RECEIVED)].reverse()) {
    const at = start + m.index;
    const count = findNumbers(text.slice(at, clause))[0];
    if (count && count.value >= done.value) return { verb: m[0], at, count: at + count.at };
  }
  return null;
}
/** Where the clause holding text[at] ends, before `to` at most. */
function clauseEnd(text: string, at: number, to: number): number {
  let end = at;
  while (end < to && !CLAUSE_STOP.test(text[end]!)) end++;
  return end;
}
const CLAUSE_STOP = /[，,：:；;（()）。]/;

// "含2022年结转的3件" in the report for 2023: carried over from the year before the report's, which the label reads
// without its year, is what 表三 calls 上年结转; so is what was carried to the report's year (2023年结转2024年政府信息
// 公开申请4件 in the report for 2024), and what was carried to the year after it is carried forward (结转下年度).
// So is what was 转入 from it (含2024年转入2025年办结2件 in the report for 2025: miyun-wjw-2025), or said not concluded in it
// (含2020年未办结结转5件: xiamen-xiangan-2021).
const YEAR_CARRIED = /((?:19|20)\d{2})年度?(?:未办结)?的?(?:结转|转入)/;
const CARRIED_IN = /^转入/;
const CARRIED_TO_YEAR = /^结转(?:至|到)?((?:19|20)\d{2})年度?/;
function carriedFromYear(label: string, words: string, year: number | null): string {
  if (year === null) return label;
  const to = CARRIED_TO_YEAR.exec(label);
  if (to) {
    const rest = label.slice(to[0].length);
    if (Number(to[1]) === year) return `上年结转${rest}`;
    return Number(to[1]) === year + 1 ? `结转下年度${rest}` : label;
  }
  if (!STEP_CARRIED.test(label) && !CARRIED_IN.test(label)) return label;
  return YEAR_CARRIED.exec(words)?.[1] === String(year - 1) ? `上年${label}` : label;
}

// "累计公开信息7976条(2022年新增435条)", "累计主动公开政府信息5928条,全文电子化率达90.3%,其中,本年度新增…": a count
// over the years, said beside what the year added, is no count of the year's, as 累计 alone often is (全年累计公开…):
// its label says so. A clause between that compares it with last year's (累计主动公开政府信息3200条，同比增长12%，其中新增
// 政策解读50条) says it is the year's. A label saying so already (主动公开政府信息历年累计52条: minhou-slj-2010) is left as it is.
export const SUMMED_UP = /累[计积]/;
const ADDED_AFTER = /^\s*(?:[（(]|[，,](?:(?!同比|[较比](?:上|去)年)[^。；;]){0,24}?其中[，,：:]?)[^。；;（()）]{0,12}?新增/;
// 累计 up to now (截至目前累计主动公开的政府信息约44条: wencheng-daxue-2015), or to a date, is over the years too, said
// beside no 新增; 全年累计, 截至12月底全年累计 the year's.
const SINCE_START = /(?:截至|截止)(?:目前(?:为止)?[，,]?)?(?:(?!全年|本年|今年|当年)[^，,。；;]){0,12}?累[计积]/;
// So is 累计 since a start (《条例》颁布实施以来,累计主动公开政府信息2841340条: qingdao-2018), its 以来 in the clause before;
// since this year's start (今年以来累计) the year's.
const SINCE_THEN = /(?<!今年|本年|年初|当年)以来[，,]?[^，,。；;]{0,12}?累[计积]/;
/** The sentence up to `at`, from a few words before `from`: where a clause before the label says since when. */
const sentenceTo = (text: string, from: number, at: number) => {
  const before = text.slice(Math.max(0, from - 40), at);
  return before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);
};
function overYears(label: string, text: string, from: number, token: NumberToken): string {
  if (!label || SUMMED_UP.test(label) || !SUMMED_UP.test(text.slice(from, token.at))) return label;
  return ADDED_AFTER.test(text.slice(token.stop, token.stop + 48)) || SINCE_START.test(text.slice(from, token.at))
    || SINCE_THEN.test(sentenceTo(text, from, token.at)) ? `累计${label}` : label;
}

// "主动公开信息共计78条。其中,…发布机构职能栏目1条;…发布医疗保障栏目1条,社会救助栏目41条" (longde-chengguan-2021): the
// parts of what was published are named by what they are; the 发布 that opens some of them and not others is the total's
// doing, no word of theirs. Not where no kind is left (发布信息), nor where a place follows (发布在政府网站60条: the
// channel, 在政府网站 no name), nor 公开 (其中主动公开18件: a part of what was made).
const PUBLISHED_PART = new RegExp(`^发布(?=[${HAN}]{2})(?![在到至于])(?!(?:政府|政务)?信息$)`, 'u');
const PUBLISHED_TOTAL = /公开|发布|公布/;
/** The parts of a total of things published named without the verb that published them. */
export function partsByKind(total: { label: string }, parts: { label: string }[]): void {
  if (!PUBLISHED_TOTAL.test(total.label)) return;
  for (const part of parts) part.label = part.label.replace(PUBLISHED_PART, '');
}

/**
 * Figures of a reading, or parts of a figure, labelled alike, in one unit, by the noun after each (制发3份规范性文件，废止
 * 18份规范性文件; 其中行政许可717个办理项,行政处罚3215个办理项), are told apart by the word or words each stands after,
 * where every one has its own: else issued and repealed read as one thing.
 */
export function tellApart(figures: Labelled[]): void {
  for (const read of figures) {
    const alike = figures.filter((f) => f.label === read.label && f.unit === read.unit);
    if (alike.length < 2) continue;
    const words = alike.map((f) => wordBefore(f.line, f.from, f.token));
    if (new Set(words).size !== alike.length || words.includes('')) continue;
    alike.forEach((f, k) => { f.label = words[k]! + f.label; });
  }
}

/**
 * Figures one after another, labelled alike, in one unit, whose clauses name each its own subject before the label
 * (省政府及省直单位主动公开信息14.9万条…各市(地)政府及市直单位主动公开信息39.9万条…各县级政府及县直单位主动公开信息82万条),
 * take their subject into the label: else the levels read as one thing said three times. So do the parts of a figure
 * (其中:市政府及本级部门主动公开政府信息33250条,…县(区)政府及所属部门主动公开政府信息65781条). `relabel` passes a new
 * label on to where the figure was already written out.
 */
export function tellSubjectsApart<F extends Labelled>(written: F[], relabel: (read: F) => void = () => {}): void {
  for (let k = 0, end = 1; k < written.length; k = end++) {
    const first = written[k]!;
    while (end < written.length && written[end]!.label === first.label && written[end]!.unit === first.unit) end++;
    if (end - k < 2) continue;
    const run = written.slice(k, end);
    // One of them may name no one (全年主动公开各类政务信息3600余条;管委会办公室本部门主动公开各类政务信息180余条: ningbo-gxq-2019):
    // it is the whole's, told apart from the others by their subjects.
    const subjects = run.map((f) => subjectBefore(f.line, f.from, f.token.at, f.label));
    if (subjects.filter((s) => s === '').length > 1 || new Set(subjects).size !== run.length) continue;
    run.forEach((f, i) => { if (subjects[i]) { f.label = subjects[i] + f.label; relabel(f); } });
  }
}
