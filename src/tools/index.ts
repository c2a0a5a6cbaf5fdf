/**
 * The tools' public face for pages and browser components: pure functions only, safe to bundle
 * for the browser (no node:fs). Reading content/ lives in ./server, used by server pages only.
 */
export { addDays, addYears, daysBetween, formatChineseDate, formatIsoDate, parseIsoDate, todayInChina } from "./dates";
export { formatFen, parseDecimal } from "./money";
export {
  CREDIT_RETENTION_YEARS,
  TIMELINE_FIELDS,
  computeTimeline,
  isEmptyTimelineQuery,
  parseTimelineQuery,
  type FieldError,
  type PenaltyEstimate,
  type TimelineField,
  type TimelineInput,
  type TimelineQuery,
  type TimelineResult,
  type TimelineStep,
  type TimelineStepData,
} from "./timeline";
export {
  NOTHING_CHOSEN,
  findChannels,
  parseComplaintQuery,
  ruleApplies,
  type ChannelAdvice,
  type ComplaintAdvice,
  type ComplaintAnswers,
  type ComplaintChannel,
  type ComplaintData,
  type ComplaintQuery,
  type ComplaintRule,
} from "./complaints";
export { blankFor, fillLetter, letterFileName, parseLetterBody, type LetterPlaceholder, type LetterSegment, type LetterTemplate } from "./letters";
export { SENT_PARAM, formWasSent, type SentQuery } from "./form";
export type { ToolLink, Toolkit } from "./load";
export { toolsForArticle, type RelatedToolLink } from "./related";
