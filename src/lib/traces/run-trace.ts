/** Who takes part in a recorded `docker run`. */
export const PARTICIPANTS = ['cli', 'dockerd', 'registry', 'containerd', 'shim'] as const;
export type Participant = (typeof PARTICIPANTS)[number];

/** One message seen in a recording, in time order. */
export interface RecordedCall {
  from: Participant;
  to: Participant;
  /**
   * An HTTP request or its response's status line, a containerd task event, a process started,
   * a signal the daemon sends, or a note the daemon logged.
   */
  kind: 'request' | 'reply' | 'event' | 'process' | 'signal' | 'note';
  /** The request line, the status (with the error message of a failed request), or the event. */
  message: string;
}

/** One recorded command: what it printed, how it ended, and every message in time order. */
export interface TraceVariant {
  command: string;
  exitCode: number;
  stdout: string[];
  stderr: string[];
  calls: RecordedCall[];
  events: string[];
}

/** The committed recording (src/data/traces/docker-run.json). */
export interface RunTraces {
  recorded: string;
  engine: string;
  client: string;
  apiVersion: string;
  how: string;
  variants: Record<string, TraceVariant>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks parsed JSON as recorded traces.
 * @throws TypeError naming the first field that is wrong.
 */
export function toRunTraces(value: unknown): RunTraces {
  if (!isRecord(value) || !isRecord(value['variants']))
    throw new TypeError('run traces: expected an object with "variants"');
  for (const field of ['recorded', 'engine', 'client', 'apiVersion', 'how'] as const) {
    if (typeof value[field] !== 'string') throw new TypeError(`run traces: "${field}" must be a string`);
  }
  for (const [name, variant] of Object.entries(value['variants'])) {
    if (!isRecord(variant) || typeof variant['command'] !== 'string' || !Array.isArray(variant['calls'])) {
      throw new TypeError(`run traces: variant "${name}" needs "command" and "calls"`);
    }
    for (const call of variant['calls'] as unknown[]) {
      if (
        !isRecord(call) ||
        !PARTICIPANTS.includes(call['from'] as Participant) ||
        !PARTICIPANTS.includes(call['to'] as Participant)
      ) {
        throw new TypeError(
          `run traces: variant "${name}" has a call between unknown programs: ${JSON.stringify(call)}`,
        );
      }
    }
  }
  return value as unknown as RunTraces;
}
