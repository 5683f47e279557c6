// A report whose tables the page hides in a tab (the 文字版 under a 全真版 viewer): read, and its marks are there.
import { pageFinding, type Rule } from '../types.ts';

export const hiddenTab: Rule = {
  id: 'document/hidden-tab',
  severity: 'info',
  description: '报告的表格在页面隐藏的标签页中 (the report\'s tables are in a tab the page hides)',
  rationale: {
    zh: '有的门户（如福建的 TRS 模板）文章附有 PDF 原件时先显示"全真版"（PDF 阅读器），把"文字版"标签页用脚本隐藏（display:none），报告的文字和表格都在这个隐藏的标签页里。页面显示的部分读不到报告的任何表格、而隐藏的元素里有表格时，本工具把隐藏的、含表格的元素当作显示出来读取（不含表格的隐藏元素，如菜单、分享框，仍不读），并以此提示：页面上标出的单元格在该标签页中，切换到"文字版"才能看到。',
    en: 'Some portals (福建\'s TRS template, for one) show the 全真版 (“true copy”, a PDF viewer) first where the article has a PDF original, and hide the 文字版 (“text version”) tab by script (display:none): the report\'s text and tables are all in that hidden tab. Where the part of the page shown holds none of the report\'s tables and hidden elements hold tables, this tool reads the hidden elements that hold a table as though shown (hidden elements without one, such as menus and share boxes, are still not read), and this note says so: the cells marked on the page are in that tab, to be seen by switching to 文字版.',
  },
  example: {
    passes: {
      zh: '报告的文字和表格显示在页面上。',
      en: 'The report\'s text and tables are shown on the page.',
    },
    fails: {
      zh: '页面显示"全真版"PDF 阅读器，报告的表格在隐藏的"文字版"标签页中。',
      en: 'The page shows the 全真版 PDF viewer; the report\'s tables are in the hidden 文字版 tab.',
    },
  },
  check(_report, ctx) {
    return ctx.hiddenTab ? [pageFinding('info', '报告的表格在页面隐藏的标签页中（如“文字版”），已当作显示读取；页面上的标注在该标签页里，切换到它才能看到')] : [];
  },
};
