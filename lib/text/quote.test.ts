import { describe, expect, it } from 'vitest';
import { findNumbers } from '../prose/numbers.ts';
import { quote } from './quote.ts';

/** The places of the counts of `values` in `text`, as the prose reader finds them. */
const at = (text: string, ...values: number[]) => findNumbers(text).filter((t) => values.includes(t.value));

// dg-houjie-2023's sentence: the total the parts fall short of is 2516条, 40 characters in.
const HOUJIE = '一是通过“中国·东莞”门户网站厚街镇栏目及东莞市政府信息公开目录主动公开信息2516条,其中组织机构信息26条,政策文件及政策解读信息14条,'
  + '工作动态信息796条,财政预决算信息311条,通知公告信息317条,重点领域信息437条';

describe('quote', () => {
  it('quotes a short text whole, in Chinese quotation marks, quotes inside it made single', () => {
    expect(quote('共收到政府信息公开申请10件')).toBe('“共收到政府信息公开申请10件”');
    expect(quote('开设并正常运行“两微一端”等政务新媒体1个')).toBe('“开设并正常运行‘两微一端’等政务新媒体1个”');
  });

  it('keeps the figure a finding is about whole, with the words before it, not the sentence\'s first 40 characters (dg-houjie-2023: "…主动公开信息25…")', () => {
    expect(quote(HOUJIE, at(HOUJIE, 2516))).toBe('“…东莞市政府信息公开目录主动公开信息2516条…”');
  });

  it('shows figures far apart as pieces with … between, each to its clause\'s end', () => {
    expect(quote(HOUJIE, at(HOUJIE, 2516, 437))).toBe('“…东莞市政府信息公开目录主动公开信息2516条…重点领域信息437条”');
  });

  it('shows the clause before a figure whose own names it by a word or two (…申请10件,共计262件)', () => {
    const text = '2023年,我委新受理政府信息公开申请252件,2022年结转政府信息公开申请10件,共计262件';
    expect(quote(text, at(text, 262))).toBe('“…2022年结转政府信息公开申请10件,共计262件”');
  });

  it('cuts a text quoted without places at a clause boundary, or before a number, never inside one', () => {
    expect(quote(HOUJIE)).toBe('“一是通过‘中国·东莞’门户网站厚街镇栏目及东莞市政府信息公开目录主动公开信息…”');
    const unbroken = '本机关全年通过政府网站政府信息公开专栏和政务新媒体平台主动公开各类政府信息共计二千五百一十六条并及时更新';
    expect(quote(unbroken)).toBe('“本机关全年通过政府网站政府信息公开专栏和政务新媒体平台主动公开各类政府信息共计…”');
    // A run of digits longer than the cut (a table cell of hundreds) is cut inside: nothing else to show.
    expect(quote('1'.repeat(400))).toBe(`“${'1'.repeat(40)}…”`);
  });

  it('cuts a text with no clause boundary near 40 characters after a list\'s 、 rather than inside a word (sc-xiaoyuan-2022: "…审核、办…")', () => {
    const heading = '(二)依申请公开办理情况。2022年,我镇建立完善政府信息公开申请登记、审核、办理、答复、归档等制度,加强依申请信息办理流程。';
    expect(quote(heading)).toBe('“(二)依申请公开办理情况。2022年,我镇建立完善政府信息公开申请登记、审核…”');
  });

  it('quotes the whole text where a cut would leave out next to nothing', () => {
    const text = '2013年全区未收到有关政府信息公开的申请，收到1份有关政府信息公开行政复议申请已及时处理';
    expect(quote(text, at(text, 1))).toBe(`“${text}”`);
  });
});
