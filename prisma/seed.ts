// Idempotent: roles are upserted every time; demo users only go into an empty database.
import bcrypt from "bcryptjs";
import { prisma } from "#app/utils/db.server";
import { ROLES } from "#app/utils/permissions";

export const DEMO_PASSWORD = "integrity-demo";

const DEMO_USERS = [
  { email: "learner@demo.academy", name: "Amina", legalName: "Amina Haddad", locale: "en", roles: ["learner"] },
  { email: "trainer@demo.academy", name: "Li Wei", legalName: "李伟", locale: "zh", roles: ["learner", "trainer"] },
  { email: "orgadmin@demo.academy", name: "Sofía", legalName: "Sofía Núñez", locale: "es", roles: ["learner", "org-admin"] },
  { email: "admin@demo.academy", name: "Admin", legalName: "Platform Administrator", locale: "en", roles: ["learner", "admin"] },
] as const;

async function seed() {
  for (const name of ROLES) await prisma.role.upsert({ where: { name }, update: {}, create: { name } });

  if ((await prisma.user.count()) > 0) {
    console.log("  database already has users; demo users not added");
    return;
  }
  const hash = await bcrypt.hash(DEMO_PASSWORD, 10);
  const organization = await prisma.organization.create({ data: { name: "Meridian Trading Ltd", slug: "meridian-trading" } });
  for (const user of DEMO_USERS) {
    await prisma.user.create({
      data: {
        email: user.email,
        name: user.name,
        legalName: user.legalName,
        locale: user.locale,
        organizationId: user.roles.includes("org-admin" as never) ? organization.id : null,
        password: { create: { hash } },
        roles: { connect: user.roles.map((name) => ({ name })) },
      },
    });
  }
  console.log(`  added ${DEMO_USERS.length} demo users (password: ${DEMO_PASSWORD})`);
}

await seed();
await prisma.$disconnect();
