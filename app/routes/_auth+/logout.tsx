import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { destroySessionCookie } from "#app/utils/auth.server";

// No loader: logging out changes data, so it only answers POST.
export async function action({ request }: ActionFunctionArgs) {
  return redirect("/", { headers: { "Set-Cookie": await destroySessionCookie(request) } });
}
