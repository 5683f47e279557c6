// An application closed because its fee went unpaid had a fee notice sent: 表三 cannot count more of them than
// the notices the prose says were sent.
import type { CellRef } from '../../schema.ts';
import { OWN_LEVEL, ofAnotherYear } from '../../prose/topics.ts';
import type { Rule } from '../types.ts';
import { quoteFact, readFees } from './fees.ts';

export const feeNotices: Rule = {
  id: 'prose/fee-notices',
  severity: 'error',
  description: '表三中逾期未缴费而不再处理的申请不多于正文所说发出的收费通知 (applications closed for an unpaid fee do not outnumber the fee notices sent)',
  rationale: {
    zh: '依《政府信息公开信息处理费管理办法》，行政机关在申请的办理期限内向申请人发出收费通知，申请人逾期未缴纳的视为放弃申请。表三（六）其他处理"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"里的每一件都先有一份收费通知，所以它不会多于正文所说本年度发出的收费通知件数（"未发出收费通知"即0件）。上年结转的申请可能在上一年收到通知，所以比较时加上表三"上年结转"的件数；约数、别的年度的数字、说"本级"的句子不比较。',
    en: 'Under the Measures for the Administration of Information-Processing Fees for Government Information Disclosure (《政府信息公开信息处理费管理办法》), an administrative body sends the applicant a fee notice within the time for handling the application, and an applicant who does not pay in time is deemed to have given the application up. Every application in Table 3\'s row （六）其他处理 2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 (otherwise handled: the applicant did not pay the fee in time, and the body no longer processes the application) had a fee notice first, so they are no more than the fee notices the text says were sent this year (未发出收费通知, “no fee notice sent”, being 0). An application carried over from last year may have had its notice last year, so Table 3\'s carried over from last year is added in the comparison; approximate numbers, other years\' figures and sentences that speak of 本级 (the government\'s own level) are not compared.',
  },
  example: {
    passes: {
      zh: '正文"发出收费通知2件，实际收取信息处理费0元"，表三"申请人逾期未按收费通知要求缴纳费用"总计2件。',
      en: 'The text says 发出收费通知2件，实际收取信息处理费0元 (“2 fee notices sent, 0 yuan of information-processing fees collected”), and Table 3\'s otherwise handled · fee not paid in time · total is 2.',
    },
    fails: {
      zh: '正文"本年度未发出收费通知，未收取信息处理费"，表三该行总计3件，上年结转0件。',
      en: 'The text says 本年度未发出收费通知，未收取信息处理费 (“no fee notice sent this year, no information-processing fee collected”), and Table 3\'s otherwise handled · fee not paid in time · total is 3, with 0 carried over from last year.',
    },
  },
  check(report, ctx) {
    const unpaid = report.applications?.otherHandling?.noFee?.total;
    const carried = report.applications?.carriedOver?.total;
    if (!unpaid || carried === null || carried === undefined) return [];
    const { notices } = readFees(report, ctx.lines);
    // The office's own notices (本级) in a report whose tables may count the whole area: fewer than the table's.
    if (!notices || OWN_LEVEL.test(notices.text)) return [];
    if (notices.figure !== null && ofAnotherYear(report.proseFigures[notices.figure]!, report.document.year)) return [];
    const most = notices.value + carried;
    if (unpaid <= most) return [];
    const cells: CellRef[] = [{ table: 'applications', path: 'otherHandling.noFee.total' }];
    if (notices.figure !== null) cells.push({ table: 'proseFigures', path: String(notices.figure) });
    if (carried > 0) cells.push({ table: 'applications', path: 'carriedOver.total' });
    return [{
      severity: 'error',
      message: `表三“申请人逾期未按收费通知要求缴纳费用”总计${unpaid}件，而正文${quoteFact(notices, report, ctx.proseCounts)}说本年度发出收费通知${notices.value}件`
        + `${carried > 0 ? `（加上年结转的申请${carried}件也只有${most}件）` : ''}：逾期未缴费的申请都先收到过收费通知，不会多于发出的通知`,
      cells, expected: most, actual: unpaid,
    }];
  },
};
