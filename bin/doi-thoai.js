#!/usr/bin/env node
// The `doi-thoai` command. Runs the bundle in dist/cli; when any source changed since it was built
// (or it was never built: a fresh clone), rebuilds it and dist/addon first, so it is never stale.
// Dates in the emulated sheets follow the workbook's zone, as they do in Apps Script.
process.env.TZ ??= "Asia/Ho_Chi_Minh";
const { staleReason } = await import("../scripts/build/stamp.mjs");
if (staleReason("cli") !== null) await (await import("../scripts/build/cli.mjs")).buildCli();
const { main } = await import("../dist/cli/doi-thoai.mjs");
const code = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;
