export * from "./choices.ts";
export * from "./conference-facts.ts";
export * from "./formats.ts";
export * from "./tabs.ts";
export * from "./types.ts";
