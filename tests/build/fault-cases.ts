/** The page every fault is injected into, as the messages should name it. */
export const FAULT_FILE = 'content/image.mdx';

/** One way a page can be wrong, and what the failed build must say about it. */
export interface FaultCase {
  /** Named after the fault, as in `duplicate-anchor`. */
  name: string;
  /** Turns the base fixture's content/image.mdx into the faulty one. */
  inject: (source: string) => string;
  /** Text on the line the message must point at (the first line of the faulty page holding it). */
  at: string;
  /** What the message must say so an author knows the fix. */
  fix: RegExp;
  /** The column the message must point at on that line, when the check knows it. */
  column?: number;
}

/** Replaces text that must be in the source, so a fixture change cannot silently turn a case into a no-op. */
function replace(source: string, from: string, to: string): string {
  if (!source.includes(from)) throw new Error(`the base fixture no longer contains ${JSON.stringify(from)}`);
  return source.replace(from, to);
}

/** A line of the base page after which a case can add a section. */
export const AFTER_LAYERS = 'An image is a stack of layers.';

/** Every fault the build must refuse. */
export const FAULT_CASES: readonly FaultCase[] = [
  {
    name: 'frontmatter-yaml-syntax',
    inject: (source) => replace(source, 'title: Images', 'title: "Images'),
    at: 'title: "Images',
    fix: /frontmatter is not valid YAML: .*\. Check quotes, colons and indentation on this line/,
  },
  {
    name: 'frontmatter-missing-title',
    inject: (source) => replace(source, 'title: Images\n', ''),
    at: '---',
    fix: /frontmatter field "title" is missing: add the page title, 3–60 characters, e\.g\. `title: Volumes and mounts`/,
  },
  {
    name: 'frontmatter-description-too-short',
    inject: (source) => source.replace(/^description: .*$/m, 'description: Too short.'),
    at: 'description: Too short.',
    fix: /frontmatter field "description": .*50.*\. Write one sentence for search results and link previews, 50–160 characters/,
  },
  {
    name: 'frontmatter-unknown-field',
    inject: (source) => replace(source, 'nav: Image\n', 'nav: Image\nauthor: Someone\n'),
    at: 'author: Someone',
    fix: /unknown frontmatter field "author": remove it: the fields are title, description, order, nav, versions, related/,
  },
  {
    name: 'mdx-unclosed-jsx-tag',
    inject: (source) => replace(source, AFTER_LAYERS, `${AFTER_LAYERS}\n\n<div class="note">\n\nA note.`),
    at: '<div class="note">',
    fix: /closing tag|<\/div>|close/i,
  },
  {
    name: 'mdx-stray-brace',
    inject: (source) => replace(source, AFTER_LAYERS, `${AFTER_LAYERS}\n\nSizes are { approximate.`),
    at: 'Sizes are { approximate.',
    fix: /\\\{|escape|brace|expression/i,
  },
  {
    name: 'mermaid-does-not-parse',
    inject: (source) =>
      replace(source, '  index --> amd["Manifest linux/amd64"]', '  index --> amd["Manifest linux/amd64"]]'),
    at: '  index --> amd["Manifest linux/amd64"]]',
    fix: /Mermaid diagram does not render: .*(Parse error|Expecting)/,
  },
  {
    name: 'diagram-without-caption',
    inject: (source) => source.replace(/```mermaid caption=".*"/, '```mermaid'),
    at: '```mermaid',
    fix: /Mermaid diagram has no caption: write ```mermaid caption="/,
  },
  {
    name: 'missing-image',
    inject: (source) => replace(source, AFTER_LAYERS, `${AFTER_LAYERS}\n\n![The layers of an image](./missing.png)`),
    at: '![The layers of an image](./missing.png)',
    fix: /image \.\/missing\.png does not exist: add the file next to the page \(or under public\/ for \/paths\), or fix the path/,
  },
  {
    name: 'duplicate-anchor',
    inject: (source) => replace(source, AFTER_LAYERS, `${AFTER_LAYERS}\n\n## Layers again {/* #layers */}`),
    at: '## Layers again {/* #layers */}',
    fix: /Anchor "#layers" is used twice on this page \(first at line 12\): give heading "Layers again" an anchor of its own/,
  },
  {
    name: 'unpinned-heading',
    inject: (source) => replace(source, AFTER_LAYERS, `${AFTER_LAYERS}\n\n## Sharing layers`),
    at: '## Sharing layers',
    fix: /Heading "Sharing layers" has no pinned anchor: end it with \{\/\* #sharing-layers \*\/\}/,
  },
  {
    name: 'broken-internal-link',
    inject: (source) => replace(source, 'Back to the [overview](/#start-here).', 'Back to the [overview](/imgae/).'),
    at: 'Back to the [overview](/imgae/).',
    fix: /link \/imgae\/: no page at \/imgae\/; did you mean \/image\/\?/,
  },
  {
    name: 'broken-anchor',
    inject: (source) => replace(source, 'See [layers](#layers) again.', 'See [layers](#layer) again.'),
    at: 'See [layers](#layer) again.',
    fix: /link #layer: no anchor #layer on \/image\/; did you mean #layers\?/,
  },
  {
    name: 'unknown-flag',
    inject: (source) => replace(source, 'docker image ls\n', 'docker image ls --al\n'),
    at: 'docker image ls --al',
    fix: /`docker image ls` has no flag `--al`; did you mean `--all`/,
  },
  {
    name: 'removed-command',
    inject: (source) => replace(source, 'docker image ls\n', 'docker-compose up -d\n'),
    at: 'docker-compose up -d',
    fix: /`docker-compose` is removed \(.*\): use `docker compose` instead; or mark a snippet that shows it on purpose with `legacy`/,
  },
  {
    name: 'invalid-compose-file',
    inject: (source) =>
      replace(
        source,
        AFTER_LAYERS,
        `${AFTER_LAYERS}\n\n\`\`\`yaml title="compose.yaml"\nservices:\n  web:\n    image: {{image:nginx}}\n    ports: 8080\n\`\`\`\n`,
      ),
    at: '    ports: 8080',
    fix: /Compose file is not valid at services\.web\.ports: must be array/,
  },
  {
    name: 'invalid-dockerfile',
    inject: (source) =>
      replace(
        source,
        AFTER_LAYERS,
        `${AFTER_LAYERS}\n\n\`\`\`dockerfile title="Dockerfile"\nFROM {{image:alpine}}\nRUNN apk add curl\n\`\`\`\n`,
      ),
    at: 'RUNN apk add curl',
    fix: /Unknown Dockerfile instruction `RUNN`: did you mean RUN\? The instructions are ADD, ARG, .*, RUN, /,
  },
  {
    name: 'unsupported-example-tag',
    inject: (source) => replace(source, 'docker image ls\n', 'docker image pull nginx:1.27\n'),
    at: 'docker image pull nginx:1.27',
    fix: /nginx:1\.27 is not a tag the official nginx image publishes .*write \{\{image:nginx\}\} for nginx:1\.30/,
  },
  {
    name: 'unknown-example-image',
    inject: (source) => replace(source, 'docker image ls\n', 'docker image pull {{image:ngnix}}\n'),
    at: 'docker image pull {{image:ngnix}}',
    fix: /\{\{image:ngnix\}\} names no example image; declare "ngnix" in src\/data\/example-images\.json or use one of: nginx, /,
  },
  {
    name: 'shell-breaking-placeholder',
    inject: (source) => replace(source, 'docker image ls\n', 'docker image pull nginx@sha256:<digest>\n'),
    at: 'docker image pull nginx@sha256:<digest>',
    column: 32,
    // The fix names the UPPER_CASE word and the fence meta, which the injected text does not contain.
    fix: /a shell reads `<` as a redirection[^\n]*Write DIGEST instead and declare it on the fence, ```sh placeholder="DIGEST"`/,
  },
  {
    name: 'unused-placeholder',
    inject: (source) => replace(source, '```sh\ndocker image ls\n', '```sh placeholder="DIGEST"\ndocker image ls\n'),
    at: '```sh placeholder="DIGEST"',
    column: 1,
    fix: /does not occur in this block: use DIGEST in the block or remove it from placeholder=/,
  },
  {
    name: 'unknown-fence-key',
    inject: (source) => replace(source, '```sh\ndocker image ls\n', '```sh tilte="list.sh"\ndocker image ls\n'),
    at: '```sh tilte="list.sh"',
    column: 7,
    // The fix names the key meant and the keys there are, which the injected text does not contain.
    fix: /Unknown fence key "tilte"\. Did you mean title\? A fence may carry title, caption, placeholder, legacy, simulate, id, variants\./,
  },
  {
    name: 'snippet-output-contradicts-engine',
    inject: (source) =>
      replace(
        source,
        AFTER_LAYERS,
        `${AFTER_LAYERS}\n\n\`\`\`sh\n$ docker volume create db\nwrong-volume-name\n\`\`\`\n`,
      ),
    at: 'wrong-volume-name',
    fix: /The output shown for `docker volume create db` disagrees with the playground's engine:\n {2}the page shows: {2}wrong-volume-name\n {2}the engine prints: db[\s\S]*simulate="no: REASON"/,
  },
  {
    name: 'snippet-command-not-simulated',
    inject: (source) =>
      replace(source, AFTER_LAYERS, `${AFTER_LAYERS}\n\n\`\`\`sh\n$ docker swarm init\nSwarm initialized\n\`\`\`\n`),
    at: '$ docker swarm init',
    fix: /`docker swarm init` is not simulated by the playground's engine: the playground does not simulate `docker swarm init`[\s\S]*```sh simulate="no: REASON"/,
  },
  {
    name: 'simulate-mark-without-reason',
    inject: (source) =>
      replace(
        source,
        AFTER_LAYERS,
        `${AFTER_LAYERS}\n\n\`\`\`sh simulate="no:"\n$ docker swarm init\nSwarm initialized\n\`\`\`\n`,
      ),
    at: '```sh simulate="no:"',
    fix: /simulate="no:" is not understood: the one form is simulate="no: REASON"/,
  },
  {
    name: 'trace-variant-not-recorded',
    inject: (source) =>
      replace(
        source,
        AFTER_LAYERS,
        `${AFTER_LAYERS}\n\n\`\`\`docker-run-trace id="run" variants="pull" caption="A run."\n\`\`\`\n`,
      ),
    at: '```docker-run-trace id="run" variants="pull" caption="A run."',
    fix: /No recorded variant "pull" in src\/data\/traces\/docker-run\.json; recorded: pull-attached-rm, local-attached-rm/,
  },
  {
    name: 'answers-not-a-docker-message',
    inject: (source) =>
      replace(
        source,
        AFTER_LAYERS,
        `${AFTER_LAYERS}\n\n\`\`\`answers\nerror: the port is busy\nfix: Use another port for it.\n\`\`\`\n`,
      ),
    at: 'error: the port is busy',
    fix: /"the port is busy" is not a message Docker prints: copy it exactly from Docker's output, or add its pattern and source file to src\/lib\/search\/docker-errors\.ts/,
  },
  {
    name: 'answers-empty-question',
    inject: (source) => replace(source, AFTER_LAYERS, `${AFTER_LAYERS}\n\n\`\`\`answers\nquestion:\n\`\`\`\n`),
    at: 'question:',
    fix: /A "question:" line is empty: write the question as a reader would ask it, ending with "\?"/,
  },
  {
    name: 'answers-declared-twice',
    // Two sections claim one error: the search vocabulary, which sees every page, refuses the second.
    inject: (source) =>
      replace(
        source,
        AFTER_LAYERS,
        `${AFTER_LAYERS}\n\n\`\`\`answers\nerror: No such image: my-app:1.0\nfix: List the images you have with docker image ls.\n\`\`\`\n\n## Layers again {/* #layers-again */}\n\n\`\`\`answers\nerror: Error response from daemon: No such image: web:2\nfix: Pull the image first, or check its tag.\n\`\`\`\n`,
      ),
    at: 'error: Error response from daemon: No such image: web:2',
    fix: /The error "Error response from daemon: No such image: web:2" is already declared at content\/image\.mdx:\d+: declare it once, in the section that answers it best/,
  },
];
