// Manifest variations that real authoring tools produce, checked without building zips.
import { describe, expect, it } from "vitest";
import { decodeXml } from "./decode-xml";
import { parseManifest } from "./parse-manifest";

const ok = (xml: string) => {
  const result = parseManifest(xml);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.manifest;
};
const problems = (xml: string) => {
  const result = parseManifest(xml);
  return result.ok ? [] : result.problems.map((p) => [p.code, p.message]);
};

const sco12 = (extra = "", itemExtra = "", resourceAttrs = 'href="index.html"') => `<?xml version="1.0"?>
<manifest identifier="m" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  ${extra}
  <organizations default="o"><organization identifier="o"><title>Course</title>
    <item identifier="i" identifierref="r"><title>Lesson</title>${itemExtra}</item>
  </organization></organizations>
  <resources><resource identifier="r" type="webcontent" adlcp:scormtype="sco" ${resourceAttrs}/></resources>
</manifest>`;

describe("parseManifest: versions", () => {
  it("falls back to the adlcp 1.2 namespace when schemaversion is missing", () => {
    expect(ok(sco12()).scormVersion).toBe("1.2");
  });

  it.each([
    ["CAM 1.3", "2004-2nd"],
    ["2004 3rd Edition", "2004-3rd"],
    ["  2004   4th   edition ", "2004-4th"],
  ])("reads schemaversion %j as %s", (schemaversion, version) => {
    expect(ok(sco12(`<metadata><schema>ADL SCORM</schema><schemaversion>${schemaversion}</schemaversion></metadata>`)).scormVersion).toBe(version);
  });

  it("refuses a manifest with neither schemaversion nor SCORM namespace", () => {
    const xml = sco12().replace(' xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"', ' xmlns:adlcp="urn:other"');
    expect(problems(xml)).toEqual([["unknown-scorm-version", expect.stringMatching(/no <schemaversion>/)]]);
  });

  it("names an unsupported schemaversion in the problem", () => {
    const xml = sco12("<metadata><schemaversion>1.1</schemaversion></metadata>").replace("adlcp_rootv1p2", "adlcp_rootv1p1");
    expect(problems(xml)).toEqual([["unknown-scorm-version", expect.stringMatching(/schemaversion "1\.1"/)]]);
  });
});

describe("parseManifest: namespaces and prefixes", () => {
  it("reads explicitly prefixed content-packaging elements and unusual adlcp prefixes", () => {
    const xml = `<imscp:manifest identifier="m" xmlns:imscp="http://www.imsglobal.org/xsd/imscp_v1p1"
        xmlns:cp3="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:ss="http://www.imsglobal.org/xsd/imsss">
      <imscp:metadata><imscp:schemaversion>2004 4th Edition</imscp:schemaversion></imscp:metadata>
      <imscp:organizations default="o"><imscp:organization identifier="o"><imscp:title>C</imscp:title>
        <imscp:item identifier="i" identifierref="r"><imscp:title>L</imscp:title>
          <cp3:completionThreshold completedByMeasure="false" minProgressMeasure="0.5"/>
          <ss:sequencing><ss:objectives><ss:primaryObjective><ss:minNormalizedMeasure>0.9</ss:minNormalizedMeasure></ss:primaryObjective></ss:objectives></ss:sequencing>
        </imscp:item></imscp:organization></imscp:organizations>
      <imscp:resources><imscp:resource identifier="r" type="webcontent" cp3:scormType="sco" href="a b.html"/></imscp:resources>
    </imscp:manifest>`;
    expect(ok(xml).scos).toEqual([
      { identifier: "r", itemIdentifier: "i", title: "L", href: "a b.html", completionThreshold: 0.5, completedByMeasure: false, minNormalizedMeasure: 0.9 },
    ]);
  });

  it("accepts scormType in any letter case", () => {
    expect(ok(sco12("", "", 'href="index.html" adlcp:SCORMTYPE="SCO"').replace('adlcp:scormtype="sco" ', "")).scos).toHaveLength(1);
  });
});

