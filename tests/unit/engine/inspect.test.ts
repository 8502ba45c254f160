import { describe, expect, it } from 'vitest';
import { findByName, runLines } from './run.ts';

/**
 * docker inspect and the typed inspect commands: the Engine API fields the lessons read, and
 * CLI 29's words for a reference nothing answers to (docker/cli v29.7.2
 * cli/command/system/inspect.go and cli/command/inspect/inspector.go).
 */

const SETUP = [
  'docker network create app',
  'docker volume create data',
  'docker run -d --name web --network app --network-alias api -p 8080:80 -p 127.0.0.1:8443:443 -v data:/data -v /srv:/srv:ro -v /cache nginx:1.30',
  'docker create --name idle --restart on-failure:2 busybox:1.38 sleep 5',
];

const json = (stdout: string): unknown => JSON.parse(stdout);

describe('a reference nothing answers to', () => {
  it('is reported in each command’s words after what was found, exit 1', () => {
    const { results } = runLines([
      ...SETUP,
      'docker inspect -f {{.Name}} nope web nope2',
      'docker container inspect nope',
      'docker image inspect nope',
      'docker network inspect nope',
      'docker volume inspect nope',
      'docker inspect nope',
    ]);
    expect(results.slice(SETUP.length).map((result) => [result.stdout, result.stderr, result.exit])).toEqual([
      ['/web\n', 'error: no such object: nope\nerror: no such object: nope2\n', 1],
      ['[]\n', 'Error response from daemon: No such container: nope\n', 1],
      ['[]\n', 'Error response from daemon: No such image: nope\n', 1],
      ['[]\n', 'Error response from daemon: network nope not found\n', 1],
      ['[]\n', 'Error response from daemon: get nope: no such volume\n', 1],
      ['[]\n', 'error: no such object: nope\n', 1],
    ]);
  });

  it('keeps each command to its own kind of object', () => {
    const { results } = runLines([
      ...SETUP,
      'docker container inspect -f {{.Name}} app',
      'docker network inspect -f {{.Name}} web',
      'docker volume inspect -f {{.Name}} web',
      'docker image inspect -f {{.Id}} data',
    ]);
    expect(results.slice(SETUP.length).map((result) => [result.stdout, result.exit])).toEqual([
      ['', 1],
      ['', 1],
      ['', 1],
      ['', 1],
    ]);
  });
});

describe('docker inspect of a container', () => {
  it('prints an indented JSON array of every object asked for', () => {
    const { last, state } = runLines([...SETUP, 'docker inspect web data']);
    const [container, volume] = json(last.stdout) as [Record<string, unknown>, Record<string, unknown>];
    expect(last.stdout.startsWith('[\n    {\n        "Id": ')).toBe(true);
    expect([container['Id'], container['Name'], volume['Name']]).toEqual([
      findByName(state, 'web')?.id,
      '/web',
      'data',
    ]);
  });

  it('gives a running container its networks with aliases, DNS names, address and gateway', () => {
    const { last, state } = runLines([...SETUP, 'docker inspect -f "{{json .NetworkSettings.Networks}}" web']);
    const web = findByName(state, 'web');
    const app = state.networks.find((network) => network.name === 'app');
    expect(json(last.stdout)).toEqual({
      app: {
        Aliases: ['api'],
        NetworkID: app?.id,
        IPAddress: '172.18.0.2',
        Gateway: '172.18.0.1',
        IPPrefixLen: 16,
        DNSNames: ['web', web?.id.slice(0, 12), 'api'],
      },
    });
  });

  it('gives a container that is not running no address, and the default bridge no aliases', () => {
    const { last } = runLines([...SETUP, 'docker inspect -f "{{json .NetworkSettings.Networks}}" idle']);
    expect(json(last.stdout)).toEqual({
      bridge: { Aliases: null, NetworkID: '', IPAddress: '', Gateway: '', IPPrefixLen: 0, DNSNames: null },
    });
  });

  it('gives the state, the restart policy and the published ports as the API does', () => {
    const { results } = runLines([
      ...SETUP,
      'docker inspect -f "{{.State.Status}} {{.State.Running}} {{.State.Pid}} {{.State.FinishedAt}} {{.RestartCount}}" web',
      'docker inspect -f "{{.State.Status}} {{.State.Pid}} {{.State.StartedAt}} {{json .HostConfig.RestartPolicy}}" idle',
      'docker inspect -f "{{json .HostConfig.PortBindings}}" web',
      'docker inspect -f "{{json .NetworkSettings.Ports}}" web',
      'docker inspect -f "{{json .HostConfig.Binds}}" web',
      'docker inspect -f "{{.Config.Image}} {{json .Config.Cmd}} {{.Config.Labels}}" idle',
    ]);
    expect(results.slice(SETUP.length).map((result) => result.stdout)).toEqual([
      'running true 1000 0001-01-01T00:00:00Z 0\n',
      'created 0 0001-01-01T00:00:00Z {"Name":"on-failure","MaximumRetryCount":2}\n',
      '{"80/tcp":[{"HostIp":"","HostPort":"8080"}],"443/tcp":[{"HostIp":"127.0.0.1","HostPort":"8443"}]}\n',
      '{"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"8080"}],"443/tcp":[{"HostIp":"127.0.0.1","HostPort":"8443"}]}\n',
      '["data:/data","/srv:/srv:ro"]\n',
      'busybox:1.38 ["sleep","5"] map[]\n',
    ]);
  });

  it('reads an exited container’s times and exit code', () => {
    const { last } = runLines([
      "docker run --name done busybox:1.38 sh -c 'exit 3'",
      'docker inspect -f "{{.State.Status}} {{.State.ExitCode}} {{.State.Running}} {{.State.Pid}}" done',
    ]);
    expect(last.stdout).toBe('exited 3 false 0\n');
  });

  it('labels a compose service with its project and service', () => {
    const start = {
      ...runLines(['docker volume ls']).state,
      composeFile: 'services:\n  web:\n    image: nginx:1.30\n',
    };
    const { last } = runLines(
      ['docker compose up -d', 'docker inspect -f "{{json .Config.Labels}}" playground-web-1'],
      start,
    );
    expect(json(last.stdout)).toEqual({
      'com.docker.compose.project': 'playground',
      'com.docker.compose.service': 'web',
    });
  });

  it('stops at a template it cannot render, saying so, exit 1', () => {
    const { last } = runLines([...SETUP, 'docker inspect -f "{{if .State.Running}}up{{end}}" web idle']);
    expect([last.stdout, last.stderr, last.exit]).toEqual([
      '',
      'the playground renders only {{.Field}}, {{json .Field}} and {{range}}…{{end}} in templates, not: {{if .State.Running}}up{{end}}\n',
      1,
    ]);
  });
});

