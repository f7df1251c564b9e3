// Slow pure functions run beside the build's page rendering, on another core: a module `offload`s them, and the same
// module, started again in a worker thread, `serve`s them. Only a built module (.mjs, as in the production build) can
// be started in a worker; from source (the dev server, tests) the functions run where they are called. Results are
// the same either way: the functions are pure, and each lane is one worker, called in order.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

type Fn = (...args: any[]) => unknown;
type Async<F extends Record<string, Fn>> = { [K in keyof F]: (...args: Parameters<F[K]>) => Promise<Awaited<ReturnType<F[K]>>> };

interface Call {
  id: number;
  name: string;
  args: unknown[];
}
type Reply = { id: number; value: unknown } | { id: number; error: string };

/**
 * In a worker that `offload` started for `service` of the module at `url`: answers calls to `fns`. Anywhere else it
 * does nothing. A bundler may put two modules that serve into one file; the service's name tells them apart.
 */
export function serve(service: string, url: string, fns: Record<string, Fn>): void {
  const data = workerData as { module?: string; service?: string } | null;
  if (isMainThread || data?.module !== url || data.service !== service) return;
  parentPort!.on('message', async ({ id, name, args }: Call) => {
    try {
      const fn = fns[name];
      if (!fn) throw new Error(`${service} (${url}) serves no function named ${name}`);
      parentPort!.postMessage({ id, value: await fn(...args) } satisfies Reply);
    } catch (error) {
      parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies Reply);
    }
  });
}

/** Whether the module at `url` can be started in a worker: a built ES module on disk, not a source file. */
export const canStartWorker = (url: string) => isMainThread && url.startsWith('file:') && url.endsWith('.mjs');

/** One worker running `service` of the module at `url`: held open only while a call waits, so it never keeps the build alive. */
function lane(service: string, url: string) {
  let worker: Worker | undefined;
  let next = 0;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; name: string }>();
  const start = () => {
    const w = new Worker(new URL(url), { workerData: { module: url, service } });
    w.on('message', (reply: Reply) => {
      const call = waiting.get(reply.id);
      if (!call) return;
      waiting.delete(reply.id);
      if (waiting.size === 0) w.unref();
      if ('error' in reply) call.reject(new Error(`${call.name} in a worker thread: ${reply.error}`));
      else call.resolve(reply.value);
    });
    // A worker that fails or ends fails the calls it still owes; the next call starts a new one.
    const fail = (why: string) => {
      if (worker !== w) return;
      for (const call of waiting.values()) call.reject(new Error(`${call.name}: its worker thread ${why}`));
      waiting.clear();
      worker = undefined;
    };
    w.on('error', (error) => fail(`failed: ${error.message}`));
    w.on('exit', (code) => fail(`ended (exit code ${code})`));
    return w;
  };
  return (name: string, args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      worker ??= start();
      if (waiting.size === 0) worker.ref();
      const id = next++;
      waiting.set(id, { resolve, reject, name });
      worker.postMessage({ id, name, args } satisfies Call);
    });
}

/**
 * `fns` of the module at `url` as async functions. Where the module can be started in a worker, each call goes to
 * the worker of its lane (`laneOf` names it from the call, e.g. by language, so what a worker builds for one lane is
 * built once); elsewhere it runs here. The module must `serve(service, url, fns)` with the same name and functions.
 */
export function offload<F extends Record<string, Fn>>(service: string, url: string, fns: F, laneOf: (name: keyof F, args: unknown[]) => string): Async<F> {
  const lanes = new Map<string, ReturnType<typeof lane>>();
  const call = (name: keyof F & string, args: unknown[]) => {
    if (!canStartWorker(url)) return Promise.resolve().then(() => fns[name]!(...args));
    const key = laneOf(name, args);
    let run = lanes.get(key);
    if (!run) lanes.set(key, (run = lane(service, url)));
    return run(name, args);
  };
  return Object.fromEntries(Object.keys(fns).map((name) => [name, (...args: unknown[]) => call(name, args)])) as unknown as Async<F>;
}
