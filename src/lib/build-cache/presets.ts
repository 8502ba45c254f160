import type { ContextFile } from './build.ts';

/** A lesson for the build-cache playground: a Dockerfile, its context, and an edit to try. */
export interface Preset {
  id: string;
  title: string;
  /** What the reader should notice, in a sentence or two. */
  lesson: string;
  dockerfile: string;
  files: ContextFile[];
  /** The change the page suggests before the second build (and makes in the pre-rendered one). */
  edit:
    | { path: string; content: string; say: string }
    | { dockerfile: string; say: string }
    | { buildArgs: Record<string, string>; say: string };
  buildArgs?: Record<string, string>;
}

const PACKAGE_JSON = '{\n  "name": "web",\n  "dependencies": { "express": "^5.1.0" }\n}\n';

export const PRESETS: readonly Preset[] = [
  {
    id: 'dependencies-first',
    title: 'Copy the dependency list before the code',
    lesson:
      'Editing server.js only rebuilds from COPY . . on: npm ci stays cached, because the files it depends on (package.json and the lock file) were copied in a step of their own.',
    dockerfile: `FROM {{node}}-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY . .\nCMD ["node", "server.js"]\n`,
    files: [
      { path: 'package.json', content: PACKAGE_JSON },
      { path: 'package-lock.json', content: '{ "lockfileVersion": 3 }\n' },
      { path: 'server.js', content: 'console.log("listening");\n' },
    ],
    edit: {
      path: 'server.js',
      content: 'console.log("listening on 3000");\n',
      say: 'Edit server.js, then build again.',
    },
  },
  {
    id: 'run-string',
    title: 'Why apt-get update did not run again',
    lesson:
      'RUN matches on its command string only. The second build reuses the layer from the first, even if the package lists on the mirror changed since: change the command, or build with --no-cache, to fetch them again. That is also why update and install belong in one RUN.',
    dockerfile: `FROM {{ubuntu}}\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nCMD ["curl", "--version"]\n`,
    files: [],
    edit: {
      dockerfile: `FROM {{ubuntu}}\nRUN apt-get update && apt-get install -y --no-install-recommends curl git\nCMD ["curl", "--version"]\n`,
      say: 'Add git to the install, then build again.',
    },
  },
  {
    id: 'dockerignore',
    title: '.dockerignore keeps node_modules out of the cache key',
    lesson:
      'Files that .dockerignore excludes are never sent to the builder, so a change to them cannot bust the cache of COPY . . . Delete the .dockerignore file and edit node_modules again to see the difference.',
    dockerfile: `FROM {{node}}-slim\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\nCOPY . .\nCMD ["node", "server.js"]\n`,
    files: [
      { path: '.dockerignore', content: 'node_modules\n.git\n' },
      { path: 'package.json', content: PACKAGE_JSON },
      { path: 'server.js', content: 'console.log("listening");\n' },
      { path: 'node_modules/express/package.json', content: '{ "version": "5.1.0" }\n' },
    ],
    edit: {
      path: 'node_modules/express/package.json',
      content: '{ "version": "5.1.1" }\n',
      say: 'Edit a file under node_modules, then build again.',
    },
  },
  {
    id: 'multi-stage',
    title: 'A multi-stage build leaves the compiler behind',
    lesson:
      'The final image starts from a small base and copies only the built program from the build stage; the Go toolchain and the sources stay in the build stage. Editing the README does not rebuild anything, since no step copies it; editing main.go rebuilds the build stage and the COPY --from after it.',
    dockerfile: `FROM {{golang}} AS build\nWORKDIR /src\nCOPY go.mod main.go ./\nRUN go build -o /out/hello .\n\nFROM {{alpine}}\nCOPY --from=build /out/hello /usr/local/bin/hello\nUSER 1000\nCMD ["hello"]\n`,
    files: [
      { path: 'go.mod', content: 'module example.com/hello\n\ngo 1.27\n' },
      { path: 'main.go', content: 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello") }\n' },
      { path: 'README.md', content: '# hello\n' },
    ],
    edit: {
      path: 'main.go',
      content: 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello, again") }\n',
      say: 'Edit main.go, then build again.',
    },
  },
];

/** Fills `{{name}}` in a preset's Dockerfile with the declared example image `name:tag`. */
export function withImages(text: string, images: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{([a-z-]+)\}\}/g, (token, name: string) =>
    images[name] ? `${name}:${images[name]}` : token,
  );
}
