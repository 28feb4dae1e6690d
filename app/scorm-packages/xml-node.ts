// Small readers over fast-xml-parser output, which is untyped and changes shape with content:
// an element is a string when it has only text, an object when it has attributes or children,
// and a repeated element is an array.

export type XmlNode = Record<string, unknown>;

const ATTR = "@_";

export function asNode(value: unknown): XmlNode | undefined {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as XmlNode;
  // <organizations/> with no attributes parses as "", and is still an element.
  if (value === "") return {};
  return undefined;
}

export function asNodes(value: unknown): XmlNode[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map(asNode).filter((n): n is XmlNode => n !== undefined);
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[ATTR + name];
  return typeof value === "string" ? value : undefined;
}

/** For attributes whose case varies between editions and tools (scormtype, scormType). */
export function attrAnyCase(node: XmlNode | undefined, name: string): string | undefined {
  if (!node) return undefined;
  const wanted = (ATTR + name).toLowerCase();
  const key = Object.keys(node).find((k) => k.toLowerCase() === wanted);
  return key ? attr(node, key.slice(ATTR.length)) : undefined;
}

/** Text content of an element, whether it parsed as a string or as an object with "#text". */
export function text(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === "string") return first;
  if (typeof first === "number" || typeof first === "boolean") return String(first);
  const inner = asNode(first)?.["#text"];
  return inner === undefined ? undefined : String(inner);
}
