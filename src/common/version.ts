// The one place versions come from: the package's (command line, user agent) and the report format's.
import pkg from '../../package.json' with { type: 'json' };

/** The package version, as package.json states it. */
export const PACKAGE_VERSION: string = pkg.version;

/** Version of the JSON report format (contract/report.schema.json); bumped only when a field changes meaning. */
export const REPORT_VERSION = 1 as const;
