// Writes docs/rules.md from the rule registry; lib/rules/doc.test.ts checks it is current.
import { writeFileSync } from 'node:fs';
import { rulesDoc } from '../lib/rules/doc.ts';
import { CATALOGUE } from '../lib/rules/registry.ts';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesDoc(CATALOGUE));
