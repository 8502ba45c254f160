import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { toExplainHash } from '../../src/lib/explain/hash.ts';
import { axeViolations, injectAxe } from './axe.ts';
import { chooseTheme, watchPage } from './site.ts';

const DIST = join(import.meta.dirname, '../../dist');

/**
 * Real commands, each from a well-known README or Docker's documentation, of every shape the
 * explainer reads: published ports, bind mounts and volumes, --mount, secrets, restart policies,
 * combined short flags, the container's own command, $(…) and "$PWD", pipes and && chains,
 * Compose, Buildx, --format and --filter, sudo and $ prompts, continuations.
 */
const REAL_WORLD = [
  // caddy (issue 13)
  'docker run -d --name proxy --restart always -p 443:443 -v /etc/caddy:/etc/caddy:ro -v caddy_data:/data caddy:2',
  // postgres official image README
  'docker run --name some-postgres -e POSTGRES_PASSWORD=mysecretpassword -d postgres',
  // Docker docs, getting started: containerize an application
  'docker run -dp 127.0.0.1:3000:3000 getting-started',
  // Portainer CE install docs
  'docker run -d -p 8000:8000 -p 9443:9443 --name portainer --restart=always -v /var/run/docker.sock:/var/run/docker.sock -v portainer_data:/data portainer/portainer-ce:lts',
  // Jenkins docker README
  'docker run -p 8080:8080 -p 50000:50000 --restart=on-failure jenkins/jenkins:lts-jdk17',
  // Ollama README
  'docker run -d -v ollama:/root/.ollama -p 11434:11434 --name ollama ollama/ollama',
  // golang official image README
  'docker run --rm -v "$PWD":/usr/src/myapp -w /usr/src/myapp golang:1.23 go build -v',
  // Docker docs, bind mounts
  'docker run -it --mount type=bind,src="$(pwd)",target=/src ubuntu bash',
  // redis official image README
  'docker run --name some-redis -d redis redis-server --save 60 1 --loglevel warning',
  // GitHub docs, working with the container registry
  'echo $CR_PAT | docker login ghcr.io -u USERNAME --password-stdin',
  // Docker docs, multi-platform builds
  'docker buildx build --platform linux/amd64,linux/arm64 -t user/app:latest --push .',
  // Docker docs, getting started: build and run
  'docker build -t getting-started . && docker run -dp 127.0.0.1:3000:3000 getting-started',
  // Compose docs
  'docker compose -f compose.yaml -f compose.prod.yaml up -d --build',
  // cleanup one-liner found in countless READMEs
  'docker stop $(docker ps -q) && docker rm $(docker ps -aq)',
  // Docker docs, formatting output
  'docker ps -a --filter status=exited --format "table {{.Names}}\\t{{.Status}}"',
  // Docker docs, prune
  'docker system prune -a --volumes -f',
  // Ubuntu image, with a prompt and sudo as tutorials paste it
  '$ sudo docker run -it --rm ubuntu:24.04 bash',
  // nginx official image README, with continuations
  'docker run --name some-nginx \\\n  -v /some/content:/usr/share/nginx/html:ro \\\n  -d -p 8080:80 nginx',
  // Docker docs, exec
  "docker exec -it web sh -c 'nginx -t'",
  // Docker docs, platform
  'docker run --platform linux/arm64 --rm alpine uname -m',
  // Home Assistant's installation guide
  'docker run -d --name homeassistant --privileged --restart=unless-stopped -e TZ=MY_TIME_ZONE -v /PATH_TO_YOUR_CONFIG:/config -v /run/dbus:/run/dbus:ro --network=host ghcr.io/home-assistant/home-assistant:stable',
  // Pi-hole's docker README
  'docker run -d --name pihole -p 53:53/tcp -p 53:53/udp -p 80:80 -e TZ=Europe/London -v ./etc-pihole:/etc/pihole --cap-add NET_ADMIN --restart unless-stopped pihole/pihole:latest',
  // Open WebUI README
  'docker run -d -p 3000:8080 --add-host=host.docker.internal:host-gateway -v open-webui:/app/backend/data --name open-webui --restart always ghcr.io/open-webui/open-webui:main',
  // NVIDIA Container Toolkit guide
  'sudo docker run --rm --runtime=nvidia --gpus all ubuntu nvidia-smi',
  // Docker docs, deploy a registry server
  'docker run -d -p 5000:5000 --restart always --name registry registry:2 && docker tag ubuntu:24.04 localhost:5000/my-ubuntu && docker push localhost:5000/my-ubuntu',
  // Docker docs, networking tutorial
  'docker run -dit --name alpine1 --network alpine-net alpine ash',
  'DOCKER_BUILDKIT=1 docker build --target builder -t myapp:builder .',
  "docker inspect --format '{{.NetworkSettings.IPAddress}}' web",
  'docker run --rm -- alpine echo hello',
  // Docker docs, swarm tutorial
  'docker service create --name web --replicas 3 -p 8080:80 nginx',
  'docker load < image.tar && docker images',
  'docker run -d --mount source=myvol2,target=/app --network none --restart on-failure:5 nginx:latest',
  // postgres official image README: a file under "$PWD", and -c options for postgres after the image
  `docker run -d --name some-postgres -v "$PWD/my-postgres.conf":/etc/postgresql/postgresql.conf -e POSTGRES_PASSWORD=mysecretpassword postgres -c 'config_file=/etc/postgresql/postgresql.conf'`,
  // nginx official image README: --entrypoint, its argument after the image, output to a file
  'docker run --rm --entrypoint=cat nginx /etc/nginx/nginx.conf > /host/path/nginx.conf',
  // traefik official image README, with continuations and a file under $PWD
  'docker run -d -p 8080:8080 -p 80:80 \\\n  -v $PWD/traefik.yml:/etc/traefik/traefik.yml \\\n  -v /var/run/docker.sock:/var/run/docker.sock \\\n  traefik:v3',
  // caddy official image README: a UDP port, a capability, the container's command
  '$ docker run -d --cap-add=NET_ADMIN -p 80:80 -p 443:443 -p 443:443/udp \\\n    -v /site:/srv \\\n    -v caddy_data:/data \\\n    caddy caddy file-server --domain example.com',
  // MinIO README: another registry, quoted -e, a folder under ~
  'docker run -p 9000:9000 -p 9001:9001 --name minio1 -v ~/minio/data:/data -e "MINIO_ROOT_USER=ROOTUSER" -e "MINIO_ROOT_PASSWORD=CHANGEME123" quay.io/minio/minio server /data --console-address ":9001"',
  // mongo official image README: the image's own --help
  'docker run -it --rm mongo --help',
  // the seed's notes: a placeholder of two words
  'docker image history --no-trunc <image name>',
];

