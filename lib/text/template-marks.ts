// What a page copied from a 范文 or 文库 site carries: the site's own words, and the placeholders its
// template leaves where a body's name or a year goes.

/**
 * A 范文 site's words (not 示范文书, 规范文件, 模范文明, 典范文章) and a 文库's, where users upload documents
 * (本文档由用户上传,版权归属用户).
 */
export const TEMPLATE_SITE = /(?<![示规模典])范文网?|本站为你精心整理|精心整理|如有侵权请联系删除|本站部分内容来自网络|范文大全|本文档由用户上传|版权归属用户/g;

/** A placeholder for a year or a place (XX年, 20xx年, ××××年, xx县中医院); a redacted name (张XX) is no year or place. */
export const PLACEHOLDER = /(?:20)?(?:[xXＸｘ]{2,}|×{2,})(?=[年县市区镇乡])/g;

/** Whether a name is a placeholder's (xx县中医院, XX市交通运输局): no body's. */
export const isPlaceholderName = (name: string): boolean => /[xXＸｘ]{2,}|×{2,}/.test(name);
