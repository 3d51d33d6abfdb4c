import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp } from "./app.js";
import type { ServeContext } from "./context.js";

// The app on a real socket. Port 0 asks the system for a free port; the URL returned names the one it got.

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** The URL a browser uses for host and port (IPv6 addresses go in brackets). */
export const serverUrl = (host: string, port: number): string => `http://${host.includes(":") ? `[${host}]` : host}:${port}/`;

/**
 * Warm the app, then listen: the story page reads the whole store and the busiest actors' charts take a while to
 * draw, so they are made before the port opens and the first visitor waits no longer than the later ones.
 */
export async function startServer(ctx: ServeContext, opts: { host: string; port: number }): Promise<RunningServer> {
  const { app, warm } = createApp(ctx);
  // a store the pages cannot read still gets a server: its pages answer with the error, and the log has the cause
  await warm().catch((err: Error) => ctx.log(`warming the pages failed: ${err.stack ?? err.message}`));
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info: AddressInfo) => {
      server.off("error", reject);
      resolve({
        url: serverUrl(opts.host, info.port),
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            // keep-alive connections of browsers would hold close() open
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.once("error", reject);
  });
}
