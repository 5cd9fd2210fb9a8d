// Types of one-arena.js for the TypeScript that imports it (tests, bench/analyze.ts).
export function defaultThreads(env?: NodeJS.ProcessEnv, cores?: number): number;
export function wantsOneArena(args: string[], env?: NodeJS.ProcessEnv, cores?: number): boolean;
export function runWithOneArena(args: string[], options?: { oneArena?: boolean; nodeFlags?: string[] }): Promise<never>;
export function watchLauncher(): void;
