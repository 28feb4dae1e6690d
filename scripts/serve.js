// Production server: remix-serve's defaults plus the client's IP in the load context, which the
// login rate limit needs (docs/decisions/005-custom-express-server.md).
import path from "node:path";
import url from "node:url";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import "dotenv/config";
import express from "express";

process.env.NODE_ENV ??= "production";
const buildDir = process.env.BUILD_DIR ?? "build";
const buildPath = path.resolve(buildDir, "server/index.js");
const build = await import(url.pathToFileURL(buildPath).href);

// Migrations, content compilation and cache warm-up happen before the port opens.
await build.entry.module.warmUp?.();

const app = express();
app.disable("x-powered-by");
app.use(compression());
app.use("/assets", express.static(`${buildDir}/client/assets`, { immutable: true, maxAge: "1y" }));
// Only paths that look like files go to the disk: a stat() per page request adds up under load.
const publicFiles = express.static(`${buildDir}/client`, { maxAge: "1h", index: false });
app.use((req, res, next) => (/\.[a-z0-9]+$/i.test(req.path) ? publicFiles(req, res, next) : next()));
const getLoadContext = (req) => ({ clientIp: req.socket.remoteAddress ?? "unknown" });
// Lesson pages rendered from unchanged data are answered before Remix (decision 012).
app.get("/courses/:courseId/lessons/:lessonId", async (req, res, next) => {
  try {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      for (const one of Array.isArray(value) ? value : [value]) if (one !== undefined) headers.append(name, one);
    }
    const request = new Request(new URL(req.originalUrl, `http://${req.headers.host ?? "localhost"}`), { method: req.method, headers });
    const cached = await build.entry.module.respondFromPageCache(request, getLoadContext(req));
    if (!cached) return next();
    for (const [name, value] of cached.headers) res.append(name, value);
    res.end(cached.body);
  } catch (error) {
    next(error);
  }
});
app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV, getLoadContext }));

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const server = app.listen(port, host, () => {
  const shown = host === "0.0.0.0" ? "localhost" : host;
  console.log(`Integrity Academy is running at http://${shown}:${port}`);
  if (process.env.QUIET_START !== "1") {
    console.log("Demo logins (password for all: integrity-demo):");
    for (const email of ["learner@demo.academy", "trainer@demo.academy", "orgadmin@demo.academy", "admin@demo.academy"]) {
      console.log(`  ${email}`);
    }
  }
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections?.();
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
