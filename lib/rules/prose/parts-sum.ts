// "共…N件，其中…a件、…b件": the parts a sentence gives cannot add up to more than its total.
import { namedCounts, SERVICE_LINE, type NumberToken } from '../../prose/numbers.ts';
import { countedParts, isPiece, sameUnit } from '../../prose/units.ts';
import { carriesReposts, CHANNEL, SHARE, sharedOf } from '../../prose/topics.ts';
import { tallied } from '../../prose/kinds.ts';
import type { ProseFigure, Report } from '../../schema.ts';
import { listsOverTheirPart } from './bracketed-parts.ts';
import type { Finding, Rule, RuleContext } from '../types.ts';
import { quote } from '../../text/quote.ts';
import { quoteFigure } from './places.ts';
import { HAN } from '../../text/han.ts';
import { LEVELS_ABOVE_TOWNSHIP } from '../../document/names.ts';

// The part that holds the rest: 其他类, 其它信息, 其他应主动公开的政府信息.
const REST = /^其[他它]/;
// The channels' rest: 其他方式公开信息89条, (电视、报纸等)其他媒体公开信息51800余条.
const OTHER_WAYS = /^其[他它](?:方式|渠道|途径|形式|媒体)/;
// An item goes out on several channels, and reposts (含转发) count again.
const REPOSTS = /含转[发载]/;
// Information sent up to another office (主动向市政府办报送信息100余条, guangyuan-tjj-2024) is not a piece of what the
// office published: where the part names the office it went to, not a channel (向市交通运输局网站报送信息67条,
// pingwu-jt-2022: published there), unless sending it is what the total counts, or the parts add up with it. What was
// sent in to the total's own channel by no named office (各科室报送信息250条 to the portal) is a piece of it.
const SENT_UP = /报送|上报|呈报/;
const SENT_TO_OFFICE = new RegExp(`向[${HAN}]{1,12}?(?:报送|上报|呈报)|(?:报送|上报|呈报)(?:至|到|给)?[${LEVELS_ABOVE_TOWNSHIP}]`, 'u');
const sentElsewhere = (part: { label: string }, total: { label: string }) =>
  SENT_TO_OFFICE.test(part.label) && !SENT_UP.test(total.label) && !CHANNEL.test(part.label);
// A count read into a part's label, its unit lost where a list runs together (…通知公告307不动产公告84条…, zlq-2021, had
// 307 unread before numbers.ts took such items): the parts read are not all there are, and their sum says nothing of
// the total. A service line's number (办理12345热线…) is a name.
const UNREAD_COUNT = new RegExp(`[${HAN}](\\d+)(?=[${HAN}])`, 'gu');
const holdsUnreadCount = (label: string) => [...label.matchAll(UNREAD_COUNT)].some(([, digits]) => !SERVICE_LINE.test(digits!));
// Amounts with decimals (47.24亿元) add up in binary fractions: the sum is kept to the places its parts are given in, so that
// 47.24+61.77+112.22 is the 221.23 it says, not 221.23000000000002.
const placesOf = (value: number) => String(value).split('.')[1]?.length ?? 0;
const keptTo = (value: number, ...given: number[]) => Number(value.toFixed(Math.max(0, ...given.map(placesOf))));
const sumOf = (parts: { part: { value: number } }[]) =>
  keptTo(parts.reduce((s, { part }) => s + part.value, 0), ...parts.map(({ part }) => part.value));
/** What the parts leave of the total, in the places they are given in. */
const leftOf = (total: number, sum: number) => keptTo(total - sum, total, sum);
/**
 * Whether the parts are enough to hold against the total: two at least, or one alone that is bigger than it (主动公开信息
 * 19条,其中向政府网站推送35条). One smaller says nothing of the rest; nor does one in another unit of pieces, which may
 * count what each of the total's holds several of (受理申请19件，其中涉及政府信息35条: one application asks for several).
 */
const compared = (figure: ProseFigure, parts: { part: { value: number; unit: string | null } }[]) =>
  parts.length > 1 || (parts.length === 1 && parts[0]!.part.value > figure.value && sameUnit(parts[0]!.part.unit, figure.unit));

