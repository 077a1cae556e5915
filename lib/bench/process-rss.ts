import { readFile } from "node:fs/promises";

// Resident memory of a process and all its descendants, read from /proc (Linux), so that a server
// that forks workers (next start may) is measured whole.

export async function treeRssBytes(pid: number): Promise<number> {
  let total = 0;
  for (const id of await descendantsAndSelf(pid)) total += await rssBytes(id);
  return total;
}

async function rssBytes(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    return Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0; // exited meanwhile
  }
}

async function descendantsAndSelf(pid: number): Promise<number[]> {
  const found = [pid];
  for (let i = 0; i < found.length; i++) {
    const id = found[i] as number;
    try {
      const children = await readFile(`/proc/${id}/task/${id}/children`, "utf8");
      for (const child of children.trim().split(/\s+/).filter(Boolean)) found.push(Number(child));
    } catch {
      // exited meanwhile
    }
  }
  return found;
}
