/**
 * Listens on a port and shuts down gracefully on SIGINT/SIGTERM: stop
 * accepting connections, let requests in flight finish, then close the
 * database. Each mutation commits on its own, so even a hard kill leaves
 * nothing half-applied; this just avoids cutting answers off.
 */
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AppEnv } from './deps';
import type { Storage } from './storage/types';

const FORCE_CLOSE_AFTER_MS = 10_000;

export function listen(
  app: Hono<AppEnv>,
  at: { host: string; port: number },
  storage: Storage,
  label: string,
): Server {
  const server = serve({ fetch: app.fetch, port: at.port, hostname: at.host }, (info) => {
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    console.log(`${label} listening on http://${host}:${info.port}`);
  }) as Server;

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing requests in flight, then stopping.`);
    server.close(() => {
      void storage.close().then(() => process.exit(0));
    });
    server.closeIdleConnections();
    setTimeout(() => {
      server.closeAllConnections();
    }, FORCE_CLOSE_AFTER_MS).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  return server;
}
