// Where the 统计表 template defines a row as the sum of its sub-rows.
import { figureName } from '../../labels.ts';
import { agrees, balanceFinding, imbalance, showSum } from '../balance.ts';
import type { Finding, Rule } from '../types.ts';
import type { LegacyStat } from '../../schema.ts';
import { childRows, FIELDS, plainLabel, RECEIVED, term, type Row } from './outline.ts';

/** Parents that the national template defines as the sum of their numbered children (其中 rows excluded). */
const SUMMED_PARENTS = new RegExp([
  '通过不同渠道和方式公开', // 1.政府公报 … 5.其他方式
  '通过不同渠道和方式回应解读', // 1.新闻发布会 … 5.其他方式
  '收到申请', // 当面+传真+网络+信函(+其他)
  '申请办结', // 按时+延期
  '申请答复', // 1.属于已主动公开范围 … 8.告知通过其他途径办理
  '从事政府信息公开工作人员', // 专职+兼职
  '行政复议数量', // 维持+纠错+其他
  '行政诉讼数量', // 维持+纠错+其他
].join('|'));
// The applications received, in the older provincial tables (福建 2009 受理依申请公开信息总数, 上海 申请总数):
// their channels are printed as 其中 rows, 1.当面申请数 … 6.其它形式申请数, the last taking in the rest.
// Other 其中 rows under it (涉及土地征收、房屋拆迁等, a second 其中：网络申请 beside them) overlap: no sum.
const THE_REST = /^其[他它]/;
const CHANNEL = /^(?:当面|来访|口头|传真|电子邮件|电邮|网上|网络|在线|信函|来信|邮寄|电话|其[他它])/;

// One piece of information goes out on the website and on 微博 both, one event is answered at a 新闻发布会
// and on 微信: channels that add up to more than the heading's figure may count some twice — said, as
// no mistake. Less than the figure is one.
const CHANNELS_OVERLAP = /通过不同渠道和方式/;

/** The rows a parent is the sum of, if the template makes it one. */
function summedRows(entry: LegacyStat, numbered: Row[], subsets: Row[], hasChildren: (row: Row) => boolean): Row[] | null {
  // The cheap tests first: few rows have two children, and reading a label is not free.
  // The applications received, worded as the older forms word them (受理政府信息公开申请数), are the sum of the
  // channels numbered under them (1.当面申请 2.网络申请 3.信函申请) as the national template's 收到申请数 is.
  if (numbered.length >= 2 && (SUMMED_PARENTS.test(plainLabel(entry))
    || (RECEIVED.test(plainLabel(entry)) && numbered.every((row) => CHANNEL.test(plainLabel(row.entry)))))) {
    // A child that only heads rows of its own (北京: 1.按申请方式, 2.按申请内容) is one of several
    // breakdowns of the same figure, not a part of it.
    return numbered.some((row) => row.entry.value == null && row.entry.cumulative == null && hasChildren(row)) ? null : numbered;
  }
  if (subsets.length >= 2 && THE_REST.test(plainLabel(subsets.at(-1)!.entry)) && RECEIVED.test(plainLabel(entry))
    && subsets.every((row) => CHANNEL.test(plainLabel(row.entry)))) return subsets;
  return null;
}

