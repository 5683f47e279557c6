// One body's name as its reports spell it from year to year: "铁岭市人民政府办公室" one year,
// "铁岭市人民政府 办公室" or "铁岭市政府办公室" the next.
import { toHalfWidth } from '../text/normalize.ts';

const NOISE = /[\s\p{P}\p{S}]/gu;

/** The issuer with spacing, punctuation and the 人民 of 人民政府 dropped; '' when nothing is left. */
export function issuerKey(issuer: string): string {
  return toHalfWidth(issuer).replace(NOISE, '').replace(/人民政府/g, '政府');
}
