// A package course's prerequisites must be courses that exist and must not lead back to it,
// or no learner could ever enrol in the courses on the cycle.
export function checkPrerequisites(
  courseId: string,
  prerequisites: readonly string[],
  courses: ReadonlyMap<string, { meta: { prerequisites: readonly string[] } }>,
): boolean {
  if (prerequisites.some((id) => id === courseId || !courses.has(id))) return false;
  const seen = new Set<string>();
  const pending = [...prerequisites];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (id === courseId) return false;
    if (seen.has(id)) continue;
    seen.add(id);
    pending.push(...(courses.get(id)?.meta.prerequisites ?? []));
  }
  return true;
}
