// Bodies of a vertically managed system (实行垂直领导的部门): the central department's own offices in a place, not
// departments of the place's government. 《条例》第三条 puts their disclosure under their system's office, so their
// annual report goes to their superiors as the system requires (a few, such as 深圳市气象局, are under the place too).

// Each system by what its offices' names end in; a city's offices of the 气象 system together report as its 气象部门
// (湖北省咸宁市气象部门2022年政府信息公开工作年度报告). A 地震局 is the system's only at a province's level (四川省地震局):
// a county's or a city's is the local government's own department. A 地方海事局 is a province's, not the system's.
const SYSTEMS: readonly (readonly [string, RegExp])[] = [
  ['税务', /税务局$/],
  ['海关', /海关$/],
  ['气象', /气象(?:局|部门)$/],
  ['邮政管理', /邮政管理局$/],
  ['烟草专卖', /烟草专卖局$/],
  ['国家统计局调查队', /^国家统计局.*调查(?:总)?队$/],
  ['地震', /(?:省|自治区|^(?:北京|天津|上海|重庆)市)地震局$/],
  ['海事', /(?<!地方)海事局$/],
];

/** The vertically managed system the issuer's office belongs to (黑河市气象局 → 气象), or null. */
export function verticalSystem(issuer: string | null): string | null {
  const name = issuer?.replace(/\s/g, '') ?? '';
  return SYSTEMS.find(([, ends]) => ends.test(name))?.[0] ?? null;
}
