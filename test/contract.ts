// Validates a report against the JSON contract (contract/report.schema.json) with ajv.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { SCHEMA } from './helpers.ts';

let validator: (((data: unknown) => boolean) & { errors?: unknown }) | null = null;

export function validateReport(report: unknown): string[] {
  if (!validator) {
    const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: false });
    (addFormats as unknown as (a: unknown) => void)(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
  }
  const ok = validator(report);
  return ok ? [] : ((validator.errors as Array<{ instancePath: string; message: string }>) ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
