/**
 * The architecture fences in eslint.config.js fire: a component that
 * imports the device store or sync is refused by `npm run lint`, while the
 * same import from a feature is allowed. Linted as text under the real
 * config, as if the file stood at that path.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function fenceErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

const useIt = (from: string) => `import { x } from '${from}';\nexport const y = x;\n`;

describe('lint fences', () => {
  it('refuse a component importing the device store or sync', async () => {
    const local = await fenceErrors(
      'src/client/components/fence-probe.tsx',
      useIt('../local-store/db'),
    );
    expect(local).toEqual([
      expect.stringContaining('src/client/components draws what it is given'),
    ]);
    const sync = await fenceErrors(
      'src/client/components/fence-probe.tsx',
      useIt('../sync/transport'),
    );
    expect(sync).toEqual([expect.stringContaining('never import src/client/sync')]);
  }, 60_000);

  it('let a feature use the device store', async () => {
    expect(
      await fenceErrors('src/client/features/marac/fence-probe.tsx', useIt('../../local-store/db')),
    ).toEqual([]);
  }, 60_000);
});
