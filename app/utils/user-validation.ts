import { z } from "zod";
import { LOCALES } from "#app/i18n/locales";

const required = "errors.required";
const tooLong = "errors.tooLong";

export const NameSchema = z.string().trim().min(1, required).max(100, tooLong);
export const LegalNameSchema = z.string().trim().min(1, required).max(200, tooLong);
export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, required)
  .max(254, tooLong)
  .pipe(z.email("errors.invalidEmail"));
export const PasswordSchema = z
  .string()
  .min(1, required)
  .min(8, "errors.passwordTooShort")
  .max(128, "errors.passwordTooLong");
export const LocaleSchema = z.enum(LOCALES, "errors.invalidLocale");

export const SignupSchema = z.object({
  name: NameSchema,
  legalName: LegalNameSchema,
  email: EmailSchema,
  password: PasswordSchema,
  locale: LocaleSchema,
  redirectTo: z.string().max(2000).optional(),
});

export const LoginSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, required).max(128, tooLong),
  redirectTo: z.string().optional(),
});

export const ProfileSchema = z.object({
  name: NameSchema,
  legalName: LegalNameSchema,
  locale: LocaleSchema,
});

export const ChangePasswordSchema = z.object({
  currentPassword: z.string().min(1, required).max(128, tooLong),
  newPassword: PasswordSchema,
});
