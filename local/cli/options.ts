/** Removes `--name value` (or `--name=value`) from args and returns the value. */
export function takeOption(args: string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === name) {
      const value = args[i + 1];
      args.splice(i, 2);
      return value;
    }
    if (arg.startsWith(`${name}=`)) {
      args.splice(i, 1);
      return arg.slice(name.length + 1);
    }
  }
  return undefined;
}

/** Removes a bare `--flag` from args and says whether it was there. */
export function takeFlag(args: string[], name: string): boolean {
  const index = args.indexOf(name);
  if (index === -1) return false;
  args.splice(index, 1);
  return true;
}
