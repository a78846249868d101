// Time the peer parser (lib/pv-parser.ts of un-fck/webtv.unfck.org, built by
// ../shared/tools/peer-pv/setup.sh) on every <name>_<lang>.txt of a folder, as bench_folders.py
// times ours: texts read beforehand, the best of ROUNDS passes in one process, by the clock and
// in CPU seconds of the process (process.cpuUsage: user + system, every thread). Prints one JSON
// line. Copied next to the built peer by bench_folders.bench_peer; run there with
//   npx tsx peer_time.ts FOLDER [ROUNDS]
import { readFileSync, readdirSync } from "fs";
import { parsePVText } from "./pv-parser";

const dir = process.argv[2];
const rounds = Number(process.argv[3] ?? "3");
const files = readdirSync(dir).filter((f) => /_[a-z]{2}\.txt$/.test(f));
const texts = files.map((f) => [readFileSync(`${dir}/${f}`, "utf8"), f.match(/_([a-z]{2})\.txt$/)![1]]);
let bytes = 0;
for (const [t] of texts) bytes += Buffer.byteLength(t, "utf8");
let best = Infinity;
let bestCpu = Infinity;
let turns = 0;
for (let round = 0; round < rounds; round++) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  turns = 0;
  for (const [t, l] of texts) {
    try { turns += parsePVText(t, l).turns.length; } catch (e) { /* counted as no turns */ }
  }
  const s = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  best = Math.min(best, s);
  bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1e6);
}
console.log(JSON.stringify({ files: files.length, mb: bytes / 1e6, s: best, cpu_s: bestCpu, turns }));
