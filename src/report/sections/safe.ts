// A section that throws on one story is one line in that story, never the end of the report.
import { failureReason } from '../../common/isolate.ts';

export function renderSection(render: () => string, failed: (reason: string) => string): string {
  try {
    return render();
  } catch (err) {
    return failed(failureReason(err));
  }
}
