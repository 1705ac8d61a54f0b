#!/usr/bin/env node
// The `doi-thoai` command. Runs the TypeScript sources through tsx, so no separate CLI build exists
// to go stale. Dates in the emulated sheets follow the workbook's zone, as they do in Apps Script.
process.env.TZ ??= "Asia/Ho_Chi_Minh";
const { register } = await import("tsx/esm/api");
register();
const { main } = await import("../local/cli/main.ts");
const code = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;
