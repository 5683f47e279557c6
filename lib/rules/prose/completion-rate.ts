// "共受理审批事项117件，办结171件，办结率100%": a 办结率 stated right after what was done is that count over what came in.
import { DONE_VERB, RECEIVED_VERB } from '../../prose/received.ts';
import { withinLastDigit } from '../../prose/topics.ts';
import { sameUnit } from '../../prose/units.ts';
import { quote } from '../../text/quote.ts';
import type { Finding, Rule } from '../types.ts';

// What came in (受理, 收到, 接到…: prose/received.ts) and what of it was done (办结, 答复, 回复), each a figure of the sentence.
const RECEIVED = new RegExp(RECEIVED_VERB);
const DONE = new RegExp(DONE_VERB);
// The rate right after the done count, nothing counted between: ，办结率100%, ，按时办结率达99.5%; not 约/以上, a rate said roughly.
const RATE = new RegExp(`^\\s*[，,、]?\\s*(按时|按期|及时)?${DONE_VERB}率(?:达到?|为|是)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％](?!\\s*(?:以上|左右))`);
// An on-time rate is the count done in time over what came in only where the count before it is said to be the one done
// in time (按时答复依申请公开2件，按时答复率100%: lixia-ysjd-2025); after all that was done (已办结22050件，按时办结率100%) it is
// the share of those done that were done in time, a third count the text does not give.
const ON_TIME = /按时|按期|及时/;
// Applications carried over from the year before, said before the count done (上年结转申请5件，本年受理申请20件，办结25件):
// the count done and its rate may hold them, over a total the sentence does not give.
const CARRIED_IN = /(?:上一?年度?|去年)[^。；;，,]{0,8}结转|结转[^。；;，,]{0,4}上一?年/;

export const completionRate: Rule = {
  id: 'prose/completion-rate',
  severity: 'warning',
  description: '正文紧接办结数所写的办结率与办结数÷受理数相符 (a completion rate stated right after the count done is that count over the count received)',
  rationale: {
    zh: '"共受理审批事项117件，办结171件，办结率100%"：办结率是办结数除以受理（收到、接到、接收）数，与两数对不上，说明其中一个数或办结率写错了（此例171应是117）。只比同一句里紧挨着的两个数：先是受理数，紧接着是办结（答复、回复）数，办结率紧跟在办结数之后、中间没有别的数；办结率按末位四舍五入或截断都算相符，"…%以上""…%左右"等约数不比，受理数或办结数是约数（"500余件"）的也不比。按时（按期、及时）办结率只在办结数本身写明是按时办结的才比（"接收到依申请公开2件，按时答复依申请公开2件，按时答复率100%"）：紧跟在全部办结数之后（"已办结22050件，按时办结率100%"），它是办结中按时办结的比例，不是办结数除以受理数。办结数之前写了上年结转的（"上年结转申请5件，本年受理申请20件，办结25件"）不比：办结数和办结率可能含结转的申请。',
    en: 'In 共受理审批事项117件，办结171件，办结率100% (“117 approval matters received, 171 completed, a completion rate of 100%”) the rate is the count completed over the count received (受理, 收到, 接到, 接收); a rate that does not fit the two shows one of them or the rate written wrong (here 171 for 117). Only two counts side by side in one sentence are compared: the count received, right after it the count completed (办结, 答复, 回复: completed, answered), and the rate right after that, nothing counted between; a rate rounded or cut off at its last digit fits, and approximate rates (…%以上, over; …%左右, around) or approximate counts (500余件, over 500) are not compared. An on-time rate (按时, 按期, 及时: on time) is compared only where the count before it is said to be done on time (按时答复依申请公开2件，按时答复率100%, 2 applications answered on time, 100% answered on time); after the count of all done (已办结22050件，按时办结率100%) it is the share of those done that were done in time, not the count done over the count received. Nor is a rate compared where applications carried over from the year before are said before the count done (上年结转申请5件，本年受理申请20件，办结25件: 5 carried over, 20 received this year, 25 completed): the count done and its rate may hold them.',
  },
  example: {
    passes: {
      zh: '2024年共受理群众网上来访信件34件，办结34件，办结率100%。',
      en: '2024年共受理群众网上来访信件34件，办结34件，办结率100% (34 letters received online in 2024, 34 completed, a completion rate of 100%).',
    },
    fails: {
      zh: '今年我局共受理审批事项117件，办结171件，办结率100% — 171÷117=146.2%。',
      en: '今年我局共受理审批事项117件，办结171件，办结率100% (117 approval matters received this year, 171 completed, 100%) — 171÷117 = 146.2%.',
    },
  },
  check(report, ctx) {
    return report.proseFigures.flatMap((done, i): Finding[] => {
      const received = report.proseFigures[i - 1];
      if (!received || received.text !== done.text || !RECEIVED.test(received.label) || !DONE.test(done.label) || RECEIVED.test(done.label)
        || received.approximate || done.approximate || received.value <= 0 || !sameUnit(received.unit, done.unit)) return [];
      // The two counts side by side in the sentence, as the prose reader found them.
      const tokens = ctx.proseCounts[i] ?? [];
      const r = tokens.findIndex((t) => t.value === received.value && sameUnit(t.unit, received.unit));
      const d = r < 0 ? null : tokens[r + 1];
      if (!d || d.value !== done.value || !sameUnit(d.unit, done.unit) || CARRIED_IN.test(done.text.slice(0, d.at))) return [];
      const rate = RATE.exec(done.text.slice(d.stop));
      if (!rate || (rate[1] && !ON_TIME.test(done.text.slice(tokens[r]!.stop, d.at)))) return [];
      const stated = Number(rate[2]);
      const decimals = rate[2]!.split('.')[1]?.length ?? 0;
      const computed = (done.value / received.value) * 100;
      if (withinLastDigit(stated, decimals, computed)) return [];
      const shown = Number(computed.toFixed(Math.max(1, decimals)));
      const unit = done.unit ?? '';
      const places = [tokens[r]!, d, { at: d.stop, stop: d.stop + rate[0].length }];
      return [{
        severity: 'warning',
        message: `正文${quote(done.text, places)}：${done.label}${done.value}${unit}÷${received.label}${received.value}${unit}=${shown}%，而正文写${rate[0].replace(/^[\s，,、]+/, '').replace(/\s*[\d.]+\s*[%％]$/, '')}${stated}%：其中一个数或办结率可能写错`,
        cells: [{ table: 'proseFigures', path: `${i - 1}` }, { table: 'proseFigures', path: `${i}` }],
        expected: shown, actual: stated,
      }];
    });
  },
};
