/** docx measures in twips (1/20 pt) and half-points; these convert from the layout's mm and pt. */
export const twipFromMm = (mm: number): number => Math.round((mm * 1440) / 25.4);
export const twipFromPt = (pt: number): number => Math.round(pt * 20);
export const halfPoints = (pt: number): number => Math.round(pt * 2);
