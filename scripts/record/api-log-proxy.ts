/**
 * A logging proxy between the docker CLI and dockerd, for recording: it listens on one unix
 * socket, forwards every byte to the daemon's, and writes one line per HTTP request and response
 * head it sees (`> POST /v1.41/containers/create` / `< 404 Not Found {"message":"No such image…"}`),
 * each with a timestamp, so the trace shows what dockerd -D does not log: the status codes.
 *
 *   node scripts/record/api-log-proxy.ts LISTEN_SOCKET DAEMON_SOCKET LOG_FILE
 */
import { appendFileSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';

const [listen, daemon, logFile] = process.argv.slice(2);
if (!listen || !daemon || !logFile) throw new Error('usage: api-log-proxy.ts LISTEN_SOCKET DAEMON_SOCKET LOG_FILE');
const log: string = logFile;

const REQUEST = /^(GET|HEAD|POST|PUT|DELETE) (\S+) HTTP\/1\.[01]\r\n/;
const RESPONSE = /^HTTP\/1\.[01] (\d{3} [^\r]*)\r\n[\s\S]*?\r\n\r\n([^\r\n]{0,200})/;

function write(line: string): void {
  appendFileSync(log, `${new Date().toISOString()} ${line}\n`);
}

rmSync(listen, { force: true });
// Half-open: the CLI closes its side of an attach it sends nothing on, and still reads the output.
createServer({ allowHalfOpen: true }, (client) => {
  const upstream = connect({ path: daemon, allowHalfOpen: true });
  // Once a connection is hijacked (attach), the rest is the container's output, not HTTP.
  let hijacked = false;
  client.on('data', (chunk: Buffer) => {
    const match = REQUEST.exec(chunk.toString('latin1'));
    if (match && !hijacked) write(`> ${match[1]} ${match[2]}`);
    upstream.write(chunk);
  });
  upstream.on('data', (chunk: Buffer) => {
    const text = chunk.toString('latin1');
    const match = RESPONSE.exec(text);
    if (match && !hijacked) {
      const body = match[1]?.startsWith('2') ? '' : ` ${match[2]?.trim() ?? ''}`;
      write(`< ${match[1]}${body}`);
      if (
        match[1]?.startsWith('101') ||
        /\r\nContent-Type: application\/vnd\.docker\.(raw|multiplexed)-stream/i.test(text)
      )
        hijacked = true;
    }
    client.write(chunk);
  });
  client.on('end', () => upstream.end());
  upstream.on('end', () => client.end());
  client.on('error', () => upstream.destroy());
  upstream.on('error', () => client.destroy());
}).listen(listen);
