// The text names the report as the issuer's. A report written from another body's keeps that body's name where it
// puts itself forward: 铜川市耀州区气象局's 2023 report says 现发布《铜川市耀州区人民政府办公室2023年度政府信息公开工作报告》.
import { reportNamedAs } from '../../document/issuer.ts';
import { quote } from '../../text/quote.ts';
import { mayName } from '../issuer.ts';
import type { Rule } from '../types.ts';

export const reportOfIssuer: Rule = {
  id: 'document/report-of-issuer',
  severity: 'warning',
  description: '正文称本报告为发布机关的报告 (the text names the report as the issuer\'s)',
  rationale: {
    zh: '照搬其他机关的报告做模板时，开头“现发布《某机关2023年度…报告》”“现将某机关2023年度…报告如下”里的机关名称常常忘了改：标题是一个机关，正文却说这是另一个机关的报告，报告的文字乃至数字可能都沿用了那个机关的。同一机关的全称、简称，政府办公室或本地其他机关代政府的，都不算不一致（与落款的判断相同）；只看正文说这是谁的报告，不看由谁编制（由办公室或其他单位代为编制是常事）。',
    en: 'When another body\'s report is used as a template, the body named where the text puts the report forward (现发布《某机关2023年度…报告》, “the report of such-and-such a body for 2023 is hereby published”; 现将某机关2023年度…报告如下, “such-and-such a body\'s report for 2023 follows”) is often left unchanged: the title is one body\'s, while the text says the report is another\'s, whose wording and even figures the report may have kept. A body\'s full and short names, and a government\'s office or another local body for the government, do not count as a mismatch (as for the closing signature); only whose report the text says it is counts, not who compiled it (an office or another unit often compiles it for the body).',
  },
  example: {
    passes: {
      zh: '标题"铜川市耀州区气象局2023年度政府信息公开工作年度报告"，正文"现发布《耀州区气象局2023年度政府信息公开工作报告》"。',
      en: 'Title 铜川市耀州区气象局2023年度政府信息公开工作年度报告 (the 2023 report of the Yaozhou District Meteorological Bureau), text 现发布《耀州区气象局2023年度政府信息公开工作报告》 (the same bureau\'s report, under its short name).',
    },
    fails: {
      zh: '标题"铜川市耀州区气象局2023年度政府信息公开工作年度报告"，正文"现发布《铜川市耀州区人民政府办公室2023年度政府信息公开工作报告》"。',
      en: 'Title 铜川市耀州区气象局2023年度政府信息公开工作年度报告 (the Meteorological Bureau\'s 2023 report), text 现发布《铜川市耀州区人民政府办公室2023年度政府信息公开工作报告》 (publishing the 2023 report of the district government\'s office).',
    },
  },
  check(report, ctx) {
    const { issuer } = report.document;
    const named = issuer ? reportNamedAs(ctx.title, ctx.lines) : null;
    if (!issuer || !named || mayName(issuer, named)) return [];
    return [{
      severity: 'warning',
      message: `正文说这是${quote(named)}的报告，而发布报告的机关是${quote(issuer)}：报告可能照搬了其他机关的报告，文字和数字都需核对`,
      cells: [{ table: 'document', path: 'issuer' }], expected: null, actual: null,
    }];
  },
};
