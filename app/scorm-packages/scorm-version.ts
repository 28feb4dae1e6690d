// Which SCORM edition a manifest targets. The player picks the runtime API (API vs
// API_1484_11) and the data model from this, so a guess that is wrong is worse than a refusal.
import type { ScormVersion } from "./package-types";

const BY_SCHEMA_VERSION: Record<string, ScormVersion> = {
  "1.2": "1.2",
  "cam 1.3": "2004-2nd",
  "2004 2nd edition": "2004-2nd",
  "2004 3rd edition": "2004-3rd",
  "2004 4th edition": "2004-4th",
};

const ADLCP_12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
const ADLCP_2004 = "http://www.adlnet.org/xsd/adlcp_v1p3";

export type VersionDetection =
  | { ok: true; version: ScormVersion }
  | { ok: false; message: string };

/**
 * schemaVersion is manifest/metadata/schemaversion. Many 1.2 tools leave it out, so the adlcp
 * namespace the manifest declares is the fallback. (The parser drops xmlns attributes when it
 * strips prefixes, hence the raw XML text.)
 */
export function detectScormVersion(schemaVersion: string | undefined, rawXml: string): VersionDetection {
  const normalized = schemaVersion?.trim().toLowerCase().replace(/\s+/g, " ");
  const known = normalized ? BY_SCHEMA_VERSION[normalized] : undefined;
  if (known) return { ok: true, version: known };

  if (declaresNamespace(rawXml, ADLCP_12)) return { ok: true, version: "1.2" };
  // The 2004 editions share one namespace; without a schemaversion the 3rd Edition is the
  // common case, and its runtime is what 2nd and 4th Edition content expects in practice.
  if (declaresNamespace(rawXml, ADLCP_2004)) return { ok: true, version: "2004-3rd" };

  return {
    ok: false,
    message: schemaVersion
      ? `imsmanifest.xml declares schemaversion "${schemaVersion.trim()}", which is not SCORM 1.2 or SCORM 2004 (2nd, 3rd or 4th Edition)`
      : "imsmanifest.xml has no <schemaversion> and no SCORM adlcp namespace, so its SCORM version is unknown",
  };
}

function declaresNamespace(xml: string, uri: string): boolean {
  const escaped = uri.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return new RegExp(`xmlns(:[\\w.-]+)?\\s*=\\s*["']${escaped}/?["']`).test(xml);
}
