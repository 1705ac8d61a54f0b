/** A fixed choice list from a vocabulary of choices.ts (its values, in order). */
export const fixed = (values: Record<string, string> | readonly string[]) =>
  ({ kind: "fixed", values: Array.isArray(values) ? values : Object.values(values) }) as const;