describe("parseManifest: launch paths", () => {
  it("chains xml:base from manifest, resources and resource", () => {
    const xml = sco12()
      .replace('<manifest identifier="m"', '<manifest identifier="m" xml:base="course/"')
      .replace("<resources>", '<resources xml:base="content">')
      .replace('identifier="r"', 'identifier="r" xml:base="./lesson1/"');
    expect(ok(xml).scos[0]?.href).toBe("course/content/lesson1/index.html");
  });

  it.each([
    ["?a=1", "index.html", "index.html?a=1"],
    ["a=1", "index.html?x=2", "index.html?x=2&a=1"],
    ["&a=1", "index.html", "index.html?a=1"],
    ["#part2", "index.html", "index.html#part2"],
    ["#part2", "index.html#part1", "index.html#part1"],
    ["?a=1", "index.html#top", "index.html?a=1#top"],
  ])("appends parameters %j to %s", (parameters, href, expected) => {
    const xml = sco12("", "", `href="${href}"`).replace('identifierref="r"', `identifierref="r" parameters="${parameters}"`);
    expect(ok(xml).scos[0]?.href).toBe(expected);
  });

  it("keeps the whole organization tree, default organization first", () => {
    const xml = sco12()
      .replace('default="o"', 'default="o2"')
      .replace(
        "</organizations>",
        `<organization identifier="o2"><title>Alt</title>
           <item identifier="folder" isvisible="false"><title>Folder</title><item identifier="i2" identifierref="r"><title>Deep</title></item></item>
         </organization></organizations>`,
      );
    const manifest = ok(xml);
    expect(manifest.title).toBe("Alt");
    expect(manifest.organizations.map((o) => o.identifier)).toEqual(["o2", "o"]);
    expect(manifest.organizations[0]?.children[0]).toMatchObject({ identifier: "folder", isVisible: false, children: [{ identifier: "i2", href: "index.html" }] });
    expect(manifest.scos.map((s) => s.itemIdentifier)).toEqual(["i2"]);
  });
});

describe("parseManifest: refusals and hostile input", () => {
  it("refuses a package with no organization", () => {
    const xml = sco12().replace(/<organizations[\s\S]*<\/organizations>/, "<organizations/>");
    expect(problems(xml)).toEqual([["no-launchable-sco", expect.stringMatching(/no <organization>/)]]);
  });

  it("refuses an organization whose items launch only assets", () => {
    const xml = sco12().replace('adlcp:scormtype="sco"', 'adlcp:scormtype="asset"');
    expect(problems(xml)).toEqual([["no-launchable-sco", expect.stringMatching(/"Course" has no item that launches a SCO/)]]);
  });

  it.each([
    ["<adlcp:masteryscore>eighty</adlcp:masteryscore>", /adlcp:masteryscore "eighty"/],
    ["<adlcp:masteryscore>120</adlcp:masteryscore>", /0 to 100/],
  ])("refuses an invalid %s", (itemExtra, message) => {
    expect(problems(sco12("", itemExtra))).toEqual([["manifest-unparseable", expect.stringMatching(message)]]);
  });

  it("refuses a document whose root is not <manifest>", () => {
    expect(problems("<html><body/></html>")).toEqual([["manifest-unparseable", expect.stringMatching(/no <manifest> root/)]]);
  });

  it("does not expand a billion-laughs entity bomb", () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE manifest [<!ENTITY a "aaaaaaaaaa">${Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY ${"b".repeat(i + 1)} "${`&${i === 0 ? "a" : "b".repeat(i)};`.repeat(10)}">`,
    ).join("")}]>${sco12("<metadata><schemaversion>1.2</schemaversion></metadata>").replace(/^<\?xml[^>]*>/, "").replace("<title>Course</title>", "<title>&bbbbbbbbb;</title>")}`;
    // fast-xml-parser refuses to expand entities that reference entities; the title stays short.
    expect(ok(lol).title.length).toBeLessThan(100);
  });
});

describe("decodeXml", () => {
  it("decodes UTF-16 with a byte order mark and declared ISO-8859-1", () => {
    const text = '<?xml version="1.0"?><manifest><title>Intégrité</title></manifest>';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect(decodeXml(utf16)).toBe(text);
    const latin1 = Buffer.from(text.replace('version="1.0"', 'version="1.0" encoding="ISO-8859-1"'), "latin1");
    expect(decodeXml(latin1)).toContain("Intégrité");
  });
});
