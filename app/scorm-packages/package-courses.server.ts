// Imported SCORM packages as catalog courses. A package course has the CourseEntry shape of an
// MDX course (meta plus one required lesson per SCO of its latest version), so enrolment,
// progress and certificates treat both kinds alike.
import { z } from "zod";
import { AUDIENCES, TIERS, type CourseMeta } from "#app/content/course-schema";
import { getCatalog } from "#app/content/catalog.server";
import type { Catalog, CourseEntry } from "#app/content/load-catalog.server";
import { LOCALES } from "#app/i18n/locales";
import { prisma } from "#app/utils/db.server";
import { versionDir } from "./package-config.server";
import { readJsonList } from "./package-metadata";
import type { ItemNode, PackageManifest } from "./package-types";

export type StoredVersion = {
  id: string;
  packageId: string;
  courseId: string;
  version: number;
  manifest: PackageManifest;
  /** Absolute path of the unpacked files. */
  dir: string;
};

export type PackageCourse = CourseEntry & {
  package: { id: string; ownerId: string; latest: StoredVersion; outline: ItemNode };
};

export const isPackageCourse = (course: CourseEntry): course is PackageCourse => "package" in course;

// Versions never change once stored, so a parsed manifest can be kept for the process's life.
const versions = new Map<string, StoredVersion>();
const MAX_CACHED_VERSIONS = 500;

export async function getPackageVersion(versionId: string): Promise<StoredVersion | null> {
  const cached = versions.get(versionId);
  if (cached) return cached;
  const row = await prisma.packageVersion.findUnique({
    where: { id: versionId },
    select: { id: true, packageId: true, version: true, manifest: true, storageDir: true, package: { select: { courseId: true } } },
  });
  return row ? remember(row) : null;
}

type VersionRow = { id: string; packageId: string; version: number; manifest: string; storageDir: string; package: { courseId: string } };

function remember(row: VersionRow): StoredVersion {
  const stored = {
    id: row.id,
    packageId: row.packageId,
    courseId: row.package.courseId,
    version: row.version,
    manifest: JSON.parse(row.manifest) as PackageManifest,
    dir: versionDir(row.storageDir),
  };
  if (versions.size >= MAX_CACHED_VERSIONS) versions.delete(versions.keys().next().value!);
  versions.set(row.id, stored);
  return stored;
}

const packageSelect = {
  id: true,
  courseId: true,
  ownerId: true,
  title: true,
  summary: true,
  tier: true,
  languages: true,
  audience: true,
  prerequisites: true,
  passingScore: true,
  certificateValidityMonths: true,
  estimatedMinutes: true,
  versions: {
    orderBy: { version: "desc" },
    take: 1,
    select: { id: true, packageId: true, version: true, manifest: true, storageDir: true },
  },
} as const;

type PackageRow = {
  id: string;
  courseId: string;
  ownerId: string;
  title: string;
  summary: string;
  tier: string;
  languages: string;
  audience: string;
  prerequisites: string;
  passingScore: number;
  certificateValidityMonths: number | null;
  estimatedMinutes: number;
  versions: Omit<VersionRow, "package">[];
};

export async function getPackageCourse(courseId: string): Promise<PackageCourse | null> {
  const row = await prisma.scormPackage.findUnique({ where: { courseId }, select: packageSelect });
  return row ? toCourse(row) : null;
}

export async function listPackageCourses(): Promise<PackageCourse[]> {
  const rows = await prisma.scormPackage.findMany({ select: packageSelect, orderBy: { createdAt: "asc" } });
  return rows.map(toCourse).filter((c): c is PackageCourse => c !== null);
}

/** The MDX catalog with the package courses added: what the catalog pages and enrolment use. */
export async function getCatalogWithPackages(): Promise<Catalog> {
  const [catalog, packages] = await Promise.all([getCatalog(), listPackageCourses()]);
  const courses = new Map<string, CourseEntry>(catalog.courses);
  for (const course of packages) if (!courses.has(course.meta.id)) courses.set(course.meta.id, course);
  return { ...catalog, courses };
}

/** An MDX course or a package course, by id. */
export async function findCourse(courseId: string): Promise<CourseEntry | null> {
  return (await getCatalog()).courses.get(courseId) ?? (await getPackageCourse(courseId));
}

function toCourse(row: PackageRow): PackageCourse | null {
  const latestRow = row.versions[0];
  if (!latestRow) return null;
  const latest = versions.get(latestRow.id) ?? remember({ ...latestRow, package: { courseId: row.courseId } });
  const { manifest } = latest;
  const languages = readJsonList(row.languages, z.enum(LOCALES), ["en"]);
  const tier = z.enum(TIERS).catch("private-sector").parse(row.tier);
  const meta: CourseMeta = {
    id: row.courseId,
    version: latest.version,
    tier,
    defaultLanguage: languages[0] ?? "en",
    languages,
    audience: readJsonList(row.audience, z.enum(AUDIENCES), ["officials"]),
    estimatedMinutes: row.estimatedMinutes,
    prerequisites: readJsonList(row.prerequisites, z.string(), []),
    passingScore: row.passingScore,
    certificateValidityMonths: row.certificateValidityMonths,
    uncacArticles: [],
    scormVersion: manifest.scormVersion === "1.2" ? "1.2" : "2004",
    translations: {},
    lessons: manifest.scos.map((sco) => ({ id: sco.itemIdentifier, required: true })),
    title: row.title,
    summary: row.summary,
    objectives: [],
  };
  return {
    meta,
    dir: latest.dir,
    lessons: manifest.scos.map((sco) => ({ id: sco.itemIdentifier, required: true, variants: {} })),
    prerequisitesLine: 0,
    package: { id: row.id, ownerId: row.ownerId, latest, outline: manifest.organizations[0]! },
  };
}
