// Runs detached beside a throwaway server (see cluster.ts): `node cluster-guard.js <owner pid> <server pid> <dir>`.
// When the owner dies without stopping the server (SIGKILL, a crashed test runner), the guard shuts the server
// down and removes its folder. When the server stops normally, the guard just leaves.
import { rmSync } from "node:fs";

// How often the guard looks at both processes (ms).
const POLL_MS = 250;
// How long the server may take to go after SIGQUIT before it is killed outright (ms).
const QUIT_GRACE_MS = 5_000;

const [owner, server, dir] = process.argv.slice(2);
const ownerPid = Number(owner);
const serverPid = Number(server);

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
};

const timer = setInterval(() => {
  if (!alive(serverPid)) return finish();
  if (alive(ownerPid)) return;
  process.kill(serverPid, "SIGQUIT"); // immediate shutdown: the data is thrown away anyway
  const deadline = Date.now() + QUIT_GRACE_MS;
  const wait = setInterval(() => {
    if (alive(serverPid) && Date.now() < deadline) return;
    if (alive(serverPid)) process.kill(serverPid, "SIGKILL");
    clearInterval(wait);
    finish();
  }, POLL_MS);
  clearInterval(timer);
}, POLL_MS);

function finish(): void {
  clearInterval(timer);
  if (dir && /dossier-pg-/.test(dir)) rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
