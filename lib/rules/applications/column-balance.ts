// 表三 prints its own identity: 第一项加第二项之和，等于第三项加第四项之和 — per applicant column.
import { APPLICANT_COLUMNS } from '../../schema.ts';
import { agrees, balanceFinding, imbalance, showSum } from '../balance.ts';
import { pathName } from '../../labels.ts';
import type { Finding, Rule } from '../types.ts';
import { cell, rowAt } from './rows.ts';

export const columnBalance: Rule = {
  id: 'applications/column-balance',
  severity: 'error',
  description: '表三每一列：本年新收+上年结转 = 办理结果总计+结转下年度 (each column: received + carried over = processed + carried forward)',
  rationale: {
    zh: '表三表头写明"第一项加第二项之和，等于第三项加第四项之和"：每件申请要么本年办结，要么结转下年度，不会凭空出现或消失。',
    en: 'Table 3\'s header says so: 第一项加第二项之和，等于第三项加第四项之和, “items one and two add up to items three and four”: every application is either dealt with this year or carried forward to next year; none appears from nowhere or vanishes.',
  },
  example: {
    passes: {
      zh: '自然人列：本年新收33、上年结转0；办理结果总计32、结转下年度1。',
      en: 'Individuals column: received this year 33, carried over from last year 0; processed, in all 32, carried forward to next year 1.',
    },
    fails: {
      zh: '自然人列：本年新收33、上年结转0；办理结果总计33、结转下年度1 — 34件去向多于33件来源。',
      en: 'Individuals column: received this year 33, carried over from last year 0; processed, in all 33, carried forward to next year 1 — 34 applications went out where 33 came in.',
    },
  },
  check(report, ctx) {
    const apps = report.applications;
    // A page that dropped one of the four rows (recognition/missing-rows says which) leaves nothing to
    // balance: the rest would be compared without it.
    if (!apps || !apps.newReceived || !apps.carriedOver || !apps.totalProcessed || !apps.carriedForward) return [];
    const sources = [rowAt(apps, 'newReceived'), rowAt(apps, 'carriedOver')];
    const outcomes = [rowAt(apps, 'totalProcessed'), rowAt(apps, 'carriedForward')];
    const findings: Finding[] = [];
    for (const column of APPLICANT_COLUMNS) {
      // Most columns balance: test the bare figures before naming any cell.
      if (agrees(sources.map((row) => row.cols[column]), outcomes.map((row) => row.cols[column]))) continue;
      const left = sources.map((row) => cell(row, column));
      const right = outcomes.map((row) => cell(row, column));
      const b = imbalance(left, right, ctx.approximate);
      if (!b) continue;
      const sides = `${pathName(column)}列：${showSum(left)}，${showSum(right)}`;
      findings.push(balanceFinding(b, sides));
    }
    return findings;
  },
};
