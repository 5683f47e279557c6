// The verbs that say something came in to be handled (收到, 受理, 新收, 接到, 接收): one list for every reader of them.
export const RECEIVED_VERB = '(?:收到|受理|新收|接到|接收)';
