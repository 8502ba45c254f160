import type { Participant, RecordedCall, TraceVariant } from './run-trace.ts';

/** One step of a step-through: a message between two programs, with who does what and why. */
export interface RunStep {
  from: Participant;
  to: Participant;
  /** A call, its answer, something a program prints or starts. */
  arrow: 'call' | 'answer' | 'output';
  /** The message as the diagram shows it. */
  label: string;
  /** What happens and why, in a sentence or two. */
  why: string;
  /** `recorded`: seen in the trace. `documented`: a step the recording cannot see, from Docker's documentation. */
  source: 'recorded' | 'documented';
}

/** How the diagram names each program. */
export const PARTICIPANT_NAMES: Record<Participant, string> = {
  cli: 'docker CLI',
  dockerd: 'dockerd',
  registry: 'registry',
  containerd: 'containerd',
  shim: 'shim and runc',
};

/** Where the explanations' facts come from, for the page's note under the step-through. */
export const SOURCES = [
  'docker/cli v29.7.2 cli/command/container/create.go (create, then pull on "not found", then create again)',
  'docker/cli v29.7.2 cli/command/container/run.go (attach, wait, then start)',
  "the distribution token authentication specification (Docker Hub's 401 and bearer token)",
] as const;

/** Shortens what the diagram would draw too wide, and keeps Mermaid from reading `<id>` as HTML. */
function toLabel(message: string): string {
  return message
    .replace(/^(GET|HEAD|POST|DELETE|PUT) \/v1\.\d+/, '$1 ')
    .replace(/sha256:<(\w+)>/g, '{$1 digest}')
    .replace(/<(\w+)>/g, '{$1}')
    .replace(/\?stderr=1&stdout=1&stream=1$/, '?stream=1&stdout=1&stderr=1')
    .replace(/\?[^ ]*$/, (query) => decodeURIComponent(query))
    .replace(/;/g, ',');
}

/**
 * The request a reply answers: the last request before it the other way between the same two
 * programs. The recording interleaves messages (a pull's registry calls come before its answer,
 * a short container's exit before the start's), so the message just before a reply is often
 * another one's.
 */
function requestOf(calls: readonly RecordedCall[], index: number): RecordedCall | undefined {
  const reply = calls[index]!;
  return calls
    .slice(0, index)
    .findLast((call) => call.kind === 'request' && call.from === reply.to && call.to === reply.from);
}

/** Why a reply comes, from what it is and the request it answers. */
function whyOfReply(reply: RecordedCall, request: RecordedCall | undefined): string {
  const m = reply.message;
  const asked = request?.message ?? '';
  if (m.startsWith('404') && m.includes('No such image'))
    return 'The image is not in the daemon’s image store, so the daemon refuses with 404 “No such image”. The CLI treats that answer as its cue to pull.';
  if (asked.includes('/images/create'))
    return 'The daemon streams the pull’s progress back as JSON lines; the CLI draws them as the progress you see on stderr.';
  if (m.startsWith('201'))
    return 'The container exists now, with its configuration and a writable layer on top of the image, but nothing runs yet. The answer carries its 64-character ID.';
  if (m.startsWith('101'))
    return '“101 UPGRADED”: the HTTP connection becomes a raw stream, over which the container’s stdout and stderr will flow.';
  if (m.startsWith('204') && asked.endsWith('/start'))
    return 'The start request returns once containerd reports the task started: the container’s process is running.';
  if (m.startsWith('204') && asked.includes('/stop'))
    return 'The stop request returns only once the container has stopped, here after the SIGKILL; docker stop then prints the name it was given.';
  if (m.startsWith('204')) return 'Done: the daemon answers with an empty 204.';
  if (reply.from === 'registry') return `The registry answers ${m}.`;
  if (asked === 'HEAD /_ping')
    return 'The daemon answers; its headers carry the API version, which the CLI uses for every call after this.';
  if (asked.includes('/wait'))
    return 'The wait’s answer starts now but its body (the exit code) only comes when the container exits.';
  return `The daemon answers ${m}.`;
}