/** The parts of `figure` in a unit of their own, beside those `counted` in its. */
const inOtherUnits = (figure: ProseFigure, counted: ProseFigure['parts']) =>
  figure.parts.filter((part) => part.unit !== null && !counted.includes(part)).map((part) => ({ part }));

/**
 * Whether each part is a channel that carried the whole total of pieces published (主动公开政府信息73条,其中…网站…73条;…微信公众号…73条;
 * …公开栏…73条, meihekou-heping-2020): the same items went out on every channel, as the text says, and nothing is amiss.
 * Not applications or cases, each made once, by one way (收到申请5件，其中通过政府网站申请5件、通过政务微信公众号申请5件).
 */
const everyChannelWhole = ({ label, value, unit }: ProseFigure, parts: ProseFigure['parts']) => (unit === null || isPiece(unit))
  && !tallied(label) && parts.every((part) => part.value === value && (CHANNEL.test(part.label) || OTHER_WAYS.test(part.label)));

/**
 * Why parts may exceed the total without contradicting it, or null when they may not. Only pieces published overlap:
 * the channels themselves, counted (政务新媒体1个,按政务新媒体类型分,微信公众号1个、视频号1个), are each one of them.
 */
function overlap(text: string, labels: string[], unit: string | null): string | null {
  if (unit !== null && !isPiece(unit)) return null;
  const kinds = labels.filter((label) => !CHANNEL.test(label) && !OTHER_WAYS.test(label));
  const channels = kinds.length === 0;
  // Channels, then a kind of information (政府网站公开信息144条,政务微信公开信息471条,其他方式公开信息89条,重点领域公开
  // 信息47条, xingan-2018): the kind's pieces went out on those channels too, counted twice.
  const mixed = !channels && labels.length - kinds.length >= 2;
  const reposts = REPOSTS.test(text);
  if (channels && labels.length === 1) return repostedOn(labels[0]!);
  if (!channels && !mixed && !reposts) return null;
  const why = channels ? `分项是各发布渠道的条数${reposts ? '且含转发' : ''}，同一条信息可在几个渠道发布`
    : mixed ? `分项既有各发布渠道的条数，又有按内容分的${kinds.map((kind) => quote(kind)).join('、')}，同一条信息两边都算`
    : '分项含转发的信息';
  return `${why}，合计可以超过总数`;
}

/**
 * Why one channel's count may exceed the total: a website or an account carries what it reposts from others besides the
 * body's own information (…19条,其中向政府网站推送35条); null for one that does not (公开栏, 公报).
 */
function repostedOn(label: string): string | null {
  return carriesReposts(label) ? `分项只是${quote(label)}一个渠道上的条数，网站、账号上还可能有转发、转载的信息，可以超过总数` : null;
}

/**
 * What the parts of an approximate total may add up to, below this: 100余条 and 超过100条 stand for up to 199, 约100条
 * and 100条左右 up to 149 (rounded at its last significant digit), 近100条 no more than 100. `tokens`: the counts of the text.
 */
function ceiling(text: string, tokens: readonly NumberToken[], value: number): number {
  const token = tokens.find((t) => t.approximate && t.value === value);
  if (!token) return value;
  let step = 1;
  while (value % (step * 10) === 0 && value > 0) step *= 10;
  const before = text.slice(token.at, token.start), after = text.slice(token.end, token.stop);
  if (/[余多]/.test(after) || /[超逾]/.test(before)) return value + step;
  if (/约/.test(before) || after.endsWith('左右')) return value + step / 2;
  return value;
}

// After the list, the sentence names more kinds of 信息 uncounted (…其他信息525条,所有的行政许可项目与政府采购公告的
// 相关信息全部通过政府门户网站发布, wulong-2011): the list is not the whole. 以上信息, 所有信息 name the list's own, as
// 相关信息 or 各类信息 opening the next clause does (…其他信息2条，相关信息均已及时发布), and 政府信息公开专题网站 a place.
const MORE_KINDS = /(?<!以上|上述|这些|前述|此类|上列|所有|全部|^[,，]?(?:相关|有关|各类))信息(?!公开)/;
/** What the sentence says after the list's last part, up to its end (or a bracket closing the list). */
function afterList(text: string, last: ProseFigure['parts'][number]): string {
  const counted = `${last.value}${last.unit ?? ''}`;
  const at = text.lastIndexOf(counted);
  return at < 0 ? '' : text.slice(at + counted.length).split(/[。；;)）]/)[0]!;
}

