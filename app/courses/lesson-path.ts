/** Where a lesson plays: our MDX lessons in the lesson player, an imported package's SCOs in the package player. */
export function lessonPath(courseId: string, lessonId: string, isPackage: boolean) {
  return isPackage ? `/courses/${courseId}/sco/${encodeURIComponent(lessonId)}` : `/courses/${courseId}/lessons/${lessonId}`;
}
