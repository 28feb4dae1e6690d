import { z } from "zod";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().default("file:./data/academy.db"),
  SESSION_SECRET: z
    .string()
    .min(16, "SESSION_SECRET must be at least 16 characters")
    .default("dev-only-secret-change-me-in-production"),
  PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Integrity Academy <no-reply@integrity-academy.local>"),
  OUTBOX_DIR: z.string().default("data/outbox"),
  CONTENT_DIR: z.string().default("content"),
  CACHE_DIR: z.string().default(".cache"),
  // Set only by the test harness so rate limits can be reset between scenarios.
  TEST_HOOKS: z.enum(["0", "1"]).default("0"),
});

export type Env = z.infer<typeof EnvSchema>;

function readEnv(): Env {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export const env = readEnv();