// What a total counts is done by its verb: 公开 (主动公开政府信息76条), 收到 (收到申请10件) …; 主动公开 and 依申请公开 are
// two predicates, not one (依申请公开信息69条 is none of the rest of 主动公开政府信息76条).
const VERB = /(?:主动|依申请)?公开|发布|收到|受理|接收|办理|办结|答复|报送|印发|制发|推送/;
const VERBS = new RegExp(VERB.source, 'g');
const QUALIFIED = /^(?:主动|依申请)/;
// …of this year: 上年度收到申请1件 is not the rest of this year's.
const OTHER_YEAR = /上年|去年|上一年|前年/;
// A count that goes on from the list: 此外,…325条; 另有1件.
const GOES_ON = /^[\s,，。；;、]*(?:此外|另外|另有|另|还有|还)/;

/** Whether the words naming a count say it was done by `verb`, as a word of their own (公开 for 主动公开, not 依申请公开). */
function doneBy(words: string, verb: string): boolean {
  if (OTHER_YEAR.test(words)) return false;
  const bare = verb.replace(QUALIFIED, '');
  return [...words.matchAll(VERBS)].some(([said]) => said === verb || said === bare);
}

/**
 * Whether what the parts of figure `i` leave is the next count or two of the text, named as going on from the list or
 * done by the total's verb (…其他信息2条，…。重点项目共公开63条: 13 of 76, the 63 said apart; …发布短视频158条。此外，通过
 * …专栏公开…325条). Not any count of that value: 办结1件 after 收到申请10件 (9 listed) is not the 1 unlisted, nor
 * 发布政策解读69条 the 69 left of 主动公开政府信息76条.
 */
function restSaidApart(i: number, sum: number, figures: ProseFigure[], counts: RuleContext['proseCounts']): boolean {
  const figure = figures[i]!;
  const verb = VERB.exec(figure.label)?.[0];
  return figures.slice(i + 1, i + 3).some((f, k) => {
    if (f.value !== leftOf(figure.value, sum) || !sameUnit(f.unit, figure.unit)) return false;
    const count = namedCounts(f.text, counts[i + 1 + k]!).find(({ token }) => token.value === f.value && sameUnit(token.unit, f.unit));
    return count !== undefined && (GOES_ON.test(count.words) || (verb !== undefined && doneBy(count.words, verb)));
  });
}

/**
 * Whether the total is split into lists each summed: the parts with their own sum said after them (…其他3条,共发布102条),
 * then the rest listed after it, its items adding up to a count that is the rest (；专题专栏包括组织机构4条、…、重点项目
 * 12条,共发布86条: 4+52+18+12 = 86 = 188−102, pengjiang-fgj-2024). Both lists are whole: none of the total is unnamed.
 */
function restListedAfter(i: number, sum: number, figures: ProseFigure[]): boolean {
  const figure = figures[i]!, rest = leftOf(figure.value, sum);
  const own = figures.findIndex((f, k) => k > i && f.text === figure.text && f.value === sum && sameUnit(f.unit, figure.unit));
  if (own < 0) return false;
  let items = 0;
  for (const f of figures.slice(own + 1, own + 1 + MAX_REST_ITEMS)) {
    if (!sameUnit(f.unit, figure.unit)) return false;
    if (f.value === rest && items === rest) return true;
    items = keptTo(items + f.value, items, f.value);
  }
  return false;
}
const MAX_REST_ITEMS = 24;

/**
 * Whether a list, all of it counted, claims to be whole: it ends in what holds the rest (…，土地划拨2条，其他类9条), a 等
 * after it said out of habit (…其他文件共54条等: the same words close a list adding up exactly in czj-2025, 39 of 53), makes
 * up no other count of its sentence (…其他3条,共发布102条: that count's list), and the rest is not named after it.
 */
function claimsWhole(i: number, last: ProseFigure['parts'][number], sum: number, figures: ProseFigure[]): boolean {
  const figure = figures[i]!;
  const after = afterList(figure.text, last);
  return REST.test(last.label) && !MORE_KINDS.test(after)
    && !figures.some((f) => f !== figure && f.text === figure.text && f.value === sum);
}

