/**
 * Foundation benchmark: set-up and the overview through the built bundle on the emulation, for a
 * small and a large workbook. Service calls must not grow with rows; time is shown for reference.
 */
import { EmulatedWorkbook } from "../local/emulator/index.ts";
import { createAddonRuntime } from "../local/runtime/addon-runtime.ts";

function workbookWith(rows: number): EmulatedWorkbook {
  const residents = Array.from({ length: rows }, (_, i) => [
    `DC-${String(i + 1).padStart(6, "0")}`,
    `Người Thứ ${i + 1}`,
    "01/01/1980",
    i % 2 ? "Nam" : "Nữ",
    `048${String(i).padStart(9, "0")}`,
    `09${String(i).padStart(8, "0")}`,
  ]);
  return EmulatedWorkbook.fromData({
    sheets: [
      {
        name: "Dân cư",
        values: [
          ["Mã dân cư", "Họ và tên", "Ngày sinh", "Giới tính", "Số định danh", "Điện thoại"],
          ...residents,
        ],
        numberFormats: "@",
      },
    ],
  });
}

export async function benchWorkbook(): Promise<void> {
  console.log("\n## Workbook: set-up and overview through Code.js on the emulation");
  console.log("rows\tset-up ms\tset-up calls\toverview ms\toverview calls");
  for (const rows of [100, 40_000]) {
    const runtime = createAddonRuntime({ workbook: workbookWith(rows), uiAvailable: false });
    let started = performance.now();
    runtime.call("setupWorkbook");
    const setupMs = performance.now() - started;
    const setupCalls = runtime.lastCounter.total;
    started = performance.now();
    runtime.call("getOverview");
    const overviewMs = performance.now() - started;
    console.log(
      `${rows}\t${setupMs.toFixed(0)}\t${setupCalls}\t${overviewMs.toFixed(0)}\t${runtime.lastCounter.total}`,
    );
  }
}
