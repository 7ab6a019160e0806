/**
 * `npm run new -- <kind> <id>`: writes an entry skeleton to content/<dir>/<id>.mdx; its placeholders are errors
 * until replaced.
 * `npm run new -- zh <kind> <id> [--stamp]`: a Chinese translation scaffold, or renewed hashes (see new-translation.ts).
 * `npm run new -- kind <name> <中文名> [--dir <folder>]`: writes lib/content/kinds/<name>.ts (the minimal kind),
 * registers it in lib/content/kinds/registry.ts and creates content/<folder>/ (default: <name>s).
 *
 * Subcommands are the keys of COMMANDS; anything else is read as `<kind> <id>`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEntryId, suggestId } from '../lib/content/ids';
import { KIND_INFO, KINDS, type Kind } from '../lib/content/kinds';
import { kindFileText, MINIMAL_KIND_FILE, newKindProblem, registerKind } from '../lib/content/new-kind';
import { scaffoldEntry } from '../lib/content/scaffold';

const root = process.cwd();

/** Ends the command with a message on stderr. */
function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

/** Splits `--name value` options from positional arguments. */
function parseArgs(args: readonly string[]): { positional: string[]; options: Map<string, string> } {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--')) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) fail(`The option ${a} needs a value.`);
      options.set(a.slice(2), value);
      i++;
    } else positional.push(a);
  }
  return { positional, options };
}

interface Command {
  usage: string;
  run(positional: string[], options: Map<string, string>): void;
}

const COMMANDS: Record<string, Command> = {
  kind: {
    usage: 'npm run new -- kind <name> <中文名> [--dir <folder>]',
    run([name, labelZh], options) {
      if (!name || !labelZh) fail(`Usage: ${COMMANDS.kind.usage}\n  e.g. npm run new -- kind guideline 指南`);
      const k = { name, dir: options.get('dir') ?? `${name}s`, labelZh };
      const problem = newKindProblem(k, {
        names: KINDS,
        dirs: KINDS.map((x) => KIND_INFO[x].dir),
        // Site routes: app/ itself (files, the zh edition) and the English pages' route group.
        routes: [...readdirSync(join(root, 'app')), ...readdirSync(join(root, 'app/(en)'))].map((f) => f.replace(/\.[^.]*$/, '')),
        reserved: [...Object.keys(COMMANDS), 'zh'],
      });
      if (problem) fail(problem);
      const kindFile = join('lib/content/kinds', `${name}.ts`);
      if (existsSync(join(root, kindFile))) fail(`${kindFile} already exists.`, 1);
      const registryFile = join(root, 'lib/content/kinds/registry.ts');
      const registered = registerKind(readFileSync(registryFile, 'utf8'), name);
      if ('problem' in registered) fail(`${registered.problem}; add the kind to it by hand (see README, "A new kind").`, 1);
      writeFileSync(join(root, kindFile), kindFileText(readFileSync(join(root, MINIMAL_KIND_FILE), 'utf8'), k));
      writeFileSync(registryFile, registered.text);
      mkdirSync(join(root, 'content', k.dir), { recursive: true });
      console.log(
        [
          `Created ${kindFile}, registered it in lib/content/kinds/registry.ts and created content/${k.dir}/.`,
          `Next: add its fields to the schema (with JSDoc), then its entries with npm run new -- ${name} <id>,`,
          'and run: npm run check:content && npm run typecheck',
        ].join('\n'),
      );
    },
  },
};

/** `<kind> <id>`: a new entry. */
function newEntry([kindArg, id]: string[]): void {
  const kind = KINDS.find((k) => k === kindArg || KIND_INFO[k].dir === kindArg) as Kind | undefined;
  if (!kind || !id) {
    const usages = [
      'npm run new -- <kind> <id>',
      'npm run new -- zh <kind> <id> [--stamp]',
      ...Object.values(COMMANDS).map((c) => c.usage),
    ];
    fail(`Usage:\n${usages.map((u) => `  ${u}`).join('\n')}\n  kinds: ${KINDS.join(', ')}`);
  }
  if (!isEntryId(id)) fail(`"${id}" is not a valid id (ASCII kebab-case). Try: ${suggestId(id) || 'my-entry'}`);
  for (const k of KINDS) {
    if (existsSync(join(root, 'content', KIND_INFO[k].dir, `${id}.mdx`)))
      fail(`The id "${id}" is already used by content/${KIND_INFO[k].dir}/${id}.mdx`, 1);
  }
  const file = join('content', KIND_INFO[kind].dir, `${id}.mdx`);
  mkdirSync(join(root, 'content', KIND_INFO[kind].dir), { recursive: true });
  writeFileSync(join(root, file), scaffoldEntry(kind, id, new Date().toISOString().slice(0, 10)));
  console.log(
    `Created ${file}. Replace its placeholders (npm run check:content lists what is left), link to it from a related entry, then run: npm run check:content`,
  );
}

const [first, ...rest] = process.argv.slice(2);
// `zh` takes a flag without a value (--stamp), so it reads its own arguments.
if (first === 'zh') {
  const { newTranslation } = await import('./new-translation');
  process.exit(await newTranslation(rest));
}
const { positional, options } = parseArgs(rest);
const command = first !== undefined && Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
if (command) command.run(positional, options);
else newEntry([first, ...positional].filter((a): a is string => a !== undefined));
