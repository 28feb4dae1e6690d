// Reads imsmanifest.xml into the summary the player needs. Tools disagree on prefixes
// (adlcp:, imsss:, adlseq:, or a default namespace), so prefixes are stripped and elements
// are matched by local name; the SCORM namespaces do not reuse the names read here.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { appendParameters, resolveHref } from "./launch-href";
import type { ItemNode, PackageManifest, PackageProblem, PackageResource, PackageSco } from "./package-types";
import { readScoSettings } from "./sco-settings";
import { detectScormVersion } from "./scorm-version";
import { asNode, asNodes, attr, attrAnyCase, text, type XmlNode } from "./xml-node";

const REPEATED = new Set(["organization", "item", "resource", "file", "dependency", "sequencing", "objective"]);
// Real trees are a few levels deep; the cap keeps a hostile manifest from exhausting the stack.
const MAX_ITEM_DEPTH = 50;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => REPEATED.has(name),
});

export type ManifestParse = { ok: true; manifest: PackageManifest } | { ok: false; problems: PackageProblem[] };

const unparseable = (message: string): ManifestParse => ({
  ok: false,
  problems: [{ code: "manifest-unparseable", entry: "imsmanifest.xml", message }],
});

export function parseManifest(xml: string): ManifestParse {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    return unparseable(`imsmanifest.xml is not well-formed XML (line ${line}, column ${col}): ${msg}`);
  }
  let root: XmlNode | undefined;
  try {
    root = asNode((parser.parse(xml) as XmlNode).manifest);
  } catch (error) {
    return unparseable(`imsmanifest.xml could not be read: ${(error as Error).message}`);
  }
  if (!root) return unparseable("imsmanifest.xml has no <manifest> root element");

  const version = detectScormVersion(text(asNode(root.metadata)?.schemaversion), xml);
  if (!version.ok) {
    return { ok: false, problems: [{ code: "unknown-scorm-version", entry: "imsmanifest.xml", message: version.message }] };
  }

  const resources = readResources(root);
  const byId = new Map(resources.map((r) => [r.identifier, r]));
  const orgsNode = asNode(root.organizations) ?? {};
  const orgs = asNodes(orgsNode.organization);
  const defaultOrg = orgs.find((o) => attr(o, "identifier") === attr(orgsNode, "default")) ?? orgs[0];
  if (!defaultOrg) {
    return noSco("imsmanifest.xml defines no <organization>, so there is nothing for a learner to launch");
  }

  const problems: PackageProblem[] = [];
  const scos: PackageSco[] = [];
  const collection = asNodes(asNode(root.sequencingCollection)?.sequencing);
  const walk = (node: XmlNode, depth: number, collect: boolean): ItemNode => {
    const item = toItemNode(node, byId);
    const resource = item.resourceIdentifier ? byId.get(item.resourceIdentifier) : undefined;
    if (collect && item.href && resource?.scormType === "sco") {
      scos.push({
        identifier: resource.identifier,
        itemIdentifier: item.identifier,
        title: item.title,
        href: item.href,
        ...withoutUndefined(readScoSettings(node, collection, problems)),
      });
    }
    const children = asNodes(node.item);
    if (children.length > 0 && depth >= MAX_ITEM_DEPTH) {
      problems.push({ code: "manifest-unparseable", entry: "imsmanifest.xml", message: `items are nested deeper than ${MAX_ITEM_DEPTH} levels` });
      return item;
    }
    return { ...item, children: children.map((child) => walk(child, depth + 1, collect)) };
  };
  const ordered = [defaultOrg, ...orgs.filter((o) => o !== defaultOrg)];
  const organizations = ordered.map((org) => walk(org, 0, org === defaultOrg));

  if (problems.length > 0) return { ok: false, problems };
  const defaultTree = organizations[0]!;
  if (scos.length === 0) {
    return noSco(
      `the default organization "${defaultTree.title}" has no item that launches a SCO (a resource with adlcp:scormType="sco")`,
    );
  }
  return {
    ok: true,
    manifest: {
      scormVersion: version.version,
      identifier: attr(root, "identifier") ?? "",
      title: defaultTree.title,
      organizations,
      resources,
      scos,
    },
  };
}

function noSco(message: string): ManifestParse {
  return { ok: false, problems: [{ code: "no-launchable-sco", entry: "imsmanifest.xml", message }] };
}

function readResources(root: XmlNode): PackageResource[] {
  const container = asNode(root.resources) ?? {};
  const bases = [attr(root, "base"), attr(container, "base")];
  return asNodes(container.resource).map((resource) => {
    const resourceBases = [...bases, attr(resource, "base")];
    const href = attr(resource, "href");
    return {
      identifier: attr(resource, "identifier") ?? "",
      type: attr(resource, "type") ?? "",
      scormType: attrAnyCase(resource, "scormtype")?.trim().toLowerCase() === "sco" ? "sco" : "asset",
      href: href?.trim() ? resolveHref(resourceBases, href) : undefined,
      files: asNodes(resource.file)
        .map((f) => attr(f, "href"))
        .filter((h): h is string => !!h?.trim())
        .map((h) => resolveHref(resourceBases, h)),
      dependencies: asNodes(resource.dependency)
        .map((d) => attr(d, "identifierref"))
        .filter((id): id is string => !!id),
    };
  });
}

function toItemNode(node: XmlNode, resources: Map<string, PackageResource>): ItemNode {
  const identifier = attr(node, "identifier") ?? "";
  const resourceIdentifier = attr(node, "identifierref");
  const resourceHref = resourceIdentifier ? resources.get(resourceIdentifier)?.href : undefined;
  return {
    identifier,
    title: text(node.title)?.trim() || identifier,
    isVisible: attr(node, "isvisible")?.trim() !== "false",
    ...(resourceIdentifier ? { resourceIdentifier } : {}),
    ...(resourceHref ? { href: appendParameters(resourceHref, attr(node, "parameters")) } : {}),
    children: [],
  };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
