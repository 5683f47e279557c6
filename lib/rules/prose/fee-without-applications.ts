// The 信息处理费 is charged on an application being handled: a body that had none this year (表三: none received, none
// carried over) sent no fee notice and collected no fee. The fee's scale (国办函〔2020〕109号: by 件 over 10 a month, by
// 页 over 30 pages, no ceiling) bounds no amount by the number of applications; none at all bounds it to nothing.
import type { CellRef } from '../../schema.ts';
import { ofAnotherYear } from '../../prose/topics.ts';
import type { Rule } from '../types.ts';
import { tableScope } from './table-scope.ts';
import { quoteFact, readFees, type FeeFact } from './fees.ts';

export const feeWithoutApplications: Rule = {
  id: 'prose/fee-without-applications',
  severity: 'warning',
  description: '表三没有任何申请时，正文没有发出收费通知或收取信息处理费 (no fee notice sent nor fee collected where Table 3 has no application at all)',
  rationale: {
    zh: '依《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），信息处理费是在办理政府信息公开申请时向申请人收取的：按件计收的，同一申请人一个自然月内超过10件的部分才收；按量计收的，超过30页的部分才收，且没有上限，所以收费金额不能按申请件数估出上限。但表三"本年新收"和"上年结转"的申请都是0件的，本年度没有办理任何申请，也就不会发出收费通知、收取信息处理费。正文却说发出了收费通知或收取了费用的，或是表三漏填了申请，或是正文的数字是别的年度、别的机关的，或"元""万元"等单位有误。只比较说本机关的句子（说"全市""各级"的，在乡镇、部门的报告中不比较）；约数、别的年度的数字不比较。只作警告：请对照原文。',
    en: 'Under the Measures for the Administration of Information-Processing Fees (国办函〔2020〕109号), the fee is charged to an applicant while the application is handled: charged by the application, only on those over 10 in a calendar month from the same applicant; charged by the page, only on the pages over 30, with no ceiling, so no upper bound on the amount follows from the number of applications. But where Table 3 has 0 applications newly received and 0 carried over from last year, the body handled no application in the year, and so sent no fee notice and collected no fee. A text saying that it sent fee notices or collected a fee means that Table 3 left out applications, or that the text\'s figure is another year\'s or another body\'s, or that its unit (元 or 万元) is wrong. Only sentences about the issuing body are compared (those about 全市, 各级, the whole area, are not in a township\'s or department\'s report); approximate figures and other years\' are not. Only a warning: read the original.',
  },
  example: {
    passes: {
      zh: '表三本年新收、上年结转均为0件，正文"本年度未发出收费通知，未收取信息处理费"。',
      en: 'Table 3 has 0 newly received and 0 carried over, and the text says 本年度未发出收费通知，未收取信息处理费 (“no fee notice sent, no information-processing fee collected this year”).',
    },
    fails: {
      zh: '表三本年新收、上年结转均为0件，正文"本年度共收取信息处理费300元"。',
      en: 'Table 3 has 0 newly received and 0 carried over, and the text says 本年度共收取信息处理费300元 (“300 yuan of information-processing fees collected this year”).',
    },
  },
  check(report, ctx) {
    const received = report.applications?.newReceived?.total;
    const carried = report.applications?.carriedOver?.total;
    if (received !== 0 || carried !== 0) return [];
    const { notices, collected } = readFees(report, ctx.lines);
    // The issuer's own figure of this year, read from a sentence (a sentence saying none is collected is 0).
    const stated = (fact: FeeFact | null): fact is FeeFact & { figure: number } => {
      if (!fact || fact.value <= 0 || fact.figure === null) return false;
      const figure = report.proseFigures[fact.figure]!;
      return !ofAnotherYear(figure, report.document.year) && tableScope(figure, report.document.issuer) === 'own';
    };
    const said = [notices, collected].filter(stated);
    if (said.length === 0) return [];
    const cells: CellRef[] = [{ table: 'applications', path: 'newReceived.total' }, { table: 'applications', path: 'carriedOver.total' },
      ...said.map((fact) => ({ table: 'proseFigures' as const, path: String(fact.figure) }))];
    // Notices and amount often stand in one sentence: quoted once.
    const what = [...new Set(said.map((fact) => quoteFact(fact, report, ctx.proseCounts)))].join('、');
    return [{
      severity: 'warning',
      message: `表三本年新收和上年结转的申请都是0件，本年度没有办理申请，而正文${what}说发出了收费通知或收取了信息处理费：信息处理费只在办理申请时收取，请核对表三和正文`,
      // No pair of like figures to compare: applications against notices or yuan.
      cells, expected: null, actual: null,
    }];
  },
};
