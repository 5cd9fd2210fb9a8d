// The accuracy floors the tests hold, from one file (test/baseline.json): each figure as measured, with its margin.
import { readFileSync } from 'node:fs';

interface Figure {
  value: number;
  margin: number;
  measured: string;
}

const FIGURES: Record<string, Figure> = JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8'));

function figure(name: string): Figure {
  const f = FIGURES[name];
  if (!f || name.startsWith('$')) throw new Error(`no figure ${name} in test/baseline.json`);
  return f;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** The lowest a figure may fall to: measured value minus its margin. */
export const floor = (name: string): number => round(figure(name).value - figure(name).margin);

/** The highest a figure may rise to: measured value plus its margin. */
export const ceiling = (name: string): number => round(figure(name).value + figure(name).margin);
