/**
 * The simulated engine's state: images, containers, networks and volumes, as plain immutable
 * data. Every command returns a new state; nothing is changed in place (undo keeps old states).
 */

export type ContainerStatus = 'created' | 'running' | 'restarting' | 'exited';

/** What a container's main process does once started, decided from its command line. */
export interface Process {
  /** Output lines it writes when it starts (stdout and stderr merged, as `logs` shows them). */
  output: readonly string[];
  /** True when it keeps running (a server, `sleep 600`); false when it ends at once. */
  stays: boolean;
  /** The exit code when it ends. */
  exit: number;
}

export interface Image {
  id: string;
  /** Every reference that names it: `nginx:1.30`, `localhost:5000/demo/web:1`. */
  refs: readonly string[];
  /** The catalogue entry it was pulled from (its facts), by repository name. */
  kind: string;
  /** Seconds before the state's epoch that the image was built. */
  age: number;
  size: string;
  /** The version its catalogue tag group names (`1.30.4`). */
  version: string;
  /** `repo@sha256:…` digests, once pushed or pulled. */
  digests: readonly string[];
}

export interface PortBinding {
  hostIp: string;
  hostPort: number;
  port: number;
  proto: 'tcp' | 'udp';
}

export interface Mount {
  type: 'volume' | 'bind';
  /** Volume name, or host path of a bind mount. */
  source: string;
  target: string;
  readOnly: boolean;
}

export interface Endpoint {
  network: string;
  ip: string;
  aliases: readonly string[];
}

export interface Container {
  id: string;
  name: string;
  imageId: string;
  /** The image as the user named it (`nginx`), shown by `ps`. */
  imageRef: string;
  /** Entrypoint and command, as the process runs them. */
  argv: readonly string[];
  env: readonly string[];
  status: ContainerStatus;
  exitCode: number;
  created: number;
  started: number;
  finished: number;
  ports: readonly PortBinding[];
  exposed: readonly string[];
  mounts: readonly Mount[];
  endpoints: readonly Endpoint[];
  /** The network named at create time (`bridge` by default), kept while stopped. */
  networkMode: string;
  autoRemove: boolean;
  restart: { name: 'no' | 'always' | 'unless-stopped' | 'on-failure'; max: number };
  restartCount: number;
  tty: boolean;
  /** What the main process wrote, stream by stream, across its starts. */
  logs: readonly { stream: 'out' | 'err'; text: string }[];
  /** Files written inside the container's own layer, by path. */
  files: Readonly<Record<string, string>>;
  /** Compose project and service, for containers `compose up` made. */
  project?: string;
  service?: string;
}

export interface Network {
  id: string;
  name: string;
  driver: 'bridge' | 'host' | 'null';
  /** The three networks every engine starts with cannot be removed. */
  builtin: boolean;
  subnet: string;
  project?: string;
}

export interface Volume {
  name: string;
  created: number;
  /** Files in the volume, by path inside it. */
  files: Readonly<Record<string, string>>;
  anonymous: boolean;
  project?: string;
}

/** A repository in the simulated registry `localhost:5000`: tag → image id. */
export type RegistryRepo = Readonly<Record<string, string>>;

export interface State {
  /** Seed and counter of the ID hash: a replay of the same commands gives the same IDs. */
  seed: string;
  counter: number;
  /** Logical clock in seconds: each command advances it, for ages in `ps`. */
  clock: number;
  images: readonly Image[];
  containers: readonly Container[];
  networks: readonly Network[];
  volumes: readonly Volume[];
  /** Images pushed to the local registry (`localhost:5000/...`), by repository path. */
  registry: Readonly<Record<string, RegistryRepo>>;
  /** The project file `compose up` reads, edited beside the console. */
  composeFile: string;
}

/** What one command gives back. */
export interface Result {
  state: State;
  stdout: string;
  stderr: string;
  exit: number;
  /** Playground remarks (not Docker's output): an unmodelled flag, a simplification. */
  notes: readonly Note[];
}

export interface Note {
  text: string;
  /** A reference anchor such as `/reference/#docker-container-run--cap-add`. */
  href?: string;
}
