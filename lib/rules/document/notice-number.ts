// The two notices on the yearly report are cited by name and number; a report giving one's name the other's number
// copied its citation wrong, most often the 2019 notice's name with the 2021 format's number.
import { quote } from '../../text/quote.ts';
import { pageText, spotsAt } from '../page-text.ts';
import { pageFinding, type Rule } from '../types.ts';
import type { Spot } from '../../document/page-text.ts';

const SIXTY = '国办公开办函〔2019〕60号';
const THIRTY = '国办公开办函〔2021〕30号';
// The notice's number as cited, spaces and all (国办公开办函 〔2021〕 30号).
const NUMBER = /国办公开办函\s*〔\s*(2019|2021)\s*〕\s*(60|30)\s*号/g;
// The name right before it, its bracket between: the 2019 notice's (…关于政府信息公开工作年度报告有关事项的通知》) or the
// 2021 format's (…关于印发〈…年度报告格式〉的通知》, or the format named alone: 《…年度报告格式》).
const NAME_BEFORE = /(?:(关于政府信息公开工作年度报告有关事项的通知)|年度报告格式[》>〉]?(?:的通知)?)[》>〉]?\s*[(（]?\s*$/;
// Another number right after it: the two notices named together, their numbers together in one bracket (《…有关事项的通知》
// 和《…年度报告格式》(国办公开办函〔2019〕60号、国办公开办函〔2021〕30号)), the name before the first not its own.
const LISTED_WITH = /^\s*[、，,和及与]\s*国办公开办函/;

export const noticeNumber: Rule = {
  id: 'document/notice-number',
  severity: 'info',
  description: '引用的国办通知名称与文号相符 (the General Office\'s notice cited by its own number)',
  rationale: {
    zh: '关于年度报告有两份国办通知：《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》是国办公开办函〔2019〕60号，印发《中华人民共和国政府信息公开工作年度报告格式》的通知是国办公开办函〔2021〕30号。报告引用其一的名称、却注上另一份的文号，是抄录有误（常见的是沿用旧稿的通知名称、只改了文号），说明报告的依据写得不准确。',
    en: 'Two notices of the General Office govern the yearly report: the one on matters of the yearly report (《…关于政府信息公开工作年度报告有关事项的通知》) is 国办公开办函〔2019〕60号, the one issuing the report\'s format (《中华人民共和国政府信息公开工作年度报告格式》) is 国办公开办函〔2021〕30号. A report citing one by name with the other\'s number copied the citation wrong (most often an old draft\'s notice name with only the number updated): the basis it states is inexact.',
  },
  example: {
    passes: {
      zh: '根据《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2019〕60号)编制。',
      en: '…关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2019〕60号): the notice with its own number.',
    },
    fails: {
      zh: '根据《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2021〕30号)有关要求。',
      en: '…关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2021〕30号): the 2019 notice\'s name with the 2021 format\'s number.',
    },
  },
  check(_report, ctx) {
    const text = pageText(ctx);
    // One finding for each notice miscited, at every place the page cites it so (ruian-anyang-2023 twice).
    const miscited = new Map<string, { message: string; spots: Spot[] }>();
    for (const m of text.includes('国办公开办函') ? text.matchAll(NUMBER) : []) {
      const named = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index));
      if (!named || LISTED_WITH.test(text.slice(m.index + m[0].length))) continue;
      const cited = m[1] === '2019' && m[2] === '60' ? SIXTY : m[1] === '2021' && m[2] === '30' ? THIRTY : null;
      const due = named[1] ? SIXTY : THIRTY;
      if (cited === null || cited === due) continue;
      const name = named[1] ? '《…关于政府信息公开工作年度报告有关事项的通知》' : '《中华人民共和国政府信息公开工作年度报告格式》';
      const found = miscited.get(due) ?? { message: `正文引用${name}，注的文号却是${quote(m[0])}：该通知是${due}，${cited}是另一份关于年度报告的通知，名称与文号不符`, spots: [] };
      found.spots.push(...spotsAt(ctx, m.index - named[0].length, m.index + m[0].length));
      miscited.set(due, found);
    }
    return [...miscited.values()].map(({ message, spots }) => pageFinding('info', message, spots));
  },
};
