import { describe, expect, it } from "vitest";
import { formWasSent, isEmptyTimelineQuery } from "@/tools";

describe("formWasSent: an empty submit is told apart from a first visit", () => {
  it("is true only when the hidden field came with the query", () => {
    expect(formWasSent({ sent: "1" })).toBe(true);
    expect(formWasSent({ sent: ["1", "1"] })).toBe(true);
    expect(formWasSent({})).toBe(false);
    expect(formWasSent({ sent: "" })).toBe(false);
    expect(formWasSent({ sent: [] })).toBe(false);
  });

  it("a sent timeline form with every field blank is still an empty query (the page shows what is missing)", () => {
    const query = { sent: "1", due: "", principal: "" };
    expect(isEmptyTimelineQuery(query)).toBe(true);
    expect(formWasSent(query)).toBe(true);
  });
});
