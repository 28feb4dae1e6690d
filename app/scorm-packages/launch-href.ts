// Turns manifest hrefs into launch paths inside the package: xml:base chains, item
// parameters, and the file an href points at.

const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

export function isExternalHref(href: string): boolean {
  return SCHEME.test(href) || href.startsWith("//");
}

/**
 * Resolves href against the xml:base values of manifest, resources and resource, outermost
 * first. A base without a trailing slash is still read as a folder: tools write
 * xml:base="content" meaning the folder, and strict URI resolution would drop it.
 * ".." that climbs above the package root is kept (as a leading "../") so the caller can
 * report it instead of silently clamping it the way URL resolution would.
 */
export function resolveHref(bases: Array<string | undefined>, href: string): string {
  let resolved = href.trim();
  for (const base of bases.filter((b): b is string => !!b?.trim()).reverse()) {
    if (isExternalHref(resolved) || resolved.startsWith("/")) break;
    const folder = base.trim().endsWith("/") ? base.trim() : `${base.trim()}/`;
    resolved = folder + resolved;
  }
  if (isExternalHref(resolved)) return resolved;
  const split = resolved.search(/[?#]/);
  const path = split === -1 ? resolved : resolved.slice(0, split);
  const rest = split === -1 ? "" : resolved.slice(split);
  return normalizePath(path) + rest;
}

function normalizePath(path: string): string {
  const absolute = path.startsWith("/");
  const out: string[] = [];
  let above = 0;
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment !== "..") out.push(segment);
    else if (out.length > 0) out.pop();
    else above += 1;
  }
  const prefix = absolute ? "/" : "../".repeat(above);
  const trailing = path.endsWith("/") && out.length > 0 ? "/" : "";
  return prefix + out.join("/") + trailing;
}

/**
 * Appends an item's parameters to its resource href, following the SCORM CAM rules:
 * a leading "?" or "&" is dropped, a "#fragment" is used only if the href has none, and the
 * query joins with "?" or "&" depending on whether the href already has one.
 */
export function appendParameters(href: string, parameters: string | undefined): string {
  const params = parameters?.trim();
  if (!params) return href;
  if (params.startsWith("#")) return href.includes("#") ? href : href + params;
  const hashAt = href.indexOf("#");
  const beforeHash = hashAt === -1 ? href : href.slice(0, hashAt);
  const hash = hashAt === -1 ? "" : href.slice(hashAt);
  const query = params.replace(/^[?&]/, "");
  return `${beforeHash}${beforeHash.includes("?") ? "&" : "?"}${query}${hash}`;
}

export type LaunchTarget =
  | { kind: "external" }
  | { kind: "outside"; path: string }
  | { kind: "file"; candidates: string[] };

/** The zip entry an href launches: the path before "?" or "#", as written and percent-decoded. */
export function launchTarget(href: string): LaunchTarget {
  if (isExternalHref(href)) return { kind: "external" };
  const path = href.split(/[?#]/)[0] ?? "";
  if (path.startsWith("../") || path === ".." || path.startsWith("/")) return { kind: "outside", path };
  const candidates = [path];
  try {
    const decoded = decodeURIComponent(path);
    if (decoded !== path) candidates.push(decoded);
  } catch {
    // A stray "%" is not an escape; the path as written is the only candidate.
  }
  return { kind: "file", candidates };
}
