import crypto from "node:crypto";
import { prisma } from "#app/utils/db.server";

function slugify(name: string) {
  const base = name.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40);
  // A random tail keeps slugs unique without a retry loop, and works for non-Latin names.
  return `${base || "org"}-${crypto.randomBytes(3).toString("hex")}`;
}

/** Creates an organization; an org admin who creates one becomes its member. */
export async function createOrganization(name: string, adminId: string | null) {
  return prisma.$transaction(async (tx) => {
    const organization = await tx.organization.create({ data: { name, slug: slugify(name) } });
    if (adminId) await tx.user.update({ where: { id: adminId }, data: { organizationId: organization.id } });
    return organization;
  });
}
