/**
 * Parsing action inputs at the edge: google.script.run delivers whatever the page sent.
 */
import { msg } from "../../shared/i18n/index.ts";
import { UserFacingError } from "./envelope.ts";

export type PlainObject = Record<string, unknown>;

export function expectObject(action: string, input: unknown): PlainObject {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new UserFacingError([msg("common.badArguments", { action, detail: "expected an object" })]);
  }
  return input as PlainObject;
}

export function expectString(action: string, input: PlainObject, key: string): string {
  const value = input[key];
  if (typeof value !== "string") {
    throw new UserFacingError([msg("common.badArguments", { action, detail: `${key} must be text` })]);
  }
  return value;
}

export function expectOneOf<T extends string>(
  action: string,
  input: PlainObject,
  key: string,
  values: readonly T[],
): T {
  const value = expectString(action, input, key);
  if (!(values as readonly string[]).includes(value)) {
    throw new UserFacingError([
      msg("common.badArguments", { action, detail: `${key} must be one of ${values.join(", ")}` }),
    ]);
  }
  return value as T;
}
