// A mirror that decodes the copied page's bytes wrongly garbles some of its text (lib/text/garbled.ts).
import { garbledSample } from '../../text/garbled.ts';
import { quote } from '../../text/quote.ts';
import { spotsOf } from '../page-text.ts';
import { pageFinding, type Rule } from '../types.ts';

export const garbledText: Rule = {
  id: 'provenance/garbled-text',
  severity: 'info',
  description: '页面没有因编码转错而成的乱码 (no text garbled by a wrong decoding)',
  rationale: {
    zh: '转载镜像站转换编码出错时，部分文字会变成乱码：汉字中夹杂注音符号、日文假名、俄文字母、带声调的拼音字母（如“（一）主动”变成“?。ㄒ唬┲鲃”），或成串的“�”。这是转载造成的，不是报告原文的错；乱码处的文字（包括标题和数字）无法读取，由此少了的编号也不算报告跳号（见 document/numbering）。',
    en: 'When a mirror site reposting a report converts its encoding wrongly, some of the text turns to gibberish: Chinese characters mixed with zhuyin symbols, Japanese kana, Cyrillic letters or pinyin letters with tone marks (（一）主动 becoming ?。ㄒ唬┲鲃), or runs of �. The repost caused it, not an error in the original report; the garbled text (headings and figures among it) cannot be read, and the numbers lost with it do not count as gaps in the report\'s numbering (see document/numbering).',
  },
  example: {
    passes: {
      zh: '（一）主动公开情况',
      en: '（一）主动公开情况 (“(1) Proactive disclosure”), as the report prints it.',
    },
    fails: {
      zh: '?。ㄒ唬┲鲃?dòng)公開情況',
      en: '?。ㄒ唬┲鲃?dòng)公開情況: the same heading garbled by a wrong decoding.',
    },
  },
  check(_report, ctx) {
    const sample = garbledSample(ctx.pageLines);
    return sample === null ? [] : [pageFinding('info', `页面夹有乱码（如${quote(sample)}），多见于转载镜像站转错了编码，不是报告原文：乱码处的文字（包括其中的标题和数字）无法读取`, spotsOf(ctx, [sample]))];
  },
};
