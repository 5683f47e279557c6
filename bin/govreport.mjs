#!/usr/bin/env node
// The CLI is TypeScript sharing lib/ with the extension; tsx runs it without a separate build.
import { register } from 'tsx/esm/api';
register();
await import('../cli/main.ts');
