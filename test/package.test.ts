/**
 * Packaging checks that live beside the code (DESIGN.md §6; publint and attw run in CI on the
 * built package): the core's runtime dependencies are the four the brief allows, nothing else is
 * imported at run time, and `"sideEffects": false` is honest: a host that imports one helper
 * does not get the engine, the rule packs or the state table in its bundle.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  sideEffects?: unknown;
};
const ALLOWED = ['date-fns', 'date-fns-tz', 'libphonenumber-js', 'zod'];

/** Bundles `import { names } from 'src/index'` as a host's bundler would; returns the code, the source files kept and the packages it imports. */
async function bundle(names: string[]): Promise<{ code: string; sources: string[]; packages: string[] }> {
  const r = await build({
    stdin: { contents: `import { ${names.join(', ')} } from './src/index';\nconsole.log(${names.join(', ')});`, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    metafile: true,
    treeShaking: true,
    logLevel: 'silent',
  });
  const out = Object.values((r.metafile as Metafile).outputs)[0]!;
  const code = r.outputFiles[0]!.text;
  const packages = [...new Set(out.imports.filter((i) => i.external).map((i) => i.path))].sort();
  return { code, sources: Object.keys(out.inputs).filter((f) => f.startsWith('src/')), packages };
}

const packageName = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
const isBuiltin = (spec: string) => spec.startsWith('node:') || builtinModules.includes(spec);

describe('package: runtime dependencies and tree-shaking', () => {
  it('the core depends on zod, libphonenumber-js, date-fns-tz and date-fns only, and declares no side effects', () => {
    expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual(ALLOWED);
    expect(pkg.sideEffects).toBe(false);
  });

  it('the whole engine imports nothing at run time but those packages and Node built-ins', async () => {
    const { packages, sources } = await bundle(['createEngine', 'defaultRules', 'firm', 'importFtcDnc', 'verifyAuditLines', 'listRules']);
    expect(sources.length).toBeGreaterThan(20); // the engine and its packs really are in this bundle
    expect(packages).toEqual(expect.arrayContaining(['zod', 'date-fns-tz', 'node:crypto'])); // the imports are read at all
    expect(packages.some((p) => p.startsWith('libphonenumber-js'))).toBe(true);
    const foreign = packages.filter((p) => !isBuiltin(p) && !ALLOWED.includes(packageName(p)));
    expect(foreign).toEqual([]);
  });

  it('importing one helper leaves the engine, the rules and the state table out (sideEffects: false holds)', async () => {
    for (const names of [['parseNumber'], ['businessDaysAfter', 'federalHolidays'], ['stateForZip']]) {
      const { sources, code } = await bundle(names);
      expect(sources.filter((f) => f.startsWith('src/rules/') || f.startsWith('src/core/engine') || f.startsWith('src/storage/')), names.join()).toEqual([]);
      expect(code.includes('47 CFR 64.1200'), names.join()).toBe(false);
    }
    const whole = await bundle(['createEngine']);
    expect(whole.code.includes('47 CFR 64.1200')).toBe(true); // the probe string is there when the rules are
  });
});
