export type StampScope = "cli" | "all";
export type SourceSnapshot = Record<string, [size: number, mtimeMs: number] | null>;
/** Size and mtime of every source file of the scope. */
export function sourceSnapshot(scope: StampScope): SourceSnapshot;
/** Why the scope's outputs are not fresh, or null when they were built from the sources as they are. */
export function staleReason(scope: StampScope): string | null;
export function writeAtomic(path: string, contents: string | Uint8Array): void;
/** Records a snapshot taken before building. */
export function writeStamp(scope: StampScope, sources: SourceSnapshot): void;