/** Every id the built pages hold, by path: where a link may point. */
function builtIds(path: string): Set<string> {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''));
}

async function explain(page: Page, command: string): Promise<void> {
  await page.goto(`/explain/${toExplainHash(command)}`);
  await expect(page.getByRole('textbox', { name: 'Docker command' })).toHaveValue(command);
  await expect(page.locator('.dk-x')).not.toHaveAttribute('data-example');
}

/**
 * Shows a command in the explainer already open, by its `#cmd=` address as a link from the same
 * page would: the explainer reads a new fragment with the function that reads the first one
 * (`#readHash`, src/client/explain.ts), so the command is drawn as it is on a page opened at that
 * address (which the tests below open directly). The result is marked as the example again first,
 * and drawing a command takes the mark away, so the wait ends with this command drawn.
 */
async function explainInPlace(page: Page, command: string): Promise<void> {
  await page.locator('.dk-x').evaluate((result) => result.setAttribute('data-example', ''));
  await page.evaluate((hash) => (location.hash = hash), toExplainHash(command));
  await expect(page.getByRole('textbox', { name: 'Docker command' })).toHaveValue(command);
  await expect(page.locator('.dk-x')).not.toHaveAttribute('data-example');
}

// One page explains every command in turn: loading the explainer once per command took most of
// this spec's time, and the words, the parts and the links of each command are checked as before,
// each command in a step of its own. Soft assertions let one run name every command that fails.
test('every word of every real-world command is explained, and every link resolves to an existing page and anchor', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const check = watchPage(page);
  await page.goto('/explain/');
  const hrefs = new Set<string>();
  for (const command of REAL_WORLD) {
    await test.step(`every word of: ${command.split('\n')[0]}`, async () => {
      await explainInPlace(page, command);
      // Outside the parts, each command line holds only the spaces between them.
      const loose = await page
        .locator('.dk-x__line code')
        .evaluateAll((codes) =>
          codes.flatMap((code) =>
            [...code.childNodes]
              .filter((node) => node.nodeType === Node.TEXT_NODE)
              .map((node) => node.textContent ?? ''),
          ),
        );
      // `\` + newline only joins lines, as the shell reads them.
      expect.soft(loose.join('').replace(/\\\n/g, '').trim(), command).toBe('');
      const kinds = await page
        .locator('.dk-x__item')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
      expect.soft(kinds.length, command).toBeGreaterThan(2);
      // `echo` is not docker's; every other word is known.
      expect
        .soft(
          kinds.filter((kind) => kind === 'unknown'),
          command,
        )
        .toHaveLength(command.startsWith('echo') ? 1 : 0);
      await expect.soft(page.getByRole('status'), command).toContainText(`${kinds.length} parts`);
      for (const href of await page
        .locator('.dk-x a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')))
        hrefs.add(href);
      await check();
    });
  }
  expect(hrefs.size).toBeGreaterThan(40);
  const missing = [...hrefs].filter((href) => {
    const [path = '', id = ''] = href.split('#');
    if (path === '/explain/') return !id.startsWith('cmd=');
    // A command's reference page is linked without an anchor: it must exist.
    if (id === '') return !existsSync(join(DIST, path, 'index.html'));
    return !builtIds(path).has(decodeURIComponent(id));
  });
  expect(missing).toEqual([]);
});

