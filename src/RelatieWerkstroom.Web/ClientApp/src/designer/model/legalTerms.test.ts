import { describe, expect, it } from "vitest";
import { findTerm, settingReference, termChoice } from "./legalTerms";

describe("legal clock terms", () => {
  it("reads a named term, a written-out length and nothing", () => {
    expect(termChoice("setting:jeugd-onderzoekstermijn")).toEqual({ kind: "setting", name: "jeugd-onderzoekstermijn" });
    expect(termChoice(" Setting: hersteltermijn-aanvulling ")).toEqual({ kind: "setting", name: "hersteltermijn-aanvulling" });
    expect(termChoice("6 weeks")).toEqual({ kind: "own", text: "6 weeks" });
    expect(termChoice("  ")).toEqual({ kind: "none" });
    expect(termChoice(undefined)).toEqual({ kind: "none" });
  });

  it("writes the reference the engine resolves and finds the term regardless of case", () => {
    const terms = [{ name: "ontvangstbevestiging" }, { name: "Jeugd-Onderzoekstermijn" }];
    expect(settingReference("ontvangstbevestiging")).toBe("setting:ontvangstbevestiging");
    expect(findTerm(terms, termChoice("setting:jeugd-onderzoekstermijn"))).toBe(terms[1]);
    expect(findTerm(terms, termChoice("setting:bestaat-niet"))).toBeUndefined();
    expect(findTerm(terms, termChoice("6 weeks"))).toBeUndefined();
  });
});
