// A report published with its template's instructions still in it: the figures beside them may be the template's.
import { DRAFTING_NOTE } from '../../text/template-marks.ts';
import { quote } from '../../text/quote.ts';
import { pageText, spotsOf } from '../page-text.ts';
import { pageFinding, type Rule } from '../types.ts';

export const draftingNote: Rule = {
  id: 'document/drafting-note',
  severity: 'warning',
  description: '正文没有留下模板的填写说明 (no drafting note of a template left in the published text)',
  rationale: {
    zh: '有的机关照上级下发的模板或往年报告改写年报，发布时忘了删去模板的填写说明（如“(请根据实际情况填写)”）。说明旁的数字可能是模板原有的，未必是本机关本年度的实际数字，须对照核实。',
    en: 'Some bodies write their report over a template from above or over last year\'s report, and publish it with the template\'s instructions still in (such as (请根据实际情况填写), “fill in according to the facts”). The figure beside such a note may be the template\'s, not necessarily the body\'s own for the year, and needs checking.',
  },
  example: {
    passes: {
      zh: '全年通过区政府门户网站、政务新媒体等平台，累计主动公开政府信息23条。',
      en: '全年…累计主动公开政府信息23条 (“23 items published proactively in the year”), the figure stated alone.',
    },
    fails: {
      zh: '累计主动公开政府信息 23条(请根据实际情况填写)。',
      en: '累计主动公开政府信息 23条(请根据实际情况填写): the template\'s note to fill in the real figure, published with it.',
    },
  },
  check(_report, ctx) {
    const note = DRAFTING_NOTE.exec(pageText(ctx))?.[0];
    return note === undefined ? [] : [pageFinding('warning', `正文留有模板的填写说明（${quote(note)}），发布前未删去：其旁的数字可能是模板原有的，而非本机关本年度的实际数字，请对照核实`, spotsOf(ctx, [note]))];
  },
};
