import type { ContextFile } from './build.ts';

/**
 * Builds recorded on a real Engine (scripts/record/build-cache-traces.ts) and replayed through the
 * simulator in tests/unit/build-cache.test.ts: each scenario is a Dockerfile, a context, and a
 * list of builds, each after an edit. They mirror the playground's presets with a busybox base
 * that builds offline; the cache rules they exercise are the same.
 */
export interface Scenario {
  name: string;
  dockerfile: string;
  files: ContextFile[];
  builds: {
    edit?: { path: string; content: string | null };
    buildArgs?: Record<string, string>;
    dockerfile?: string;
  }[];
}

const BASE = 'local/busybox:1';

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'dependencies-first',
    dockerfile: `FROM ${BASE}\nWORKDIR /app\nCOPY package.json ./\nRUN cat package.json > installed.txt\nCOPY . .\nCMD ["cat", "server.js"]\n`,
    files: [
      { path: 'package.json', content: '{"dependencies":{"express":"5"}}\n' },
      { path: 'server.js', content: 'console.log("v1")\n' },
    ],
    builds: [
      {},
      { edit: { path: 'server.js', content: 'console.log("v2")\n' } },
      { edit: { path: 'package.json', content: '{"dependencies":{"express":"5","pg":"8"}}\n' } },
    ],
  },
  {
    name: 'everything-first',
    dockerfile: `FROM ${BASE}\nWORKDIR /app\nCOPY . .\nRUN cat package.json > installed.txt\nCMD ["cat", "server.js"]\n`,
    files: [
      { path: 'package.json', content: '{"dependencies":{"express":"5"}}\n' },
      { path: 'server.js', content: 'console.log("v1")\n' },
    ],
    builds: [{}, { edit: { path: 'server.js', content: 'console.log("v2")\n' } }],
  },
  {
    name: 'run-string',
    dockerfile: `FROM ${BASE}\nRUN echo "package lists fetched" > /lists\nRUN echo curl > /installed\n`,
    files: [],
    builds: [
      {},
      {},
      { dockerfile: `FROM ${BASE}\nRUN echo "package lists fetched" > /lists\nRUN echo curl git > /installed\n` },
    ],
  },
  {
    name: 'dockerignore',
    dockerfile: `FROM ${BASE}\nWORKDIR /app\nCOPY . .\nCMD ["cat", "app.js"]\n`,
    files: [
      { path: '.dockerignore', content: 'node_modules\n' },
      { path: 'app.js', content: 'console.log("app")\n' },
      { path: 'node_modules/lib/index.js', content: 'module.exports = 1\n' },
    ],
    builds: [
      {},
      { edit: { path: 'node_modules/lib/index.js', content: 'module.exports = 2\n' } },
      { edit: { path: '.dockerignore', content: null } },
      { edit: { path: 'node_modules/lib/index.js', content: 'module.exports = 3\n' } },
    ],
  },
  {
    name: 'multi-stage',
    dockerfile: `FROM ${BASE} AS build\nWORKDIR /src\nCOPY main.c .\nRUN cp main.c app\nFROM ${BASE}\nCOPY --from=build /src/app /usr/local/bin/app\nCMD ["cat", "/usr/local/bin/app"]\n`,
    files: [
      { path: 'main.c', content: 'int main(void) { return 0; }\n' },
      { path: 'README.md', content: 'notes\n' },
    ],
    builds: [
      {},
      { edit: { path: 'README.md', content: 'more notes\n' } },
      { edit: { path: 'main.c', content: 'int main(void) { return 1; }\n' } },
    ],
  },
  {
    name: 'build-argument',
    dockerfile: `FROM ${BASE}\nARG VERSION=1\nRUN echo "$VERSION" > /version\nCMD ["cat", "/version"]\n`,
    files: [],
    builds: [{ buildArgs: { VERSION: '1' } }, { buildArgs: { VERSION: '1' } }, { buildArgs: { VERSION: '2' } }],
  },
];

/** The context and Dockerfile of each build of a scenario, after its edits so far. */
export function toScenarioBuilds(
  scenario: Scenario,
): { dockerfile: string; files: ContextFile[]; buildArgs: Record<string, string> }[] {
  let files = [...scenario.files];
  let dockerfile = scenario.dockerfile;
  return scenario.builds.map((build) => {
    if (build.dockerfile) dockerfile = build.dockerfile;
    if (build.edit) {
      const { path, content } = build.edit;
      files = files.filter((file) => file.path !== path);
      if (content !== null) files.push({ path, content });
    }
    return { dockerfile, files: [...files], buildArgs: build.buildArgs ?? {} };
  });
}
