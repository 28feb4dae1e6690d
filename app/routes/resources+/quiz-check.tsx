import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import type { QuestionResult } from "#app/components/lesson/lesson-runtime";
import { answerKeyOf, requireEnrolledLesson } from "#app/courses/lesson-lookup.server";
import { resolveLocale } from "#app/i18n/i18n.server";
import { requireUser } from "#app/utils/auth.server";

const CheckSchema = z.object({
  courseId: z.string().max(100),
  lessonId: z.string().max(100),
  quizId: z.string().max(100),
  questionId: z.string().max(100),
  selected: z.array(z.number().int().min(0).max(50)).max(50),
});

/** Checks one answer against the key only the server holds, in the learner's language. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = CheckSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "Send courseId, lessonId, quizId, questionId and selected option indices." }, { status: 400 });
  const { courseId, lessonId, quizId, questionId, selected } = parsed.data;
  const { compiled } = await requireEnrolledLesson(user, courseId, lessonId, await resolveLocale(request, user.locale));
  const key = answerKeyOf(compiled).get(`${quizId}/${questionId}`);
  if (!key) return Response.json({ error: "This question does not exist in the lesson." }, { status: 404 });
  if (selected.some((i) => i >= key.options.length)) return Response.json({ error: "An option index is out of range." }, { status: 400 });

  const chosen = [...new Set(selected)].sort((a, b) => a - b);
  const result: QuestionResult = {
    selected: chosen,
    correct: chosen.length === key.correct.length && chosen.every((i) => key.correct.includes(i)),
    correctOptions: key.correct,
    feedback: chosen.map((index) => ({ index, text: key.options[index]!.feedback })),
    explanation: key.explanation,
  };
  return Response.json(result);
}
