import type { LawInstrument } from "@/content";
import { formatChineseDate, parseIsoDate } from "@/tools";

const chinese = (iso: string) => formatChineseDate(parseIsoDate(iso)!);

/** "2020年5月28日通过 · 2021年1月1日起施行": the version a reader is looking at, in one line. */
export function lawVersionLine(law: LawInstrument): string {
  return [law.version, law.inForce ? `${chinese(law.inForce)}起施行` : undefined].filter(Boolean).join(" · ");
}
