export * from "./attendance.ts";
export * from "./categories.ts";
export * from "./desk.ts";
export * from "./refresh.ts";
export * from "./roster.ts";
export * from "./search.ts";
