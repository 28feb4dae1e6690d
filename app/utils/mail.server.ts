import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { env } from "./env.server";

type Mail = { to: string; subject: string; text: string };

/**
 * Without SMTP the message goes to a local outbox folder and the log, so password reset works on
 * a laptop and in tests without a mail server.
 */
export async function sendMail(mail: Mail) {
  if (env.SMTP_URL) {
    await nodemailer.createTransport(env.SMTP_URL).sendMail({ from: env.MAIL_FROM, ...mail });
    return;
  }
  await fs.mkdir(env.OUTBOX_DIR, { recursive: true });
  const file = path.join(env.OUTBOX_DIR, `${Date.now()}-${mail.to.replace(/[^a-z0-9@.-]/gi, "_")}.eml`);
  await fs.writeFile(file, `To: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n`, "utf8");
  console.log(`[mail] SMTP not configured; wrote message for ${mail.to} to ${file}`);
}