/**
 * Whether the shares stated after the parts are of a part before them, none of the total (jtj-2021: 在省网绑定并发布的
 * 事项共有89项，其中行政许可57项，实现“一趟不用跑”的有45项，占比78.9%；实现“全程网办”的有41项，占比71.9%…: 45 and 41
 * of the 57): the parts after that part are its own, counted again by what they do, no pieces of the total.
 */
function sharesOfAPart(figure: ProseFigure): boolean {
  let from = figure.text.indexOf(`${figure.value}${figure.unit ?? ''}`);
  if (from < 0) return false;
  let shares = 0;
  for (const [j, part] of figure.parts.entries()) {
    const counted = `${part.value}${part.unit ?? ''}`;
    const at = figure.text.indexOf(counted, from);
    if (at < 0) return false;
    from = at + counted.length;
    const after = figure.text.slice(from);
    if (!SHARE.test(after)) continue;
    if (sharedOf(after, part.value, figure.value) || !figure.parts.slice(0, j).some((base) => sharedOf(after, part.value, base.value))) return false;
    shares++;
  }
  return shares >= 2;
}

// A joint of words after a comma (…，包括机构概况1条，以及“三公”经费…2条): the item after it may go on past the list.
const JOINED_AFTER = /^[\s，,]*(以及|及(?!时)|和|与)/;
/**
 * The word joining the last part on after a comma (以及, 及, 和, 与), where the parts before it add up to the total exactly:
 * 发布法定主动公开内容1条,包括机构概况1条,以及“三公”经费及预算/决算信息2条 (gs-ganzhou-beijie-2025) may say what else was
 * published as well as what the count held; the words leave it open, so the overshoot is no sure contradiction.
 */
function jointPastTotal(figure: ProseFigure, parts: { part: ProseFigure['parts'][number] }[], counts: readonly NumberToken[]): string | null {
  const last = parts.at(-1)!.part;
  if (sumOf(parts.slice(0, -1)) !== figure.value) return null;
  const named = namedCounts(figure.text, counts).findLast(({ token }) => token.value === last.value && sameUnit(token.unit, last.unit));
  return named === undefined ? null : JOINED_AFTER.exec(named.words)?.[1] ?? null;
}

// What was added or taken away (其中,新增…; 注销…): the parts of a count that changed from one its sentence gives.
const ADDED = /新增|新开|开通|新建|增设/g;
const REMOVED = /注销|关停|关闭|撤销|撤并|停用|下线|取消/g;
/** +1 or −1 for the last word of change in the words before a part, or 0 where they have none. */
function signOf(words: string): number {
  const last = (re: RegExp) => Math.max(-1, ...[...words.matchAll(re)].map((m) => m.index));
  const added = last(ADDED), removed = last(REMOVED);
  return added === removed ? 0 : added > removed ? 1 : -1;
}
/**
 * Whether the parts, each what was added or taken away (a word of change before it, or before a part of the list
 * ahead of it), make up what the figure changed by since a count before it in its unit: 功能版块由原来的8个增加到现在的
 * 16个。其中,新增政务信息类栏目4个,服务类栏目2个,公众互动类栏目2个 (4+2+2 = 16−8; hainan-amr-2014); 从原有的35家政务
 * 新媒体调整为33家，其中，注销5家…，新增…3家政务新媒体 (3−5 = 33−35; pt-gwh-2022): changes, no pieces of the figure.
 */
function changedSince(figure: ProseFigure, parts: { part: ProseFigure['parts'][number] }[], counts: readonly NumberToken[]): boolean {
  const named = namedCounts(figure.text, counts);
  let k = named.findIndex(({ token }) => token.value === figure.value && sameUnit(token.unit, figure.unit));
  if (k < 0) return false;
  // The count it changed from is none of the counts read here (现有政务新媒体13家，其中，新增…5家，…3家: 13−8 is the 5
  // new ones, no count before).
  const read = new Set([k]);
  let sign = 0, change = 0;
  for (const { part } of parts) {
    k = named.findIndex(({ token }, at) => at > k && token.value === part.value && sameUnit(token.unit, part.unit));
    if (k < 0) return false;
    read.add(k);
    sign = signOf(named[k]!.words) || sign;
    if (sign === 0) return false;
    change += sign * part.value;
  }
  return named.some(({ token: t }, at) => !read.has(at) && sameUnit(t.unit, figure.unit) && t.value > 0 && figure.value - t.value === change);
}

