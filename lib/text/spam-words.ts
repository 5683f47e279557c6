// The words mirror sites inject for gambling and spam: no government report says them, nor names a body so (a football
// fans' site, 球迷网, put for 关于: xatcxxkj-xaz-2021-mirror; a slot game for 政府信息公开, 三、收到和处理飞禽走兽老虎机
// 申请情况: mirror-cncdsbwlw-xiang-2021; 沙巴体育娱乐场,中国足彩在线 for 国务院办公厅…关于: mirror-dblyj-yuhang-wjj-2024;
// 欧洲五大联赛 for 关于 and 江西: mirror-yxjlzs-shangrao-2022). A casino is 娱乐场 alone: a report inspects 娱乐场所 and
// builds 娱乐场地 and 娱乐场景, counts a show's 娱乐场次; the police seize a 老虎机 no game names.

/** Gambling and spam words that have no place in a government report. */
const SPAM_WORDS = /即时比分|比分直播|体育直播|球迷网(?![络友])|博彩|(?<!购)买球|娱乐城|娱乐场(?![所地馆合景次])|百家乐|真人视讯|棋牌(?:游戏|平台|官网|下载)|(?:足球|体育)投注|飞禽走兽老虎机|足彩(?:在线|网)|欧洲五大联赛/;
/**
 * Betting sold as a site (投注官网平台, 网上投注): a report names only the state lottery's 投注站, 投注网点 and
 * 投注终端, and the 网上投注 the police put down (依法打击网上投注、跨境赌博).
 * A football tournament's site (欧洲杯足球网, 世界杯买球平台): a report names the games and their 网络视听 rights, not a site.
 */
const BETTING = /投注(?:官[网方]|平台|网(?![点络])|入口|开户|app|APP|App)|(?<!(?:打击|查处|整治|严禁|取缔|防范|治理)[^，,。；;\n]{0,12})(?:网上|在线|线上|手机)(?:投注|下注)|(?:欧洲杯|世界杯|欧冠|英超)(?:足球|体育)?(?:网(?![络点民])|官网|平台|投注|下注)/;
/**
 * Macau's casinos by name: those that are casinos alone (澳门新葡京, 澳门太阳城), and the resorts that are exhibition
 * venues too (澳门威尼斯人金光会展中心, where the Macau trade fair is held) only as a site (澳门银河官网, 澳门金沙app).
 * A report may name 澳门 and a 金沙县, never the two together.
 */
const CASINO = /澳门(?:新葡京|葡京|太阳城|(?:金沙|威尼斯人|巴黎人|永利|银河|美高梅|新濠)[^，,。；;\s]{0,6}?(?:官网|网址|网站|登录|登陆|app|APP|App|开户|娱乐|注册|入口))/;
/**
 * A Latin betting brand is "bet" with a number (bet365手机端, 365bet, 188bet, BET3365手机下载), in any case, or its
 * misspellings beat365 and bat365 (shuozhou-2020-mirror: 在哪个应用商店能下载365_英国365下载_bat365软件下载人民政府办公室);
 * 'bet' in a word (Tibet, alphabet) has none, nor BAT before a count (BAT3家).
 * One digit before it: a leading \d+ would be retried from every digit of a long run (the rule quotes the brand whole).
 */
const BET_BRAND = /\d[Bb][Ee][Aa]?[Tt]|(?<![A-Za-z])(?:[Bb][Ee][Aa]?[Tt]\d+|[Bb][Aa][Tt]365)/;
/**
 * Words a report may well say (体育局, 彩票资金, 打击地下六合彩、查处赌场) that are spam only as a betting
 * site's name: followed, at most across a brand's Latin letters or symbols on the same line, by 官网,
 * app, 登录 … ("365体育官网", "沙巴体育app", "pa凯发国际登录", "uedbet体育_uedbet官网"). 福利彩票 and
 * 体育彩票 are the state's, app and all.
 */
const BETTING_SITE = /(?:体育|娱乐|国际|竞猜|六合彩|时时彩|赌场|老虎机|(?<!福利|体育)彩票)[ \t\u3000\w$@|·.-]{0,12}?(?:官网|官方网站|app|APP|App|登录|登陆|入口|网址|开户)/;
/**
 * A betting brand's search-engine name for its site: 开云(中国)官方在线登录, 365bet(中国)官方网站. A body
 * names no site so; 官方网站 and 登录 alone are the report's own words.
 */
export const BRAND_SITE = /[(（]中国[)）]官[方网]/;

/**
 * Adult sites' words (在线av不断更新 for the 长春市人防办 of cc-mishu-2014): "av" beside what such a site offers; a report
 * says AV of equipment (AV系统, 音视频), never so.
 */
const ADULT = /(?:在线|免费|高清|无码|日韩|国产|成人)(?:av|AV)(?![A-Za-z])|(?<![A-Za-z])(?:av|AV)(?:在线|网站|影[片院视]|电影|视频网)|国产精品|欧美日韩|一本道/;

const SPAM_KINDS = [SPAM_WORDS, BETTING, CASINO, BET_BRAND, BETTING_SITE, BRAND_SITE, ADULT];
/** Every spam word on a page (global: read with matchAll). */
export const SPAM = new RegExp(SPAM_KINDS.map((re) => re.source).join('|'), 'g');

/**
 * Whether the text holds a spam word (a name a mirror swapped in: 投注官网平台水务局). Each kind is tested alone: V8
 * skips ahead to where a lone pattern can start, which the alternation of them all, lookbehinds and all, keeps it from
 * (a page's text is tested ~4× faster so, and most pages hold no spam at all).
 */
export const hasSpam = (text: string): boolean => SPAM_KINDS.some((re) => re.test(text));

/**
 * The text with its spam words taken out: what is left of a line a mirror put them into, for the words around them to be
 * read (三、收到和处理飞禽走兽老虎机申请情况, its 政府信息公开 swapped for a slot game: mirror-cncdsbwlw-xiang-2021).
 */
export const withoutSpam = (text: string): string => (hasSpam(text) ? text.replace(SPAM, '') : text);
