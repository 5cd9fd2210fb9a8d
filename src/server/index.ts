// Server stage: the web app over a story base, listening on loopback unless told otherwise.
import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.ts';
import { isLoopbackAddress } from './security.ts';
import type { StoryBase } from './types.ts';

export { createApp } from './app.ts';

export interface ServeOptions extends AppOptions {
  port?: number;
  host?: string;
}

export interface RunningServer {
  /** http://host:port */
  url: string;
  server: ServerType;
  close(): Promise<void>;
}

export async function startServer(base: StoryBase, options: ServeOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const app = createApp(base, {
    ...options,
    loopbackOnly: options.loopbackOnly ?? isLoopbackAddress(host),
    clientOf:
      options.clientOf ??
      ((c) => {
        try {
          return getConnInfo(c as never).remote.address ?? 'unknown';
        } catch {
          return 'unknown';
        }
      }),
  });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: host }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.once('error', reject);
  });
}
