/** A concept section that teaches a command or flag: its address and its heading. */
export interface ConceptLink {
  href: string;
  title: string;
}

/**
 * The concept sections the explainer links to, one a line: the address (page/#anchor, without
 * its leading slash; every one a pinned anchor, tests/unit/explain.test.ts), its heading, then
 * the commands and flags it teaches. A command by its canonical path stands for its group
 * too (the longest path wins); a flag by its long name stands for any command, and a
 * `path --flag` key wins over it. Text rather than objects: the browser receives it in its data file.
 */
const SECTIONS = `client/#a-thin-program-in-front-of-an-api|A thin program in front of an API|docker
contexts/#host-addresses|Host addresses|--host
client/#command-groups-and-short-aliases|Command groups and short aliases
contexts/#contexts|Contexts|docker context|--context
client/#versions-information-and-plugins|Versions, information and plugins|docker version
container/#what-happens-on-docker-run|What happens on docker run|docker container run|docker container create
container/#the-container-lifecycle|The container lifecycle|docker container
running-containers/#common-docker-run-flags|Common docker run flags|docker container run --detach|docker container run --interactive|docker container run --tty|docker container run --rm|docker container run --name|docker container run --env
running-containers/#listing-logs-and-exec|Listing, logs and exec|docker container ls|docker container logs|docker container exec
running-containers/#restart-policies|Restart policies|--restart
container/#the-writable-container-layer|The writable container layer|--read-only
container/#cgroups-what-a-process-can-use|cgroups: what a process can use|--memory|--cpus|--pids-limit
container/#capabilities-seccomp-and-security-modules|Capabilities, seccomp and security modules|--cap-add|--cap-drop|--privileged|--security-opt
daemon/#the-unix-socket-and-who-may-use-it|The Unix socket and who may use it
daemon/#watching-the-daemon|Watching the daemon|docker system
image/#how-images-are-built|How images are built|docker image build|docker buildx build
image/#list-and-pull|List and pull|docker image ls
image/#remove-and-prune|Remove and prune|docker image rm|docker image prune
image/#inspect-the-config-and-the-history|Inspect the config and the history|docker image inspect|docker image history
image/#tags-and-digests|Tags and digests|docker image tag
registry/#pulling-images|Pulling images|docker image pull
registry/#pushing-and-logging-in|Pushing and logging in|docker image push|docker login|docker logout
registry/#reading-an-image-reference|Reading an image reference
registry/#one-name-several-platforms|One name, several platforms|--platform
volume/#a-named-volume-step-by-step|A named volume, step by step|docker volume
volume/#volumes|Volumes
volume/#bind-mounts|Bind mounts
volume/#anonymous-volumes-and-cleanup|Anonymous volumes and cleanup
volume/#mount-types-at-a-glance|Mount types at a glance|--volume
volume/#short-and-long-mount-syntax|Short and long mount syntax|--mount
volume/#tmpfs-mounts|tmpfs mounts|--tmpfs
volume/#image-mounts|Image mounts
network/#publishing-ports|Publishing ports|--publish|--publish-all
network/#user-defined-networks|User-defined networks|--network
network/#the-default-bridge-network|The default bridge network
network/#network-drivers|Network drivers
network/#managing-networks|Managing networks|docker network
network/#aliases|Aliases|--network-alias
dockerfile/#build-context-and-dockerignore|Build context and .dockerignore
dockerfile/#the-build-cache|The build cache|docker builder prune|--no-cache
dockerfile/#choosing-a-target|Choosing a target|--target
dockerfile/#cmd-and-entrypoint|CMD and ENTRYPOINT|--entrypoint
dockerfile/#inspecting-and-scanning-the-result|Inspecting and scanning the result|docker scout
compose/#what-compose-is-today|What Compose is today|docker-compose
compose/#running-an-application|Running an application|docker compose
compose/#a-first-composeyaml|A first compose.yaml|docker compose --file
swarm/#creating-a-swarm|Creating a swarm|docker swarm|docker node
swarm/#services-and-tasks|Services and tasks|docker service
swarm/#deploying-a-compose-file-as-a-stack|Deploying a Compose file as a stack|docker stack`;

/** The lookups over a concept table; see {@link createConcepts}. */
export interface Concepts {
  /** Returns the link for a concept address, with its section's heading. */
  toConceptLink: (href: string | undefined) => ConceptLink | undefined;
  /**
   * Returns the concept section for a command (by its path or the group it belongs to) or for
   * one of its flags.
   * @example toConcept('docker volume create')?.href // '/volume/#a-named-volume-step-by-step'
   * @example toConcept('docker container run', '--publish')?.href // '/network/#publishing-ports'
   */
  toConcept: (commandPath: string, flag?: string) => ConceptLink | undefined;
}

/**
 * Returns the table above as text, for the build: the explainer's pre-rendered example and the
 * tests read it here, the browser from its data file (src/pages/explain/cli.json.ts), so the
 * explainer's chunk does not carry it twice.
 */
export function toConceptSections(): string {
  return SECTIONS;
}

/** Returns every concept address this module links to, for the anchor test. */
export function listConceptHrefs(): string[] {
  return SECTIONS.split('\n').map((line) => `/${line.split('|')[0] ?? ''}`);
}

/**
 * Builds the lookups over a concept table (text in the form of the one above), read on first
 * use so nothing runs when the lookups are made.
 * @param sections The table, from {@link toConceptSections} or the explainer's data file.
 */
export function createConcepts(sections: string): Concepts {
  let read: { titles: Map<string, string>; keys: Map<string, string> } | undefined;
  const toRead = (): NonNullable<typeof read> => {
    if (read) return read;
    const titles = new Map<string, string>();
    const keys = new Map<string, string>();
    for (const line of sections.split('\n')) {
      const [address = '', title = '', ...taught] = line.split('|');
      const href = `/${address}`;
      titles.set(href, title);
      for (const key of taught) keys.set(key, href);
    }
    return (read = { titles, keys });
  };
  const toConceptLink = (href: string | undefined): ConceptLink | undefined =>
    href ? { href, title: toRead().titles.get(href) ?? href } : undefined;
  return {
    toConceptLink,
    toConcept: (commandPath, flag) => {
      const { keys } = toRead();
      if (flag) return toConceptLink(keys.get(`${commandPath} ${flag}`) ?? keys.get(flag));
      for (let words = commandPath.split(' '); words.length > 0; words = words.slice(0, -1)) {
        const href = keys.get(words.join(' '));
        if (href) return toConceptLink(href);
      }
      return undefined;
    },
  };
}