test('decodes values: a port on every interface, a named volume against a bind mount, the image', async ({ page }) => {
  await explain(page, 'docker run -p 8080:80 -v data:/data -v ./data:/srv nginx');
  const items = page.locator('.dk-x__item');
  await expect(items.filter({ hasText: '-p 8080:80' })).toContainText(
    'Container port 80/tcp is reachable at port 8080 of the host',
  );
  await expect(items.filter({ hasText: '-p 8080:80' })).toContainText('Warning: Published on every network interface');
  await expect(items.filter({ hasText: '-v data:/data' })).toContainText('The named volume data');
  await expect(items.filter({ hasText: '-v ./data:/srv' })).toContainText('A bind mount of the host folder ./data');
  await expect(page.locator('.dk-x__item[data-kind="operand"]')).toContainText('docker.io/library/nginx:latest');
});

test('shows the legacy warnings with their replacements', async ({ page }) => {
  await explain(page, 'docker-compose up -d\ndocker scan myimage');
  await expect(page.locator('.dk-x__item').first()).toContainText('`docker-compose` is removed'.replace(/`/g, ''));
  await expect(page.locator('.dk-x__item').first()).toContainText('use docker compose instead');
  await expect(page.getByRole('link', { name: 'Explain docker compose up -d' })).toHaveAttribute(
    'href',
    '/explain/#cmd=docker+compose+up+-d',
  );
  await expect(page.locator('.dk-x__item').filter({ hasText: 'docker scout cves' })).toContainText('removed');
});

test('warns about a flag written after the image', async ({ page }) => {
  await explain(page, 'docker run -d nginx -p 8080:80');
  await expect(page.locator('.dk-x__item[data-kind="passed"]')).toContainText(
    'Warning: -p comes after the image nginx, so it goes to the container’s command, not to docker. Move it before nginx.',
  );
});

test('updates as you type, keeps the command in #cmd=, and the link round-trips in a fresh browser', async ({
  page,
  browser,
}) => {
  await page.goto('/explain/');
  const box = page.getByRole('textbox', { name: 'Docker command' });
  await box.fill('');
  await box.pressSequentially('docker volume create db', { delay: 20 });
  await expect(page.getByRole('status')).toHaveText(
    '4 parts in 1 command. Pick a part of the command to read about it.',
  );
  await expect(page).toHaveURL(/\/explain\/#cmd=docker\+volume\+create\+db$/);
  const fresh = await browser.newContext();
  const reader = await fresh.newPage();
  await reader.goto(page.url());
  await expect(reader.getByRole('textbox', { name: 'Docker command' })).toHaveValue('docker volume create db');
  await expect(reader.locator('.dk-x__item').last()).toContainText('VOLUME');
  await fresh.close();
});

test('a part and its explanation highlight each other, and a part takes focus to its explanation', async ({ page }) => {
  await explain(page, 'docker run --rm -p 8080:80 nginx');
  const part = page.getByRole('button', { name: '-p 8080:80' });
  const item = page.locator('li.dk-x__item', { hasText: 'Container port 80/tcp' });
  await part.focus();
  await expect(item).toHaveClass(/is-on/);
  await item.hover();
  await expect(part).toHaveClass(/is-on/);
  await part.click();
  await expect(item).toBeFocused();
  // The button's description is the part's meaning, for a screen reader.
  await expect(part).toHaveAccessibleDescription(/Publish a container port on the host/);
});

test('hostile input gets a clear message and no crash', async ({ page }) => {
  const check = watchPage(page);
  await page.goto('/explain/');
  const box = page.getByRole('textbox', { name: 'Docker command' });
  const cases: [string, RegExp][] = [
    ['x'.repeat(10_000), /This text is 10,000 characters long/],
    ['docker ps\u0000\u0001', /Removed 2 invisible control characters \(U\+0000, U\+0001\)/],
    ['docker run --name \u202eשלום 🐳', /direction-control character/],
    [`docker run -e 'A=b`, /quote at line 1, column 15 is never closed/],
    ['docker run alpine $(rm -rf /)', /The shell runs rm -rf \/ first and puts its output here/],
    ['ls -la /', /No docker command here/],
  ];
  for (const [input, message] of cases) {
    await box.fill(input);
    await expect(page.locator('.dk-x')).toContainText(message);
  }
  await check();
});

test('flags that fail to load are said to, never reported unknown, and load with the next command', async ({
  page,
}) => {
  let failures = 1;
  await page.route('**/explain/cli/container.json', (route) =>
    failures-- > 0 ? route.fulfill({ status: 503, body: '' }) : route.continue(),
  );
  await page.goto('/explain/');
  const box = page.getByRole('textbox', { name: 'Docker command' });
  await box.fill('docker run -p 8080:80 nginx');
  await expect(page.getByRole('status')).toHaveText(
    'Part of the explainer could not load (Error: /explain/cli/container.json answered 503): reload the page to try again.',
  );
  await expect(page.locator('.dk-x__item', { hasText: 'Unknown flag' })).toHaveCount(0);
  await box.fill('docker run -p 8080:80 nginx ');
  await expect(page.getByRole('status')).toHaveText(
    '4 parts in 1 command, 1 with a warning. Pick a part of the command to read about it.',
  );
  await expect(page.locator('.dk-x__item[data-kind="flag"]')).toContainText('Container port 80/tcp');
});

test('a snippet’s Explain action opens its commands on /explain/', async ({ page }) => {
  await page.goto('/volume/');
  const figure = page
    .locator('figure.dk-code', { has: page.getByRole('link', { name: /^Explain: docker volume create/ }) })
    .first();
  const commands = await figure.locator('.line:not(.dk-out)').evaluateAll((lines) =>
    lines
      .map((line) => line.textContent ?? '')
      .join('\n')
      .trim(),
  );
  await figure.getByRole('link', { name: /^Explain/ }).click();
  await expect(page).toHaveURL(/\/explain\/#cmd=/);
  await expect(page.getByRole('textbox', { name: 'Docker command' })).toHaveValue(commands);
  await expect(page.locator('.dk-x__item').first()).toContainText('docker');
});

test('every terminal snippet that runs docker offers Explain', async ({ page }) => {
  await page.goto('/container/');
  const terminals = page.locator('figure.dk-code[data-kind="terminal"]', { hasText: 'docker' });
  const count = await terminals.count();
  expect(count).toBeGreaterThan(3);
  await expect(page.locator('figure.dk-code[data-kind="terminal"] a.dk-explain-link')).toHaveCount(count);
});

test('the search dialog offers to explain a command-shaped query', async ({ page }) => {
  await page.goto('/');
  const field = page.getByRole('searchbox', { name: 'Search the docs' });
  await field.fill('docker run -p 8080:80 nginx');
  const option = page.getByRole('option', { name: /Explain this command: docker run -p 8080:80 nginx/ });
  await expect(option).toBeVisible();
  // It comes last, so Enter still opens the best result; ArrowUp reaches it first.
  await page.keyboard.press('ArrowUp');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/explain\/#cmd=docker\+run\+-p\+8080:80\+nginx$/);
  await expect(page.getByRole('textbox', { name: 'Docker command' })).toHaveValue('docker run -p 8080:80 nginx');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('a word query gets no explain option', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the docs' }).fill('volume');
  await expect(page.getByRole('option').first()).toBeVisible();
  await expect(page.getByRole('option', { name: /Explain this command/ })).toHaveCount(0);
});

test('a reference entry links to an explained example of its command', async ({ page }) => {
  await page.goto('/reference/cli/docker/volume/create/');
  const link = page.getByRole('link', { name: /^Explain an example: docker volume create/ }).first();
  const example = (await link.locator('code').textContent()) ?? '';
  await link.click();
  await expect(page.getByRole('textbox', { name: 'Docker command' })).toHaveValue(example);
});

test('nothing of the explainer loads before intent, on focus the chunk, and each decoder when a command needs it', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const isChunk = (path: string): boolean => /^\/_astro\/explain\.[\w-]+\.js$/.test(path);
  const isExplainer = (path: string): boolean => isChunk(path) || path === '/explain/cli.json';
  // The flags of a command group, fetched with its first command (src/pages/explain/cli/[group].json.ts).
  const isGroup = (path: string): boolean => path.startsWith('/explain/cli/');
  await page.goto('/explain/', { waitUntil: 'networkidle' });
  const beforeIntent = [...requested];
  expect(beforeIntent.filter((path) => isExplainer(path) || isGroup(path))).toEqual([]);
  // The pre-rendered example is there already.
  await expect(page.locator('.dk-x__item')).not.toHaveCount(0);
  const box = page.getByRole('textbox', { name: 'Docker command' });
  await box.focus();
  await expect.poll(() => requested.filter(isExplainer).length).toBe(2);
  // The decoders are the chunks the explainer's chunk imports on demand, by their built names: a
  // name alone could be another widget's chunk (the playground has a format.*.js of its own).
  const chunk = await (await page.request.get(requested.find(isChunk) ?? '')).text();
  const decoderFiles = new Map(
    [...chunk.matchAll(/import\(`\.\/(\w+)\.([\w-]+)\.js`\)/g)].map((match) => [
      `/_astro/${match[1]}.${match[2]}.js`,
      match[1] ?? '',
    ]),
  );
  expect([...decoderFiles.values()].sort()).toEqual([
    'env',
    'filter',
    'format',
    'image',
    'mount',
    'network',
    'platform',
    'ports',
    'restart',
    'volumes',
  ]);
  const decodersLoaded = (): string[] =>
    requested.flatMap((path) => (decoderFiles.has(path) ? [decoderFiles.get(path) ?? ''] : [])).sort();
  expect(beforeIntent.filter((path) => decoderFiles.has(path))).toEqual([]);
  // The example (a port, two mounts, -e, --restart, an image) loads those five decoders, and no other.
  await box.fill(`${await box.inputValue()} `);
  await expect(page.locator('.dk-x')).not.toHaveAttribute('data-example');
  expect(decodersLoaded()).toEqual(['env', 'image', 'ports', 'restart', 'volumes']);
  expect(requested.filter(isGroup)).toEqual(['/explain/cli/container.json']);
  // Drawn once, with the value decoded: never first without it while its decoder arrives.
  await page.evaluate(() => {
    const store = window as unknown as { draws: number };
    store.draws = 0;
    new MutationObserver((records) => (store.draws += records.length)).observe(document.querySelector('.dk-x')!, {
      childList: true,
    });
  });
  await box.fill('docker ps --format "{{.Names}}"');
  const flag = page.locator('.dk-x__item[data-kind="flag"]');
  await expect(flag).toHaveCount(1);
  await expect(flag).toContainText('A Go template printed once per item: the field .Names.');
  expect(await page.evaluate(() => (window as unknown as { draws: number }).draws)).toBe(1);
  expect(decodersLoaded()).toEqual(['env', 'format', 'image', 'ports', 'restart', 'volumes']);
  // `docker ps` is a container command too: its group's file is not fetched again.
  expect(requested.filter(isGroup)).toEqual(['/explain/cli/container.json']);
  // The playground's engine is a chunk of its own (the `engine` group in astro.config.mjs) that shares
  // the readers with the explainer; were it to take the readers in, the explainer would load it.
  expect(requested.filter((path) => /^\/_astro\/(?:engine|playground-app)\.[\w-]+\.js$/.test(path))).toEqual([]);
});

test('a #cmd= link loads the explainer at once, and other pages never load it', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/container/', { waitUntil: 'networkidle' });
  expect(requested.filter((path) => path.includes('explain'))).toEqual([]);
  await page.goto(`/explain/${toExplainHash('docker ps')}`);
  await expect.poll(() => requested.includes('/explain/cli.json')).toBe(true);
});

test('without JavaScript the example is explained and the page says typing needs JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/explain/');
  // Playwright's text locators skip <noscript>, so this one goes by its element.
  await expect(page.locator('noscript p')).toBeVisible();
  await expect(page.locator('noscript p')).toContainText('Explaining a new command needs JavaScript.');
  await expect(page.locator('.dk-x__item').filter({ hasText: 'The named volume logs' })).toBeVisible();
  await context.close();
});

test('fits a 390 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await explain(page, REAL_WORLD[3] ?? '');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

// One load for both themes: the toggle pins each in turn (waited on by its pressed state), and the
// part is focused again after it, as it was when each theme had a page of its own.
test('no axe violations with an explanation shown, light and dark', async ({ page }) => {
  await page.goto('/explain/');
  await explain(page, REAL_WORLD[3] ?? '');
  await injectAxe(page);
  const found: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme);
    await page.getByRole('button', { name: '-p 8000:8000' }).focus();
    found.push(...(await axeViolations(page, theme)));
  }
  expect(found).toEqual([]);
});
