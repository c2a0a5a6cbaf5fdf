import { describe, expect, it } from "vitest";
import { isReviewStale, monthsBefore, todayInChina } from "@/content";

describe("review freshness", () => {
  it("counts calendar months back, clamping to the month's last day", () => {
    expect(monthsBefore("2026-11-26", 12)).toBe("2025-11-26");
    expect(monthsBefore("2026-03-31", 1)).toBe("2026-02-28");
    expect(monthsBefore("2028-02-29", 12)).toBe("2027-02-28");
    expect(monthsBefore("2026-01-15", 1)).toBe("2025-12-15");
  });

  it("a review exactly 12 months old is still current; one day older is stale", () => {
    expect(isReviewStale("2025-11-26", "2026-11-26")).toBe(false);
    expect(isReviewStale("2025-11-25", "2026-11-26")).toBe(true);
    expect(isReviewStale("2026-11-26", "2026-11-26")).toBe(false);
  });

  it("today is the calendar day in China, not UTC", () => {
    // 2026-11-26 17:30 UTC is already 2026-11-27 in Beijing.
    expect(todayInChina(new Date("2026-11-26T17:30:00Z"))).toBe("2026-11-27");
    expect(todayInChina(new Date("2026-11-26T15:30:00Z"))).toBe("2026-11-26");
  });
});
