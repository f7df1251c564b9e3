// Which Chromium the tests, benchmarks and screenshots drive: CHROMIUM_PATH, else Debian's headless shell (the
// lighter build that set-up installs for tests), else Debian's full Chromium.
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path)) ?? '/usr/bin/chromium';
