export { COMPUTED_FIELDS, FIELD_INDEX, ROW_NUMBER } from "./fields.ts";
export {
  checkTemplate,
  type FillOptions,
  type FillResult,
  fillTemplate,
  type TemplateProblem,
} from "./fill.ts";
export { maskIdNumber } from "./mask.ts";
export { WORDING_FIELDS } from "./wording.ts";
