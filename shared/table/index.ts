export * from "./codec.ts";
export * from "./ids.ts";
export * from "./table.ts";
export * from "./types.ts";
