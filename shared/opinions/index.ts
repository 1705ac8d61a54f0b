export * from "./conferences.ts";
export * from "./deadlines.ts";
export * from "./edit.ts";
export * from "./history.ts";
export * from "./lifecycle.ts";
export * from "./opinions.ts";
export * from "./tally.ts";
