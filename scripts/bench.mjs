// npm run bench: a fresh build of both browsers, then every benchmark in bench/ (bench/index.ts).
import { spawnSync } from 'node:child_process';

const step = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
step('npm', ['run', 'build']);
step('npx', ['tsx', 'bench/index.ts']);
