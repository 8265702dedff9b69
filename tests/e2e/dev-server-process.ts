/**
 * A development server (`vite`, as `npm start`) started by a spec on its own port, for what exists in
 * development only (the live preview, the card preview). Stopped with its process group.
 */
import { spawn, type ChildProcess } from 'node:child_process';

/** A running development server. */
export interface DevServer {
  stop(): void;
}

/** Starts `vite` on `port` and waits (up to a minute) until it answers. */
export async function startDevServer(port: number): Promise<DevServer> {
  const server: ChildProcess = spawn('npx', ['vite', '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = (): void => {
    if (server.pid) process.kill(-server.pid);
  };
  for (let i = 0; i < 120; i++) {
    const up = await fetch(`http://localhost:${port}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return { stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error('the development server did not start');
}
