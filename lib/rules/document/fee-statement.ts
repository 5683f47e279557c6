// Part 六 of a report from 2021 on states the 信息处理费 charged: notices sent, their total, the amount collected.
import { wholeReport } from '../../document/pagination.ts';
import type { CellRef } from '../../schema.ts';
import { quoteFact, readFees, type FeeFact } from '../prose/fees.ts';
import type { Rule, RuleContext } from '../types.ts';

// Part 六's heading at the start of a line (its numeral lost, or 其它 for 其他), or after its numeral within a
// line that runs on (…。六、其他需要报告的事项本年度…) — not in a list of the parts (…改进情况；六、其他需要报告的
// 事项。, 5.存在的主要问题及改进情况;6.其他需要报告的事项), where part 五's title stands right before it.
const PART_SIX_LINE = /^[\s?？]*(?:(?:六|第六部分|[(（]六[)）]|6)\s*[、.．:：]?\s*)?其[他它]需要报告的?事项/;
const PART_SIX_RUN_ON = /(?:^|[。；;！!\s])\s*(?:六|第六部分)\s*[、.．:：]\s*其[他它]需要报告的?事项/;
const AFTER_PART_FIVE = /(?:改进情况|主要问题|存在问题)[\s；;，,、。]*$/;

const isPartSix = (line: string): boolean => {
  if (PART_SIX_LINE.test(line)) return true;
  const run = PART_SIX_RUN_ON.exec(line);
  return run !== null && !AFTER_PART_FIVE.test(line.slice(0, run.index + 1));
};

/**
 * The report's part 六 is here: its heading is on the lines read, and no page unread may hold the rest of it (all
 * the pages were read and joined, or this is the last).
 */
function partSixHere(ctx: RuleContext): boolean {
  const { pagination } = ctx;
  if (!wholeReport(pagination) && (pagination!.page === null || pagination!.page !== pagination!.pages)) return false;
  return ctx.lines.some((line) => line.includes('需要报告') && isPartSix(line));
}

const FACTS = [['notices', '发出收费通知的件数'], ['billed', '收费通知的总金额'], ['collected', '实际收取的总金额']] as const;

const cellsOf = (facts: (FeeFact | null)[]): CellRef[] =>
  facts.flatMap((f) => (f?.figure != null ? [{ table: 'proseFigures' as const, path: String(f.figure) }] : []));

export const feeStatement: Rule = {
  id: 'document/fee-statement',
  severity: 'warning',
  description: '2021年度起的报告说明信息处理费的收取情况 (reports from 2021 on state the information-processing fees charged)',
  rationale: {
    zh: '国办公开办函〔2021〕30号要求在"六、其他需要报告的事项"中报告依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费的情况：发出收费通知的件数和总金额，以及实际收取的总金额；未收取的，写明"本年度未收取信息处理费"即可。报告有第六部分、全文却没有一句说到信息处理费或收费通知、也没有说依申请公开未收取费用（"无向申请人收取政府信息公开费用的情况"）的，作警告；说了收费（金额或件数不为0）却只给出三项中的一两项的，作提示。只检查2021年度及以后、第六部分在本页的报告：网页摘录或分页发布的报告，本页看不到第六部分时不作判断（见 document/paginated）。只引用《政府信息公开信息处理费管理办法》书名、表三"申请人逾期未按收费通知要求缴纳费用"一行、条例的规定（"不得收取费用"，或引用第四十二条"行政机关依申请提供政府信息，不收取费用"）、关于费用的投诉，或说的是行政事业性收费等别的钱，都不算说明。',
    en: 'The General Office\'s notice 国办公开办函〔2021〕30号 requires part 六、其他需要报告的事项 (6. Other matters to report) to report the information-processing fees charged under the Measures for the Administration of Information-Processing Fees for Government Information Disclosure (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号): the number of fee notices sent and their total amount, and the total amount actually collected; a body that charged none need only write 本年度未收取信息处理费 (“no information-processing fee was charged this year”). A report that has a sixth part, but not one sentence in its whole text on information-processing fees or fee notices, nor one saying that no fee was charged for disclosure upon application (无向申请人收取政府信息公开费用的情况, “no fee for government information was charged to applicants”), gets a warning; one that says fees were charged (an amount or a number not 0) but gives only one or two of the three figures, info. Only reports for 2021 or later whose sixth part is on this page are checked: an excerpt on a web page, or a report split over several pages, whose sixth part this page does not show is not judged (see document/paginated). Merely citing the title of the Measures, Table 3\'s row 申请人逾期未按收费通知要求缴纳费用 (fee not paid in time), the Regulations\' provisions (不得收取费用, “no fee may be charged”, or article 42: 行政机关依申请提供政府信息，不收取费用, “administrative bodies charge no fee for government information provided upon application”), complaints about fees, or other money such as administrative fees (行政事业性收费), does not count as the statement.',
  },
  example: {
    passes: {
      zh: '"六、其他需要报告的事项"下写"本年度发出收费通知0件，总金额0元，实际收取0元"或"本年度未收取信息处理费"。',
      en: 'Under 六、其他需要报告的事项 the report writes 本年度发出收费通知0件，总金额0元，实际收取0元 (“0 fee notices sent this year, 0 yuan in all, 0 yuan collected”) or 本年度未收取信息处理费 (“no information-processing fee was charged this year”).',
    },
    fails: {
      zh: '"六、其他需要报告的事项"下只写"无"，全文未提信息处理费。',
      en: 'Under 六、其他需要报告的事项 the report writes only 无 (“none”), and its text nowhere mentions information-processing fees.',
    },
  },
  check(report, ctx) {
    const { year, sections } = report.document;
    if (year === null || year < 2021 || report.document.format === 'legacy' || !partSixHere(ctx)) return [];
    const fees = readFees(report, ctx.lines);
    if (!fees.mention) {
      const six = sections.findIndex((s) => /需要报告/.test(s.title));
      return [{
        severity: 'warning',
        message: '全文（包括第六部分“其他需要报告的事项”）未说明信息处理费的收取情况：国办公开办函〔2021〕30号要求在第六部分报告依据《政府信息公开信息处理费管理办法》发出收费通知的件数和总金额、实际收取的总金额，未收取的也应写明',
        cells: six >= 0 ? [{ table: 'document', path: `sections.${six}` }] : [], expected: null, actual: null,
      }];
    }
    // Nothing charged says all there is to say; fees charged should be given in full.
    const stated = FACTS.map(([key]) => fees[key]);
    const charged = stated.find((f) => f !== null && f.value > 0);
    if (!charged) return [];
    const missing = FACTS.filter(([key]) => fees[key] === null).map(([, name]) => name);
    if (missing.length === 0) return [];
    return [{
      severity: 'info',
      message: `正文${quoteFact(charged, report, ctx.proseCounts)}说明收取了信息处理费，但未说明${missing.join('、')}（国办公开办函〔2021〕30号要求三项都报告）`,
      cells: cellsOf(stated), expected: null, actual: null,
    }];
  },
};
