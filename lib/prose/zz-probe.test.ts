import { it } from 'vitest';
import { extractProseFigures } from './figures.ts';
const lines = (...texts: string[]) => texts.map((text) => ({ text, table: -1, cellTextLength: 0, pieces: [{ node: { data: text }, nodeStart: 0, lineStart: 0, length: text.length }] }));
it('probe', () => {
  for (const t of [
    '加大了园区宣传力度,向市政府门户网站报送我区政务信息88条,超额完成每月5条政务信息公开任务。',
    '向市政府门户网站报送政务信息88条。',
    '全年报送政务信息88条。',
    '依法办理涉及政府信息公开的行政复议27件、行政诉讼15件。',
  ]) console.log(extractProseFigures(lines(t) as never).figures.map((f) => `${f.label}=${f.value}${f.unit}` + (f.parts.length ? ' [' + f.parts.map((p) => p.label + '=' + p.value).join('; ') + ']' : '')).join(' | '));
});
