import { getTranslator } from "#app/i18n/i18n.server";
import type { Locale } from "#app/i18n/locales";
import { prisma } from "#app/utils/db.server";
import { sendMail } from "#app/utils/mail.server";
import { enrollInAssignedCourses } from "./assignments.server";
import { hashInviteToken, inviteUrl, newInviteToken, SHARED_LINK_EMAIL } from "./invite-token.server";

export type InviteOutcome = "invited" | "already-invited" | "already-member";
type Invitee = { name: string; email: string };

/**
 * Invites people in one transaction: a new address gets a row and an email, an address already
 * invited or already a member is left as it is, so sending the same list twice changes nothing.
 */
export async function inviteMembers(
  organization: { id: string; name: string },
  invitees: Invitee[],
  inviter: { id: string; locale: string },
  origin: string,
) {
  const emails = invitees.map((i) => i.email);
  const { outcomes, tokens } = await prisma.$transaction(async (tx) => {
    const [members, existing] = await Promise.all([
      tx.user.findMany({ where: { organizationId: organization.id, email: { in: emails } }, select: { email: true } }),
      tx.organizationInvite.findMany({ where: { organizationId: organization.id, email: { in: emails } }, select: { email: true } }),
    ]);
    const memberSet = new Set(members.map((m) => m.email));
    const invitedSet = new Set(existing.map((i) => i.email));
    const outcomes = new Map<string, InviteOutcome>();
    const tokens: { email: string; name: string; token: string }[] = [];
    for (const invitee of invitees) {
      if (memberSet.has(invitee.email)) outcomes.set(invitee.email, "already-member");
      else if (invitedSet.has(invitee.email)) outcomes.set(invitee.email, "already-invited");
      else {
        const { token, tokenHash } = newInviteToken();
        // Upsert, not create: a concurrent submission of the same list must not fail the batch.
        await tx.organizationInvite.upsert({
          where: { organizationId_email: { organizationId: organization.id, email: invitee.email } },
          update: {},
          create: { organizationId: organization.id, email: invitee.email, name: invitee.name, tokenHash, invitedById: inviter.id },
        });
        outcomes.set(invitee.email, "invited");
        tokens.push({ ...invitee, token });
      }
    }
    return { outcomes, tokens };
  });
  const t = getTranslator(inviter.locale as Locale);
  for (const { email, name, token } of tokens) {
    await sendMail({
      to: email,
      subject: t("organizations.inviteMail.subject", { organization: organization.name }),
      text: t("organizations.inviteMail.body", { name, organization: organization.name, link: inviteUrl(origin, token) }),
    });
  }
  return outcomes;
}

/** A new shareable link; the previous one stops working. The token is shown once. */
export async function renewSharedLink(organizationId: string, inviterId: string) {
  const { token, tokenHash } = newInviteToken();
  await prisma.organizationInvite.upsert({
    where: { organizationId_email: { organizationId, email: SHARED_LINK_EMAIL } },
    update: { tokenHash, invitedById: inviterId, createdAt: new Date() },
    create: { organizationId, email: SHARED_LINK_EMAIL, tokenHash, invitedById: inviterId },
  });
  return token;
}

export async function findInvite(token: string) {
  return prisma.organizationInvite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: { id: true, email: true, acceptedAt: true, organization: { select: { id: true, name: true } } },
  });
}

export type AcceptResult =
  | { ok: true; organizationId: string; notEnrolled: string[] }
  | { ok: false; reason: "not-found" | "other-email" | "other-organization" | "already-member" };

/**
 * Joins the invite's organization. A personal invite only works for the address it was sent to;
 * someone who already belongs to another organization is refused (one organization per person).
 */
export async function acceptInvite(token: string, user: { id: string; email: string; organizationId: string | null }): Promise<AcceptResult> {
  const invite = await findInvite(token);
  if (!invite) return { ok: false, reason: "not-found" };
  const shared = invite.email === SHARED_LINK_EMAIL;
  if (!shared && invite.email !== user.email) return { ok: false, reason: "other-email" };
  if (user.organizationId === invite.organization.id) return { ok: false, reason: "already-member" };
  if (user.organizationId) return { ok: false, reason: "other-organization" };
  // Conditional on still having no organization, so two tabs cannot join two organizations.
  const { count } = await prisma.user.updateMany({ where: { id: user.id, organizationId: null }, data: { organizationId: invite.organization.id } });
  if (count === 0) return { ok: false, reason: "other-organization" };
  if (!shared) await prisma.organizationInvite.update({ where: { id: invite.id }, data: { acceptedAt: new Date() } });
  const { notEnrolled } = await enrollInAssignedCourses(invite.organization.id, [user.id]);
  return { ok: true, organizationId: invite.organization.id, notEnrolled: notEnrolled.map((n) => n.courseId) };
}
