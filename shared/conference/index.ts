export * from "./facts.ts";
export * from "./model.ts";
export * from "./view.ts";