export const partsSum: Rule = {
  id: 'prose/parts-sum',
  severity: 'error',
  description: '正文"共N件，其中a件、b件"的分项之和不超过总数，分项后括号里的细项（"其中"）之和不超过该分项 (the parts a sentence lists do not exceed its total, nor a part\'s items in brackets that part)',
  rationale: {
    zh: '"其中"列的是总数的一部分，合计超过总数就自相矛盾，只列一项而这一项就比总数大的也是，如“共受理申请19件，其中予以公开35件”，而紧接“其中”的若是全市、累计、历年等更大范围的数或办结等办理环节的数，则不是总数的分项（含"约""余"的近似数只作警告，分项之和在近似数所指的范围内不算超过，如"100余条"的分项合计108条；分项是网站、微信、微博等发布渠道上发布的条数或含转发的，同一条信息可在几个渠道发布，也只作警告（每个渠道都恰是总数的，如“主动公开政府信息73条,其中…网站…73条;…微信公众号…73条;…公开栏…73条”，是同一批信息在各渠道都发布了，不提示；收到的申请每件只经一种方式提出，按渠道分的申请数合计超过总数仍是错误），只有一个网站或账号的条数比总数大的（“主动公开信息19条,其中向政府网站推送35条”），其上可能含转发转载的信息，也只作警告（公开栏、公报只登本机关的信息，仍作错误），只有一项、说的是乡镇、街道、各部门等其他机关的条数而比总数大的（“全年主动公开政府信息19条，其中乡镇公开信息35条”），总数可能只计本级、乡镇在自己的平台另行公开，也只作警告（分成几组机关的，如“区直、县直各单位…1397条，各乡镇…534条”，是把总数分开，合计超过仍是错误），几个渠道之后又列一类内容的（“政务微信公开信息471条,其他方式公开信息89条,重点领域公开信息47条”）也是，那类信息也在这些渠道发布过；数的是渠道本身（“政务新媒体1个”分成“微信公众号1个、视频号1个”）则不会重叠）；前面的分项已恰好合计为总数、最后一项在逗号后用“以及”“及”“和”接上的（“发布法定主动公开内容1条,包括机构概况1条,以及‘三公’经费及预算/决算信息2条”），最后一项可能是另外公开的，也只作警告；向别的机关（而非其网站）报送的信息（“主动向市政府办报送信息100余条”）不是所公开的一部分，合计对不上时不计入；合计少于总数很常见（只列了主要几项），仅作提示，下一两句以“此外”“另”接着列出或以同一动词（公开、收到…）补足其余的也不提示，以别的单位计的分项（条之中的“件”“次”）恰好补足差额的也不提示，分项写明了自己的合计、其余在后面另列一组且合计恰为差额的（“…其他3条,共发布102条；专题专栏包括…重点项目12条,共发布86条”，102+86=188）也不提示；分项是“新增”“注销”等增减的、增减相抵恰是总数比句中先前的数（“由原来的8个增加到现在的16个。其中,新增…4个,…2个,…2个”；“从原有的35家政务新媒体调整为33家，其中，注销5家…，新增…3家”）多出或少了的，是增减而非总数的分项，也不提示；但分项以"其他类"收尾的，已自称列全，少了也作警告。分项后所写的占比是前面某一分项的而不是总数的（“事项共有89项，其中行政许可57项，实现‘一趟不用跑’的有45项，占比78.9%”，45÷57），其后各项是那一项再按办理方式数的，不与总数相比。分项后括号里又列出其细项的（“法定主动公开35条(其中政策文件6条、乡村振兴4条…)”“通知公告29条（其中行政处罚27条）”），细项是该分项的一部分，合计超过该分项同样自相矛盾；细项有近似数或以别的单位计的不比较；括号里写的较上年增减（“较上年增加15条”）不是细项，以“；”隔开的、或在前几项已凑足该分项之后又列的另一组细项（换一种分法再数一遍）各自与该分项比较。',
    en: 'What 其中 (of which) lists is part of the total, and parts adding up to more than the total contradict it, as does one part alone bigger than the total (共受理申请19件，其中予以公开35件, “19 applications accepted, of which 35 granted”; not a count of a wider scope right after 其中, the whole city\'s, 累计 or 历年 over the years, nor a step of handling such as those concluded). An approximate total with 约 or 余 (about, over) is only a warning, and parts within the range it means do not count as more, such as parts of 108 under 100余条 (“over 100 items”); parts that are items published on channels such as the website, WeChat and Weibo, or that include reposts, are only a warning too, as one piece of information can be published on several channels (none where every channel carries exactly the total, 主动公开政府信息73条,其中…网站…73条;…微信公众号…73条;…公开栏…73条: the same 73 went out on each; but applications, each made once by one way, counted by channel past their total are still an error, and so is one channel that carries only the body\'s own, a notice board or a gazette, counting more than the total alone: 主动公开政府信息50条,其中…公开栏发布政府信息56条, “50 items disclosed, of which 56 on the notice board”), and so is one website\'s or account\'s count alone bigger than the total (主动公开信息19条,其中向政府网站推送35条, “19 items disclosed, of which 35 pushed to the government website”), which may hold what it reposts (not a notice board\'s or gazette\'s, which carry only the body\'s own), and so is one part alone that is other bodies\' count, the towns\', the streets\' or the departments\' (全年主动公开政府信息19条，其中乡镇公开信息35条, “19 items disclosed in the year, of which the towns disclosed 35”), as the total may be the government\'s own level and the towns publish on their own (the total shared out among several groups of bodies, 区直、县直各单位…1397条，各乡镇…534条, adding up to more is still an error), and so are channels followed by a kind of information (政务微信公开信息471条,其他方式公开信息89条,重点领域公开信息47条: 471 on WeChat, 89 by other means, 47 in key fields), which went out on those channels too; parts that count the channels themselves (政务新媒体1个, one government new-media account, split into 微信公众号1个、视频号1个, a WeChat account and a video account) cannot overlap. Where the parts before the last already make up the total exactly and the last is joined on after a comma with 以及, 及 or 和 (and; as well as: 发布法定主动公开内容1条,包括机构概况1条,以及“三公”经费及预算/决算信息2条, “1 item of statutory content published, including 1 on the body\'s profile, and 2 on the ‘three public expenses’ and budgets”), the last may be something published besides: only a warning. Information submitted to another body (not to its website: 主动向市政府办报送信息100余条, “submitted over 100 items to the city government\'s office”) is no part of what was disclosed, and is left out where the sum does not match. Parts adding up to less than the total are common (only the main ones listed): only info, and not even that where the next sentence or two go on listing with 此外 or 另 (besides, also) or complete the rest with the same verb (公开, disclosed; 收到, received…), nor where parts counted in another unit (件 or 次 among 条) make up the difference exactly, nor where the parts are summed (…其他3条,共发布102条, “…3 others, 102 published in all”) and the rest is listed after them as a second list adding up to exactly the difference (专题专栏包括…重点项目12条,共发布86条: 102+86 = 188), nor where the parts are changes, new ones (新增) and ones closed (注销), adding and taking away exactly what the total differs by from a number before it in the sentence (由原来的8个增加到现在的16个。其中,新增…4个,…2个,…2个, “up from 8 to 16; of which new: 4, 2 and 2”; 从原有的35家政务新媒体调整为33家，其中，注销5家…，新增…3家, “from 35 accounts to 33: 5 closed, 3 opened”): changes, no pieces of the total. But parts that end in 其他类 (others) claim to be complete, and falling short is a warning too. Where the shares stated after the parts are of a part before them, not of the total (事项共有89项，其中行政许可57项，实现‘一趟不用跑’的有45项，占比78.9%: 89 items, of which 57 licences, 45 of them needing no visit, 78.9%: 45 of 57), the parts after it count that part again by how it is handled, and are not compared with the total. Where a part is followed by a list of its own in brackets (法定主动公开35条(其中政策文件6条、乡村振兴4条…), “35 items of statutory disclosure (of which 6 policy documents, 4 on rural revitalisation…)”; 通知公告29条（其中行政处罚27条）, “29 notices (of which 27 penalties)”), the items are pieces of that part, and adding up to more than it is a contradiction too; a list with an approximate item or one counted in another unit is not compared; a change against last year in the bracket (较上年增加15条, “15 more than last year”) is no item, and a second list, after a ； or after items that already make up the part (the part counted another way), is compared with the part on its own.',
  },
  example: {
    passes: {
      zh: '共公开建议提案346件，其中省政协提案4件、市人大代表建议120件、市政协提案222件。',
      en: '共公开建议提案346件，其中省政协提案4件、市人大代表建议120件、市政协提案222件 (346 suggestions and proposals published, of which 4 provincial CPPCC proposals, 120 suggestions of city people\'s congress deputies and 222 city CPPCC proposals).',
    },
    fails: {
      zh: '共收到申请10件，其中当面申请4件、网络申请8件 — 分项合计12件。',
      en: '共收到申请10件，其中当面申请4件、网络申请8件 (10 applications received, of which 4 in person and 8 online) — the parts add up to 12.',
    },
  },
  check(report, ctx) {
    return report.proseFigures.flatMap((figure, i) => [...againstTotal(report, ctx, figure, i), ...againstPart(report, ctx, figure, i)]);
  },
};

