// npm run bench: a fresh build of both browsers, then every benchmark in bench/ (bench/index.ts).
import { spawnSync } from 'node:child_process';

const step = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
step('npm', ['run', 'build']);
const bench = spawnSync('npx', ['tsx', 'bench/index.ts'], { stdio: 'inherit' });
// The report table is rewritten in docs/PERFORMANCE.md; keep it in the repository's format.
step('npx', ['prettier', '--write', '--log-level', 'warn', 'docs/PERFORMANCE.md']);
process.exit(bench.status ?? 1);