/** Why the request or event happens, from what it is. */
function whyOf(calls: readonly RecordedCall[], index: number): string {
  const call = calls[index]!;
  const m = call.message;
  if (call.kind === 'reply') return whyOfReply(call, requestOf(calls, index));
  if (call.kind === 'event') {
    if (m.endsWith('/tasks/create'))
      return 'containerd reports the task (the container’s process, not yet running) is created.';
    if (m.endsWith('/tasks/start'))
      return 'containerd reports the process started. The shim now holds it; runc has already exited.';
    if (m.endsWith('/tasks/exit'))
      return 'The process ended; containerd passes its exit status to the daemon, which marks the container exited.';
    if (m.endsWith('/tasks/delete'))
      return 'containerd has cleaned up the task and the shim goes away. The container’s files stay until it is removed.';
  }
  if (call.kind === 'process')
    return 'containerd starts a runc shim for this container: a small process that stays as the container process’s parent, so dockerd and containerd can restart without killing it.';
  if (call.kind === 'signal') {
    if (m.endsWith('signal 15'))
      return 'docker stop asks first: SIGTERM to the container’s main process (PID 1 inside it), or the image’s STOPSIGNAL.';
    if (m.endsWith('signal 9'))
      return 'SIGKILL cannot be caught or ignored: the process ends at once, with exit code 137 (128 + 9).';
  }
  if (call.kind === 'note')
    return 'PID 1 in a container gets no default signal handling from the kernel, so a program without a handler ignores SIGTERM. The timeout (-t, 10 s by default) runs out.';
  if (m === 'HEAD /_ping')
    return 'Before anything else, the CLI checks that the daemon answers and which API version it speaks.';
  if (m.includes('/containers/create')) {
    // The daemon's registry calls are recorded between the pull and the create that follows it.
    const pulled = calls.slice(0, index).some((earlier) => earlier.message.includes('/images/create'));
    return pulled
      ? 'Now that the image is local, the CLI sends the same create request again.'
      : 'The CLI asks the daemon to create the container from the image, with everything on the command line as JSON. It does not check first whether the image exists.';
  }
  if (m.includes('/images/create'))
    return 'The CLI asks the daemon to pull the image. The daemon, not the CLI, talks to the registry.';
  if (m === 'GET /v2/') return 'The daemon checks that the registry speaks the distribution API (version 2).';
  if (/\/manifests\/[^s]/.test(m))
    return 'The daemon resolves the tag to a digest: the registry answers with the manifest’s digest.';
  if (m.includes('/manifests/sha256'))
    return 'It fetches the manifest by that digest: the list of the image’s config and layers, each by digest.';
  if (m.includes('blobs/sha256:<config>'))
    return 'The image config: environment, default command, entrypoint, working directory, exposed ports, and the layer digests.';
  if (m.includes('blobs/sha256:<layer>'))
    return 'Each layer is a compressed tar file; the daemon checks it against its digest and unpacks it into its layer store.';
  if (m.includes('/attach'))
    return 'Without -d, the CLI attaches to the container’s output before starting it, so not one line is lost.';
  if (m.includes('wait?condition=removed'))
    return 'With --rm, the CLI waits for the container to be removed, so it returns only after the cleanup.';
  if (m.includes('wait?condition=next-exit'))
    return 'The CLI asks to be told when the container next exits, before it starts it, so it cannot miss an early exit and can return the exit code.';
  if (m.endsWith('/start'))
    return 'Only now does the CLI ask the daemon to start the container. The daemon sets up its network and asks containerd to run it.';
  if (m.includes('/stop?t='))
    return 'docker stop -t 2: the daemon will signal the container and wait up to 2 seconds before forcing it.';
  if (/^DELETE \/v1\.\d+\/containers\//.test(m))
    return 'docker rm deletes the stopped container and its writable layer.';
  return 'A call recorded in the trace.';
}

/** Programs start and stop things; these are the messages a reader should see as output. */
function outputSteps(
  variant: TraceVariant,
  after: RecordedCall,
  index: number,
  calls: readonly RecordedCall[],
): RunStep[] {
  const steps: RunStep[] = [];
  if (after.kind === 'reply' && /^404 .*No such image/.test(after.message)) {
    const line = variant.stderr.find((text) => text.startsWith('Unable to find image'));
    if (line)
      steps.push({
        from: 'cli',
        to: 'cli',
        arrow: 'output',
        label: `stderr: ${line}`,
        why: 'The CLI prints this on stderr, never stdout, so a script that reads the container’s output is not confused by it.',
        source: 'recorded',
      });
  }
  if (after.kind === 'request' && after.message === 'GET /v2/') {
    steps.push({
      from: 'registry',
      to: 'dockerd',
      arrow: 'answer',
      label: 'Docker Hub only: 401, then a bearer token',
      why: 'Not in this recording (its local registry needs no login). Docker Hub answers 401 with a WWW-Authenticate header naming its token service; the daemon fetches a pull token for the repository (anonymous or with your login) and repeats the request with it.',
      source: 'documented',
    });
  }
  if (after.kind === 'process') {
    steps.push({
      from: 'shim',
      to: 'shim',
      arrow: 'output',
      label: 'runc create, runc start',
      why: 'The shim runs runc, which sets up the namespaces and cgroups from the bundle and starts the process, then exits. The recording sees the shim and the process under it, not the short-lived runc.',
      source: 'documented',
    });
  }
  const attached = calls.some((call) => call.message.includes('/attach'));
  if (after.kind === 'event' && after.message.endsWith('/tasks/start') && attached && variant.stdout.length > 0) {
    steps.push({
      from: 'dockerd',
      to: 'cli',
      arrow: 'output',
      label: `attach stream: ${variant.stdout.join(' ')}`,
      why: 'The container’s output travels from the process through the shim and the daemon to the attached CLI, which writes it to its own stdout.',
      source: 'recorded',
    });
  }
  const last = index === calls.length - 1;
  if (after.kind === 'reply' && last && !attached && variant.stdout.length > 0 && variant.command.includes(' -d ')) {
    steps.push({
      from: 'cli',
      to: 'cli',
      arrow: 'output',
      label: 'stdout: the container ID',
      why: 'With -d the CLI prints the full ID and returns at once; the container runs on without it.',
      source: 'recorded',
    });
  }
  return steps;
}

/**
 * Returns the steps of one recorded command: every recorded message in order, with the output
 * a reader sees and the steps a recording cannot see (marked `documented`) in their places.
 */
export function toRunSteps(variant: TraceVariant): RunStep[] {
  return variant.calls.flatMap((call, index) => [
    {
      from: call.from,
      to: call.to,
      arrow:
        call.kind === 'reply' || call.kind === 'event'
          ? ('answer' as const)
          : call.from === call.to
            ? ('output' as const)
            : ('call' as const),
      label: toLabel(call.message),
      why: whyOf(variant.calls, index),
      source: 'recorded' as const,
    },
    ...outputSteps(variant, call, index, variant.calls),
  ]);
}

/** A step of the merged diagram: a step and the variants that contain it. */
export interface MergedStep extends RunStep {
  variants: string[];
}

const keyOf = (step: RunStep): string => `${step.from}|${step.to}|${step.arrow}|${step.label}`;

/**
 * Merges the variants' steps into one sequence that keeps each variant's order (a longest common
 * subsequence merge), so one diagram can show them all and each variant picks its own.
 */
export function mergeRunSteps(variants: readonly (readonly [string, readonly RunStep[]])[]): MergedStep[] {
  let merged: MergedStep[] = [];
  for (const [name, steps] of variants) {
    const a = merged;
    const b = steps;
    const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--)
      for (let j = b.length - 1; j >= 0; j--)
        lcs[i]![j] =
          keyOf(a[i]!) === keyOf(b[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    const next: MergedStep[] = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && keyOf(a[i]!) === keyOf(b[j]!)) {
        next.push({ ...a[i]!, variants: [...a[i]!.variants, name] });
        i++;
        j++;
      } else if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) next.push(a[i++]!);
      else next.push({ ...b[j++]!, variants: [name] });
    }
    merged = next;
  }
  return merged;
}

