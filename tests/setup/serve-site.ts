import type { TestProject } from 'vitest/node';
import { serveStatic } from '../helpers/static-server';

const PORT = Number(process.env.E2E_PORT ?? 4329);

/** Serves the build like a plain static host for the browser tests and hands them its address. */
export default async function setup(project: TestProject) {
  const server = await serveStatic(process.env.OUT_DIR ?? 'dist', PORT);
  project.provide('baseUrl', `http://127.0.0.1:${PORT}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
