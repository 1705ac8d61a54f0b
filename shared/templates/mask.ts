/**
 * A national ID number (CCCD 12 digits, old CMND 9) is personal data (Law 91/2025/QH15): no
 * document gets it whole. Templates get the last three digits only, enough to tell two namesakes
 * apart at the desk.
 */
export function maskIdNumber(id: string): string {
  const text = id.replace(/\s+/g, "");
  if (text === "") return "";
  const shown = text.length > 6 ? 3 : 0;
  return `${"*".repeat(text.length - shown)}${text.slice(text.length - shown)}`;
}
