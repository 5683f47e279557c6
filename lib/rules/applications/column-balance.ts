// 表三 prints its own identity: 第一项加第二项之和，等于第三项加第四项之和 — per applicant column.
import { APPLICANT_COLUMNS } from '../../schema.ts';
import { balance, balanceFinding, showTerms } from '../balance.ts';
import { pathName } from '../../labels.ts';
import type { Finding, Rule } from '../types.ts';
import { cell, rowAt } from './rows.ts';

export const columnBalance: Rule = {
  id: 'applications/column-balance',
  severity: 'error',
  description: '表三每一列：本年新收+上年结转 = 办理结果总计+结转下年度 (each column: received + carried over = processed + carried forward)',
  rationale: '表三表头写明"第一项加第二项之和，等于第三项加第四项之和"：每件申请要么本年办结，要么结转下年度，不会凭空出现或消失。',
  example: {
    passes: '自然人列：本年新收33、上年结转0；办理结果总计32、结转下年度1。',
    fails: '自然人列：本年新收33、上年结转0；办理结果总计33、结转下年度1 — 34件去向多于33件来源。',
  },
  check(report) {
    const apps = report.applications;
    if (!apps) return [];
    return APPLICANT_COLUMNS.flatMap((column): Finding[] => {
      const left = [cell(rowAt(apps, 'newReceived'), column), cell(rowAt(apps, 'carriedOver'), column)];
      const right = [cell(rowAt(apps, 'totalProcessed'), column), cell(rowAt(apps, 'carriedForward'), column)];
      const b = balance(left, right);
      if (!b || b.status === 'ok') return [];
      const sides = `${pathName(column)}列：${showTerms(left)}=${b.left}，${showTerms(right)}=${b.right}`;
      return [balanceFinding(b, sides)];
    });
  },
};