export const childrenSum: Rule = {
  id: 'legacyStats/children-sum',
  severity: 'error',
  description: '2019年以前的统计表：按模板为合计的行等于其子项之和 (a parent row equals the sum of its sub-rows)',
  rationale: {
    zh: '国家统一的统计表把"通过不同渠道和方式公开""收到申请数""申请办结数""申请答复数""从事人员数""行政复议/诉讼数量"等定义为下列编号子项之和（"其中"行不计）。更早的省市统计表（福建2009年、上海）把受理申请的渠道列作"其中：1.当面申请数…6.其它形式申请数"，最后一项收尽其余，"受理依申请公开信息总数""申请总数"也就等于这些"其中"行之和；渠道编号列在"受理政府信息公开申请数"下的（1.当面申请、2.网络申请、3.信函申请）也一样，与国家表的"收到申请数"同样核对；"其中"行不全是申请渠道（如"涉及土地征收、房屋拆迁等"）时互有重叠，不核对。子项只是分类的小标题、本身没有数字（北京表"1.按申请方式""2.按申请内容"）时，同一总数分了几种口径，也不核对。"通过不同渠道和方式公开/回应解读"的各渠道之和大于该行数字时只作提示：同一条信息可以在网站、微博上都发布，各渠道会重复计数；少于该行才是错。只检查这些行，其他上下级行在模板中不是加总关系。',
    en: 'The national statistics table defines rows such as 通过不同渠道和方式公开 (published through various channels and means), 收到申请数 (applications received), 申请办结数 (applications concluded), 申请答复数 (applications answered), 从事人员数 (staff) and 行政复议/诉讼数量 (administrative reconsideration and litigation cases) as the sum of the numbered sub-rows below them (其中, of-which, rows not counted). Earlier provincial and city tables (Fujian 2009, Shanghai) list the channels applications came by as 其中：1.当面申请数…6.其它形式申请数 (of which: 1. in person … 6. in other ways), the last taking in all the rest, so 受理依申请公开信息总数 and 申请总数 (applications, in all) equal the sum of those of-which rows; channels numbered under 受理政府信息公开申请数 (1.当面申请, 2.网络申请, 3.信函申请) are checked likewise, as 收到申请数 of the national table is; where the of-which rows are not all channels (such as 涉及土地征收、房屋拆迁等, “concerning land expropriation, house demolition and the like”), they overlap, and are not checked. Where the sub-rows are only the headings of a breakdown, with no figures of their own (the Beijing table\'s 1.按申请方式, by way of application, and 2.按申请内容, by content), one total is broken down in several ways, and is not checked either. Channels of 通过不同渠道和方式公开/回应解读 (published, or responded to and explained, through various channels) adding up to more than their row are only info: one piece of information can be published on the website and on Weibo alike, and the channels count it more than once; less than the row is the error. Only these rows are checked: other rows above and below one another in the template are not sums.',
  },
  example: {
    passes: {
      zh: '(二)通过不同渠道和方式回应解读 26：1.新闻发布会0、2.在线访谈0、3.政策解读0、4.微博微信4、5.其他22。',
      en: '(二)通过不同渠道和方式回应解读 (responded to and explained through various channels) 26: 1. press conferences 0, 2. online interviews 0, 3. policy explanations 0, 4. Weibo and WeChat 4, 5. other 22.',
    },
    fails: {
      zh: '(一)收到申请数 5：1.当面1、2.传真0、3.网络2、4.信函1 — 子项合计4。',
      en: '(一)收到申请数 (applications received) 5: 1. in person 1, 2. fax 0, 3. online 2, 4. letter 1 — the sub-rows add up to 4.',
    },
  },
  check(report, ctx) {
    const stats = report.legacyStats ?? [];
    const { numbered: numberedOf, subsets: subsetsOf } = childRows(stats);
    const findings: Finding[] = [];
    stats.forEach((entry, index) => {
      const summed = summedRows(entry, numberedOf.get(entry.code) ?? [], subsetsOf.get(entry.code) ?? [],
        (row) => numberedOf.has(row.entry.code) || subsetsOf.has(row.entry.code));
      if (!summed) return;
      for (const field of FIELDS) {
        // The template prints "——" for the unit and figure of its heading rows ((二)通过不同渠道…):
        // such a row with no figure states no total to check.
        if (entry.unit === null && entry[field] == null) continue;
        // Most rows add up: test the bare figures before naming any cell.
        if (agrees(summed.map((row) => row.entry[field]), [entry[field]])) continue;
        const parts = summed.map((row) => term(row, field));
        const totalTerm = term({ index, entry }, field, true);
        const b = imbalance(parts, [totalTerm], ctx.approximate);
        if (!b) continue;
        const finding = balanceFinding(b, `${figureName(report, 'legacyStats', totalTerm.ref.path)}：${showSum(parts)}，本行填${totalTerm.value ?? '空白'}`);
        if (b.status === 'mismatch' && b.left > b.right && CHANNELS_OVERLAP.test(plainLabel(entry))) {
          finding.severity = 'info';
          finding.message += '；各渠道可能重复计数（同一信息在几个渠道发布），不一定有错';
        }
        findings.push(finding);
      }
    });
    return findings;
  },
};
