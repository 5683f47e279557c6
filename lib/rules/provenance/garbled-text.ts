// A mirror that decodes the copied page's bytes wrongly garbles some of its text (lib/text/garbled.ts).
import { garbledSample } from '../../text/garbled.ts';
import { quote } from '../../text/quote.ts';
import { spotsOf } from '../page-text.ts';
import { pageFinding, type Rule } from '../types.ts';

export const garbledText: Rule = {
  id: 'provenance/garbled-text',
  severity: 'info',
  description: '页面没有因编码转错而成的乱码 (no text garbled by a wrong decoding)',
  rationale: '转载镜像站转换编码出错时，部分文字会变成乱码：汉字中夹杂注音符号、日文假名、俄文字母、带声调的拼音字母（如“（一）主动”变成“?。ㄒ唬┲鲃”），或成串的“�”。这是转载造成的，不是报告原文的错；乱码处的文字（包括标题和数字）无法读取，由此少了的编号也不算报告跳号（见 document/numbering）。',
  example: {
    passes: '（一）主动公开情况',
    fails: '?。ㄒ唬┲鲃?dòng)公開情況',
  },
  check(_report, ctx) {
    const sample = garbledSample(ctx.pageLines);
    return sample === null ? [] : [pageFinding('info', `页面夹有乱码（如${quote(sample)}），多见于转载镜像站转错了编码，不是报告原文：乱码处的文字（包括其中的标题和数字）无法读取`, spotsOf(ctx, [sample]))];
  },
};
