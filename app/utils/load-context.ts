declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Set by scripts/serve.js from the socket; absent under `remix vite:dev`. */
    clientIp?: string;
  }
}

export {};