/** The parts of figure `i` against its total. */
function againstTotal(report: Report, ctx: RuleContext, figure: ProseFigure, i: number): Finding[] {
  // Parts in another unit (or a share in %) are not pieces of this total, unless all count it in another word
  // for pieces (信息607条: 380份, 319份); one with none (…，不予公开信息数79。) is a 数 of what the total counts,
  // its unit left out. Nor is what was sent up elsewhere.
  const counted = countedParts(figure, figure.parts);
  const pieces = figure.parts
    .map((part, j) => ({ part, j }))
    .filter(({ part }) => part.unit === null || counted.includes(part));
  if (!compared(figure, pieces) || sumOf(pieces) === figure.value) return [];
  const parts = pieces.filter(({ part }) => !sentElsewhere(part, figure));
  if (!compared(figure, parts) || parts.some(({ part }) => holdsUnreadCount(part.label))) return [];
  const sum = sumOf(parts);
  if (sum === figure.value || changedSince(figure, parts, ctx.proseCounts[i]!)) return [];
  const approximate = figure.approximate || parts.some(({ part }) => part.approximate);
  // Documents counted in 件 among information in 条 (公开各类信息1812条,其中行政规范性文件13件、…) may be a few
  // picked out: only more than the total says something.
  const otherWord = counted.length > 0 && !sameUnit(counted[0]!.unit, figure.unit);
  if (sum < figure.value && (approximate || otherWord)) return [];
  // 100余条 may be the 108 its parts add up to.
  if (figure.approximate && sum < ceiling(figure.text, ctx.proseCounts[i]!, figure.value)) return [];
  // The rest, counted in the next sentence or two, is listed after all; or it is the parts counted in another unit
  // (公开各类政府信息101条,其中,工作动态70件,部门信息公开年报1条,…: 31条 and 70件).
  if (sum < figure.value && (restSaidApart(i, sum, report.proseFigures, ctx.proseCounts) || restListedAfter(i, sum, report.proseFigures)
    || sumOf([...parts, ...inOtherUnits(figure, counted)]) === figure.value)) return [];
  const listed = listedParts(parts.map(({ part }) => part), figure.unit, sum);
  const unit = figure.unit ?? '';
  const over = sum > figure.value;
  if (over && (sharesOfAPart(figure) || everyChannelWhole(figure, parts.map(({ part }) => part)))) return [];
  const joint = over ? jointPastTotal(figure, parts, ctx.proseCounts[i]!) : null;
  // A channel that carries only the body's own past the total alone (其中…公开栏发布政府信息56条 under 主动公开政府信息50条,
  // guangyuan-zhaohua-weizi-2022): no overlap of channels makes up for it.
  const ownPast = over && parts.length > 1 ? parts.find(({ part }) => part.value > figure.value && CHANNEL.test(part.label) && !carriesReposts(part.label))?.part : undefined;
  // Applications and cases, each made once, by one way, overlap on no channels.
  const why = !over || ownPast ? null : (tallied(figure.label) ? null : overlap(figure.text, parts.map(({ part }) => part.label), figure.unit))
    ?? (joint ? `前面的分项已合计为总数，${quote(parts.at(-1)!.part.label)}用“${joint}”接在其后，可能另算，不在总数之内` : null)
    ?? (parts.length === 1 && OTHER_BODIES.test(parts[0]!.part.label) ? `分项只是${quote(parts[0]!.part.label)}，是其他机关公开的条数，总数可能只计本级，不含它们` : null);
  const last = parts.at(-1)!.part;
  const whole = !over && parts.length === figure.parts.length && claimsWhole(i, last, sum, report.proseFigures);
  const said = quoteFigure(report.proseFigures, ctx.proseCounts, i);
  return [{
    severity: over ? (approximate || why ? 'warning' : 'error') : whole ? 'warning' : 'info',
    message: over
      ? `正文${said}：其中${listed}${unit}，超过总数${figure.value}${unit}${approximate ? '（含近似数）' : ''}${why ? `（${why}）` : ''}`
        + (ownPast ? `；${quote(ownPast.label)}${ownPast.value}${unit}一项就超过总数，这一渠道只登本机关的信息，没有转发` : '')
      : `正文${said}：其中${listed}${unit}，比总数${figure.value}${unit}少${leftOf(figure.value, sum)}${unit}${whole ? `，而分项以${quote(last.label)}收尾，应已列全` : '，其余未列明'}`,
    cells: [{ table: 'proseFigures', path: `${i}` }, ...parts.map(({ j }) => ({ table: 'proseFigures' as const, path: `${i}.parts.${j}` }))],
    expected: figure.value, actual: sum,
  }];
}

