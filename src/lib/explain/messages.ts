/**
 * Every sentence the explainer shows, by key, with `{0}`, `{1}` … for what it fills in. The
 * browser receives this table in /explain/cli.json (src/pages/explain/cli.json.ts), so the
 * explainer's JavaScript holds the keys and the logic only; the build and the tests read it here.
 * Browser code imports only the `MessageKey` type from this module, never the table.
 */
export const MESSAGES = {
  // ports.ts
  'port.bad': 'Not a port spec Docker accepts: {0}. The form is [ip:][host port:]container port[/protocol].',
  'port.protocol': 'the protocol must be tcp, udp or sctp',
  'port.ipv6': 'write an IPv6 address in brackets: [::1]:8080:80',
  'port.container': 'the container port must be a number from 1 to 65535 or a range such as 8000-8010',
  'port.host': 'the host port must be a number from 1 to 65535, a range, or empty',
  'port.text': 'Container port{0} {1}/{2} is reachable at {3}, {4}.',
  'port.random': 'a free port Docker picks on the host (see it with `docker port`)',
  'port.first': 'the first free host port in {0}',
  'port.at': 'port{0} {1} of the host',
  'port.everywhere': 'on every network interface',
  'port.loopback': 'on {0} only, so only this machine can connect',
  'port.address': 'on the host address {0} only',
  'port.warn':
    "Published on every network interface: any machine that can reach this host can connect, and Docker's firewall rules bypass ufw. Write `127.0.0.1:{0}` to keep it on this machine.",
  // volumes.ts
  'vol.ro': 'read-only: the container cannot change it',
  'vol.rw': 'read-write (the default)',
  'vol.z': 'relabelled for SELinux so that several containers can share it',
  'vol.Z': 'relabelled for SELinux as private to this container',
  'vol.nocopy': 'not filled with the files the image has at the target',
  'vol.hint': 'a macOS consistency hint that Docker ignores today',
  'vol.propagation': 'mount propagation {0}',
  'vol.cwd': 'the current directory (the shell fills it in)',
  'vol.home': 'a folder in your home directory (the shell expands ~)',
  'vol.relative': 'the host folder {0}, relative to where you run the command',
  'vol.path': 'the host path {0}',
  'vol.cwd.path': 'the host path {0} in the current directory (the shell fills in {1})',
  'vol.bind':
    "A bind mount of {0}: the container sees the host's files and hides what the image has there. If the host path is missing, Docker creates it as an empty folder.",
  'vol.named':
    "The named volume {0}, created on first use if it does not exist; a new, empty volume is first filled with the image's files at the target. It outlives the container.",
  'vol.shell': 'The shell fills in {0}: a path starting with / makes a bind mount, a plain name a named volume.',
  'vol.anonymous': 'An anonymous volume: Docker makes a new volume with a random name for this container.',
  'vol.colons': 'Too many colons: the form is [source:]target[:options].',
  'vol.nosource': '`{0}` has a target and options but no source; an anonymous volume takes no options.',
  'vol.source':
    '`{0}` is neither a path (start it with /, ./ or ~/ for a bind mount) nor a volume name (letters, digits, _ . -).',
  'vol.target': 'The container path must be absolute, such as /data; got `{0}`.',
  'vol.option': 'Unknown option `{0}`: -v takes ro, rw, z, Z, nocopy or a propagation mode.',
  'vol.text': '{0} Mounted at {1} in the container{2}.',
  'vol.socket':
    'The Docker socket: whoever controls it controls the daemon, which runs as root, so the container can take over the host. Mount it only into software you trust.',
  // image.ts
  'img.digest': 'a digest is written @sha256: followed by 64 hexadecimal digits',
  'img.tag': 'the tag `{0}` may hold only letters, digits, _ . and -, at most 128',
  'img.empty': 'it names no repository',
  'img.case': 'repository names must be lowercase',
  'img.name': 'a repository name is lowercase letters and digits, separated by / . _ or -',
  'img.bad': 'Not an image reference Docker accepts: {0}.',
  'img.pull': ' Pulled if it is not here yet.',
  'img.download': ' Downloaded from that registry.',
  'img.upload': ' Uploaded to that registry.',
  'img.official': ' (an official image)',
  'img.official.local': ' (an official image, unless you built or tagged one by that name here)',
  'img.hub': 'from Docker Hub{0}',
  'img.registry': 'from the registry {0}',
  'img.pinned': 'pinned by digest, so it never changes{0}',
  'img.ignored': ' (the tag {0} is then ignored)',
  'img.untagged': 'no tag written, so latest, which moves when the image is updated',
  'img.tagged': 'tag {0}{1}',
  'img.moves': ', which moves when the image is updated',
  'img.text': 'The image {0}: repository {1} {2}, {3}.{4}',
  // env.ts
  'env.bad': 'The form is NAME=value, or NAME alone to copy it from your shell.',
  'env.copy':
    "Sets {0} in the container to its value in your shell's environment; if it is not set there, the container does not get it.",
  'env.set': 'Sets the environment variable {0} to `{1}` in the container.',
  'env.empty': 'Sets the environment variable {0} to an empty string in the container.',
  'env.secret':
    "A secret on the command line stays in your shell history, shows in the host's process list and in `docker inspect`. Prefer `-e {0}` (copied from your shell), an --env-file only you can read, or a secret.",
  // restart.ts
  'restart.no': 'Never restarted when it stops (the default).',
  'restart.always':
    'Restarted whenever it stops, and started again when the daemon starts, even after you stopped it by hand.',
  'restart.unless-stopped':
    'Restarted whenever it stops, unless you stopped it: then it stays stopped, even after the daemon restarts.',
  'restart.on-failure': 'Restarted when it exits with a non-zero status, with no limit.',
  'restart.retries': 'Restarted when it exits with a non-zero status, at most {0} times.',
  'restart.bad': 'A restart policy is no, always, unless-stopped or on-failure[:max-retries].',
  // network.ts
  'net.bridge':
    'The default bridge network: the container gets a private address; other containers reach it by IP, not by name.',
  'net.host': "The host's own network: no isolation, the container's ports are the host's ports, and -p is ignored.",
  'net.none': 'No network: the container has only its loopback interface.',
  'net.container': 'Shares the network of the container {0}: same addresses and ports, reachable as localhost.',
  'net.user':
    'The user-defined network {0} (made with `docker network create {0}`): containers on it reach each other by name.',
  // platform.ts
  'platform.many':
    'One image for each of {0}, under one name (an image index): each host pulls the variant for its own platform.',
  'platform.bad': 'A platform is os/arch[/variant], such as linux/amd64, linux/arm64 or linux/arm/v7.',
  'platform.one':
    'The {0} variant of the image, chosen from its image index; on a host of another architecture it runs under emulation, when the host has it set up.',
  // filter.ts
  'filter.id': 'whose ID starts with or equals',
  'filter.name': 'whose name contains',
  'filter.label': 'with the label (key, or key=value)',
  'filter.status': 'in the state (created, restarting, running, removing, paused, exited, dead)',
  'filter.exited': 'that exited with the code',
  'filter.ancestor': 'created from the image, or an image built on it:',
  'filter.before': 'created before',
  'filter.since': 'created after',
  'filter.volume': 'that mount the volume or path',
  'filter.network': 'connected to the network',
  'filter.publish': 'that publish the port',
  'filter.expose': 'that expose the port',
  'filter.health': 'whose health check says (starting, healthy, unhealthy, none)',
  'filter.isolation': 'with the isolation (Windows)',
  'filter.is-task': 'that are (true) or are not (false) tasks of a service:',
  'filter.dangling': 'that are dangling (true: unused by anything) or not:',
  'filter.reference': 'whose reference matches the pattern',
  'filter.until': 'created before the time or duration',
  'filter.driver': 'with the driver',
  'filter.scope': 'with the scope',
  'filter.type': 'of the type',
  'filter.all': 'including named volumes when true:',
  'filter.event': 'of the event',
  'filter.container': 'about the container',
  'filter.image': 'about the image',
  'filter.is-official': 'that are official images:',
  'filter.stars': 'with at least this many stars:',
  'filter.unlisted': 'Filters by {0}; this site does not list the keys of `{1}`.',
  'filter.unlisted.value': 'Filters by {0} = {2}; this site does not list the keys of `{1}`.',
  'filter.form': '`{0}` has no filter key `{1}` (the form is key=value); its keys are {2}.',
  'filter.none': '`{0}` has no filter key `{1}`; its keys are {2}.',
  'filter.keeps': 'Keeps only the items {0} {1}.',
  // mount.ts
  'mount.key':
    'unknown key `{0}`; --mount takes type, source, target, readonly and the bind-, volume-, tmpfs- and image- options',
  'mount.type': 'type must be one of {0}',
  'mount.target': 'it needs a target=/path in the container',
  'mount.bad': 'Not a mount Docker accepts: {0}.',
  'mount.at': 'mounted at {0}',
  'mount.at.ro': 'mounted at {0}, read-only',
  'mount.bind.source': 'A bind mount needs source=/path/on/the/host.',
  'mount.bind': 'A bind mount of the host path {0}, {1}. Unlike -v, --mount fails if the host path does not exist.',
  'mount.tmpfs': 'A tmpfs mount: files kept in memory only, {0}, gone when the container stops.',
  'mount.tmpfs.size':
    'A tmpfs mount of at most {0} bytes: files kept in memory only, {1}, gone when the container stops.',
  'mount.image': 'The files of the image {0}, {1}.',
  'mount.none': '(none given)',
  'mount.other': 'A {0} mount, {1}.',
  'mount.nocopy': ', not filled from the image',
  'mount.named': 'The named volume {0} (created if missing), {1}{2}.',
  'mount.anonymous': 'A new anonymous volume, {0}{1}.',
  // format.ts
  'format.json': 'Each item as one line of JSON, for scripts and jq.',
  'format.table': 'The default table, with a header row.',
  'format.unclosed': 'Every {{ in a Go template needs its }}.',
  'format.text': 'Prints the text {0} as it is, once per item: it holds no {{…}} action.',
  'format.shape.table': 'A table with a header row',
  'format.shape': 'A Go template printed once per item',
  'format.field': ': the field {0}',
  'format.fields': ': the fields {0}',
  'format.using': ', through {0}',
  'format.tabs': '; \\t is a tab between columns',
  // operands.ts
  'op.stdin': 'The build context comes from standard input.',
  'op.here':
    'The build context: the folder (here the current one) whose files the Dockerfile can COPY, sent to the builder.',
  'op.context': 'The build context: the folder {0} whose files the Dockerfile can COPY, sent to the builder.',
  'op.container': 'The container {0}, by name or ID (a unique prefix of the ID works).',
  'op.named': 'The {0} named {1}.',
  'op.extra': "`{0}` is one argument more than the command's usage allows.",
  'op.arg': 'The {0} argument: `{1}`.',
  // redirects.ts
  'rd.0': 'input',
  'rd.1': 'output',
  'rd.2': 'error output',
  'rd.both': 'output and error output',
  'rd.stream': 'stream {0}',
  'rd.close': 'The shell closes the command’s {0}.',
  'rd.dup': 'The shell sends the command’s {0} to where its {1} goes, on your machine.',
  'rd.heredoc': 'The lines that follow, up to {0}, become the command’s input (a here-document).',
  'rd.in': 'The shell feeds the file {0} to the command’s input, from your machine.',
  'rd.append': 'The shell adds the command’s {0} to the file {1} on your machine; docker never sees this.',
  'rd.write':
    'The shell writes the command’s {0} to the file {1} on your machine, replacing it; docker never sees this.',
  // input.ts
  'in.long': 'This text is {0} characters long; the explainer reads at most {1}. Paste one command, or a few.',
  'in.control':
    'Removed {0} invisible control character ({1}): a terminal would not show it, and docker would not read it as you see it.',
  'in.controls':
    'Removed {0} invisible control characters ({1}): a terminal would not show them, and docker would not read it as you see it.',
  'in.bidi':
    'Removed {0} invisible direction-control character ({1}): a terminal would not show it, and it can make a command look different from what runs.',
  'in.bidis':
    'Removed {0} invisible direction-control characters ({1}): a terminal would not show them, and it can make a command look different from what runs.',
  // flag-values.ts
  'value.shell': 'The shell fills in {0} before docker runs, so its meaning depends on your environment.',
  // explain.ts
  'join.&&': 'Then, if the command before succeeded (&&):',
  'join.||': 'Then, only if the command before failed (||):',
  'join.|': 'Receiving the output of the command before (|):',
  'join.;': 'Then (;):',
  'join.&': 'While the command before runs in the background (&):',
  'join.\n': 'Then, on the next line:',
  'prefix.sudo':
    'Runs the command as root. Docker needs it unless your user may use the daemon’s socket (the docker group, which is root-equivalent).',
  'prefix.DOCKER_HOST': 'Tells the client which daemon to talk to, for this one command.',
  'prefix.DOCKER_CONTEXT': 'Picks the client context (which daemon) for this one command.',
  'prefix.DOCKER_BUILDKIT':
    'Chose BuildKit for builds; BuildKit is the default builder since Engine 23, so this is no longer needed.',
  'prefix.env': 'Sets the environment variable {0} for this one command (it is the client’s, not the container’s).',
  'flag.privileged':
    'Privileged: the container gets every capability and the host’s devices, so a process in it can take over the host. Add only what it needs with --cap-add.',
  'ref.command': '{0} in the command reference',
  'ref.flag': '{0} of {1} in the command reference',
  'title.unread': 'Not read',
  'gone.replaced':
    '`{0}` is gone, so these words are not read here. Written for `{1}`, they mean what the link below explains.',
  gone: '`{0}` is gone, so these words are not read here.',
  alias: '{0}. `{1}` is the short form of `{2}`.',
  refused: 'Docker refuses this value. {0}',
  'title.flag': 'Unknown flag',
  'title.command': 'Unknown command',
  'no.command': 'This site’s CLI data has no `{0} {1}`',
  'no.command.known': 'This site’s CLI data has no `{0} {1}` (it knows `{0}` {2})',
  'unknown.command': '{0} This page does not guess what it does, and does not read the words from here on.',
  'title.extra': 'Extra argument',
  'operand.shell': 'The shell fills this in before docker runs; `{0}` reads it as its {1} argument.',
  'operand.refused': 'Docker refuses this argument as written.',
  'operand.placeholder': 'A placeholder for the {0} argument: write your own value in its place.',
  'title.cmd': 'The container’s command',
  'title.exec': 'The command to run in the container',
  'cmd.run':
    'These words replace the command the image declares (its CMD): the container runs `{0}`, or, when the image has an ENTRYPOINT, passes them to it as arguments. Docker does not read these words.',
  'cmd.entrypoint':
    'The arguments of `--entrypoint {1}`: the container runs `{1} {0}`, and the image’s CMD is not used. Docker does not read these words.',
  'cmd.exec': 'Runs `{0}` inside the container. Docker does not read these words.',
  'cmd.misplaced':
    '`{0}` comes after the image {1}, so it goes to the container’s command, not to docker. Move it before {1}.',
  'cmd.substituted':
    'The shell runs `{0}` first and puts its output here: on your machine, before docker starts, not in the container (this page never runs anything).',
  'the.image': 'the image',
  dashdash: 'Ends docker’s options: every word after it is an argument, even one that starts with -.',
  help: 'Prints the help of `{0}` and runs nothing.',
  'title.shell': 'Filled in by the shell',
  runs: 'The shell runs `{0}` first and puts its output here (this page never runs anything).',
  'runs.rest':
    'The shell runs `{0}` first and puts its output here (this page never runs anything). What follows depends on that output, so it is not read.',
  var: 'The shell puts the value of {0} here before docker runs.',
  'var.rest': 'The shell puts the value of {0} here before docker runs. What follows depends on it, so it is not read.',
  'title.unknown': 'Not recognised',
  unknown: 'The CLI data does not know `{0}` here, so this page does not guess what it means.',
  'title.redirection': 'Redirection, by the shell',
  'title.other': 'Not a docker command: {0}',
  'other.near': '`{0}` is not docker; did you mean `{1}`?',
  other: '`{0}` is another program; this page explains docker commands only.',
  unclosed:
    'The {0} at line {1}, column {2} is never closed, so a shell would wait for more. The explanation reads it to the end of the text.',
  quote: '{0} quote',
  placeholder:
    '`{0}` is a placeholder: put your own value in its place. A shell reads `<` as a redirection and fails on it.',
  'no.docker':
    'No docker command here: the explainer reads lines that start with docker (after an optional sudo, VAR=value or $ prompt).',
  // view.ts
  'view.learn': 'Learn: {0}',
  'view.warning': 'Warning: ',
  'view.explain': 'Explain ',
  'view.command': 'Command: {0}',
  'view.note': 'Nothing explained: see the note below.',
  'view.empty': 'Type or paste a docker command to see each part explained.',
  'view.summary': '{0} in {1}. Pick a part of the command to read about it.',
  'view.summary.warned': '{0} in {1}, {2} with a warning. Pick a part of the command to read about it.',
  'view.part': '1 part',
  'view.parts': '{0} parts',
  'view.1command': '1 command',
  'view.commands': '{0} commands',
} as const;

/** The key of one message of the table. */
export type MessageKey = keyof typeof MESSAGES;
