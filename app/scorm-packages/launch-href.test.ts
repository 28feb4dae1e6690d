import { describe, expect, it } from "vitest";
import { launchTarget, resolveHref } from "./launch-href";

describe("resolveHref and launchTarget", () => {
  it("keeps a climb above the root visible instead of clamping it", () => {
    expect(resolveHref(["content/"], "../../etc/passwd")).toBe("../etc/passwd");
    expect(launchTarget("../etc/passwd")).toEqual({ kind: "outside", path: "../etc/passwd" });
  });

  it("leaves external hrefs and external bases alone", () => {
    expect(resolveHref(["content/"], "https://example.org/sco.html")).toBe("https://example.org/sco.html");
    expect(resolveHref(["https://cdn.example.org/", "sco/"], "a.html")).toBe("https://cdn.example.org/sco/a.html");
    expect(launchTarget("//example.org/a.html")).toEqual({ kind: "external" });
  });

  it("offers the percent-decoded path as a candidate file", () => {
    expect(launchTarget("my%20page.html?x=1#y")).toEqual({ kind: "file", candidates: ["my%20page.html", "my page.html"] });
    expect(launchTarget("100%.html")).toEqual({ kind: "file", candidates: ["100%.html"] });
  });
});
