import { requireUserWithPermission, type SessionUser } from "#app/utils/auth.server";
import { prisma } from "#app/utils/db.server";
import { hasPermission } from "#app/utils/permissions";

/**
 * Report access, decided inside the query: an org admin's organization must be theirs, a
 * trainer's cohort must be led by them; only platform admins (manage:roles:any) see everything.
 * Someone else's organization or cohort answers 404, so ids cannot be probed.
 */
function isPlatformAdmin(user: SessionUser) {
  return hasPermission(user, "manage:roles:any");
}

export function organizationScope(user: SessionUser) {
  return isPlatformAdmin(user) ? {} : { users: { some: { id: user.id } } };
}

export function cohortScope(user: SessionUser) {
  return isPlatformAdmin(user) ? {} : { trainerId: user.id };
}

export async function requireOrganization(request: Request, organizationId: string | undefined) {
  const user = await requireUserWithPermission(request, "read:report:org");
  const organization = await prisma.organization.findFirst({
    where: { id: organizationId ?? "", ...organizationScope(user) },
    select: { id: true, name: true, slug: true },
  });
  if (!organization) throw new Response("Organization not found", { status: 404 });
  return { user, organization };
}

/** The same check for changes: reading reports is not enough to invite or assign. */
export async function requireOrganizationManager(request: Request, organizationId: string | undefined) {
  const access = await requireOrganization(request, organizationId);
  if (!hasPermission(access.user, "manage:organization:own")) throw new Response("Requires permission manage:organization:own", { status: 403 });
  return access;
}

export async function requireCohort(request: Request, cohortId: string | undefined) {
  const user = await requireUserWithPermission(request, "manage:cohort:own");
  const cohort = await prisma.cohort.findFirst({
    where: { id: cohortId ?? "", ...cohortScope(user) },
    select: { id: true, name: true, place: true, locale: true, startsAt: true, endsAt: true, joinCode: true, trainerId: true, createdAt: true, courses: { select: { courseId: true } } },
  });
  if (!cohort) throw new Response("Cohort not found", { status: 404 });
  return { user, cohort };
}
