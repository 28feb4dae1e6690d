import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { localeCookie } from "#app/i18n/i18n.server";
import { getUser, safeRedirect } from "#app/utils/auth.server";
import { prisma } from "#app/utils/db.server";
import { LocaleSchema } from "#app/utils/user-validation";

const LocaleFormSchema = z.object({ locale: LocaleSchema, redirectTo: z.string().max(2000).optional() });

export async function action({ request }: ActionFunctionArgs) {
  const parsed = LocaleFormSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw new Response("Unknown language", { status: 400 });
  const user = await getUser(request);
  // The profile outranks the cookie, so a signed-in user's choice must be saved there too.
  if (user) await prisma.user.update({ where: { id: user.id }, data: { locale: parsed.data.locale } });
  return redirect(safeRedirect(parsed.data.redirectTo, "/"), {
    headers: { "Set-Cookie": await localeCookie.serialize(parsed.data.locale) },
  });
}
