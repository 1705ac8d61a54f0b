export * from "./area-match.ts";
export * from "./catalogue.ts";
