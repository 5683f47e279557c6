// The article around the tables of real report pages dressed as other portals and CMSs dress the same report
// (test/support/article-variants.ts), one way at a time: its document fields, prose figures and findings read as
// from the page itself, and its tables' figures too.
import { expect, it } from 'vitest';
import { ARTICLE_VARIANTS, SIGNATURE_VARIANTS, signedPage } from './support/article-variants.ts';
import { checkVariants, fixturePage, readReport } from './support/variant-check.ts';

// Every fixture page, with the portal that publishes it.
const tieling = fixturePage('pages/tieling-2019.html', '铁岭市人民政府');
const shanghai = fixturePage('pages/shanghai-office-2019.html', '上海市人民政府');
const PAGES = [
  tieling, shanghai, fixturePage('pages/longde-chengguan-2021.html', '隆德县人民政府'), fixturePage('pages/xiaobanqiao-2018.html', '昆明市官渡区人民政府'),
  fixturePage('pages/shulan-tiande-2014.html', '舒兰市人民政府'), fixturePage('pages/template-essay-site.html', '范文网'),
  fixturePage('years/pingtan-2021.html', '平潭综合实验区党工委管委会'), fixturePage('years/pingtan-2022.html', '平潭综合实验区党工委管委会'),
  fixturePage('years/pingtan-2023.html', '平潭综合实验区党工委管委会'),
];
// Of them only longde-chengguan-2021 signs its report: two more signed as their bodies sign, for the signature's variants.
const SIGNED = [signedPage(tieling, '铁岭市人民政府', '2020年1月20日'), signedPage(shanghai, '上海市人民政府办公厅', '2020年1月20日')];

it('reads the signatures the pages were given, as the variants take them', () => {
  expect(SIGNED.map((page) => readReport(page.html).document.signedAt)).toEqual(['2020-01-20', '2020-01-20']);
});

checkVariants('the article of real pages dressed as other portals and CMSs dress it', PAGES, ARTICLE_VARIANTS);
checkVariants('the signature of pages signed as their bodies sign dressed as other pages set it', SIGNED, SIGNATURE_VARIANTS);
