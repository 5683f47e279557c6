import { z } from 'zod';
import { Report } from './schema.ts';

/** The contract as JSON Schema text, as committed in schema/report.schema.json. */
export function reportJsonSchemaText(): string {
  return JSON.stringify(z.toJSONSchema(Report), null, 2) + '\n';
}
