/**
 * The scenarios `npm run transcripts:record` runs on a real Docker Engine, and that Vitest
 * replays through the simulated engine (tests/unit/engine-transcripts.test.ts). Each step is a
 * command line as a reader would type it. A line `# wait N` makes the recorder sleep N seconds
 * (a restart policy needs time on a real engine; the simulated engine is instant) and is not
 * part of the transcript. `image` in the commands is the busybox image the recorder imports
 * from Debian's busybox-static under the official image's current tag.
 */

/** One scenario: a name (its transcript's file name), what it shows, and its command lines. */
export interface Scenario {
  name: string;
  about: string;
  /** Set when the scenario stands in for a tool the recording machine lacks (Compose). */
  note?: string;
  steps: readonly string[];
}

/** The image every scenario runs: the recorder imports busybox-static under this tag. */
export const SCENARIO_IMAGE = 'busybox:1.38';

const I = SCENARIO_IMAGE;

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'names-and-ports',
    about: 'A name is unique; a second container on a taken host port is left Created with exit 125.',
    steps: [
      `docker run -d --name web ${I} httpd -f -p 80`,
      `docker run -d --name web ${I} httpd -f -p 80`,
      `docker run -d --name web2 -p 8080:80 ${I} httpd -f -p 80`,
      `docker run -d --name web3 -p 8080:80 ${I} httpd -f -p 80`,
      `docker ps -a`,
      `docker rm web`,
      `docker rm -f web web3`,
      `docker rm nothing-here`,
      `docker ps -a`,
    ],
  },
  {
    name: 'name-resolution',
    about: 'Names resolve on a user-defined network, not on the default bridge; connect adds a network.',
    steps: [
      `docker run -d --name web ${I} httpd -f -p 80`,
      `docker run --rm ${I} ping -c1 -W1 web`,
      `docker network create app`,
      `docker network connect app web`,
      `docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' web`,
      `docker run --rm --network app ${I} ping -c1 -W1 web`,
      `docker run --rm --network app ${I} cat /etc/resolv.conf`,
      `docker run -d --name api --network app --network-alias backend ${I} httpd -f -p 80`,
      `docker exec web ping -c1 -W1 backend`,
      `docker network disconnect app web`,
      `docker exec web ping -c1 -W1 backend`,
      `docker network ls`,
    ],
  },
  {
    name: 'volumes-outlive-containers',
    about: 'A named volume keeps its data after the container that wrote it is removed.',
    steps: [
      `docker volume create data`,
      `docker run --name writer -v data:/data ${I} sh -c 'echo hello > /data/greeting'`,
      `docker rm writer`,
      `docker run --rm -v data:/data ${I} cat /data/greeting`,
      `docker volume ls`,
      `docker run -d --name holder -v data:/data ${I} sleep 600`,
      `docker run --rm -v data:/data ${I} ls /data`,
      `docker volume rm data`,
      `docker rm -f holder`,
      `docker volume rm data`,
      `docker volume rm data`,
      `docker volume ls`,
    ],
  },
  {
    name: 'removal-in-use',
    about: 'An image, a network and a volume in use cannot be removed; the pre-defined networks never.',
    steps: [
      `docker network create app`,
      `docker volume create data`,
      `docker run -d --name web --network app -v data:/data ${I} httpd -f -p 80`,
      `docker rmi ${I}`,
      `docker network rm app`,
      `docker volume rm data`,
      `docker network rm bridge`,
      `docker stop -t 1 web`,
      `docker rmi ${I}`,
      `docker network rm app`,
      `docker rm web`,
      `docker network rm app`,
      `docker volume rm data`,
      `docker network rm app`,
    ],
  },
  {
    name: 'exit-codes',
    about: "A container whose main process ends is Exited with that process's code; --rm removes it.",
    steps: [
      `docker run --name three ${I} sh -c 'exit 3'`,
      `docker run --name ok ${I} true`,
      `docker run --name nope ${I} no-such-program`,
      `docker run --rm ${I} echo hi`,
      `docker run -d --name sleeper ${I} sleep 600`,
      `docker stop -t 1 sleeper`,
      `docker start sleeper`,
      `docker restart -t 1 sleeper`,
      `docker kill sleeper`,
      `docker ps -a`,
      `docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' three`,
      `docker start -a three`,
      `docker rm three ok nope sleeper`,
      `docker ps -a`,
    ],
  },
  {
    name: 'logs-and-exec',
    about: 'logs replays what the main process wrote; exec runs a second process in a running container.',
    steps: [
      `docker run -d --name talker ${I} sh -c 'echo one; echo two; sleep 600'`,
      `docker logs talker`,
      `docker exec talker hostname`,
      `docker exec talker sh -c 'echo hi > /tmp/note'`,
      `docker exec talker cat /tmp/note`,
      `docker exec talker cat /tmp/missing`,
      `docker exec -e GREETING=hello talker env`,
      `docker stop -t 1 talker`,
      `docker exec talker hostname`,
      `docker logs talker`,
    ],
  },
  {
    name: 'restart-policy',
    about: 'on-failure restarts a crashing container up to its limit; a stopped always container stays stopped.',
    steps: [
      `docker run -d --name crashy --restart on-failure:3 ${I} sh -c 'echo starting; exit 1'`,
      `# wait 15`,
      `docker inspect -f '{{.RestartCount}} {{.State.Status}} {{.State.ExitCode}}' crashy`,
      `docker logs crashy`,
      `docker run -d --name steady --restart always ${I} sleep 600`,
      `docker stop -t 1 steady`,
      `docker inspect -f '{{.RestartCount}} {{.State.Status}} {{.HostConfig.RestartPolicy.Name}}' steady`,
      `docker run -d --name once --restart no ${I} sh -c 'exit 2'`,
      `# wait 1`,
      `docker inspect -f '{{.RestartCount}} {{.State.Status}} {{.State.ExitCode}}' once`,
    ],
  },
  {
    name: 'local-registry',
    about: 'tag names an image for a registry; push uploads it; a missing image is pulled on run.',
    steps: [
      `docker tag ${I} localhost:5000/demo/busybox:1`,
      `docker images`,
      `docker push localhost:5000/demo/busybox:1`,
      `docker rmi localhost:5000/demo/busybox:1`,
      `docker pull localhost:5000/demo/busybox:1`,
      `docker rmi localhost:5000/demo/busybox:1`,
      `docker run --rm localhost:5000/demo/busybox:1 echo hi`,
      `docker pull localhost:5000/demo/missing:1`,
      `docker images`,
    ],
  },
  {
    name: 'compose-like',
    about: 'The objects `docker compose up` and `down` create and remove for a two-service project.',
    note: '`docker compose` is not installed on the recording machine: these are the engine calls Compose makes, typed by hand (project "shop", services "web" and "db", volume "db-data").',
    steps: [
      `docker network create shop_default`,
      `docker volume create shop_db-data`,
      `docker run -d --name shop-db-1 --network shop_default --network-alias db -v shop_db-data:/var/lib/data ${I} httpd -f -p 5432`,
      `docker run -d --name shop-web-1 --network shop_default --network-alias web -p 8080:80 ${I} httpd -f -p 80`,
      `docker exec shop-web-1 ping -c1 -W1 db`,
      `docker stop -t 1 shop-web-1 shop-db-1`,
      `docker rm shop-web-1 shop-db-1`,
      `docker network rm shop_default`,
      `docker volume ls`,
    ],
  },
];
