/**
 * File names of created documents: a new name per version, so nothing is ever overwritten.
 */
import { pad2 } from "../dates/civil.ts";

/** "Biên bản 05-03-2026 (tạo 2026-03-05 11.05.09)", the moment read in the runtime's zone. */
export function versionedName(fileName: string, created: Date): string {
  const d = `${created.getFullYear()}-${pad2(created.getMonth() + 1)}-${pad2(created.getDate())}`;
  const t = `${pad2(created.getHours())}.${pad2(created.getMinutes())}.${pad2(created.getSeconds())}`;
  return `${fileName} (tạo ${d} ${t})`;
}
