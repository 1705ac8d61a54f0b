export * from "./attendance.ts";
export * from "./categories.ts";
export * from "./roster.ts";