/** Mermaid's arrows: a call is solid, an answer dashed, a documented step an open dotted arrow. */
function toArrow(step: RunStep): string {
  if (step.source === 'documented') return '--)';
  return step.arrow === 'answer' ? '-->>' : '->>';
}

/**
 * Returns the short form of a step's label that the diagram draws (the list shows it in full),
 * so five lanes fit a page column.
 * @example toDiagramLabel('POST /containers/{id}/wait?condition=removed') // 'POST wait (removed)'
 */
export function toDiagramLabel(label: string): string {
  return label
    .replace(/^(\d{3}) [A-Za-z ]+? (No such image).*/, '$1 $2')
    .replace(/^(\d{3}) (OK|No Content)$/, '$1')
    .replace(/^stderr: (Unable to find image) .*/, 'stderr: $1')
    .replace(/^attach stream: /, 'output: ')
    .replace(/^POST \/images\/create\?.*/, 'POST /images/create (pull)')
    .replace(/^POST \/containers\/create\?name=(.*)/, 'POST /containers/create ($1)')
    .replace(/^POST \/containers\/\{id\}\/wait\?condition=(.*)/, 'POST wait ($1)')
    .replace(/^POST \/containers\/\{id\}\/(attach|start)(\?.*)?$/, 'POST $1')
    .replace(/^POST \/containers\/(\w+)\/stop\?t=(\d+)$/, 'POST stop (t=$2)')
    .replace(/^(GET|HEAD) \/v2\/[^ ]*\/(manifests|blobs)\/\{(\w+) digest\}$/, '$1 $2/{$3}')
    .replace(/^(GET|HEAD) \/v2\/[^ ]*\/(manifests)\/([^/{ ]+)$/, '$1 $2/$3')
    .replace(/^event /, '')
    .replace(/^start containerd-shim-runc-v2$/, 'start the runc shim')
    .replace(/^Docker Hub only: 401, then a bearer token$/, 'Docker Hub: 401, token')
    .replace(/^Container failed to exit within (\S+) of signal (\d+).*/, 'no exit within $1')
    .replace(/^stdout: the container ID$/, 'stdout: ID');
}

/**
 * Returns the Mermaid sequence diagram of merged steps, one message per step in order, so the
 * n-th message of the rendered SVG is step n.
 */
export function toSequenceDiagram(steps: readonly MergedStep[], title: string, description: string): string {
  const used = new Set(steps.flatMap((step) => [step.from, step.to]));
  const participants = (Object.keys(PARTICIPANT_NAMES) as Participant[]).filter((name) => used.has(name));
  return [
    'sequenceDiagram',
    `  accTitle: ${title}`,
    `  accDescr: ${description}`,
    ...participants.map((name) => `  participant ${name} as ${PARTICIPANT_NAMES[name]}`),
    ...steps.map(
      (step) =>
        `  ${step.from}${toArrow(step)}${step.to}: ${toDiagramLabel(step.label).replace(/[#:]/g, (c) => (c === '#' ? '#35;' : '#58;'))}`,
    ),
  ].join('\n');
}