// A lone part that is other bodies' count (其中乡镇公开信息35条 under 全年主动公开政府信息19条): a government's total may be
// its own level's, the towns publishing on their own; where the parts are several (区直各单位…1397条，各乡镇…534条), they
// share the total out and must add up to it. The bodies do what is counted: not the owner of a board or a site the body
// posts on (乡政府政务公开栏公开信息: lintao-shangying-2020; 村公示栏公开政府相关工作: weishan-niujie-2019). They may be
// named several together (各乡镇、街道公开信息) or as their governments where they are several (各乡镇人民政府公开信息,
// 乡镇政府公开信息): one 乡政府 or 镇政府 is most likely the reporting town itself.
const BODY = '(?:乡镇|乡|镇|街道|社区|村|部门|单位)(?:[（(][^）)]{1,6}[）)])?';
const OTHER_BODIES = new RegExp(`^(?:各|全)?${BODY}(?:[、和及与]${BODY})*(?:(?<=^[各全].*|乡镇)(?:人民)?政府)?(?:共|累计|全年)?(?:${VERB.source})|^[${LEVELS_ABOVE_TOWNSHIP}](?:直|属)`);

/**
 * The parts as the message adds them up, the sum in the total's unit after: each in its own unit where one counts in
 * another word for pieces (…其中政府网站发布5条+…1件=6件), not all set in the total's.
 */
