// The unit tests beside the modules, group 1 of 2 (run-tests.mjs): one process for half of them, not one each.
import { importUnitGroup } from './test-files.mjs';

await importUnitGroup(1, 2);