describe('docker inspect of a network, a volume and an image', () => {
  it('lists a network’s running containers with their addresses, and its subnet', () => {
    const { last, state } = runLines([...SETUP, 'docker network connect app idle', 'docker network inspect app']);
    const [network] = json(last.stdout) as [Record<string, unknown>];
    const web = findByName(state, 'web');
    expect(network).toMatchObject({
      Name: 'app',
      Driver: 'bridge',
      Scope: 'local',
      IPAM: { Driver: 'default', Config: [{ Subnet: '172.18.0.0/16', Gateway: '172.18.0.1' }] },
      Containers: { [web?.id ?? '']: { Name: 'web', IPv4Address: '172.18.0.2/16' } },
      Labels: {},
    });
    const host = runLines(['docker network inspect -f "{{json .IPAM.Config}} {{.Driver}}" host'], state).last;
    expect(host.stdout).toBe('[] host\n');
  });

  it('labels an anonymous volume as the daemon does, and a named one not at all', () => {
    const { state, results } = runLines([
      'docker volume create named',
      'docker volume create',
      'docker volume inspect -f "{{json .Labels}} {{.Mountpoint}} {{.Driver}} {{.Scope}}" named',
    ]);
    expect(results[2]?.stdout).toBe('null /var/lib/docker/volumes/named/_data local local\n');
    const anonymous = results[1]?.stdout.trim() ?? '';
    expect(runLines([`docker volume inspect -f "{{json .Labels}}" ${anonymous}`], state).last.stdout).toBe(
      '{"com.docker.volume.anonymous":""}\n',
    );
  });

  it('gives an image its tags and its config from the image’s Dockerfile', () => {
    const { last, state } = runLines([
      'docker image inspect -f "{{.Id}} {{json .RepoTags}} {{json .Config.Entrypoint}} {{json .Config.Cmd}} {{json .Config.ExposedPorts}}" nginx:1.30 busybox:1.38',
    ]);
    const id = (kind: string) => state.images.find((image) => image.kind === kind)?.id;
    expect(last.stdout).toBe(
      [
        `sha256:${id('nginx')} ["nginx:1.30"] ["/docker-entrypoint.sh"] ["nginx","-g","daemon off;"] {"80/tcp":{}}`,
        `sha256:${id('busybox')} ["busybox:1.38"] null ["sh"] {}`,
        '',
      ].join('\n'),
    );
  });
});
