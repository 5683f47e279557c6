// UI text in Chinese (default) and English. The user picks the language on the options page, which
// chrome.i18n cannot switch at run time, so the strings live here; _locales holds only the manifest's.
// The figures' own names stay Chinese in both (lib/labels.ts): they are the report's words.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ReportFormat, Severity } from '../lib/schema.ts';

export type Language = 'zh' | 'en';

const zh = {
  language: 'zh' as Language,
  panelLabel: '年报透视',
  close: '关闭',
  collapse: '收起面板',
  expand: '展开面板',
  resize: '拖动调整面板宽度',
  issuer: '发布机关',
  year: '年度',
  format: '格式',
  confidence: '可信度',
  source: '来源',
  notAReport: '这可能不是政府信息公开年报',
  unknown: '未知',
  formats: { '2021': '2021 版表格', '2019': '2019 版表格', legacy: '旧版统计表', prose: '仅正文', unknown: '未识别' } satisfies Record<ReportFormat, string>,
  severities: { error: '错误', warning: '提醒', info: '信息' } satisfies Record<Severity, string>,
  warningsTitle: '检查结果',
  noWarnings: '没有发现问题',
  showCells: '在页面上定位',
  expectedActual: (expected: string, actual: string) => `应为 ${expected}，实为 ${actual}`,
  figuresTitle: '读取的数字',
  conflict: '有冲突',
  proseTitle: '正文中的数字',
  approximate: '约',
  attachmentOnly: '本页只有附件形式的年报，未在页面上读取表格：',
  noFigures: '本页没有读到统计表。',
  copyJson: '复制 JSON',
  downloadJson: '下载 JSON',
  downloadCsv: '下载 CSV',
  copyTsv: '复制表格',
  copyTsvOf: (title: string) => `复制表格“${title}”（可粘贴到 Excel/WPS）`,
  copied: '已复制到剪贴板',
  copyRefused: '浏览器拒绝了剪贴板访问。请点击页面后重试，或改用“下载 JSON”。',
  actions: '操作',
  failed: '无法读取本页：',
  hoverValue: (value: string) => `读取值：${value}`,
  blank: '空',
  badgeUnchecked: '年报透视：本页像是政府信息公开年报，点击检查',
  badgeNoErrors: (warnings: number) => `年报透视：未发现错误${warnings ? `（${warnings} 条提醒或信息）` : ''}`,
  badgeErrors: (errors: number, warnings: number) => `年报透视：发现 ${errors} 个错误${warnings ? `、${warnings} 条提醒或信息` : ''}，点击查看`,
  badgeUnsure: (warnings: number) => `年报透视：未发现错误${warnings ? `（${warnings} 条提醒或信息）` : ''}，但本页不一定是政府信息公开年报`,
  badgeNotReport: '年报透视：本页不是政府信息公开年报',
  badgeFailed: '年报透视：读取本页时出错',
  optionsTitle: '年报透视 设置',
  optAutoCheck: '在 gov.cn 网站上自动检查年报',
  optAutoOpen: '检查后自动打开面板',
  optLanguage: '界面语言',
  optTrusted: '其他可信域名（每行一个，例如 example.org）',
  optSaved: '已保存',
};

export type Messages = typeof zh;

const en: Messages = {
  language: 'en',
  panelLabel: 'GovReport Lens',
  close: 'Close',
  collapse: 'Collapse panel',
  expand: 'Expand panel',
  resize: 'Drag to resize the panel',
  issuer: 'Issuer',
  year: 'Year',
  format: 'Format',
  confidence: 'Confidence',
  source: 'Source',
  notAReport: 'This may not be an information-disclosure annual report',
  unknown: 'unknown',
  formats: { '2021': '2021 form', '2019': '2019 form', legacy: 'legacy table', prose: 'prose only', unknown: 'not recognised' },
  severities: { error: 'Errors', warning: 'Warnings', info: 'Info' },
  warningsTitle: 'Findings',
  noWarnings: 'No problems found',
  showCells: 'Show on page',
  expectedActual: (expected, actual) => `expected ${expected}, actual ${actual}`,
  figuresTitle: 'Figures read',
  conflict: 'in conflict',
  proseTitle: 'Figures in the text',
  approximate: 'approx.',
  attachmentOnly: 'This page has the report as an attachment only; no tables were read on the page:',
  noFigures: 'No statistics tables were read on this page.',
  copyJson: 'Copy JSON',
  downloadJson: 'Download JSON',
  downloadCsv: 'Download CSV',
  copyTsv: 'Copy table',
  copyTsvOf: (title) => `Copy table “${title}” (pastes into Excel/WPS)`,
  copied: 'Copied to the clipboard',
  copyRefused: 'The browser refused clipboard access. Click the page and try again, or use “Download JSON”.',
  actions: 'Actions',
  failed: 'Could not read this page: ',
  hoverValue: (value) => `Read as: ${value}`,
  blank: 'blank',
  badgeUnchecked: 'GovReport Lens: this looks like a disclosure report — click to check',
  badgeNoErrors: (warnings) => `GovReport Lens: no errors${warnings ? ` (${warnings} warnings or notes)` : ''}`,
  badgeErrors: (errors, warnings) => `GovReport Lens: ${errors} errors${warnings ? `, ${warnings} warnings or notes` : ''} — click to see`,
  badgeUnsure: (warnings) => `GovReport Lens: no errors${warnings ? ` (${warnings} warnings or notes)` : ''}, but this may not be a disclosure report`,
  badgeNotReport: 'GovReport Lens: not a disclosure report',
  badgeFailed: 'GovReport Lens: could not read this page',
  optionsTitle: 'GovReport Lens settings',
  optAutoCheck: 'Check reports automatically on gov.cn sites',
  optAutoOpen: 'Open the panel after the check',
  optLanguage: 'Language',
  optTrusted: 'Other trusted domains (one per line, e.g. example.org)',
  optSaved: 'Saved',
};

export function messagesFor(language: Language): Messages {
  return language === 'en' ? en : zh;
}

export const I18n = createContext<Messages>(zh);

/** The UI strings of the language the panel was opened with. */
export const useMessages = () => useContext(I18n);
