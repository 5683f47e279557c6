// The tables of real report pages dressed as other portals, editors and office suites dress the same tables
// (test/support/markup-variants.ts), one way at a time: every figure of 表二, 表三, 表四 and the 统计表 reads as
// from the page itself, and no finding comes or goes but the notes a variant says it brings.
import { VARIANTS } from './support/markup-variants.ts';
import { checkVariants, fixturePage } from './support/variant-check.ts';

// Each page with tables once: the 2019 and 2021 forms, a portal's own markup (shanghai-office-2019), the 统计表
// (xiaobanqiao-2018) and one body's three years.
const PAGES = ['pages/tieling-2019.html', 'pages/longde-chengguan-2021.html', 'pages/shanghai-office-2019.html', 'pages/xiaobanqiao-2018.html',
  'years/pingtan-2021.html', 'years/pingtan-2022.html', 'years/pingtan-2023.html'];

checkVariants('the tables of real pages dressed as other portals and tools dress them', PAGES.map((file) => fixturePage(file)), VARIANTS);
