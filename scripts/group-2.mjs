// The cross-stage tests' group 2 (run-tests.mjs, test-files.mjs GROUPS): short test/ files in one process, not one each.
import { importTestGroup } from './test-files.mjs';

await importTestGroup(2);
