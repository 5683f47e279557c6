// What a page copied from a 范文 or 文库 site carries: the site's own words, and the placeholders its
// template leaves where a body's name or a year goes.
import { HAN } from './han.ts';
import { LEVELS } from '../document/names.ts';

/**
 * A 范文 site's words (not 示范文书, 规范文件, 模范文明, 典范文章) and a 文库's, where users upload documents
 * (本文档由用户上传,版权归属用户); 精心整理 only as the site's offer (本站为你精心整理, 精心整理了…), not an archive's
 * work (对馆藏档案进行精心整理). And the 文库's names, which its pages bear in the title and the frame even where the
 * address is not known (a saved page): 汇文网 (2023医院政府信息公开工作年度报告-汇文网), 道客巴巴, 豆丁网, 原创力文档, 百度文库….
 */
export const TEMPLATE_SITE = /(?<![示规模典])范文网?|本站为你精心整理|精心整理了|如有侵权请联系删除|本站部分内容来自网络|范文大全|本文档由用户上传|版权归属用户|汇文网|道客巴巴|豆丁网|原创力文档|百度文库|人人文库|写写帮文库|360doc个人图书馆/;

/**
 * The domains of 文库 and 范文 sites, where users upload any body's documents: 汇文网 wnwk.com and m.777doc.com (a
 * hospital's report, a 工作总结), and the best known others: 道客巴巴 doc88.com, 豆丁网 docin.com, 360doc, 写写帮
 * xiexiebang.com, 百度文库, 原创力文档 book118.com, 人人文库 renrendoc.com, 360docs.net.
 */
export const TEMPLATE_HOSTS = ['wnwk.com', '777doc.com', 'doc88.com', 'docin.com', '360doc.com', 'xiexiebang.com', 'wenku.baidu.com', 'book118.com', 'renrendoc.com', '360docs.net'];

const HOLE = '(?:[xXＸｘ]{2,}|×{2,})';
/** A placeholder for a year (XX年, 20xx年, ××××年) or a place (xx县中医院); a redacted name (张XX) is no year or place. */
export const PLACEHOLDER = new RegExp(`(?:20)?${HOLE}(?=[年${LEVELS}])`);
/**
 * A placeholder for the year (20xx年以来, 现将20xx年度…), or for all of it but its decade (现将我局201x年度…, a 文库's
 * wnwk-zbj-201x): a report states its own year where an anonymised case hides only names; a blank form's date (××××年××月××日) is the form's, not the report's.
 */
export const YEAR_PLACEHOLDER = new RegExp(`(?:(?:20)?${HOLE}|(?<!\\d)20[0-3][xXＸｘ])(?=年(?!${HOLE}月))`);

// In a name, a hole before any of its words stands for the body (XX局, XX卫生院, ××大学), not only for a place.
const NAME_HOLE = new RegExp(`${HOLE}[${HAN}]`, 'u');
/** Whether a name is a placeholder's (xx县中医院, XX市交通运输局, XX局): no body's. */
export const isPlaceholderName = (name: string): boolean => NAME_HOLE.test(name);

/**
 * A drafting note the report's writer left in the published text, in brackets: a template's or a 汇总 form's
 * instruction to whoever fills it in (23条(请根据实际情况填写), （此处填写数字）); not the text's own asides, nor what it
 * tells an applicant to do (可在网上提交申请（请登录区政府门户网站填写申请表）, （请如实填写申请人姓名）, （请如实填写申请信息）):
 * the application (its form, content, time), the portal or a download; not applications as a figure's or a part's
 * subject, which only a count or a 情况 names (（此处填写收到申请数量）, （请填写申请人数）, （请填写依申请公开情况）, （请补充申请办理情况）).
 */
const NOTE_CHAR = '[^（()）【】[\\]\\n]';
export const DRAFTING_NOTE = new RegExp(`[（(【[]\\s*(?!${NOTE_CHAR}*(?:(?<!依)申请(?!人?[数次件量总]|(?:办理)?情况)|登录|下载))(?:请|此处)${NOTE_CHAR}{0,20}?(?:填写|填报|修改|补充|删除)${NOTE_CHAR}{0,10}[)）】\\]]`);
