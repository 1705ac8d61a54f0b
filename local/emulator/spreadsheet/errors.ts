/**
 * Errors as Apps Script raises them: the V8 runtime shows "Exception: <message>", so the emulator
 * throws Errors named "Exception" with the real service's wording, for tests to match on.
 */
export function gasError(message: string): Error {
  const error = new Error(message);
  error.name = "Exception";
  return error;
}

/** The wording Apps Script uses when arguments do not fit a method's signature. */
export function signatureError(service: string, method: string, args: readonly unknown[]): Error {
  const kinds = args.map(describeArgument).join(",");
  return gasError(`The parameters (${kinds}) don't match the method signature for ${service}.${method}.`);
}

function describeArgument(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "object[]";
  if (typeof value === "object") return "object";
  return typeof value === "string" ? "String" : typeof value;
}
