export * from "./opinions.ts";
export * from "./tally.ts";
