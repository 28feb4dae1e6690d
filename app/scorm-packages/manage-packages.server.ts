// What a trainer sees and changes of the packages they uploaded. Every query is scoped to the
// owner in the query itself; a platform admin may manage every package.
import type { SessionUser } from "#app/utils/auth.server";
import { prisma } from "#app/utils/db.server";
import { hasPermission } from "#app/utils/permissions";
import type { PackageMetadata } from "./package-metadata";

const ownedBy = (user: SessionUser) => (hasPermission(user, "manage:roles:any") ? {} : { ownerId: user.id });

export async function listManagedPackages(user: SessionUser) {
  return prisma.scormPackage.findMany({
    where: ownedBy(user),
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      courseId: true,
      title: true,
      versions: { orderBy: { version: "desc" }, take: 1, select: { version: true, scormVersion: true, createdAt: true } },
    },
  });
}

export async function requireManagedPackage(user: SessionUser, packageId: string | undefined) {
  const found = await prisma.scormPackage.findFirst({
    where: { id: packageId ?? "", ...ownedBy(user) },
    select: {
      id: true,
      courseId: true,
      title: true,
      summary: true,
      tier: true,
      languages: true,
      audience: true,
      prerequisites: true,
      passingScore: true,
      certificateValidityMonths: true,
      estimatedMinutes: true,
      versions: { orderBy: { version: "desc" }, select: { id: true, version: true, scormVersion: true, sizeBytes: true, createdAt: true } },
    },
  });
  if (!found) throw new Response("Package not found", { status: 404 });
  return found;
}

export async function updatePackageMetadata(user: SessionUser, packageId: string, metadata: PackageMetadata) {
  const { count } = await prisma.scormPackage.updateMany({
    where: { id: packageId, ...ownedBy(user) },
    data: {
      ...metadata,
      languages: JSON.stringify(metadata.languages),
      audience: JSON.stringify(metadata.audience),
      prerequisites: JSON.stringify(metadata.prerequisites),
    },
  });
  if (count !== 1) throw new Response("Package not found", { status: 404 });
}
