// The verbs that say something came in to be handled (收到, 受理, 新收, 接到, 接收): one list for every reader of them.
// 收 alone is one where what it received follows it (全年收政府信息公开申请464件: gaj-wuhan-2024), not in a word of its
// own (收费, 收支, 收集, 征收, 验收申请, 回收).
// What of it was done (办结, 答复, 回复): the count a completion rate (办结率) puts over what came in.
export const DONE_VERB = '(?:办结|答复|回复)';
export const RECEIVED_VERB = '(?:收到|受理|新收|接到|接收|(?<![征验回税吸没])收(?=(?:政府|政务)?信息公开|依?申请|公开申请))';
