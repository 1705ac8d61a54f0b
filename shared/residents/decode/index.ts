export * from "./detect.ts";
export * from "./legacy-fonts.ts";
export * from "./platform.ts";
export * from "./single-byte.ts";
export * from "./units.ts";
export * from "./utf.ts";
export * from "./vietnamese-score.ts";
