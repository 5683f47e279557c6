// An extension's scripts and pages may not compile code (MV3's CSP). zod probes for that as it builds its first object
// schema, with `Function('')`, unless told not to: the browser refuses it as a CSP violation, and where DevTools are
// attached records the stack to say so, which has V8 parse the whole bundle again for its source positions (25 ms on
// the annotator's load in bench/annotator-load.ts). Imported first, before any module that builds a schema: ES modules
// run in import order.
import { z } from 'zod/mini';

z.config({ jitless: true });
