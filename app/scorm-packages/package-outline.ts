// The organization tree of a package as the player's outline: launchable items carry the
// learner's status, folders only group them, and hidden items are left out.
import type { LessonStatus } from "#app/courses/progress.server";
import type { ItemNode } from "./package-types";

export type OutlineNode = { id: string; title: string; launchable: boolean; status: LessonStatus; children: OutlineNode[] };

export function toOutline(root: ItemNode, launchable: ReadonlySet<string>, statuses: ReadonlyMap<string, LessonStatus>): OutlineNode[] {
  const visit = (item: ItemNode): OutlineNode[] => {
    if (!item.isVisible) return [];
    const children = item.children.flatMap(visit);
    const isSco = launchable.has(item.identifier);
    if (!isSco && children.length === 0) return [];
    return [{ id: item.identifier, title: item.title, launchable: isSco, status: statuses.get(item.identifier) ?? "not-started", children }];
  };
  return root.children.flatMap(visit);
}
