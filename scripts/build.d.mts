/** Builds dist/addon, dist/extension and dist/cli (see build.mjs). */
export function buildAll(): Promise<void>;
