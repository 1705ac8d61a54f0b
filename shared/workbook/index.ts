export * from "./cells.ts";
export * from "./header.ts";
export * from "./setup-plan.ts";
export * from "./snapshot.ts";
export * from "./table.ts";
export * from "./typed.ts";
