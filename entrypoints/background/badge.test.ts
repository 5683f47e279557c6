import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../components/i18n.ts';
import type { FrameState } from '../annotator.content/protocol.ts';
import { badgeFor } from './badge.ts';
import { frameToOpen } from './frames.ts';

const t = messagesFor('zh');
const frame = (patch: Partial<FrameState>): FrameState =>
  ({ checked: true, isReport: false, confidence: 0, errors: 0, others: 0, copy: false, unchecked: null, failed: false, open: false, ...patch });

describe('badgeFor', () => {
  it('counts the errors of every report frame, and says ✓ when there are none', () => {
    expect(badgeFor(true, [frame({ isReport: true, errors: 2, others: 1 }), frame({ isReport: true, errors: 1 })], t))
      .toEqual({ text: '3', color: '#d93025', title: '年报透视：发现 3 个错误、1 条提醒或信息，点击查看' });
    expect(badgeFor(true, [frame({ isReport: true, confidence: 0.95, others: 4 })], t)).toMatchObject({ text: '✓', title: '年报透视：未发现错误（4 条提醒或信息）' });
  });

  it('gives no ✓ to a page the panel doubts is a report (a template-essay copy at 55%)', () => {
    expect(badgeFor(true, [frame({ isReport: true, confidence: 0.55, others: 2 })], t))
      .toMatchObject({ text: '?', title: '年报透视：未发现错误（2 条提醒或信息），但本页不一定是政府信息公开年报，采用前请先核实' });
  });

  // tieling-2019 on its mirror, 即时比分 injected: 未发现错误（6 条提醒或信息） wore the green ✓ of a clean official report.
  it('gives a page that may be no issuer\'s own copy its own amber mark and says so, its errors counted still', () => {
    expect(badgeFor(true, [frame({ isReport: true, confidence: 1, others: 6, copy: true })], t)).toEqual({
      text: '镜', color: '#b06000',
      title: '年报透视：可能是镜像、转载或范文，数字请与发布机关网站核对；未发现错误（6 条提醒或信息），点击查看',
    });
    expect(badgeFor(true, [frame({ isReport: true, confidence: 1, others: 6, copy: true })], messagesFor('en')).title)
      .toBe('GovReport Lens: Maybe a mirror or a copy: check the figures on the issuer\'s site. No errors (6 other findings) — click to see');
    expect(badgeFor(true, [frame({ isReport: true, errors: 2, others: 1, copy: true })], t)).toEqual({
      text: '2', color: '#d93025',
      title: '年报透视：发现 2 个错误、1 条提醒或信息；可能是镜像、转载或范文，数字请与发布机关网站核对，点击查看',
    });
  });

  // pingtan-2022 with its tables as pictures: a green ✓ titled 未发现错误（3 条提醒或信息）, nothing having been checked.
  it('gives no ✓ to a report none of whose tables was read, and says nothing was checked', () => {
    expect(badgeFor(true, [frame({ isReport: true, confidence: 1, others: 3, unchecked: 'no-tables' })], t)).toEqual({
      text: '—', color: '#5f6368', title: '年报透视：未核对：本页没有读到统计表，表格可能是图片（3 条提醒或信息）',
    });
  });

  // ux12: a report in its attachment (attachment-only.html) was titled 没有读到年报的统计表, less precise than the panel's notice.
  it('says of a report in its attachment that it is there', () => {
    expect(badgeFor(true, [frame({ isReport: true, confidence: 0.55, unchecked: 'attachment' })], t).title).toBe('年报透视：未核对：年报在附件中，本页没有可核对的数字');
    expect(badgeFor(true, [frame({ isReport: true, confidence: 0.55, unchecked: 'attachment' })], messagesFor('en')).title)
      .toBe('GovReport Lens: Not checked: the report is in an attachment');
  });

  // shulan-tiande-2014: a 2014 report whose figures are in its text alone, checked against each other.
  it('says of a report whose text alone was read that its text\'s figures were checked, not its tables', () => {
    expect(badgeFor(true, [frame({ isReport: true, confidence: 1, others: 2, unchecked: 'prose' })], t)).toEqual({
      text: '—', color: '#5f6368', title: '年报透视：只核对了正文：本页没有读到统计表，正文中的数字已相互核对，未见不符；另有 2 条其他提醒或信息',
    });
  });

  it('marks a report the detector saw but the engine has not read, and a page it could not read', () => {
    expect(badgeFor(true, [], t)).toMatchObject({ text: '•', title: t.badgeUnchecked });
    expect(badgeFor(true, [frame({ failed: true })], t)).toMatchObject({ text: '!', title: t.badgeFailed });
  });

  it('says while a click is reading the page, over whatever the page showed before', () => {
    expect(badgeFor(true, [frame({ isReport: true, errors: 2 })], t, true)).toEqual({ text: '…', color: '#5f6368', title: '年报透视：正在读取本页…' });
    expect(badgeFor(false, [], messagesFor('en'), true).title).toBe('GovReport Lens: reading this page…');
  });

  it('stays blank on a page that is no report, and says so once it was read', () => {
    expect(badgeFor(false, [], t)).toEqual({ text: '', color: '#5f6368', title: '' });
    expect(badgeFor(false, [frame({})], t)).toMatchObject({ text: '', title: t.badgeNotReport });
  });

  it('says nothing of a page an SPA navigated to before it is read (its annotator forgot the last one)', () => {
    expect(badgeFor(false, [frame({ checked: false, open: true })], t)).toEqual({ text: '', color: '#5f6368', title: '' });
  });
});

describe('frameToOpen', () => {
  it('opens the panel in the most confident report frame, else in one that failed, else in the top frame', () => {
    const states = [
      { frameId: 0, state: frame({}) },
      { frameId: 3, state: frame({ isReport: true, confidence: 0.6 }) },
      { frameId: 5, state: frame({ isReport: true, confidence: 0.9 }) },
      { frameId: 7, state: frame({ failed: true }) },
    ];
    expect(frameToOpen(states)).toBe(5);
    expect(frameToOpen(states.filter((f) => !f.state.isReport))).toBe(7);
    expect(frameToOpen([{ frameId: 2, state: null }])).toBe(0);
  });
});
