/**
 * Runs the built add-on (dist/addon/Code.js) in Node the way Apps Script runs it: each execution
 * gets a fresh V8 context whose only globals are the (emulated) services, console and Logger — no
 * require, process, window or timers. The preview's bridge, `doi-thoai call` and the conformance
 * test all go through here, so they exercise the very bundle that `clasp push` uploads.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import type { RpcResult } from "../../addon/rpc/envelope.ts";
import { CallCounter } from "../emulator/call-counter.ts";
import { createDocumentServices, EmulatedDrive } from "../emulator/document/index.ts";
import { createServices, type EmulatedServices, type EmulatedWorkbook } from "../emulator/index.ts";
import { saveWorkbookToXlsx } from "../emulator/xlsx-store.ts";

export const DEFAULT_DIST = join(import.meta.dirname, "..", "..", "dist", "addon");

/** Extra services (e.g. DocumentApp) that an execution's globals should hold. */
export type ExtraGlobals = (services: EmulatedServices) => Record<string, unknown>;

export interface RuntimeOptions {
  workbook: EmulatedWorkbook;
  /** Where the add-on build is; default dist/addon. */
  distDir?: string;
  /** When set, save() writes the workbook here. */
  workbookPath?: string;
  extraGlobals?: ExtraGlobals;
  /** Whether the execution may show UI (menus, sidebar, toasts): true in the preview. */
  uiAvailable?: boolean;
}

export interface Execution {
  result: unknown;
  services: EmulatedServices;
}

export interface AddonRuntime {
  readonly workbook: EmulatedWorkbook;
  /** Runs a top-level function of Code.js (onOpen, showSidebar, rpc...) as one execution. */
  run(functionName: string, ...args: unknown[]): Execution;
  /** google.script.run.rpc(name, input): one sidebar action. */
  call(name: string, input?: unknown): RpcResult<unknown>;
  /** Counter of the last execution. */
  readonly lastCounter: CallCounter;
  /** True when an execution since the last save called a method that changes the workbook. */
  readonly dirty: boolean;
  save(): Promise<void>;
}

const MUTATING = /\.(set|insert|delete|protect|clear|remove|append|add|create|toast|move)/i;

/** A global object like Apps Script's: the services, console and Logger, nothing from Node. */
function executionContext(): vm.Context {
  return vm.createContext(
    {},
    { name: "Apps Script execution", codeGeneration: { strings: false, wasm: false } },
  );
}

export function loadAddonScript(distDir: string = DEFAULT_DIST): {
  script: vm.Script;
  html: (name: string) => string | null;
} {
  const codePath = join(distDir, "Code.js");
  let code: string;
  try {
    code = readFileSync(codePath, "utf8");
  } catch {
    throw new Error(`The add-on build is missing (${codePath}). Run: npm run build`);
  }
  const html = (name: string): string | null => {
    try {
      return readFileSync(join(distDir, `${name}.html`), "utf8");
    } catch {
      return null;
    }
  };
  return { script: new vm.Script(code, { filename: "Code.js" }), html };
}

/**
 * DocumentApp and DriveApp over one Drive that outlives executions (Docs made by one click are
 * there at the next), holding the spreadsheet itself so its folder can be found.
 */
export function documentGlobals(): ExtraGlobals {
  const drive = new EmulatedDrive();
  return (services) => {
    const { workbook } = services;
    if (!drive.files.has(workbook.id)) drive.addFile({ id: workbook.id, name: workbook.name });
    const docs = createDocumentServices({ counter: services.counter, drive });
    return { DocumentApp: docs.DocumentApp, DriveApp: docs.DriveApp };
  };
}

export function createAddonRuntime(options: RuntimeOptions): AddonRuntime {
  const { script, html } = loadAddonScript(options.distDir);
  const extraGlobals = options.extraGlobals ?? documentGlobals();
  let lastCounter = new CallCounter();
  let dirty = false;

  const run = (functionName: string, ...args: unknown[]): Execution => {
    const context = executionContext();
    const DateCtor = vm.runInContext("Date", context) as DateConstructor;
    const counter = new CallCounter();
    const services = createServices({
      workbook: options.workbook,
      counter,
      dateConstructor: DateCtor,
      htmlFiles: html,
      uiAvailable: options.uiAvailable !== false,
    });
    const log = (...parts: unknown[]) => console.error("[Apps Script]", ...parts);
    Object.assign(context, services.globals(), extraGlobals(services), {
      console: { log, info: log, warn: log, error: log },
      Logger: { log },
    });
    try {
      script.runInContext(context);
      const fn = (context as Record<string, unknown>)[functionName];
      if (typeof fn !== "function") throw new Error(`Code.js has no top-level function ${functionName}`);
      // Arguments cross google.script.run as JSON; give the bundle its own realm's objects.
      const inRealm = args.map((arg) =>
        arg === undefined ? undefined : vm.runInContext(`(${JSON.stringify(arg)})`, context),
      );
      const result = fn(...inRealm);
      return { result, services };
    } finally {
      services.endExecution();
      lastCounter = counter;
      if (Object.keys(counter.snapshot()).some((key) => MUTATING.test(key))) dirty = true;
    }
  };

  return {
    workbook: options.workbook,
    run,
    call(name, input) {
      const { result } = run("rpc", name, input ?? null);
      return JSON.parse(JSON.stringify(result)) as RpcResult<unknown>;
    },
    get lastCounter() {
      return lastCounter;
    },
    get dirty() {
      return dirty;
    },
    async save() {
      if (!options.workbookPath) return;
      await saveWorkbookToXlsx(options.workbook, options.workbookPath);
      dirty = false;
    },
  };
}
