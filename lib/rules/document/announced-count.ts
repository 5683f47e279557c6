// "本报告由A、B…F7个部分组成" naming six: the opening's count of its parts against the names it lists.
import { quote } from '../../text/quote.ts';
import type { Rule } from '../types.ts';
import { announcement } from './announcement.ts';

// Before 2019 a report's last part was often 需要说明的事项与附表, one part (anxi-2012, huli-2018, 晋安区 2016); a list
// naming the two apart (…、需要说明的事项、附表等七部分组成, gaolou-2018) names one more than the parts it counts, rightly.
const APPENDIX = /^附[表件]$/;

export const announcedCount: Rule = {
  id: 'document/announced-count',
  severity: 'info',
  description: '报告开头所说的部分数与列出的部分名称数一致 (the number of parts the opening states is the number of parts it names)',
  rationale: {
    zh: '开头说"本报告由A、B、C……7个部分组成"，列出的名称却只有六个（或多于所说）的，这一句自相矛盾：或是数错了，或是漏列、漏写了一部分，请对照正文核对。只多出列在最后的“附表”（“……需要说明的事项、附表七部分组成”）的不算：2019年以前的报告最后一部分常为“需要说明的事项与附表”，附表与前一项合为一部分，按这样数正是七部分。名称前有"等"（"……等六部分组成""分别为：……等"）的，列举可以未尽，少列几个不算矛盾，不作检查。只是开头这一句的数字与名称不一致，未必缺了内容，故作提示；正文缺了开头列出的部分的，由 document/announced-parts 指出。',
    en: 'An opening that says the report is made up of 7 parts (本报告由A、B、C……7个部分组成) and names six (or more than it says) contradicts itself: either the count is wrong or a part was left out of the list, or out of the report; check against the text. A list longer by only the 附表 (appendix tables) it names last (…需要说明的事项、附表七部分组成) is none: before 2019 a report\'s last part was often 需要说明的事项与附表, the tables one part with the note before them, and so counted the parts are seven. Where 等 (“and so on”) comes before the count (……等六部分组成) or ends the list (分别为：……等), the list need not be complete, and naming fewer is no contradiction: not checked. The sentence disagrees with itself, which need not mean content is missing: a note; a part announced and missing from the text is document/announced-parts\' to point out.',
  },
  example: {
    passes: {
      zh: '"本报告由总体情况、……、其他需要报告的事项六个部分组成"，列出六个名称；或"本报告由总体情况等六部分组成"。',
      en: '本报告由总体情况、……、其他需要报告的事项六个部分组成 (“made up of six parts: the overview, …, other matters”) naming six; or 本报告由总体情况等六部分组成 (“the overview and others, six parts”).',
    },
    fails: {
      zh: '"本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项7个部分组成"（gd-heping-heshuizhen-2024），只列出六个。',
      en: 'The opening says 7 parts (7个部分组成) and names the six parts of the 2021 format (gd-heping-heshuizhen-2024).',
    },
  },
  check(_report, ctx) {
    const announced = announcement(ctx.lines);
    if (!announced?.closed || announced.parts.length === announced.count) return [];
    const { count, countText, word, parts } = announced;
    if (parts.length === count + 1 && APPENDIX.test(parts.at(-1)!)) return [];
    return [{
      severity: 'info',
      message: `报告开头称由${countText}${word}组成，却列出了${parts.length}个部分：${parts.map((p) => quote(p)).join('、')}`,
      cells: [], expected: count, actual: parts.length, words: [announced.at],
    }];
  },
};
