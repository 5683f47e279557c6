import * as cheerio from 'cheerio';

/** A report page as one generated from a form prints it: each figure cell's figure in a control, in turn an <input>, a <textarea> and a <select>. */
export function formPage(page: string): string {
  const $ = cheerio.load(page);
  let i = 0;
  $('td').each((_, td) => {
    const figure = $(td).text().replace(/[\s?]/g, '');
    if (!/^\d+$/.test(figure)) return;
    const controls = [`<input type="text" name="c${i}" value="${figure}" readonly style="border:0">`, `<textarea name="c${i}" rows="1" readonly>${figure}</textarea>`,
      `<select name="c${i}"><option value="">请选择</option><option value="${figure}" selected>${figure}</option></select>`];
    $(td).html(controls[i++ % 3]!);
  });
  return $.html();
}
