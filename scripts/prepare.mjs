// `wxt prepare` generates .wxt/ (types, tsconfig). It fails before entrypoints/ exists, which is
// only the case in a half-made checkout, so that failure must not break `npm install`.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (existsSync('entrypoints')) execSync('npx wxt prepare', { stdio: 'inherit' });
