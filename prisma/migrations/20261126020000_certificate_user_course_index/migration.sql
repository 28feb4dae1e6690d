-- DropIndex
DROP INDEX "Certificate_userId_idx";

-- CreateIndex
CREATE INDEX "Certificate_userId_courseId_idx" ON "Certificate"("userId", "courseId");

