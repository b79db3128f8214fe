// Runs the end-to-end suite against the built extension. Where this machine can make a network
// namespace (Linux, root or user namespaces), the whole run happens inside one with only loopback
// up: proof that Hutong works with no network and makes no request that could leave the machine.
// Set HUTONG_NETNS=0 to run on the normal network (e.g. on a laptop without unshare).
import { spawnSync } from 'node:child_process';

// Both browsers present and new enough for the manifests' minimums, or one line saying how to fix it.
if (spawnSync('npx', ['tsx', 'scripts/check-env.ts'], { stdio: 'inherit' }).status !== 0) {
  process.exit(1);
}

const args = ['playwright', 'test', ...process.argv.slice(2)];
const canUnshare =
  process.platform === 'linux' &&
  process.env.HUTONG_NETNS !== '0' &&
  spawnSync('unshare', ['-n', 'true']).status === 0 &&
  spawnSync('sh', ['-c', 'command -v ip']).status === 0;

const result = canUnshare
  ? spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up && exec npx "$@"', 'sh', ...args], {
      stdio: 'inherit',
      env: { ...process.env, HUTONG_OFFLINE: '1' },
    })
  : spawnSync('npx', args, { stdio: 'inherit' });

if (canUnshare) console.log('e2e: ran inside a network namespace with only loopback up');
else console.log('e2e: ran on the normal network (no network namespace available)');
process.exit(result.status ?? 1);
