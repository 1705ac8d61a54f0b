export * from "./civil.ts";
export * from "./vietnamese.ts";
