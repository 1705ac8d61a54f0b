/**
 * The sentences that count opinions, shared by the minutes and the report.
 */
import type { Catalogue } from "../catalogue/catalogue.ts";
import type { Opinion } from "../opinions/opinions.ts";
import { tallyOpinions } from "../opinions/tally.ts";
import { countText } from "../roster/categories.ts";
import { type ParagraphBlock, paragraph } from "./model.ts";
import { OPINION_WORDS } from "./template.ts";
import { lowerFirst } from "./text.ts";

export function tallyParagraphs(opinions: readonly Opinion[], catalogue: Catalogue): ParagraphBlock[] {
  const t = tallyOpinions(opinions, catalogue);
  const levels = t.byLevel.map((l) =>
    l.label === ""
      ? `${countText(l.count)} ý kiến ${OPINION_WORDS.unknownLevel}`
      : OPINION_WORDS.levelPart(countText(l.count), lowerFirst(l.label)),
  );
  const fields = t.byField.map((f) =>
    OPINION_WORDS.fieldPart(f.label || OPINION_WORDS.unclassifiedField, countText(f.count)),
  );
  const blocks = [
    paragraph(
      "body",
      OPINION_WORDS.total(countText(t.total), countText(t.byChannel.slip), countText(t.byChannel.direct)),
    ),
  ];
  if (levels.length > 0) blocks.push(paragraph("body", OPINION_WORDS.byLevel(levels.join(", "))));
  if (fields.length > 0) blocks.push(paragraph("body", OPINION_WORDS.byField(fields.join(", "))));
  return blocks;
}