function listedParts(parts: ProseFigure['parts'], unit: string | null, sum: number): string {
  const mixed = parts.some((part) => part.unit !== null && part.unit !== unit);
  return parts.map((part) => `${part.label}${part.value}${mixed ? part.unit ?? '' : ''}`).join('+') + (parts.length > 1 ? `=${sum}` : '');
}

/**
 * A part's own bracketed list (法定主动公开35条(其中政策文件6条、…)) against that part: its items are pieces of the part, and
 * add up to no more than it, as the parts do to the total; channels or reposts among them may overlap (a warning).
 */
function againstPart(report: Report, ctx: RuleContext, figure: ProseFigure, i: number): Finding[] {
  return listsOverTheirPart(figure, ctx.proseCounts[i]!).map(({ j, items, sum }) => {
    const part = figure.parts[j]!;
    const unit = part.unit ?? '';
    const why = overlap(figure.text, items.map((item) => item.label), part.unit);
    return {
      severity: why ? 'warning' : 'error',
      message: `正文${quoteFigure(report.proseFigures, ctx.proseCounts, i, [part])}：${part.label}${part.value}${unit}，`
        + `其中${items.map((item) => `${item.label}${item.value}`).join('+')}${items.length > 1 ? `=${sum}` : ''}${unit}，超过${part.label}的${part.value}${unit}${why ? `（${why}）` : ''}`,
      cells: [{ table: 'proseFigures', path: `${i}.parts.${j}` }],
      expected: part.value, actual: sum,
    };
  });
}
