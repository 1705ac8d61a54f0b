/** Builds dist/addon, dist/extension and dist/cli and stamps them (see build.mjs). */
export function buildAll(): Promise<void>;
