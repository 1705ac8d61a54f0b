/**
 * The one factory: Apps Script services over an EmulatedWorkbook, ready to be installed as globals
 * (in a vm context for the add-on bundle, or on globalThis in tests). One call = one execution:
 * it has its own call counter, log of what the user saw, and lock holder.
 */
import { CallCounter } from "./call-counter.ts";
import { EmuHtmlService, type HtmlFileReader } from "./html.ts";
import { EmuLockService } from "./lock.ts";
import type { EmulatedWorkbook } from "./model/workbook.ts";
import { EmuPropertiesService } from "./properties.ts";
import { type EmuContext, newServiceLog, type ServiceLog } from "./spreadsheet/context.ts";
import { EmuSpreadsheetApp } from "./spreadsheet/spreadsheet-app.ts";

export interface ServicesOptions {
  workbook: EmulatedWorkbook;
  counter?: CallCounter;
  /** Overrides the workbook's time zone for getSpreadsheetTimeZone. */
  timeZone?: string;
  /** The Date of the realm the caller runs in (a vm context's Date); default this realm's. */
  dateConstructor?: DateConstructor;
  /** The user's properties; default an empty store for this execution. */
  userProperties?: Map<string, string>;
  /** False: not bound to a document, so getDocumentLock() and getDocumentProperties() are null. */
  bound?: boolean;
  /** False: getUi() throws, as in a trigger or the CLI. */
  uiAvailable?: boolean;
  /** The clock used for typed dates without a year. */
  now?: () => Date;
  /** Project HTML files for HtmlService.createHtmlOutputFromFile (e.g. dist/addon/sidebar.html). */
  htmlFiles?: HtmlFileReader;
  /** Names this execution's lock holder. */
  executionId?: string;
}

export interface AppsScriptGlobals {
  SpreadsheetApp: EmuSpreadsheetApp;
  HtmlService: EmuHtmlService;
  LockService: EmuLockService;
  PropertiesService: EmuPropertiesService;
}

export interface EmulatedServices extends AppsScriptGlobals {
  readonly counter: CallCounter;
  readonly log: ServiceLog;
  readonly workbook: EmulatedWorkbook;
  readonly executionId: string;
  /** The services alone, to assign onto a global object. */
  globals(): AppsScriptGlobals;
  /** Ends the execution: Apps Script releases a lock its execution still holds. */
  endExecution(): void;
}

let executions = 0;

export function createServices(options: ServicesOptions): EmulatedServices {
  const { workbook } = options;
  const counter = options.counter ?? new CallCounter();
  const log = newServiceLog();
  const bound = options.bound !== false;
  const executionId = options.executionId ?? `execution-${++executions}`;
  const ctx: EmuContext = {
    workbook,
    counter,
    DateCtor: options.dateConstructor ?? Date,
    log,
    now: options.now ?? (() => new Date()),
    timeZone: options.timeZone ?? workbook.timeZone,
    uiAvailable: options.uiAvailable !== false,
  };
  const services: AppsScriptGlobals = {
    SpreadsheetApp: new EmuSpreadsheetApp(ctx),
    HtmlService: new EmuHtmlService(counter, options.htmlFiles),
    LockService: new EmuLockService(counter, bound ? workbook.documentLock : null, executionId),
    PropertiesService: new EmuPropertiesService(
      counter,
      bound ? workbook.documentProperties : null,
      options.userProperties ?? new Map(),
    ),
  };
  return {
    ...services,
    counter,
    log,
    workbook,
    executionId,
    globals: () => ({ ...services }),
    endExecution: () => workbook.documentLock.release(executionId),
  };
}
