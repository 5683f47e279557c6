// Publishes the contract's zod schema as JSON Schema (schema/report.schema.json); a test checks it is current.
import { writeFileSync } from 'node:fs';
import { reportJsonSchemaText } from '../lib/json-schema.ts';

writeFileSync(new URL('../schema/report.schema.json', import.meta.url), reportJsonSchemaText());
