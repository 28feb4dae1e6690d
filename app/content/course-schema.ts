import { z } from "zod";
import { LOCALES } from "#app/i18n/locales";

export const TIERS = ["basic", "advanced", "train-the-trainer", "private-sector"] as const;
export type Tier = (typeof TIERS)[number];
export const AUDIENCES = ["officials", "trainers", "companies"] as const;
export type Audience = (typeof AUDIENCES)[number];

const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lowercase letters, digits and dashes");
const Text = z.string().trim().min(1);

const CourseTextSchema = z.object({
  title: Text.max(120),
  summary: Text.max(400),
  objectives: z.array(Text.max(300)).min(1).max(12),
});

export const CourseMetaSchema = z
  .object({
    id: Slug,
    version: z.number().int().positive(),
    tier: z.enum(TIERS),
    defaultLanguage: z.enum(LOCALES),
    languages: z.array(z.enum(LOCALES)).min(1),
    audience: z.array(z.enum(AUDIENCES)).min(1),
    estimatedMinutes: z.number().int().positive().max(6000),
    prerequisites: z.array(Slug).default([]),
    passingScore: z.number().int().min(0).max(100),
    certificateValidityMonths: z.number().int().positive().max(240).nullable(),
    uncacArticles: z.array(z.number().int().min(1).max(71)).default([]),
    scormVersion: z.enum(["1.2", "2004"]).default("2004"),
    translations: z.partialRecord(z.enum(LOCALES), CourseTextSchema).default(() => ({})),
    lessons: z
      .array(z.object({ id: Slug, required: z.boolean().default(true) }).strict())
      .min(1)
      .max(60),
    finalAssessment: Slug.optional(),
  })
  .extend(CourseTextSchema.shape)
  .strict()
  .superRefine((course, ctx) => {
    if (!course.languages.includes(course.defaultLanguage)) {
      ctx.addIssue({ code: "custom", path: ["languages"], message: "must include defaultLanguage" });
    }
    for (const language of course.languages) {
      if (language !== course.defaultLanguage && !course.translations[language]) {
        ctx.addIssue({ code: "custom", path: ["translations", language], message: `missing translation block for ${language}` });
      }
    }
    const ids = course.lessons.map((l) => l.id);
    const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
    if (duplicate) ctx.addIssue({ code: "custom", path: ["lessons"], message: `lesson ${duplicate} is listed twice` });
    if (course.finalAssessment && !ids.includes(course.finalAssessment)) {
      ctx.addIssue({ code: "custom", path: ["finalAssessment"], message: `${course.finalAssessment} is not one of the lessons` });
    }
    if (course.prerequisites.includes(course.id)) {
      ctx.addIssue({ code: "custom", path: ["prerequisites"], message: "a course cannot require itself" });
    }
  });

export type CourseMeta = z.infer<typeof CourseMetaSchema>;

export const LessonFrontmatterSchema = z
  .object({
    title: Text.max(160),
    summary: Text.max(400).optional(),
    estimatedMinutes: z.number().int().positive().max(600),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof LessonFrontmatterSchema>;
